"""Assemble the newsintel stages on top of a spaCy model and run documents through them."""

from __future__ import annotations

import functools
import importlib
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from newsintel.errors import NewsintelError, StageError
from newsintel.nlp import extensions  # noqa: F401  (declares doc._ attributes)
from newsintel.nlp.load import load_fresh_model, model_label
from newsintel.nlp.sections import (
    CHAPTER_CHARS,
    SECTION_CHARS,
    ReportMerger,
    is_stage,
    parse_in_sections,
    section_bounds,
)
from newsintel.records import Document, Flag, Report

logger = logging.getLogger(__name__)

# In pipeline order: each stage reads what the ones before it stored on the Doc.
# name -> module whose import registers the factory.
STAGES: dict[str, str] = {
    "newsintel_actors": "newsintel.nlp.actors.component",
    "newsintel_places": "newsintel.nlp.places.component",
    "newsintel_dates": "newsintel.nlp.dates.component",
    "newsintel_attribution": "newsintel.nlp.attribution.component",
    "newsintel_events": "newsintel.nlp.events.component",
    "newsintel_event_records": "newsintel.nlp.events.record.component",
    "newsintel_claims": "newsintel.nlp.claims.component",
}
# The stages that read names (the model's entities, the actor dictionary, the gazetteer), not
# English words or grammar: the only ones run with a model for another language. The others
# (date expressions, attribution cues, verb patterns, claims) are English rules: with a French
# model they are left out and every report says so (a "language" flag), never coded as English.
NAME_STAGES = ("newsintel_actors", "newsintel_places")


@dataclass(frozen=True, slots=True)
class PipelineOptions:
    """What a user can choose about the pipeline. Hashable, so pipelines are cached by it."""

    model: str | None = None
    actors: tuple[str, ...] = ()  # extra actor dictionaries: newsintel YAML or TABARI .txt
    agents: tuple[str, ...] = ()  # TABARI/PETRARCH agent dictionaries
    verbs: tuple[str, ...] = ()  # TABARI/PETRARCH verb dictionaries or newsintel pattern files
    use_builtin_actors: bool = True
    use_builtin_verbs: bool = True
    stages: tuple[str, ...] = tuple(STAGES)


def _stage_config(name: str, options: PipelineOptions) -> dict:
    if name == "newsintel_actors":
        return {
            "actor_files": list(options.actors),
            "agent_files": list(options.agents),
            "use_builtin": options.use_builtin_actors,
        }
    if name == "newsintel_events":
        return {"verb_files": list(options.verbs), "use_builtin": options.use_builtin_verbs}
    return {}


@functools.lru_cache(maxsize=4)
def build_pipeline(options: PipelineOptions = PipelineOptions()):
    """The spaCy model with newsintel's stages added, built once per options per process."""
    unknown = [name for name in options.stages if name not in STAGES]
    if unknown:
        raise NewsintelError(f"unknown stage(s): {', '.join(unknown)}; known: {', '.join(STAGES)}")
    nlp = load_fresh_model(options.model)
    left_out = set(english_stages_left_out(nlp.lang, options))
    for name in STAGES:
        if name in options.stages and name not in left_out:
            importlib.import_module(STAGES[name])
            nlp.add_pipe(name, config=_stage_config(name, options))
    return nlp


def english_stages_left_out(language: str, options: PipelineOptions) -> list[str]:
    """The chosen stages that a model for `language` cannot run: all but NAME_STAGES unless
    the model is English."""
    if language == "en":
        return []
    return [name for name in options.stages if name not in NAME_STAGES]


def language_flag(language: str, left_out: list[str]) -> Flag:
    names = ", ".join(name.removeprefix("newsintel_") for name in left_out)
    return Flag(
        kind="language",
        message=f"the model reads '{language}', not English: stages built for English not run ({names})",
    )


def _make_doc(nlp, document: Document):
    """The Doc the stages run on. A document longer than SECTION_CHARS comes back already
    through the model's own components (parsed in sections, see nlp/sections.py)."""
    if len(document.text) > SECTION_CHARS:
        doc = parse_in_sections(nlp, document.text, limit=min(SECTION_CHARS, nlp.max_length))
    else:
        doc = nlp.make_doc(document.text)
    doc._.ni_doc_id = document.id
    doc._.ni_published = document.published
    return doc


