"""Build the labelled set of papers and pages (issue 11): chrome and citations in real layouts.

Papers are made from Wikipedia articles of ../shared/corpus: a title, fictional authors and
affiliations, an abstract, numbered sections of the article's paragraphs with author-year or
numbered citations spliced in, tables in several layouts (pipes, tabs, aligned columns, rows of
numbers), figure and table captions, formulas and intervals, back matter and a reference list in
one of five styles (APA, Harvard, Vancouver with the year, PLOS/Chicago `Author AB. 2006.`,
Chicago author-date; or numbered Vancouver). Half are hard-wrapped as pdftotext leaves them, with
running headers and footers at every page break, often inside a sentence. Pages are Wikinews
articles with site chrome, in-body widgets, promo lines and boxes spliced in.

Every shape comes from one of two pools: the *tune* part uses one, the *blind* part the other, so
the blind part measures whether a rule learnt shapes or phrases. Labels (`labels.json`): per file,
`gold` items {category, first, last, note} and `ignore` lines; documents of `clean` kind carry no
gold at all. Deterministic (fixed seed).

    python tests/eval/papers/build.py
"""

from __future__ import annotations

import json
import random
import re
import shutil
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = next(
    (
        p
        for p in (HERE.parents[3] / "shared" / "corpus", HERE.parents[4] / "shared" / "corpus")
        if p.is_dir()
    ),
    HERE.parents[3] / "shared" / "corpus",
)
SEED = 20261203
PER_PART = {"paper": 24, "page": 24}
PARTS = ("tune", "blind")
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

# ---------------------------------------------------------------- names and works
GIVEN = [
    "Anna",
    "Jean Paul",
    "Kenji",
    "Maria",
    "Olusegun",
    "Priya",
    "Lars",
    "Chen",
    "Fatima",
    "Tomasz",
    "Isabel",
    "Rahul",
    "Eva",
    "Mateo",
    "Sara",
    "Yusuf",
    "Ingrid",
    "Hiro",
    "Lucia",
    "Daniel",
    "Amara",
    "Pieter",
    "Nadia",
    "Felipe",
]
FAMILY = [
    "Moreau",
    "Tanaka",
    "Okafor",
    "Lindqvist",
    "Mehta",
    "Novak",
    "Hughes",
    "Costa",
    "Fischer",
    "Ibrahim",
    "Kowalski",
    "Murray",
    "Santos",
    "Nakamura",
    "Olsen",
    "Reyes",
    "Brandt",
    "Kim",
    "Achebe",
    "Walsh",
    "Petrov",
    "Haddad",
    "Larsen",
    "Quinn",
    "Garcia-Lopez",
    "O'Neill",
]
PARTICLES = [
    "van Dijk",
    "de Souza",
    "ten Brink",
    "da Silva",
    "von Essen",
    "van der Berg",
    "de la Cruz",
    "Le Roux",
    "dos Santos",
    "van den Heuvel",
]
CORPORATE = [
    "World Health Organization",
    "UNICEF",
    "R Core Team",
    "European Environment Agency",
    "National Research Council",
    "Food and Agriculture Organization",
    "Intergovernmental Panel on Climate Change",
    "OECD",
    "US Geological Survey",
]
JOURNALS = [
    "Journal of Regional Ecology",
    "Annals of Applied History",
    "Environmental Records",
    "Quarterly Review of Geography",
    "Journal of Field Studies",
    "Applied Survey Methods",
    "Frontiers in Landscape Research",
    "Proceedings of the Coastal Society",
]
PUBLISHERS = ["Northfield Press", "Meridian Academic", "Open Science Union"]

DOI_STEMS = ["j.", "jrs.", "fls.", ""]
DEPARTMENTS = ["Biology", "Geography", "History", "Earth Sciences"]
UNIVERSITIES = ["Northfield", "Lakeside", "Eastport"]
COUNTRIES = ["Norway", "Chile", "Kenya", "Canada"]
SUBSECTIONS = ["Data collection", "Study area", "Statistical analysis"]
CAPTION_TAILS = [
    "Error bars show the standard error",
    "Bars are 95% intervals",
    "Dots are single plots",
    "Shading marks the range",
]
THANKS = ["help in the field", "comments on a draft", "access to the archive", "the site maps"]
TABLE_TITLES = ["Site characteristics", "Summary of the samples", "Counts by period"]
STATISTICS = ["means", "medians", "totals"]
UNITS = ["visits", "seasons", "plots"]
TABLE_NOTES = ["n is the sample size", "p from a t test", "SD in brackets"]


