"""The command line: the terminal app (default), line-mode chat, replay, parse, flows.

Errors are one plain sentence on stderr with a non-zero exit status; an
unexpected failure is logged to a file in the data folder, never shown as a
traceback.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import traceback
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal, cast

import click

from backchat import __version__
from backchat.cli.linemode import run_chat, stdin_reader
from backchat.cli.options import OPTIONS_KEY, date_option, intake_options, options_from
from backchat.cli.sessions import export as export_session
from backchat.cli.sessions import flows_export_fhir, sessions
from backchat.cli.voice import models, voice, voice_options
from backchat.core.facts import PUBLIC_FACTS
from backchat.core.loader import default_flow_path, flows_dir, load_flow
from backchat.core.triage import with_derived
from backchat.core.understand import read
from backchat.errors import BackchatError
from backchat.intake import Options, close_conversation, open_conversation
from backchat.paths import data_dir, ensure_private_dir

__all__ = ["main"]

log = logging.getLogger(__name__)


class _Group(click.Group):
    """Turns errors into one plain sentence and an exit status."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BackchatError as exc:
            click.echo(f"backchat: {exc}", err=True)
            sys.exit(exc.exit_code)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            sys.exit(130)
        except BrokenPipeError:  # the reader went away (e.g. `backchat eval ... | head`): stop quietly
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(0)
        except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback on screen
            where = _save_crash(ctx)
            click.echo(f"backchat: something went wrong ({type(exc).__name__}). "
                       f"Details were saved to {where}; please report it.", err=True)
            sys.exit(70)


def _save_crash(ctx: click.Context) -> str:
    opts = ctx.meta.get(OPTIONS_KEY) or ctx.find_object(Options)
    if opts is not None and opts.no_store:
        return "nowhere (--no-store keeps nothing on disk)"
    try:
        folder = ensure_private_dir(data_dir(opts.data_dir if opts else None))
        path = folder / "crash.log"
        with path.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {datetime.now().isoformat()} backchat {__version__}\n")
            fh.write(traceback.format_exc())
        path.chmod(0o600)
        return str(path)
    except (OSError, BackchatError):
        return "nowhere (the data folder could not be written)"


@click.group(cls=_Group, invoke_without_command=True,
             context_settings={"help_option_names": ["-h", "--help"]})
@intake_options
@click.option("--voice", "with_voice", is_flag=True,
              help="Hands-free terminal app: speak each question and listen for the answer (typing still works).")
@voice_options
@click.version_option(__version__, prog_name="backchat")
@click.pass_context
def main(ctx: click.Context, /, with_voice: bool = False, **kw: Any) -> None:
    """backchat: an offline back-pain intake assistant.

    With no command, opens the terminal app (with --voice: hands-free). Everything
    runs on this machine; nothing is ever sent anywhere.
    """
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    opts = options_from(ctx, **kw)
    if ctx.invoked_subcommand is not None:
        return
    try:
        from backchat.tui.app import run_tui  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        raise BackchatError("The terminal app is not installed in this build; "
                            "use `backchat chat` for line mode.") from None
    if not with_voice:
        sys.exit(run_tui(opts))
    from backchat.tui.voice_worker import VoiceSettings  # noqa: PLC0415

    sys.exit(run_tui(opts, VoiceSettings.from_options(kw)))


@main.command()
@intake_options
@click.pass_context
def chat(ctx: click.Context, /, **kw: Any) -> None:
    """Hold the intake in plain line mode (stdin/stdout; works with pipes)."""
    opts = options_from(ctx, **kw)
    _plain_stdin()
    conv, first = open_conversation(opts, lambda s: click.echo(s, err=True))
    interactive = sys.stdin.isatty()
    try:
        status = run_chat(conv, first, stdin_reader(interactive), click.echo, interactive)
    finally:
        close_conversation(conv)
    sys.exit(status)


def _plain_stdin() -> None:
    reconfigure = getattr(sys.stdin, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="replace")


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--flow", type=click.Path(path_type=Path), help="The flow file to use.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--voice", "by_voice", is_flag=True,
              help="Speak each answer with espeak-ng and recognise it before the engine gets it.")
@click.option("--engine", type=click.Choice(["pocketsphinx", "sphinx", "vosk"]), default="pocketsphinx",
              show_default=True, help="The recogniser for --voice.")
@click.option("--vosk-model", type=click.Path(path_type=Path), help="The Vosk model for --engine vosk.")
def replay(files: tuple[Path, ...], flow: Path | None, as_json: bool, by_voice: bool, engine: str,
           vosk_model: Path | None) -> None:
    """Replay scripted dialogues and report, per file, pass or the first difference."""
    from backchat.checks.replay import load_script, run_script  # noqa: PLC0415

    loaded = load_flow(flow)
    scripts = [(f, load_script(f)) for f in files]
    if by_voice:
        from backchat.voice.replay_cli import replay_by_voice  # noqa: PLC0415

        results = replay_by_voice(scripts, loaded, engine, vosk_model, show=None if as_json else click.echo)
    else:
        results = [run_script(script, loaded, str(f)) for f, script in scripts]
    if as_json:
        click.echo(json.dumps({"dialogues": [r.as_json() for r in results]}, indent=2))
    else:
        for r in results:
            click.echo(f"PASS {r.file}" if r.passed else f"FAIL {r.file}: {r.failure}")
        passed = sum(r.passed for r in results)
        click.echo(f"{passed} passed, {len(results) - passed} failed")
    sys.exit(0 if all(r.passed for r in results) else 1)


