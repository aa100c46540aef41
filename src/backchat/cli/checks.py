"""Commands for flow authors and developers: replay, parse, eval."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click

from backchat.cli.options import date_option
from backchat.errors import BackchatError

__all__ = ["eval_", "parse", "replay"]


@click.command()
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
    from backchat.core.loader import load_flow  # noqa: PLC0415

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


@click.command()
@click.argument("text")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object of facts.")
@click.option("--question", help="Read the text as the answer to this question id.")
@click.option("--flow", type=click.Path(path_type=Path), help="The flow file to use.")
@click.option("--today", callback=date_option, metavar="YYYY-MM-DD", help="Treat this date as today.")
def parse(text: str, as_json: bool, question: str | None, flow: Path | None,
          today: date | None) -> None:
    """Print what backchat understands from one utterance."""
    from backchat.checks.evaluate import understood  # noqa: PLC0415
    from backchat.core.answering import answer_facts  # noqa: PLC0415
    from backchat.core.facts import SCREEN_FACTS  # noqa: PLC0415
    from backchat.core.loader import load_flow  # noqa: PLC0415
    from backchat.core.understand import read  # noqa: PLC0415

    screen_names = {spec.name for spec in SCREEN_FACTS}

    loaded = load_flow(flow)
    q = None
    if question is not None:
        ids = [q.id for q in loaded.questions]
        if question not in ids:
            raise click.BadParameter(f"unknown question; use one of: {', '.join(ids)}",
                                     param_hint="--question")
        q = loaded.question(question)
    reading = read(text, today or date.today(), question, q.kind if q else None)
    plain = understood(loaded, reading, q)
    if as_json:
        click.echo(json.dumps(plain))
        return
    if reading.command:
        click.echo(f"command: {reading.command}")
    if reading.answer:
        click.echo(f"answer: {reading.answer}")
    screens = {k: v for k, v in answer_facts(reading, q).items() if k in screen_names}
    if not plain and not screens:
        click.echo("(nothing understood)")
    for key, value in plain.items():
        shown = ", ".join(value) if isinstance(value, list) else json.dumps(value)
        click.echo(f"{key}: {shown}")
    for key, value in screens.items():
        click.echo(f"{key}: {json.dumps(value)} (a screening answer)")


@click.command("eval")
@click.argument("corpus", type=click.Path(path_type=Path))
@click.option("--flow", type=click.Path(path_type=Path), help="The flow file to use.")
@click.option("--no-misses", is_flag=True, help="Print the figures only, not each miss.")
@click.option("--no-e2e", is_flag=True, help="Skip the end-to-end run (story, then truthful answers).")
@click.option("--second-reading", type=click.Path(path_type=Path),
              help="A second annotation of the same stories: also print how far the two annotations agree and "
                   "the reader's invented values against each.")
def eval_(corpus: Path, flow: Path | None, no_misses: bool, no_e2e: bool, second_reading: Path | None) -> None:
    """Measure understanding (a story or utterance corpus) or care-level safety (a vignette file)."""
    import yaml  # noqa: PLC0415

    from backchat.checks.evaluate import evaluate  # noqa: PLC0415
    from backchat.checks.vignettes import run_vignettes  # noqa: PLC0415
    from backchat.core.loader import load_flow  # noqa: PLC0415

    loaded = load_flow(flow)
    try:
        head = yaml.safe_load(corpus.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, UnicodeDecodeError) as exc:
        raise BackchatError(f"{corpus}: cannot be read ({exc})") from None
    if isinstance(head, dict) and "vignettes" in head:
        for line in run_vignettes(loaded, corpus).lines():
            click.echo(line)
        return
    for line in evaluate(loaded, corpus, end_to_end=not no_e2e).lines(misses=not no_misses):
        click.echo(line)
    if second_reading is not None:
        from backchat.checks.agreement import compare_annotations  # noqa: PLC0415

        report = compare_annotations(loaded, corpus, second_reading)
        if no_misses:
            report.disputed.clear()
        for line in report.lines():
            click.echo(line)

