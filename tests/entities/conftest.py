"""One recogniser (one model load) for the whole test session."""

import pytest

from reader.entities import Recogniser


@pytest.fixture(scope="session")
def recogniser() -> Recogniser:
    rec = Recogniser()
    rec.load()
    return rec


@pytest.fixture(scope="session")
def found(recogniser):
    """found(text) -> {(text, label)} of the spans recognised in text."""

    def run(text: str, **kwargs) -> set[tuple[str, str]]:
        return {(s.text, s.label) for s in recogniser.recognise(text, **kwargs)}

    return run
