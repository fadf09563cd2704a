"""Build round 4 of the wire set: agency copy pasted from web pages, with their chrome.

    python tests/eval/dates/wire4/build.py RAW_FOLDER OUT_FOLDER
    python tests/eval/dates/wire4/build.py --stress N RAW_FOLDER OUT_FOLDER

RAW_FOLDER holds stories transcribed in wire3's record format (see wire3/build.py); their
licence allows research use only, so neither they nor the built documents are kept in this
repository. Every story is rendered once dated, some a second time dated and some undated
(the date dropped, so the dateline's month-day has no year), as in wire3.

A document is either one of wire3's renderings (the header fields pasted above the
headline), drawn at random, or a **web page** as a scraper saves it, with pieces wire3 never
shows: "Skip to content", a navigation menu (one item a line or on one line), a cookie
notice, sign-in and share lines above the story; the date in a web shape ("By NAME | Feb 26,
1987 3:01 PM", "/ NAME / 3:01 pm Thu Feb 26, 1987", "Published 3:01 PM EST, Thu Feb 26,
1987", "Feb 26th 1987", "Online: ...", two-digit years "2/26/87", an ISO date on its own
line), under the headline, after the byline, above the headline, or only in a "Posted on"
line after the body; a "Last Modified:" or "Updated" date beside the published one (later,
before or after it); and below the story a tag line, a "More stories" list of other
stories with their own dates (days before and after), a cookie notice, a copyright line.
An undated page has the same chrome, related list included, and may show a bare
"Updated: 3:01 PM EST" stamp (neutral: a time with no day).

Writes OUT_FOLDER/docs/*.txt and OUT_FOLDER/layout.json in wire3's layout (story, true date
or null, blind or not, relative and neutral lines), so wire3's scorer reads it. The blind
share is 40% of the stories, drawn once with this builder's seed. `--stress N` renders the
tuning stories only as web pages, N times dated and once undated, with seeds the set does
not use (the set itself builds byte-identical).
"""

from __future__ import annotations

import datetime
import random
import sys
from collections.abc import Callable
from pathlib import Path

# NOTE: run as a script, the checkout's `tests` package must be importable.
sys.path.insert(0, str(Path(__file__).resolve().parents[4]))
from tests.eval.dates.wire3.build import (
    SECTIONS,
    Document,
    Story,
    body_lines,
    cli,
    doc_name,
    locate,
    parse,
    plan_set,
    render,
    write_set,
    write_split,
    write_stress,
)

SEED = 20261205
SECOND_DATED = 40
UNDATED = 40
BLIND = 0.4
WIRE3_SHARE = 0.3
NAV = ["Home", "World", "Business", "Markets", "Politics", "Tech", "Sports", "Opinion", "Video"]
SKIP = ["Skip to content", "Skip to main content", "Skip to navigation", "Jump to main content"]
COOKIES = [
    "We use cookies to give you the best experience on our site.",
    "This site uses cookies. By continuing to browse you agree to our use of cookies.",
    "Cookie settings",
]
ACCOUNT = ["Sign In", "Subscribe", "Register", "Log in | Sign up", "Newsletters", "Search"]
SHARE = ["Share", "Share this article", "Facebook Twitter Email", "Print", "Tweet | Share"]
RELATED = ["More stories", "Related Coverage", "Most Read", "You may also like", "Read more"]
STAFF = ["Reuters Staff", "Reuters", "By Reuters", "Staff Reporter"]


def _clock(when: datetime.datetime, rnd: random.Random) -> str:
    """A 12-hour clock in the spellings pages use: '3:01 PM', '3:01 pm', '3:01PM', '3:01 p.m.'."""
    hour = when.hour % 12 or 12
    half = "AM" if when.hour < 12 else "PM"
    return rnd.choice(
        [
            f"{hour}:{when:%M} {half}",
            f"{hour}:{when:%M} {half.lower()}",
            f"{hour}:{when:%M}{half}",
            f"{hour}:{when:%M} {half[0].lower()}.m.",
        ]
    )


def _ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _who(story: Story, rnd: random.Random) -> str:
    """The byline's name: the story's own, without its 'By', or the agency's staff line."""
    own = story.fields.get("A", "").strip()
    if own and rnd.random() < 0.6:
        return own.removeprefix("By ").removeprefix("by ").split(",")[0].strip()
    return rnd.choice(STAFF).removeprefix("By ")


