"""Typed JSON codecs for corpus-kind extracts: data the cache can store and validate.

A corpus kind declares the type of its extract as `Summary = <type>`. This module
turns that type into a codec once per kind: `encode` maps a value to plain JSON data,
`decode` maps JSON data back and checks every part of it against the type, so a
cache entry that was altered or crafted is rejected (`CodecError`), never executed.
Unlike pickle, decoding only ever calls the constructors of the declared dataclasses
and enums with values of the declared types.

The types a summary may use: frozen dataclasses, `tuple[X, ...]`, fixed tuples,
`list[X]`, `dict[str, X]`, `str`, `int`, `float`, `bool`, `None`, unions of these,
`Literal` and `Enum` values, plus `bytes` and `array.array` (compact hash tables),
which travel as base64. Dataclasses are written as lists of field values in field
order; the codec's `signature` names every field and type, and is part of the cache
key, so a changed `Summary` never reads entries written for the old one.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import enum
import sys
import types
import typing
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

_INT_CODES = frozenset("bBhHiIlLqQ")
_FLOAT_CODES = frozenset("fd")
_MAX_DEPTH = 32  # nesting of the declared type, not of the data: a recursive type is refused


@dataclass(frozen=True)
class _ArrayOf:
    item: Any


class _ArrayHint:
    """Stands for `array.array` while reading annotations: it is not subscriptable
    before Python 3.12, so `array[int]` could not be evaluated otherwise."""

    def __class_getitem__(cls, item: Any) -> _ArrayOf:
        return _ArrayOf(item)


class CodecError(ValueError):
    """Data that does not have the declared type (or a type the codec cannot store)."""


@dataclass(frozen=True)
class Codec:
    """Encode a value of one declared type to JSON data and decode it back, validated.

    `exact` is set for `str`, `int`, `bool` and `None`: decoding data of exactly that
    type gives the data itself, and data of any other type is refused. Containers use
    it to check such parts with a type test instead of a call per part (a warm
    pre-commit run decodes every corpus file's extracts, so this is its hot loop).
    """

    signature: str
    encode: Callable[[Any], Any]
    decode: Callable[[Any], Any]
    exact: type | None = None


@lru_cache(maxsize=64)
def codec_for(declared: Any) -> Codec:
    """Build the codec of a declared type once; CodecError when the type is not storable."""
    return _build(declared, 0)


def _build(tp: Any, depth: int) -> Codec:
    if depth > _MAX_DEPTH:
        raise CodecError("the summary type nests too deeply (or refers to itself)")
    if tp is None or tp is type(None):
        return Codec("None", _same, _none, type(None))
    if tp in (bool, int, float, str):
        return _scalar(tp)
    if tp is bytes:
        return Codec("bytes", _b64, _unb64)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return _enum(tp)
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        return _dataclass(tp, depth)
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is typing.Literal:
        return _literal(args)
    if origin in (typing.Union, types.UnionType):
        return _union([_build(a, depth + 1) for a in args])
    if isinstance(tp, _ArrayOf):
        return _array(tp.item)
    if origin is array:
        return _array(args[0] if args else int)
    if origin in (tuple, list, dict):
        return _container(origin, args, depth)
    raise CodecError(f"a summary cannot hold {tp!r}")


def _same(value: Any) -> Any:
    return value


def _none(data: Any) -> None:
    if data is not None:
        raise CodecError(f"expected null, got {type(data).__name__}")


def _scalar(tp: type) -> Codec:
    # NOTE: bool is a subclass of int; a float field also takes an int (JSON writes 1.0 as
    # 1.0, but a hand-edited entry may not) and gives back a float.
    def decode(data: Any) -> Any:
        if tp is float and type(data) is int:
            return float(data)
        if type(data) is not tp:
            raise CodecError(f"expected {tp.__name__}, got {type(data).__name__}")
        return data

    return Codec(tp.__name__, _same, decode, None if tp is float else tp)


def _b64(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


def _unb64(data: Any) -> bytes:
    if type(data) is not str:
        raise CodecError(f"expected base64 text, got {type(data).__name__}")
    try:
        return base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError) as err:
        raise CodecError(f"invalid base64: {err}") from None


def _enum(tp: type[enum.Enum]) -> Codec:
    def decode(data: Any) -> Any:
        try:
            return tp(data)
        except ValueError:
            raise CodecError(f"{data!r} is not a {tp.__name__}") from None

    return Codec(f"enum:{tp.__qualname__}", lambda value: value.value, decode)


def _literal(allowed: tuple[Any, ...]) -> Codec:
    def decode(data: Any) -> Any:
        if not any(type(data) is type(a) and data == a for a in allowed):
            raise CodecError(f"{data!r} is not one of {allowed!r}")
        return data

    return Codec(f"literal{allowed!r}", _same, decode)


def _union(options: list[Codec]) -> Codec:
    others = [o for o in options if o.signature != "None"]
    nullable = len(others) < len(options)

    def encode(value: Any) -> Any:
        if value is None and nullable:
            return None
        if len(others) == 1:  # `X | None`, the common case: no trial round trip
            return others[0].encode(value)
        # The first option whose decoder accepts the encoded form is the one read back.
        for option in others:
            try:
                data = option.encode(value)
                option.decode(data)
            except (CodecError, AttributeError, TypeError):
                continue
            return data
        raise CodecError(f"{type(value).__name__} fits no option of the union")

    def decode(data: Any) -> Any:
        if data is None and nullable:
            return None
        for option in others:
            try:
                return option.decode(data)
            except CodecError:
                continue
        raise CodecError(f"{type(data).__name__} fits no option of the union")

    signature = "|".join(o.signature for o in options)
    if nullable and len(others) == 1:  # `X | None`: one test, then X's own decoder
        return Codec(signature, encode, _or_none(others[0].decode))
    return Codec(signature, encode, decode)


def _or_none(decode_other: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def decode(data: Any) -> Any:
        if data is None:
            return None
        try:
            return decode_other(data)
        except CodecError:  # the union's own message, as for any other union
            raise CodecError(f"{type(data).__name__} fits no option of the union") from None

    return decode


def _array(item: Any) -> Codec:
    codes = _INT_CODES if item is int else _FLOAT_CODES if item is float else None
    if codes is None:
        raise CodecError(f"an array holds int or float, not {item!r}")
    swap = sys.byteorder == "big"  # stored little-endian, so a copied cache reads alike

    def encode(value: array[Any]) -> list[str]:
        stored = array(value.typecode, value)
        if swap:
            stored.byteswap()
        return [value.typecode, base64.b64encode(stored.tobytes()).decode("ascii")]

    def decode(data: Any) -> array[Any]:
        if type(data) is not list or len(data) != 2 or data[0] not in codes:
            raise CodecError("expected [typecode, base64] for an array")
        raw, result = _unb64(data[1]), array(data[0])
        if len(raw) % result.itemsize:
            raise CodecError("array bytes are not a whole number of items")
        result.frombytes(raw)
        if swap:
            result.byteswap()
        return result

    return Codec(f"array[{item.__name__}]", encode, decode)


def _container(origin: Any, args: tuple[Any, ...], depth: int) -> Codec:
    if origin is dict:
        if not args or args[0] is not str:
            raise CodecError("a summary's dict must have str keys")
        return _mapping(_build(args[1], depth + 1))
    if origin is list:
        return _sequence(_build(args[0] if args else Any, depth + 1), list, "list", "")
    if len(args) == 2 and args[1] is Ellipsis:
        return _sequence(_build(args[0], depth + 1), tuple, "tuple", ",...")
    return _fixed([_build(a, depth + 1) for a in args])


def _sequence(item: Codec, kind: type, name: str, rest: str) -> Codec:
    encode_item, decode_item, exact = item.encode, item.decode, item.exact

    def decode(data: Any) -> Any:
        if type(data) is not list:
            raise CodecError(f"expected a list, got {type(data).__name__}")
        if exact is None:
            return kind([decode_item(part) for part in data])
        _check_types(data, exact)
        return kind(data)

    encode = lambda v: [encode_item(p) for p in v]  # noqa: E731
    return Codec(f"{name}[{item.signature}{rest}]", encode, decode)


def _fixed(items: list[Codec]) -> Codec:
    def encode(value: Any) -> list[Any]:
        return [codec.encode(part) for codec, part in zip(items, value, strict=True)]

    def decode(data: Any) -> tuple[Any, ...]:
        if type(data) is not list or len(data) != len(items):
            raise CodecError(f"expected a list of {len(items)} items")
        return tuple([codec.decode(part) for codec, part in zip(items, data, strict=True)])

    return Codec(f"tuple[{','.join(c.signature for c in items)}]", encode, decode)


def _mapping(value: Codec) -> Codec:
    def decode(data: Any) -> dict[str, Any]:
        if type(data) is not dict:
            raise CodecError(f"expected an object, got {type(data).__name__}")
        return {key: value.decode(part) for key, part in data.items()}

    return Codec(
        f"dict[str,{value.signature}]",
        lambda v: {str(k): value.encode(p) for k, p in v.items()},
        decode,
    )


def _dataclass(cls: type, depth: int) -> Codec:
    hints = typing.get_type_hints(cls, localns={"array": _ArrayHint})
    names = [f.name for f in dataclasses.fields(cls) if f.init]
    fields = [_build(hints[name], depth + 1) for name in names]
    pairs = list(zip(names, fields, strict=True))

    def encode(value: Any) -> list[Any]:
        if type(value) is not cls:
            raise CodecError(f"expected {cls.__name__}, got {type(value).__name__}")
        return [codec.encode(getattr(value, name)) for name, codec in pairs]

    decode = _fields_decoder(cls, fields)
    inner = ",".join(f"{name}:{codec.signature}" for name, codec in pairs)
    return Codec(f"{cls.__module__}.{cls.__qualname__}({inner})", encode, decode)


def _fields_decoder(cls: type, fields: list[Codec]) -> Callable[[Any], Any]:
    """Decode a dataclass's field list: scalar fields by a type test, the rest by their codec.

    NOTE: the checks are those of each field's own codec (a float field takes an int and
    gives a float), only grouped, so that a summary of many small records decodes
    without a call per scalar field.
    """
    count = len(fields)
    exact = [(i, c.exact) for i, c in enumerate(fields) if c.exact is not None]
    floats = [i for i, c in enumerate(fields) if c.signature == "float"]
    others = [(i, c.decode) for i, c in enumerate(fields) if c.exact is None and i not in floats]

    def decode(data: Any) -> Any:
        if type(data) is not list or len(data) != count:
            raise CodecError(f"expected the {count} fields of {cls.__name__}")
        for i, tp in exact:
            if type(data[i]) is not tp:
                raise CodecError(f"expected {tp.__name__}, got {type(data[i]).__name__}")
        values = data.copy()
        for i in floats:
            part = values[i]
            if type(part) is not float:
                values[i] = _float(part)
        for i, decode_field in others:
            values[i] = decode_field(values[i])
        return cls(*values)

    return decode


def _float(data: Any) -> float:
    if type(data) is not int:
        raise CodecError(f"expected float, got {type(data).__name__}")
    return float(data)


def _check_types(data: list[Any], exact: type) -> None:
    """Refuse a list holding anything but parts of type `exact` (`bool` is no `int`)."""
    found = set(map(type, data))
    if found and found != {exact}:
        wrong = next(t for t in found if t is not exact)
        raise CodecError(f"expected {exact.__name__}, got {wrong.__name__}")
