"""``backchat sessions list | show | delete | purge``, ``backchat export`` and ``flows export-fhir``."""

from __future__ import annotations

import json
import stat
from datetime import timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from backchat.cli.main import main
from backchat.errors import EXIT_OK
from backchat.store.db import DB_NAME, SessionStore
from backchat.store.models import utc_now
from tests.store.conftest import Opener
from tests.store.helpers import PATIENTS, SELF_CARE, Ticker, db_rows, drive
from tests.store.helpers import rec_of as _rec


def _run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


def _session(open_conv: Opener, answers: dict[str, str], stop_after: int | None = None,
             days_ago: int = 0) -> str:
    conv, turn = open_conv(now=Ticker(utc_now() - timedelta(days=days_ago)))
    drive(conv, turn, answers, stop_after=stop_after)
    rec = _rec(conv)
    rec.close()
    assert rec.session_id is not None
    return rec.session_id


@pytest.fixture
def two(open_conv: Opener) -> tuple[str, str]:
    """A finished self-care session and an unfinished one."""
    return _session(open_conv, SELF_CARE, days_ago=1), _session(open_conv, SELF_CARE, stop_after=3)


def test_list_shows_each_session_with_its_status(two: tuple[str, str], data: Path) -> None:
    code, out, _ = _run("sessions", "list", "--data-dir", str(data))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["ID", "STARTED", "LAST"]
    assert any(two[0] in line and "finished" in line and "self_care" in line for line in lines)
    assert any(two[1] in line and "unfinished" in line for line in lines)
    code, out, _ = _run("--data-dir", str(data), "sessions", "list", "--json")
    rows = json.loads(out)["sessions"]
    assert {r["id"]: r["status"] for r in rows} == {two[0]: "finished", two[1]: "unfinished"}  # one word


def test_list_with_no_store_says_so_and_creates_nothing(tmp_path: Path) -> None:
    code, out, _ = _run("sessions", "list", "--data-dir", str(tmp_path / "none"))
    assert code == 0 and "No sessions are stored" in out
    assert not (tmp_path / "none").exists()


def test_show_prints_the_summary(two: tuple[str, str], data: Path) -> None:
    code, out, _ = _run("sessions", "show", two[0][:4], "--data-dir", str(data))
    assert code == 0 and "**Care level: self_care**" in out and "## Transcript" in out


def test_an_unknown_id_is_one_plain_sentence(two: tuple[str, str], data: Path) -> None:
    code, _, err = _run("sessions", "show", "ffffffff", "--data-dir", str(data))
    assert code == 1 and err.startswith("backchat: There is no session ffffffff") and "Traceback" not in err
    code, _, err = _run("export", "x'; drop", "--data-dir", str(data))
    assert code == 1 and "is not a session id" in err


@pytest.mark.parametrize("fmt", ["markdown", "json", "fhir"])
def test_export_writes_each_format_to_a_private_file(fmt: str, two: tuple[str, str], data: Path,
                                                     tmp_path: Path) -> None:
    target = tmp_path / f"out.{fmt}"
    code, _, err = _run("export", two[0], "--format", fmt, "-o", str(target), "--data-dir", str(data))
    assert code == 0 and f"wrote {target}" in err
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = target.read_text(encoding="utf-8")
    if fmt == "json":
        assert json.loads(text)["outcome"] == "self_care"
    elif fmt == "fhir":
        assert json.loads(text)["resourceType"] == "QuestionnaireResponse"
    else:
        assert text.startswith("# ")


def test_export_latest_is_the_last_finished_intake(two: tuple[str, str], data: Path) -> None:
    code, out, _ = _run("export", "latest", "--format", "json", "--data-dir", str(data))
    assert code == 0 and json.loads(out)["session"]["id"] == two[0]  # two[1] is newer but unfinished


def test_delete_removes_the_session_and_its_turns(two: tuple[str, str], data: Path) -> None:
    code, out, _ = _run("sessions", "delete", two[0], "--data-dir", str(data), input="y\n")
    assert code == 0 and f"Deleted session {two[0]}" in out
    assert db_rows(data, "SELECT count(*) FROM turns WHERE session_id = ?", (two[0],)) == [(0,)]
    assert db_rows(data, "SELECT id FROM sessions") == [(two[1],)]
    assert not (data / "locks" / f"{two[0]}.lock").exists()
    raw = (data / DB_NAME).read_bytes() + ((data / f"{DB_NAME}-wal").read_bytes()
                                           if (data / f"{DB_NAME}-wal").exists() else b"")
    assert two[0].encode() not in raw  # overwritten, not just unlinked (secure_delete + checkpoint)


def test_delete_asks_first_and_can_be_declined(two: tuple[str, str], data: Path) -> None:
    code, out, err = _run("sessions", "delete", two[0], "--data-dir", str(data), input="n\n")
    assert code == EXIT_OK  # declining is a choice, not a failure (errors.py exit codes)
    assert out.rstrip().endswith("Nothing was deleted.") and "Aborted" not in out + err
    assert len(db_rows(data, "SELECT id FROM sessions")) == 2


def test_a_session_in_use_cannot_be_deleted(open_conv: Opener, data: Path) -> None:
    conv, turn = open_conv()
    drive(conv, turn, SELF_CARE, stop_after=1)
    sid = _rec(conv).session_id
    assert sid is not None
    code, _, err = _run("sessions", "delete", sid, "--yes", "--data-dir", str(data))
    assert code == 1 and "is open in a running backchat" in err


