"""Build round 3 of the wire set: agency copy with its header fields, as scrapers paste it.

    python tests/eval/dates/wire3/build.py RAW_FOLDER OUT_FOLDER

RAW_FOLDER holds the stories, transcribed from an SGML newswire archive whose licence allows
research use only, so neither they nor the built documents are kept in this repository
(see README.md). Each `*.txt` file there is a list of records:

    %% ID
    D: 26-FEB-1987 15:01:01.79      the wire's own date field (the time may be missing)
    T: / P: / E: / O: / X:          topics, places, people, organisations, exchanges
    S: the wire slug line           H: the headline     A: the byline     L: the dateline
    R: fragment | fragment          a line of the body holding a relative or yearless date
    I: fragment | fragment          a line where either answer is defensible
    B:                              then the body, to the end of the record

Every story is rendered once as a dated document, some a second time with other pieces, and
some as undated documents (the date field dropped, so the dateline's month-day has no year).
Each piece is drawn on its own, seeded per document: the field block (order, spelling, case,
separators, empty fields kept or not), a line of section names above it, the date field's
shape and place (first in the block, inside it, after the headline, after the byline), the
headline's case and label, the slug line, the dateline on its own line or opening the body,
the body's hard wraps kept or paragraphs joined, blank lines between paragraphs, the sign-off.

Writes OUT_FOLDER/docs/*.txt and OUT_FOLDER/layout.json: per document its story, the true
date (ISO) or null, blind or not, and the lines labelled relative and neutral. A story's
documents are all blind or all tuning: 40% of the stories, drawn once, and 40% of the
second dated and of the undated documents.
"""

from __future__ import annotations

import datetime
import json
import random
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

SEED = 20261204
SECOND_DATED = 42
UNDATED = 40
BLIND = 0.4
MONTHS = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
FIELDS = {"T": "TOPICS", "P": "PLACES", "E": "PEOPLE", "O": "ORGS", "X": "EXCHANGES"}
SECTIONS = [
    "Business",
    "Markets",
    "Commodities",
    "World",
    "Top News",
    "Companies",
    "Money",
    "Economy",
    "Energy",
    "Finance",
    "Wire",
    "Newswire",
    "Archive",
    "Headlines",
    "Stocks",
]


@dataclass
class Story:
    """One transcribed record."""

    ident: str
    fields: dict[str, str]
    body: list[str]
    relative: list[str] = field(default_factory=list)
    neutral: list[str] = field(default_factory=list)

    @property
    def when(self) -> datetime.datetime:
        day, month, rest = self.fields["D"].strip().split("-", 2)
        year, _, clock = rest.partition(" ")
        hh, mm, ss = [*clock.split(":"), "0", "0", "0"][:3] if clock else ("0", "0", "0")
        return datetime.datetime(
            int(year), MONTHS.index(month.upper()) + 1, int(day), int(hh), int(mm), int(float(ss))
        )

    @property
    def has_time(self) -> bool:
        return " " in self.fields["D"].strip()


def parse(folder: Path) -> list[Story]:
    """Read every record of the raw folder."""
    stories: list[Story] = []
    for path in sorted(folder.glob("*.txt")):
        for chunk in path.read_text("utf-8").split("%% ")[1:]:
            head, _, body = chunk.partition("\nB:\n")
            lines = head.splitlines()
            fields = dict(
                line.split(": ", 1) if ": " in line else (line[:1], "") for line in lines[1:]
            )
            story = Story(lines[0].strip(), fields, body.rstrip("\n").splitlines())
            story.relative = [f.strip() for f in fields.pop("R", "").split(" | ") if f.strip()]
            story.neutral = [f.strip() for f in fields.pop("I", "").split(" | ") if f.strip()]
            stories.append(story)
    return stories


