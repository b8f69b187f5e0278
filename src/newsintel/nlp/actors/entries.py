"""The in-memory shape of dictionary entries, whatever file format they came from."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

ACTOR_TYPES: frozenset[str] = frozenset(
    [
        "state",
        "government",
        "military",
        "police",
        "intelligence",
        "ministry",
        "legislature",
        "judiciary",
        "insurgent",
        "militant",
        "terrorist",
        "party",
        "igo",
        "ngo",
        "media",
        "company",
        "person",
        "religious",
        "other",
    ]
)
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass(slots=True, frozen=True)
class Period:
    """A closed date interval; None on either side means open."""

    start: dt.date | None = None
    end: dt.date | None = None

    def contains(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(slots=True)
class DatedCode:
    """A CAMEO code that holds during a period (TABARI `[USAGOV 20090120-20170120]`)."""

    code: str | None
    period: Period | None = None  # None: the default code, used when no dated code applies


@dataclass(slots=True)
class Role:
    title: str
    org: str | None = None
    period: Period = field(default_factory=Period)
    title_aliases: list[str] = field(default_factory=list)  # "top diplomat" for foreign minister

    @property
    def titles(self) -> list[str]:
        return [self.title, *self.title_aliases]


@dataclass(slots=True)
class Government:
    actor: str
    period: Period = field(default_factory=Period)


@dataclass(slots=True)
class Metonym:
    """A place name that stands for a given actor during a period ("Tripoli" -> a regime)."""

    name: str
    actor: str | None = None  # None: the state's government in power
    period: Period = field(default_factory=Period)


@dataclass(slots=True)
class ActorEntry:
    id: str
    name: str
    type: str | None = None
    country: str | None = None
    cameo: str | None = None
    aliases: list[str] = field(default_factory=list)
    parent: str | None = None
    affiliations: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    capital: str | None = None
    metonyms: list[str] = field(default_factory=list)
    governments: list[Government] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    dated_metonyms: list[Metonym] = field(default_factory=list)  # metonyms with their own actor
    codes: list[DatedCode] = field(default_factory=list)  # dated CAMEO codes (TABARI)
    extra: dict[str, Any] = field(default_factory=dict)  # unknown fields, kept
    source: str | None = None  # file:line it came from, for messages
    given: frozenset[str] = frozenset()  # fields the file set (what a user entry overrides)
    period: Period = field(default_factory=Period)  # when the actor existed under this identity
    short_aliases: list[str] = field(default_factory=list)  # only with a full alias in the text
    case_sensitive_aliases: list[str] = field(default_factory=list)  # ordinary words otherwise

    def exists_on(self, day: dt.date | None) -> bool:
        return day is None or self.period.contains(day)

    def code_on(self, day: dt.date | None) -> str | None:
        """The CAMEO code in force on `day`: a dated code that covers it, else the default."""
        if day is not None:
            for dated in self.codes:
                if dated.period is not None and dated.period.contains(day):
                    return dated.code
        for dated in self.codes:
            if dated.period is None:
                return dated.code
        return self.cameo

    def roles_on(self, day: dt.date | None) -> list[Role]:
        if day is None:
            return [r for r in self.roles if r.period.end is None]
        return [r for r in self.roles if r.period.contains(day)]

    def metonym_actor_on(self, name: str, day: dt.date | None) -> str | None:
        """The actor a dated metonym names on `day` (None: the government in power)."""
        dated = [m for m in self.dated_metonyms if m.name.lower() == name.lower() and m.actor]
        if not dated:
            return None
        if day is None:
            return next((m.actor for m in dated if m.period.end is None), dated[-1].actor)
        return next((m.actor for m in dated if m.period.contains(day)), None)

    def government_on(self, day: dt.date | None) -> str | None:
        """Which actor "the <demonym> government" meant on `day` (the latest one if undated)."""
        if not self.governments:
            return None
        if day is None:
            return self.governments[-1].actor
        for government in self.governments:
            if government.period.contains(day):
                return government.actor
        return None


@dataclass(slots=True)
class AgentEntry:
    """A generic agent ("officials", "troops") that combines with a country or organisation."""

    id: str
    terms: list[str]
    cameo: str | None = None  # the agent code, e.g. "GOV"; composes as <country code> + code
    prefix: bool = False  # TABARI "[NGO~]": the code goes before the actor's code
    institution: str | None = None  # id suffix of the matching institution: gov -> "<a3>-gov"
    type: str | None = None  # actor type of the composed actor
    title: bool = False  # a personal title ("president", "spokesperson"), checked against roles
    label: str | None = None  # how the composed actor is named: "<Country> <label>"
    source: str | None = None


def parse_date(value: Any, *, end: bool = False) -> dt.date | None:
    """ISO YYYY, YYYY-MM or YYYY-MM-DD (or a YAML date) -> date; partial dates widen to the
    first day (`end=False`) or the last day (`end=True`) of their year or month."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", text)
    if not match:
        raise ValueError(f"not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else (12 if end else 1)
    try:
        if match.group(3):
            return dt.date(year, month, int(match.group(3)))
        if not end:
            return dt.date(year, month, 1)
        next_month = dt.date(year + (month == 12), month % 12 + 1, 1)
    except ValueError as exc:
        raise ValueError(f"not an ISO date: {value!r} ({exc})") from None
    return next_month - dt.timedelta(days=1)


def slugify(text: str) -> str:
    """'Suhail Shaheen' -> 'suhail-shaheen' (the id convention for groups and people)."""
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    if sum(c.isalnum() for c in ascii_text) < sum(c.isalnum() for c in text):
        # Letters with no ASCII form (Arabic, Cyrillic, Chinese...): keep them, so that two
        # names in those scripts never share one id.
        return re.sub(r"[\W_]+", "-", unicodedata.normalize("NFC", text).lower()).strip("-") or "x"
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"
