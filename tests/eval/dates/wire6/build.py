"""Build round 6 of the wire set: agency copy in renderings rounds 3 to 5 never showed.

    python tests/eval/dates/wire6/build.py RAW_FOLDER OUT_FOLDER
    python tests/eval/dates/wire6/build.py --stress N RAW_FOLDER OUT_FOLDER

RAW_FOLDER holds stories transcribed in wire3's record format (see wire3/build.py); their
licence allows research use only, so neither they nor the built documents are kept in this
repository. Every story is rendered once dated, some a second time dated and some undated
(the date dropped, so the dateline's month-day has no year), as in rounds 3 to 5.

Half the documents, at random, take one of the earlier rounds' renderings (wire3's header
fields, wire4's web page, wire5's new pieces), to see whether those hold on new stories.
The other half are rendered with pieces none of them shows, chosen from what syndicated
copy, saved pages and archives do:

- a syndication credit block with a numeric date ("(c) 1987 Wire Service" / "Distributed
  by ..." / "03-12-87");
- a slug line with a priority code and the month-day only ("BC-SLUG 3-12 0412", no year:
  neutral on an undated page) beside the page's own date;
- the date in a photo caption under the headline ("Photo: ... taken March 12, 1987");
- "Story filed: Thursday 12 March 1987 09:41";
- a newsletter issue with a table of contents ("Issue 14 - March 12, 1987", story titles);
- an ISO 8601 stamp with an offset ("1987-03-12T09:41:00-05:00");
- the date split over two lines ("Thursday" / "March 12, 1987");
- French or Spanish month names in an otherwise English header ("12 mars 1987", "12 de
  marzo de 1987");
- "Yesterday at 3:41 PM" next to the full date;
- a printed page whose header and footer URL carry the date;
- on undated pages, a standfirst of the site's own using "this week", "last month" or
  "earlier this year" (labelled relative).

Writes OUT_FOLDER/docs, OUT_FOLDER/layout.json (wire3's layout, so wire3's scorer reads it)
and OUT_FOLDER/SPLIT.txt (the blind stories, 40% of them, drawn once with this seed).
"""

from __future__ import annotations

import dataclasses
import datetime
import random
import sys
from pathlib import Path

