"""Build the page-shaped evaluation documents from ../shared/corpus (run once; output committed).

Each document is a real Wikinews article (title, date from MANIFEST.tsv, first paragraphs)
rendered as a naive text dump of a news page renders it: the date line in one of the shapes
real sites print, placed where they place it (under the title, in a byline, under an image
credit, below the site's navigation, in a dateline), or removed; around the article, the
page furniture a naive dump keeps: MediaWiki navigation, a list of other Wikinews stories
with *their* dates (other real titles and dates from MANIFEST.tsv), a "last edited" footer.

    python tests/eval/dates/pages/build.py /path/to/shared/corpus

Writes docs/*.txt and layout.json (per document: the true date or null, the line of the
date, the content lines, blind or tuning). The relative-date lines of the undated documents
are labelled by hand in labels.yaml.
"""

from __future__ import annotations

import csv
import datetime
import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "docs"
PARAGRAPHS = 6
SEED = 20240909
# Files of the corpus other evaluation sets already use.
TAKEN = {
    *"00001 00006 00007 00008 00024 00025 00030 00036 00040 00041 00046 00060 00064 00070".split(),
    *"00083 00087 00090 00104 00120 00123 00125 00144 00149 00150 00162 00163 00176 00180".split(),
    *"00182 00191 00206 00210 00214 00230 00232 00237 00240 00247 00248 00254 00258 00260".split(),
    *"00265 00266 00270 00274 00275 00278 00280 00283 00285 00292".split(),
}
# MediaWiki page furniture, as a naive dump of a Wikinews page prints it.
TOP = [
    "Jump to navigation",
    "Jump to search",
    "",
    "Main page",
    "Latest news",
    "Random article",
    "Write an article",
    "Newsroom",
    "Water cooler",
    "",
    "Search Wikinews",
    "Search",
    "",
]
SECTIONS = [
    "Crime and law",
    "Culture and entertainment",
    "Disasters and accidents",
    "Economy and business",
    "Politics and conflicts",
    "Science and technology",
    "Sports",
    "Weather",
]
TOOLS = [
    "Tools",
    "What links here",
    "Related changes",
    "Special pages",
    "Printable version",
    "Permanent link",
    "Page information",
    "Cite this page",
]
FOOTER = [
    "Text is available under the Creative Commons Attribution 2.5 License; "
    "additional terms may apply.",
    "Privacy policy",
    "About Wikinews",
    "Disclaimers",
    "Mobile view",
]
NAMES = ["Jane Doe", "John Roe", "Alex Smith", "Sam Lee", "Maria Garcia", "Wikinews staff"]
ZONES = ["GMT", "UTC", "EST", "EDT", "CDT", "PST", "BST", "ET"]


@dataclass
class Article:
    """One Wikinews article of the corpus."""

    name: str
    title: str
    date: datetime.date
    paragraphs: list[str]


@dataclass
class Page:
    """Lines of a page being rendered, with what each line is."""

    lines: list[str] = field(default_factory=list)
    content: list[int] = field(default_factory=list)  # 1-based lines of the article itself
    date_lines: list[int] = field(default_factory=list)

    def add(self, line: str, content: bool = False, date: bool = False) -> None:
        self.lines.append(line)
        if content and line.strip():
            self.content.append(len(self.lines))
        if date:
            self.date_lines.append(len(self.lines))


