"""Paraphrases: one quantity stated in other words, with values that cannot both be right.

A restatement in other words keeps what the number is about, not the sentence: "about
$2,000 to repair the school's old boiler" / "a $900 repair bill for the boiler"; "some
400 miles along the coast" / "350 miles along the coast"; the lead's "$42 million in
annual ticket sales" and a later "ticket sales totaled $24 million". Each number is
indexed by its family (its unit, or the noun it counts, marked as a change or a
forecast) joined with each stem around it (`about.py`); across documents a key that many
numbers share is a stock phrase and is left out, so pairs come from rare shared keys
only, never from all pairs. Within one story a key weighs by the story's own numbers
(how many of them share it), so a story's figure told twice is judged by the story
alone, whatever else is linted beside it. A pair is one figure when the weight of the
keys it shares reaches `evidence`, the statements are in one document (other paragraphs)
or in two documents about one event (their names agree) of about one date, neither names
another time, and each number is the other's best match in the other document: a
document that states the same value in a context as close says the figures agree."""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterator, Sequence

from lint.figures.index import Source, related
from lint.figures.restate import Side, apart, differ, distinctive, step
from lint.figures.statements import (
    NAME,
    SAID,
    SLOT,
    TIME,
    WHOLE,
    WORD,
    Statement,
    Value,
    bound_key,
    earlier_only,
    kind,
    text_of,
)

_MAX_VALUES = 3  # within a document, a sentence with more numbers is a list or a table row
_MAX_BUCKET = 12  # numbers sharing one key; more is a stock phrase of the corpus
_WEIGHTS = {NAME: 1.5, SLOT: 1.5}  # a shared name or nearby number; a word weighs 1
_RARE = 2.0  # a key shared by n numbers weighs 1 + _RARE / n times its kind's weight
_WITHIN = 2.0  # evidence needed within one document, times the parameter
_DAYS = 2  # documents dated further apart report figures of other days
_TIME_REACH = 10  # a time this close to a number dates it
_NAME_REACH = 3  # a name this close to a number is its subject
_NAME_REACH_WITHIN = 8  # ... within one document, where its names recur
_LIST = 3  # values of one key in one document: a list or a breakdown, not a restatement

_NEAR_VALUE = 0.15  # relative difference of two close values
_ONE_KEY = 1.5  # evidence enough for a figure told twice in a story (one rare key shared)
_MAGNITUDE = 2.0  # values of one family within this factor may be the same figure
_PRECISE = 0.1  # a value whose last significant digit is under this share of it
_SMALL = 10  # counts below this are too common to be told apart by closeness
_ONE_REPORT = 2  # precise values two undated stories both state: one report, sent twice
_EXACT = 0.001  # ... precise: the last significant digit under this share of the value

Entry = tuple[int, int, Value]  # source, statement, value