def date_line(when: datetime.datetime, has_time: bool, rnd: random.Random) -> str:
    """The date field in one of the shapes archives and scrapers print it."""
    t = has_time and rnd.random() < 0.7
    mon = when.strftime("%b")
    shapes = [
        lambda: (
            f"{when.day:2d}-{mon.upper()}-{when.year}"
            + (when.strftime(" %H:%M:%S.00") if t else "")
        ),
        lambda: f"{when.day}-{mon.upper()}-{when.year}" + (when.strftime(" %H:%M") if t else ""),
        lambda: f"{when.day:02d}-{mon}-{when.year}" + (when.strftime(" %H:%M:%S") if t else ""),
        lambda: f"{when.day} {mon} {when.year}" + (when.strftime(" %H:%M GMT") if t else ""),
        lambda: (
            f"{when.strftime('%B')} {when.day}, {when.year}"
            + (when.strftime(" %I:%M %p") if t else "")
        ),
        lambda: when.strftime("%Y-%m-%d") + (when.strftime(" %H:%M:%S") if t else ""),
        lambda: when.strftime("%Y-%m-%dT%H:%M:%SZ") if t else when.strftime("%Y-%m-%d"),
        lambda: (
            when.strftime("%a %b ")
            + f"{when.day:2d}"
            + (when.strftime(" %H:%M:%S") if t else "")
            + f" {when.year}"
        ),
        lambda: when.strftime("%a, %d %b %Y") + (when.strftime(" %H:%M:%S GMT") if t else ""),
        lambda: when.strftime("%A, %d %B %Y") + (when.strftime(", %H:%M") if t else ""),
        lambda: when.strftime("%m/%d/%Y") + (when.strftime(" %H:%M") if t else ""),
        lambda: when.strftime("%d.%m.%Y") + (when.strftime(" %H:%M") if t else ""),
        lambda: (
            f"{mon.upper()} {when.day}, {when.year}" + (when.strftime(" %H%M GMT") if t else "")
        ),
    ]
    text = rnd.choice(shapes)()
    label = rnd.choice(
        ["", "", "DATE: ", "Date: ", "date: ", "Dateline date: ", "Filed: ", "Date/Time: ", "DATE "]
    )
    return label + text


def field_lines(story: Story, rnd: random.Random) -> list[str]:
    """The SGML fields pasted as lines: spelling, case and separators drawn per document."""
    style = rnd.randrange(5)
    joiner = rnd.choice([", ", " ", "; ", " | "])
    keep_empty = rnd.random() < 0.4
    out: list[str] = []
    keys = list(FIELDS)
    if rnd.random() < 0.4:
        rnd.shuffle(keys)
    for key in keys:
        values = story.fields.get(key, "").split()
        if not values and not keep_empty:
            continue
        if rnd.random() < 0.3:
            values = [v.upper() for v in values]
        name = FIELDS[key]
        text = joiner.join(values)
        out.append(
            [
                f"{name}: {text}",
                f"{name.title()}: {text}",
                f"{name} {text}",
                f"[{name.title()}] {text}",
                f"{name.lower()} - {text}",
            ][style].rstrip(" :-")
        )
    return out


def body_lines(story: Story, rnd: random.Random, dateline: str | None) -> list[str]:
    """The body as pasted: hard wraps kept or paragraphs joined, blank lines or indents."""
    paragraphs: list[list[str]] = []
    for line in story.body:
        sign_off = line.strip().upper() in {"REUTER", "MORE"}
        if line.startswith("    ") or sign_off or not paragraphs:
            paragraphs.append([line.strip()])
        else:
            paragraphs[-1].append(line.strip())
    if dateline is not None:
        paragraphs[0][0] = f"{dateline} {paragraphs[0][0]}"
    join = rnd.random() < 0.5
    blank = rnd.random() < 0.6
    indent = "" if blank or rnd.random() < 0.5 else "    "
    out: list[str] = []
    for n, para in enumerate(paragraphs):
        if blank and n:
            out.append("")
        lines = [" ".join(para)] if join else para
        out += [(indent if n else "") + lines[0], *lines[1:]]
    return out


