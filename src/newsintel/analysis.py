"""The Python API: analyse one text or many documents into Reports."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from newsintel.errors import NewsintelError
from newsintel.ingest.read import document_id
from newsintel.records import Document, Report


def _options(model, actors, agents, verbs):
    from newsintel.nlp.pipeline import PipelineOptions

    return PipelineOptions(model=model, actors=tuple(actors), agents=tuple(agents), verbs=tuple(verbs))


def analyze(
    text: str | Document,
    *,
    published: str | None = None,
    title: str | None = None,
    model: str | None = None,
    actors: Iterable[str] = (),
    agents: Iterable[str] = (),
    verbs: Iterable[str] = (),
) -> Report:
    """Analyse one article. `published` (YYYY-MM-DD) anchors relative dates and dated roles."""
    if isinstance(text, Document):
        document = text
    else:
        if not isinstance(text, str) or not text.strip():
            raise NewsintelError("analyze() needs a non-empty text")
        document = Document(id=document_id(text), text=text, title=title, published=published)
    (result,) = analyze_many([document], model=model, actors=actors, agents=agents, verbs=verbs)
    if isinstance(result, NewsintelError):
        raise result
    return result


def analyze_many(
    documents: Iterable[Document],
    *,
    model: str | None = None,
    actors: Iterable[str] = (),
    agents: Iterable[str] = (),
    verbs: Iterable[str] = (),
    batch_size: int = 32,
) -> Iterator[Report | NewsintelError]:
    """Analyse documents in order, batched; a failing document yields its error instead, and so
    does a document not in the model's language (`LanguageSkipped`: never coded as English).
    Each report carries its document's language as detected (`Report.language`)."""
    from newsintel.ingest.language import judge_language, model_language
    from newsintel.nlp.pipeline import extract

    expected = model_language(model)
    documents = list(documents)
    judged = [judge_language(d, expected=expected) for d in documents]
    wanted = [d for d, (_, skipped) in zip(documents, judged, strict=True) if skipped is None]
    results = extract(wanted, options=_options(model, actors, agents, verbs), batch_size=batch_size)
    for language, skipped in judged:
        if skipped is not None:
            yield skipped
            continue
        result = next(results)
        if isinstance(result, Report):
            result.language = language
        yield result
