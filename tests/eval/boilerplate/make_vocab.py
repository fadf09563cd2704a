"""Rebuild lint/boilerplate/vocabulary.tsv: document frequencies of common words.

The table is the fallback corpus statistics of the boilerplate checks (idf weights
for lexical cohesion, known words for glued-word detection). It is computed from
the clean articles of ../shared/corpus (Wikinews, CC BY 2.5; Wikipedia, CC BY-SA
3.0): only word counts are kept, no text.

    python tests/eval/boilerplate/make_vocab.py ../shared/corpus
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from lint.text import words  # noqa: E402

OUT = ROOT / "lint" / "boilerplate" / "vocabulary.tsv"
MIN_DF = 10


def main(corpus: str) -> int:
    """Count in how many documents each word occurs and write the common ones."""
    df: Counter[str] = Counter()
    paths = sorted(Path(corpus).glob("*/[0-9]*.txt"))
    for path in paths:
        df.update(set(words(path.read_text(encoding="utf-8"))))
    rows = sorted(
        ((w, c) for w, c in df.items() if c >= MIN_DF and not w.isdigit()),
        key=lambda item: (-item[1], item[0]),
    )
    lines = [f"#documents\t{len(paths)}", *(f"{w}\t{c}" for w, c in rows)]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} words from {len(paths)} documents -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT.parent / "shared" / "corpus")))