def render(
    story: Story, dated: bool, rnd: random.Random, extra: random.Random | None = None
) -> tuple[list[str], set[int]]:
    """One document's lines, and the lines (0-based) that are neutral whatever the answer.

    `extra` draws the pieces only stress pages use (the set never does, so it stays as
    built): archive chrome above, fields kept in their SGML tags, more stamp shapes, the
    date under the dateline or below the story.
    """
    if extra is not None:
        return _extra(story, dated, rnd, extra)
    head: list[str] = []
    neutral: set[int] = set()
    if rnd.random() < 0.5:
        head.append(
            rnd.choice([" | ", " > ", " / ", "  "]).join(rnd.sample(SECTIONS, rnd.randint(2, 5)))
        )
    block = field_lines(story, rnd)
    where = rnd.choice(["first", "inside", "title", "byline", "last"]) if dated else "none"
    stamp = date_line(story.when, story.has_time, rnd) if dated else ""
    if where == "first":
        block.insert(0, stamp)
    elif where == "inside":
        block.insert(rnd.randint(1, max(1, len(block))), stamp)
    elif where == "last":
        block.append(stamp)
    head += block
    if "S" in story.fields and rnd.random() < 0.3:
        neutral.add(len(head))
        head.append(story.fields["S"].strip())
    if head and rnd.random() < 0.5:
        head.append("")
    title = story.fields["H"].strip()
    title = rnd.choice(
        [title, title, title.title(), f"TITLE: {title}", f"Headline: {title.title()}"]
    )
    head.append(title)
    if where == "title":
        head.append(stamp)
    if "A" in story.fields and rnd.random() < 0.8:
        head.append(story.fields["A"].strip())
    if where == "byline":
        head.append(stamp)
    if rnd.random() < 0.6:
        head.append("")
    dateline = story.fields["L"].strip()
    own_line = rnd.random() < 0.35
    if own_line:
        head.append(dateline)
    lines = head + body_lines(story, rnd, None if own_line else dateline)
    sign = lines[-1].strip()
    if sign.upper() in {"REUTER", "MORE"} and rnd.random() < 0.3:
        lines.pop()
    elif sign.upper() in {"REUTER", "MORE"}:
        lines[-1] = rnd.choice([sign, "Reuter", "REUTER", "(Reuters)", "-- Reuters"])
    return lines, neutral


def _extra(
    story: Story, dated: bool, rnd: random.Random, xr: random.Random
) -> tuple[list[str], set[int]]:
    """A stress page: a page of the set's kind with one or more of the stress-only pieces."""
    lines, neutral = render(story, False, rnd)
    stamp = date_line(story.when, story.has_time, rnd) if dated else ""
    if dated and xr.random() < 0.3:
        when = story.when
        stamp = xr.choice(
            [
                f"{when.day}-{when:%b}-{when:%y}".upper() + f" {when:%H:%M}",
                f"{when:%b} {when.day} {when.year}",
                f"{when.month}/{when.day}/{when:%y}",
                f"{when:%d %b %y}".upper(),
                f"Reuters {when:%B} {when.day}, {when.year}",
            ]
        )
    fields = [n for n, line in enumerate(lines) if _is_field(line)]
    if fields and xr.random() < 0.4:
        for n in fields:
            name, _, value = lines[n].partition(" ")
            tag = name.strip("[]:").upper()
            lines[n] = f"<{tag}>{value.lstrip(':- ')}</{tag}>"
        stamp = f"<DATE>{stamp}</DATE>" if stamp else ""
    dateline = next(n for n, line in enumerate(lines) if story.fields["L"].strip() in line)
    where = xr.choice(["top", "fields", "dateline", "footer"])
    if stamp and where == "top":
        lines.insert(0, stamp)
    elif stamp and where == "fields":
        lines.insert(fields[-1] + 1 if fields else 0, stamp)
    elif stamp and where == "dateline" and lines[dateline].strip() == story.fields["L"].strip():
        lines.insert(dateline + 1, stamp)
    elif stamp:
        lines += ["", xr.choice(["Filed: ", "Date: ", "Transmitted ", ""]) + stamp]
    if xr.random() < 0.3:
        chrome = [xr.choice(SECTIONS) for _ in range(xr.randint(20, 80))]
        lines = [*chrome, *lines]
        neutral = {n + len(chrome) for n in neutral}
    moved = [n for n, line in enumerate(lines) if line.strip() == story.fields.get("S", "?")]
    return lines, set(moved)