def conflicts(
    sources: Sequence[Source],
    evidence: float,
    approximate: float,
    rounding: float,
    focus: frozenset[int] | None = None,
) -> Iterator[tuple[Side, Side]]:
    """Yield pairs of numbers that state one figure in other words with other values.

    With `focus` (source indexes), only pairs with a side in it are scored and yielded:
    the best matches and agreements a focused pair is judged by all involve it.
    """
    entries = [
        (s, i, value)
        for s, source in enumerate(sources)
        for i, statement in enumerate(source.statements)
        for value in statement.values
        if value.family and value.about
    ]
    scores = _scores(entries, focus)
    exact: dict[int, frozenset[float]] = {}  # each story's precise values, once
    # Only pairs within one story read its families: with `focus`, the focused stories'.
    families = _families([e for e in entries if focus is None or e[0] in focus])
    told: dict[int, dict[float, int]] = {}  # how often each story states each value
    best: dict[tuple[int, int], float] = defaultdict(float)
    partners: dict[tuple[int, int], list[int]] = defaultdict(list)
    for (x, y), score in scores.items():
        if _repeated(entries[x], entries[y]):
            continue  # a story telling one value twice: no closer match for another value
        if _in_list(sources, entries[x], entries[y]):
            continue  # a breakdown in one sentence of the story restates none of its parts
        within = entries[x][0] == entries[y][0]
        weak = within and score < _needed(sources, entries, families, x, y, evidence)[0]
        for one, other in ((x, y), (y, x)):
            place = (one, entries[other][0])
            if not weak:  # a pair of one story too weak to be a restatement hides none
                best[place] = max(best[place], score)
            partners[place].append(other)
    candidates = sorted(pair for pair, score in scores.items() if score >= _ONE_KEY)
    for x, y in candidates:
        score = scores[x, y]
        (sa, ia, va), (sb, ib, vb) = entries[x], entries[y]
        if score < best[x, sb] or score < best[y, sa]:
            continue  # a closer match elsewhere: that one is the restatement
        if _both_standing(sources, told, entries[x], entries[y]):
            continue  # two figures of the story, each told again
        needed, twice = _needed(sources, entries, families, x, y, evidence)
        strong = score >= _WITHIN * evidence
        if score < needed or not _comparable(sources, entries[x], entries[y], strong, exact, twice):
            continue
        if not _differ(va, vb, approximate, rounding):
            continue
        if _agreed(entries, scores, partners[x, sb], x, score, approximate, rounding) or _agreed(
            entries, scores, partners[y, sa], y, score, approximate, rounding
        ):
            continue  # the other document also states this value, as closely
        yield Side(sa, ia, va), Side(sb, ib, vb)


def _needed(
    sources: Sequence[Source],
    entries: list[Entry],
    families: dict[tuple[int, str], set[float]],
    x: int,
    y: int,
    evidence: float,
) -> tuple[float, bool]:
    """The evidence two numbers need to be one figure, and whether they are one figure of
    a story `_told_twice`: that of two stories across stories, twice as much within one,
    but that of two stories for the lead's figure told again later and one rare key for
    a figure told twice."""
    (sa, ia, va), (sb, ib, vb) = entries[x], entries[y]
    if sa != sb:
        return evidence, False
    if _told_twice(entries[x], entries[y], families):
        return _ONE_KEY, True
    if _lead_told_again(sources[sa], ia, ib, va, vb):
        return evidence, False
    return evidence * _WITHIN, False


def _repeated(one: Entry, other: Entry) -> bool:
    """Whether two numbers are one value told twice in one story ("all 33 passengers" and
    "carried 33 passengers"). The one is then no closer match that makes the story's "34
    passengers" another figure: within a story, a value told twice still conflicts with a
    third telling; across stories, the other story stating this value as closely does
    say the figures agree (`_agreed`)."""
    return one[0] == other[0] and one[2].value == other[2].value


def _in_list(sources: Sequence[Source], one: Entry, other: Entry) -> bool:
    """Whether two numbers of one story are compared with a sentence of more than
    `_MAX_VALUES` numbers, a breakdown ("a 380 mln dlr revolver, a 200 mln dlr loan, ...")
    that is never itself a restatement, and so no closer match that hides one ("about 830
    mln dlrs" told again later as "870 mln dlrs")."""
    if one[0] != other[0]:
        return False
    statements = sources[one[0]].statements
    return max(len(statements[one[1]].values), len(statements[other[1]].values)) > _MAX_VALUES


def _both_standing(
    sources: Sequence[Source], told: dict[int, dict[float, int]], one: Entry, other: Entry
) -> bool:
    """Whether two numbers of one story are two values the story states twice or more
    each ("unchanged at 50,000 yen" for one crop's months and "at 40,000 yen" for another's, each
    said again): two figures each told consistently, not one figure told with a slip,
    which leaves one of the values once in the story."""
    if one[0] != other[0]:
        return False
    source = one[0]
    if source not in told:
        counts: dict[float, int] = defaultdict(int)
        for statement in sources[source].statements:
            for value in statement.values:
                counts[value.value] += 1
        told[source] = counts
    return told[source][one[2].value] > 1 and told[source][other[2].value] > 1


