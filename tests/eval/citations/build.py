"""Build the labelled evaluation set for the citation rules; run by hand, output committed.

    python tests/eval/citations/build.py [--corpus /work/shared/corpus]

Each generated document is a paper: a title, prose paragraphs taken from a
Wikipedia article of the benchmark corpus, citations spliced into its sentences,
and a reference list of real works in one of eight citation styles, laid out in
the shapes text extraction produces (hard-wrapped or not, hanging indents, blank
lines or none, page numbers between entries, an appendix or author block after
the list). Defects are then injected and labelled: a cited work left uncited,
all citations lost, a citation of a missing work, duplicate entries, numbering
gaps, repeats, disorder and continuation lines, broken URLs and DOIs, missing
years, stray brackets, empty titles, and sentences pointing at lost links.
Untouched corpus articles are added as negatives. Labels mark a line (or an
entry's line range) per expected finding; see score.py.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[2])]

import styles  # noqa: E402
from works import WORKS, Work  # noqa: E402

from lint.citations.shapes import heading_label  # noqa: E402
from lint.text import sentences  # noqa: E402

SEED = 20240607
_SENTINEL = re.compile(r"⟦([^⟧]+)⟧")
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
STYLES = ("apa", "ieee", "chicago", "vancouver", "harvard", "mla", "numbered_apa", "notes")
HEADINGS = {
    "apa": [
        "References",
        "REFERENCES",
        "References:",
        "Reference List",
        "## References",
        "6. References",
    ],
    "numbered_apa": ["References", "Bibliography", "REFERENCES"],
    "harvard": ["References", "Reference list", "Bibliography"],
    "chicago": ["References", "Works Cited", "Bibliography", "Literature Cited"],
    "mla": ["Works Cited", "WORKS CITED", "Works cited"],
    "ieee": ["References", "REFERENCES", "VII. REFERENCES"],
    "vancouver": ["References", "REFERENCES", "Literature"],
    "notes": ["Notes", "NOTES", "Endnotes"],
}
POINTERS = [
    "Check out the full report here.",
    "Read the full statement here.",
    "The complete dataset is available here.",
    "Click here to download the survey results.",
    "See the link below for the full list of participants.",
    "The interview transcript can be found here.",
    "More details here.",
    "Watch the video here.",
    "You can read the court's ruling here.",
    "Download the full report (PDF).",
    "The full text of the agreement is available at this link.",
    "For more information, click here.",
]
NOT_POINTERS = [
    "The museum has been based here since 1921.",
    "Read the full report here: https://www.example.org/reports/2023/annual-report.pdf",
    "Researchers who worked here described the conditions as harsh.",
    "Details of the method are given in the next section.",
    "The link between the two events remains unclear.",
    "He said he would stay here.",
]
TRAILERS = [
    "",
    "Acknowledgements\n\nWe thank the anonymous reviewers and the editors for their comments "
    "on earlier drafts.",
    "About the authors\n\nMaria Keller is a researcher at the Institute for Regional Studies. "
    "Her work covers trade and infrastructure.",
    "Appendix A. Interview protocol\n\n1. How long have you worked in this sector?\n"
    "2. Which partners matter most to your organisation?\n"
    "3. How has cooperation changed since 2013?",
    "Authors\n\nMaria Keller\n[1]\n“{title}”, J. Reg. Stud., vol. 8, no. 4, pp. 351–362, "
    "Apr. 2024, doi: 10.1234/jrs.v8i4.1031.",
]
DEFECTS = {
    "author_year": [
        "uncited",
        "never_cited",
        "duplicate",
        "unresolved",
        "broken_url",
        "doubled_doi",
        "invalid_doi",
        "no_year",
        "unbalanced",
        "empty_title",
        "dangling",
    ],
    "numeric": [
        "uncited",
        "never_cited",
        "duplicate",
        "unresolved",
        "broken_url",
        "doubled_doi",
        "invalid_doi",
        "no_year",
        "unbalanced",
        "gap",
        "order",
        "continuation",
        "dangling",
    ],
}


@dataclass
class Paper:
    """One document being built: its parts carry sentinels ⟦id⟧ that labels refer to."""

    style: str
    works: list[Work]
    paragraphs: list[str]
    title: str
    labels: list[tuple[str, str, str]] = field(default_factory=list)  # rule, from id, to id
    cites: dict[str, list[int]] = field(default_factory=dict)  # work key -> paragraph slots
    numbers: dict[str, int] = field(default_factory=dict)
    entries: list[tuple[str, str]] = field(default_factory=list)  # (key, text)
    extra: list[str] = field(default_factory=list)


def load_articles(corpus: Path, rng: random.Random) -> list[tuple[str, list[str]]]:
    """Wikipedia articles with enough prose, cut before any reference heading."""
    articles = []
    for path in sorted((corpus / "wikipedia").glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        body: list[str] = []
        for line in lines[2:]:
            if heading_label(line):
                break
            if line.strip():
                body.append(line)
        if sum(len(p) > 200 for p in body) >= 6:
            articles.append((lines[0], body[:14]))
    rng.shuffle(articles)
    return articles


def slots(paragraphs: list[str]) -> list[tuple[int, int]]:
    """Sentence ends ("." of a long sentence) where a citation can go: (paragraph, offset)."""
    found = []
    for index, para in enumerate(paragraphs):
        if len(para) < 200:
            continue
        for start, end in sentences(para):
            if end - start > 60 and para[end - 1] == "." and not para[end - 2].isdigit():
                found.append((index, end - 1))
    return found


def wrap(text: str, width: int, indent: str = "") -> list[str]:
    """Hard-wrap text as an extraction would; sentinels count as one character."""
    if not width:
        return [text]
    names = _SENTINEL.findall(text)
    short = _SENTINEL.sub(lambda m: chr(0xE000 + names.index(m.group(1))), text)
    lines = textwrap.wrap(
        short, width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False
    )
    return [
        re.sub("[\ue000-\uefff]", lambda m: tag(names[ord(m.group()) - 0xE000]), ln) for ln in lines
    ]


def sort_key(work: Work) -> str:
    return (work.authors[0][0] if work.authors else work.title).lower()


def tag(ident: str) -> str:
    return f"⟦{ident}⟧"


class Builder:
    """Builds one paper in a style with a set of defects, and its labels."""

    def __init__(self, rng: random.Random, style: str, title: str, paragraphs: list[str]) -> None:
        self.rng, self.style, self.title = rng, style, title
        self.paragraphs = list(paragraphs)
        self.places = slots(self.paragraphs)
        rng.shuffle(self.places)
        count = min(rng.randint(5, 14), max(2, len(self.places) // 2))
        self.works = rng.sample(WORKS, count)
        self.cited: dict[str, list[int]] = {w.key: [] for w in self.works}
        self.bogus: list[tuple[str, int, str]] = []  # (work key or "#n", slot, label id)
        self.labels: list[tuple[str, str, str]] = []
        self.order: list[str] = []
        self.texts: dict[str, str] = {}
        self.printed: dict[str, int] = {}
        self.numeric = style in ("ieee", "vancouver", "notes")
        self.next_slot = 0
        self.pointers: list[tuple[int, str, str | None]] = []
        self.bib: list[str] = []
        self.undated: set[str] = set()
        self.note_marks: dict[tuple[int, int], str] = {}
        self.sup = rng.random() < 0.5

    # -- citations ---------------------------------------------------------------------
    def assign_citations(self) -> None:
        for work in self.works:
            for _ in range(self.rng.choice([1, 1, 2])):
                if self.next_slot < len(self.places) - 4:
                    self.cited[work.key].append(self.next_slot)
                    self.next_slot += 1
        for work in self.rng.sample(self.works, len(self.works) // 4):  # some shared slots
            others = [s for k, v in self.cited.items() if k != work.key for s in v]
            if others:
                self.cited[work.key].append(self.rng.choice(others))

    def cited_keys(self) -> set[str]:
        return {k for k, v in self.cited.items() if v}

    def build_order(self) -> None:
        if self.style in ("ieee", "vancouver"):

            def first(key: str) -> tuple[int, int]:
                return min((self.places[s] for s in self.cited[key]), default=(10**6, 0))

            self.order = sorted(self.cited, key=first)
        elif self.style == "notes":
            self.order = []
        else:
            self.order = [w.key for w in sorted(self.works, key=sort_key)]
        by_key = {w.key: w for w in self.works}
        for key in self.order:
            self.texts[key] = styles.entry(by_key[key], self.style).replace("..", ".")
        self.renumber()

    def renumber(self) -> None:
        if self.style in ("ieee", "vancouver", "numbered_apa"):
            self.printed = {key: n for n, key in enumerate(self.order, start=1)}

    # -- defects on citations ----------------------------------------------------------
    def uncite(self) -> None:
        keys = sorted(self.cited_keys())
        if len(keys) > 2:
            self.cited[self.rng.choice(keys)] = []

    def never_cite(self) -> None:
        for key in self.cited:
            self.cited[key] = []

    def unresolved(self) -> None:
        slot = len(self.places) - 1 - len(self.bogus)
        ident = f"u{len(self.bogus)}"
        if self.numeric:
            self.bogus.append((f"#{len(self.works) + self.rng.randint(3, 9)}", slot, ident))
        else:
            missing = [w for w in WORKS if w not in self.works and w.authors]
            self.bogus.append((self.rng.choice(missing).key, slot, ident))
        self.labels.append(("citations.unresolved-citation", ident, ident))

    # -- defects on the list -----------------------------------------------------------
    def real(self) -> list[str]:
        return [k for k in self.order if not k.startswith(("dup:", "cont:"))]

    def duplicate(self) -> None:
        key = self.rng.choice(self.real())
        text = self.texts[key]
        variant = self.rng.choice(["exact", "case", "and"])
        if variant == "case":
            text = (
                text.replace(text.split(". ")[1][:12], text.split(". ")[1][:12].lower(), 1)
                if ". " in text
                else text
            )
        elif variant == "and":
            text = text.replace(" & ", " and ").replace(", and ", " and ")
        dup = f"dup:{key}"
        self.order.insert(self.order.index(key) + self.rng.choice([1, 1, 2]), dup)
        self.texts[dup] = text
        self.renumber()
        self.labels.append(("citations.duplicate-reference", f"e:{dup}", f"/e:{dup}"))

    def continuation(self) -> bool:
        for key in self.rng.sample(self.real(), len(self.real())):
            text = self.texts[key]
            match = re.search(r"(?:from|Available:|Available from:|,)\s+(https?://\S+)$", text)
            if match:
                self.texts[key] = text[: match.start(1)].rstrip()
                cont = f"cont:{key}"
                self.order.insert(self.order.index(key) + 1, cont)
                self.texts[cont] = match.group(1)
                self.renumber()
                self.labels.append(("citations.reference-numbering", f"e:{cont}", f"e:{cont}"))
                return True
        return False

    def gap(self) -> None:
        real = self.real()
        if len(real) < 4:
            return
        victim = self.rng.choice(real[1:-1])
        following = real[real.index(victim) + 1]
        self.order.remove(victim)
        self.cited.pop(victim, None)
        self.works = [w for w in self.works if w.key != victim]
        self.labels.append(("citations.reference-numbering", f"e:{following}", f"e:{following}"))

    def disorder(self) -> None:
        real = self.real()
        if len(real) < 4:
            return
        a = self.rng.randrange(1, len(real) - 2)
        i, j = self.order.index(real[a]), self.order.index(real[a + 1])
        self.order[i], self.order[j] = self.order[j], self.order[i]
        self.labels.append(("citations.reference-numbering", f"e:{real[a]}", f"e:{real[a]}"))

    # -- defects inside entries --------------------------------------------------------
    def entry_defect(self, name: str) -> bool:
        keys = self.bib if self.style == "notes" else self.real()
        for key in self.rng.sample(keys, len(keys)):
            changed = self.damage(name, key, self.texts[key])
            if changed is not None and changed != self.texts[key]:
                self.texts[key] = changed
                if name == "nd":
                    self.undated.add(key)
                rule = (
                    "citations.undated-reference"
                    if name in ("no_year", "nd")
                    else "citations.malformed-reference"
                )
                self.labels.append((rule, f"e:{key}", f"/e:{key}"))
                return True
        return False

    def damage(self, name: str, key: str, text: str) -> str | None:
        work = next(w for w in WORKS if w.key == key)
        plain = re.sub(r"https?://\S+|doi:\s*\S+", "", text)
        if name == "broken_url":
            match = re.search(r"https?://[^/\s]+/\S*?[-/](?=[a-z0-9]{3})", text)
            return text[: match.end()] + " " + text[match.end() :] if match else None
        if name == "doubled_doi":
            if "https://doi.org/" in text:
                return text.replace("https://doi.org/", "https://doi.org/https://doi.org/", 1)
            return (
                re.sub(r"doi:\s?(?=10\.)", "doi:https://doi.org/", text, count=1)
                if "doi:" in text
                else None
            )
        if name == "invalid_doi":
            return (
                re.sub(r"(doi\.org/|doi:\s?)10\.(\d{4,9}/)", r"\g<1>\2", text, count=1)
                if work.doi
                else None
            )
        if name in ("no_year", "nd"):
            if plain.count(str(work.year)) != 1 or re.search(r"\d{4}", work.title + work.container):
                return None
            if name == "nd":
                return (
                    text.replace(f"({work.year})", "(n.d.)")
                    if self.style in ("apa", "numbered_apa")
                    else None
                )
            cut = re.sub(
                rf"\s?\({work.year}\)\.?|[,;]?\s{work.year}(?=[.;,])|\s{work.year}\.",
                "",
                text,
                count=1,
            )
            return cut if str(work.year) not in re.sub(r"https?://\S+", "", cut) else None
        if name == "unbalanced":
            match = re.search(r"\(([^()]{1,40})\)", plain)
            if match is None:
                return None
            at = text.index(match.group())
            return text[: at + len(match.group()) - 1] + text[at + len(match.group()) :]
        if name == "empty_title":
            if work.title not in text or work.kind == "web":
                return None
            return text.replace(work.title, "", 1)
        return None

    def dangling(self) -> None:
        para = self.rng.randrange(len(self.paragraphs))
        ident = f"p{len(self.pointers)}"
        self.pointers.append((para, self.rng.choice(POINTERS), ident))
        self.labels.append(("citations.dangling-pointer", ident, "/" + ident))
        if self.rng.random() < 0.5:
            other = self.rng.randrange(len(self.paragraphs))
            self.pointers.append((other, self.rng.choice(NOT_POINTERS), None))

    # -- rendering ---------------------------------------------------------------------
    def work(self, key: str) -> Work:
        return next(w for w in WORKS if w.key == key)

    def cite(self, keys: list[str]) -> tuple[str, bool]:
        """A slot's citation text, and whether it goes after the full stop."""
        rng = self.rng
        numbers = [self.printed[k] for k in keys if k in self.printed]
        numbers += [int(k[1:]) for k in keys if k.startswith("#")]
        if self.style in ("ieee", "vancouver"):
            numbers.sort()
            if self.style == "vancouver" and self.sup:
                return ",".join(map(str, numbers)).translate(SUPERSCRIPT), True
            if len(numbers) > 2 and numbers[-1] - numbers[0] == len(numbers) - 1:
                return f" [{numbers[0]}–{numbers[-1]}]", False
            return " [" + ", ".join(map(str, numbers)) + "]", False
        works = [self.work(k) for k in keys]
        page = rng.randint(3, 240) if self.style == "mla" else rng.choice([None, None, 12, 45])
        if len(works) == 1 and self.style != "mla" and rng.random() < 0.35:
            return f", as {self.author_year(works[0], True, page)} notes", False
        parts = [self.author_year(w, False, page if len(works) == 1 else None)[1:-1] for w in works]
        prefix = rng.choice(["", "", "", "see ", "e.g., "]) if self.style != "mla" else ""
        return f" ({prefix}{'; '.join(parts)})", False

    def author_year(self, work: Work, narrative: bool, page: int | None) -> str:
        text = styles.author_year(
            work, "apa" if self.style == "numbered_apa" else self.style, narrative, page
        )
        return text.replace(str(work.year), "n.d.") if work.key in self.undated else text

    def splice(self) -> None:
        plan: dict[tuple[int, int], list[str]] = {}
        for key, where in self.cited.items():
            for slot in where:
                plan.setdefault(self.places[slot], []).append(key)
        marks: dict[tuple[int, int], str] = {}
        for key, slot, ident in self.bogus:
            plan.setdefault(self.places[slot], []).append(key)
            marks[self.places[slot]] = tag(ident)
        if self.style == "notes":
            self.splice_notes(plan)
            return
        for (para, offset), keys in sorted(plan.items(), reverse=True):
            text, after = self.cite(sorted(set(keys)))
            mark = marks.get((para, offset), "")
            body = self.paragraphs[para]
            if after:
                body = body[: offset + 1] + mark + text + body[offset + 1 :]
            else:
                body = body[:offset] + text[:1] + mark + text[1:] + body[offset:]
            self.paragraphs[para] = body

    def splice_notes(self, plan: dict[tuple[int, int], list[str]]) -> None:
        """Chicago notes: a mark per slot, numbered in reading order; notes cite the works."""
        seen: set[str] = set()
        glued = self.rng.random() < 0.5
        for number, (place, keys) in enumerate(sorted(plan.items()), start=1):
            notes = []
            for key in sorted(set(keys)):
                work = self.work(key)
                notes.append(styles.note(work, self.rng.randint(3, 300), key not in seen))
                seen.add(key)
            key = f"n{number}"
            self.order.append(key)
            self.printed[key] = number
            self.texts[key] = "; ".join(n.rstrip(".") for n in notes) + "."
            self.note_marks[place] = str(number) if glued else str(number).translate(SUPERSCRIPT)
        self.bib = [w.key for w in sorted((self.work(k) for k in seen), key=sort_key)]
        for key in self.bib:
            self.texts[key] = styles.entry(self.work(key), "chicago").replace("..", ".")

    def note_defect(self, name: str) -> None:
        """Notes lose their marks in the text, or a note goes missing from the list."""
        places = sorted(self.note_marks)
        if name == "never_cited":
            self.note_marks.clear()
        elif name == "uncited" and len(places) > 2:
            place = self.rng.choice(places)
            self.note_marks.pop(place)
        elif name == "gap" and len(places) > 3:
            index = self.rng.randrange(1, len(places) - 1)
            self.note_marks.pop(places[index])
            self.order.remove(f"n{index + 1}")
            self.labels.append(
                ("citations.reference-numbering", f"e:n{index + 2}", f"e:n{index + 2}")
            )

    def insert_marks(self) -> None:
        for (para, offset), mark in sorted(self.note_marks.items(), reverse=True):
            body = self.paragraphs[para]
            self.paragraphs[para] = body[: offset + 1] + mark + body[offset + 1 :]
        for para, sentence, ident in sorted(self.pointers, reverse=True):
            sentence = f"{tag(ident)}{sentence}{tag('/' + ident)}" if ident else sentence
            self.paragraphs[para] = f"{self.paragraphs[para]} {sentence}"

    # -- layout ------------------------------------------------------------------------
    def render_list(self, keys: list[str], numbered: bool, marker: str) -> list[str]:
        rng = self.rng
        width = rng.choice([0, 0, 72, 80, 95])
        indent = rng.choice(["", "    "]) if width else ""
        blank = rng.random() < 0.4
        lines: list[str] = []
        for index, key in enumerate(keys):
            number = self.printed.get(key)
            label = marker.format(n=number) if numbered and number is not None else ""
            text = f"{tag('e:' + key)}{label}{self.texts[key]}{tag('/e:' + key)}"
            lines += wrap(text, width, indent)
            if blank:
                lines.append("")
            if width and index and index % 9 == 0 and rng.random() < 0.5:
                lines += (
                    ["", str(rng.randint(12, 40)), ""]
                    if not blank
                    else [str(rng.randint(12, 40)), ""]
                )
        return lines

    def body_lines(self) -> list[str]:
        width = self.rng.choice([0, 0, 78, 90])
        out: list[str] = []
        blank = self.rng.random() < 0.7 or bool(width)
        for para in self.paragraphs:
            out += wrap(para, width)
            if blank:
                out.append("")
        return out

    def document(self) -> tuple[str, list[dict[str, object]]]:
        rng = self.rng
        front = [
            self.title,
            "",
            rng.choice(["Maria Keller and Daniyar Sadykov", "A. Rahimov", "J. P. Okafor, L. Chen"]),
            "",
        ]
        if rng.random() < 0.6:
            front += ["Abstract", ""]
        lines = front + self.body_lines()
        if lines[-1]:
            lines.append("")
        if self.style == "notes":
            lines += [tag("h") + rng.choice(HEADINGS["notes"]), ""]
            lines += self.render_list(self.order, True, rng.choice(["{n}. ", "{n}. ", "{n} "]))
            lines += [
                "",
                tag("h2") + rng.choice(["Bibliography", "BIBLIOGRAPHY", "Works Cited"]),
                "",
            ]
            lines += self.render_list(self.bib, False, "")
        else:
            lines += [tag("h") + rng.choice(HEADINGS[self.style]), ""]
            marker = {
                "ieee": "[{n}] ",
                "vancouver": "{n}. ",
                "numbered_apa": rng.choice(["{n}. ", "{n}) "]),
            }
            lines += self.render_list(self.order, self.style in marker, marker.get(self.style, ""))
        trailer = rng.choice(TRAILERS).format(title=self.title)
        if trailer:
            lines += ["", trailer]
        return resolve_labels("\n".join(lines).rstrip() + "\n", self.final_labels())

    def final_labels(self) -> list[tuple[str, str, str]]:
        labels = list(self.labels)
        uncited = "citations.uncited-reference"
        if self.style == "notes":
            marked = {int(m.translate(UNSUPER)) for m in self.note_marks.values()}
            keys = [k for k in self.order if self.printed[k] not in marked]
            if not marked:
                labels.append(("citations.uncited-reference-list", "h", "h"))
        elif self.style in ("ieee", "vancouver"):
            numbers = {self.printed[k] for k, v in self.cited.items() if v and k in self.printed}
            keys = [
                k
                for k in self.real() + [k for k in self.order if k.startswith("dup:")]
                if self.printed[k] not in numbers
            ]
        else:
            keys = [
                k
                for k in self.order
                if not k.startswith("cont:") and not self.cited.get(k.removeprefix("dup:"))
            ]
        if self.style != "notes" and not any(self.cited.values()) and not self.bogus:
            labels.append(("citations.uncited-reference-list", "h", "h"))
        labels += [(uncited, f"e:{k}", f"/e:{k}") for k in keys]
        return labels

    def run(self, defects: list[str]) -> None:
        self.assign_citations()
        if self.style == "notes":
            self.build_order()
            self.splice()
            for name in defects:
                if name in ("never_cited", "uncited", "gap"):
                    self.note_defect(name)
                elif name == "dangling":
                    self.dangling()
                elif name in ENTRY_DEFECTS:
                    self.entry_defect(name)
            self.insert_marks()
            return
        steps = {
            "uncited": self.uncite,
            "never_cited": self.never_cite,
            "unresolved": self.unresolved,
        }
        for name in defects:
            if name in steps:
                steps[name]()
        self.build_order()
        if "duplicate" in defects:
            self.duplicate()
        if "continuation" in defects:
            self.continuation()
        if "gap" in defects:
            self.gap()
        if "order" in defects:
            self.disorder()
        for name in defects:
            if name in ENTRY_DEFECTS:
                self.entry_defect(name)
            elif name == "dangling":
                self.dangling()
        self.splice()
        self.insert_marks()


