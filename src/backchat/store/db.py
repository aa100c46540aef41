"""The SQLite file behind the session store: opening it safely, its schema, short transactions.

Durability: the database runs in WAL mode with ``synchronous=FULL``, so every
commit is flushed to the disk (the WAL is fsynced) before ``commit`` returns, and
a turn that was shown has survived a kill -9 *and* a power cut. ``NORMAL`` would
survive a kill -9 (the WAL sits in the OS cache) but could lose the last turns on
power loss; one fsync per human turn costs a few milliseconds (bench/store_commit.py).

Privacy: the folder is 0700 and the database is created 0600 before SQLite opens
it; SQLite gives its ``-wal`` and ``-shm`` files the database file's mode.

Safety of what is stored: a file that is not a database, or lacks a table or column
backchat needs, is never written to (nor replaced): :class:`StoreUnavailable`
("corrupt") is raised and the caller runs in memory. The full integrity check
(``PRAGMA quick_check``, which reads the whole file) runs only when opening fails or
on request (:meth:`SessionStore.check`, ``backchat sessions check``), so opening
stays as quick with 10,000 sessions as with none. Writers wait up to ``busy_timeout``
for each other.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import stat
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from backchat.store.errors import Kind, StoreUnavailable

__all__ = ["SessionStore", "Connect", "DB_NAME", "SCHEMA_VERSION", "storage_error", "private_file",
           "make_private_dir"]

log = logging.getLogger(__name__)
T = TypeVar("T")
Connect = Callable[[str], sqlite3.Connection]
"""Opens the database file (a test can open it read-only or wrap it)."""

DB_NAME = "backchat.db"
SCHEMA_VERSION = 2
"""1: the first store; 2: a session can be 'abandoned' (closed by "start again" before its result),
each flow's summary is kept once (``flows``), and turns keep only what they add."""
DEFAULT_BUSY_MS = 5000

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    flow_name TEXT NOT NULL,
    flow_version TEXT NOT NULL,
    flow_hash TEXT NOT NULL,
    flow_info TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'finished', 'replaced', 'abandoned')),
    outcome TEXT,
    turns INTEGER NOT NULL DEFAULT 0,
    answers INTEGER NOT NULL DEFAULT 0,
    question TEXT,
    resumed_from TEXT,
    replaced_by TEXT
);
CREATE INDEX IF NOT EXISTS sessions_by_update ON sessions (updated_at);
CREATE INDEX IF NOT EXISTS sessions_open ON sessions (updated_at) WHERE status = 'open';
CREATE TABLE IF NOT EXISTS turns (
    session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    at TEXT NOT NULL,
    day TEXT NOT NULL,
    source TEXT NOT NULL,
    asked TEXT,
    user_text TEXT,
    event TEXT NOT NULL,
    question TEXT,
    finished INTEGER NOT NULL,
    level TEXT,
    duration_band TEXT,
    turn TEXT NOT NULL,
    snapshot TEXT NOT NULL,
    PRIMARY KEY (session_id, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS flows (
    key TEXT PRIMARY KEY,
    info TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS notes (
    session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS notes_by_session ON notes (session_id);
"""

_BUSY: tuple[Kind, str] = ("busy", "another program, perhaps another backchat, is holding the session store")
_CODES: dict[int, tuple[Kind, str]] = {
    sqlite3.SQLITE_FULL: ("full", "the disk is full"),
    sqlite3.SQLITE_BUSY: _BUSY,
    sqlite3.SQLITE_LOCKED: _BUSY,
    sqlite3.SQLITE_READONLY: ("readonly", "the session store is read-only"),
    sqlite3.SQLITE_PERM: ("readonly", "permission was denied"),
    sqlite3.SQLITE_CANTOPEN: ("readonly", "the session store cannot be opened or created"),
    sqlite3.SQLITE_AUTH: ("readonly", "permission was denied"),
    sqlite3.SQLITE_CORRUPT: ("corrupt", "the session store is damaged"),
    sqlite3.SQLITE_NOTADB: ("corrupt", "the file is not a backchat database"),
    sqlite3.SQLITE_IOERR: ("io", "the disk reported an input/output error"),
    sqlite3.SQLITE_CONSTRAINT: ("inuse", "another backchat is writing to the same session"),
}
_ERRNOS: dict[int, tuple[Kind, str]] = {
    errno.ENOSPC: ("full", "the disk is full"),
    errno.EDQUOT: ("full", "the disk quota is used up"),
    errno.EROFS: ("readonly", "the disk is read-only"),
    errno.EACCES: ("readonly", "permission was denied"),
    errno.EPERM: ("readonly", "permission was denied"),
    errno.ENOTDIR: ("readonly", "the data folder's path is not a folder"),
    errno.EEXIST: ("readonly", "the data folder's path is not a folder"),
}
_CORRUPT_HINT = "it is left as it is: move it aside to start a new store"


def storage_error(exc: BaseException, path: Path) -> StoreUnavailable:
    """One plain :class:`StoreUnavailable` for an SQLite or OS error at ``path``."""
    if isinstance(exc, StoreUnavailable):
        return exc
    found: tuple[Kind, str] | None = None
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if isinstance(code, int):
            found = _CODES.get(code & 0xFF)
        if found is None:
            text = str(exc).lower()
            found = next((v for k, v in (("full", _CODES[sqlite3.SQLITE_FULL]), ("locked", _BUSY),
                                         ("readonly", _CODES[sqlite3.SQLITE_READONLY]),
                                         ("not a database", _CODES[sqlite3.SQLITE_NOTADB]),
                                         ("malformed", _CODES[sqlite3.SQLITE_CORRUPT]))
                          if k in text), None)
    elif isinstance(exc, OSError) and exc.errno is not None:
        found = _ERRNOS.get(exc.errno)
    kind, reason = found or ("io", f"the session store failed unexpectedly ({type(exc).__name__})")
    if kind == "io" and _disk_full(path):  # SQLite often reports a full disk as an I/O error
        kind, reason = _ERRNOS[errno.ENOSPC]
    return StoreUnavailable(kind, path, reason, _CORRUPT_HINT if kind == "corrupt" else "")


def _disk_full(path: Path) -> bool:
    """True when the file system of ``path`` has (almost) no room left for a user's files."""
    probe = path if path.is_dir() else path.parent
    try:
        info = os.statvfs(probe)
    except (OSError, AttributeError):
        return False
    return info.f_bavail * info.f_frsize < 64 * 1024


def make_private_dir(folder: Path) -> None:
    """Create ``folder`` (0700) if needed and take group and other access away."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if stat.S_IMODE(folder.stat().st_mode) != 0o700:
        folder.chmod(0o700)


def private_file(path: Path) -> None:
    """Create ``path`` as an empty file readable by the user only, unless it exists."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    os.close(fd)


def _tighten(path: Path) -> None:
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        try:
            mode = p.stat().st_mode
            if stat.S_ISREG(mode) and mode & 0o077:
                p.chmod(0o600)
        except FileNotFoundError:
            continue
        except OSError as exc:
            log.debug("cannot tighten %s: %s", p, exc)


def _default_connect(path: str) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None, check_same_thread=False)


class SessionStore:
    """One open connection to the session database; every call is a short transaction.

    Safe to share between threads (calls are serialised by a lock).
    """

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self.folder = path.parent
        self._lock = threading.RLock()
        self._busy_ms = DEFAULT_BUSY_MS

    @classmethod
    def open(cls, folder: Path, *, busy_timeout_ms: int = DEFAULT_BUSY_MS, synchronous: str = "FULL",
             connect: Connect | None = None, create: bool = True) -> SessionStore:
        """Open (and, with ``create``, make) the store in ``folder``; raises :class:`StoreUnavailable`."""
        path = folder / DB_NAME
        try:
            if create:
                make_private_dir(folder)
        except OSError as exc:
            raise storage_error(exc, folder) from None
        try:
            if create:
                private_file(path)
            _tighten(path)
        except OSError as exc:
            raise storage_error(exc, path) from None
        try:
            conn = (connect or _default_connect)(str(path))
        except (sqlite3.Error, OSError) as exc:
            raise storage_error(exc, path) from None
        store = cls(conn, path)
        try:
            store._prepare(busy_timeout_ms, synchronous)
        except BaseException:
            conn.close()
            raise
        return store

    @classmethod
    def existing(cls, folder: Path, **options: Any) -> SessionStore | None:
        """Open the store in ``folder`` if there is one (nothing is created); else None."""
        if not (folder / DB_NAME).is_file():
            return None
        return cls.open(folder, create=False, **options)

    def _prepare(self, busy_timeout_ms: int, synchronous: str) -> None:
        try:
            self.set_busy_timeout(busy_timeout_ms)
            self._conn.execute("PRAGMA schema_version").fetchone()  # fails on a non-database
            version = int(self._conn.execute("PRAGMA user_version").fetchone()[0])
            if version > SCHEMA_VERSION:
                raise StoreUnavailable("newer", self.path, "the session store was written by a newer backchat",
                                       "update backchat to use it")
            mode = self._conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                log.info("the session store is not in WAL mode (%s)", mode)
            self._conn.execute(f"PRAGMA synchronous={'FULL' if synchronous == 'FULL' else 'NORMAL'}")
            self._conn.execute("PRAGMA secure_delete=ON")
            if version < SCHEMA_VERSION:
                self._conn.execute("PRAGMA legacy_alter_table=ON")
                self.write(lambda c: _create_schema(c, version))
                self._conn.execute("PRAGMA legacy_alter_table=OFF")
            self._conn.execute("PRAGMA foreign_keys=ON")
            missing = _missing_schema(self._conn)
            if missing:
                raise StoreUnavailable("corrupt", self.path, f"the session store has no {missing}",
                                       _CORRUPT_HINT)
        except (sqlite3.Error, OSError) as exc:
            raise storage_error(exc, self.path) from None
        _tighten(self.path)

    def check(self) -> list[str]:
        """The damage SQLite's integrity check and backchat's schema check find (empty: sound)."""
        with self._lock:
            try:
                rows = self._conn.execute("PRAGMA quick_check").fetchall()
            except sqlite3.Error as exc:
                return [storage_error(exc, self.path).reason]
            found = [str(r[0]) for r in rows if r != ("ok",)]
            missing = _missing_schema(self._conn)
            return found + ([f"it has no {missing}"] if missing else [])

    # -- transactions ------------------------------------------------------------------
    def set_busy_timeout(self, ms: int) -> None:
        """How long a write waits for another backchat's write to finish."""
        with self._lock:
            try:
                self._conn.execute(f"PRAGMA busy_timeout={int(ms)}")
            except sqlite3.Error as exc:
                raise storage_error(exc, self.path) from None
            self._busy_ms = ms

    @property
    def busy_timeout(self) -> int:
        """The current busy timeout, in milliseconds."""
        return self._busy_ms

    def write(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``work`` in one IMMEDIATE transaction and commit it; all or nothing."""
        with self._lock:
            conn = self._conn
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    result = work(conn)
                    conn.execute("COMMIT")
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
            except (sqlite3.Error, OSError) as exc:
                raise storage_error(exc, self.path) from None
            return result

    def read(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``work`` on one consistent snapshot of the database."""
        with self._lock:
            conn = self._conn
            try:
                conn.execute("BEGIN")
                try:
                    return work(conn)
                finally:
                    if conn.in_transaction:
                        conn.execute("COMMIT")
            except (sqlite3.Error, OSError) as exc:
                raise storage_error(exc, self.path) from None
            except (ValueError, KeyError, TypeError):  # a row that does not decode
                raise StoreUnavailable("corrupt", self.path, "a stored row cannot be read",
                                       _CORRUPT_HINT) from None

    def checkpoint(self) -> bool:
        """Move the WAL into the database and empty it; True when it fully succeeded."""
        with self._lock:
            try:
                row: Any = self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            except sqlite3.Error as exc:
                log.debug("checkpoint failed: %s", exc)
                return False
            return bool(row) and int(row[0]) == 0

    def close(self) -> None:
        """Close the connection (the last one out folds the WAL into the database)."""
        with self._lock:
            try:
                self._conn.close()
            except sqlite3.Error as exc:
                log.debug("close failed: %s", exc)

    def __enter__(self) -> SessionStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


_COLUMNS: dict[str, tuple[str, ...]] = {
    "sessions": ("id", "created_at", "updated_at", "flow_name", "flow_version", "flow_hash", "flow_info",
                 "status", "outcome", "turns", "answers", "question", "resumed_from", "replaced_by"),
    "turns": ("session_id", "seq", "at", "day", "source", "asked", "user_text", "event", "question",
              "finished", "level", "duration_band", "turn", "snapshot"),
    "notes": ("session_id", "at", "text"),
    "flows": ("key", "info"),
}


def _missing_schema(conn: sqlite3.Connection) -> str:
    """'' when every table and column backchat uses is there; else which one is missing."""
    for table, columns in _COLUMNS.items():
        have = {str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})")}
        if not have:
            return f"table '{table}'"
        gone = [c for c in columns if c not in have]
        if gone:
            return f"column '{gone[0]}' in table '{table}'"
    return ""


def _create_schema(conn: sqlite3.Connection, version: int = 0) -> None:
    if version == 1:  # the status check gained 'abandoned': rebuild the sessions table
        conn.execute("DROP INDEX IF EXISTS sessions_by_update")
        conn.execute("ALTER TABLE sessions RENAME TO sessions_v1")  # turns keep pointing at 'sessions'

    for statement in _SCHEMA.split(";"):
        if statement.strip():
            conn.execute(statement)
    if version == 1:
        names = ", ".join(_COLUMNS["sessions"])
        conn.execute(f"INSERT INTO sessions ({names}) SELECT {names} FROM sessions_v1")
        conn.execute("DROP TABLE sessions_v1")
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
