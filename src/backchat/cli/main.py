"""The command line: the terminal app (default), line-mode chat, replay, parse, flows.

Errors are one plain sentence on stderr with a non-zero exit status; an
unexpected failure is logged to a file in the data folder, never shown as a
traceback.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from datetime import datetime
from typing import Any

import click

from backchat import __version__
from backchat.cli.checks import eval_, parse, replay
from backchat.cli.flows import flows
from backchat.cli.linemode import run_chat, stdin_reader
from backchat.cli.options import OPTIONS_KEY, intake_options, options_from
from backchat.cli.sessions import export as export_session
from backchat.cli.sessions import sessions
from backchat.cli.voice import models, voice, voice_options
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


main.add_command(replay)
main.add_command(parse)
main.add_command(eval_)
main.add_command(flows)
main.add_command(sessions)
main.add_command(voice)
main.add_command(models)
main.add_command(export_session)