def web_stamp(story: Story, rnd: random.Random) -> str:
    """The published date in one of the shapes web pages print under a headline."""
    w = story.when
    t = story.has_time and rnd.random() < 0.75
    clock = f" {_clock(w, rnd)}" if t else ""
    zone = rnd.choice([" EST", " ET", " GMT", ""]) if t else ""
    who = _who(story, rnd)
    shapes = [
        lambda: f"By {who} | {w:%b} {w.day}, {w.year}{clock}{zone}",
        lambda: f"{who} | {w:%B} {w.day}, {w.year}",
        lambda: f"Published{clock}{zone}{',' if t else ''} {w:%a %b} {w.day}, {w.year}",
        lambda: f"/ {who} /{clock.lower()} {w:%a %b} {w.day}, {w.year}",
        lambda: f"{w:%A}, {w:%B} {w.day}, {w.year}{clock}",
        lambda: f"{w:%b} {_ordinal(w.day)} {w.year}",
        lambda: f"Online: {w:%b} {w.day}, {w.year}",
        lambda: f"{w.day} {w:%B} {w.year}" + (f" {w:%H:%M} GMT" if t else ""),
        lambda: w.date().isoformat(),
        lambda: f"{w.month}/{w.day}/{w:%y}" + (f" {_clock(w, rnd)}" if t else ""),
        lambda: f"{w:%b}. {w.day}, {w.year}{clock}",
        lambda: f"Posted: {w:%B} {w.day}, {w.year}{clock}",
    ]
    return rnd.choice(shapes)()


def modified(when: datetime.datetime, rnd: random.Random) -> str:
    """An 'updated' stamp a day or a few hours after the published one."""
    later = when + datetime.timedelta(hours=rnd.choice([3, 20, 26, 49]))
    label = rnd.choice(["Last Modified: ", "Updated: ", "Updated ", "Last updated "])
    return f"{label}{later:%b} {later.day}, {later.year} {_clock(later, rnd)}"


def chrome_top(rnd: random.Random) -> list[str]:
    """What a scraper saves above the story: skip link, menu, account and cookie lines."""
    out: list[str] = []
    if rnd.random() < 0.6:
        out.append(rnd.choice(SKIP))
    menu = rnd.sample(NAV + SECTIONS, rnd.randint(4, 14))
    out += menu if rnd.random() < 0.6 else [rnd.choice([" | ", "  ", " · "]).join(menu)]
    if rnd.random() < 0.5:
        out += rnd.sample(ACCOUNT, rnd.randint(1, 3))
    if rnd.random() < 0.4:
        out += [rnd.choice(COOKIES), rnd.choice(["Accept", "Accept all cookies", "OK"])]
    return out


def related(story: Story, others: list[Story], rnd: random.Random) -> list[str]:
    """A 'More stories' list: other stories' headlines, each with a date days away."""
    out = ["", rnd.choice(RELATED)]
    style = rnd.randrange(3)
    for other in rnd.sample(others, rnd.randint(2, 5)):
        when = story.when + datetime.timedelta(days=rnd.choice([-9, -5, -3, -2, -1, 1, 2, 4]))
        title = other.fields["H"].strip().title()
        stamp = rnd.choice([f"{when:%b} {when.day}, {when.year}", f"{when:%d %b %Y}"])
        out += [[f"{title} - {stamp}"], [f"{stamp} · {title}"], [title, stamp]][style]
    return out


def chrome_bottom(story: Story, others: list[Story], rnd: random.Random) -> list[str]:
    """What follows the story on a saved page: tags, share line, related list, footer."""
    out: list[str] = []
    if rnd.random() < 0.4:
        tags = " ".join(story.fields.get("T", "").split() or ["business"])
        out += ["", f"Tags: {tags}"]
    if rnd.random() < 0.4:
        out.append(rnd.choice(SHARE))
    if rnd.random() < 0.5:
        out += related(story, others, rnd)
    if rnd.random() < 0.3:
        out += ["", rnd.choice(COOKIES)]
    if rnd.random() < 0.5:
        year = f" {story.when.year}" if rnd.random() < 0.3 else ""
        out += ["", rnd.choice([f"©{year} Reuters. All rights reserved.", "All rights reserved."])]
    return out


def render_web(
    story: Story, dated: bool, rnd: random.Random, others: list[Story]
) -> tuple[list[str], set[int], int]:
    """A web page: its lines, the neutral lines (0-based) and where the story's body ends."""
    lines = chrome_top(rnd) if rnd.random() < 0.85 else []
    neutral: set[int] = set()
    if rnd.random() < 0.3:
        lines.append(rnd.choice([" > ", " / ", " | "]).join(rnd.sample(SECTIONS, 2)))
    where = rnd.choice(["title", "title", "byline", "top", "footer"]) if dated else "none"
    stamp = web_stamp(story, rnd) if dated else ""
    stamps = [stamp]
    if dated and rnd.random() < 0.3:
        stamps.insert(rnd.randrange(2), modified(story.when, rnd))
    if where == "top":
        lines += stamps
    title = story.fields["H"].strip()
    lines += ["", rnd.choice([title, title.title(), title.capitalize()])]
    if where == "title":
        lines += stamps
    if rnd.random() < 0.7 and not stamp.startswith(("By ", "/ ")):
        lines.append(f"By {_who(story, rnd)}")
    if where == "byline":
        lines += stamps
    if not dated and rnd.random() < 0.25:
        neutral.add(len(lines))
        lines.append(f"Updated: {_clock(story.when, rnd)} {rnd.choice(['EST', 'ET', 'GMT'])}")
    if rnd.random() < 0.3:
        lines.append(rnd.choice(SHARE))
    lines.append("")
    dateline = story.fields["L"].strip()
    own_line = rnd.random() < 0.25
    if own_line:
        lines.append(dateline)
    lines += body_lines(story, rnd, None if own_line else dateline)
    if lines[-1].strip().upper() in {"REUTER", "MORE"} and rnd.random() < 0.6:
        lines.pop()
    end = len(lines)
    if where == "footer":
        label = rnd.choice(["Posted on ", "Posted ", "Filed on ", "This story was published "])
        labelled = stamp.startswith(("Published", "Posted", "Online", "By ", "/ "))
        lines += ["", stamp if labelled else label + stamp]
    return lines + chrome_bottom(story, others, rnd), neutral, end


