"""A flow that was validated once, kept as plain JSON and rebuilt without validating it again.

Validating a flow file takes pydantic (:mod:`backchat.core.flow_schema`), the largest part of
opening an intake. A flow file that passed :func:`~backchat.core.loader.parse_flow` is kept as
plain JSON under a key made of the file's bytes and the source of the modules that validate it,
so any change to either validates afresh. Rebuilding from the plain form only constructs the
flow's dataclasses (:mod:`backchat.core.flow`), without importing pydantic. Where the plain form
is kept is the caller's choice: a :class:`FlowCache` (the composition root keeps it in the data
folder).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import types
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, Protocol, Union, get_args, get_origin, get_type_hints

from backchat.core.flow import SHAPES, Flow

__all__ = ["FlowCache", "cache_key", "to_plain", "from_plain", "from_data", "to_data"]

_VALIDATING_MODULES = ("flow.py", "flow_schema.py", "loader.py", "flow_text.py", "facts.py", "flow_cache.py")


class FlowCache(Protocol):
    """Where validated flows are kept, by key (see :func:`cache_key`)."""

    def get(self, key: str) -> str | None:
        """The plain form kept under ``key``, or None."""

    def put(self, key: str, text: str) -> None:
        """Keep ``text`` under ``key`` (quietly does nothing when it cannot)."""


@cache
def _code_fingerprint() -> bytes | None:
    here = Path(__file__).parent
    digest = hashlib.sha256()
    try:
        for name in _VALIDATING_MODULES:
            digest.update((here / name).read_bytes())
    except OSError:  # installed without its sources: nothing safe to key on
        return None
    return digest.digest()


def cache_key(raw: bytes) -> str | None:
    """The key of a flow file's bytes for this version of the validating code (None: do not cache)."""
    code = _code_fingerprint()
    return None if code is None else hashlib.sha256(code + raw).hexdigest()


def to_data(item: Any, by_alias: bool = False) -> Any:
    """A flow (or any part of one) as plain JSON data: every field, by name or by its file's name (``from``)."""
    if dataclasses.is_dataclass(item) and not isinstance(item, type):
        return {spec.metadata.get("alias", spec.name) if by_alias else spec.name: to_data(getattr(item, spec.name),
                                                                                           by_alias)
                for spec in dataclasses.fields(item) if not spec.name.startswith("_")}
    if isinstance(item, list):
        return [to_data(v, by_alias) for v in item]
    if isinstance(item, dict):
        return {k: to_data(v, by_alias) for k, v in item.items()}
    return item


def to_plain(flow: Flow) -> str:
    """The validated flow as JSON text."""
    return json.dumps(to_data(flow), ensure_ascii=False)


def from_plain(text: str) -> Flow:
    """The flow kept by :func:`to_plain`, built without validating it again.

    Raises ValueError (or TypeError) when the text is not a plain form of a flow.
    """
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("not a plain flow")
    return from_data(data)


def from_data(data: dict[str, Any]) -> Flow:
    """The flow of validated plain data, by field name (raises ValueError or TypeError when it is not one)."""
    flow = _builder(Flow)(data)
    assert isinstance(flow, Flow)
    return flow


Build = Callable[[Any], Any]


@cache
def _builder(shape: type) -> Build:
    """Builds ``shape`` from a mapping of its fields' plain values (an unknown field: TypeError)."""
    hints = get_type_hints(shape)
    converters = {spec.name: convert for spec in dataclasses.fields(shape)
                  if spec.init and (convert := _converter(hints[spec.name])) is not _keep}

    def build(value: Any) -> Any:
        if not isinstance(value, dict):
            raise ValueError(f"{shape.__name__} needs a mapping")
        values = dict(value)
        for name, convert in converters.items():
            if name in values:
                values[name] = convert(values[name])
        return shape(**values)

    return build


def _keep(value: Any) -> Any:
    return value


def _converter(tp: Any) -> Build:
    """Turns a plain value into one of type ``tp`` (flow shapes built, lists and mappings walked)."""
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        inner = [a for a in get_args(tp) if a is not type(None)]
        if len(inner) != 1:
            return _keep
        item = _converter(inner[0])
        return _keep if item is _keep else (lambda v: None if v is None else item(v))
    if tp in SHAPES:
        return lambda v: _builder(tp)(v)  # late: a shape may name itself (Condition.any)
    if origin is list:
        item = _converter(get_args(tp)[0])
        return _keep if item is _keep else (lambda v: [item(x) for x in v])
    if origin is dict:
        item = _converter(get_args(tp)[1])
        return _keep if item is _keep else (lambda v: {k: item(x) for k, x in v.items()})
    return _keep
