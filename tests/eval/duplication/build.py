"""Build the labelled set of the duplicate-passage check: wire stories re-edited by outlets.

Wikinews stories from ../shared/corpus (CC BY 2.5, see README.md here) play the
agency copy. Each "outlet" carries one the way outlets carry wire copy: its own
headline, the paragraphs broken differently (merged, split, hard-wrapped or run
together without blank lines), other quotation marks and dashes, house-style
word changes ("said" -> "says", "four" -> "4", "Four other people" -> "Another
four people"), a few sentences dropped, the bottom cut, and paragraphs of its
own (from stories outside the set) interleaved. Besides these clusters the set
has passages of two or three paragraphs pasted into an unrelated story, stories
that quote the same words as another one inside a different sentence (not a
copy), and clean stories.

Two parts are written, `docs/tuned/` and `docs/blind/`, each a corpus of its
own; labels.json lists, per part, every pair of documents that share at least
`MIN_WORDS` words (type `whole`, `reedit` or `planted`, the line range on both
sides), the pairs sharing fewer (`ignore`: neither right nor wrong), and the
clean documents. Deterministic: fixed seed, same bytes on every run.

    python tests/eval/duplication/build.py
"""

from __future__ import annotations

import json
import random
import re
import shutil
import textwrap
from collections import Counter, defaultdict
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
SEED = 15
MIN_WORDS = 40  # a pair sharing fewer words is labelled `ignore`
PARTS = {"tuned": 0.65, "blind": 0.35}
_SENTENCE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”']))\s+(?=[\"“']?[A-Z0-9])")
_QUOTE = re.compile(r'"([^"]{60,400})"')


@dataclass
class Sentence:
    """One sentence of a story: its text and where it came from (story, index)."""

    text: str
    origin: tuple[str, int] | None  # None for text an outlet added


@dataclass
class Doc:
    """A document being built: title and paragraphs of sentences, and its layout."""

    name: str
    title: str
    paragraphs: list[list[Sentence]]
    layout: str = "blank"
    dated: str = ""
    planted: bool = False
    lines_of: dict[tuple[str, int], int] = field(default_factory=dict)


