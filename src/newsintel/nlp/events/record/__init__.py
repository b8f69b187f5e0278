"""Event records: what a conflict dataset needs of each event (issue #15).

The `newsintel_event_records` stage runs after the event coder and completes every event
with its ACLED event type and sub-event type, its actors' ACLED actor types and countries,
its place (with a precision) and date precision, fatalities and injuries read from the text,
the means of violence and whether civilians were targeted.

- `taxonomy.py`   ACLED's taxonomy as data (`data/acled.yaml`, `data/cameo_acled.tsv`), read once
- `casualties.py` deaths and injuries of an event, read with `newsintel.quantities`
- `acled.py`      the codebook's rules: actor types + means + victims -> type and sub-type
- `placing.py`    which resolved place an event takes, and its precision
- `component.py`  the spaCy stage that puts it all on `doc._.ni_events`

Only `component.py` and `placing.py` import spaCy: the rest reads words, so exports and evaluations can
use it on stored records.
"""
