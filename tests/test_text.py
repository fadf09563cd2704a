"""Shared text primitives: words, stopword ratio, sentence spans."""

from __future__ import annotations

import time

from lint.text import sentences, stopword_ratio, words


def split(text: str) -> list[str]:
    return [text[a:b] for a, b in sentences(text)]


def test_words_keep_inner_apostrophes_and_drop_punctuation() -> None:
    assert words("China’s GDP grew 5.2% — didn't it?") == [
        "china’s",
        "gdp",
        "grew",
        "5",
        "2",
        "didn't",
        "it",
    ]


def test_stopword_ratio_separates_prose_from_menus() -> None:
    assert stopword_ratio("The council said that it would meet in the spring.") > 0.4
    assert stopword_ratio("Facebook Twitter Instagram YouTube") == 0.0
    assert stopword_ratio("") == 0.0


def test_sentences_respect_abbreviations_and_initials() -> None:
    text = "Dr. Smith met U.S. officials on Jan. 5. J. Doe left. Was it over? Yes."
    assert split(text) == [
        "Dr. Smith met U.S. officials on Jan. 5.",
        "J. Doe left.",
        "Was it over?",
        "Yes.",
    ]


def test_initials_with_full_stops_end_no_sentence() -> None:
    text = "M-3 rose to 30.1 billion N.Z. Dlrs in May. J.K. Holdings bid. It won."
    assert split(text) == [
        "M-3 rose to 30.1 billion N.Z. Dlrs in May.",
        "J.K. Holdings bid.",
        "It won.",
    ]


def test_sentences_inside_a_span_use_document_offsets() -> None:
    text = "Title\nFirst one. Second one.\n"
    start = text.index("First")
    spans = list(sentences(text, start, len(text)))
    assert [text[a:b] for a, b in spans] == ["First one.", "Second one."]


def test_closing_quote_stays_with_its_sentence() -> None:
    assert split("He said “no.” Then he left.") == ["He said “no.”", "Then he left."]


def test_number_abbreviations_only_before_numbers() -> None:
    assert split("See No. 5 and vol. 8 of it. No. That is all.") == [
        "See No. 5 and vol. 8 of it.",
        "No.",
        "That is all.",
    ]


def test_a_run_of_marks_ends_one_sentence_and_costs_one_pass() -> None:
    assert split("Wait..... Then it came?! Yes.") == ["Wait.....", "Then it came?!", "Yes."]
    started = time.process_time()
    assert len(list(sentences("." * 200_000 + " End."))) == 2
    assert len(list(sentences("." * 200_000 + "$5"))) == 1
    assert time.process_time() - started < 2  # quadratic before: minutes
