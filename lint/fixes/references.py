"""Fixes inside reference entries: a URL or DOI broken by whitespace, a doubled DOI prefix."""

from __future__ import annotations

import re

from pydantic import BaseModel

from lint.citations import defects
from lint.finding import Finding
from lint.fixes.model import Edit, Source

_GAP = re.compile(r"\s+")
_URL_PREFIX = re.compile(r"(?:https?://)?(?:dx\.)?doi\.org/", re.IGNORECASE)
_LABEL_PREFIX = re.compile(r"doi:\s*", re.IGNORECASE)


def malformed_reference(finding: Finding, source: Source, params: BaseModel) -> list[Edit]:
    """Join a broken URL or DOI, or drop the first of two DOI prefixes; other problems
    (a year, a title, a bracket) need the source and are left to a person.

    Which problem a finding is, is read from its span: the finder that reported it
    finds exactly that span again in the text from there to the end of its line.
    """
    span, document = source.char_span(finding), source.document
    if span is None or document is None:
        return []
    line_end = document.line_span(finding.location.end_line)[1]
    ahead = document.text[span[0] : max(line_end, span[1])]
    size = span[1] - span[0]
    if any(s == 0 and e == size for s, e, _ in defects.doubled_doi_prefixes(ahead)):
        return _one_prefix(finding, source, span, ahead[:size])
    if any(s == 0 and e == size for s, e, _ in defects.broken_urls(ahead)):
        return _join(finding, source, span[0], ahead[:size])
    return []


def _join(finding: Finding, source: Source, start: int, text: str) -> list[Edit]:
    """Remove the whitespace that cuts the link: the finding spans the link and its rest."""
    gap = _GAP.search(text)
    if gap is None:
        return []
    return [_edit(finding, source, start + gap.start(), start + gap.end(), "")]


def _one_prefix(finding: Finding, source: Source, span: tuple[int, int], text: str) -> list[Edit]:
    """Keep one prefix: the last "doi.org/" link form when there is one, else one "doi:".

    Why the link form: it resolves as written, and the doubled prefix was most often
    a link pasted after a label or after itself.
    """
    links = list(_URL_PREFIX.finditer(text))
    labels = list(_LABEL_PREFIX.finditer(text))
    kept = links[-1].group() if links else labels[-1].group() if labels else None
    if kept is None or kept == text:
        return []
    return [_edit(finding, source, span[0], span[1], kept)]


def _edit(finding: Finding, source: Source, start: int, end: int, new: str) -> Edit:
    loc = finding.location
    first, last = source.byte_offset(start), source.byte_offset(end)
    return Edit(finding.rule, first, last, new.encode("utf-8"), True, loc.line, loc.end_line)