def _families(entries: list[Entry]) -> dict[tuple[int, str], set[float]]:
    """The values each document states of each family."""
    found: dict[tuple[int, str], set[float]] = defaultdict(set)
    for source, _, value in entries:
        found[source, value.family].add(value.value)
    return found


def _told_twice(one: Entry, other: Entry, families: dict[tuple[int, str], set[float]]) -> bool:
    """Whether two numbers of one story are likely one figure told twice: the story
    states no other value of their family and size, and they are close (a digit off,
    "33 passengers" and "34 passengers"), or two digits swapped whatever else the story
    states ("3.8 billion dlrs" and "8.3 billion" beside another plan's "four billion":
    two figures of one story are seldom each other's digits swapped), not percentages (a
    story's shares and polls are all close) nor small counts (two and three of anything
    are common); and one of them is precise (its last digit under `_PRECISE` of it):
    "10,000 parcels an hour" and "9,000" are two round estimates, perhaps of two things.

    Across reports the same test would also pair "a 47-page indictment" with "a
    48-page" one, which outlets count differently: there the evidence stays as it is.
    """
    (source, _, a), (_, _, b) = one, other
    if a.unit == "%":
        return False
    if max(abs(a.value), abs(b.value)) < _SMALL:
        return False
    if _transposed(a.value, b.value):
        return _one_precise(a, b)
    ours = _of_magnitude(families[source, a.family], a.value)
    if ours | _of_magnitude(families[source, a.family], b.value) != {a.value, b.value}:
        return False  # another value of this size: a breakdown, or another figure
    return _slip(a, b) and _one_precise(a, b)


def _transposed(a: float, b: float) -> bool:
    """Whether two values are written with the same digits, two neighbours swapped ("295"
    and "259", "12" and "21"): the commonest slip in copying a figure, however far apart
    the two values are."""
    first, second = f"{a:.12g}", f"{b:.12g}"
    if len(first) != len(second) or first.find(".") != second.find("."):
        return False
    differing = [i for i, (x, y) in enumerate(zip(first, second, strict=True)) if x != y]
    return (
        len(differing) == 2
        and differing[1] == differing[0] + 1
        and first[differing[0]] == second[differing[1]]
        and first[differing[1]] == second[differing[0]]
    )


def _lead_told_again(source: Source, first: int, second: int, a: Value, b: Value) -> bool:
    """Whether a figure of the story's lead is told again later, with a value of its size:
    the story's main fact, which its later paragraphs restate ("a surprise 7.5 pct drop in
    January orders" and later "the 5.7 pct fall in January orders"). A value many times
    the lead's is another total ("17 hotels with 4,440 rooms", "a division of 50,000
    rooms"), and two round values are two estimates."""
    if not (source.statements[first].lead or source.statements[second].lead):
        return False
    return bool(_of_magnitude({a.value}, b.value)) and _one_precise(a, b)


def _one_precise(a: Value, b: Value) -> bool:
    """Whether one of two values is precise, its last significant digit under `_PRECISE`
    of it: "10,000 parcels an hour" and "9,000" are two round estimates, perhaps of two
    things; "33 passengers" and "34" are one count told twice. Zero has no relative
    precision: it is never the precise one."""
    return any(v.value and step(v) / abs(v.value) <= _PRECISE for v in (a, b))


def _of_magnitude(values: set[float], value: float) -> set[float]:
    """The values within a factor `_MAGNITUDE` of `value` ("at least 35 workers" is no
    other statement of "up to 40,000 workers")."""
    return {v for v in values if min(v, value) * _MAGNITUDE >= max(v, value)}