UNSUPER = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
ENTRY_DEFECTS = (
    "broken_url",
    "doubled_doi",
    "invalid_doi",
    "no_year",
    "nd",
    "unbalanced",
    "empty_title",
)


def resolve_labels(
    text: str, labels: list[tuple[str, str, str]]
) -> tuple[str, list[dict[str, object]]]:
    """Replace sentinels by nothing and turn labels into line ranges."""
    where: dict[str, int] = {}
    clean_lines = []
    for number, line in enumerate(text.split("\n"), start=1):
        for match in _SENTINEL.finditer(line):
            where[match.group(1)] = number
        clean_lines.append(_SENTINEL.sub("", line))
    found = []
    for rule, start, end in labels:
        if start in where:
            found.append(
                {"rule": rule, "line": where[start], "end_line": where.get(end, where[start])}
            )
    found.sort(key=lambda item: (item["line"], str(item["rule"])))
    return "\n".join(clean_lines), found


def pick_defects(rng: random.Random, style: str, index: int) -> list[str]:
    if index % 6 == 0:
        return []
    pool = list(
        DEFECTS["numeric" if style in ("ieee", "vancouver", "numbered_apa") else "author_year"]
    )
    if style == "apa" or style == "numbered_apa":
        pool.append("nd")
    if style == "notes":
        pool = ["never_cited", "uncited", "gap", "dangling", "broken_url", "no_year", "unbalanced"]
    chosen = rng.sample(pool, rng.randint(1, 3))
    if "never_cited" in chosen:
        chosen = [c for c in chosen if c not in ("uncited", "unresolved")]
    return chosen