def _is_field(line: str) -> bool:
    """A pasted field line of field_lines(): its name in one of the five spellings."""
    head = line.split(" ", 1)[0].strip("[]:").upper()
    return head in FIELDS.values()


def locate(lines: list[str], fragments: list[str], ident: str) -> list[int]:
    """The 1-based line of each fragment (a fragment must sit on one line of the body)."""
    found: list[int] = []
    for fragment in fragments:
        hits = [n for n, line in enumerate(lines, 1) if fragment in line]
        if not hits:
            raise SystemExit(f"{ident}: fragment not found: {fragment!r}")
        found.append(hits[-1])
    return found


def _stratified(ids: list[str], hidden: set[str], count: int, rnd: random.Random) -> set[str]:
    """`count` stories, the blind share of them blind, so both parts get each kind."""
    inside = round(BLIND * count)
    chosen = rnd.sample(sorted(hidden), inside)
    return set(chosen + rnd.sample([i for i in ids if i not in hidden], count - inside))


def _entry(
    story: Story, dated: bool, is_blind: bool, lines: list[str], neutral: set[int]
) -> dict[str, object]:
    """A document's layout: its story, part, true date, and relative and neutral lines."""
    info: dict[str, object] = {"story": story.ident, "blind": is_blind}
    info["date"] = story.when.date().isoformat() if dated else None
    if not dated:
        line = next(n for n, text in enumerate(lines, 1) if story.fields["L"].strip() in text)
        info["relative"] = sorted({line, *locate(lines, story.relative, story.ident)})
        info["neutral"] = sorted(
            {n + 1 for n in neutral} | set(locate(lines, story.neutral, story.ident))
        )
    return info


def plan_set(
    stories: list[Story], seed: int, second: int, undated: int
) -> tuple[set[str], list[tuple[Story, bool, int]]]:
    """The blind stories, drawn once by `seed`, and every document to render: each story
    dated (take 1), `second` of them dated again (take 2), `undated` of them undated
    (take 3), the blind share of each kind blind."""
    rnd = random.Random(seed)
    ids = [s.ident for s in stories]
    hidden = set(rnd.sample(ids, round(BLIND * len(ids))))
    twice = _stratified(ids, hidden, second, rnd)
    without = _stratified(ids, hidden, undated, rnd)
    plan = [(s, True, 1) for s in stories]
    plan += [(s, True, 2) for s in stories if s.ident in twice]
    plan += [(s, False, 3) for s in stories if s.ident in without]
    return hidden, plan


def tuning_stories(stories: list[Story], seed: int) -> list[Story]:
    """The stories outside the blind part `plan_set` draws with `seed` (for stress pages)."""
    ids = [s.ident for s in stories]
    hidden = set(random.Random(seed).sample(ids, round(BLIND * len(ids))))
    return [s for s in stories if s.ident not in hidden]


def doc_name(kind: str, dated: bool, ident: str, take: int) -> str:
    """A document's file name: its part (b, t, or s for stress), dated or not, story, take."""
    return f"{kind}{'d' if dated else 'u'}{ident}-{take}.txt"


Document = tuple[str, list[str], dict[str, object]]  # file name, lines, layout entry


