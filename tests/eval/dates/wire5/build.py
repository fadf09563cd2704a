"""Build round 5 of the wire set: agency copy in renderings rounds 3 and 4 never showed.

    python tests/eval/dates/wire5/build.py RAW_FOLDER OUT_FOLDER
    python tests/eval/dates/wire5/build.py --stress N RAW_FOLDER OUT_FOLDER

RAW_FOLDER holds stories transcribed in wire3's record format (see wire3/build.py); their
licence allows research use only, so neither they nor the built documents are kept in this
repository. Every story is rendered once dated, some a second time dated and some undated
(the date dropped, so the dateline's month-day has no year), as in wire3 and wire4.

Half the documents, at random, take one of the earlier rounds' renderings (wire3's header
fields or wire4's web page), to see whether those hold on new stories. The other half are
rendered with pieces neither round shows, chosen from what saved pages and archives do:

- the date only in a URL or breadcrumb line ("news/1987/03/12/slug", "Home > 1987 > March");
- the date on a second byline line, under the author ("By NAME" / "Business desk, 12 March
  1987");
- day-first and Guardian-style stamps ("12 March 1987", "Thu 12 Mar 1987 09.41 GMT"), "March
  12, 1987 at 9:41 a.m.";
- a dateline that carries the year ("LONDON, March 12, 1987 -") as the only date;
- a printed page: a running head ("Page 2 of 3 ... 3/12/87") and a footer with the URL;
- an "Updated" line as the only stamp (later the same day);
- a feed dump with "pubDate:" or "dc:date" lines;
- a "Related" box ABOVE the story, other stories with their own dates;
- comments below the story, with their own dates and "2 days ago" stamps (neutral lines on
  an undated page).

Undated pages carry the same pieces without the story's own date. `--stress N RAW OUT`
renders the tuning stories only, in the new renderings, N times dated and once undated.
Writes OUT_FOLDER/docs,
OUT_FOLDER/layout.json (wire3's layout, so wire3's scorer reads it) and OUT_FOLDER/SPLIT.txt
(the blind stories, 40% of them, drawn once with this builder's seed).
"""

from __future__ import annotations

import datetime
import random
import re
import sys
from pathlib import Path

# NOTE: run as a script, the checkout's `tests` package must be importable.
sys.path.insert(0, str(Path(__file__).resolve().parents[4]))
from tests.eval.dates.wire3.build import (
    Story,
    body_lines,
    cli,
    parse,
)
from tests.eval.dates.wire4.build import (
    Rendered,
    _who,
    build_set,
    chrome_bottom,
    chrome_top,
    stress_set,
    web,
    wire3_page,
)

SEED = 20261206
SECOND_DATED = 40
UNDATED = 40
BLIND = 0.4
OLD_SHARE = 0.5
SITES = ["newswire-archive.example", "www.dailyledger.example", "markets.example.net"]
DESKS = ["Business desk", "Markets correspondent", "Staff writer", "Reuters correspondent"]
COMMENTERS = ["jmiller", "trader_88", "Pat K.", "anon", "R. Osei", "bluechip"]
COMMENTS = ["Interesting move.", "Saw this coming.", "Good summary, thanks.", "Not convinced."]
WHERE = ["url", "byline2", "title", "dateline", "print", "updated", "feed"]


def _clock(when: datetime.datetime, rnd: random.Random) -> str:
    """A 12-hour clock as US papers print it: '9:41 a.m.', '9:41 AM', '9:41am'."""
    hour = when.hour % 12 or 12
    half = "a.m." if when.hour < 12 else "p.m."
    return rnd.choice(
        [
            f"{hour}:{when:%M} {half}",
            f"{hour}:{when:%M} {half.replace('.', '').upper()}",
            f"{hour}:{when:%M}{half.replace('.', '')}",
        ]
    )


def new_stamp(story: Story, rnd: random.Random) -> str:
    """The published date in a shape rounds 3 and 4 never print."""
    w = story.when
    t = story.has_time
    shapes = [
        lambda: f"{w.day} {w:%B} {w.year}",
        lambda: f"{w:%A} {w.day} {w:%B} {w.year}",
        lambda: f"{w:%a} {w.day} {w:%b} {w.year}" + (f" {w:%H.%M} GMT" if t else ""),
        lambda: f"{w:%B} {w.day}, {w.year}" + (f" at {_clock(w, rnd)}" if t else ""),
        lambda: f"{w:%b} {w.day}, {w.year}" + (f" / {_clock(w, rnd)} ET" if t else ""),
        lambda: f"{w.day} {w:%b} {w.year}" + (f", {w:%H:%M}" if t else ""),
    ]
    return rnd.choice(shapes)()


