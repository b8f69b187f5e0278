"""The `newsintel_events` spaCy component: writes `doc._.ni_events` (records.Event dicts)."""

from __future__ import annotations

import functools
import logging
from importlib import resources
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from newsintel import records
from newsintel.errors import DictionaryError
from newsintel.nlp import annotations as doc_annotations
from newsintel.nlp.component import Stage
from newsintel.nlp.events import ontology
from newsintel.nlp.events.coder import RawEvent, SentenceCoder
from newsintel.nlp.events.patterns import PatternSet
from newsintel.nlp.events.pronouns import LazyAntecedents
from newsintel.nlp.events.syntax import ActorIndex, build_actor_index
from newsintel.nlp.events.tabari import looks_like_tabari_verbs, read_verb_file
from newsintel.nlp.events.yaml_patterns import read_builtin, read_yaml_file
from newsintel.nlp.extensions import get_list

logger = logging.getLogger(__name__)


def load_patterns(verb_files: list[str] | tuple[str, ...] = (), *, use_builtin: bool = True) -> PatternSet:
    """newsintel's own patterns (unless use_builtin is False) plus each file given."""
    keyed = tuple((str(f), _mtime(str(f))) for f in verb_files)  # an edited file is read again
    return _load_patterns(keyed, use_builtin)


def _mtime(path: str) -> float:
    try:
        return Path(path).stat().st_mtime
    except OSError:
        return 0.0  # reported by _read_any as a missing file


@functools.lru_cache(maxsize=8)
def _load_patterns(verb_files: tuple[tuple[str, float], ...], use_builtin: bool) -> PatternSet:
    patterns = PatternSet()
    for path, _ in verb_files:
        patterns.extend(_read_any(path))
    if use_builtin:
        patterns.extend(read_builtin())
    if not patterns.entries:
        raise DictionaryError("no verb patterns: give --verbs files or keep the built-in patterns")
    return patterns


def _read_any(path: str) -> PatternSet:
    if not Path(path).is_file():
        raise DictionaryError("no such verb dictionary", path=path)
    if path.endswith((".yaml", ".yml")):
        return read_yaml_file(path)
    if looks_like_tabari_verbs(path):
        return read_verb_file(path)
    raise DictionaryError(
        "not a verb dictionary: expected newsintel YAML (.yaml) or TABARI '--- VERB [code] ---' blocks", path=path
    )


class EventCoder(Stage):
    name = "newsintel_events"

    def __init__(
        self, *, verb_files: list[str] | None = None, use_builtin: bool = True, require_dyad: bool = False
    ) -> None:
        super().__init__()
        self.patterns = load_patterns(tuple(verb_files or ()), use_builtin=use_builtin)
        self.require_dyad = require_dyad

    def annotate(self, doc: Doc) -> None:
        events = get_list(doc, "ni_events")
        events.clear()
        if not doc.has_annotation("DEP"):
            logger.warning("events need a dependency parse; the model's pipeline has no parser")
            return
        actors = _actor_index(doc)
        codes = _actor_codes(doc)
        coder = SentenceCoder(self.patterns, actors, pronoun_antecedents=LazyAntecedents(doc, actors))
        context = _Context(doc)
        seen: set[tuple] = set()
        for sentence in doc.sents:
            for raw in coder.code(sentence):
                if not self._keep(raw):
                    continue
                key = (raw.trigger, raw.code, raw.source, raw.target, raw.target_text)
                if key in seen:
                    continue
                seen.add(key)
                event = _to_record(raw, f"e{len(events) + 1}", doc, sentence, actors, context, codes)
                events.append(records.to_plain(event))

    def _keep(self, raw: RawEvent) -> bool:
        if self.require_dyad:
            return raw.source is not None and raw.target is not None
        return raw.source is not None or raw.target is not None or raw.target_text is not None


def _actor_index(doc: Doc) -> ActorIndex:
    mentions = list(doc_annotations.actor_mentions(doc))
    mentions += doc_annotations.metonym_spans(doc)  # "Washington urged": the place stands for an actor
    actors = doc_annotations.actors_by_id(doc)
    cameo = {actor_id: actor.get("cameo") for actor_id, actor in actors.items()}
    kinds = {actor_id: actor.get("type") or "" for actor_id, actor in actors.items()}
    return build_actor_index(doc, sorted(mentions), cameo, kinds)


