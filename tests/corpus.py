"""A corpus of news pages written by this project, for the store and ingest tests.

Everything here is generated, deterministic (seeded) and ours: no third-party text.

``write_corpus(directory)`` writes the designed corpus of the ingest test: four stories over
the week of 6 May 2024 (an Armenia-Azerbaijan border clash and peace talks, a Sudan ceasefire,
a China-United States steel dispute, floods in Kenya), as HTML and plain-text pages from
several sites; syndicated copies (the same body under another site's furniture, some with a
credit line or a word changed); and broken files. It returns a ``CorpusPlan`` saying what a
correct ingest must find.

``write_bulk(directory, n, corrupt_every=...)`` writes ``n`` short unique pages (for the kill
and poison tests) with one corrupt page in every ``corrupt_every``, cycling through the kinds
of damage: binary, truncated gzip, over 20 MB, invalid encoding.

Run as a script to write either: ``python tests/corpus.py DIR [--bulk N] [--corrupt-every K]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import random
from dataclasses import dataclass, field
from pathlib import Path

WEEK = dt.date(2024, 5, 6)  # a Monday

SITES = {
    "caspian": ("Caspian Herald", "caspianherald.example"),
    "nile": ("Nile Daily", "niledaily.example"),
    "harbour": ("Harbour Times", "harbourtimes.example"),
    "wire": ("Global Wire Service", "globalwire.example"),
    "lakeside": ("Lakeside Courier", "lakesidecourier.example"),
}

# Each story: lead sentences (one per article, simple enough for a rule-based coder) and a
# pool of background sentences that give the story its vocabulary.
STORIES: dict[str, dict[str, list[str]]] = {
    "caucasus": {
        "leads": [
            "Armenian forces attacked Azerbaijani positions near the border on Monday.",
            "Azerbaijan accused Armenia of violating the ceasefire on the border.",
            "Azerbaijani troops shelled Armenian villages near the border.",
            "Armenia and Azerbaijan agreed to resume peace talks in Brussels.",
            "The Armenian foreign minister met the Azerbaijani foreign minister in Brussels.",
            "Russia urged Armenia and Azerbaijan to show restraint on the border.",
            "Armenia accused Azerbaijan of blocking the peace talks.",
            "Azerbaijan and Armenia signed an agreement on the border commission.",
            "The European Union praised Armenia and Azerbaijan for the border agreement.",
            "Armenian officials criticised Azerbaijan over the border incidents.",
        ],
        "pool": [
            "The border between Armenia and Azerbaijan has seen repeated clashes since the autumn.",
            "Officials in Yerevan said two Armenian soldiers were wounded in the border shooting.",
            "The defence ministry in Baku said Azerbaijani positions came under fire overnight.",
            "Diplomats said the Brussels talks on the Armenia Azerbaijan peace treaty would continue.",
            "The two countries fought a war over the Karabakh region and still dispute the border.",
            "Armenian and Azerbaijani negotiators have drafted most of the articles of a peace treaty.",
            "Villagers on the Armenian side of the border said they had heard shelling through the night.",
            "Mediators hope the border commission can mark the frontier between Armenia and Azerbaijan.",
            "The Azerbaijani president said Baku wanted a lasting peace treaty with Yerevan.",
            "The Armenian prime minister told parliament that the border must be demarcated by treaty.",
        ],
    },
    "sudan": {
        "leads": [
            "The Sudanese army and the Rapid Support Forces agreed to a ceasefire in Khartoum.",
            "Sudanese troops shelled positions held by the Rapid Support Forces in Khartoum.",
            "The United Nations welcomed the ceasefire in Sudan.",
            "Egypt sent humanitarian aid to Sudan after the ceasefire.",
            "The Rapid Support Forces accused the Sudanese army of breaking the ceasefire.",
            "Saudi Arabia hosted talks between the Sudanese army and the Rapid Support Forces.",
            "The African Union called on Sudan to respect the ceasefire.",
            "Aid agencies said the ceasefire in Sudan allowed convoys to reach Khartoum.",
        ],
        "pool": [
            "Fighting between the Sudanese army and the Rapid Support Forces has displaced millions.",
            "Residents of Khartoum said the streets were quiet for the first time in weeks.",
            "The ceasefire in Sudan is meant to last seven days and allow aid convoys through.",
            "Aid workers in Khartoum warned that hospitals had run out of medicine and fuel.",
            "Mediators from Saudi Arabia and the United States have brokered earlier Sudan truces.",
            "The Rapid Support Forces control much of Khartoum and large parts of Darfur.",
            "Sudanese families queued for bread and water as the ceasefire took hold in Khartoum.",
            "Previous ceasefires in Sudan collapsed within days amid accusations from both sides.",
            "The army said its troops in Khartoum would respond to any violation of the truce.",
        ],
    },
    "trade": {
        "leads": [
            "China imposed tariffs on steel imports from the United States.",
            "The United States threatened new sanctions against China over steel.",
            "China and the United States agreed to hold trade talks in Geneva.",
            "The European Union criticised China over its steel subsidies.",
            "The United States accused China of dumping cheap steel.",
            "Chinese and American trade negotiators met in Geneva on Thursday.",
            "China warned the United States against raising tariffs on steel.",
            "Japan urged China and the United States to settle the steel dispute.",
        ],
        "pool": [
            "The steel dispute between Washington and Beijing has unsettled markets for weeks.",
            "Steel makers in Ohio and Pennsylvania have lobbied for higher tariffs on Chinese steel.",
            "Beijing says its steel exports are priced fairly and that the tariffs break trade rules.",
            "Analysts said the tariffs could raise steel prices for car makers and builders.",
            "The Geneva trade talks are the first meeting of the two trade delegations this year.",
            "Chinese steel output reached a record last year, far above domestic demand.",
            "Washington has asked the World Trade Organization to review the steel subsidies.",
            "Shares in steel companies fell after the tariffs were announced in Beijing.",
            "Trade officials said a deal on steel quotas could end the dispute before summer.",
        ],
    },
    "floods": {
        "leads": [
            "Heavy rains flooded villages in western Kenya on Wednesday.",
            "Floodwaters cut roads and bridges across western Kenya.",
            "Rescue teams reached flooded villages in western Kenya.",
            "Kenya asked for international help after the floods in western Kenya.",
        ],
        "pool": [
            "Rivers burst their banks after a week of heavy rain across the region.",
            "Farmers said the floods had destroyed maize and bean crops ready for harvest.",
            "Meteorologists expect more heavy rain over the lake basin in the coming days.",
            "Families sheltered in schools and churches on higher ground as the water rose.",
            "Rescue workers used boats to reach villages cut off by the floodwaters.",
            "The rains have also flooded parts of neighbouring countries around the lake.",
            "Health officials warned of cholera in camps where floodwater had fouled the wells.",
            "Engineers said several bridges on the main road west of the lake had been swept away.",
            "The county government opened relief centres for families whose homes were flooded.",
        ],
    },
}

# story -> (first day offset, sites used in turn)
SCHEDULE = {
    "caucasus": (0, ["caspian", "wire", "harbour"]),
    "sudan": (1, ["nile", "wire", "harbour"]),
    "trade": (0, ["harbour", "wire", "caspian"]),
    "floods": (2, ["lakeside", "wire"]),
}

NAV = ["Home", "World", "Politics", "Business", "Sport", "Opinion", "Weather"]


@dataclass
class CorpusPlan:
    """What a correct ingest of ``write_corpus`` finds."""

    originals: dict[str, str] = field(default_factory=dict)  # file name -> story
    copies: dict[str, tuple[str, str]] = field(default_factory=dict)  # copy -> (original, "exact"|"near")
    broken: dict[str, str] = field(default_factory=dict)  # file name -> expected failure code
    days: dict[str, dt.date] = field(default_factory=dict)  # file name -> publication day

    @property
    def pages(self) -> int:
        return len(self.originals) + len(self.copies) + len(self.broken)


def _title(lead: str) -> str:
    return lead.rstrip(".").replace(" on Monday", "").replace(" on Thursday", "").replace(" on Wednesday", "")


def _paragraphs(rng: random.Random, lead: str, pool: list[str]) -> list[str]:
    picked = rng.sample(pool, 8)
    return [f"{lead} {picked[0]} {picked[1]}", f"{picked[2]} {picked[3]} {picked[4]}",
            f"{picked[5]} {picked[6]} {picked[7]}"]


def html_page(title: str, paragraphs: list[str], *, site: str, day: dt.date, url: str,
              related: list[str] | None = None, author: str = "Staff reporter") -> str:
    name, domain = SITES[site]
    nav = "".join(f'<li><a href="https://{domain}/{n.lower()}">{n}</a></li>' for n in NAV)
    rel = "".join(f'<li><a href="https://{domain}/more/{i}">{t}</a></li>' for i, t in enumerate(related or []))
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | {name}</title>
<meta property="og:site_name" content="{name}">
<meta property="og:url" content="{url}">
<link rel="canonical" href="{url}">
<meta property="article:published_time" content="{day.isoformat()}T08:00:00Z">
</head><body>
<header><div class="logo">{name}</div><nav><ul>{nav}</ul></nav></header>
<main><article>
<h1>{title}</h1>
<p class="byline">By {author} | <time datetime="{day.isoformat()}">{day.strftime('%d %B %Y')}</time></p>
{body}
</article>
<aside class="related"><h2>Related stories</h2><ul>{rel}</ul></aside>
</main>
<footer><p>Copyright 2024 {name}. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a></footer>
</body></html>
"""


