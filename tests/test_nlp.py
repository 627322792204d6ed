"""The shared spaCy pipeline: loaded once, batched, blank lines end sentences."""

from __future__ import annotations

from tidings import nlp


def test_load_cached_once_per_process() -> None:
    assert nlp.load() is nlp.load()
    assert {"parser", "tagger", "ner", "lemmatizer"} <= set(nlp.load().pipe_names)


def test_parse_many_keeps_order_and_count() -> None:
    texts = ["Russia attacked Ukraine.", "", "France praised Germany."]
    docs = list(nlp.parse_many(texts, batch_size=2))
    assert [d.text for d in docs] == texts


def test_parse_blank_line_ends_sentence() -> None:
    doc = nlp.parse("Leaders likely to meet soon\n\nThe talks were held in Paris.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "Leaders likely to meet soon"
    assert sents[1] == "The talks were held in Paris."
