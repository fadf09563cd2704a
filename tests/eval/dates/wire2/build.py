"""Build the second blind set of scraped pages and wire copy from ../shared/corpus (committed).

Round 2 of ../wire/build.py, built after the rules were tuned on the first round and
scored once: a new seed, the Wikinews articles no other dates set uses, and pieces the
tuning part never shows:

- labels ("Date published:", "Originally published", "Story date:", "Posted at", …);
- places: under a kicker (a section label above the title), under a two-line byline
  (name, then role), or at the end of the article ("This story was published …");
- time styles: "14.05", ISO stamps "2019-01-12T14:05:00Z", "2pm", seconds "14:05:33";
- day-first sites: a third of the pages write every numeric date day first (slashes,
  dots or dashes), in their header, their lists of other stories and their comments.

The chrome, wire headers, lists and comments are those of round 1. All pages are blind.

    python tests/eval/dates/wire2/build.py /path/to/shared/corpus
"""

from __future__ import annotations

import datetime
import json
import random
import sys
from pathlib import Path

# NOTE: run as a script, the checkout's packages must be importable.
sys.path.insert(0, str(Path(__file__).resolve().parents[4]))
from tests.eval.dates.pages.build import Article, Page, ordinal
from tests.eval.dates.wire import build as round1

HERE = Path(__file__).parent
OUT = HERE / "docs"
SEED = 20261203_2
DATED = 36
UNDATED = 11

LABELS = [
    "",
    "",
    "Published",
    "Date published:",
    "Originally published",
    "Story date:",
    "Posted at",
    "Published online",
    "Issued",
    "Release date:",
]
UPDATED = ["Updated", "Last updated:", "Updated on", "Revised", "Latest update:"]
ROLES = ["Staff reporter", "Political correspondent", "Science editor", "News desk"]
KICKERS = ["WORLD", "POLITICS", "Breaking news", "Exclusive", "Analysis", "SCIENCE & TECH"]


def used() -> set[str]:
    """Corpus files the other dates sets use: round 1's and those it avoids."""
    layout = json.loads((HERE.parent / "wire" / "layout.json").read_text("utf-8"))
    return round1.used(HERE.parent) | {v["source"] for v in layout.values()}


def clock(rng: random.Random) -> str:
    h, m, s = rng.randrange(0, 24), rng.randrange(0, 60), rng.randrange(0, 60)
    ap = "am" if h < 12 else "pm"
    return rng.choice(
        [
            "",
            "",
            f"{h:02d}.{m:02d}",
            f"{h:02d}:{m:02d}:{s:02d}",
            f"{(h % 12) or 12}{ap}",
            f"{(h % 12) or 12}:{m:02d} {ap.upper()} {rng.choice(round1.ZONES)}",
        ]
    )


def numeric(d: datetime.date, rng: random.Random, dayfirst: bool) -> str:
    if dayfirst:
        return rng.choice([f"{d:%d/%m/%Y}", f"{d.day}.{d.month}.{d.year}", f"{d:%d-%m-%Y}"])
    return rng.choice([f"{d.month}/{d.day}/{d.year}", f"{d:%m/%d/%Y}", f"{d:%m/%d/%y}"])


def spelled(d: datetime.date, rng: random.Random, dayfirst: bool) -> str:
    """A date in one spelling; a day-first site writes numeric dates day first."""
    kind = rng.choice(["words", "words", "numeric", "numeric", "iso"])
    if kind == "numeric":
        return numeric(d, rng, dayfirst)
    if kind == "iso":
        return rng.choice([d.isoformat(), f"{d.isoformat()}T{rng.randrange(24):02d}:05:00Z"])
    month = rng.choice([f"{d:%B}", f"{d:%b}", f"{d:%b}.", f"{d:%B}".upper()])
    day = ordinal(d.day) if rng.random() < 0.2 else str(d.day)
    weekday = rng.choice(["", "", f"{d:%A} ", f"{d:%a}, "])
    if dayfirst or rng.random() < 0.3:
        return f"{weekday}{day} {month} {d.year}"
    return f"{weekday}{month} {day}, {d.year}"