def slug(story: Story) -> str:
    """The headline as a URL slug."""
    return re.sub(r"[^a-z0-9]+", "-", story.fields["H"].lower()).strip("-")[:60]


def url_line(story: Story, dated: bool, rnd: random.Random) -> str:
    """A URL or breadcrumb line; only a dated page's carries the date."""
    w = story.when
    section = rnd.choice(["business", "markets", "news", "world"])
    if not dated:
        return rnd.choice(
            [
                f"https://{rnd.choice(SITES)}/{section}/{slug(story)}",
                f"Home > {section.title()} > {story.fields['H'].strip().title()[:40]}",
            ]
        )
    return rnd.choice(
        [
            f"https://{rnd.choice(SITES)}/{section}/{w:%Y/%m/%d}/{slug(story)}",
            f"{section}/{w:%Y/%m/%d}/{slug(story)}",
            f"Home > {section.title()} > {w.year} > {w:%B} > {w.day}",
        ]
    )


def related_above(story: Story, others: list[Story], rnd: random.Random) -> list[str]:
    """A 'Related' box above the story: other headlines with dates days away."""
    out = [rnd.choice(["Related", "Related stories", "In this section", "Latest"])]
    for other in rnd.sample(others, rnd.randint(2, 4)):
        when = story.when + datetime.timedelta(days=rnd.choice([-6, -3, -2, -1, 1, 3]))
        title = other.fields["H"].strip().title()
        stamp = rnd.choice(
            [f"{when.day} {when:%B} {when.year}", f"{when:%b} {when.day}, {when.year}"]
        )
        out += rnd.choice([[f"{title} ({stamp})"], [title, stamp]])
    return [*out, ""]


def comments(story: Story, rnd: random.Random) -> tuple[list[str], set[int]]:
    """Readers' comments below the story, their stamps days later or relative ('2 days ago');
    the stamp lines (0-based, within the block) are returned to be kept neutral."""
    out = ["", rnd.choice(["Comments", "3 comments", "Reader comments", "Join the discussion"])]
    stamps: set[int] = set()
    for _ in range(rnd.randint(1, 3)):
        later = story.when + datetime.timedelta(days=rnd.choice([0, 1, 2, 5]), hours=3)
        who = rnd.choice(COMMENTERS)
        stamp = rnd.choice(
            [
                f"{rnd.randint(2, 9)} days ago",
                f"{rnd.randint(1, 11)} hours ago",
                f"{later:%B} {later.day}, {later.year} at {_clock(later, rnd)}",
                f"{later.day} {later:%b} {later.year} {later:%H:%M}",
            ]
        )
        if rnd.random() < 0.5:
            stamps.add(len(out))
            out += [f"{who} \u00b7 {stamp}", rnd.choice(COMMENTS)]
        else:
            stamps.add(len(out) + 1)
            out += [who, stamp, rnd.choice(COMMENTS)]
    return out, stamps


def feed_head(story: Story, dated: bool, rnd: random.Random) -> list[str]:
    """An RSS or Atom item dumped as 'key: value' lines."""
    w = story.when
    title = story.fields["H"].strip().title()
    out = [f"title: {title}", f"link: https://{rnd.choice(SITES)}/news/{slug(story)}"]
    if dated:
        out.append(
            rnd.choice(
                [
                    f"pubDate: {w:%a, %d %b %Y %H:%M:%S} GMT",
                    f"dc:date: {w:%Y-%m-%dT%H:%M:%S}Z",
                    f"<pubDate>{w:%a, %d %b %Y %H:%M:%S} +0000</pubDate>",
                    f"dc:date {w:%Y-%m-%d}",
                ]
            )
        )
        rnd.shuffle(out)
    out.append(rnd.choice(["description:", "content:encoded:", "summary:"]))
    return out