def _agreed(
    entries: list[Entry],
    scores: dict[tuple[int, int], float],
    others: list[int],
    number: int,
    score: float,
    approximate: float,
    rounding: float,
) -> bool:
    """Whether another equally close match of `number` states a value that agrees with it."""
    value = entries[number][2]
    return any(
        scores[min(number, o), max(number, o)] >= score
        and not _differ(value, entries[o][2], approximate, rounding)
        for o in others
    )


def _scores(entries: list[Entry], focus: frozenset[int] | None) -> dict[tuple[int, int], float]:
    """The weight of the keys each pair of numbers shares, from an index by key (only
    pairs with a side in `focus`, when given)."""
    buckets: dict[str, list[int]] = defaultdict(list)
    # A key is a family and one stem: only the families of focused numbers can hold a pair.
    wanted = None if focus is None else {value.family for s, _, value in entries if s in focus}
    for number, (_, _, value) in enumerate(entries):
        if wanted is not None and value.family not in wanted:
            continue
        for char in value.about + bound_key(value.bound):
            buckets[value.family + char].append(number)
    scores: dict[tuple[int, int], float] = defaultdict(float)
    for key, members in buckets.items():
        if len(members) < 2:
            continue
        if focus is not None and not any(entries[x][0] in focus for x in members):
            continue  # no pair of this key has a side in focus
        weight = _WEIGHTS.get(kind(key[-1]), 1.0)
        stories: dict[int, list[int]] = defaultdict(list)
        for number in members:
            stories[entries[number][0]].append(number)
        for story in stories.values():  # within a story, by the story's own numbers only
            if len(story) > _MAX_BUCKET or _listed(entries, story):
                continue  # the story's own stock phrase (a page repeating a figure), or list
            if focus is None or entries[story[0]][0] in focus:
                _add(scores, entries, story, weight * (1.0 + _RARE / len(story)), True)
        if len(members) <= _MAX_BUCKET and len(stories) > 1 and not _listed(entries, members):
            _add(scores, entries, members, weight * (1.0 + _RARE / len(members)), False, focus)
    return scores


def _add(
    scores: dict[tuple[int, int], float],
    entries: list[Entry],
    members: list[int],
    weight: float,
    within: bool,
    focus: frozenset[int] | None = None,
) -> None:
    """Add `weight` to the pairs of `members` of one story (`within`) or of two."""
    for a, x in enumerate(members):
        for y in members[a + 1 :]:
            if within:
                if entries[x][1] != entries[y][1]:
                    scores[x, y] += weight
            elif entries[x][0] != entries[y][0] and (
                focus is None or entries[x][0] in focus or entries[y][0] in focus
            ):
                scores[x, y] += weight


def _differ(a: Value, b: Value, approximate: float, rounding: float) -> bool:
    """Two approximations in other words are intervals; other bounds as in restatements."""
    if a.bound == b.bound == "approx":
        return apart(a, b, approximate, rounding)
    return differ(a, b, approximate, rounding)


def _listed(entries: list[Entry], members: list[int]) -> bool:
    """Whether one document fills the key with `_LIST` values or more: a breakdown."""
    values: dict[int, set[float]] = defaultdict(set)
    for number in members:
        values[entries[number][0]].add(entries[number][2].value)
    return any(len(found) >= _LIST for found in values.values())


