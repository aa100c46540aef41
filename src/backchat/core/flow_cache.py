"""A flow that was validated once, kept as plain JSON and rebuilt without validating it again.

Validating a flow with pydantic (and building the models' validators) is the largest part of
opening an intake. A flow file that passed :func:`~backchat.core.loader.parse_flow` is kept as
plain JSON under a key made of the file's bytes and the source of the modules that validate it,
so any change to either validates afresh. Rebuilding from the plain form only constructs the
models (the schema stays the one in :mod:`backchat.core.flow`). Where the plain form is kept is
the caller's choice: a :class:`FlowCache` (the composition root keeps it in the data folder).
"""

from __future__ import annotations

import hashlib
import json
import types
from functools import cache
from pathlib import Path
from typing import Any, Protocol, Union, get_args, get_origin, get_type_hints

from pydantic import BaseModel

from backchat.core.flow import Flow

__all__ = ["FlowCache", "cache_key", "to_plain", "from_plain"]

_VALIDATING_MODULES = ("flow.py", "loader.py", "flow_text.py", "facts.py", "flow_cache.py")


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


def to_plain(flow: Flow) -> str:
    """The validated flow as JSON text (only the fields the file set; defaults come back by themselves)."""
    return json.dumps(flow.model_dump(mode="json", exclude_unset=True), ensure_ascii=False)


def from_plain(text: str) -> Flow:
    """The flow kept by :func:`to_plain`, built without validating it again.

    Raises ValueError when the text is not a plain form of a flow.
    """
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("not a plain flow")
    flow = _build(Flow, data)
    assert isinstance(flow, Flow)
    return flow


@cache
def _hints(cls: type[BaseModel]) -> dict[str, Any]:
    return get_type_hints(cls)


def _build(cls: type[BaseModel], data: dict[str, Any]) -> BaseModel:
    hints = _hints(cls)
    fields = cls.model_fields
    values: dict[str, Any] = {}
    for name, value in data.items():
        if name not in fields:
            raise ValueError(f"unknown field {name!r}")
        values[name] = _value(hints[name], value)
    return cls.model_construct(**values)


def _value(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        inner = [a for a in get_args(tp) if a is not type(None)]
        return _value(inner[0], value) if len(inner) == 1 else value
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        if not isinstance(value, dict):
            raise ValueError(f"{tp.__name__} needs a mapping")
        return _build(tp, value)
    if origin is list:
        (item,) = get_args(tp) or (Any,)
        return [_value(item, v) for v in value]
    if origin is dict:
        _, item = get_args(tp) or (Any, Any)
        return {k: _value(item, v) for k, v in value.items()}
    return value