def header(d: datetime.date, rng: random.Random, dayfirst: bool) -> list[str]:
    when = spelled(d, rng, dayfirst)
    time = clock(rng)
    if time:
        when = rng.choice([f"{when} {time}", f"{time} {when}", f"{when} - {time}"])
    text = f"{rng.choice(LABELS)} {when}".strip()
    if rng.random() < 0.4:
        name = rng.choice(round1.NAMES)
        text = rng.choice([f"By {name} · {text}", f"{text} — {name}", f"{name} / {text}"])
    out = [text]
    if rng.random() < 0.3:
        later = d + datetime.timedelta(days=rng.randrange(0, 4))
        out.append(f"{rng.choice(UPDATED)} {spelled(later, rng, dayfirst)}")
    return out


def stories(
    rng: random.Random, titles: list[tuple[str, datetime.date]], dayfirst: bool
) -> list[str]:
    lines = [rng.choice(["Most popular", "More from this section", "Latest"]), ""]
    for title, day in rng.sample(titles, 4):
        lines += [title, spelled(day, rng, dayfirst), ""]
    return lines


def comments(rng: random.Random, d: datetime.date, dayfirst: bool) -> list[str]:
    lines = ["Comments", ""]
    for _ in range(rng.randrange(2, 4)):
        later = d + datetime.timedelta(days=rng.randrange(0, 20))
        lines += [f"{rng.choice(round1.NAMES)} said on {spelled(later, rng, dayfirst)}:"]
        lines += [rng.choice(["Thanks for this.", "Not convinced.", "Good summary."]), ""]
    return lines


def render(
    article: Article,
    dates: list[str],
    rng: random.Random,
    titles: list[tuple[str, datetime.date]],
    shape: dict[str, str],
    dayfirst: bool,
) -> Page:
    page, dated = Page(), bool(dates) and shape["dated"] == "yes"
    for line in round1.chrome(rng, titles) if shape["top"] == "chrome" else round1.wire_header(rng):
        page.add(line)
    if shape["related"] == "before":
        for line in stories(rng, titles, dayfirst):
            page.add(line)
    place = shape["place"]
    if place == "kicker":
        page.add(rng.choice(KICKERS))
    page.add(article.title, content=True)
    if place == "two-line-byline":
        page.add(f"By {rng.choice(round1.NAMES)}", content=True)
        page.add(rng.choice(ROLES), content=True)
    if place != "end":
        for line in dates:
            page.add(line, content=True, date=dated)
    page.add("")
    for paragraph in article.paragraphs:
        page.add(paragraph, content=True)
        page.add("")
    if place == "end" and dates:
        lead = rng.choice(["This story was published on", "First published", "Published:"])
        page.add(f"{lead} {spelled(article.date, rng, dayfirst)}", content=True, date=dated)
        page.add("")
    if shape["related"] == "after":
        for line in stories(rng, titles, dayfirst):
            page.add(line)
    if shape["comments"] == "yes":
        for line in comments(rng, article.date, dayfirst):
            page.add(line)
    for line in rng.sample(round1.FOOT, rng.randrange(3, 7)):
        page.add(line)
    return page


def build(corpus: Path) -> None:
    articles, titles = round1.read(corpus)
    taken = used()
    articles = [a for a in articles if f"wikinews/{a.name}.txt" not in taken]
    rng = random.Random(SEED)
    rng.shuffle(articles)
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.txt"):
        old.unlink()
    plan = [(f"bd{k + 1:02d}", articles[k], True) for k in range(DATED)]
    plan += [(f"bu{k + 1:02d}", articles[k], False) for k in range(UNDATED)]
    layout: dict[str, dict[str, object]] = {}
    for name, article, dated in plan:
        doc_rng = random.Random(f"{SEED}-{name}")
        dayfirst = doc_rng.random() < 1 / 3
        shape = {
            "top": doc_rng.choice(["chrome", "chrome", "wire"]),
            "place": doc_rng.choice(["title", "kicker", "two-line-byline", "end"]),
            "related": doc_rng.choice(["none", "before", "after"]),
            "comments": doc_rng.choice(["no", "yes"]),
            "dated": "yes" if dated else "no",
            "dayfirst": "yes" if dayfirst else "no",
        }
        if dated:
            dates = header(article.date, doc_rng, dayfirst)
        else:
            dates = round1.undated_line(doc_rng, article.date)
            shape["place"] = "title" if shape["place"] == "end" else shape["place"]
        page = render(article, dates, doc_rng, titles, shape, dayfirst)
        layout[f"{name}.txt"] = round1.write_page(
            OUT / f"{name}.txt", article, page, dated, True, shape
        )
    (HERE / "layout.json").write_text(json.dumps(layout, indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    build(Path(sys.argv[1]))