def _comparable(
    sources: Sequence[Source],
    one: Entry,
    other: Entry,
    strong: bool,
    exact: dict[int, frozenset[float]],
    twice: bool = False,
) -> bool:
    """Other paragraphs of one document, or two documents about one event and day (or
    two undated ones that are one report, `_one_report`); and no time that only one
    side names on both sides (two periods).

    Within an undated text (an article, a page of many periods, or a story without its
    date line) only a figure `twice` told (`_told_twice`: no other value of its family
    and size, or two digits swapped) is compared: the evidence is then inside the story,
    not in its date."""
    (sa, ia, va), (sb, ib, vb) = one, other
    a, b = sources[sa].statements[ia], sources[sb].statements[ib]
    if not (sources[sa].within and sources[sb].within):
        return False
    if _other_measures(va, vb):
        return False  # "miles of underground cable", "miles of gas mains": two measures
    shared_name = any(kind(c) == NAME for c in set(va.about) & set(vb.about))
    ours, theirs = _numbers(va), _numbers(vb)
    if ours and theirs and not ours & theirs and not shared_name:
        return False  # "12 of the state's 41" and "39 of the state's 40": another statement
    if sa == sb:
        if a.line == b.line or a.item or b.item:
            return False  # one paragraph, or items of a list
        if not sources[sa].date and not twice:
            return False  # no dated report (an article, a page), and no slip
        if max(len(a.values), len(b.values)) > _MAX_VALUES:
            return False
    else:
        if _days_apart(sources[sa].date, sources[sb].date) > _DAYS and not (
            _slip(va, vb) and _one_report(sources, sa, sb, exact)
        ):
            return False  # of other days, or undated and of two events
        one_event = related(sources[sa], sources[sb], a, b)
        if one_event is False or (
            one_event is None and not _one_subject(a, va, b, vb, shared_name or strong)
        ):
            return False
    if _only_theirs(a, va, b, vb, TIME, _TIME_REACH) or _dated_apart(a, va, b, vb):
        return False  # two periods
    if earlier_only(a, va.index, b, vb.index):
        return False  # two periods
    reach = _NAME_REACH_WITHIN if sa == sb else _NAME_REACH
    return shared_name or not _only_theirs(a, va, b, vb, NAME, reach)


def _slip(a: Value, b: Value) -> bool:
    """Whether two values are one written with a slip: close (a digit off) or two digits
    swapped. A story sent twice repeats its figures, so another value in its other copy
    is such a slip; a value far from it ("183,206" trucks this year, "48,317" in the
    month) is another figure of the report."""
    high = max(abs(a.value), abs(b.value))
    return abs(a.value - b.value) <= _NEAR_VALUE * high or _transposed(a.value, b.value)


def _one_report(
    sources: Sequence[Source], sa: int, sb: int, exact: dict[int, frozenset[float]]
) -> bool:
    """Whether two undated stories are one report all the same: they both state
    `_ONE_REPORT` precise values or more ("48,317" trucks and "51,904", however each
    words what they count), which stories of two events or two days never share by
    chance, while a story sent twice, or rewritten, keeps them. Undated stories without
    such values may be of any two events, or of one event on two days: not compared."""
    if sources[sa].date or sources[sb].date:
        return False
    for s in (sa, sb):
        if s not in exact:
            exact[s] = frozenset(
                value.value
                for statement in sources[s].statements
                for value in statement.values
                if value.value and step(value) / abs(value.value) <= _EXACT
            )
    return len(exact[sa] & exact[sb]) >= _ONE_REPORT


def _other_measures(va: Value, vb: Value) -> bool:
    """Whether the two numbers say what they measure ("of" what) differently: "miles of
    cable" and "miles of gas mains", not "square kilometres of enemy-occupied territory"
    and "square kilometres of territory" (the one's noun among the other's words); "6.3
    pct of the total" names the whole, of whatever the other says ("of the stock"); and a
    number that does not say ("sales of 247 mln dlrs" beside "241 mln dlrs worth of
    goods") measures what the other does, as far as the text tells."""
    if va.of == vb.of or WHOLE in (va.of, vb.of) or not (va.of and vb.of):
        return False
    return not (_among(va.of, vb.about) or _among(vb.of, va.about))


def _among(stem: str, about: str) -> bool:
    return bool(stem) and text_of(stem) in {text_of(c) for c in about}


