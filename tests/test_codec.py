"""The codec's fast paths refuse what its per-part checks refused.

Why (issue 13): scalar fields and lists of scalars are checked by a type test rather
than by a decoder call per part; a crafted entry must still be rejected exactly as
before (bool is no int, a str list holds only str, a float field takes an int).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from lint.codec import CodecError, codec_for


@dataclass(frozen=True, slots=True)
class _Inner:
    name: str
    count: int
    share: float
    flag: bool


@dataclass(frozen=True, slots=True)
class _Outer:
    inner: tuple[_Inner, ...]
    words: tuple[str, ...]
    numbers: list[int]
    maybe: _Inner | None
    label: str = ""


GOOD = _Outer((_Inner("a", 1, 0.5, True),), ("x", "y"), [1, 2], None, "z")


def test_values_round_trip() -> None:
    codec = codec_for(_Outer)
    assert codec.decode(codec.encode(GOOD)) == GOOD
    data = codec.encode(GOOD)
    data[0][0][2] = 3  # a float field written as an int reads back as a float
    decoded = codec.decode(data)
    assert decoded.inner[0].share == 3.0 and type(decoded.inner[0].share) is float


@pytest.mark.parametrize(
    ("where", "bad"),
    [
        ((0, 0, 0), 1),  # an int for a str
        ((0, 0, 1), True),  # a bool for an int
        ((0, 0, 1), 1.0),  # a float for an int
        ((0, 0, 2), "0.5"),  # a str for a float
        ((0, 0, 2), False),  # a bool for a float
        ((0, 0, 3), 1),  # an int for a bool
        ((1, 1), 2),  # an int in a tuple of str
        ((2, 0), False),  # a bool in a list of int
        ((3,), [1, 2, 3, 4]),  # a list of the wrong length for an optional record
        ((4,), None),  # null for a str
    ],
)
def test_a_part_of_the_wrong_type_is_refused(where: tuple[int, ...], bad: object) -> None:
    codec = codec_for(_Outer)
    data = codec.encode(GOOD)
    holder = data
    for step in where[:-1]:
        holder = holder[step]
    holder[where[-1]] = bad
    with pytest.raises(CodecError):
        codec.decode(data)


def test_decoding_leaves_its_input_alone() -> None:
    codec = codec_for(_Outer)
    data = codec.encode(GOOD)
    data[0][0][2] = 3
    codec.decode(data)
    assert data[0][0][2] == 3 and type(data[0][0][2]) is int
