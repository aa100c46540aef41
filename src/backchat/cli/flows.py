"""`backchat flows`: check, draw and describe flow files."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Literal, cast

import click

from backchat.cli.sessions import flows_export_fhir
from backchat.errors import EXIT_OK, EXIT_USAGE, BackchatError, FlowError

__all__ = ["flows"]


@click.group()
def flows() -> None:
    """Check, draw and describe flow files."""


@flows.command("check")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
def flows_check(files: tuple[Path, ...]) -> None:
    """Validate flow files (default: every flow that ships with backchat).

    Every problem of every file is listed on stderr, one per line; the exit
    status is 2 when any file has one.

    \b
    Examples:
      backchat flows check
      backchat flows check my_flow.yaml other.yaml
    """
    from backchat.core.loader import flows_dir, load_flow  # noqa: PLC0415

    targets = list(files) or sorted(flows_dir().glob("*.yaml"))
    bad = 0
    for file in targets:
        try:
            flow = load_flow(file)
        except FlowError as exc:
            bad += 1
            for line in exc.all_problems:
                click.echo(f"error: {line}", err=True)
            continue
        click.echo(f"ok: {file} ({flow.name} {flow.version}: {len(flow.questions)} questions, "
                   f"{len(flow.red_flags)} red flags, {len(flow.advice)} advice items)")
    sys.exit(EXIT_USAGE if bad else EXIT_OK)


@flows.command("graph")
@click.argument("file", required=False, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["mermaid", "svg", "png"]), default="mermaid",
              show_default=True, help="svg and png need graphviz's dot program.")
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Write here (default: stdout for mermaid, FLOW.svg/.png otherwise).")
def flows_graph(file: Path | None, fmt: str, output: Path | None) -> None:
    """Draw a flow as a state diagram (Mermaid text by default).

    \b
    Examples:
      backchat flows graph > flow.mmd
      backchat flows graph --format svg -o flow.svg
    """
    from backchat.checks.diagram import draw  # noqa: PLC0415
    from backchat.core.loader import default_flow_path, load_flow  # noqa: PLC0415

    flow = load_flow(file or default_flow_path())
    data = draw(flow, cast(Literal["mermaid", "svg", "png"], fmt))
    if fmt == "mermaid" and output is None:
        click.echo(data.decode("utf-8"), nl=False)
        return
    target = output or Path(f"{flow.name}.{fmt}")
    try:
        target.write_bytes(data)
    except OSError as exc:
        raise BackchatError(f"Cannot write {target} ({exc.strerror or exc}).") from None
    click.echo(f"wrote {target}")


@flows.command("schema")
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write here, not stdout.")
def flows_schema(output: Path | None) -> None:
    """Print the flow file's JSON Schema."""
    from backchat.core.flow_schema import json_schema  # noqa: PLC0415

    text = json.dumps(json_schema(), indent=2) + "\n"
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        click.echo(f"wrote {output}")



flows.add_command(flows_export_fhir)