@dataclass
class Work:
    """A fictional work: authors are (family, given) pairs; given is empty for a corporate one."""

    key: str
    authors: list[tuple[str, str]]
    year: int
    suffix: str
    title: str
    journal: str
    volume: int
    pages: str
    doi: str

    @property
    def label(self) -> str:
        return f"{self.year}{self.suffix}"


def make_works(rng: random.Random, titles: list[str], count: int) -> list[Work]:
    works: list[Work] = []
    for index in range(count):
        roll = rng.random()
        if roll < 0.12:
            authors = [(rng.choice(CORPORATE), "")]
        else:
            size = rng.choice([1, 1, 2, 2, 2, 3, 4, 5, 7])
            pool = PARTICLES if roll < 0.35 else FAMILY
            first = rng.choice(pool)
            rest = rng.sample(FAMILY, size - 1)
            authors = [(name, rng.choice(GIVEN)) for name in [first, *rest]]
        year = rng.randint(1987, 2021)
        title = rng.choice(titles)
        pages = f"{(p := rng.randint(10, 900))}–{p + rng.randint(5, 30)}"
        doi = f"10.{rng.randint(1000, 9999)}/{rng.choice(DOI_STEMS)}{rng.randint(10000, 99999)}"
        works.append(
            Work(
                f"w{index}",
                authors,
                year,
                "",
                title,
                rng.choice(JOURNALS),
                rng.randint(1, 60),
                pages,
                doi,
            )
        )
    # Same first author, same year: 2006a / 2006b.
    if len(works) > 3 and rng.random() < 0.7 and works[0].authors[0][1] and works[1].authors[0][1]:
        works[1].authors = [works[0].authors[0], *works[1].authors[1:]]
        works[1].year = works[0].year
    _letter(works)
    return works


def _letter(works: list[Work]) -> None:
    """Give works that would cite alike (same names and year) the letters a, b, ..."""
    groups: dict[tuple[str, int], list[Work]] = {}
    for work in works:
        groups.setdefault((cite_names(work, "and"), work.year), []).append(work)
    for group in groups.values():
        if len(group) > 1:
            for index, work in enumerate(group):
                work.suffix = "abcdefgh"[index]


def initials(given: str, dots: bool) -> str:
    letters = [part[0] for part in given.split()]
    return " ".join(f"{c}." for c in letters) if dots else "".join(letters)


def compact(numbers: list[int]) -> str:
    """Numbers as a compact citation writes them: "1–3,5"."""
    runs: list[list[int]] = []
    for number in numbers:
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return ",".join(f"{r[0]}–{r[-1]}" if len(r) > 2 else ",".join(map(str, r)) for r in runs)


def cite_names(work: Work, conj: str) -> str:
    fams = [family for family, _ in work.authors]
    if len(fams) >= 3:
        return f"{fams[0]} et al."
    return f" {conj} ".join(fams)


def entry(work: Work, style: str) -> str:
    """One reference entry in `style`."""
    a = work.authors
    if style == "apa":
        names = [f"{f}, {initials(g, True)}" if g else f for f, g in a]
        who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + ", & " + names[-1]
        return (
            f"{who} ({work.label}). {work.title}. {work.journal}, {work.volume}, "
            f"{work.pages}. https://doi.org/{work.doi}"
        )
    if style == "harvard":
        names = [f"{f}, {initials(g, True).replace(' ', '')}" if g else f for f, g in a]
        who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        return (
            f"{who} ({work.label}) '{work.title}', {work.journal}, {work.volume}, pp. {work.pages}."
        )
    if style in ("plos", "vancouver", "numbered"):
        names = [f"{f} {initials(g, False)}" if g else f for f, g in a]
        who = ", ".join(names[:6]) + (", et al" if len(names) > 6 else "")
        if style == "plos":
            where = f"{work.journal} {work.volume}:{work.pages}"
            return f"{who}. {work.label}. {work.title}. {where}. doi:{work.doi}"
        year = work.year if style == "numbered" else work.label
        return f"{who}. {work.title}. {work.journal}. {year};{work.volume}:{work.pages}."
    # chicago author-date
    names = []
    for index, (f, g) in enumerate(a):
        names.append(f if not g else f"{f}, {g}" if index == 0 else f"{g} {f}")
    who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + ", and " + names[-1]
    return f'{who}. {work.label}. "{work.title}." {work.journal} {work.volume}: {work.pages}.'


