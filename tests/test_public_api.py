"""The public API is what other tools call: keep __all__ and the names in sync."""

from __future__ import annotations

import inspect
import pickle

import tidings
from tidings.errors import FetchError, InputError, TidingsError
from tidings.model import Actor, Article, Event, Place


def test_all_names_exist_and_are_public() -> None:
    public = {n for n in dir(tidings) if not n.startswith("_")} - {"annotations", "TYPE_CHECKING", "Path"}
    modules = {n for n in public if inspect.ismodule(getattr(tidings, n))}
    assert set(tidings.__all__) - {"__version__"} == public - modules
    for name in tidings.__all__:
        assert hasattr(tidings, name), name


def test_extract_signature_is_the_contract() -> None:
    sig = inspect.signature(tidings.extract)
    assert list(sig.parameters) == ["source", "url", "published"]
    assert sig.parameters["url"].kind is inspect.Parameter.KEYWORD_ONLY
    assert sig.parameters["published"].kind is inspect.Parameter.KEYWORD_ONLY


def test_events_signature_is_the_contract() -> None:
    sig = inspect.signature(tidings.events)
    assert list(sig.parameters) == ["source", "published"]
    assert sig.parameters["published"].kind is inspect.Parameter.KEYWORD_ONLY


def test_errors_pickle_with_their_fields() -> None:
    err = FetchError("timed out", source="http://127.0.0.1/x", code="fetch.timeout", transient=True)
    back = pickle.loads(pickle.dumps(err))
    assert isinstance(back, FetchError) and isinstance(back, TidingsError)
    assert (back.source, back.code, back.transient, str(back)) == (
        "http://127.0.0.1/x",
        "fetch.timeout",
        True,
        "http://127.0.0.1/x: timed out",
    )
    assert pickle.loads(pickle.dumps(InputError("empty", source="a.html"))).code == "input.invalid"


def test_article_text_is_paragraphs_joined_by_blank_lines() -> None:
    art = Article(title="T", paragraphs=("One two.", "Three four five."))
    assert art.text == "One two.\n\nThree four five."
    assert art.word_count == 5
    d = art.to_dict()
    assert d["text"] == art.text and d["word_count"] == 5 and d["title"] == "T"


def test_event_to_dict_has_the_contract_keys() -> None:
    rus = Actor(code="RUSGOV", name="Vladimir Putin", country="RUS", role="GOV", kind="person")
    arm = Actor(code="ARMGOV", name="Armenia", country="ARM", role="GOV")
    ev = Event(
        source=rus, target=arm, source_text="Putin", target_text="Armenian leaders",
        cameo="043", plover="CONSULT", quad_class=1, goldstein=2.8, modality="hypothetical",
        sentence="Putin may host Armenian leaders.", sentence_index=0, span=(0, 32),
        rule="host.v1", date="2020-10-22", place=Place("Moscow", "RUS", 55.75, 37.62),
    )
    d = ev.to_dict()
    for key in ("source_code", "target_code", "cameo", "plover", "quad_class", "goldstein",
                "modality", "date", "place", "sentence", "span", "rule"):
        assert key in d
    assert (d["source_code"], d["target_code"], d["place"], d["span"]) == ("RUSGOV", "ARMGOV", "Moscow", [0, 32])


def test_public_functions_survive_importing_their_subpackages() -> None:
    # Importing tidings.events.* or tidings.extract.* binds the subpackage on the parent
    # module the first time; the public functions must not be shadowed by it.
    import tidings.events.coder
    import tidings.extract.dispatch

    assert inspect.isfunction(tidings.events)
    assert inspect.isfunction(tidings.extract)
