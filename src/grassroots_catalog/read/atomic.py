"""Replacing a user's file so that a crash at any moment leaves either the old or the new file whole.

The new text goes to a temporary file in the same folder (so the final rename stays on one file
system), is flushed and fsynced, takes the original's permission bits, and is renamed over the
original; the folder is then fsynced so the rename itself survives a power cut (INPUT-SAFETY.md §10).

A kill between creating the temporary and the rename leaves the temporary behind (no operating system
removes it for us). So the temporary has a name that says whose it is, ``.<name>.gcat-<pid>-<random>.tmp``,
and every write, and every ``gcat fmt`` of the file, first removes the temporaries of ``<name>`` whose
writer no longer runs (or that are older than a day, in case the process id was reused). Nothing else
beside the file is touched: an editor's swap file or another tool's temporary has another name.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import stat
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from grassroots_catalog.errors import OutputNotWritten

STALE_AFTER_SECONDS = 24 * 60 * 60
"""A temporary this old is stale whatever its process id says: the id may have been given to another process."""


def temporary_name(target_name: str, pid: int, tag: str) -> str:
    """The name of a temporary written for the file ``target_name`` by process ``pid``."""
    return f".{target_name}.gcat-{pid}-{tag}.tmp"


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically, keeping its permissions.

    A symbolic link keeps pointing where it did: the file it points to is replaced. Something that is
    not a regular file (``/dev/null``, ``/dev/stdout``, a named pipe) is written into as it is, since
    renaming over it would put a file where a device or pipe was.
    """
    with _replacing(path, "wb") as stream:
        stream.write(data)


@contextlib.contextmanager
def open_atomic(path: str | os.PathLike[str]) -> Iterator[IO[str]]:
    """A text file (UTF-8) that replaces ``path`` atomically when the block ends without an error, as
    :func:`write_atomic` does (a symbolic link's target is replaced; a device or pipe is written into),
    for output written as it is produced (``gcat validate -o`` of a national run)."""
    with _replacing(path, "w", encoding="utf-8", newline="") as stream:
        yield stream


@contextlib.contextmanager
def open_atomic_bytes(path: str | os.PathLike[str]) -> Iterator[IO[bytes]]:
    """:func:`open_atomic` for bytes (a workbook saved as it is written)."""
    with _replacing(path, "wb") as stream:
        yield stream


@contextlib.contextmanager
def _replacing(path: str | os.PathLike[str], mode: str, **text: Any) -> Iterator[Any]:
    """A stream whose content replaces ``path`` when the block ends without an error (see above).

    A system error on the way (the folder cannot take a file, no permission, a full disk) is raised as
    :class:`~grassroots_catalog.errors.OutputNotWritten` for ``path``, the file asked for, rather than
    for the temporary the system was writing when it failed.
    """
    try:
        with _replacing_unchecked(path, mode, **text) as stream:
            yield stream
    except OSError as error:
        raise OutputNotWritten(str(path), error) from error


@contextlib.contextmanager
def _replacing_unchecked(path: str | os.PathLike[str], mode: str, **text: Any) -> Iterator[Any]:
    target = Path(path)
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    try:
        status: os.stat_result | None = target.stat()
    except FileNotFoundError:
        status = None
    if status is not None and not stat.S_ISREG(status.st_mode):
        with open(target, mode, **text) as stream:
            yield stream
        return
    remove_stale_temporaries(target)
    permissions = stat.S_IMODE(status.st_mode) if status is not None else None
    handle, temporary = _create_temporary(target)
    try:
        with os.fdopen(handle, mode, **text) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        if permissions is not None:
            os.chmod(temporary, permissions)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    _fsync_directory(target.parent)


def remove_stale_temporaries(target: str | os.PathLike[str]) -> list[Path]:
    """Remove the temporaries an interrupted write of ``target`` left beside it; the paths removed.

    Only names this module makes for ``target`` are considered, and of those only the ones whose
    writer is gone (its process id no longer runs) or that are older than :data:`STALE_AFTER_SECONDS`.
    Never raises: a folder that cannot be listed, or a file already gone, is left as it is.
    """
    target = Path(target)
    pattern = re.compile(re.escape(f".{target.name}.gcat-") + r"(\d+)-[0-9a-f]+\.tmp\Z")
    removed: list[Path] = []
    try:
        candidates = [p for p in target.parent.iterdir() if p.name.startswith(f".{target.name}.gcat-")]
    except OSError:
        return removed
    for candidate in candidates:
        match = pattern.match(candidate.name)
        if match is None or not _is_stale(candidate, int(match.group(1))):
            continue
        with contextlib.suppress(OSError):
            candidate.unlink()
            removed.append(candidate)
    return removed


def _create_temporary(target: Path) -> tuple[int, str]:
    """A new temporary beside ``target``, opened for writing (readable by the owner only until the rename)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    while True:
        name = target.parent / temporary_name(target.name, os.getpid(), secrets.token_hex(4))
        try:
            return os.open(name, flags, 0o600), str(name)
        except FileExistsError:  # pragma: no cover - 32 random bits taken already
            continue


def _is_stale(candidate: Path, pid: int) -> bool:
    try:
        age = time.time() - candidate.lstat().st_mtime
    except OSError:
        return False
    return age > STALE_AFTER_SECONDS or not _running(pid)


def _running(pid: int) -> bool:
    """Whether a process with id ``pid`` exists (on this machine)."""
    if pid == os.getpid():
        return True
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - signal 0 would terminate the process on Windows
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists, owned by someone else
        return True
    return True


def _fsync_directory(folder: Path) -> None:
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - some platforms cannot open folders
        return
    try:
        os.fsync(descriptor)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(descriptor)
