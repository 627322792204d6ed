"""The scraped-text path: body found, furniture set apart, on our own pages, the canonical
seed and (as a quality floor) the flattened article-extraction benchmark."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

import tidings
from tidings.config import ExtractSettings
from tidings.errors import InputError
from tidings.extract.text import extract_text, find_date, guess_language
from tidings.model import Article, Document

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "commonspace-putin-armenia-azerbaijan.txt"
AEB = SHARED / "benchmarks" / "article-extraction"
PAGES = Path(__file__).parent / "data" / "text"
EXAMPLES = ROOT / "examples"

# Floor for the text-mode benchmark (F1 of 4-shingles, macro-averaged); lowering it takes
# its own commit.
AEB_TEXT_F1_FLOOR = 0.90


def _text(path: Path, **kw: str) -> Article:
    raw = path.read_text(encoding="utf-8")
    doc = Document(source=str(path), content=raw.encode("utf-8"), kind="text", **kw)
    return extract_text(raw, doc, ExtractSettings())


def _related(article: Article) -> dict[str, str]:
    return {f.title: f.text for f in article.furniture if f.kind == "related" and f.title}


def _paragraphs(path: Path, first: str, last: str) -> list[str]:
    """The file's own paragraphs from the one starting ``first`` to the one ending ``last``,
    white space folded: what the body must be, read from the page rather than typed here."""
    lines = [" ".join(x.split()) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    i = next(k for k, x in enumerate(lines) if x.startswith(first))
    j = next(k for k, x in enumerate(lines) if x.endswith(last))
    return lines[i : j + 1]


# ---- the canonical seed --------------------------------------------------------------------


@pytest.mark.skipif(not SEED.is_file(), reason=f"canonical seed page not found at {SEED}")
def test_extract_seed_title_body_site_and_teasers_once() -> None:
    article = tidings.extract(SEED)
    assert article.method == "text"
    assert article.title == (
        "Putin likely to host Armenian and Azerbaijani leaders, but only if an agreement "
        "to halt the fighting appears possible"
    )
    body = _paragraphs(SEED, "As fighting between", "this difficult crisis.")
    assert len(body) == 2
    assert article.text == "\n\n".join(body)
    assert "Borrell" not in article.text and "Gaza" not in article.text
    assert (article.site_domain, article.site_name) == ("commonspace.eu", "commonspace.eu")
    teasers = [f for f in article.furniture if f.kind == "related"]
    titles = [f.title or "" for f in teasers]
    borrell = [t for t in titles if t.startswith("Borrell tells the European Parliament")]
    gaza = [t for t in titles if t.startswith("Israel approves plans to capture the entire Gaza")]
    assert len(borrell) == 1 and len(gaza) == 1 and len(teasers) == 2
    texts = _related(article)
    assert texts[borrell[0]].startswith("Borrell underlined that the European Union")
    assert texts[gaza[0]].startswith("Israel approved plans on Monday")
    kinds = {f.kind for f in article.furniture}
    assert {"source", "section"} <= kinds
    assert article.language == "en" and article.is_article


@pytest.mark.skipif(not SEED.is_file(), reason=f"canonical seed page not found at {SEED}")
def test_extract_seed_from_bytes_and_string_agree_with_path() -> None:
    raw = SEED.read_bytes()
    a, b = tidings.extract(raw), tidings.extract(raw.decode("utf-8"))
    assert a.text == b.text == tidings.extract(SEED).text


# ---- our example pages ---------------------------------------------------------------------


def test_extract_text_example_teasers_printed_twice_listed_once() -> None:
    path = EXAMPLES / "border-talks-resume.txt"
    article = _text(path)
    assert article.title.startswith("Foreign ministers agree to resume border talks")
    assert list(article.paragraphs) == _paragraphs(path, "The foreign ministers of", "through the winter.")
    assert article.site_domain == "borderwatch.example.org"
    related = _related(article)
    assert len(related) == 2
    assert [f.kind for f in article.furniture].count("related") == 2
    assert "Ceasefire" not in article.text and "Lawmakers" not in article.text


def test_extract_text_french_page_insert_nav_date_and_copyright() -> None:
    path = EXAMPLES / "sommet-mediation-fr.txt"
    article = _text(path)
    assert article.language == "fr"
    assert article.title.startswith("Le médiateur de l'Union africaine")
    assert len(article.paragraphs) == 3 and article.paragraphs[-1].startswith("Les Nations unies")
    assert "Lire aussi" not in article.text and "Les combats reprennent" not in article.text
    assert (article.published, article.published_method) == ("2024-03-14", "text")
    assert article.site_name == "Le Courrier diplomatique"
    related = _related(article)
    # the "Lire aussi" insert and the "Les plus lus" entry are one teaser, with its text
    assert related["Les combats reprennent dans l'est malgré les appels au calme"].startswith("Des tirs")
    kinds = [f.kind for f in article.furniture]
    assert kinds[0] == "navigation" and "cookie" in kinds and "share" in kinds


def test_extract_text_menus_cookie_byline_and_link_list() -> None:
    article = _text(EXAMPLES / "navy-drill-warning.txt")
    assert article.title == "Navy drills near disputed islands draw protest from neighbouring government"
    assert article.paragraphs[0].startswith("The government summoned the ambassador")
    assert article.paragraphs[-1].endswith("twice over the weekend.")
    assert len(article.paragraphs) == 3
    assert article.authors == ()  # "By our defence correspondent" names nobody
    assert article.published == "2024-06-03"
    kinds = {f.kind for f in article.furniture}
    assert {"navigation", "cookie", "share", "comments", "related", "source"} <= kinds
    assert len(_related(article)) == 4


# ---- test pages in other languages ---------------------------------------------------------


def test_extract_text_german_byline_authors_and_numeric_date() -> None:
    article = _text(PAGES / "wahl-beobachter-de.txt")
    assert article.language == "de"
    assert article.authors == ("Anna Berger", "Tomas Lind")
    assert article.published == "2023-05-12"
    assert len(article.paragraphs) == 3
    assert "Lesen Sie auch" not in article.text and "Leitzins" not in article.text
    assert set(_related(article)) == {
        "Opposition ruft zu Kundgebungen in der Hauptstadt auf",
        "Zentralbank hebt den Leitzins erneut an",
    }


def test_extract_text_spanish_credit_domain_and_headline_only_teasers() -> None:
    article = _text(PAGES / "tregua-puerto-es.txt")
    assert article.language == "es"
    assert article.site_domain == "diariodelsur.example.com"
    assert len(article.paragraphs) == 3
    related = _related(article)
    assert len(related) == 3 and all(text == "" for text in related.values())
    assert any(f.kind == "cookie" for f in article.furniture)


def test_extract_text_russian_insert_and_source() -> None:
    article = _text(PAGES / "peregovory-ru.txt")
    assert article.language == "ru"
    assert article.title.startswith("Министры иностранных дел")
    assert len(article.paragraphs) == 3
    assert "Читайте также" not in article.text
    assert article.site_domain == "vestnik.example.ru"
    assert len(_related(article)) == 1


def test_extract_text_hard_wrapped_paragraphs_are_joined() -> None:
    article = _text(PAGES / "hard-wrapped-en.txt")
    assert len(article.paragraphs) == 2
    assert "shared fish stocks" in article.paragraphs[0]
    assert article.paragraphs[1].endswith("the cost of patrol aircraft.")


def test_extract_text_index_page_is_not_an_article() -> None:
    article = _text(PAGES / "index-page-en.txt")
    assert not article.is_article and article.paragraphs == ()
    assert article.article_confidence < 0.5
    assert len(_related(article)) == 5


# ---- metadata and edges --------------------------------------------------------------------


def test_extract_text_caller_date_and_url_win() -> None:
    article = _text(
        EXAMPLES / "sommet-mediation-fr.txt", published="2024-03-15", url="https://www.courrier.example.fr/a/1"
    )
    assert (article.published, article.published_method) == ("2024-03-15", "caller")
    assert article.site_domain == "courrier.example.fr"
    assert article.url == "https://www.courrier.example.fr/a/1"


def test_extract_text_single_sentence_is_the_body() -> None:
    sentence = "Russian forces shelled the town of Kharkiv on Friday, officials said."
    article = tidings.extract(sentence)
    assert article.paragraphs == (sentence,)
    assert article.title == ""


def test_extract_text_blank_input_is_an_input_error() -> None:
    doc = Document(source="<blank>", content=b" \n\t\n", kind="text")
    with pytest.raises(InputError) as info:
        extract_text(" \n\t\n", doc, ExtractSettings())
    assert info.value.code == "extract.empty" and info.value.source == "<blank>"


def test_extract_text_too_large_is_an_input_error() -> None:
    text = "A sentence of some length that repeats itself.\n" * 20
    doc = Document(source="<big>", content=text.encode(), kind="text")
    with pytest.raises(InputError) as info:
        extract_text(text, doc, ExtractSettings(max_bytes=100))
    assert info.value.code == "extract.too_large"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Published 3 June 2024", "2024-06-03"),
        ("November 18, 2019 11:03 PM", "2019-11-18"),
        ("Publié le 14 mars 2024 à 09h12", "2024-03-14"),
        ("12.05.2023", "2023-05-12"),
        ("2021-02-07T10:00:00Z", "2021-02-07"),
        ("5 de octubre de 2022", "2022-10-05"),
        ("3 сентября 2020", "2020-09-03"),
        ("no date on this line", None),
    ],
)
def test_find_date_forms(line: str, iso: str | None) -> None:
    assert find_date(line) == iso


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The minister said that the talks would resume in the spring and that the border was calm.", "en"),
        ("Le ministre a déclaré que les discussions reprendront au printemps et que la frontière est calme.", "fr"),
        ("Der Minister sagte, dass die Gespräche im Frühjahr wieder aufgenommen werden und die Lage ruhig ist.", "de"),
        ("El ministro dijo que las conversaciones se reanudarán en primavera y que la frontera está en calma.", "es"),
        ("Il ministro ha detto che i colloqui riprenderanno in primavera e che la situazione è calma.", "it"),
        ("O ministro disse que as negociações serão retomadas na primavera e que a fronteira está calma.", "pt"),
        ("Министр заявил, что переговоры возобновятся весной и что на границе было спокойно.", "ru"),
    ],
)
def test_guess_language_stopwords(text: str, lang: str) -> None:
    assert guess_language(text) == lang


# ---- the benchmark floor -------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.skipif(not (AEB / "ground-truth.json").is_file(), reason=f"article-extraction benchmark not found at {AEB}")
def test_extract_text_benchmark_flattened_pages_f1_floor() -> None:
    spec = importlib.util.spec_from_file_location("_aeb_for_text_test", ROOT / "benchmarks" / "aeb.py")
    assert spec and spec.loader
    aeb = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = aeb  # dataclasses look their module up by name
    spec.loader.exec_module(aeb)
    scores = []
    for page in aeb.load(AEB):
        flat = aeb.flatten(page.html)
        doc = Document(source=page.id, content=flat.encode("utf-8"), url=page.url, kind="text")
        if not flat.strip():
            scores.append(aeb.score_page(page.truth, ""))
            continue
        scores.append(aeb.score_page(page.truth, tidings.extract(doc).text))
    result = aeb.aggregate(scores)
    assert result["f1"] >= AEB_TEXT_F1_FLOOR, result


@pytest.mark.skipif(not SEED.is_file(), reason=f"canonical seed page not found at {SEED}")
def test_cli_extract_seed_json() -> None:
    import json

    from typer.testing import CliRunner

    from tidings.cli import app

    result = CliRunner().invoke(app, ["extract", str(SEED)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["title"].startswith("Putin likely to host Armenian and Azerbaijani leaders")
    assert data["text"] == "\n\n".join(_paragraphs(SEED, "As fighting between", "this difficult crisis."))
    assert data["site"]["domain"] == "commonspace.eu" and data["method"] == "text"
    related = [f["title"] for f in data["furniture"] if f["kind"] == "related"]
    assert len(related) == len(set(related)) == 2


def test_extract_text_breadcrumb_first_line_is_neither_title_nor_site() -> None:
    page = (
        "World | Europe | Caucasus\n\n"
        "Azerbaijan accuses Armenia of shelling positions along the border\n\n"
        "14 March 2024\n\n"
        "Azerbaijan's defence ministry accused Armenian forces on Wednesday of shelling its "
        "positions overnight, and said its troops had returned fire in the early morning.\n\n"
        "The Armenian defence ministry denied the accusation and said Azerbaijani soldiers had "
        "opened fire first, adding that nobody had been hurt on its side of the line.\n\n"
        "Source: regional-wire.example.com\n"
    )
    art = tidings.extract(page)
    assert art.title == "Azerbaijan accuses Armenia of shelling positions along the border"
    assert (art.site_name, art.site_domain) == ("regional-wire.example.com", "regional-wire.example.com")
    assert any(f.kind == "navigation" and "Europe" in f.text for f in art.furniture)
    assert art.text.startswith("Azerbaijan's defence ministry") and "Europe" not in art.text


def test_prose_thick_with_names_is_body_not_a_menu() -> None:
    # few stop words, but two sentences ending in full stops: news prose, not a list of links
    text = "Sri Lanka's foreign minister met India's foreign minister in Colombo. South Korea's president criticized North Korea on Monday."
    assert tidings.extract(text).text == text
    # a line of names with no sentence is still no body
    assert tidings.extract("Home World Politics Business Sport Culture Opinion Video Podcasts Newsletters").text == ""