def citation(rng: random.Random, works: list[Work], style: str, used: set[str]) -> str:
    """An in-text citation of one to three works, parenthetical or narrative."""
    conj = "&" if style == "apa" and rng.random() < 0.7 else "and"
    comma = "," if style in ("apa", "harvard") else ""
    chosen = sorted(
        rng.sample(works, min(len(works), rng.choice([1, 1, 1, 2, 3]))),
        key=lambda w: (w.authors[0][0].lower(), w.year),
    )
    used.update(w.key for w in chosen)
    if len(chosen) == 1 and rng.random() < 0.3:
        work = chosen[0]
        names = cite_names(work, "and")
        if rng.random() < 0.5:  # a sentence of its own, opening with the name
            ending = rng.choice(NARRATIVE_ENDINGS)
            return f". {names[0].upper()}{names[1:]} ({work.label}) {ending}"
        return f"; see {names} ({work.label})"
    parts: list[str] = []
    for w in chosen:
        head = f"{cite_names(w, conj)}{comma} "
        if parts and w.suffix and parts[-1].startswith(head + str(w.year)):
            parts[-1] += f", {w.suffix}"  # "Moreau 2006a, b"
        else:
            parts.append(f"{head}{w.label}")
    lead = rng.choice(["", "", "", "e.g. ", "see "])
    return f"({lead}{'; '.join(parts)})"


# ---------------------------------------------------------------- shapes: two pools
NAV = {
    "tune": [
        ["Journals", "Books", "Conferences", "About", "Submit"],
        ["Download PDF", "Cite this article", "Share"],
        ["Home > {journal} > Vol {volume}"],
    ],
    "blind": [
        ["Open Access", "Article", "Metrics", "Full text", "Figures & Data"],
        ["View PDF", "Export citation", "Add to library", "Permissions"],
        ["Browse  Issues  Collections  Authors"],
    ],
}
FURNITURE = {
    "tune": [
        ("{journal} {volume} ({year}) {span}", "{n}"),
        ("{runner} et al.", "{short}"),
        ("Page {n} of {total}", "https://doi.org/{doi}"),
        ("{upper} | https://doi.org/{doi} {month} {day}, {year} {n} / {total}", ""),
        ("Downloaded from https://journals.example.org/ by guest on {day} {month} {year}", "{n}"),
        ("This article is licensed under a Creative Commons Attribution 4.0 licence.", "{n}"),
    ],
    "blind": [
        ("{n} | {journal} | Vol. {volume} | {year}", ""),
        ("© {year} The Authors. {journal} published by {publisher}.", "{n}"),
        ("ARTICLE IN PRESS", "{runner} et al. / {journal} {volume} ({year}) {span}"),
        ("{short}", "{journal}, {year}, {volume}, {n}–{total}"),
    ],
}
WIDGETS = {
    "tune": [
        "Share",
        "Link Copied",
        "Add to Pocket",
        "Enlarge Image",
        "Photo",
        "Watch the video",
        "{count}",
        "Read: {headline}",
        "Related: {headline}",
        "MORE: {headline}",
        "Advertisement",
        "{count}k",
        "Recommended: {headline}",
        "[{headline}]",
        "IMG_{count}.jpg",
        "https://cdn.example-news.com/images/{count}/photo.jpg",
        "Keep Reading",
        "Love this article?",
    ],
    "blind": [
        "Copy link",
        "Save for later",
        "Expand photo",
        "Gallery",
        "Play video",
        "{count} shares",
        "See also: {headline}",
        "Also read: {headline}",
        "WATCH: {headline}",
        "(Read more: {headline})",
        "DSC{count}.JPG",
        "http://static.example.org/media/{count}_large.png",
        "Continue reading",
        "Did you enjoy this story?",
    ],
}
BOXES = {
    "tune": [
        ["Get our weekly newsletter", "Email address", "Sign up"],
        ["Support our reporting. Donate today."],
        ["This post contains affiliate links. We may earn a commission if you buy through them."],
    ],
    "blind": [
        ["The Morning Brief", "Delivered to your inbox every weekday.", "Subscribe now"],
        ["Help keep this site free: make a contribution"],
        ["We may receive a small fee when you purchase products via links on this page."],
    ],
}
HEADERS = {
    "tune": [["Skip to content", "Menu", "World", "Politics", "Science", "Search"]],
    "blind": [["Main menu", "Latest", "Regions", "Business", "Log in"]],
}
FOOTERS = {
    "tune": [["About us", "Contact", "Privacy Policy", "© 2020 Example Daily"]],
    "blind": [["Terms", "Advertise", "Careers", "Copyright 2019 Riverside Media Group"]],
}

