"""A small store for the web tests, filled by the real pipeline (extraction, spaCy, event
coding) and the real store writer from pages written for these tests.

``build_store(path)`` ingests the pages and rebuilds stories; ``PAGES`` lists them. Both
the API and the browser tests copy one built file (``shared_store``) so the NLP runs once
per test session.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tidings.model import Document

_SITE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} | Caucasus Wire</title></head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a> <a href="/about">About us</a></nav>
<article>
<h1>{title}</h1>
<p class="byline">By Ani Petrosyan</p>
{body}
</article>
<aside class="related"><h2>Related stories</h2>
<ul><li><a href="/2024/04/28/yerevan-talks">Yerevan hosts regional talks on transport links</a></li>
<li><a href="/2024/04/30/baku-energy">Baku signs new gas export deal</a></li></ul></aside>
<div class="share">Share this story on social media. Subscribe to our newsletter.</div>
<footer>© 2024 Caucasus Wire. All rights reserved.</footer>
</body></html>"""


def _html(title: str, *paragraphs: str) -> bytes:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return _SITE.format(title=title, body=body).encode("utf-8")


def _text(title: str, *paragraphs: str) -> bytes:
    return ("\n\n".join([title, *paragraphs]) + "\n").encode("utf-8")


_CAUCASUS = (
    ("The two neighbours fought a war over the Nagorno-Karabakh region in 2020, and a second short "
     "offensive in September 2023 ended with the region's Armenian population leaving for Armenia."),
    ("Negotiators from both capitals have since met in Washington, Brussels and Almaty, and both "
     "governments say a treaty could be signed within months, although the text of the border "
     "settlement and the question of transport corridors through the southern Syunik province remain "
     "open."),
    ("Analysts in the region said the coming weeks would show whether the leaders could turn their "
     "public statements into a lasting settlement that both parliaments would accept."),
)
_UKRAINE = (
    ("The full-scale war began in February 2022, and the front line in the east and south has moved "
     "little over the past year despite heavy fighting around several towns in the Donetsk region."),
    ("Ukrainian officials have repeatedly asked Western governments to speed up deliveries of "
     "ammunition and air defence, warning that the country's energy system cannot withstand another "
     "winter of attacks without more protection for its power stations and substations."),
    ("Diplomats in Brussels and Washington said discussions on further support would continue at the "
     "next meeting of defence ministers later this month."),
)

#: (name, published, kind, content)
PAGES: list[tuple[str, str, str, bytes]] = [
    ("arm-aze-clash", "2024-04-08", "html", _html(
        "Armenian and Azerbaijani troops exchange fire on the border",
        "Azerbaijani forces shelled Armenian positions near the village of Sotk on Monday, the defence "
        "ministry in Yerevan said.",
        "Armenia accused Azerbaijan of breaking the ceasefire and said two soldiers were wounded.",
        "Azerbaijan denied the claim and blamed Armenian troops for opening fire first.",
        "Russia urged both sides to show restraint and to return to negotiations.",
        *_CAUCASUS,
    )),
    ("arm-aze-talks", "2024-04-16", "html", _html(
        "Armenia and Azerbaijan agree to resume peace talks",
        "Armenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham Aliyev in Brussels on "
        "Tuesday.",
        "Armenia and Azerbaijan agreed to resume talks on a peace treaty next month, officials said.",
        "The European Union praised the two leaders and offered to host the next round.",
        *_CAUCASUS,
    )),
    ("arm-aze-border", "2024-04-24", "text", _text(
        "Baku and Yerevan sign border protocol",
        "Azerbaijan and Armenia signed a protocol on the delimitation of their border on Wednesday.",
        "Azerbaijan will return four villages to Armenian control, the foreign ministry in Baku said.",
        "Russia welcomed the agreement and said it was ready to help.",
        *_CAUCASUS,
    )),
    ("arm-aze-threat", "2024-05-02", "text", _text(
        "Armenia warns Azerbaijan over troop build-up",
        "Armenia warned Azerbaijan on Thursday that new troop deployments near the border threatened the "
        "peace process.",
        "Azerbaijan rejected the warning and accused Armenia of spreading false reports.",
        *_CAUCASUS,
    )),
    ("rus-ukr-strike", "2024-04-10", "html", _html(
        "Russian missiles hit Ukrainian power plants",
        "Russian forces attacked power plants in the Kharkiv region overnight, Ukrainian officials said on "
        "Wednesday.",
        "Ukraine condemned the strikes and asked its allies for more air defence systems.",
        "Germany promised to send another Patriot battery to Ukraine.",
        *_UKRAINE,
    )),
    ("rus-ukr-talks", "2024-04-22", "text", _text(
        "Kyiv rejects Moscow's offer of talks",
        "Ukraine rejected a Russian proposal for talks on Monday and demanded a full withdrawal of troops.",
        "Russia said it was willing to negotiate but would not give up any territory.",
        "The United States imposed new sanctions on Russia over the war.",
        *_UKRAINE,
    )),
    ("rus-ukr-aid", "2024-05-03", "html", _html(
        "European Union approves new aid for Ukraine",
        "The European Union agreed on Friday to provide Ukraine with fifty billion euros of economic aid.",
        "Ukrainian President Volodymyr Zelensky thanked the European leaders for their support.",
        "Russia criticised the decision and accused the European Union of prolonging the war.",
        *_UKRAINE,
    )),
]


def documents() -> list[Document]:
    return [
        Document(source=f"test://{name}", content=content, url=f"https://caucasus-wire.test/{name}",
                 kind=kind, published=published)
        for name, published, kind, content in PAGES
    ]


def build_store(path: Path) -> None:
    """Ingest ``PAGES`` into a new store at ``path`` through the pipeline and the writer."""
    from tidings.config import Settings
    from tidings.pipeline import run_many
    from tidings.store import Store

    settings = Settings()
    with Store(path) as store:
        run_id = store.begin_run(settings)
        summary = store.write(run_many(documents(), settings), run_id)
        store.finish_run(run_id, summary)
        store.refresh_stories(settings)


_BUILT: dict[str, Path] = {}


def shared_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built store of this session (built on first use)."""
    if "db" not in _BUILT:
        path = tmp_path_factory.mktemp("webstore") / "web.duckdb"
        build_store(path)
        _BUILT["db"] = path
    return _BUILT["db"]


def copy_store(source: Path, directory: Path) -> Path:
    """A private copy of a built store, for a test that writes."""
    target = directory / "copy.duckdb"
    shutil.copy(source, target)
    return target
