"""Text as the workbench shows it: ids made safe for URLs, bidi controls made visible."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from markupsafe import Markup

# Embeddings, overrides and isolates (not the harmless LRM/RLM marks): in article text they can
# reorder what is shown around them ("Trojan source"), so the pages show them as visible codes.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def show_controls(value: str) -> str:
    """`value` with each bidi embedding/override/isolate replaced by a visible ⟦U+XXXX⟧."""
    return BIDI_CONTROLS.sub(lambda m: f"⟦U+{ord(m.group()):04X}⟧", value)


def finalize(value: Any) -> Any:
    """Jinja's `finalize` for the workbench: every plain string printed has its bidi controls
    shown. Markup (already escaped, built by our own code) is left as it is."""
    if isinstance(value, str) and not isinstance(value, Markup) and BIDI_CONTROLS.search(value):
        return show_controls(value)
    return value


def url_id(ident: str) -> str:
    """An id as one URL path segment: every reserved character encoded, so an id with "/", "?",
    "#" or "%" still names its page ("." and ".." too, which browsers would resolve)."""
    encoded = quote(ident, safe="")
    if encoded in (".", ".."):
        return encoded.replace(".", "%2E")
    return encoded
