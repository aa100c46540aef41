"""Load a flow file, validate it, and cross-check it as a whole.

Every problem is reported as a :class:`~backchat.errors.FlowError` naming the
file, the place in it (path and line) and the reason; never a traceback.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from backchat.core.facts import CATALOGUE, check_value
from backchat.core.flow import END, AdviceItem, CareRule, Condition, Flow, RedFlag
from backchat.core.flow_cache import FlowCache, cache_key, from_data, from_plain, to_plain
from backchat.core.flow_text import MAX_DEPTH, MAX_NUMBER_DIGITS, check_structure, yaml_loader
from backchat.errors import FlowError

if TYPE_CHECKING:
    import yaml

__all__ = ["load_flow", "parse_flow", "default_flow_path", "flows_dir", "validate_flow", "MAX_FLOW_BYTES",
           "MAX_DEPTH", "MAX_NUMBER_DIGITS"]

MAX_FLOW_BYTES = 2_000_000
"""The largest flow file read (2 MB; the shipped flow is under 100 KB)."""
SHIPPED_FLOWS = "backchat.flows"


def default_flow_path() -> Path:
    """The low back pain flow that ships with backchat.

    The flows live in the repository's ``flows/`` folder, linked into the package as
    ``backchat/flows`` (see pyproject.toml), so editable and wheel installs find them alike
    (found next to this package, without importlib.resources: a start-up costs less).
    """
    folder = Path(__file__).parent.parent / "flows"
    if not folder.is_dir():
        raise FlowError(SHIPPED_FLOWS, "", "the flows that ship with backchat are not installed "
                        "(reinstall backchat: pip install .)")
    return folder / "low_back_pain.yaml"


def flows_dir() -> Path:
    """The folder of the flows that ship with backchat."""
    return default_flow_path().parent


def load_flow(path: str | Path | None = None, cache: FlowCache | None = None) -> Flow:
    """Read, parse and cross-check a flow file.

    Only a regular file of at most :data:`MAX_FLOW_BYTES` is read (a FIFO, a device or a folder
    is refused at once, without waiting on it). With ``cache``, a file validated before (the same
    bytes, the same validating code) is rebuilt from its plain form; one validated now is kept.
    """
    file = Path(path) if path is not None else default_flow_path()
    name = str(file)
    raw = _read_regular(file, name)
    key = cache_key(raw) if cache is not None else None
    if cache is None or key is None:
        return _parse_bytes(raw, name)
    kept = cache.get(key)
    if kept is not None:
        try:
            return from_plain(kept)
        except (ValueError, TypeError, KeyError, AttributeError):
            pass  # a damaged copy: validate the file afresh (and keep the good plain form)
    flow = _parse_bytes(raw, name)
    cache.put(key, to_plain(flow))
    return flow


def _parse_bytes(raw: bytes, name: str) -> Flow:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise FlowError(name, f"line {line}", "is not UTF-8 text") from None
    return parse_flow(text, name)


def _read_regular(file: Path, name: str) -> bytes:
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(file, flags)
    except FileNotFoundError:
        raise FlowError(name, "", "no such file") from None
    except OSError as exc:
        raise FlowError(name, "", f"cannot be read ({exc.strerror or exc})") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file"
            raise FlowError(name, "", f"is {kind}, so it was not read")
        if info.st_size > MAX_FLOW_BYTES:
            raise FlowError(name, "", f"is larger than {MAX_FLOW_BYTES // 1_000_000} MB")
        chunks: list[bytes] = []
        total = 0
        while total <= MAX_FLOW_BYTES:  # the size cap holds even if the file grows while read
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise FlowError(name, "", f"cannot be read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)
    if total > MAX_FLOW_BYTES:
        raise FlowError(name, "", f"is larger than {MAX_FLOW_BYTES // 1_000_000} MB")
    return b"".join(chunks)


def parse_flow(text: str, name: str = "<flow>") -> Flow:
    """Parse flow YAML text (``name`` is used in messages).

    Before anything is built the text is checked for what would break the parser or the
    interpreter: NUL and other control bytes, nesting deeper than :data:`MAX_DEPTH`, duplicate
    keys, numbers longer than :data:`MAX_NUMBER_DIGITS` digits; each is refused with its line.
    """
    import yaml
    from pydantic import ValidationError

    from backchat.core.flow_schema import validate

    if len(text) > MAX_FLOW_BYTES:
        raise FlowError(name, "", f"is larger than {MAX_FLOW_BYTES // 1_000_000} MB")
    try:
        check_structure(text, name)
        data = yaml.load(text, Loader=yaml_loader())  # noqa: S506 - a safe loader (libyaml's when present)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or "is not valid YAML"
        raise FlowError(name, where, f"not valid YAML: {problem}") from None
    except (ValueError, OverflowError, RecursionError, MemoryError) as exc:
        raise FlowError(name, "", f"cannot be read as a flow ({type(exc).__name__})") from None
    if not isinstance(data, dict):
        raise FlowError(name, "", "a flow file must be a mapping (name:, questions:, ...)")
    try:
        flow = from_data(validate(data))
    except ValidationError as exc:
        errs, nodes = exc.errors(), _nodes(text)
        more = tuple(f"{_where(nodes, tuple(e['loc']))}: {_reason(e)}" for e in errs[1:])
        raise FlowError(name, _where(nodes, tuple(errs[0]["loc"])), _reason(errs[0]), more=more) from None
    problems = list(validate_flow(flow))
    if problems:
        nodes = _nodes(text)
        (loc, reason), rest = problems[0], problems[1:]
        raise FlowError(name, _where(nodes, loc), reason, more=tuple(f"{_where(nodes, lc)}: {r}" for lc, r in rest))
    return flow


def _nodes(text: str) -> yaml.Node | None:
    """The YAML node tree (with line numbers), built only to place an error."""
    import yaml

    return yaml.compose(text, Loader=yaml_loader())


def _reason(err: Any) -> str:
    msg = str(err.get("msg", "invalid"))
    if err.get("type") == "missing":
        return "a required field is missing"
    if err.get("type") == "extra_forbidden":
        return "unknown field"
    return msg.removeprefix("Value error, ")


def _where(node: yaml.Node | None, loc: tuple[Any, ...]) -> str:
    """``questions[2].prompt (line 14)`` for a pydantic/cross-check location."""
    path = ""
    line = None
    current = node
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            key = str(part).rstrip("_")
            path += f".{key}" if path else key
            part = key
        found = _child(current, part)
        if found is None:
            break
        current = found
        line = current.start_mark.line + 1
    return f"{path} (line {line})" if line is not None else path


def _child(node: yaml.Node | None, part: Any) -> yaml.Node | None:
    import yaml

    if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
        child: yaml.Node = node.value[part]
        return child
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == str(part):
                return value  # type: ignore[no-any-return]
    return None


Problem = tuple[tuple[Any, ...], str]


def validate_flow(flow: Flow) -> Iterator[Problem]:
    """Yield (location, reason) for every cross-check the flow fails."""
    yield from _duplicates(flow)
    qids = {q.id for q in flow.questions}
    if flow.start not in qids:
        yield ("start",), f"start names unknown question {flow.start!r}"
    for i, q in enumerate(flow.questions):
        for j, fact in enumerate(q.sets):
            if fact not in CATALOGUE or fact in ("red_flags", "duration_band"):
                yield ("questions", i, "sets", j), f"question {q.id!r} sets unknown fact {fact!r}"
        for j, value in enumerate(q.vague):
            problem = check_value(q.sets[0], value) if q.sets[0] in CATALOGUE else None
            if problem:
                yield ("questions", i, "vague", j), f"vague value {value!r}: {problem}"
    for i, t in enumerate(flow.transitions):
        if t.from_ not in qids:
            yield ("transitions", i, "from_"), f"transition from unknown question {t.from_!r}"
        if t.to != END and t.to not in qids:
            yield ("transitions", i, "to"), f"transition to unknown question {t.to!r}"
        yield from _conditions(t.when, ("transitions", i, "when"))
    for section in ("red_flags", "care_rules", "advice"):
        items: list[RedFlag | CareRule | AdviceItem] = getattr(flow, section)
        for i, item in enumerate(items):
            yield from _conditions(item.when, (section, i, "when"))
            yield from _conditions(getattr(item, "unless", []), (section, i, "unless"))
            for j, key in enumerate(item.sources):
                if key not in flow.sources:
                    yield (section, i, "sources", j), f"unknown source {key!r}"
    for j, key in enumerate(flow.safety_net_sources):
        if key not in flow.sources:
            yield ("safety_net_sources", j), f"unknown source {key!r}"
    if flow.thresholds.chronic_from_days <= flow.thresholds.subacute_from_days:
        yield ("thresholds",), "chronic_from_days must be larger than subacute_from_days"
    yield from _graph(flow, qids)
    yield from _outcome_paths(flow)


def _duplicates(flow: Flow) -> Iterator[Problem]:
    for section in ("questions", "red_flags", "care_rules", "outcomes", "advice"):
        seen: set[str] = set()
        for i, item in enumerate(getattr(flow, section)):
            if item.id in seen:
                yield (section, i, "id"), f"duplicate id {item.id!r} in {section}"
            seen.add(item.id)


def _conditions(conds: Iterable[Condition], loc: tuple[Any, ...]) -> Iterator[Problem]:
    for i, cond in enumerate(conds):
        here = (*loc, i)
        if cond.any is not None:
            yield from _conditions(cond.any, (*here, "any"))
            continue
        assert cond.fact is not None  # guaranteed by Condition's validator
        if cond.fact not in CATALOGUE:
            yield (*here, "fact"), f"condition names unknown fact {cond.fact!r}"
            continue
        for value in ([cond.is_] if cond.is_ is not None else []) + (cond.in_ or []):
            problem = check_value(cond.fact, value)
            if problem:
                yield here, f"condition value {value!r}: {problem}"


def _graph(flow: Flow, qids: set[str]) -> Iterator[Problem]:
    edges: dict[str, list[str]] = {q: [] for q in qids}
    for t in flow.transitions:
        if t.from_ in edges:
            edges[t.from_].append(t.to)
    for i, q in enumerate(flow.questions):
        if not edges[q.id]:
            yield ("questions", i, "id"), f"question {q.id!r} has no transition out of it"
        elif flow.transitions and all(
            t.when for t in flow.transitions if t.from_ == q.id
        ):
            yield ("questions", i, "id"), (
                f"every transition out of {q.id!r} has a condition; add one without 'when' "
                "as the default")
    reached = _reach(flow.start, edges)
    for i, q in enumerate(flow.questions):
        if q.id not in reached:
            yield ("questions", i, "id"), f"question {q.id!r} is unreachable from {flow.start!r}"
    for i, q in enumerate(flow.questions):
        if q.id in reached and END not in _reach(q.id, edges):
            yield ("questions", i, "id"), f"question {q.id!r} has no path to the end"


def _reach(start: str, edges: dict[str, list[str]]) -> set[str]:
    seen = {start}
    todo = [start]
    while todo:
        for nxt in edges.get(todo.pop(), []):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def _outcome_paths(flow: Flow) -> Iterator[Problem]:
    produced = {flow.default_outcome}
    for flag in flow.red_flags:
        produced.add(flag.level)
    for rule in flow.care_rules:
        produced.add(rule.level)
    for flag in flow.red_flags:
        if flag.if_unknown:
            produced.add(flag.if_unknown)
    defined = {o.id for o in flow.outcomes}
    for i, outcome in enumerate(flow.outcomes):
        if outcome.id not in produced:
            yield ("outcomes", i, "id"), (
                f"outcome {outcome.id!r} has no path: no rule leads to it and it is not the default")
    for level in sorted(produced - defined):
        yield ("outcomes",), f"care level {level!r} is used by a rule but has no outcome"
    for i, item in enumerate(flow.advice):
        for j, level in enumerate(item.outcomes):
            if level not in defined:
                yield ("advice", i, "outcomes", j), f"advice names unknown outcome {level!r}"