def read(corpus: Path) -> tuple[list[Article], list[tuple[str, datetime.date]]]:
    """The Wikinews articles not yet used, and every (title, date) for related-story lists."""
    articles, stories = [], []
    with open(corpus / "MANIFEST.tsv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["source"] != "wikinews":
                continue
            date = datetime.date.fromisoformat(row["date"])
            stories.append((row["title"], date))
            name = Path(row["file"]).stem
            if name in TAKEN:
                continue
            lines = (corpus / row["file"]).read_text(encoding="utf-8").splitlines()
            paragraphs = [p for p in lines[3:] if p.strip()][:PARAGRAPHS]
            if len(paragraphs) >= 3:
                articles.append(Article(name, lines[0], date, paragraphs))
    return articles, stories


def clock(rng: random.Random) -> tuple[int, int]:
    return rng.randrange(0, 24), rng.randrange(0, 60)


def twelve(h: int, m: int, style: str = "{h}:{m:02d} {ap}") -> str:
    ap = "AM" if h < 12 else "PM"
    return style.format(h=(h % 12) or 12, m=m, ap=ap, ap_lower=ap.lower())


def month(d: datetime.date) -> str:
    return f"{d:%B}"


def abbr(d: datetime.date) -> str:
    return f"{d:%b}"


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


Shape = Callable[[datetime.date, random.Random], list[str]]


def _shapes() -> dict[str, Shape]:
    """Date lines in the shapes the issue lists (used for tuning and blind documents)."""

    def name(rng: random.Random) -> str:
        return rng.choice(NAMES)

    def wday_time(d: datetime.date, rng: random.Random) -> list[str]:
        h, m = clock(rng)
        return [f"{d:%A}, {month(d)} {d.day}, {d.year} {twelve(h, m, '{h}:{m:02d}{ap}')}"]

    def ordinal_abbr(d: datetime.date, rng: random.Random) -> list[str]:
        return [f"{abbr(d)} {ordinal(d.day)} {d.year}"]

    def caps_byline(d: datetime.date, rng: random.Random) -> list[str]:
        return [f"By {name(rng).upper()} {abbr(d).upper()}. {d.day}, {d.year}"]

    def dotted(d: datetime.date, rng: random.Random) -> list[str]:
        return [f"{d:%m.%d.%y}"]

    def posted_slashed(d: datetime.date, rng: random.Random) -> list[str]:
        return [f"Posted on {d.month}/{d.day:02d}/{d:%y}"]

    def online_modified(d: datetime.date, rng: random.Random) -> list[str]:
        later = d + datetime.timedelta(days=rng.randrange(1, 4))
        return [
            f"Online: {abbr(d)} {d.day}, {d.year}",
            f"Last Modified: {abbr(later)} {later.day}, {later.year}",
        ]

    def published_time_first(d: datetime.date, rng: random.Random) -> list[str]:
        h, m = clock(rng)
        return [
            f"Published {twelve(h, m)} {rng.choice(ZONES)}, {d:%a} {month(d)} {d.day}, {d.year}"
        ]

    def byline_pipe(d: datetime.date, rng: random.Random) -> list[str]:
        return [f"By {name(rng)} | {month(d)} {d.day}, {d.year}"]

    def slash_name_time(d: datetime.date, rng: random.Random) -> list[str]:
        h, m = clock(rng)
        when = twelve(h, m, "{h}:{m:02d} {ap_lower}")
        return [f"/ {name(rng)} / {when} {d:%a} {abbr(d)} {d.day}, {d.year}"]

    def dmy_gmt(d: datetime.date, rng: random.Random) -> list[str]:
        h, m = clock(rng)
        return [f"{d.day} {month(d)} {d.year} {h:02d}:{m:02d} GMT"]

    def iso(d: datetime.date, rng: random.Random) -> list[str]:
        return [d.isoformat()]

    def updated_then_published(d: datetime.date, rng: random.Random) -> list[str]:
        later = d + datetime.timedelta(days=1)
        h, m = clock(rng)
        return [
            f"Updated: {abbr(later)} {later.day}, {later.year} {twelve(h, m)}",
            f"Published: {abbr(d)} {d.day}, {d.year}",
        ]

    def wikinews(d: datetime.date, rng: random.Random) -> list[str]:
        return [f"{d:%A}, {month(d)} {d.day}, {d.year}"]

    return {
        "wikinews": wikinews,
        "weekday-time": wday_time,
        "ordinal-abbreviated": ordinal_abbr,
        "capitals-byline": caps_byline,
        "dotted-two-digit-year": dotted,
        "posted-slashed-two-digit-year": posted_slashed,
        "online-and-last-modified": online_modified,
        "published-time-first": published_time_first,
        "byline-pipe": byline_pipe,
        "slash-name-time": slash_name_time,
        "dmy-time-gmt": dmy_gmt,
        "iso-alone": iso,
        "updated-then-published": updated_then_published,
    }


def _blind_shapes() -> dict[str, Shape]:
    """Other shapes real sites print, none of them in the issue: used for blind documents only."""

    def guardian(d: datetime.date, rng: random.Random) -> list[str]:
        h, m = clock(rng)
        return [f"{d:%a} {d.day} {abbr(d)} {d.year} {h:02d}.{m:02d} GMT"]

    def agency(d: datetime.date, rng: random.Random) -> list[str]:
        h, m = clock(rng)
        return [
            f"{month(d)} {d.day}, {d.year} / {twelve(h, m)} / "
            f"Updated {rng.randrange(2, 9)} hours ago"
        ]

    def tabloid(d: datetime.date, rng: random.Random) -> list[str]:
        h, m = clock(rng)
        later = d + datetime.timedelta(days=1)
        return [
            f"Published: {h:02d}:{m:02d} EST, {d.day} {month(d)} {d.year} | "
            f"Updated: {h:02d}:{m:02d} EST, {later.day} {month(later)} {later.year}"
        ]

    def broadcaster(d: datetime.date, rng: random.Random) -> list[str]:
        h, m = clock(rng)
        return [
            f"Posted: {abbr(d)} {d.day:02d}, {d.year} {twelve(h, m)} ET | "
            f"Last Updated: {month(d)} {d.day}"
        ]

    def european(d: datetime.date, rng: random.Random) -> list[str]:
        h, m = clock(rng)
        return [f"{d:%d.%m.%Y} {h:02d}:{m:02d}"]

    def british_ordinal(d: datetime.date, rng: random.Random) -> list[str]:
        return [f"{ordinal(d.day)} {month(d)} {d.year}"]

    def ap_at(d: datetime.date, rng: random.Random) -> list[str]:
        h, m = clock(rng)
        ap = "a.m." if h < 12 else "p.m."
        return [f"{abbr(d)}. {d.day}, {d.year}, at {(h % 12) or 12}:{m:02d} {ap}"]

    def timestamp(d: datetime.date, rng: random.Random) -> list[str]:
        h, m = clock(rng)
        return [f"{d.isoformat()} {h:02d}:{m:02d}:00 UTC"]

    def weekday_dmy(d: datetime.date, rng: random.Random) -> list[str]:
        return [f"{d:%A} {d.day} {month(d)} {d.year}"]

    return {
        "guardian-style": guardian,
        "agency-updated-hours-ago": agency,
        "published-updated-one-line": tabloid,
        "posted-last-updated-no-year": broadcaster,
        "european-numeric": european,
        "british-ordinal": british_ordinal,
        "ap-at-time": ap_at,
        "timestamp": timestamp,
        "weekday-dmy": weekday_dmy,
    }


# What stands in for the date line of an undated page.
def _undated_lines(rng: random.Random, d: datetime.date) -> dict[str, list[str]]:
    h, m = clock(rng)
    return {
        "no-date": [],
        "time-only": [f"Updated: {twelve(h, m)} {rng.choice(['CDT', 'EST', 'GMT'])}"],
        "hours-ago": [f"{rng.randrange(2, 12)} hours ago"],
        "month-day-no-year": [f"{abbr(d)} {d.day}"],
        "byline-only": [f"By {rng.choice(NAMES)}"],
    }


PLACES = ["title", "byline", "credit", "chrome", "dek"]


def render(
    article: Article,
    date_lines: list[str],
    place: str,
    rng: random.Random,
    stories: list[tuple[str, datetime.date]],
    related_where: str,
    dated: bool,
) -> Page:
    """Render one page: furniture, header with its date lines, body, furniture."""
    page = Page()
    related = _related(rng, stories, article)
    if place == "chrome" or related_where == "before":
        for line in TOP + SECTIONS + [""]:
            page.add(line)
    if related_where == "before":
        _add_related(page, related, rng)
    page.add(article.title, content=True)
    page.add("From Wikinews, the free news source you can write!")
    page.add("")
    if place == "byline":
        page.add(f"By {rng.choice(NAMES)}", content=True)
    if place == "credit":
        page.add("File photo. Image: Wikimedia Commons.")
    if place == "dek":
        page.add(article.paragraphs[0], content=True)
        page.add("")
    for line in date_lines:
        page.add(line, content=True, date=dated)
    page.add("")
    for paragraph in article.paragraphs[1 if place == "dek" else 0 :]:
        page.add(paragraph, content=True)
        page.add("")
    page.add("Have an opinion on this story? Share it!")
    page.add("")
    if related_where == "after":
        _add_related(page, related, rng)
    for line in TOOLS:
        page.add(line)
    page.add("")
    if dated:
        edited = article.date + datetime.timedelta(days=rng.randrange(20, 400))
        h, m = clock(rng)
        page.add(
            f"This page was last edited on {edited.day} {month(edited)} {edited.year}, "
            f"at {h:02d}:{m:02d}."
        )
    for line in FOOTER:
        page.add(line)
    return page


def _related(
    rng: random.Random, stories: list[tuple[str, datetime.date]], article: Article
) -> list[tuple[str, datetime.date]]:
    others = [s for s in stories if s[0] != article.title]
    return rng.sample(others, 4)


def _add_related(page: Page, related: list[tuple[str, datetime.date]], rng: random.Random) -> None:
    """Other stories with their own dates, in one of the list shapes sites use."""
    style = rng.choice(["title-date", "date-title", "author-bullet-date"])
    page.add("Related news")
    page.add("")
    for title, d in related:
        if style == "title-date":
            page.add(title)
            page.add(f"{abbr(d)} {d.day}, {d.year}")
        elif style == "date-title":
            page.add(f"{month(d)} {d.day}, {d.year}")
            page.add(title)
        else:
            page.add(title)
            page.add(f"{rng.choice(NAMES)} • {month(d)} {d.day}, {d.year}")
        page.add("")


def plan(articles: list[Article]) -> list[tuple[str, Article, str, str, str, bool, bool]]:
    """(name, article, shape, place, related, dated, blind) for every document, seeded."""
    rng = random.Random(SEED)
    rng.shuffle(articles)
    shapes, blind_shapes = list(_shapes()), list(_blind_shapes())
    undated = list(_undated_lines(rng, datetime.date(2020, 1, 1)))
    out = []
    groups = [
        ("t", 40, shapes, False, False),  # tuning, dated
        ("t", 16, undated, False, True),  # tuning, undated
        ("b", 14, shapes, True, False),  # blind, dated, the shapes
        ("b", 12, blind_shapes, True, False),  # blind, dated, other shapes
        ("b", 12, undated, True, True),  # blind, undated
    ]
    index = 0
    for prefix, count, kinds, blind, is_undated in groups:
        for k in range(count):
            article = articles[index]
            index += 1
            shape = kinds[k % len(kinds)]
            place = PLACES[rng.randrange(len(PLACES))]
            related = rng.choice(["none", "before", "after", "after"])
            tag = "u" if is_undated else "d"
            name = (
                f"{prefix}{tag}{len([o for o in out if o[0][:2] == prefix + tag]) + 1:02d}_{shape}"
            )
            out.append((name, article, shape, place, related, not is_undated, blind))
    return out


def build(corpus: Path) -> None:
    articles, stories = read(corpus)
    shapes = {**_shapes(), **_blind_shapes()}
    OUT.mkdir(exist_ok=True)
    layout = {}
    for name, article, shape, place, related, dated, blind in plan(articles):
        rng = random.Random(f"{SEED}-{name}")
        if dated:
            lines = shapes[shape](article.date, rng)
        else:
            lines = _undated_lines(rng, article.date)[shape]
        page = render(article, lines, place, rng, stories, related, dated)
        (OUT / f"{name}.txt").write_text("\n".join(page.lines) + "\n", encoding="utf-8")
        layout[f"{name}.txt"] = {
            "source": f"wikinews/{article.name}.txt",
            "date": article.date.isoformat() if dated else None,
            "date_lines": page.date_lines,
            "content": page.content,
            "shape": shape,
            "place": place,
            "related": related,
            "blind": blind,
        }
    (HERE / "layout.json").write_text(json.dumps(layout, indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    build(Path(sys.argv[1]))
