"""Draw a flow as a state diagram with transitions' GraphMachine (Mermaid, or SVG/PNG via graphviz)."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Literal

from backchat.core.flow import Flow
from backchat.core.machine import Cursor, transition_specs
from backchat.errors import BackchatError

__all__ = ["draw"]


class _Blind:
    """Guards that never fire: a diagram only needs their names."""

    def holds_all(self, transition_index: int) -> bool:
        return False

    def picks(self, outcome: str) -> bool:
        return False


@contextmanager
def _quiet_transitions() -> Iterator[None]:
    """transitions logs a warning per trigger name ``model_override`` keeps off the model; a diagram
    does not care (``flows graph`` printed 25 "Skip binding of 'trigger'..." lines)."""
    logger = logging.getLogger("transitions")
    before = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(before)


def _static_graph(machine: Any, model: object) -> Any:
    """The whole diagram with no state marked active (a flow file has no current state)."""
    machine.get_graph()  # builds the graph object for the model (marking its state active)
    drawing = machine.model_graphs[id(model)]
    drawing.reset_styling()
    return drawing.get_graph()


def draw(flow: Flow, fmt: Literal["mermaid", "svg", "png"]) -> bytes:
    """The diagram as bytes: Mermaid text for "mermaid", else an SVG or PNG image."""
    from transitions.extensions import GraphMachine  # noqa: PLC0415 - only for diagrams

    if fmt != "mermaid" and shutil.which("dot") is None:
        raise BackchatError(
            "Drawing SVG or PNG needs graphviz's dot program, which is not installed. Install it "
            "with: sudo apt-get install graphviz (or use --format mermaid).")
    engine: Literal["mermaid", "graphviz"] = "mermaid" if fmt == "mermaid" else "graphviz"
    states = [q.id for q in flow.questions] + [o.id for o in flow.outcomes]
    model = Cursor()
    with _quiet_transitions():
        machine = GraphMachine(
            model=model, states=states, transitions=transition_specs(flow, _Blind()),
            initial=flow.start, auto_transitions=False, model_override=True, graph_engine=engine,
            show_conditions=True, title=flow.title,
        )
        graph = _static_graph(machine, model)
    if fmt == "mermaid":
        return str(graph.source).encode("utf-8")
    try:
        return bytes(graph.pipe(format=fmt))
    except Exception as exc:  # noqa: BLE001 - graphviz raises several unrelated types
        raise BackchatError(f"graphviz could not draw the diagram ({exc}).") from None