def dateline_with_year(story: Story) -> str:
    """The dateline with the year after its month-day ('LONDON, March 9, 1987 -')."""
    return re.sub(
        r"(\w+\.? \d{1,2})(\s*-)$", rf"\1, {story.when.year}\2", story.fields["L"].strip()
    )


def render_new(
    story: Story, dated: bool, rnd: random.Random, others: list[Story]
) -> tuple[list[str], set[int], int]:
    """A page in one of the new renderings: its lines, neutral lines (0-based), body end."""
    where = rnd.choice(WHERE)
    w = story.when
    lines: list[str] = chrome_top(rnd) if rnd.random() < 0.6 and where != "feed" else []
    neutral: set[int] = set()
    title = story.fields["H"].strip()
    if where == "print":
        page = f"Page {rnd.randint(1, 2)} of {rnd.randint(2, 4)}"
        stamp = f"{w.month}/{w.day}/{w:%y}" if dated else ""
        lines = [f"{stamp}, {_clock(w, rnd)}    {title.title()}" if dated else title.title()]
        lines += [page + (f"    {stamp}" if dated and rnd.random() < 0.5 else ""), ""]
    if where == "url" or rnd.random() < 0.2:
        lines.insert(rnd.randint(0, len(lines)), url_line(story, dated and where == "url", rnd))
    if rnd.random() < 0.35:
        lines += ["", *related_above(story, others, rnd)]
    if where == "feed":
        lines += feed_head(story, dated, rnd)
    else:
        lines += ["", rnd.choice([title, title.title(), title.capitalize()])]
    stamp = new_stamp(story, rnd) if dated else ""
    if where == "title" and dated:
        lines.append(stamp)
    if where == "updated" and dated:
        later = w + datetime.timedelta(hours=rnd.randint(1, max(1, 22 - w.hour)))
        lines.append(
            rnd.choice(["Updated ", "Updated: ", "Last updated "])
            + new_stamp(
                Story(story.ident, {**story.fields, "D": f"{later:%d-%b-%Y %H:%M:%S}"}, []), rnd
            )
        )
    if where == "byline2" or rnd.random() < 0.5:
        lines.append(f"By {_who(story, rnd)}")
        if where == "byline2":
            desk = rnd.choice(DESKS)
            lines += [f"{desk}, {stamp}" if rnd.random() < 0.5 else desk] if dated else [desk]
            if dated and "," not in lines[-1]:
                lines.append(stamp)
    lines.append("")
    dateline = dateline_with_year(story) if where == "dateline" and dated else story.fields["L"]
    own_line = rnd.random() < 0.3
    if own_line:
        lines.append(dateline.strip())
    lines += body_lines(story, rnd, None if own_line else dateline.strip())
    if lines[-1].strip().upper() in {"REUTER", "MORE"} and rnd.random() < 0.5:
        lines.pop()
    end = len(lines)
    if rnd.random() < 0.4:
        block, stamps = comments(story, rnd)
        neutral |= {end + n for n in stamps}
        lines += block
    if where == "print":
        lines += ["", f"https://{rnd.choice(SITES)}/news/{slug(story)}    {page}"]
    else:
        lines += chrome_bottom(story, others, rnd)
    return lines, neutral, end


def new_page(story: Story, dated: bool, rnd: random.Random, others: list[Story]) -> Rendered:
    """A page in this round's new renderings."""
    return story, *render_new(story, dated, rnd, others)


def _any(story: Story, dated: bool, rnd: random.Random, others: list[Story]) -> Rendered:
    if rnd.random() >= OLD_SHARE:
        return new_page(story, dated, rnd, others)
    if rnd.random() < 0.5:
        return wire3_page(story, dated, rnd, others)
    return web(story, dated, rnd, others)


def build(raw: Path, out: Path) -> dict[str, dict[str, object]]:
    """Render every document and return the layout."""
    return build_set(parse(raw), out, SEED, (SECOND_DATED, UNDATED), _any)


def stress(raw: Path, out: Path, takes: int) -> dict[str, dict[str, object]]:
    """Render the tuning stories only, `takes` more times dated and once undated in the
    new renderings, with seeds the set does not use: pages to look for failures on
    without touching the blind part (the set itself builds byte-identical)."""
    return stress_set(parse(raw), out, SEED, "stress5", takes, new_page)


if __name__ == "__main__":
    cli(build, stress)