def text_page(title: str, paragraphs: list[str], *, site: str, day: dt.date) -> str:
    name, _ = SITES[site]
    body = "\n\n".join(paragraphs)
    return f"{title}\n\n{name} | {day.strftime('%d %B %Y')}\n\n{body}\n\nShare this story\n"


def write_corpus(directory: str | Path, *, seed: int = 7) -> CorpusPlan:
    """Write the designed corpus into ``directory`` (see the module docstring)."""
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    plan = CorpusPlan()
    bodies: dict[str, tuple[str, list[str], str, dt.date]] = {}
    n = 0
    for story, spec in STORIES.items():
        start, sites = SCHEDULE[story]
        for i, lead in enumerate(spec["leads"]):
            site = sites[i % len(sites)]
            day = WEEK + dt.timedelta(days=start + i // 2)
            title = _title(lead)
            paras = _paragraphs(rng, lead, spec["pool"])
            n += 1
            slug = f"{story}-{i:02d}"
            url = f"https://{SITES[site][1]}/{day:%Y/%m/%d}/{slug}"
            if n % 3 == 0:
                name = f"{n:03d}-{slug}.txt"
                page = text_page(title, paras, site=site, day=day)
            else:
                name = f"{n:03d}-{slug}.html"
                teasers = [_title(x) for x in rng.sample(STORIES["floods"]["leads"], 2)]
                page = html_page(title, paras, site=site, day=day, url=url, related=teasers)
            (out / name).write_text(page, encoding="utf-8")
            plan.originals[name] = story
            plan.days[name] = day
            bodies[name] = (title, paras, site, day)

    # Syndicated copies: the same body on another site's page.
    def copy(original: str, kind: str, site: str, edit: str | None, fmt: str) -> None:
        title, paras, _, day = bodies[original]
        paras = list(paras)
        if edit == "credit":
            paras[-1] = paras[-1] + " This report was first published by Global Wire Service."
        elif edit == "word":
            paras[1] = paras[1].rstrip(".") + ", according to officials."
        name = f"copy-{len(plan.copies):02d}-{site}-{original.rsplit('.', 1)[0][4:]}.{fmt}"
        url = f"https://{SITES[site][1]}/news/{name}"
        if fmt == "html":
            page = html_page(title, paras, site=site, day=day, url=url, author="Wire reporter",
                             related=["Markets close higher", "Weekend weather outlook"])
        else:
            page = text_page(title, paras, site=site, day=day)
        (out / name).write_text(page, encoding="utf-8")
        plan.copies[name] = (original, kind)
        plan.days[name] = day

    origs = list(plan.originals)
    copy(origs[0], "exact", "lakeside", None, "html")  # caucasus lead (an HTML page)
    copy(origs[0], "exact", "nile", None, "txt")  # the same again, as text
    copy(origs[3], "near", "lakeside", "credit", "html")  # caucasus talks
    copy(origs[10], "exact", "caspian", None, "html")  # sudan ceasefire
    copy(origs[18], "near", "nile", "word", "html")  # trade

    # Broken files.
    (out / "broken-empty.html").write_bytes(b"")
    plan.broken["broken-empty.html"] = "extract.empty"
    (out / "broken-image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(2000)))
    plan.broken["broken-image.html"] = "extract.binary"
    whole = gzip.compress(html_page("Cut short", ["A page cut short."] * 20, site="wire", day=WEEK, url="x").encode())
    (out / "broken-truncated.html.gz").write_bytes(whole[: len(whole) // 2])
    plan.broken["broken-truncated.html.gz"] = "input.corrupt_gzip"
    (out / "broken-encoding.txt").write_bytes(_invalid_encoding(rng, 3000))
    plan.broken["broken-encoding.txt"] = "extract.binary"
    return plan


def _invalid_encoding(rng: random.Random, size: int) -> bytes:
    """A UTF-8 byte-order mark followed by bytes that are not UTF-8 (lone continuation bytes)."""
    return b"\xef\xbb\xbf" + bytes(rng.randrange(0x80, 0xC0) for _ in range(size))


# -- bulk pages ------------------------------------------------------------------------------

_SUBJECTS = ["Armenia", "Azerbaijan", "Russia", "Turkey", "Iran", "Georgia", "France", "Germany", "China",
             "Japan", "India", "Brazil", "Kenya", "Egypt", "Sudan", "Ethiopia", "Nigeria", "Mexico", "Canada",
             "Poland", "Ukraine", "Spain", "Italy", "Chile", "Peru", "Vietnam", "Indonesia", "Pakistan"]
_VERBS = ["criticised", "praised", "met officials from", "accused", "threatened", "signed a deal with",
          "sent aid to", "imposed sanctions on", "held talks with", "expelled diplomats from",
          "urged restraint on", "welcomed a proposal from", "rejected demands from", "promised support to"]
_TOPICS = ["fishing rights", "a new pipeline", "border patrols", "grain exports", "a rail link", "water sharing",
           "visa rules", "a power plant", "airspace rules", "student exchanges", "port fees", "mining licences",
           "a dam project", "refugee returns", "customs checks", "satellite launches", "copper prices"]
_PLACES = ["the capital", "a northern port", "the southern hills", "a border town", "the coast", "the old city",
           "a river valley", "the main airport", "an eastern province", "the western plains"]
_EXTRA = ["Officials gave no further details.", "Analysts expect the dispute to continue.",
          "Local newspapers carried the story on their front pages.", "Markets barely moved on the news.",
          "Opposition leaders called for a debate in parliament.", "A spokesperson declined to comment.",
          "Talks are expected to resume next month.", "Residents said they were worried about prices."]


def bulk_page(i: int, rng: random.Random) -> tuple[str, str]:
    """Page ``i`` of the bulk corpus: (file suffix, content). Short, unique, plain words."""
    day = WEEK + dt.timedelta(days=i % 28)
    sents = []
    for _ in range(5):
        a, b = rng.sample(_SUBJECTS, 2)
        sents.append(f"{a} {rng.choice(_VERBS)} {b} over {rng.choice(_TOPICS)} in {rng.choice(_PLACES)}.")
    sents.append(f"The ministry said {rng.randrange(10, 9999)} people had followed item {i} closely.")
    sents += rng.sample(_EXTRA, 3)
    title = sents[0].rstrip(".")
    paras = [" ".join(sents[0:3]), " ".join(sents[3:6]), " ".join(sents[6:9])]
    if i % 4 == 0:
        page = html_page(title, paras, site="wire", day=day, url=f"https://globalwire.example/bulk/{i}")
        return ".html", page
    return ".txt", text_page(title, paras, site="wire", day=day)


CORRUPT_KINDS = ("binary", "truncated-gzip", "oversize", "invalid-encoding")


def write_bulk(directory: str | Path, n: int, *, corrupt_every: int = 0, seed: int = 11,
               oversize_bytes: int = 21_000_000) -> dict[str, str]:
    """Write ``n`` pages; every ``corrupt_every``-th is corrupt. Returns corrupt file -> kind."""
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    corrupt: dict[str, str] = {}
    k = 0
    for i in range(n):
        if corrupt_every and i % corrupt_every == corrupt_every - 1:
            kind = CORRUPT_KINDS[k % len(CORRUPT_KINDS)]
            k += 1
            name = f"p{i:06d}-{kind}" + (".html.gz" if kind == "truncated-gzip" else ".html")
            path = out / name
            if kind == "binary":
                path.write_bytes(b"\x89PNG\r\n\x1a\n" + rng.randbytes(4096))
            elif kind == "truncated-gzip":
                data = gzip.compress(bulk_page(i, rng)[1].encode())
                path.write_bytes(data[: len(data) // 2])
            elif kind == "oversize":
                # Text up front, then a hole: over the 20 MB page limit without using the disk.
                with path.open("wb") as fh:
                    fh.write(bulk_page(i, rng)[1].encode())
                    fh.truncate(oversize_bytes)
            else:
                path.write_bytes(_invalid_encoding(rng, 2048))
            corrupt[name] = kind
            continue
        suffix, page = bulk_page(i, rng)
        (out / f"p{i:06d}{suffix}").write_text(page, encoding="utf-8")
    return corrupt


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("directory")
    ap.add_argument("--bulk", type=int, default=0, help="write N bulk pages instead of the designed corpus")
    ap.add_argument("--corrupt-every", type=int, default=0)
    args = ap.parse_args()
    if args.bulk:
        bad = write_bulk(args.directory, args.bulk, corrupt_every=args.corrupt_every)
        print(f"wrote {args.bulk} pages ({len(bad)} corrupt) to {args.directory}")
    else:
        plan = write_corpus(args.directory)
        print(f"wrote {plan.pages} pages to {args.directory}")


if __name__ == "__main__":
    main()
