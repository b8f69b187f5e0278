"""The `newsintel_actors` spaCy stage: link actor mentions to the dictionary.

Writes `doc._.ni_actors` (records.Actor dicts with every mention), `doc._.ni_metonyms`
(place names that stand for an actor) and appends `stale_role` / `name_variant` flags to
`doc._.ni_flags`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsintel.nlp.actors.index import compiled_index
from newsintel.nlp.actors.linker import ActorLinker
from newsintel.nlp.annotations import publication_date
from newsintel.nlp.component import Stage
from newsintel.nlp.extensions import get_list
from newsintel.nlp.places.names import known_place_names


class ActorStage(Stage):
    name = "newsintel_actors"

    def __init__(self, linker: ActorLinker) -> None:
        super().__init__()
        self.linker = linker

    def annotate(self, doc: Doc) -> None:
        actors, metonyms, flags = self.linker.link(doc, publication_date(doc))
        doc._.ni_actors = actors
        doc._.ni_metonyms = metonyms
        get_list(doc, "ni_flags").extend(flags)


@Language.factory(
    "newsintel_actors",
    default_config={"actor_files": [], "agent_files": [], "use_builtin": True},
    requires=["doc.ents", "token.dep", "token.pos"],
    assigns=["doc._.ni_actors", "doc._.ni_metonyms", "doc._.ni_flags"],
)
def make_actor_linker(
    nlp: Language, name: str, actor_files: list[str], agent_files: list[str], use_builtin: bool
) -> ActorStage:
    index = compiled_index(
        actor_files=tuple(str(f) for f in actor_files),
        agent_files=tuple(str(f) for f in agent_files),
        use_builtin=use_builtin,
        tokenizer=nlp.tokenizer,
        model_label=f"{nlp.lang}_{nlp.meta.get('name')}-{nlp.meta.get('version')}",
    )
    known_place_names()  # loaded now, not on the first document that needs it
    stage = ActorStage(ActorLinker(index))
    stage.name = name
    return stage
