"""Build a labelled set of news stories with planted figure conflicts, from real stories.

The way the devset was built: a sentence of one story copied into another story of
the same event with one number changed (`copy`), the same quantity written in other
words or units with another value (`para`), a restatement in the same story with
another value (`within`, or `within_replace` for a later mention edited), and the
same plants with the value kept (`agree-copy`, `agree-para`, `agree-within`), which a
correct linter leaves alone. Stories named in `CLEAN` are linted unchanged beside them
(read from the corpus, or copied with `--write-clean`): every finding on them is
false. Plants marked `blind` were scored only once, at the end.

    python tests/eval/figures/news/build.py                  # the Wikinews set in docs/
    python tests/eval/figures/news/build.py --plants P.py --stories DIR --out OUT

A plants module defines `STORIES` (name -> (title, date, paragraphs)), or the
stories are read from `--stories` (corpus files: title, date, blank line, one
paragraph per line), `CLUSTERS` (documents to write), `CLEAN` and `PLANTS`.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[3].parent / "shared" / "corpus"
Story = dict[str, Any]  # {"title", "date", "paras": [{"text", "tag"}]}


def read_story(path: Path) -> Story:
    """A corpus file: title, date, a blank line, one paragraph per line."""
    lines = path.read_text(encoding="utf-8").split("\n")
    paras = [{"text": line, "tag": None} for line in lines[3:] if line.strip()]
    return {"title": lines[0], "date": lines[1], "paras": paras}


def find(story: Story, substring: str) -> int:
    """The index of the paragraph holding `substring` (exactly one must)."""
    found = [i for i, p in enumerate(story["paras"]) if substring in p["text"]]
    if len(found) != 1:
        raise SystemExit(f"{substring!r} is in {len(found)} paragraphs")
    return found[0]


def sentence_with(text: str, substring: str) -> str:
    """The sentence of a paragraph that holds `substring`."""
    at = text.index(substring)
    starts = [0] + [m.end() for m in re.finditer(r"[.!?][\"”']?\s+(?=[A-Z\"“])", text)]
    first = max(s for s in starts if s <= at)
    later = [s for s in starts if s > at]
    return text[first : later[0] if later else len(text)].strip()


def insert(story: Story, text: str, after: str | None, at: int | None) -> dict[str, Any]:
    """Add a paragraph after the one holding `after`, at index `at`, or at the end."""
    para: dict[str, Any] = {"text": text, "tag": None}
    index = find(story, after) + 1 if after else (at if at is not None else len(story["paras"]))
    story["paras"].insert(index, para)
    return para


def plant(stories: dict[str, Story], spec: dict[str, Any]) -> tuple[dict, dict, str]:
    """Apply one plant; return the planted paragraph, the original one and the note."""
    kind = spec["kind"].removeprefix("agree-")
    source_name, source_sub = spec["src"]
    source = stories[source_name]["paras"][find(stories[source_name], source_sub)]
    target = stories[spec["doc"]]
    if kind == "copy":
        sentence = sentence_with(source["text"], source_sub)
        old, new = spec["old"], spec.get("new", spec["old"])
        if old not in sentence:
            raise SystemExit(f"{old!r} not in {sentence!r}")
        para = insert(target, sentence.replace(old, new, 1), spec.get("after"), spec.get("at"))
        note = f"'{new}' in a sentence copied from {source_name}, where it is '{old}'"
    elif kind in ("para", "within"):
        para = insert(target, spec["text"], spec.get("after"), spec.get("at"))
        note = spec["note"]
    elif kind == "within_replace":
        para = target["paras"][find(target, spec["para"])]
        para["text"] = para["text"].replace(spec["old"], spec["new"], 1)
        note = f"restated as '{spec['new']}', earlier in the same story '{spec['old']}'"
    else:
        raise SystemExit(f"unknown plant kind {spec['kind']}")
    return para, source, note


def render(story: Story) -> tuple[str, dict[int, int]]:
    """The story as text, and the line of each paragraph (by id)."""
    lines = [story["title"], story["date"], ""]
    where = {}
    for para in story["paras"]:
        where[id(para)] = len(lines) + 1
        lines.append(para["text"])
    return "\n".join(lines) + "\n", where


def load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("plants", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build(plants: ModuleType, stories_dir: Path, out: Path, write_clean: bool) -> None:
    """Write the planted stories (and the clean ones, when asked) and labels.json."""
    names = sorted(set(plants.CLUSTERS) | (set(plants.CLEAN) if write_clean else set()))
    stories = getattr(plants, "STORIES", None) or {n: read_story(stories_dir / n) for n in names}
    planted = [(spec, *plant(stories, spec)) for spec in plants.PLANTS]
    docs = out / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    for old in docs.glob("*.txt"):
        old.unlink()
    where: dict[int, tuple[str, int]] = {}
    for name in names:
        text, lines = render(stories[name])
        file = name.replace("/", "-")
        (docs / file).write_text(text, encoding="utf-8")
        for para_id, line in lines.items():
            where[para_id] = (file, line)
    labels = {"gold": [], "agree": [], "clean": sorted(plants.CLEAN)}
    for spec, para, source, note in planted:
        path, line = where[id(para)]
        other_path, other_line = where[id(source)]
        item = {"path": path, "line": line, "kind": spec["kind"], "note": note,
                "related": {"path": other_path, "line": other_line},
                "blind": bool(spec.get("blind"))}  # fmt: skip
        labels["agree" if spec["kind"].startswith("agree-") else "gold"].append(item)
    (out / "labels.json").write_text(json.dumps(labels, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plants", type=Path, default=HERE / "plants.py")
    parser.add_argument("--stories", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--write-clean", action="store_true", help="copy the clean stories too")
    args = parser.parse_args()
    build(load(args.plants), args.stories, args.out, args.write_clean)


if __name__ == "__main__":
    sys.exit(main())
