"""The pydantic models that validate a flow file, derived from the flow's shapes in :mod:`backchat.core.flow`.

Each dataclass there becomes a model with the same fields, types, defaults and rules (kept in
each field's metadata), so the shape is written once. Importing pydantic and building the
models costs a good part of a start-up, so only validating a flow file (a new or changed one,
``backchat flows check``) and ``backchat flows schema`` load this module; an intake otherwise
runs on the flow rebuilt from its validated plain form (:mod:`backchat.core.flow_cache`).
"""

from __future__ import annotations

import dataclasses
import types
from functools import cache
from typing import Any, ForwardRef, Union, get_args, get_origin, get_type_hints

from pydantic import BaseModel, ConfigDict, Field, create_model, model_validator

from backchat.core import flow as shapes

__all__ = ["flow_model", "json_schema", "validate"]

_TESTS = ("is_", "in_", "contains", "ge", "gt", "le", "lt", "known", "unknown")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, defer_build=True)


def _one_test(self: Any) -> Any:
    """A condition is ``any`` of several, or one test on one fact."""
    if self.any is not None:
        if self.fact is not None:
            raise ValueError("give either 'any' or 'fact', not both")
        if not self.any:
            raise ValueError("'any' needs at least one condition")
        return self
    if self.fact is None:
        raise ValueError("a condition needs 'fact' (or 'any')")
    if len([n for n in _TESTS if getattr(self, n) is not None]) != 1:
        raise ValueError("a condition on a fact needs exactly one test: is, in, contains, "
                         "ge, gt, le, lt, known or unknown")
    return self


_CHECKS: dict[type, dict[str, Any]] = {shapes.Condition: {"_one_test": model_validator(mode="after")(_one_test)}}
"""Rules on a whole shape (not one field): its model's validators."""


def _annotation(tp: Any, models: dict[type, type[BaseModel]], building: type) -> Any:
    """``tp`` with each flow shape replaced by its model (the shape being built: a forward reference)."""
    if tp is building:
        return ForwardRef(tp.__name__)
    if tp in models:
        return models[tp]
    origin, args = get_origin(tp), get_args(tp)
    if origin in (Union, types.UnionType):
        return Union[tuple(_annotation(a, models, building) for a in args)]  # noqa: UP007
    if origin in (list, dict):
        return origin[tuple(_annotation(a, models, building) for a in args)]
    return tp


def _field(spec: dataclasses.Field[Any]) -> Any:
    rules = dict(spec.metadata)
    if spec.default is not dataclasses.MISSING:
        return Field(default=spec.default, **rules)
    if spec.default_factory is not dataclasses.MISSING:
        return Field(default_factory=spec.default_factory, **rules)
    return Field(**rules)


@cache
def _models() -> dict[type, type[BaseModel]]:
    models: dict[type, type[BaseModel]] = {}
    for shape in shapes.SHAPES:
        hints = get_type_hints(shape)
        fields: dict[str, Any] = {
            spec.name: (_annotation(hints[spec.name], models, shape), _field(spec))
            for spec in dataclasses.fields(shape) if not spec.name.startswith("_")}
        model = create_model(shape.__name__, __base__=_Model, __doc__=shape.__doc__, __module__=__name__,
                             __validators__=_CHECKS.get(shape), **fields)
        model.model_rebuild(force=True, _types_namespace={shape.__name__: model})
        models[shape] = model
    return models


def flow_model() -> type[BaseModel]:
    """The pydantic model of a whole flow file."""
    return _models()[shapes.Flow]


def json_schema() -> dict[str, Any]:
    """The flow file's JSON Schema (``backchat flows schema``)."""
    return flow_model().model_json_schema(by_alias=True)


def validate(data: dict[str, Any]) -> dict[str, Any]:
    """A flow file's data, validated (raises pydantic's ValidationError), as plain data by field name."""
    return flow_model().model_validate(data).model_dump()