def entry(
    story: Story, dated: bool, is_blind: bool, lines: list[str], neutral: set[int], end: int
) -> dict[str, object]:
    """A document's layout, its labelled lines looked for in the story only (not in the
    related list below it)."""
    info: dict[str, object] = {"story": story.ident, "blind": is_blind}
    info["date"] = story.when.date().isoformat() if dated else None
    if not dated:
        body = lines[:end]
        line = next(n for n, text in enumerate(body, 1) if story.fields["L"].strip() in text)
        info["relative"] = sorted({line, *locate(body, story.relative, story.ident)})
        info["neutral"] = sorted(
            {n + 1 for n in neutral} | set(locate(body, story.neutral, story.ident))
        )
    return info


# How one document is rendered: from its story, whether dated, its random source and the
# other stories, the story as labelled (with any lines the rendering adds), the lines, the
# neutral lines and where the story ends.
Rendered = tuple[Story, list[str], set[int], int]
Choose = Callable[[Story, bool, random.Random, list[Story]], Rendered]


def build_set(
    stories: list[Story], out: Path, seed: int, counts: tuple[int, int], choose: Choose
) -> dict[str, dict[str, object]]:
    """Render the documents `plan_set` draws (`counts`: dated twice, undated), each by
    `choose` with a random source of its own, and write them, their layout and the split."""
    hidden, plan = plan_set(stories, seed, *counts)

    def document(story: Story, dated: bool, take: int) -> Document:
        rnd = random.Random(f"{seed}-{story.ident}-{take}")
        others = [s for s in stories if s.ident != story.ident]
        labelled, lines, neutral, end = choose(story, dated, rnd, others)
        is_blind = story.ident in hidden
        name = doc_name("b" if is_blind else "t", dated, story.ident, take)
        return name, lines, entry(labelled, dated, is_blind, lines, neutral, end)

    layout = write_set(out, (document(*item) for item in plan))
    write_split(out, hidden)
    return layout


def stress_set(
    stories: list[Story], out: Path, seed: int, prefix: str, takes: int, choose: Choose
) -> dict[str, dict[str, object]]:
    """Stress pages of the tuning stories (`write_stress`), each rendered by `choose` with
    a random source seeded by `prefix`, which the set itself never uses."""

    def page(story: Story, dated: bool, take: int) -> tuple[list[str], dict[str, object]]:
        rnd = random.Random(f"{prefix}-{story.ident}-{take}")
        others = [s for s in stories if s.ident != story.ident]
        labelled, lines, neutral, end = choose(story, dated, rnd, others)
        return lines, entry(labelled, dated, False, lines, neutral, end)

    return write_stress(out, stories, seed, takes, page)


def web(story: Story, dated: bool, rnd: random.Random, others: list[Story]) -> Rendered:
    """A web page of this round."""
    return story, *render_web(story, dated, rnd, others)


def wire3_page(story: Story, dated: bool, rnd: random.Random, others: list[Story]) -> Rendered:
    """A page in wire3's renderings (the story ends where the page does)."""
    lines, neutral = render(story, dated, rnd)
    return story, lines, neutral, len(lines)


def _either(story: Story, dated: bool, rnd: random.Random, others: list[Story]) -> Rendered:
    if rnd.random() < WIRE3_SHARE:
        return wire3_page(story, dated, rnd, others)
    return web(story, dated, rnd, others)


def build(raw: Path, out: Path) -> dict[str, dict[str, object]]:
    """Render every document and return the layout."""
    return build_set(parse(raw), out, SEED, (SECOND_DATED, UNDATED), _either)


def stress(raw: Path, out: Path, takes: int) -> dict[str, dict[str, object]]:
    """Render the tuning stories only, `takes` more times dated and once undated, with seeds
    the set does not use: pages to look for failures on without touching the blind part."""
    return stress_set(parse(raw), out, SEED, "stress4", takes, web)


if __name__ == "__main__":
    cli(build, stress)