GENES = ["BRCA1", "TP53", "IL-6", "CYP2D6", "HLA-B*57:01", "rpoB", "16S rRNA"]
FORMULAS = [
    "The index was computed as I = (x − μ)/σ for each site, with values in [0, 1).",
    "Scores were bounded to the interval (0, 1] and transformed as log(1 + s).",
    "Expression of {gene} (fold change 2.4 [1.8–3.1]) differed between groups.",
    "The model f(t) = a·exp(−b[t − t0]) was fitted by least squares (R² = 0.91).",
    "We report means ± SD and 95% confidence intervals [CI] throughout.",
]
NARRATIVE_ENDINGS = [
    "reached the same conclusion",
    "reported similar figures",
    "describe the method in full",
    "disagree",
]
NON_CITATIONS = [
    "Records were grouped by decade (between 1990 and 2000, and after 2000).",
    "Two schemes were compared (either model A or model 2000).",
    "The largest sample (n = 2011) came from the northern sites.",
    "Counts were taken in the same month (about 1,200 in 2004 and 1,450 in 2014).",
    "The classification followed the revised scheme (the 2008 revision).",
]


# ---------------------------------------------------------------- documents
@dataclass
class Doc:
    """Lines with their labels: None, a gold key, or "ignore"."""

    lines: list[tuple[str, str | None]] = field(default_factory=list)
    notes: dict[str, tuple[str, str]] = field(default_factory=dict)

    def add(self, text: str, label: str | None = None) -> None:
        self.lines.append((text, label))

    def gold(self, key: str, category: str, note: str) -> str:
        self.notes[key] = (category, note)
        return key


def load(folder: str) -> list[tuple[str, list[str]]]:
    articles = []
    for path in sorted((CORPUS / folder).glob("*.txt")):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        paragraphs = [p for p in lines[1:] if len(p.split()) >= 25]
        if len(paragraphs) >= 5:
            articles.append((lines[0], paragraphs))
    return articles


def vary(rng: random.Random, text: str) -> str:
    """The same shape with other words, so stock sentences do not repeat across the set."""
    lead = rng.choice(["", "In this study, ", "As before, ", "For the main sample, "])
    text = re.sub(r"\d", lambda _: str(rng.randint(1, 9)), text)
    return lead + text[0].lower() + text[1:] if lead else text


def fill(template: str, values: dict[str, object]) -> str:
    return template.format(**values)