def annotate(
    documents: Iterable[Document],
    *,
    options: PipelineOptions = PipelineOptions(),
    batch_size: int = 32,
) -> Iterator[tuple[Document, Any]]:  # (document, its spaCy Doc)
    """Yield (document, annotated spaCy Doc) pairs, batching through `nlp.pipe`."""
    nlp = build_pipeline(options)
    docs = ((_make_doc(nlp, d), d) for d in documents)
    for doc, document in nlp.pipe(docs, as_tuples=True, batch_size=batch_size):
        yield document, doc


def extract(
    documents: Iterable[Document],
    *,
    options: PipelineOptions = PipelineOptions(),
    batch_size: int = 32,
) -> Iterator[Report | StageError]:
    """Analyse documents in order; a document that fails yields a StageError, not a raise.

    A stage failure on one document must never stop a batch: when a batch raises, its
    documents are re-run one at a time so that only the failing one is lost.
    """
    from newsintel.nlp.to_records import doc_to_report

    for batch in _batches(documents, batch_size):
        nlp = build_pipeline(options)  # cached; built only once there is something to analyse
        left_out = english_stages_left_out(nlp.lang, options)
        for result in _extract_batch(nlp, batch, model_label(nlp), doc_to_report):
            if left_out and isinstance(result, Report):
                result.flags.append(language_flag(nlp.lang, left_out))
            yield result


def _batches(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _extract_batch(nlp, batch, label, doc_to_report) -> Iterator[Report | StageError]:
    """Reports for a batch, in order. Long documents go one by one (in sections); the others
    through one `nlp.pipe` call, re-run one at a time when it raises so that only the failing
    document is lost. Making the Doc is inside that handling too."""
    results: dict[int, Report | StageError] = {
        index: _extract_one(nlp, document, label, doc_to_report)
        for index, document in enumerate(batch)
        if len(document.text) > SECTION_CHARS
    }
    short = [(index, document) for index, document in enumerate(batch) if index not in results]
    try:
        docs = list(nlp.pipe((_make_doc(nlp, d) for _, d in short), batch_size=max(len(short), 1)))
    except Exception:  # isolate the failing document below
        logger.debug("batch failed; retrying documents one by one", exc_info=True)
        results.update((index, _extract_one(nlp, document, label, doc_to_report)) for index, document in short)
    else:
        for (index, document), doc in zip(short, docs, strict=True):
            results[index] = _to_report(doc, document, label, doc_to_report)
    for index in range(len(batch)):
        yield results.pop(index)


def _extract_one(nlp, document, label, doc_to_report) -> Report | StageError:
    if len(document.text) > CHAPTER_CHARS:
        return _extract_chapters(nlp, document, label, doc_to_report)
    where = document.source or document.id
    try:
        doc = _make_doc(nlp, document)
    except Exception as exc:  # noqa: BLE001  (a text the tokenizer or model refuses)
        return StageError("tokenizer" if len(document.text) <= SECTION_CHARS else "sections", where, exc)
    parsed = len(document.text) > SECTION_CHARS  # the model's components already ran
    for name, component in nlp.pipeline:
        if parsed and not is_stage(name):
            continue
        try:
            doc = component(doc)
        except Exception as exc:  # noqa: BLE001  (reported per document, batch goes on)
            return StageError(name, where, exc)
    return _to_report(doc, document, label, doc_to_report)


def _extract_chapters(nlp, document, label, doc_to_report) -> Report | StageError:
    """A very long document, chapter by chapter (see nlp/sections.py): one chapter's Docs are
    gone before the next is made; the chapters' reports are merged with offsets intact."""
    merger = ReportMerger()
    for start, end in section_bounds(document.text, limit=CHAPTER_CHARS):
        part = replace(document, text=document.text[start:end])
        result = _extract_one(nlp, part, label, doc_to_report)
        if isinstance(result, StageError):
            return result
        try:
            merger.add(start, result)
        except Exception as exc:  # noqa: BLE001  (reported per document, batch goes on)
            return StageError("chapters", document.source or document.id, exc)
        del result, part
    report = merger.merged
    if report is None:  # no chapter: cannot happen for a text longer than CHAPTER_CHARS
        return StageError("chapters", document.source or document.id, ValueError("no chapter"))
    report.document = document
    return report


def _to_report(doc, document, label, doc_to_report) -> Report | StageError:
    try:
        return doc_to_report(doc, document, model=label)
    except Exception as exc:  # noqa: BLE001  (reported per document, batch goes on)
        return StageError("to_records", document.source or document.id, exc)
