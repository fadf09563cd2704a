"""Author names as reference lists and citations write them: particles, initials, name order.

A surname may open with a lower-case particle ("van Dijk", "de Souza", "ten Brink",
"d'Alembert"), so a lower-case line can open an entry and "van" alone names nobody.
Lists write the first author surname first ("Kosal, M. E.", "Moreau JP"), initials
first ("J. P. Moreau") or in natural order ("Jean Moreau and Kim Tanaka. 2011.", as
GROBID parses print them); corporate authors ("R Core Team", "World Health
Organization") are several capitalised words with no initials.
"""

from __future__ import annotations

import re

import regex

# Particles that open a surname in the languages reference lists meet most (Dutch,
# German, French, Spanish, Portuguese, Italian, Arabic).
PARTICLE_WORDS = frozenset(
    "van von der den de del della dei di da du dos das la le ten ter zu bin ibn al el".split()
)
PARTICLE = rf"(?:(?:{'|'.join(sorted(PARTICLE_WORDS, key=len, reverse=True))})\s+|[dD]['’]|[aA]l-)"
# A line that opens with particles and then a capitalised name: "van Wessel MT, …".
PARTICLE_START = regex.compile(rf"[ \t]*{PARTICLE}+\p{{Lu}}")

_SPLIT = re.compile(r"\s*(?:[,;&]|\band\b|\bet\s+al\b)\s*")
_TOKEN = regex.compile(r"\p{L}[\p{L}'’\-]*")
_INITIALS = regex.compile(r"\p{Lu}{1,3}(?:-\p{Lu})?")
# A full stop after a word (not after an initial) ends the names.
_NAMES_END = regex.compile(r"(?<=\p{L}{2})\.\s")
# A sole author in Vancouver order, "Costa R." or "van der Berg JP.", before the title.
_SOLE_AUTHOR = regex.compile(
    rf"[ \t]*{PARTICLE}*\p{{Lu}}[\p{{L}}'’\-]+(?:\s+\p{{Lu}}[\p{{L}}'’\-]+)?"
    r"\s+\p{Lu}{1,3}\.(?=\s|$)"
)


def is_particle(word: str) -> bool:
    """True for a lower-case word that only opens a surname ("van", "de", "ten"); "Le" and
    "Van" may be surnames of their own."""
    return word in PARTICLE_WORDS


def first_surname(head: str) -> str | None:
    """The first author's surname in an entry's opening (the text before its year).

    "Kosal, M. E., & Huang" and "Moreau JP, Tanaka KL" (initials after the name)
    give the first name word; "J. P. Moreau", "Matthew E Porter" and "Erik Hagen"
    (natural order: initials before the name, or two bare words) give the last; an
    acronym ("WHO") gives itself and a corporate author of three or more words its
    first word.
    """
    chunk = _SPLIT.split(head.strip(), maxsplit=1)[0]
    alone = _SOLE_AUTHOR.match(chunk)
    if alone:  # "Costa R. Title words. Journal." names one author, then its title
        chunk = alone.group()
    ended = _NAMES_END.search(chunk)
    if ended:  # "Erik Hagen. A title." and "R Core Team. R: a language.": the title follows
        chunk = chunk[: ended.start()]
    tokens: list[str] = [t for t in _TOKEN.findall(chunk) if not is_particle(t)]
    names = [t for t in tokens if len(t) > 1 and not _INITIALS.fullmatch(t)]
    if not names:
        return tokens[0] if tokens and len(tokens[0]) > 1 else None
    if len(tokens) == 1 or _INITIALS.fullmatch(tokens[-1]):
        return names[0]
    if len(names) == 2 or len(names) < len(tokens):
        return names[-1]
    return names[0]