def paper(
    rng: random.Random, part: str, title: str, paras: list[str], titles: list[str], defects: bool
) -> Doc:
    doc = Doc()
    style = rng.choice(["apa", "harvard", "vancouver", "plos", "chicago", "numbered"])
    works = make_works(rng, titles, rng.randint(8, 14))
    values: dict[str, object] = {
        "journal": rng.choice(JOURNALS),
        "volume": rng.randint(2, 60),
        "year": rng.randint(2005, 2022),
        "publisher": rng.choice(PUBLISHERS),
        "doi": f"10.{rng.randint(1000, 9999)}/x{rng.randint(1000, 99999)}",
    }
    if defects and rng.random() < 0.5:
        nav = rng.choice(NAV[part])
        key = doc.gold("nav", "boilerplate", "publisher navigation above the title")
        for line in nav:
            doc.add(fill(line, values), key)
    authors = rng.sample(FAMILY, 3)
    doc.add(title)
    doc.add(", ".join(f"{rng.choice(GIVEN)} {name}{i + 1}" for i, name in enumerate(authors)))
    for i in range(3):
        doc.add(
            f"{i + 1} Department of {rng.choice(DEPARTMENTS)}, "
            f"University of {rng.choice(UNIVERSITIES)}, {rng.choice(COUNTRIES)}"
        )
    doc.add(f"{values['journal']} {values['volume']}: {rng.randint(1, 900)}. doi:{values['doi']}")
    doc.add("")
    doc.add(rng.choice(["Abstract", "ABSTRACT", "Summary"]))
    doc.add(paras[0])
    doc.add("")
    doc.add("Keywords: " + "; ".join(t.lower() for t in rng.sample(titles, 3)))
    numbered = style == "numbered"
    order: list[Work] = []
    used: set[str] = set()

    def cite(text: str) -> str:
        sentences = re.split(r"(?<=[.!?]) (?=[A-Z])", text)
        out = []
        for sentence in sentences:
            if rng.random() < 0.35 and sentence.endswith("."):
                if numbered:
                    chosen = rng.sample(works, rng.choice([1, 1, 2, 3, 4]))
                    for work in chosen:
                        if work not in order:
                            order.append(work)
                    marks = compact(sorted(order.index(w) + 1 for w in chosen))
                    sentence = f"{sentence[:-1]} [{marks}]."
                else:
                    cited = citation(rng, works, style, used)
                    space = "" if cited[0] in ".;" else " "
                    sentence = f"{sentence[:-1]}{space}{cited}."
            out.append(sentence)
        return " ".join(out)

    sections = ["Introduction", "Materials and methods", "Results", "Discussion"]
    body = paras[1:]
    per = max(1, len(body) // len(sections))
    table_done = False
    for number, name in enumerate(sections, 1):
        doc.add("")
        doc.add(rng.choice([f"{number}. {name}", f"{number} {name}", name.upper()]))
        chunk = body[(number - 1) * per : number * per] or body[-1:]
        for index, para in enumerate(chunk):
            if name == "Materials and methods" and index == 1:
                doc.add("")
                doc.add(f"{number}.1 {rng.choice(SUBSECTIONS)}")
            doc.add(cite(para))
        if name == "Materials and methods":
            doc.add(vary(rng, rng.choice(FORMULAS).format(gene=rng.choice(GENES))))
            doc.add(vary(rng, rng.choice(NON_CITATIONS)))
        if name == "Results" and not table_done:
            table_done = True
            add_table(rng, doc)
            doc.add(
                f"{rng.choice(['Figure', 'Fig.'])} 2. {rng.choice(titles)} by site and year. "
                f"{rng.choice(CAPTION_TAILS)}."
            )
    doc.add("")
    doc.add(rng.choice(["Acknowledgments", "Acknowledgements"]))
    doc.add(f"We thank {rng.choice(GIVEN)} {rng.choice(FAMILY)} for {rng.choice(THANKS)}.")
    doc.add("")
    doc.add("Funding")
    doc.add(
        f"This work was supported by the {rng.choice(CORPORATE)} (grant {rng.randint(100, 9999)})."
    )
    entries = order if numbered else [w for w in works if w.key in used]
    doc.add("")
    doc.add("References")
    kinds = (
        rng.sample(["uncite", "unresolved", "doi_space", "duplicate", "noyear"], 2)
        if defects
        else []
    )
    if "unresolved" in kinds and not numbered:
        ghost = (
            f"({rng.choice(FAMILY[::-1])} and {rng.choice(PARTICLES)} {rng.randint(1990, 2020)})"
        )
        key = doc.gold("unresolved", "citation", "citation of a work not in the list")
        for i in range(len(doc.lines) - 1, 0, -1):
            t, lab = doc.lines[i]
            if lab is None and len(t.split()) > 25 and t.endswith("."):
                doc.lines[i] = (f"{t[:-1]} {ghost}.", key)
                break
    if "uncite" in kinds and not numbered:
        extra = make_works(rng, titles, 1)[0]
        extra.key = "extra"
        entries.append(extra)
    if not numbered:
        entries.sort(key=lambda w: (w.authors[0][0].lower(), w.year, w.suffix))
    for index, work in enumerate(entries):
        line = entry(work, "numbered" if numbered else style)
        if numbered:
            line = f"{index + 1}. {line}"
        label = None
        if work.key == "extra":
            label = doc.gold(f"uncited-{work.key}", "citation", "entry no citation points to")
        if (
            "doi_space" in kinds
            and label is None
            and "doi" in line
            and "doi_space" not in doc.notes
        ):
            line = re.sub(r"(10\.\d+/)", r"\1 ", line, count=1)
            label = doc.gold("doi_space", "citation", "DOI broken by a space after its prefix")
        elif (
            "noyear" in kinds
            and label is None
            and "noyear" not in doc.notes
            and not numbered
            and not re.search(r"\d{4}", work.title)  # a title's year would still date it
        ):
            line = (
                line.replace(f"({work.label}). ", "")
                .replace(f" ({work.label})", "")
                .replace(f". {work.label}.", ".")
            )
            if work.label not in line:
                label = doc.gold("noyear", "citation", "entry without a year")
        doc.add(line, label)
        if (
            "duplicate" in kinds
            and "duplicate" not in doc.notes
            and label is None
            and index > 2
            and not numbered
        ):
            key = doc.gold("duplicate", "citation", "the same work listed twice")
            doc.lines[-1] = (line, key)
            doc.add(line, key)
    return doc


def add_table(rng: random.Random, doc: Doc) -> None:
    sep = rng.choice([" | ", "\t", "   "])
    doc.add("")
    doc.add(f"Table {rng.randint(1, 3)}. {rng.choice(TABLE_TITLES)}.")
    head = rng.choice(
        [
            ["Site", "Area (ha)", "n", "Mean ± SD"],
            ["Isolate", "Genotype", "Growth (h)", "p"],
            ["Period", "Records", "Share (%)"],
        ]
    )
    doc.add(sep.join(head))
    for row in range(rng.randint(3, 7)):
        cells = [rng.choice(["North", "South", "K-12", "Lake", "Ridge", "C3"]) + str(row + 1)]
        for _ in head[1:]:
            cells.append(
                rng.choice(
                    [
                        f"{rng.uniform(0, 99):.1f}",
                        str(rng.randint(1, 400)),
                        f"{rng.uniform(0, 9):.2f} ± {rng.uniform(0, 2):.2f}",
                        "<0.001",
                    ]
                )
            )
        doc.add(sep.join(cells))
    doc.add(
        f"Values are {rng.choice(STATISTICS)} over {rng.randint(2, 30)} {rng.choice(UNITS)}; "
        f"{rng.choice(TABLE_NOTES)}."
    )


def page(rng: random.Random, part: str, title: str, paras: list[str], defects: bool) -> Doc:
    doc = Doc()
    values = {"headline": "", "count": 0}
    if defects:
        key = doc.gold("header", "boilerplate", "site header")
        for line in rng.choice(HEADERS[part]):
            doc.add(line, key)
    doc.add(title)
    doc.add(f"By {rng.choice(GIVEN)} {rng.choice(FAMILY)}")
    doc.add(f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2015, 2021)}")
    doc.add("")
    slots = (
        sorted(rng.sample(range(1, len(paras)), min(len(paras) - 1, rng.randint(2, 4))))
        if defects
        else []
    )
    for index, para in enumerate(paras):
        if index in slots:
            values = {"headline": rng.choice(HEADLINES), "count": rng.randint(12, 9800)}
            key = doc.gold(f"widget{index}", "boilerplate", "in-body widget or promo")
            if rng.random() < 0.3:
                for line in rng.choice(BOXES[part]):
                    doc.add(line, key)
            else:
                for template in rng.sample(WIDGETS[part], rng.choice([1, 1, 2])):
                    doc.add(fill(template, values), key)
            doc.add("")
        doc.add(para)
        doc.add("")
    if defects:
        key = doc.gold("footer", "boilerplate", "site footer")
        for line in rng.choice(FOOTERS[part]):
            doc.add(line, key)
    return doc


