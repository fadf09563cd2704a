"""Coverage-guided fuzzing of seedlint's parsers with atheris (`pip install -e '.[fuzz]'`).

Each input is a document's bytes, read as the linter reads a file: the document model
(decoding, line table, paragraphs, the bounded view), its provenance record (front
matter, through the bounded YAML loader), the citations analysis and the figures
extraction, and every shipped document rule. Any exception is a finding of the fuzzer:
the linter must turn every input into findings, never into a traceback.

    .venv/bin/python tests/fuzz/fuzz_seedlint.py -max_total_time=300 -rss_limit_mb=2048 \
        tests/fuzz/corpus

`tests/fuzz/corpus` (created on first use, ignored by git) keeps the inputs that found
new code paths; a crash is written to `crash-<digest>` in the working folder, to be
replayed by running the script with that file as its only argument.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from lint.checks import KINDS
    from lint.citations import analyse
    from lint.cli import default_rules_dir
    from lint.document import Document
    from lint.engine import lint_file
    from lint.figures.extract import figures
    from lint.loader import load_rule_dirs
    from lint.provenance.records import find_record, front_matter

RULES = [r for r in load_rule_dirs([default_rules_dir()]) if KINDS[r.kind].SCOPE == "document"]


def one_input(data: bytes) -> None:
    """Run the parsers and every document rule on one input; raise on any internal error."""
    document = Document("fuzz.txt", data)
    if document.error is None:
        document.bounded()
        _ = document.blocks, document.lines
        front_matter(document)
        find_record(document)
        analyse(document)
        figures(document)
    for finding in lint_file(document, RULES).findings:
        if "internal error" in finding.message:
            raise RuntimeError(finding.message)


def main() -> None:
    """Start atheris with the command-line options of libFuzzer."""
    Path(__file__).with_name("corpus").mkdir(exist_ok=True)
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