def write_set(out: Path, documents: Iterable[Document]) -> dict[str, dict[str, object]]:
    """Write the documents under `out/docs` and their layout to `out/layout.json`."""
    (out / "docs").mkdir(parents=True, exist_ok=True)
    layout: dict[str, dict[str, object]] = {}
    for name, lines, info in documents:
        layout[name] = info
        (out / "docs" / name).write_text("\n".join(lines) + "\n", "utf-8")
    (out / "layout.json").write_text(json.dumps(layout, indent=1, sort_keys=True) + "\n", "utf-8")
    return layout


def write_split(out: Path, hidden: set[str]) -> None:
    """Write down which stories are blind (`out/SPLIT.txt`)."""
    (out / "SPLIT.txt").write_text(
        "blind stories: " + " ".join(sorted(hidden, key=int)) + "\n", "utf-8"
    )


Page = Callable[[Story, bool, int], tuple[list[str], dict[str, object]]]  # lines, entry


def write_stress(
    out: Path, stories: list[Story], seed: int, takes: int, page: Page
) -> dict[str, dict[str, object]]:
    """Stress pages: each tuning story once undated (take 10) and `takes` times dated, each
    rendered by `page(story, dated, take)` with seeds of its own."""

    def document(story: Story, take: int) -> Document:
        dated = take > 10
        lines, info = page(story, dated, take)
        return doc_name("s", dated, story.ident, take), lines, info

    tuning = tuning_stories(stories, seed)
    return write_set(out, (document(s, take) for s in tuning for take in range(10, 11 + takes)))


def cli(
    build: Callable[[Path, Path], dict[str, dict[str, object]]],
    stress: Callable[[Path, Path, int], dict[str, dict[str, object]]],
) -> None:
    """`build.py RAW OUT` builds the set; `build.py --stress N RAW OUT` stress pages."""
    if sys.argv[1] == "--stress":
        stress(Path(sys.argv[3]), Path(sys.argv[4]), int(sys.argv[2]))
    else:
        report(build(Path(sys.argv[1]), Path(sys.argv[2])))


def report(built: dict[str, dict[str, object]]) -> None:
    """Print how many documents each part holds, dated and undated."""
    parts = sorted({(i["blind"], i["date"] is not None) for i in built.values()})
    for part in parts:
        n = sum((i["blind"], i["date"] is not None) == part for i in built.values())
        print(f"blind={part[0]} dated={part[1]}: {n}")


def build(raw: Path, out: Path) -> dict[str, dict[str, object]]:
    """Render every document and return the layout."""
    stories = parse(raw)
    hidden, plan = plan_set(stories, SEED, SECOND_DATED, UNDATED)

    def document(story: Story, dated: bool, take: int) -> Document:
        lines, neutral = render(story, dated, random.Random(f"{SEED}-{story.ident}-{take}"))
        is_blind = story.ident in hidden
        name = doc_name("b" if is_blind else "t", dated, story.ident, take)
        return name, lines, _entry(story, dated, is_blind, lines, neutral)

    return write_set(out, (document(*item) for item in plan))


def stress(raw: Path, out: Path, takes: int, extra: bool = False) -> dict[str, dict[str, object]]:
    """Render the tuning stories only, `takes` more times dated and once undated, with seeds
    the set does not use: pages to look for failures on without touching the blind part."""

    def page(story: Story, dated: bool, take: int) -> tuple[list[str], dict[str, object]]:
        seed = f"stress-{story.ident}-{take}"
        more = random.Random(f"{seed}-extra") if extra else None
        lines, neutral = render(story, dated, random.Random(seed), more)
        return lines, _entry(story, dated, False, lines, neutral)

    return write_stress(out, parse(raw), SEED, takes, page)


if __name__ == "__main__":
    if sys.argv[1] in ("--stress", "--stress-extra"):
        stress(Path(sys.argv[3]), Path(sys.argv[4]), int(sys.argv[2]), "extra" in sys.argv[1])
        raise SystemExit(0)
    report(build(Path(sys.argv[1]), Path(sys.argv[2])))
