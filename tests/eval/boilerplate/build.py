"""Build the labelled evaluation set of the boilerplate and duplication checks.

Clean articles from ../shared/corpus (Wikinews, CC BY 2.5; Wikipedia, CC BY-SA
3.0; see README.md here) get chrome, pitches, trailer tails, comment threads,
unrelated articles, teasers with glued words and pasted passages spliced in, in
the shapes real sites produce; some stay clean apart from bylines, datelines and
captions, which must not be reported. Writes docs/*.txt and labels.json (per
file: the defect regions as {type, first, last}). Deterministic (fixed seed).

    python tests/eval/boilerplate/build.py
"""

from __future__ import annotations

import json
import random
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# ../shared/corpus from the repository root (one level further up from a worktree).
CORPUS = next(
    (
        p
        for p in (HERE.parents[3] / "shared" / "corpus", HERE.parents[4] / "shared" / "corpus")
        if p.is_dir()
    ),
    HERE.parents[3] / "shared" / "corpus",
)
SEED = 20250601
DOCS = 100

HEADERS = [
    ["Skip to main content", "Home | World | Business | Politics | Tech | Sport"],
    ["• Home", "• News", "• Opinion", "• Video", "• Podcasts"],
    ["Menu", "Search", "Sign in", "Subscribe"],
    ["Home › News › World"],
    ["Skip to content", "Toggle navigation", "Latest", "Markets", "Economy", "Climate"],
    ["Follow us on Twitter", "• Facebook", "• Twitter", "• Instagram", "• YouTube"],
    ["Jump to navigation", "News  Sport  Weather  Culture  Travel"],
]
SHARES = [
    ["Share this article", "Facebook", "Twitter", "LinkedIn", "Email"],
    ["Share", "Tweet", "WhatsApp", "Copy link"],
    ["Facebook Twitter Email Print"],
]
PITCHES = [
    "Enjoying this article? Click here to subscribe for full access. Just $5 a month.",
    "Sign up for our newsletter to get the latest news delivered to your inbox.",
    "We use cookies to improve your experience. By continuing to browse, you agree to our "
    "use of cookies.",
    "ADVERTISEMENT",
    "Download our app for the latest breaking news alerts.",
    "Support independent journalism. Become a member today.",
    "Subscribe to continue reading this article.",
    "Already a subscriber? Log in to continue reading.",
]
FOOTERS = [
    ["© 2023 The Daily Ledger. All rights reserved."],
    ["Privacy Policy | Terms of Use | Contact Us | Advertise"],
    ["About Us", "Contact", "Careers", "Privacy Policy", "Terms of Service"],
    ["Copyright © 2020 Central Post Media Group"],
]
MARKERS = [
    "Related News",
    "Popular posts from this blog",
    "You may also like",
    "Related Articles",
    "More Stories",
    "Recommended for you",
]
COMMENT_MARKERS = ["Comments", "3 Comments", "Leave a Reply", "Join the discussion"]
COMMENTS = [
    "Great article, thanks for sharing this with us.",
    "I completely disagree with the author here. The numbers simply do not add up and "
    "everyone knows it.",
    "Who else is reading this in the middle of the night? Anyway, good points made.",
    "This is exactly what I have been saying for years, nobody listens though.",
    "Can you post a link to the original report? I would like to read it myself.",
]
COMMENTERS = ["Mark T. · 2 hours ago", "jenny_r", "Reply", "Anonymous said...", "Paul · 1 day ago"]
BYLINES = [
    ["By Jane Smith", "March 3, 2020"],
    ["Reporter | Lydia Chen", "Editor | Tom, Ana"],
    ["Published: 12 May 2020, 09:14 GMT"],
    ["Author: Daniel Park", "06/25/2020"],
]
CAPTIONS = ["Credit: John Smith/AP", "(Photo: Reuters)", "Photo by Anna Lee via Getty Images"]


class Article:
    """A clean article: title and paragraphs."""

    def __init__(self, path: Path) -> None:
        lines = path.read_text(encoding="utf-8").split("\n")
        self.name = f"{path.parent.name}/{path.name}"
        self.title = lines[0]
        self.paragraphs = [line for line in lines[2:] if line.strip() and len(line) > 60]


class Writer:
    """Collects lines and labels of one document."""

    def __init__(self, blank_lines: bool) -> None:
        self.lines: list[str] = []
        self.labels: list[dict[str, object]] = []
        self.blank_lines = blank_lines

    def add(self, lines: list[str], label: str | None = None) -> tuple[int, int]:
        first = len(self.lines) + 1
        for index, line in enumerate(lines):
            if index and self.blank_lines:
                self.lines.append("")
            self.lines.append(line)
        if self.blank_lines:
            self.lines.append("")
        last = len(self.lines) - (1 if self.blank_lines else 0)
        if label:
            self.labels.append({"type": label, "first": first, "last": last})
        return first, last

    def last_line(self) -> int:
        """The number of the last non-blank line so far."""
        last = len(self.lines)
        while last and not self.lines[last - 1]:
            last -= 1
        return last

    def text(self) -> str:
        while self.lines and not self.lines[-1]:
            self.lines.pop()
        return "\n".join(self.lines) + "\n"