def _one_subject(a: Statement, va: Value, b: Statement, vb: Value, tied: bool) -> bool:
    """Whether two figures of stories too short to tell by their names (a wire brief names
    two or three things) are of one subject all the same: `tied` by a name beside both
    numbers or by many rare words around them, distinctive values (with a unit, or of
    three digits) of one size (the "Federal Reserve said" of one day's money figures ties
    64 mln dlrs to 4.15 billion), and prose, not a table's rows run into one "sentence"."""
    if not tied or max(len(a.values), len(b.values)) > _MAX_VALUES:
        return False
    if not (distinctive(va) and distinctive(vb)):
        return False  # "a two-for-one split", "a three-for-two split": small counts recur
    if any(value.line != statement.line for statement in (a, b) for value in statement.values):
        return False  # lines with no full stop between them: a table's rows
    return min(abs(va.value), abs(vb.value)) * _MAGNITUDE >= max(abs(va.value), abs(vb.value))


def _numbers(value: Value) -> set[str]:
    return {c for c in value.about if kind(c) == SLOT}


def _only_theirs(a: Statement, va: Value, b: Statement, vb: Value, which: int, reach: int) -> bool:
    """Whether each number has a token of a kind near it (a time: another period; a name:
    another subject) that the other statement does not have."""
    ours, theirs = _around(a, va, which, reach), _around(b, vb, which, reach)
    return bool(ours - set(b.tokens)) and bool(theirs - set(a.tokens))


def _dated_apart(a: Statement, va: Value, b: Statement, vb: Value) -> bool:
    """Whether each number is dated by a time the other's is not, counting only the times
    nearer to it than to another number of its sentence: "rose to 4.5 billion at the end
    of April from 4.4 billion in March" dates the 4.5 to April, so "4.4 billion at the end
    of March" is the other figure's period, though the sentence names both."""
    ours, theirs = _own_times(a, va), _own_times(b, vb)
    if not (ours - theirs and theirs - ours):
        return False
    return bool(ours - set(b.tokens)) or bool(theirs - set(a.tokens))


def _own_times(statement: Statement, value: Value) -> set[str]:
    """The times that date a number: those after it up to the next number ("4.5 billion
    at the end of April from 4.4 billion in March"), and for the first number of its
    sentence those before it too ("In April, sales rose to 4.5 billion"), within
    `_TIME_REACH`."""
    indexes = sorted(v.index for v in statement.values)
    later = [i for i in indexes if i > value.index]
    first = value.index - _TIME_REACH if indexes[0] == value.index else value.index
    last = min([value.index + _TIME_REACH, *[i - 1 for i in later[:1]]])
    return {
        t
        for at, t in enumerate(statement.tokens)
        if max(0, first) <= at <= last and at != value.index and kind(t) == TIME
    }


def _around(statement: Statement, value: Value, which: int, reach: int) -> set[str]:
    """The tokens of a kind near a number; of names, not a source's ("agency officials
    said", "said Smith"): who tells a figure is not what it is about."""
    first, last = max(0, value.index - reach), value.index + reach + 1
    tokens = statement.tokens
    return {
        t
        for at, t in enumerate(tokens[first:last], start=first)
        if kind(t) == which and not (which == NAME and _source(tokens, at))
    }


def _source(tokens: str, at: int) -> bool:
    """Whether the name at `at` is who says the sentence: "said" right after it (or after
    one word, "officials said") or right before it."""
    after = tokens[at + 1 : at + 3]
    return (
        bool(after and after[0] in SAID)
        or (len(after) == 2 and kind(after[0]) == WORD and after[1] in SAID)
        or (at > 0 and tokens[at - 1] in SAID)
    )


def _days_apart(first: str, second: str) -> int:
    """Days between two ISO dates; more than `_DAYS` when either is missing: an article
    or a page is no report of a day, and two undated texts may be of any two events."""
    if not first or not second:
        return _DAYS + 1
    try:
        one, two = datetime.date.fromisoformat(first[:10]), datetime.date.fromisoformat(second[:10])
    except ValueError:
        return 0
    return abs((one - two).days)
