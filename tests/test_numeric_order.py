"""An ambiguous numeric header date read as the document shows (lint/dates/numeric_order.py)."""

from __future__ import annotations

import pytest

from lint.dates.convention import document_convention
from lint.dates.publication import publication_date
from lint.document import Document

PARAGRAPH = (
    "The regional council approved the new budget after a long debate that ran late into "
    "the evening, and the mayor said the vote would let the city hire more teachers.\n"
)
ARTICLE = PARAGRAPH * 4


def doc(text: str) -> Document:
    return Document("page.txt", text.encode())


@pytest.mark.parametrize(
    ("header", "iso", "why"),
    [
        ("Fri 10.04.2020", "2020-04-10", "weekday"),  # 10 April 2020 was a Friday
        ("Sun 10.04.2020", "2020-10-04", "weekday"),  # 4 October 2020 was a Sunday
        ("Published 10.04.2020\nUpdated April 12, 2020", "2020-04-10", "updated date"),
        ("Published 10.04.2020\nUpdated October 5, 2020", "2020-10-04", "updated date"),
        ("Published 10.04.2020\nUpdated 13.04.2020", "2020-04-10", "other dates in that style"),
    ],
)
def test_the_document_settles_the_order(header: str, iso: str, why: str) -> None:
    document = doc(f"Budget passes\n{header}\n\n{ARTICLE}")
    found = publication_date(document)
    assert found is not None and found.mention.iso() == iso
    assert why in found.evidence and not found.mention.ambiguous
    assert document_convention(document, "auto") == ("dmy" if iso.endswith("10") else "mdy")


def test_the_articles_own_days_settle_the_order() -> None:
    body = "On 8 April 2020 the council met, and the vote came on April 9. " * 3
    found = publication_date(doc(f"Budget passes\n10.04.2020\n\n{body}\n{ARTICLE}"))
    assert found is not None and found.mention.iso() == "2020-04-10"
    assert "article's dates" in found.evidence


def test_a_slashed_date_says_nothing_of_a_dotted_one() -> None:
    text = f"Budget passes\nPublished 10.04.2020\n\n{ARTICLE}\nA reader wrote on 6/25/2020\n"
    found = publication_date(doc(text))
    assert found is not None and found.mention.ambiguous
    assert "ambiguous" in found.evidence and "10 April 2020" in found.evidence
    assert found.confidence == 0.5


def test_without_evidence_it_stays_ambiguous() -> None:
    document = doc(f"Budget passes\n10.04.2020\n\n{ARTICLE}")
    found = publication_date(document)
    assert found is not None and found.mention.iso() == "2020-10-04" and found.mention.ambiguous
    assert document_convention(document, "auto") == "auto"


def test_the_configured_convention_wins() -> None:
    found = publication_date(doc(f"Budget passes\nSun 10.04.2020\n\n{ARTICLE}"), "dmy")
    assert found is not None and found.mention.iso() == "2020-04-10"