# NOTE: run as a script, the checkout's `tests` package must be importable.
sys.path.insert(0, str(Path(__file__).resolve().parents[4]))
from tests.eval.dates.wire3.build import (
    Story,
    body_lines,
    cli,
    parse,
    plan_set,
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
from tests.eval.dates.wire5.build import SITES, _clock, new_page, slug

SEED = 20261208
SECOND_DATED = 40
UNDATED = 40
BLIND = 0.4
OLD_SHARE = 0.5
AGENCIES = ["Wire Service", "World News Agency", "Press Syndicate"]
OUTLETS = ["Ledger Media Group", "Metro Features", "Syndicated Copy Desk"]
MOIS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MESES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
JOURS = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()
STANDFIRSTS = [
    "Our markets team has followed this story closely this week.",
    "The company first drew attention from analysts last month.",
    "This is one of several deals in the sector earlier this year.",
    "Coverage continues through this week on our business pages.",
]
WHERE = ["credit", "slug", "caption", "filed", "issue", "iso", "split", "foreign", "yesterday"]
WHERE += ["print"]


def credit_block(story: Story, dated: bool, rnd: random.Random) -> list[str]:
    """A syndication credit: copyright, distributor and (dated) a numeric date."""
    w = story.when
    out = [f"{rnd.choice(['Copyright', '(c)', '©'])} {w.year} {rnd.choice(AGENCIES)}"]
    out.append(f"Distributed by {rnd.choice(OUTLETS)}")
    if dated:
        out.append(rnd.choice([f"{w:%m-%d-%y}", f"{w:%m/%d/%y}", f"{w.month}-{w.day}-{w:%y}"]))
    if rnd.random() < 0.3:
        rnd.shuffle(out)
    return out


def slug_line(story: Story, rnd: random.Random) -> str:
    """A wire slug with month-day and priority code, the way teleprinter copy heads it."""
    w = story.when
    word = slug(story).upper()[:24].strip("-")
    return f"BC-{word} {w.month}-{w.day} {rnd.randint(100, 1999):04d}"


def foreign_date(w: datetime.datetime, rnd: random.Random) -> str:
    """The date with a French or Spanish month name."""
    if rnd.random() < 0.5:
        day = f"{JOURS[w.weekday()]} " if rnd.random() < 0.5 else ""
        return f"{day}{w.day} {MOIS.split()[w.month - 1]} {w.year}"
    return f"{w.day} de {MESES.split()[w.month - 1]} de {w.year}"


def iso_offset(w: datetime.datetime, rnd: random.Random) -> str:
    """An ISO 8601 stamp with a UTC offset."""
    return f"{w:%Y-%m-%dT%H:%M:%S}{rnd.choice(['-05:00', '+00:00', '-0500', '+01:00'])}"


def own_stamp(story: Story, where: str, rnd: random.Random) -> list[str]:
    """The page's own date lines for one of the new pieces (not credit, slug, print)."""
    w = story.when
    long = f"{w:%B} {w.day}, {w.year}"
    if where == "caption":
        what = rnd.choice(["A trading floor", "The company's headquarters", "File image"])
        return [f"Photo: {what}, taken {long}. ({rnd.choice(AGENCIES)})"]
    if where == "filed":
        return [f"Story filed: {w:%A} {w.day} {w:%B} {w.year} {w:%H:%M}"]
    if where == "iso":
        return [rnd.choice(["", "datePublished: ", "Published: "]) + iso_offset(w, rnd)]
    if where == "split":
        return [f"{w:%A}", long] if rnd.random() < 0.6 else [f"{w:%A},", f"{w.day} {w:%B} {w.year}"]
    if where == "foreign":
        return [rnd.choice(["", "Publié le ", "Publicado: "]) + foreign_date(w, rnd)]
    clock = _clock(w, rnd)
    pair = [f"Yesterday at {clock}", f"{long}, {clock}"]
    return pair if rnd.random() < 0.5 else pair[::-1]


def issue_head(story: Story, dated: bool, others: list[Story], rnd: random.Random) -> list[str]:
    """A newsletter issue: its number and date, then a table of contents with this story."""
    w = story.when
    name = rnd.choice(["Markets Weekly", "The Commodity Letter", "Business Briefing"])
    stamp = f" - {w:%B} {w.day}, {w.year}" if dated else ""
    out = [name, f"Issue {rnd.randint(3, 60)}{stamp}", "", "In this issue:"]
    titles = [o.fields["H"].strip().title() for o in rnd.sample(others, 3)]
    titles.insert(rnd.randint(0, 3), story.fields["H"].strip().title())
    return out + [f"{n}. {t}" for n, t in enumerate(titles, 1)]


def render_six(
    story: Story, dated: bool, rnd: random.Random, others: list[Story]
) -> tuple[list[str], set[int], int, list[str]]:
    """A page in one of the new renderings: its lines, neutral lines (0-based), body end,
    and the relative fragments the page adds (an undated page's standfirst)."""
    where = rnd.choice(WHERE)
    w = story.when
    title = story.fields["H"].strip()
    lines: list[str] = chrome_top(rnd) if rnd.random() < 0.5 else []
    neutral: set[int] = set()
    added: list[str] = []
    if where == "print":
        head = f"{w.month}/{w.day}/{w:%y} {_clock(w, rnd)}    " if dated else ""
        lines = [f"{head}{title.title()}", ""]
    if where == "issue":
        lines += issue_head(story, dated, others, rnd)
    if where == "slug":
        neutral.add(len(lines))
        lines.append(slug_line(story, rnd))
    lines += ["", rnd.choice([title, title.title(), title.capitalize()])]
    if dated and where not in {"credit", "slug", "print", "issue"}:
        lines += own_stamp(story, where, rnd)
    if where == "slug" and dated:
        lines.append(f"{w:%b} {w.day}, {w.year}")
    if rnd.random() < 0.4:
        lines.append(f"By {_who(story, rnd)}")
    if not dated and rnd.random() < 0.6:
        text = rnd.choice(STANDFIRSTS)
        lines.append(text)
        added.append(text)
    lines.append("")
    own_line = rnd.random() < 0.3
    if own_line:
        lines.append(story.fields["L"].strip())
    lines += body_lines(story, rnd, None if own_line else story.fields["L"].strip())
    end = len(lines)
    if where == "credit":
        lines += ["", *credit_block(story, dated, rnd)]
    if where == "print":
        path = f"{w:%Y/%m/%d}/" if dated else ""
        lines += ["", f"https://{rnd.choice(SITES)}/news/{path}{slug(story)}    Page 1 of 1"]
    else:
        lines += chrome_bottom(story, others, rnd)
    return lines, neutral, end, added


def _counts(stories: list[Story]) -> tuple[int, int]:
    """Documents dated twice and undated: the set's numbers, or half its stories if fewer."""
    return min(SECOND_DATED, len(stories) // 2), min(UNDATED, len(stories) // 2)


def six_page(story: Story, dated: bool, rnd: random.Random, others: list[Story]) -> Rendered:
    """A page in this round's new renderings, its own relative lines labelled too."""
    lines, neutral, end, added = render_six(story, dated, rnd, others)
    return dataclasses.replace(story, relative=[*story.relative, *added]), lines, neutral, end


def _any(story: Story, dated: bool, rnd: random.Random, others: list[Story]) -> Rendered:
    if rnd.random() >= OLD_SHARE:
        return six_page(story, dated, rnd, others)
    pick = rnd.random()
    if pick < 1 / 3:
        return wire3_page(story, dated, rnd, others)
    if pick < 2 / 3:
        return web(story, dated, rnd, others)
    return new_page(story, dated, rnd, others)


def build(raw: Path, out: Path) -> dict[str, dict[str, object]]:
    """Render every document and return the layout."""
    stories = parse(raw)
    return build_set(stories, out, SEED, _counts(stories), _any)


def stress(raw: Path, out: Path, takes: int) -> dict[str, dict[str, object]]:
    """Render the tuning stories only, `takes` more times dated and once undated in the
    new renderings, with seeds the set does not use: pages to look for failures on
    without touching the blind part (the set itself builds byte-identical)."""
    return stress_set(parse(raw), out, SEED, "stress6", takes, six_page)


def undated_ids(raw: Path) -> list[str]:
    """The stories the seed renders undated (the only ones whose labels are read)."""
    stories = parse(raw)
    _, plan = plan_set(stories, SEED, *_counts(stories))
    return sorted((story.ident for story, dated, _ in plan if not dated), key=int)


if __name__ == "__main__":
    if sys.argv[1] == "--undated":
        print(" ".join(undated_ids(Path(sys.argv[2]))))
    else:
        cli(build, stress)
