"""Draw a flow as a state diagram with transitions' GraphMachine (Mermaid, or SVG/PNG via graphviz)."""

from __future__ import annotations

import shutil
from typing import Literal

from backchat.core.flow import Flow
from backchat.core.machine import Cursor, transition_specs
from backchat.errors import BackchatError

__all__ = ["render"]


class _Blind:
    """Guards that never fire: a diagram only needs their names."""

    def holds_all(self, transition_index: int) -> bool:
        return False

    def picks(self, outcome: str) -> bool:
        return False


def render(flow: Flow, fmt: Literal["mermaid", "svg", "png"]) -> bytes:
    """The diagram as bytes: Mermaid text for "mermaid", else an SVG or PNG image."""
    from transitions.extensions import GraphMachine  # noqa: PLC0415 - only for diagrams

    if fmt != "mermaid" and shutil.which("dot") is None:
        raise BackchatError(
            "Drawing SVG or PNG needs graphviz's dot program, which is not installed. Install it "
            "with: sudo apt-get install graphviz (or use --format mermaid).")
    engine: Literal["mermaid", "graphviz"] = "mermaid" if fmt == "mermaid" else "graphviz"
    states = [q.id for q in flow.questions] + [o.id for o in flow.outcomes]
    machine = GraphMachine(
        model=Cursor(), states=states, transitions=transition_specs(flow, _Blind()),
        initial=flow.start, auto_transitions=False, model_override=True, graph_engine=engine,
        show_conditions=True, title=flow.title,
    )
    graph = machine.get_graph()
    if fmt == "mermaid":
        return str(graph.source).encode("utf-8")
    try:
        return bytes(graph.pipe(format=fmt))
    except Exception as exc:  # noqa: BLE001 - graphviz raises several unrelated types
        raise BackchatError(f"graphviz could not draw the diagram ({exc}).") from None