NEGATIVES = [
    "wikipedia/00250.txt",
    "wikipedia/00205.txt",
    "wikipedia/02096.txt",
    "wikipedia/01349.txt",
    "wikipedia/00289.txt",
    "wikipedia/00309.txt",
    "wikipedia/02259.txt",
    "wikipedia/00864.txt",
    "wikipedia/01045.txt",
    "wikipedia/00862.txt",
    "wikipedia/00723.txt",
    "wikipedia/00409.txt",
    "wikipedia/01078.txt",
    "wikipedia/01654.txt",
    "wikipedia/01806.txt",
    "wikinews/00274.txt",
    "wikinews/00008.txt",
    "wikipedia/01330.txt",
    "wikipedia/01150.txt",
    "wikipedia/00923.txt",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("/work/shared/corpus"))
    parser.add_argument("--papers", type=int, default=96)
    parser.add_argument("--negatives", type=int, default=30)
    args = parser.parse_args()
    rng = random.Random(SEED)
    articles = load_articles(args.corpus, rng)
    out = HERE / "docs"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.txt"):
        if not old.name.startswith("hand_"):  # hand-written documents are kept
            old.unlink()
    labels: dict[str, list[dict[str, object]]] = {}
    for index in range(args.papers):
        style = STYLES[index % len(STYLES)]
        title, paragraphs = articles[index]
        builder = Builder(rng, style, title, paragraphs)
        builder.run(pick_defects(rng, style, index))
        text, found = builder.document()
        name = f"{index:03d}_{style}.txt"
        (out / name).write_text(text, encoding="utf-8")
        labels[name] = found
    others = sorted(p for p in args.corpus.glob("*/*.txt"))
    picks = NEGATIVES + [
        str(p.relative_to(args.corpus)) for p in rng.sample(others, args.negatives)
    ]
    for rel in dict.fromkeys(picks):
        name = "corpus_" + rel.replace("/", "_")
        shutil.copyfile(args.corpus / rel, out / name)
        labels[name] = []
    (HERE / "labels.json").write_text(
        json.dumps(labels, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"{len(labels)} documents, {sum(len(v) for v in labels.values())} labels")


if __name__ == "__main__":
    main()
