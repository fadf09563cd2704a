"""seedlint: a document QA and provenance linter for corpora of plain-text sources."""

__version__ = "0.1.0"
