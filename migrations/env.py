"""Alembic environment: always runs on the connection Relate hands over (an open, keyed space)."""

from __future__ import annotations

from alembic import context

from relate_desktop.store.schema import Base

config = context.config
target_metadata = Base.metadata


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """The full-text index (search_index, its FTS5 shadow tables, search_keys) is made by hand
    in revision 0004, not described by the ORM: leave it out of comparisons."""
    return not (type_ == "table" and (name or "").startswith("search_"))


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError(
            "Relate's migrations run on an open space; use relate_desktop.store.migrate"
        )
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("Relate does not generate offline SQL scripts")
run_migrations_online()