def stories() -> dict[str, tuple[str, str, list[str]]]:
    """Wikinews stories: name -> (title, date, paragraphs)."""
    found = {}
    for path in sorted((CORPUS / "wikinews").glob("*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        paragraphs = [line for line in lines[3:] if line.strip()]
        found[path.stem] = (lines[0], lines[1], paragraphs)
    return found


def _shingles(text: str, size: int = 8) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def independent(all_stories: dict[str, tuple[str, str, list[str]]]) -> list[str]:
    """Stories long enough that share no 8-word run with any other Wikinews story."""
    grams = {name: _shingles(" ".join(p)) for name, (_, _, p) in all_stories.items()}
    counts: Counter[str] = Counter(g for s in grams.values() for g in s)
    keep = []
    for name, (_, _, paragraphs) in all_stories.items():
        words = sum(len(p.split()) for p in paragraphs)
        shared = sum(counts[g] > 1 for g in grams[name])
        if len(paragraphs) >= 5 and words >= 200 and shared <= 2:
            keep.append(name)
    return keep


def split_sentences(name: str, paragraphs: list[str]) -> list[list[Sentence]]:
    """Paragraphs as sentences, each tagged with its story and running index."""
    result, index = [], 0
    for paragraph in paragraphs:
        row = []
        for text in _SENTENCE.split(paragraph):
            row.append(Sentence(text, (name, index)))
            index += 1
        result.append(row)
    return result


# House-style changes outlets make to wire copy (regex, replacement).
STYLE = [
    (r"\bsaid\b", "says"),
    (r"\bmore than\b", "over"),
    (r"\bpercent\b", "per cent"),
    (r"\bapproximately\b", "about"),
    (r"\bUnited States\b", "US"),
    (r"\bHowever, ", "But "),
    (r"\balso ", ""),
    (r"\b(\w+) other (people|persons|men|women|children)\b", r"another \1 \2"),
    (r"\bthree\b", "3"),
    (r"\bfour\b", "4"),
    (r"\b5\b", "five"),
    (r"\b2\b", "two"),
    (r"\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", r"\1"),
]
QUOTES = [("“", "”"), ("''", "''"), ("«", "»")]
DASHES = [" — ", " -- ", " – "]
FRAMES = ["{q}, the statement read.", "In a statement: {q}", "{q}, according to the report."]


def restyle(rng: random.Random, doc: Doc, edits: int) -> None:
    """Apply house style: quote marks, dashes and a few word changes."""
    left, right = rng.choice(QUOTES)
    dash = rng.choice(DASHES)
    sentences = [s for p in doc.paragraphs for s in p if s.origin is not None]
    for sentence in sentences:
        text = re.sub(r'"([^"]*)"', lambda m: f"{left}{m.group(1)}{right}", sentence.text)
        sentence.text = re.sub(r" [-–—]{1,2} ", dash, text)
    for sentence in rng.sample(sentences, min(edits * 3, len(sentences))):
        if edits <= 0:
            break
        pattern, replacement = rng.choice(STYLE)
        changed = re.sub(pattern, replacement, sentence.text, count=1)
        if changed != sentence.text:
            sentence.text = changed[:1].upper() + changed[1:]
            edits -= 1


def reparagraph(rng: random.Random, doc: Doc) -> None:
    """Merge some neighbouring paragraphs and split some long ones at a sentence."""
    merged: list[list[Sentence]] = []
    for paragraph in doc.paragraphs:
        if merged and rng.random() < 0.2 and len(merged[-1]) + len(paragraph) <= 5:
            merged[-1] = merged[-1] + paragraph
        elif len(paragraph) >= 3 and rng.random() < 0.4:
            cut = rng.randrange(1, len(paragraph))
            merged.extend([paragraph[:cut], paragraph[cut:]])
        else:
            merged.append(paragraph)
    doc.paragraphs = merged


def headline(rng: random.Random, title: str) -> str:
    """An outlet's own headline: the agency one with words dropped or reordered."""
    words = title.split()
    if len(words) > 5 and rng.random() < 0.5:
        del words[rng.randrange(1, len(words) - 1)]
    if rng.random() < 0.5:
        return " ".join(words).upper() if rng.random() < 0.3 else " ".join(words).title()
    return " ".join([*words[len(words) // 2 :], ":", *words[: len(words) // 2]])


def outlet(rng: random.Random, name: str, source: Doc, own: list[str], whole: bool) -> Doc:
    """One outlet's version of the agency story."""
    paragraphs = [[Sentence(s.text, s.origin) for s in p] for p in source.paragraphs]
    if not whole:
        keep = max(2, round(len(paragraphs) * rng.choice([0.3, 0.5, 0.7, 0.9, 1.0])))
        paragraphs = paragraphs[:keep]  # the bottom is cut, as wire editors do
        for paragraph in paragraphs[1:]:
            if len(paragraph) > 1 and rng.random() < 0.3:
                del paragraph[rng.randrange(len(paragraph))]
        for _ in range(min(len(own), rng.randint(1, 3))):
            text = own.pop()  # each outlet paragraph is used once in the whole part
            at = rng.randint(1, len(paragraphs))
            paragraphs.insert(at, [Sentence(t, None) for t in _SENTENCE.split(text)])
    doc = Doc(name, headline(rng, source.title), paragraphs, rng.choice(LAYOUTS))
    doc.dated = source.dated if rng.random() < 0.5 else ""
    reparagraph(rng, doc)
    restyle(rng, doc, rng.randint(1, 4))
    return doc


LAYOUTS = ["blank", "blank", "tight", "wrapped"]


def render(doc: Doc) -> str:
    """Write the document: title, optional date, paragraphs in its layout."""
    lines = [doc.title] + ([doc.dated] if doc.dated else []) + [""]
    for paragraph in doc.paragraphs:
        text = " ".join(s.text for s in paragraph)
        width = 72 if doc.layout == "wrapped" else 10**6
        first = len(lines) + 1
        chunk = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)
        lines.extend(chunk)
        offset = 0
        for sentence in paragraph:  # line of each sentence, by its position in the text
            start = text.find(sentence.text, offset)
            offset = start + len(sentence.text)
            if sentence.origin is not None:
                doc.lines_of[sentence.origin] = first + _line_at(chunk, start)
        if doc.layout != "tight":
            lines.append("")
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n"


def _line_at(chunk: list[str], offset: int) -> int:
    total = 0
    for index, line in enumerate(chunk):
        total += len(line) + 1
        if offset < total:
            return index
    return len(chunk) - 1


def source_doc(name: str, story: tuple[str, str, list[str]]) -> Doc:
    """A story as it stands in the corpus."""
    title, date, paragraphs = story
    return Doc(name, title, split_sentences(name, paragraphs), "blank", date)


def shared_pairs(docs: list[Doc]) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """Every pair of documents with sentences of one origin in common, labelled."""
    holders: dict[tuple[str, int], list[Doc]] = defaultdict(list)
    words: dict[tuple[str, int], int] = {}
    for doc in docs:
        for paragraph in doc.paragraphs:
            for s in paragraph:
                if s.origin is not None:
                    holders[s.origin].append(doc)
                    words[s.origin] = len(s.text.split())
    common: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
    for origin, found in holders.items():
        for i, a in enumerate(found):
            for b in found[i + 1 :]:
                common[(a.name, b.name)].append(origin)
    by_name = {doc.name: doc for doc in docs}
    gold, ignore = [], []
    for (a, b), origins in sorted(common.items()):
        shared = sum(words[o] for o in origins)
        da, db = by_name[a], by_name[b]
        item = {"a": _side(da, origins), "b": _side(db, origins), "words": shared}
        if shared < MIN_WORDS:
            ignore.append(item)
        else:
            gold.append({"type": _kind(da, db, origins, words), **item})
    return gold, ignore


def _side(doc: Doc, origins: list[tuple[str, int]]) -> dict[str, object]:
    lines = [doc.lines_of[o] for o in origins]
    return {"path": f"{doc.name}.txt", "first": min(lines), "last": max(lines)}


def _kind(a: Doc, b: Doc, origins: list[tuple[str, int]], words: dict[tuple[str, int], int]) -> str:
    if a.planted or b.planted:
        return "planted"
    shared = sum(words[o] for o in origins)
    body_a = sum(len(s.text.split()) for p in a.paragraphs for s in p)
    body_b = sum(len(s.text.split()) for p in b.paragraphs for s in p)
    return "whole" if shared >= 0.8 * max(body_a, body_b) else "reedit"


def plant(rng: random.Random, host: Doc, donor: Doc, count: int) -> None:
    """Paste `count` consecutive paragraphs of `donor` into `host`, lightly edited."""
    start = rng.randrange(1, len(donor.paragraphs) - count)
    pasted = [[Sentence(s.text, s.origin) for s in p] for p in donor.paragraphs[start:][:count]]
    for paragraph in pasted:
        for s in paragraph:
            s.text = re.sub(r'"([^"]*)"', r"“\1”", s.text)
    at = rng.randint(1, len(host.paragraphs) - 1)
    host.paragraphs[at:at] = pasted
    host.planted = True


def quote_in(rng: random.Random, host: Doc, quoted: list[str]) -> bool:
    """Quote another story's words inside a sentence of the host's own (not a copy)."""
    for text in quoted:
        found = _QUOTE.search(text)
        if found:
            sentence = rng.choice(FRAMES).format(q=f"“{found.group(1)}”")
            at = rng.randint(1, len(host.paragraphs) - 1)
            host.paragraphs.insert(at, [Sentence(sentence, None)])
            return True
    return False


def build_part(
    rng: random.Random, names: list[str], pool: dict[str, tuple[str, str, list[str]]]
) -> tuple[list[Doc], list[str]]:
    """One part: clusters, plants, quotes and clean stories from `names`."""
    rng.shuffle(names)
    own_pool = [p for n in names[:14] for p in pool[n][2] if len(p.split()) >= 25]
    rng.shuffle(own_pool)
    names = names[14:]
    count = len(names) * 35 // 100
    clusters, hosts, alone = names[:count], names[count:][: len(names) * 40 // 100], []
    clean = names[len(clusters) + len(hosts) :]
    docs: list[Doc] = []
    for number, name in enumerate(clusters):
        source = source_doc(name, pool[name])
        versions = rng.choice([1, 2, 2, 3])
        if versions == 1 or rng.random() < 0.5:
            docs.append(source)
        for v in range(versions):
            whole = rng.random() < 0.35
            docs.append(outlet(rng, f"c{number:02d}_{name}_{'abc'[v]}", source, own_pool, whole))
    for i in range(0, len(hosts) - 1, 2):
        host = source_doc(hosts[i], pool[hosts[i]])
        other = source_doc(hosts[i + 1], pool[hosts[i + 1]])
        if i % 6 == 4:
            if quote_in(rng, host, pool[hosts[i + 1]][2]):
                alone.append(host.name)
        else:
            plant(rng, host, other, rng.choice([1, 1, 2, 3]))
        docs.extend([host, other])
    docs.extend(source_doc(name, pool[name]) for name in clean)
    return docs, alone


def main() -> None:
    pool = stories()
    names = independent(pool)
    rng = random.Random(SEED)
    rng.shuffle(names)
    cut = round(len(names) * PARTS["tuned"])
    labels: dict[str, object] = {}
    shutil.rmtree(HERE / "docs", ignore_errors=True)
    for part, chosen in (("tuned", names[:cut]), ("blind", names[cut:])):
        docs, quoted = build_part(random.Random(f"{SEED}-{part}"), sorted(chosen), pool)
        folder = HERE / "docs" / part
        folder.mkdir(parents=True)
        for doc in docs:
            (folder / f"{doc.name}.txt").write_text(render(doc), encoding="utf-8")
        gold, ignore = shared_pairs(docs)
        paired = {side["path"] for item in gold + ignore for side in (item["a"], item["b"])}
        clean = sorted(f"{d.name}.txt" for d in docs if f"{d.name}.txt" not in paired)
        labels[part] = {
            "pairs": gold,
            "ignore": ignore,
            "clean": clean,
            "quoted": sorted(f"{n}.txt" for n in quoted),
        }
        print(f"{part}: {len(docs)} documents, {len(gold)} pairs, {len(clean)} clean")
    (HERE / "labels.json").write_text(json.dumps(labels, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