def teaser(rng: random.Random, article: Article, writer: Writer, glue: bool) -> None:
    """A related-post teaser: title, then the first words of the post cut off with '…'."""
    words = article.paragraphs[0].split()
    snippet = " ".join(words[: rng.randint(25, 60)]) + "…"
    if glue:
        # Blogger-style teasers lose the breaks between title, byline, date and text.
        byline = rng.choice(["by Jane Doe", "Posted by admin", "", "By Staff Writer"])
        date = rng.choice(["Apr 23, 2014", "May 3, 2020", "", "12 March 2019"])
        glued = f"{article.title}{byline}{date}{snippet}"
        first, last = writer.add([article.title, glued])
        writer.labels.append({"type": "repeated_title", "first": first, "last": last})
        writer.labels.append({"type": "glued", "first": last, "last": last})
        writer.labels.append({"type": "cutoff", "first": last, "last": last})
    else:
        first, last = writer.add([article.title, snippet])
        writer.labels.append({"type": "cutoff", "first": last, "last": last})


def build_one(rng: random.Random, main: Article, pool: list[Article], shape: str) -> Writer:
    """One document of a given shape."""
    writer = Writer(blank_lines=rng.random() < 0.5)
    body = main.paragraphs[: rng.randint(5, 12)]
    if shape != "clean" and rng.random() < 0.6:
        writer.add(rng.choice(HEADERS), "chrome")
    writer.add([main.title])
    if rng.random() < 0.5:
        writer.add(rng.choice(BYLINES))
    cut = rng.randint(2, max(2, len(body) - 2))
    writer.add(body[:cut])
    if rng.random() < 0.3:
        writer.add([rng.choice(CAPTIONS)])
    if shape in ("pitch", "mixed"):
        writer.add([rng.choice(PITCHES)], "pitch")
    if shape == "insert":
        first, _ = writer.add(pool.pop().paragraphs[: rng.randint(2, 4)])
        writer.labels.append({"type": "insert", "first": first, "last": writer.last_line()})
        body = body[:cut] + main.paragraphs[len(body) : len(body) + 3] + body[cut:]
    writer.add(body[cut:])
    if shape in ("share", "mixed") or (shape != "clean" and rng.random() < 0.3):
        writer.add(rng.choice(SHARES), "chrome")
    if shape == "tail":
        tail_start = len(writer.lines) + 1
        writer.add([rng.choice(MARKERS)])
        for _ in range(rng.randint(2, 4)):
            teaser(rng, pool.pop(), writer, glue=rng.random() < 0.6)
        writer.labels.append({"type": "tail", "first": tail_start, "last": writer.last_line()})
    elif shape == "comments":
        tail_start = len(writer.lines) + 1
        writer.add([rng.choice(COMMENT_MARKERS)])
        for _ in range(rng.randint(2, 4)):
            writer.add([rng.choice(COMMENTERS), rng.choice(COMMENTS)])
        writer.labels.append({"type": "tail", "first": tail_start, "last": writer.last_line()})
    elif shape == "glued":
        first, _ = writer.add(pool.pop().paragraphs[: rng.randint(3, 6)])
        writer.labels.append({"type": "tail", "first": first, "last": writer.last_line()})
    if shape != "clean" and rng.random() < 0.4:
        writer.add(rng.choice(FOOTERS), "chrome")
    return writer


def main() -> int:
    """Write docs/ and labels.json."""
    news = [Article(p) for p in sorted((CORPUS / "wikinews").glob("*.txt"))]
    news = [a for a in news if len(a.paragraphs) >= 5]
    rng = random.Random(SEED)
    shapes = ["clean"] * 5 + ["pitch", "share", "tail", "comments", "glued", "mixed", "insert"]
    out = HERE / "docs"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    labels: dict[str, list[dict[str, object]]] = {}
    rng.shuffle(news)
    # Spliced-in text comes from articles used nowhere else, each once, so the
    # only passages shared between documents are the labelled duplicates.
    chosen, pool = news[:DOCS], news[DOCS:]
    for index, main_article in enumerate(chosen):
        shape = shapes[index % len(shapes)]
        writer = build_one(rng, main_article, pool, shape)
        name = f"{index:03d}_{shape}.txt"
        (out / name).write_text(writer.text(), encoding="utf-8")
        labels[name] = writer.labels
    add_duplicates(rng, pool, out, labels)
    (HERE / "labels.json").write_text(json.dumps(labels, indent=1, sort_keys=True) + "\n")
    print(f"{len(labels)} documents in {out}")
    return 0


def add_duplicates(
    rng: random.Random, pool: list[Article], out: Path, labels: dict[str, list[dict[str, object]]]
) -> None:
    """Paste passages of some documents into others, and save near-copies of a few."""
    names = sorted(labels)
    for index in range(12):
        source = names[index * 7]
        lines = (out / source).read_text(encoding="utf-8").split("\n")
        prose = [n for n, line in enumerate(lines, 1) if len(line) > 200 and "…" not in line]
        if not prose:  # pragma: no cover - every source document has prose
            continue
        pick = rng.choice(prose)
        text = lines[pick - 1].replace(" the ", " a ", 1)
        host = f"dup{index:02d}_{source[:3]}.txt"
        article = pool.pop()
        writer = Writer(blank_lines=False)
        writer.add([article.title])
        writer.add(article.paragraphs[:3])
        writer.add([text], "duplicate")
        writer.add(article.paragraphs[3:6])
        (out / host).write_text(writer.text(), encoding="utf-8")
        labels[host] = writer.labels
        labels[source].append({"type": "duplicate", "first": pick, "last": pick})
    for index in range(4):
        source = names[index * 11 + 3]
        text = (out / source).read_text(encoding="utf-8")
        rewrapped = text.replace("\n\n", "\n").replace(". ", ".\n", 3)
        copy = f"copy{index:02d}_{source[:3]}.txt"
        (out / copy).write_text(rewrapped, encoding="utf-8")
        labels[copy] = [{"type": "duplicate", "first": 1, "last": rewrapped.count("\n")}]
        labels[source].append({"type": "duplicate", "first": 1, "last": text.count("\n")})


if __name__ == "__main__":
    sys.exit(main())
