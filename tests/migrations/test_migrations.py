"""The Alembic chain: it builds exactly the schema the code describes, and it runs both ways."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from relate_desktop.domain.clock import FixedClock
from relate_desktop.store import keys, migrate
from relate_desktop.store.connection import make_engine
from relate_desktop.store.schema import Base
from relate_desktop.store.space import SHARED_SPACE, Space


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    """An engine on a new, empty encrypted file (no schema yet)."""
    engine = make_engine(tmp_path / "space.db", keys.new_space_key())
    yield engine
    engine.dispose()


def differences(connection: Connection) -> list[object]:
    context = MigrationContext.configure(
        connection,
        opts={"compare_type": True, "render_as_batch": True, "include_object": include_object},
    )
    return list(compare_metadata(context, Base.metadata))


def include_object(obj: object, name: str | None, type_: str, *_: object) -> bool:
    """The search index (0004, FTS5) and the sync tables (0008) are made by hand, outside the
    ORM; see their own tests."""
    return not (type_ == "table" and (name or "").startswith(HAND_MADE))


HAND_MADE = ("search_", "sync_")


def without_search(names: list[str]) -> set[str]:
    return {n for n in names if not n.startswith(HAND_MADE)}


def run(connection: Connection, action: str, revision: str) -> None:
    config = migrate.alembic_config()
    config.attributes["connection"] = connection
    getattr(command, action)(config, revision)


def revision_in(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def test_the_builds_head_revision_matches_the_scripts() -> None:
    assert migrate.script_head() == migrate.HEAD_REVISION
    assert migrate.HEAD_REVISION in migrate.known_revisions()


def test_the_chain_is_one_line_with_a_way_back_at_every_step() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert len(script.get_heads()) == 1
    assert len(script.get_bases()) == 1
    for revision in script.walk_revisions():
        assert revision.module.downgrade is not None
        assert callable(revision.module.downgrade)


def test_upgrading_an_empty_space_builds_the_schema_the_code_describes(engine: Engine) -> None:
    with engine.begin() as connection:
        assert migrate.table_names(connection) == []
        migrate.upgrade(connection)
    with engine.connect() as connection:
        assert differences(connection) == []
        assert revision_in(connection) == migrate.HEAD_REVISION
        assert without_search(migrate.table_names(connection)) == set(Base.metadata.tables) | {
            "alembic_version"
        }
        assert migrate.stamp_count(connection) == 1


def test_upgrading_a_current_space_again_changes_nothing(engine: Engine) -> None:
    with engine.begin() as connection:
        migrate.upgrade(connection)
    with engine.begin() as connection:
        migrate.upgrade(connection)
    with engine.connect() as connection:
        assert differences(connection) == []
        assert migrate.stamp_count(connection) == 1


def test_downgrade_to_base_and_upgrade_again(engine: Engine) -> None:
    with engine.begin() as connection:
        run(connection, "upgrade", "head")
    with engine.begin() as connection:
        run(connection, "downgrade", "base")
    with engine.connect() as connection:
        assert revision_in(connection) is None
        assert set(migrate.table_names(connection)) <= {"alembic_version"}
        assert differences(connection) != []  # the comparison does notice a missing schema
    with engine.begin() as connection:
        run(connection, "upgrade", "head")
    with engine.connect() as connection:
        assert differences(connection) == []
        assert revision_in(connection) == migrate.script_head()


def test_a_space_opened_by_the_app_has_the_full_schema(tmp_path: Path, clock: FixedClock) -> None:
    space = Space.open(
        SHARED_SPACE,
        tmp_path / "shared.db",
        keys.new_space_key(),
        tmp_path / "backups",
        clock.now(),
    )
    try:
        with space.engine.connect() as connection:
            assert differences(connection) == []
            assert revision_in(connection) == migrate.HEAD_REVISION
    finally:
        space.close()


def test_0004_indexes_what_a_space_already_holds(engine: Engine) -> None:
    with engine.begin() as connection:
        run(connection, "upgrade", "0002")
        connection.exec_driver_sql(
            "INSERT INTO journal_entries (id, author_id, created_at, private, prompt, body) "
            "VALUES ('e1', 'p1', '2025-01-01T10:00:00+00:00', 0, NULL, 'Un café amer ☕')"
        )
    with engine.begin() as connection:
        run(connection, "upgrade", "0004")
    with engine.connect() as connection:
        found = connection.exec_driver_sql(
            "SELECT kind, item_id FROM search_index WHERE search_index MATCH '\"cafe\"'"
        ).fetchall()
        assert [tuple(row) for row in found] == [("journal", "e1")]
    with engine.begin() as connection:
        run(connection, "downgrade", "0002")
    with engine.connect() as connection:
        assert not [n for n in migrate.table_names(connection) if n.startswith("search_")]


def test_0005_puts_stored_drafts_in_the_first_turn_and_goes_back(engine: Engine) -> None:
    with engine.begin() as connection:
        run(connection, "upgrade", "0004")
        connection.exec_driver_sql(
            "INSERT INTO conflicts (id, title, occurred_at, what_happened, topic, intensity, "
            "logged_by, created_at) VALUES ('c1', 'Breakfast', '2026-03-02T08:30:00-06:00', "
            "'Lake house', '', 5, 'p1', '2026-03-02T09:00:00-06:00')"
        )
        connection.exec_driver_sql(
            "INSERT INTO drafts (id, conflict_id, position, kind, author_id, to_id, parts, text, "
            "status) VALUES ('d1', 'c1', 0, 'request', 'p1', 'p2', '{}', 'Hi', 'accepted')"
        )
        connection.exec_driver_sql(
            "INSERT INTO agreements (id, conflict_id, title, created_at, status, confirmed_by, "
            "version) VALUES ('a1', 'c1', 'Kind words', '2026-03-02T09:00:00-06:00', 'active', "
            "'[]', 1)"
        )
        connection.exec_driver_sql(
            'INSERT INTO commitments (agreement_id, position, person_id, action, "when") '
            "VALUES ('a1', 0, 'p2', 'Speak kindly', 'daily')"
        )
    with engine.begin() as connection:
        run(connection, "upgrade", "0005")
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT turn FROM drafts").scalar_one() == 1
        assert connection.exec_driver_sql('SELECT "both" FROM commitments').scalar_one() == 0
        assert "time_outs" in migrate.table_names(connection)
        found = connection.exec_driver_sql(
            "SELECT item_id FROM search_index WHERE search_index MATCH '\"kindly\"'"
        ).fetchall()
        assert [row[0] for row in found] == ["a1"]
    with engine.begin() as connection:
        run(connection, "downgrade", "0004")
    with engine.connect() as connection:
        assert "time_outs" not in migrate.table_names(connection)
        assert connection.exec_driver_sql("SELECT count(*) FROM commitments").scalar_one() == 1


def test_0006_keeps_entries_and_indexes_titles_and_tags(engine: Engine) -> None:
    with engine.begin() as connection:
        run(connection, "upgrade", "0004")
        connection.exec_driver_sql(
            "INSERT INTO journal_entries (id, author_id, created_at, private, prompt, body) "
            "VALUES ('e1', 'p1', '2025-01-01T10:00:00+00:00', 0, NULL, 'A long walk')"
        )
    with engine.begin() as connection:
        run(connection, "upgrade", "0006")
        row = connection.exec_driver_sql(
            "SELECT body, title, tags, feeling, time_of_day, deleted_at FROM journal_entries"
        ).one()
        assert tuple(row) == ("A long walk", "", "[]", None, None, None)
        connection.exec_driver_sql(
            "UPDATE journal_entries SET title = 'Sunday', tags = '[\"harbour\"]' WHERE id = 'e1'"
        )

    def found(word: str) -> list[str]:
        with engine.connect() as connection:
            return [
                str(r[0])
                for r in connection.exec_driver_sql(
                    f"SELECT item_id FROM search_index WHERE search_index MATCH '\"{word}\"'"
                )
            ]

    assert found("sunday") == found("harbour") == found("walk") == ["e1"]
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE journal_entries SET deleted_at = '2025-02-01T10:00:00+00:00' WHERE id = 'e1'"
        )
    assert found("walk") == []  # in "recently deleted": out of search
    with engine.begin() as connection:
        run(connection, "downgrade", "0004")
        assert connection.exec_driver_sql("SELECT count(*) FROM journal_entries").scalar() == 0
        connection.exec_driver_sql(
            "INSERT INTO journal_entries (id, author_id, created_at, private, prompt, body) "
            "VALUES ('e2', 'p1', '2025-01-02T10:00:00+00:00', 0, 'Why', 'Back again')"
        )
    assert found("again") == ["e2"]
