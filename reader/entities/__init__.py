"""Entity recogniser (Qt-free).

Public API:
    Recogniser()                                   # cheap to construct; the model loads lazily, once
    Recogniser.load() -> None                      # load now (call from a worker thread, not the GUI)
    Recogniser.recognise(text, user_terms=None) -> list[reader.model.Span]
    Recogniser.recognise_many(texts, user_terms=None) -> list[list[Span]]
        user_terms: dict[str, str] phrase -> label, the user's dictionary

Labels and span conventions: ENTITIES.md (PER LOC ORG TIME NUM WORK).
"""

from reader.entities.recogniser import Recogniser

__all__ = ["Recogniser"]
