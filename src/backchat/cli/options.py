"""Options shared by the commands that hold an intake, and how they combine with the group's."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import click

from backchat.errors import UsageError
from backchat.intake import Options

__all__ = ["intake_options", "options_from", "date_option", "OPTIONS_KEY"]

F = TypeVar("F", bound=Callable[..., Any])
OPTIONS_KEY = "backchat.options"
"""Where the merged options live in ``ctx.meta`` (shared by the whole command chain)."""


def date_option(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    """Parse --today."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter("use the form YYYY-MM-DD, e.g. 2026-11-18") from None


def intake_options(fn: F) -> F:
    """The options of every command that holds an intake."""
    decorators = [
        click.option("--flow", "flow", type=click.Path(path_type=Path),
                     help="The flow file to use (default: flows/low_back_pain.yaml)."),
        click.option("--data-dir", help="Where sessions are kept (default: the user data "
                     "folder, or $BACKCHAT_DATA_DIR)."),
        click.option("--no-store", is_flag=True, help="Keep nothing on disk."),
        click.option("--resume", is_flag=True, help="Carry on with the last unfinished session (not with --no-store)."),
        click.option("--today", callback=date_option, metavar="YYYY-MM-DD",
                     help="Treat this date as today (for scripts and tests)."),
    ]
    for deco in reversed(decorators):
        fn = deco(fn)
    return fn


def options_from(ctx: click.Context, **kw: Any) -> Options:
    """This command's intake options over the group's."""
    parent = ctx.find_object(Options) or Options()
    merged = Options(
        flow=kw.get("flow") or parent.flow,
        data_dir=kw.get("data_dir") or parent.data_dir,
        no_store=bool(kw.get("no_store")) or parent.no_store,
        resume=bool(kw.get("resume")) or parent.resume,
        today=kw.get("today") or parent.today,
    )
    if merged.no_store and merged.resume:
        raise UsageError("--resume needs the session store, so it cannot be used with --no-store.")
    ctx.obj = merged
    ctx.meta[OPTIONS_KEY] = merged  # shared by the whole command chain (see _save_crash)
    return merged