@functools.lru_cache(maxsize=1)
def _sectors() -> dict[str, str]:
    """Actor type -> CAMEO sector code ("" for the country code alone), from data/actor_sectors.tsv."""
    text = resources.files("newsintel.nlp.events.data").joinpath("actor_sectors.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    if any(len(row) != 2 for row in rows):
        raise DictionaryError("each line must be: actor type <TAB> sector code", path="events/data/actor_sectors.tsv")
    return {kind: "" if sector == "-" else sector for kind, sector in rows[1:]}


def _actor_codes(doc: Doc) -> dict[str, str]:
    """Actor id -> the CAMEO code its events carry: the dictionaries' code, else, for an actor the
    actors stage found a country for ("the Latvian Constitutional Court"), that country's code and
    the sector of its type (LVAJUD), as CAMEO codes an actor it has no entry for."""
    codes = {}
    for actor_id, actor in doc_annotations.actors_by_id(doc).items():
        country = str(actor.get("country") or "")
        code = actor.get("cameo") or (country + _sectors().get(actor.get("type") or "", "") if country else None)
        if code:
            codes[actor_id] = code
    return codes


class _Context:
    """Places, dates and attributions of the Doc, each read once and only when an event needs it."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    @functools.cached_property
    def places(self) -> dict[int, str]:
        return doc_annotations.token_place_map(self.doc)

    @functools.cached_property
    def dates(self) -> dict[int, str]:
        return doc_annotations.token_date_map(self.doc)

    @functools.cached_property
    def date_values(self) -> dict[str, str | None]:
        """Date id -> value, for points and periods only: a duration ("for six years") says how
        long, not when, so it is never an event's date."""
        return {
            d["id"]: d.get("value")
            for d in get_list(self.doc, "ni_dates")
            if d.get("value") and d.get("granularity") != "duration" and not str(d["value"]).startswith("P")
        }

    @functools.cached_property
    def attributions(self) -> dict[int, str]:
        return doc_annotations.attribution_of_token(self.doc)

    @functools.cached_property
    def text(self) -> str:
        return self.doc.text  # built from the tokens on each access: read it once


def _to_record(
    raw: RawEvent,
    event_id: str,
    doc: Doc,
    sentence: Span,
    actors: ActorIndex,
    context: _Context,
    codes: dict[str, str],
) -> records.Event:
    trigger = doc[raw.trigger[0] : raw.trigger[1]]
    described = ontology.describe(raw.code)
    plover, _ = ontology.plover_of(raw.code)
    attribution = context.attributions.get(raw.head)
    mode = raw.mode
    if mode == "asserted" and attribution is not None:
        mode = "reported"
    return records.Event(
        id=event_id,
        trigger=records.Span.of(context.text, trigger.start_char, trigger.end_char),
        cameo=raw.code,
        plover=plover,
        mode=mode,  # type: ignore[arg-type]
        source=raw.source,
        target=raw.target,
        target_text=_text(doc, raw.target_text),
        place=_first(raw.place_tokens, context.places, raw.head) or _target_place(raw, context),
        date=_date(raw, context),
        attribution=attribution,
        source_text=_mention_text(doc, actors, raw.source, sentence, raw.head),
        source_code=codes.get(raw.source or ""),
        target_code=codes.get(raw.target or ""),
        goldstein=described.goldstein if described else None,
        quad_class=described.quad_class if described else None,
        sentence=records.Span.of(context.text, sentence.start_char, sentence.end_char),
        rule=raw.rule,
    )


def _text(doc: Doc, span: tuple[int, int] | None) -> str | None:
    return doc[span[0] : span[1]].text if span else None


def _mention_text(doc: Doc, actors: ActorIndex, actor: str | None, sentence: Span, head: int) -> str | None:
    """The words naming the source in the event's sentence (nearest the trigger), else None."""
    if actor is None:
        return None
    hits = [i for i in range(sentence.start, sentence.end) if actors.token_actor.get(i) == actor]
    if not hits:
        return None  # named in an earlier sentence ("he", "the group")
    nearest = min(hits, key=lambda i: abs(i - head))
    return doc[actors.mention_start[nearest] : actors.mention_end[nearest] + 1].text


def _first(tokens: list[int], mapping: dict[int, str], head: int) -> str | None:
    """The value of the token nearest the trigger among `tokens`."""
    hits = [(abs(i - head), mapping[i]) for i in tokens if i in mapping]
    return min(hits)[1] if hits else None


def _target_place(raw: RawEvent, context: _Context) -> str | None:
    """'seized control of Kabul': a target that is a place is where the event happened."""
    if raw.target_text is None:
        return None
    return _first(list(range(*raw.target_text)), context.places, raw.head)


def _date(raw: RawEvent, context: _Context) -> str | None:
    """The value of the point or period date nearest the trigger in its clause."""
    dated = {i: d for i, d in context.dates.items() if d in context.date_values}
    date_id = _first(raw.extent, dated, raw.head)
    return context.date_values.get(date_id) if date_id else None


@Language.factory(
    "newsintel_events",
    default_config={"verb_files": [], "use_builtin": True, "require_dyad": False},
    assigns=["doc._.ni_events"],
)
def make_event_coder(
    nlp: Language, name: str, verb_files: list[str], use_builtin: bool, require_dyad: bool
) -> EventCoder:
    return EventCoder(verb_files=verb_files, use_builtin=use_builtin, require_dyad=require_dyad)