def test_purge_deletes_only_sessions_older_than_the_age(open_conv: Opener, data: Path) -> None:
    old = _session(open_conv, PATIENTS["urgent"], days_ago=45)
    new = _session(open_conv, SELF_CARE, days_ago=2)
    code, out, _ = _run("sessions", "purge", "--older-than", "30d", "--dry-run", "--data-dir", str(data))
    assert code == 0 and f"would delete {old}" in out and new not in out
    code, out, _ = _run("sessions", "purge", "--older-than", "30d", "--yes", "--data-dir", str(data))
    assert code == 0 and "Deleted 1 session." in out
    assert db_rows(data, "SELECT id FROM sessions") == [(new,)]
    code, _, err = _run("sessions", "purge", "--older-than", "soon", "--data-dir", str(data))
    assert code == 2 and "use a number and h, d or w" in err


def test_flows_export_fhir_prints_the_questionnaire(tmp_path: Path) -> None:
    code, out, _ = _run("flows", "export-fhir")
    q = json.loads(out)
    assert code == 0 and q["resourceType"] == "Questionnaire" and q["url"].endswith("low_back_pain")
    code, _, _ = _run("flows", "export-fhir", "-o", str(tmp_path / "q.json"))
    assert code == 0 and json.loads((tmp_path / "q.json").read_text())["version"] == q["version"]


def test_list_counts_answers_not_commands(open_conv: Opener, data: Path) -> None:
    conv, turn = open_conv()
    for said in ("help", "why", "repeat", "banana", ""):
        conv.handle(said)
    drive(conv, turn, SELF_CARE, stop_after=2)
    _rec(conv).close()
    code, out, _ = _run("sessions", "list", "--json", "--data-dir", str(data))
    [row] = json.loads(out)["sessions"]
    assert row["answers"] == 3  # "banana" (not understood, so asked again) and two answers; no commands


def test_export_refuses_to_replace_a_file_without_force(two: tuple[str, str], data: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    target.write_text("someone's notes")
    target.chmod(0o644)
    code, _, err = _run("export", two[0], "-o", str(target), "--data-dir", str(data))
    assert code == 1 and "already exists" in err and "--force" in err and "Traceback" not in err
    assert target.read_text() == "someone's notes"
    code, _, _ = _run("export", two[0], "-o", str(target), "--force", "--data-dir", str(data))
    assert code == 0 and target.read_text().startswith("# ") and stat.S_IMODE(target.stat().st_mode) == 0o600


@pytest.mark.parametrize("dangling", [True, False])
def test_export_never_follows_a_symlink(two: tuple[str, str], data: Path, tmp_path: Path, dangling: bool) -> None:
    victim = tmp_path / "victim"
    if not dangling:
        victim.write_text("keep")
    (tmp_path / "out.md").symlink_to(victim)
    code, _, err = _run("export", two[0], "-o", str(tmp_path / "out.md"), "--data-dir", str(data))
    assert code == 1 and "already exists" in err
    assert victim.exists() == (not dangling) and (dangling or victim.read_text() == "keep")


def test_export_to_a_fifo_does_not_hang(two: tuple[str, str], data: Path, tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    code, _, err = _run("export", two[0], "-o", str(fifo), "--force", "--data-dir", str(data))
    assert code == 1 and "not a regular file" in err


def test_stored_escapes_reach_a_terminal_visibly(open_conv: Opener, data: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import backchat.cli.sessions as cli_sessions

    conv, turn = open_conv()
    conv.handle("\x1b#8\x1b]0;owned\x07 it hurts \x9b2J\u202e low_back - x")
    _rec(conv).close()
    monkeypatch.setattr(cli_sessions, "_to_terminal", lambda: True)  # CliRunner's stdout is no terminal
    result = CliRunner().invoke(main, ["sessions", "show", "latest", "--data-dir", str(data)])
    out = result.stdout
    assert result.exit_code == 0
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out and "\u202e" not in out
    assert "\\x1b#8" in out and "\\u202e" in out  # shown, not run
    assert "low_back" in out and "low\\_back" not in out and "**" not in out  # readable text, not Markdown


def test_sessions_check_reports_sound_and_damaged(two: tuple[str, str], data: Path) -> None:
    code, out, _ = _run("sessions", "check", "--data-dir", str(data))
    assert code == 0 and "is sound" in out


def test_list_shows_a_screenful_and_all_on_request(open_conv: Opener, data: Path) -> None:
    from backchat.cli.sessions import LIST_LIMIT

    for _ in range(LIST_LIMIT + 2):
        conv, _turn = open_conv()
        _rec(conv).close()
    code, out, _ = _run("sessions", "list", "--data-dir", str(data))
    assert code == 0 and len(out.splitlines()) == LIST_LIMIT + 2  # header, rows, footer
    assert f"the {LIST_LIMIT} most recent sessions" in out and "--all" in out
    code, out, _ = _run("sessions", "list", "--all", "--data-dir", str(data))
    assert len(out.splitlines()) == LIST_LIMIT + 4


def test_sessions_check_finds_damage_that_opening_does_not_look_for(two: tuple[str, str], data: Path) -> None:
    with SessionStore.open(data) as store:
        store.checkpoint()
    raw = bytearray((data / DB_NAME).read_bytes())
    page = 4096
    assert len(raw) > 4 * page
    raw[-page:] = b"\xff" * page  # a damaged page of turns; the schema is intact, so opening works
    (data / DB_NAME).write_bytes(bytes(raw))
    code, out, err = _run("sessions", "check", "--data-dir", str(data))
    assert code == 1 and "is damaged" in err and "Traceback" not in err and "\n" not in err.strip()
