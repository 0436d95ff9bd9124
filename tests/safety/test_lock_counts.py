"""The lock that counts is the operating system's (issue 16, fault 6).

Deleting the lock file while the window is open must not let a second writer in, the window must
still hold the database, and the message of a refused program never invites deleting a file that
another program holds.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from nrtd_desktop.app import open_services
from nrtd_desktop.domain.errors import DatabaseError
from nrtd_desktop.safety.lock import lock_path_for, writer_present
from tests.safety.children import ChildReader, fork_child, say
from tests.safety.conftest import add_recommendations, digest

DELETE_WORDS_EN = ("delete", "remove")
DELETE_WORDS_AR = ("احذف", "امسح")


def _holder(db_path: Path) -> ChildReader:
    """A child holding the database like the window: it adds a recommendation when told (a
    file named WRITE appears) and says DONE, then waits."""

    def body(fd: int) -> None:
        services = open_services(db_path, auto_backup=False)
        say(fd, "HOLDING")
        go = db_path.with_name("WRITE")
        for _ in range(600):
            if go.exists():
                add_recommendations(services, "FROM-HOLDER", 1)
                say(fd, "DONE")
                go.unlink()
            time.sleep(0.05)
        services.close()

    pid, fd = fork_child(body)
    child = ChildReader(pid, fd)
    assert child.wait_for(lambda lines: "HOLDING" in lines, 30), child.lines
    return child


def _refused(db_path: Path) -> DatabaseError:
    with pytest.raises(DatabaseError) as caught:
        open_services(db_path, auto_backup=False)
    return caught.value


def test_the_locked_message_never_invites_deleting_the_lock_file(db_path: Path) -> None:
    child = _holder(db_path)
    try:
        error = _refused(db_path)
        assert error.key == "db.locked" and f"process {child.pid}" in error.text("en")
        assert not any(word in error.text("en").lower() for word in DELETE_WORDS_EN), error.text("en")
        assert not any(word in error.text("ar") for word in DELETE_WORDS_AR), error.text("ar")
    finally:
        child.kill()


def test_deleting_the_lock_file_under_the_window_lets_no_second_writer_in(db_path: Path) -> None:
    child = _holder(db_path)
    lock = lock_path_for(db_path)
    try:
        assert lock.exists()
        lock.unlink()  # what the old message invited
        before = digest(db_path)
        error = _refused(db_path)
        assert error.key in ("db.locked", "db.locked_no_file")
        text_en, text_ar = error.text("en"), error.text("ar")
        assert not any(word in text_en.lower() for word in DELETE_WORDS_EN), text_en
        assert not any(word in text_ar for word in DELETE_WORDS_AR), text_ar
        assert digest(db_path) == before
        assert not lock.exists()  # the refused program left no lock file of its own behind
        # the window still holds: a third program is refused too, and readers see a writer
        assert _refused(db_path).key in ("db.locked", "db.locked_no_file")
        assert writer_present(db_path) is not None
        # and the window still writes
        db_path.with_name("WRITE").touch()
        assert child.wait_for(lambda lines: "DONE" in lines, 30), child.lines
    finally:
        child.kill()
    # once the window is gone, the database opens again, and holds the window's recommendation
    services = open_services(db_path, auto_backup=False)
    try:
        assert services.recommendations.count() == 13
    finally:
        services.close()


def test_a_holder_that_lost_its_lock_file_puts_it_back_at_its_next_write(db_path: Path) -> None:
    services = open_services(db_path, auto_backup=False)
    lock = lock_path_for(db_path)
    try:
        lock.unlink()
        add_recommendations(services, "AFTER-UNLINK", 1)
        assert lock.exists() and str(os.getpid()) in lock.read_text()
    finally:
        services.close()
    assert not lock.exists()  # a clean close removes it as before