@main.command()
@click.argument("text")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object of facts.")
@click.option("--question", help="Read the text as the answer to this question id.")
@click.option("--flow", type=click.Path(path_type=Path), help="The flow file to use.")
@click.option("--today", callback=date_option, metavar="YYYY-MM-DD", help="Treat this date as today.")
def parse(text: str, as_json: bool, question: str | None, flow: Path | None,
          today: date | None) -> None:
    """Print what backchat understands from one utterance."""
    loaded = load_flow(flow)
    kind = None
    if question is not None:
        ids = [q.id for q in loaded.questions]
        if question not in ids:
            raise click.BadParameter(f"unknown question; use one of: {', '.join(ids)}",
                                     param_hint="--question")
        q = loaded.question(question)
        kind = q.kind
    reading = read(text, today or date.today(), question, kind)
    facts = dict(reading.facts)
    if question is not None and reading.answer in ("yes", "no") and kind == "yes_no":
        facts.setdefault(loaded.question(question).sets[0], reading.answer == "yes")
    full = with_derived(loaded, facts)
    public = {s.name: full[s.name] for s in PUBLIC_FACTS if s.name in full}
    if full["red_flags"]:
        public["red_flags"] = full["red_flags"]
    plain = {k: list(v) if isinstance(v, tuple) else v for k, v in public.items()}
    if as_json:
        click.echo(json.dumps(plain))
        return
    if reading.command:
        click.echo(f"command: {reading.command}")
    if reading.answer:
        click.echo(f"answer: {reading.answer}")
    if not plain:
        click.echo("(nothing understood)")
    for key, value in plain.items():
        shown = ", ".join(value) if isinstance(value, list) else json.dumps(value)
        click.echo(f"{key}: {shown}")


@main.group()
def flows() -> None:
    """Check, draw and describe flow files."""


@flows.command("check")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
def flows_check(files: tuple[Path, ...]) -> None:
    """Validate flow files (default: every flow in flows/)."""
    targets = list(files) or sorted(flows_dir().glob("*.yaml"))
    bad = 0
    for file in targets:
        try:
            flow = load_flow(file)
        except BackchatError as exc:
            bad += 1
            click.echo(f"error: {exc}")
            continue
        click.echo(f"ok: {file} ({flow.name} {flow.version}: {len(flow.questions)} questions, "
                   f"{len(flow.red_flags)} red flags, {len(flow.advice)} advice items)")
    sys.exit(2 if bad else 0)


@flows.command("graph")
@click.argument("file", required=False, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["mermaid", "svg", "png"]), default="mermaid",
              show_default=True, help="svg and png need graphviz's dot program.")
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Write here (default: stdout for mermaid, FLOW.svg/.png otherwise).")
def flows_graph(file: Path | None, fmt: str, output: Path | None) -> None:
    """Draw a flow as a state diagram (Mermaid text by default)."""
    from backchat.checks.diagram import render  # noqa: PLC0415

    flow = load_flow(file or default_flow_path())
    data = render(flow, cast(Literal["mermaid", "svg", "png"], fmt))
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
    from backchat.core.flow import Flow  # noqa: PLC0415

    text = json.dumps(Flow.model_json_schema(by_alias=True), indent=2) + "\n"
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        click.echo(f"wrote {output}")


@main.command("eval")
@click.argument("corpus", type=click.Path(path_type=Path))
@click.option("--flow", type=click.Path(path_type=Path), help="The flow file to use.")
def eval_(corpus: Path, flow: Path | None) -> None:
    """Measure understanding (an utterance corpus) or care-level safety (a vignette file)."""
    import yaml  # noqa: PLC0415

    from backchat.checks.evaluate import evaluate  # noqa: PLC0415
    from backchat.checks.vignettes import run_vignettes  # noqa: PLC0415

    loaded = load_flow(flow)
    try:
        head = yaml.safe_load(corpus.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, UnicodeDecodeError) as exc:
        raise BackchatError(f"{corpus}: cannot be read ({exc})") from None
    if isinstance(head, dict) and "vignettes" in head:
        for line in run_vignettes(loaded, corpus).lines():
            click.echo(line)
        return
    for line in evaluate(loaded, corpus).lines():
        click.echo(line)


main.add_command(sessions)
main.add_command(voice)
main.add_command(models)
main.add_command(export_session)
flows.add_command(flows_export_fhir)