HEADLINES: list[str] = []


def wrap_pdf(rng: random.Random, part: str, doc: Doc, width: int) -> Doc:
    """Hard-wrap prose and insert running headers and footers at every page break."""
    out = Doc(notes=dict(doc.notes))
    header, footer = rng.choice(FURNITURE[part])
    title = (
        doc.lines[0][0]
        if doc.lines[0][1] is None
        else next(t for t, lab in doc.lines if lab is None)
    )
    runner = (
        doc.lines[[lab for _, lab in doc.lines].index(None) + 1][0]
        .split(",")[0]
        .split()[-1]
        .rstrip("123")
    )
    wrapped: list[tuple[str, str | None]] = []
    for text, label in doc.lines:
        if len(text.split()) > 14 and "|" not in text and "\t" not in text:
            wrapped.extend((piece, label) for piece in textwrap.wrap(text, width))
        else:
            wrapped.append((text, label))
    page_lines = min(rng.randint(40, 56), len(wrapped) // 3)  # three pages at least
    total = len(wrapped) // page_lines + 1
    values: dict[str, object] = {
        "journal": rng.choice(JOURNALS),
        "volume": rng.randint(2, 60),
        "year": rng.randint(2005, 2022),
        "span": f"{(s := rng.randint(10, 500))}–{s + total}",
        "runner": runner,
        "short": " ".join(title.split()[:6]),
        "doi": f"10.{rng.randint(1000, 9999)}/p{rng.randint(1000, 99999)}",
        "month": rng.choice(MONTHS),
        "day": rng.randint(1, 28),
        "total": total,
        "publisher": rng.choice(PUBLISHERS),
    }
    values["upper"] = str(values["journal"]).upper()
    for index, item in enumerate(wrapped):
        if index and index % page_lines == 0:
            values["n"] = index // page_lines + 1
            key = out.gold(
                f"page{index}", "boilerplate", "running header or footer at a page break"
            )
            for template in (footer, header) if values["n"] % 2 else (header, footer):
                if template:
                    out.add(fill(template, values), key)
        out.add(*item)
    return out


def labels(doc: Doc) -> dict[str, object]:
    items: list[dict[str, object]] = []
    ignore: list[int] = []
    for number, (_, label) in enumerate(doc.lines, 1):
        if label is None:
            continue
        if label == "ignore":
            ignore.append(number)
            continue
        category, note = doc.notes[label]
        same = [item for item in items if item["key"] == label]
        if same:  # an entry or paragraph cut by a page break is still one item
            same[0]["last"] = number
        else:
            items.append(
                {"key": label, "category": category, "first": number, "last": number, "note": note}
            )
    return {"gold": items, "ignore": ignore}


def main() -> None:
    rng = random.Random(SEED)
    wiki = load("wikipedia")
    news = load("wikinews")
    rng.shuffle(wiki)
    rng.shuffle(news)
    # Articles that cite works of their own ("Mock et al. (1988)") would cite outside the list.
    own = re.compile(r"\bet al\b|\b(?:and|&) [A-Z]\w+,? \(?\d{4}\)")
    long = [a for a in wiki if len(a[1]) >= 14 and not any(own.search(p) for p in a[1][:16])]
    titles = [t for t, _ in wiki[400:700] if 3 <= len(t.split()) <= 8]
    HEADLINES.extend(t for t, _ in news[300:] if len(t.split()) >= 5)
    HEADLINES.extend(t for t, _ in news[:60] if len(t.split()) >= 5)
    docs = HERE / "docs"
    shutil.rmtree(docs, ignore_errors=True)
    all_labels: dict[str, object] = {}
    for part_index, part in enumerate(PARTS):
        folder = docs / part
        folder.mkdir(parents=True)
        for index in range(PER_PART["paper"]):
            title, paras = long[part_index * 100 + index]
            defects = index % 4 != 0
            doc = paper(rng, part, title, paras[:16], titles, defects)
            if index % 2:
                doc = wrap_pdf(rng, part, doc, rng.choice([78, 88, 96]))
            name = f"{part}/paper{index:02d}{'_clean' if not defects else ''}.txt"
            write(docs / name, doc, all_labels, name)
        for index in range(PER_PART["page"]):
            title, paras = news[part_index * 100 + index]
            defects = index % 4 != 0
            doc = page(rng, part, title, paras[:8], defects)
            name = f"{part}/page{index:02d}{'_clean' if not defects else ''}.txt"
            write(docs / name, doc, all_labels, name)
    (HERE / "labels.json").write_text(
        json.dumps(all_labels, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )


def write(path: Path, doc: Doc, all_labels: dict[str, object], name: str) -> None:
    path.write_text("\n".join(t for t, _ in doc.lines) + "\n", encoding="utf-8")
    all_labels[name] = labels(doc)


if __name__ == "__main__":
    main()
