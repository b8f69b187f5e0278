"""The analyst's workbench: a REST API and server-rendered pages over a stored corpus.

Install with `pip install "newsintel[web]"`; run with `newsintel serve`.
"""
