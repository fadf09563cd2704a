"""Build the stress set of scraped pages and wire copy from ../shared/corpus (output committed).

Each document is a real Wikinews article (title, date from MANIFEST.tsv, first paragraphs)
rendered as a scraped page or a pasted wire story, with every part drawn at random from
independent pieces so no two documents share one template:

- a chrome block of 10 to 150 lines above the header (navigation, a cookie banner, "Skip to
  content", section names, share buttons, a trending list with its own dates), or a wire
  header of pasted section names;
- a date line composed from parts: weekday, month spelling, day, order, year, time, zone,
  label ("Published", "Posted", "Updated" over "Published", a byline, "By … |"), separators;
- where it stands: under the title, above it, under a byline, under a standfirst, under an
  image caption, in a share bar, or opening the first paragraph as a dateline;
- other dates: an "Updated" line, a list of other stories with their dates before or after
  the article, dated reader comments below it, a copyright year in the footer;
- undated twins: the same page with the date line removed or replaced by a time alone, a
  relative stamp or a date without a year.

    python tests/eval/dates/wire/build.py /path/to/shared/corpus

Writes docs/*.txt and layout.json (per document: the true date or null, its date lines, the
article lines, the twin it was made from, blind or tuning). Blind documents (`b*`) use
pieces the tuning ones (`t*`) never do (see BLIND_ONLY); they are scored once, at the end.
"""

from __future__ import annotations

import csv
import datetime
import json
import random
import re
import sys
from pathlib import Path

# NOTE: run as a script, the checkout's packages must be importable.
sys.path.insert(0, str(Path(__file__).resolve().parents[4]))
from tests.eval.dates.pages.build import Article, Page, ordinal

HERE = Path(__file__).parent
OUT = HERE / "docs"
SEED = 20261203
PARAGRAPHS = 5
DATED = {"t": 60, "b": 40}
UNDATED = {"t": 20, "b": 16}

