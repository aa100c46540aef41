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
from backchat.cli.interrupts import INTAKE_COMMANDS, stop_interrupted
from backchat.cli.lazy import LazyGroup
from backchat.cli.linemode import run_chat, stdin_reader, terminal_writer
from backchat.cli.options import OPTIONS_KEY, intake_options, options_from
from backchat.cli.voice import voice_options
from backchat.errors import EXIT_CRASH, EXIT_OK, BackchatError, UsageError, resume_hint
from backchat.intake import Options, close_conversation, open_conversation

__all__ = ["main"]

log = logging.getLogger(__name__)


COMMANDS = {
    "replay": "backchat.cli.checks:replay",
    "parse": "backchat.cli.checks:parse",
    "eval": "backchat.cli.checks:eval_",
    "flows": "backchat.cli.flows:flows",
    "sessions": "backchat.cli.sessions:sessions",
    "export": "backchat.cli.sessions:export",
    "voice": "backchat.cli.voice:voice",
    "models": "backchat.cli.voice:models",
}
"""The commands defined in other modules, imported only when used (start-up stays quick)."""


class _Group(LazyGroup):
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
            opts = ctx.meta.get(OPTIONS_KEY)
            stop_interrupted(intake=ctx.invoked_subcommand in INTAKE_COMMANDS,
                             no_store=bool(opts is not None and opts.no_store))
        except BrokenPipeError:  # the reader went away (e.g. `backchat eval ... | head`): stop quietly
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(EXIT_OK)
        except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback on screen
            where = _save_crash(ctx)
            click.echo(f"backchat: something went wrong ({type(exc).__name__}). "
                       f"Details were saved to {where}; please report it.", err=True)
            sys.exit(EXIT_CRASH)


    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Each command's whole first sentence (click cuts it to one line: "works with...")."""
        rows = []
        for name in self.list_commands(ctx):
            cmd = self.get_command(ctx, name)
            if cmd is not None and not cmd.hidden:
                rows.append((name, cmd.get_short_help_str(limit=200)))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


def _save_crash(ctx: click.Context) -> str:
    from backchat.paths import data_dir, ensure_private_dir  # noqa: PLC0415 - only after a crash

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


@click.group(cls=_Group, invoke_without_command=True, lazy_commands=COMMANDS,
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

    \b
    Examples:
      backchat                      the terminal app
      backchat --resume             carry on with the last unfinished intake
      backchat chat                 plain line mode (pipes, screen readers)
      backchat sessions list        the intakes kept on this machine

    Exit status: 0 finished, 3 left unfinished (--resume carries on), 2 usage
    error, 1 other error, 130 interrupted (Ctrl+C).
    """
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    opts = options_from(ctx, **kw)
    if ctx.invoked_subcommand is not None:
        return
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise UsageError("The terminal app needs a terminal; for pipes and scripts use: backchat chat")
    try:
        from backchat.tui.app import run_tui  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        raise BackchatError("The terminal app is not installed in this build; "
                            "use `backchat chat` for line mode.") from None
    if not with_voice:
        sys.exit(run_tui(opts))
    from backchat.cli.voice import voice_settings  # noqa: PLC0415

    sys.exit(run_tui(opts, voice_settings(kw)))


@main.command(short_help="Plain line mode: one question, one answer (pipes, screen readers).")
@intake_options
@click.pass_context
def chat(ctx: click.Context, /, **kw: Any) -> None:
    """Hold the intake in plain line mode: one question, one answer, plain text.

    Works in a terminal (lines wrap at words), through pipes, and with screen readers.

    \b
    Examples:
      backchat chat
      backchat chat --resume
      printf 'I lifted a box\nlower back\n' | backchat chat --no-store

    Exit status: 0 finished, 3 left unfinished (quit or end of input), 130 Ctrl+C.
    """
    opts = options_from(ctx, **kw)
    _plain_stdin()
    conv, first = open_conversation(opts, lambda s: click.echo(s, err=True))
    interactive = sys.stdin.isatty()
    width = None
    if sys.stdout.isatty():
        import shutil  # noqa: PLC0415 - only at a terminal

        width = shutil.get_terminal_size().columns
    try:
        status = run_chat(conv, first, stdin_reader(interactive), terminal_writer(click.echo, width),
                          interactive, hint=resume_hint(opts.no_store))
    finally:
        close_conversation(conv)
    sys.exit(status)


def _plain_stdin() -> None:
    reconfigure = getattr(sys.stdin, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="replace")

