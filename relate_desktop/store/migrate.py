"""Bringing a space's schema to the current version with Alembic, refusing newer files."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from relate_desktop.bundled import migrations_dir

if TYPE_CHECKING:  # SQLAlchemy loads after the first window shows (docs/performance.md)
    from alembic.config import Config
    from sqlalchemy import Connection

# The newest revision this build knows; a test checks it against the migration scripts, so
# start-up can skip importing Alembic when a space is already current.
HEAD_REVISION = "0008"


def current_revision(conn: Any) -> str | None:
    """The revision stamped in a raw DB-API connection, or None for an empty file."""
    row = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if row is None:
        return None
    version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(version[0]) if version else None


def is_empty(conn: Any) -> bool:
    count: int = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    return count == 0


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def script_head() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Apply migrations on this connection (Alembic imported here, on first need)."""
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, revision)


def table_names(connection: Connection) -> list[str]:
    from sqlalchemy import inspect

    return sorted(inspect(connection).get_table_names())


def stamp_count(connection: Connection) -> int:
    from sqlalchemy import text

    return int(connection.execute(text("SELECT count(*) FROM alembic_version")).scalar_one())