NAV = [
    "Home",
    "News",
    "World",
    "U.S.",
    "Politics",
    "Business",
    "Markets",
    "Tech",
    "Science",
    "Health",
    "Sports",
    "Entertainment",
    "Opinion",
    "Lifestyle",
    "Travel",
    "Video",
    "Podcasts",
    "Weather",
    "Local",
    "Education",
    "Climate",
    "Newsletters",
    "Subscribe",
    "Sign in",
    "Log in",
    "Menu",
    "Search",
    "Close",
    "Account",
    "More",
    "Sections",
    "Latest",
    "Top Stories",
]
COOKIE = [
    "We use cookies to improve your experience on our site.",
    "By continuing to browse you agree to our use of cookies.",
    "Accept all",
    "Manage preferences",
]
SKIP = ["Skip to content", "Skip to main content", "Skip to navigation", "Toggle navigation"]
SHARE = ["Share", "Facebook", "Twitter", "Email", "Print", "LinkedIn", "WhatsApp", "Copy link"]
ADVERT = ["Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "Sponsored"]
FOOT = [
    "About us",
    "Contact",
    "Careers",
    "Advertise",
    "Privacy Policy",
    "Terms of Use",
    "Cookie Settings",
    "Site Map",
    "Help",
    "Corrections",
]
NAMES = [
    "Jane Doe",
    "John Roe",
    "Alex Smith",
    "Sam Lee",
    "Maria Garcia",
    "Priya Raman",
    "Tomas Novak",
    "Aisha Bello",
    "Liam O'Connor",
    "Chen Wei",
]
OUTLETS = ["Reuters", "AP", "AFP", "Staff Writer", "Senior Correspondent", "The Daily Ledger"]
ZONES = ["GMT", "UTC", "EST", "EDT", "CST", "PDT", "BST", "CET", "ET", "IST"]
# Pieces only the blind part uses: the tuning part never shows them.
BLIND_ONLY = {
    "labels": ["Story published", "Article date:", "Publication:", "First posted"],
    "places": ["share-bar", "above-title"],
    "months": ["caps-abbr"],
    "times": ["h-style"],
}


def used(corpus_sets: Path) -> set[str]:
    """Corpus files the other dates evaluation sets already use."""
    taken: set[str] = set()
    pages = json.loads((corpus_sets / "pages" / "layout.json").read_text("utf-8"))
    taken |= {v["source"] for v in pages.values()}
    build = (corpus_sets / "pages" / "build.py").read_text("utf-8")
    block = build[build.index("TAKEN = {") :]
    block = block[: block.index("\n}")]
    taken |= {f"wikinews/{number}.txt" for number in re.findall(r"\b\d{5}\b", block)}
    return taken


def read(corpus: Path) -> tuple[list[Article], list[tuple[str, datetime.date]]]:
    taken = used(HERE.parent)
    articles, stories = [], []
    with open(corpus / "MANIFEST.tsv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["source"] != "wikinews":
                continue
            date = datetime.date.fromisoformat(row["date"])
            stories.append((row["title"], date))
            if row["file"] in taken:
                continue
            lines = (corpus / row["file"]).read_text(encoding="utf-8").splitlines()
            paragraphs = [p for p in lines[3:] if p.strip()][:PARAGRAPHS]
            if len(paragraphs) >= 3:
                articles.append(Article(Path(row["file"]).stem, lines[0], date, paragraphs))
    return articles, stories


def pick(rng: random.Random, options: list[str], blind: bool, kind: str) -> str:
    """One option; blind-only ones are kept for the blind part."""
    held = BLIND_ONLY.get(kind, [])
    pool = [o for o in options if blind or o not in held]
    if blind and held and rng.random() < 0.4:
        pool = [o for o in options if o in held]
    return rng.choice(pool)


def month_text(d: datetime.date, style: str) -> str:
    full, short = f"{d:%B}", f"{d:%b}"
    return {
        "full": full,
        "abbr": short,
        "abbr-dot": short + ("." if d.month != 5 else ""),
        "caps": full.upper(),
        "caps-abbr": short.upper() + ("." if d.month != 5 else ""),
    }[style]


def time_text(rng: random.Random, style: str) -> str:
    h, m = rng.randrange(0, 24), rng.randrange(0, 60)
    ap = "AM" if h < 12 else "PM"
    h12 = (h % 12) or 12
    zone = rng.choice(ZONES)
    return {
        "none": "",
        "12h": f"{h12}:{m:02d} {ap}",
        "12h-lower": f"{h12}:{m:02d}{ap.lower()}",
        "12h-dots": f"{h12}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}",
        "12h-zone": f"{h12}:{m:02d} {ap} {zone}",
        "24h-zone": f"{h:02d}:{m:02d} {zone}",
        "24h": f"{h:02d}:{m:02d}",
        "h-style": f"{h:02d}h{m:02d}",
    }[style]


def date_text(d: datetime.date, rng: random.Random, blind: bool) -> str:
    """A calendar date in one of many spellings, composed from independent parts."""
    order = rng.choice(["mdy", "mdy", "dmy", "iso", "numeric"])
    if order == "iso":
        return rng.choice([d.isoformat(), f"{d:%Y/%m/%d}"])
    if order == "numeric":
        return rng.choice([f"{d.month}/{d.day}/{d.year}", f"{d:%m/%d/%y}", f"{d:%d.%m.%Y}"])
    mstyle = pick(rng, ["full", "abbr", "abbr-dot", "caps", "caps-abbr"], blind, "months")
    month = month_text(d, mstyle)
    day = ordinal(d.day) if rng.random() < 0.2 else str(d.day)
    weekday = rng.choice(["", "", f"{d:%A}, ", f"{d:%a} ", f"{d:%a}, "])
    if order == "mdy":
        core = f"{month} {day}{rng.choice([', ', ' ', ', '])}{d.year}"
    else:
        core = f"{day} {month}{rng.choice([' ', ', '])}{d.year}"
    return weekday + core


def date_line(d: datetime.date, rng: random.Random, blind: bool) -> list[str]:
    """The header's date line(s): label, byline, time and updated line, each by chance."""
    when = date_text(d, rng, blind)
    clock = time_text(
        rng,
        pick(
            rng,
            ["none", "12h", "12h-lower", "12h-dots", "12h-zone", "24h-zone", "24h", "h-style"],
            blind,
            "times",
        ),
    )
    if clock:
        when = rng.choice(
            [
                f"{when} {clock}",
                f"{when}, {clock}",
                f"{clock}, {when}",
                f"{when} at {clock}",
                f"{when} | {clock}",
            ]
        )
    label = pick(
        rng,
        [
            "",
            "",
            "",
            "Published",
            "Published:",
            "Posted",
            "Posted on",
            "Published on",
            "Story published",
            "Article date:",
            "Publication:",
            "First posted",
        ],
        blind,
        "labels",
    )
    name = rng.choice(NAMES)
    outlet = rng.choice(OUTLETS)
    byline = rng.choice(
        [
            "",
            "",
            f"By {name}",
            f"By {name.upper()}",
            f"{name}, {outlet}",
            f"By {name} and {rng.choice(NAMES)}",
        ]
    )
    text = f"{label} {when}".strip()
    if byline:
        text = rng.choice(
            [f"{byline} | {text}", f"{byline} • {text}", f"{byline} - {text}", f"{text} | {byline}"]
        )
    out = [text]
    if rng.random() < 0.3:  # an updated line, above or below
        later = d + datetime.timedelta(days=rng.randrange(0, 5))
        updated = f"{rng.choice(['Updated', 'Last updated', 'Updated:', 'Modified'])} " + date_text(
            later, rng, blind
        )
        out = [updated, *out] if rng.random() < 0.5 else [*out, updated]
    return out


def undated_line(rng: random.Random, d: datetime.date) -> list[str]:
    kind = rng.choice(["none", "time", "ago", "no-year", "byline"])
    return {
        "none": [],
        "time": [f"Updated: {time_text(rng, '12h-zone')}"],
        "ago": [f"{rng.randrange(2, 23)} hours ago"],
        "no-year": [f"{d:%b} {d.day}"],
        "byline": [f"By {rng.choice(NAMES)}, {rng.choice(OUTLETS)}"],
    }[kind]


def chrome(rng: random.Random, stories: list[tuple[str, datetime.date]]) -> list[str]:
    """10-150 lines of page furniture above the header."""
    lines: list[str] = []
    target = rng.randrange(10, 151)
    while len(lines) < target:
        kind = rng.choice(["nav", "nav", "cookie", "skip", "trending", "advert", "blank"])
        if kind == "nav":
            lines += rng.sample(NAV, rng.randrange(3, 12))
        elif kind == "cookie":
            lines += COOKIE
        elif kind == "skip":
            lines.append(rng.choice(SKIP))
        elif kind == "trending":
            lines.append(rng.choice(["Trending", "Most read", "Popular now"]))
            for title, day in rng.sample(stories, 3):
                lines += [title, f"{day:%b} {day.day}, {day.year}"]
        elif kind == "advert":
            lines.append(rng.choice(ADVERT))
        else:
            lines.append("")
    return lines


def wire_header(rng: random.Random) -> list[str]:
    """Section names pasted above a wire story's headline."""
    sections = rng.sample(NAV[:16], rng.randrange(3, 8))
    return [rng.choice([" | ".join(sections), " ".join(sections), " / ".join(sections)]), ""]


def story_list(rng: random.Random, stories: list[tuple[str, datetime.date]]) -> list[str]:
    """Other stories with their dates, in one of the shapes a site repeats for each entry."""
    lines = [rng.choice(["More stories", "Related", "You may also like", "Read next"]), ""]
    style = rng.randrange(3)
    for title, day in rng.sample(stories, 4):
        spelled = date_text(day, rng, False)
        lines += [[title, spelled], [spelled, title], [f"{title} {spelled}"]][style]
        lines.append("")
    return lines


def comments(rng: random.Random, d: datetime.date) -> list[str]:
    lines = [f"{rng.randrange(2, 40)} Comments", ""]
    for _ in range(rng.randrange(2, 4)):
        later = d + datetime.timedelta(days=rng.randrange(0, 30))
        lines += [
            f"{rng.choice(NAMES)} {date_text(later, rng, False)}",
            rng.choice(
                [
                    "Great reporting, thanks.",
                    "I do not agree with this at all.",
                    "Who checks these numbers?",
                    "Well written.",
                ]
            ),
            "Reply",
            "",
        ]
    return lines


def render(
    article: Article,
    dates: list[str],
    rng: random.Random,
    stories: list[tuple[str, datetime.date]],
    blind: bool,
    dated: bool,
    layout: dict[str, str],
) -> Page:
    page = Page()
    top = (
        chrome(rng, stories)
        if layout["top"] == "chrome"
        else (wire_header(rng) if layout["top"] == "wire" else [])
    )
    for line in top:
        page.add(line)
    if layout["related"] == "before":
        for line in story_list(rng, stories):
            page.add(line)
    place = layout["place"]
    if place == "above-title":
        for line in dates:
            page.add(line, content=True, date=dated)
    page.add(article.title, content=True)
    page.add("")
    first = 0
    if place == "byline":
        page.add(f"By {rng.choice(NAMES)}", content=True)
    elif place == "dek":
        page.add(article.paragraphs[0], content=True)
        page.add("")
        first = 1
    elif place == "caption":
        page.add(
            rng.choice(
                [
                    "Photo: File image.",
                    "Image credit: Wikimedia Commons",
                    "(Photo by a staff photographer)",
                ]
            )
        )
        page.add("")
    if place in ("title", "byline", "dek", "caption"):
        for line in dates:
            page.add(line, content=True, date=dated)
        page.add("")
    if place == "share-bar":
        page.add(" ".join(rng.sample(SHARE, 4)))
        for line in dates:
            page.add(line, content=True, date=dated)
        page.add(" ".join(rng.sample(SHARE, 3)))
        page.add("")
    paragraphs = article.paragraphs[first:]
    if place == "dateline" and dates:
        city = rng.choice(["LONDON", "WASHINGTON", "SYDNEY", "NAIROBI", "PARIS"])
        spelled = date_text(article.date, rng, blind)
        lead = f"{city}, {spelled} ({rng.choice(['AP', 'Reuters', 'AFP'])}) — "
        paragraphs = [lead + paragraphs[0], *paragraphs[1:]]
    for k, paragraph in enumerate(paragraphs):
        page.add(
            paragraph, content=True, date=dated and place == "dateline" and bool(dates) and k == 0
        )
        page.add("")
        if k == 1 and rng.random() < 0.3:
            page.add(rng.choice(ADVERT))
            page.add("")
    if layout["related"] == "after":
        for line in story_list(rng, stories):
            page.add(line)
    if layout["comments"] == "yes":
        for line in comments(rng, article.date):
            page.add(line)
    for line in rng.sample(FOOT, rng.randrange(3, 8)):
        page.add(line)
    page.add(f"© {article.date.year + rng.randrange(0, 4)} The Daily Ledger. All rights reserved.")
    return page


def write_page(
    path: Path, article: Article, page: Page, dated: bool, blind: bool, shape: dict[str, str]
) -> dict[str, object]:
    """Write a built page and return its `layout.json` entry (every round's builder)."""
    path.write_text("\n".join(page.lines) + "\n", encoding="utf-8")
    return {
        "source": f"wikinews/{article.name}.txt",
        "date": article.date.isoformat() if dated else None,
        "date_lines": page.date_lines,
        "content": page.content,
        "blind": blind,
        **shape,
    }


def build(corpus: Path) -> None:
    articles, stories = read(corpus)
    rng = random.Random(SEED)
    rng.shuffle(articles)
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.txt"):
        old.unlink()
    layout: dict[str, dict[str, object]] = {}
    index = 0
    for part in ("t", "b"):
        blind = part == "b"
        plan: list[tuple[str, Article, bool]] = []
        for k in range(DATED[part]):
            plan.append((f"{part}d{k + 1:02d}", articles[index], True))
            index += 1
        for k in range(UNDATED[part]):  # undated twins of the first dated pages
            plan.append((f"{part}u{k + 1:02d}", plan[k][1], False))
        for name, article, dated in plan:
            doc_rng = random.Random(f"{SEED}-{name}")
            places = [
                "title",
                "title",
                "byline",
                "dek",
                "caption",
                "dateline",
                "share-bar",
                "above-title",
            ]
            shape = {
                "top": doc_rng.choice(["chrome", "chrome", "wire", "none"]),
                "place": pick(doc_rng, places, blind, "places"),
                "related": doc_rng.choice(["none", "before", "after", "after"]),
                "comments": doc_rng.choice(["no", "no", "yes"]),
            }
            if dated:
                dates = date_line(article.date, doc_rng, blind)
            else:
                dates = undated_line(doc_rng, article.date)
                shape["place"] = "title" if shape["place"] == "dateline" else shape["place"]
            page = render(article, dates, doc_rng, stories, blind, dated, shape)
            layout[f"{name}.txt"] = write_page(
                OUT / f"{name}.txt", article, page, dated, blind, shape
            )
    (HERE / "layout.json").write_text(json.dumps(layout, indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    build(Path(sys.argv[1]))
