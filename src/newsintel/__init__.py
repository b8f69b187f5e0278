"""newsintel: structured, sourced intelligence from conflict and security news.

>>> from newsintel import analyze
>>> report = analyze("Kabul denied the report on Tuesday, a spokesman said.", published="2023-04-27")
>>> report.to_json()
"""

from newsintel.about import __version__
from newsintel.analysis import analyze, analyze_many
from newsintel.errors import NewsintelError
from newsintel.records import Report

__all__ = ["NewsintelError", "Report", "__version__", "analyze", "analyze_many"]
