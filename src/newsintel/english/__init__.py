"""English the stages share: closed-class word sets (`words`, data in `data/closed_class.yaml`),
regular inflections (`inflect`) and datelines (`dateline`).

It sits on the bottom layer with `records` and `errors`: nlp and ledger both import it, and it
imports nothing of newsintel above those.
"""
