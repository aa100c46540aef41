"""The ``sessions``, ``export`` and ``flows export-fhir`` commands.

``backchat sessions list | show ID | delete ID | purge --older-than 30d`` and
``backchat export ID --format markdown|json|fhir [-o FILE]``. An ID may be the
start of one, or ``latest``. Nothing here creates a data folder or a database.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

import click

from backchat.errors import BackchatError

if TYPE_CHECKING:
    from backchat.store.db import SessionStore
    from backchat.store.models import SessionInfo

# The store (and the engine it imports) is loaded only when a command here runs: `backchat --help` stays quick.

__all__ = ["sessions", "export", "flows_export_fhir", "parse_age", "STATUS_WORDS"]

F = TypeVar("F", bound=Callable[..., Any])
_AGE = re.compile(r"^\s*(\d+)\s*([hdw])\s*$")
_UNITS = {"h": "hours", "d": "days", "w": "weeks"}
STATUS_WORDS = {"open": "unfinished", "finished": "finished", "replaced": "replaced", "abandoned": "abandoned"}
"""The one word for each session status, in text and in --json."""
EXPORT_FORMATS = ("markdown", "json", "fhir")
"""The choices of ``export --format``: the store's FORMATS, spelt here so --help does not load the store
(tests/test_architecture.py checks that they agree)."""


def parse_age(text: str) -> timedelta:
    """'30d', '12h' or '2w' as a time span."""
    m = _AGE.match(text.lower())
    if not m:
        raise click.BadParameter("use a number and h, d or w, e.g. 30d")
    return timedelta(**{_UNITS[m.group(2)]: int(m.group(1))})


def _data_dir_option(fn: F) -> F:
    return click.option("--data-dir", help="Where sessions are kept (default: the user data folder, "
                        "or $BACKCHAT_DATA_DIR).")(fn)


def _folder(ctx: click.Context, given: str | None) -> Path:
    from backchat.paths import data_dir  # noqa: PLC0415

    parent = ctx.meta.get("backchat.options")
    return data_dir(given or getattr(parent, "data_dir", None))


def _open(ctx: click.Context, given: str | None) -> SessionStore | None:
    from backchat.store.db import SessionStore  # noqa: PLC0415

    return SessionStore.existing(_folder(ctx, given))


def _need(ctx: click.Context, given: str | None) -> SessionStore:
    from backchat.store.errors import SessionNotFound  # noqa: PLC0415

    store = _open(ctx, given)
    if store is None:
        raise SessionNotFound(f"No sessions are stored in {_folder(ctx, given)}.")
    return store


def _row(s: SessionInfo, in_use: set[str], tz: tzinfo | None) -> list[str]:
    status = STATUS_WORDS.get(s.status, s.status)
    if s.status == "open" and s.id in in_use:
        status = "in use"
    return [s.id, s.created_at.astimezone(tz).strftime("%Y-%m-%d %H:%M"),
            s.updated_at.astimezone(tz).strftime("%Y-%m-%d %H:%M"), status, s.outcome or "-",
            str(s.answers), f"{s.flow_name} {s.flow_version}"]


@click.group("sessions")
def sessions() -> None:
    """List, show and delete the intakes kept on this computer."""


LIST_LIMIT = 20
"""How many sessions ``sessions list`` shows unless --all is given (the most recent first; a screenful)."""


@sessions.command("list")
@_data_dir_option
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--all", "show_all", is_flag=True, help=f"Every session, not only the {LIST_LIMIT} most recent.")
@click.pass_context
def sessions_list(ctx: click.Context, data_dir: str | None, as_json: bool, show_all: bool) -> None:
    """List stored sessions, most recently active first (the 20 most recent unless --all)."""
    from backchat.store.claims import claimed_ids  # noqa: PLC0415
    from backchat.store.queries import list_sessions  # noqa: PLC0415

    store = _open(ctx, data_dir)
    found = []
    if store is not None:
        with store:  # one more than shown tells whether there are more, without counting them all
            found = list_sessions(store, None if show_all else LIST_LIMIT + 1)
    more = len(found) > LIST_LIMIT and not show_all
    found = found[:LIST_LIMIT] if more else found
    folder = _folder(ctx, data_dir)
    in_use = claimed_ids(folder) if found else set()
    if as_json:
        rows = [{"id": s.id, "created": s.created_at.isoformat(), "updated": s.updated_at.isoformat(),
                 "status": STATUS_WORDS.get(s.status, s.status), "outcome": s.outcome, "answers": s.answers,
                 "flow": s.flow_name, "flow_version": s.flow_version, "in_use": s.id in in_use}
                for s in found]
        click.echo(json.dumps({"data_dir": str(folder), "more": more, "sessions": rows}, indent=2))
        return
    if not found:
        click.echo(f"No sessions are stored in {folder}.")
        return
    local = datetime.now().astimezone().tzinfo  # looked up once, not per row
    table = [["ID", "STARTED", "LAST ACTIVITY", "STATUS", "OUTCOME", "ANSWERS", "FLOW"]]
    table += [_row(s, in_use, local) for s in found]
    widths = [max(len(r[i]) for r in table) for i in range(len(table[0]))]
    click.echo("\n".join("  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip()
                         for r in table))
    if more:
        click.echo(f"(the {len(found)} most recent sessions in {folder}; --all lists every one)")
    else:
        click.echo(f"({len(found)} session{'s' if len(found) != 1 else ''} in {folder})")


@sessions.command("show")
@click.argument("session_id", metavar="ID")
@_data_dir_option
@click.pass_context
def sessions_show(ctx: click.Context, session_id: str, data_dir: str | None) -> None:
    """Show one session: care level, facts, red-flag screen, advice and transcript.

    At a terminal it is readable text (control characters shown, never run); piped, it is the
    Markdown that `backchat export` writes.
    """
    from backchat.store.exports import export_text, terminal_text  # noqa: PLC0415
    from backchat.store.queries import load_session, resolve_session  # noqa: PLC0415

    with _need(ctx, data_dir) as store:
        stored = load_session(store, resolve_session(store, session_id).id)
    if _to_terminal():
        click.echo(terminal_text(stored), nl=False)
    else:
        click.echo(export_text(stored, "markdown"), nl=False)


def _to_terminal() -> bool:
    import sys  # noqa: PLC0415

    isatty = getattr(sys.stdout, "isatty", None)
    return bool(isatty is not None and isatty())


def _declined() -> None:
    """The person said no: nothing is deleted; a plain sentence and the documented exit code."""
    from backchat.errors import EXIT_OK  # noqa: PLC0415

    click.echo("Nothing was deleted.")
    raise SystemExit(EXIT_OK)


@sessions.command("check")
@_data_dir_option
@click.pass_context
def sessions_check(ctx: click.Context, data_dir: str | None) -> None:
    """Check the session store for damage (SQLite's integrity check and backchat's tables)."""
    store = _open(ctx, data_dir)
    if store is None:
        click.echo(f"No sessions are stored in {_folder(ctx, data_dir)}.")
        return
    with store:
        problems = store.check()
    if problems:
        raise BackchatError(f"The session store {store.path} is damaged: {problems[0]}.")
    click.echo(f"The session store {store.path} is sound.")


@sessions.command("delete")
@click.argument("session_id", metavar="ID")
@_data_dir_option
@click.option("-y", "--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_context
def sessions_delete(ctx: click.Context, session_id: str, data_dir: str | None, yes: bool) -> None:
    """Delete one session for good (its turns are overwritten in the database file)."""
    from backchat.store.claims import is_claimed, remove_claim_file  # noqa: PLC0415
    from backchat.store.queries import delete_sessions, resolve_session  # noqa: PLC0415

    with _need(ctx, data_dir) as store:
        info = resolve_session(store, session_id)
        if is_claimed(store.folder, info.id):
            raise BackchatError(f"Session {info.id} is open in a running backchat; finish or quit it first.")
        count = f"{info.answers} answer" + ("" if info.answers == 1 else "s")
        if not yes and not click.confirm(f"Delete session {info.id} ({count})?"):
            _declined()
        delete_sessions(store, [info.id])
        remove_claim_file(store.folder, info.id)
    click.echo(f"Deleted session {info.id}.")


@sessions.command("purge")
@click.option("--older-than", "older_than", required=True, metavar="AGE",
              help="Delete sessions last active longer ago than this: e.g. 30d, 12h, 2w.")
@_data_dir_option
@click.option("-y", "--yes", is_flag=True, help="Do not ask for confirmation.")
@click.option("--dry-run", is_flag=True, help="Only say what would be deleted.")
@click.pass_context
def sessions_purge(ctx: click.Context, older_than: str, data_dir: str | None, yes: bool,
                   dry_run: bool) -> None:
    """Delete every session last active before a given age."""
    from backchat.store.claims import is_claimed, remove_claim_file  # noqa: PLC0415
    from backchat.store.models import utc_now  # noqa: PLC0415
    from backchat.store.queries import delete_sessions, sessions_before  # noqa: PLC0415

    span = parse_age(older_than)
    store = _open(ctx, data_dir)
    if store is None:
        click.echo("Nothing to delete.")
        return
    with store:
        cutoff = utc_now() - span
        old = [s for s in sessions_before(store, cutoff) if not is_claimed(store.folder, s.id)]
        if not old:
            click.echo("Nothing to delete.")
            return
        if dry_run:
            for s in old:
                click.echo(f"would delete {s.id} (last active {s.updated_at.astimezone():%Y-%m-%d %H:%M})")
            return
        if not yes and not click.confirm(f"Delete {len(old)} session{'s' if len(old) != 1 else ''} last active "
                                         f"before {cutoff.astimezone():%Y-%m-%d %H:%M}?"):
            _declined()
        count = delete_sessions(store, [s.id for s in old])
        for s in old:
            remove_claim_file(store.folder, s.id)
    click.echo(f"Deleted {count} session{'s' if count != 1 else ''}.")


@click.command("export")
@click.argument("session_id", metavar="ID")
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="markdown", show_default=True,
              help="markdown: a one-page summary; json: facts and transcript; fhir: a FHIR R4 "
              "QuestionnaireResponse.")
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Write a new file here, readable by you only (0600), not stdout.")
@click.option("--force", is_flag=True, help="Replace the --output file if it exists.")
@_data_dir_option
@click.pass_context
def export(ctx: click.Context, session_id: str, fmt: str, output: Path | None, force: bool,
           data_dir: str | None) -> None:
    """Export one stored session (ID, the start of one, or 'latest': the last finished intake).

    An existing --output file is not replaced without --force; links are not followed.
    """
    from backchat.store.exports import Format, export_text  # noqa: PLC0415
    from backchat.store.queries import load_session, resolve_session  # noqa: PLC0415

    with _need(ctx, data_dir) as store:
        stored = load_session(store, resolve_session(store, session_id, finished=True).id)
    text = export_text(stored, cast(Format, fmt))
    _emit(text, output, force)


def _emit(text: str, output: Path | None, force: bool) -> None:
    """Print ``text`` (through the terminal filter at a terminal) or write it as a new private file."""
    from backchat.paths import write_private  # noqa: PLC0415
    from backchat.safe_text import for_terminal  # noqa: PLC0415

    if output is None or str(output) == "-":
        click.echo(for_terminal(text) if _to_terminal() else text, nl=False)
        return
    write_private(output, text, force=force)
    click.echo(f"wrote {output}", err=True)


@click.command("export-fhir")
@click.argument("file", required=False, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write a new file here, not stdout.")
@click.option("--force", is_flag=True, help="Replace the --output file if it exists.")
def flows_export_fhir(file: Path | None, output: Path | None, force: bool) -> None:
    """Print a flow as a FHIR R4 Questionnaire (default: the shipped flow)."""
    from backchat.core.loader import default_flow_path, load_flow  # noqa: PLC0415
    from backchat.store.exports.fhir import questionnaire  # noqa: PLC0415
    from backchat.store.models import flow_info  # noqa: PLC0415

    flow = load_flow(file or default_flow_path())
    text = json.dumps(questionnaire(flow_info(flow)), indent=2, ensure_ascii=False) + "\n"
    _emit(text, output, force)
