"""A space's sync tables (revision 0008): changed records, versions, cursors, and the records
themselves read and written whole, as plain rows (docs/sync.md).

A record is read as `{"row": {column: value}, "parts": {table: [row, ...]}}` with the values
as SQLite stores them (text, whole numbers, NULL), so what one computer wrote another writes
back unchanged, whatever the columns mean. Parts (an agreement's commitments and earlier
wordings, a check-in's answers) have local row ids, left out; they are written back in order.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from relate_desktop.domain.sync import KINDS, Version

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# kind -> table
TABLES = {
    "person": "people",
    "conflict": "conflicts",
    "perspective": "perspectives",
    "draft": "drafts",
    "agreement": "agreements",
    "follow_up": "follow_ups",
    "journal": "journal_entries",
    "repair": "repairs_in_progress",
    "time_out": "time_outs",
    "reflection": "private_reflections",
    "safety": "safety_checks",
}
# kind -> its parts: (table, the column naming the record)
PARTS = {
    "agreement": (("commitments", "agreement_id"), ("agreement_versions", "agreement_id")),
    "follow_up": (("check_in_answers", "follow_up_id"),),
}
# kind -> the kinds of record that belong to it (a conflict's drafts...), to show them again
# when it comes back.
CHILDREN = {
    "conflict": ("perspective", "draft", "agreement"),
    "agreement": ("follow_up",),
}
_VERSION_COLUMNS = "version, kind, item_id, clock, device, parents, payload, digest"
assert set(TABLES) == set(KINDS)


class _Raw:
    """The space's own SQLite connection inside the session's transaction: these statements
    run thousands of times a round, and SQLAlchemy's result machinery cost more than SQLite."""

    def __init__(self, session: Session) -> None:
        self._db: Any = session.connection().connection.driver_connection

    def exec_driver_sql(self, sql: str, params: Sequence[Any] = ()) -> _Result:
        return _Result(self._db.execute(sql, tuple(params)))


class _Result:
    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return iter(self._cursor)

    def scalar(self) -> Any:
        row = self._cursor.fetchone()
        return None if row is None else row[0]

    def first(self) -> tuple[Any, ...] | None:
        row: tuple[Any, ...] | None = self._cursor.fetchone()
        return row

    def all(self) -> list[tuple[Any, ...]]:
        return list(self._cursor.fetchall())

    def rows(self) -> list[dict[str, Any]]:
        names = [d[0] for d in self._cursor.description or ()]
        return [dict(zip(names, row, strict=True)) for row in self._cursor.fetchall()]

    @property
    def rowcount(self) -> int:
        return int(self._cursor.rowcount)


def _raw(session: Session) -> _Raw:
    found = session.info.get("sync_raw")
    if found is None:
        found = session.info["sync_raw"] = _Raw(session)
    return found


def take_write_lock(session: Session) -> None:
    """Start writing now, so nobody writes between what this transaction reads and writes."""
    _raw(session).exec_driver_sql(
        "INSERT INTO sync_meta (key, value) VALUES ('lock', '') "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
    )


# Meta and cursors ------------------------------------------------------------------------------


def meta(session: Session, key: str, default: str = "") -> str:
    value = (
        _raw(session).exec_driver_sql("SELECT value FROM sync_meta WHERE key = ?", (key,)).scalar()
    )
    return default if value is None else str(value)


def set_meta(session: Session, key: str, value: str) -> None:
    _raw(session).exec_driver_sql(
        "INSERT INTO sync_meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def cursors(session: Session) -> dict[str, tuple[int, str | None]]:
    """device -> (the last change file applied, when)."""
    rows = _raw(session).exec_driver_sql("SELECT device, applied, applied_at FROM sync_cursors")
    return {str(d): (int(n), a) for d, n, a in rows}


def set_cursor(session: Session, device: str, applied: int, applied_at: str) -> None:
    _raw(session).exec_driver_sql(
        "INSERT INTO sync_cursors (device, applied, applied_at) VALUES (?, ?, ?) "
        "ON CONFLICT (device) DO UPDATE SET applied = excluded.applied, "
        "applied_at = excluded.applied_at",
        (device, applied, applied_at),
    )


# Changed records -------------------------------------------------------------------------------


def mark_all_changed(session: Session) -> int:
    """Every record as changed: the first round sends everything."""
    connection = _raw(session)
    for kind, table in TABLES.items():
        connection.exec_driver_sql(
            f"INSERT OR IGNORE INTO sync_dirty (kind, item_id) SELECT '{kind}', id FROM {table}"
        )
    return int(connection.exec_driver_sql("SELECT count(*) FROM sync_dirty").scalar() or 0)


def changed(session: Session) -> list[tuple[str, str, int]]:
    """(kind, id, when in ms) of each record changed since the last round."""
    rows = _raw(session).exec_driver_sql("SELECT kind, item_id, coalesce(at, 0) FROM sync_dirty")
    return [(str(k), str(i), int(a)) for k, i, a in rows]


def forget_changed(session: Session) -> None:
    _raw(session).exec_driver_sql("DELETE FROM sync_dirty")


# Records ---------------------------------------------------------------------------------------


def read_record(session: Session, kind: str, item_id: str) -> dict[str, Any] | None:
    """The record as it is stored now, or None when it isn't there."""
    connection = _raw(session)
    found = connection.exec_driver_sql(
        f"SELECT * FROM {TABLES[kind]} WHERE id = ?", (item_id,)
    ).rows()
    if not found:
        return None
    payload: dict[str, Any] = {"row": found[0]}
    parts: dict[str, list[dict[str, Any]]] = {}
    for table, column in PARTS.get(kind, ()):
        rows = connection.exec_driver_sql(
            f"SELECT * FROM {table} WHERE {column} = ? ORDER BY id", (item_id,)
        ).rows()
        parts[table] = [{k: v for k, v in r.items() if k not in ("id", column)} for r in rows]
    if parts:
        payload["parts"] = parts
    return payload


def exists(session: Session, kind: str, item_id: str) -> bool:
    found = (
        _raw(session)
        .exec_driver_sql(f"SELECT 1 FROM {TABLES[kind]} WHERE id = ?", (item_id,))
        .first()
    )
    return found is not None


def write_record(session: Session, kind: str, item_id: str, payload: dict[str, Any]) -> None:
    """Store the record as `payload` has it (insert, or update in place so that the records
    that belong to it stay), its parts replaced."""
    connection = _raw(session)
    table = TABLES[kind]
    known = _columns(connection, table)
    row = {k: v for k, v in payload.get("row", {}).items() if k in known}
    row["id"] = item_id
    names = list(row)
    quoted = ", ".join(f'"{n}"' for n in names)
    marks = ", ".join("?" for _ in names)
    updates = ", ".join(f'"{n}" = excluded."{n}"' for n in names if n != "id") or '"id" = "id"'
    connection.exec_driver_sql(
        f"INSERT INTO {table} ({quoted}) VALUES ({marks}) ON CONFLICT (id) DO UPDATE SET {updates}",
        tuple(row[n] for n in names),
    )
    for part_table, column in PARTS.get(kind, ()):
        connection.exec_driver_sql(f"DELETE FROM {part_table} WHERE {column} = ?", (item_id,))
        part_known = _columns(connection, part_table)
        for part in payload.get("parts", {}).get(part_table, []):
            values = {k: v for k, v in part.items() if k in part_known and k != "id"}
            values[column] = item_id
            columns = list(values)
            quoted_part = ", ".join(f'"{c}"' for c in columns)
            part_marks = ", ".join("?" for _ in columns)
            connection.exec_driver_sql(
                f"INSERT INTO {part_table} ({quoted_part}) VALUES ({part_marks})",
                tuple(values[c] for c in columns),
            )


def delete_record(session: Session, kind: str, item_id: str) -> None:
    """Remove the record (the records that belong to it go with it: the schema cascades)."""
    _raw(session).exec_driver_sql(f"DELETE FROM {TABLES[kind]} WHERE id = ?", (item_id,))


# Every space open is at this build's revision (Space.open migrates), so a table's columns
# are the same in all of them.
_COLUMNS: dict[str, frozenset[str]] = {}


def _columns(connection: _Raw, table: str) -> frozenset[str]:
    known = _COLUMNS.get(table)
    if known is None:
        rows = connection.exec_driver_sql(f"PRAGMA table_info({table})")
        known = _COLUMNS[table] = frozenset(str(r[1]) for r in rows)
    return known


# Versions --------------------------------------------------------------------------------------


def _version(row: Sequence[Any]) -> Version:
    payload = json.loads(row[6]) if row[6] is not None else None
    return Version(
        str(row[0]),
        str(row[1]),
        str(row[2]),
        int(row[3]),
        str(row[4]),
        tuple(json.loads(row[5])),
        payload,
        str(row[7]),
    )


def heads(session: Session, kind: str, item_id: str) -> list[Version]:
    rows = _raw(session).exec_driver_sql(
        f"SELECT {_VERSION_COLUMNS} FROM sync_versions WHERE kind = ? AND item_id = ? AND head = 1",
        (kind, item_id),
    )
    return [_version(r) for r in rows]


def head_digests(session: Session, kind: str, item_id: str) -> list[tuple[str, int, str, str]]:
    """(version, clock, device, digest) of each head, without reading contents."""
    rows = _raw(session).exec_driver_sql(
        "SELECT version, clock, device, digest FROM sync_versions "
        "WHERE kind = ? AND item_id = ? AND head = 1",
        (kind, item_id),
    )
    return [(str(v), int(c), str(d), str(g)) for v, c, d, g in rows]


def version(session: Session, ident: str) -> Version | None:
    row = (
        _raw(session)
        .exec_driver_sql(
            f"SELECT {_VERSION_COLUMNS} FROM sync_versions WHERE version = ?", (ident,)
        )
        .first()
    )
    return _version(row) if row is not None else None


def add_versions(
    session: Session, versions: Iterable[Version], out_seq: int | None
) -> list[Version]:
    """Keep these versions (those already known are skipped); the versions they replace stop
    being heads. Returns the ones that were new."""
    from relate_desktop.domain.sync import canonical

    connection = _raw(session)
    added = []
    touched: set[tuple[str, str]] = set()
    for item in versions:
        inserted = connection.exec_driver_sql(
            "INSERT OR IGNORE INTO sync_versions (version, kind, item_id, clock, device, "
            "parents, parent_id, payload, digest, head, out_seq) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "NOT EXISTS (SELECT 1 FROM sync_replaced WHERE version = ?), ?)",
            (
                item.version,
                item.kind,
                item.item_id,
                item.clock,
                item.device,
                json.dumps(list(item.parents)),
                item.parent_id,
                None if item.payload is None else canonical(item.payload),
                item.digest,
                item.version,
                out_seq,
            ),
        ).rowcount
        if not inserted:
            continue
        added.append(item)
        touched.add((item.kind, item.item_id))
        for parent in item.parents:
            connection.exec_driver_sql(
                "INSERT OR IGNORE INTO sync_replaced (version) VALUES (?)", (parent,)
            )
            connection.exec_driver_sql(
                "UPDATE sync_versions SET head = 0 WHERE version = ? AND head = 1", (parent,)
            )
    for kind, item_id in touched:
        heads = connection.exec_driver_sql(
            "SELECT count(*) FROM sync_versions WHERE kind = ? AND item_id = ? AND head = 1",
            (kind, item_id),
        ).scalar()
        change = (
            "INSERT OR IGNORE INTO sync_both (kind, item_id) VALUES (?, ?)"
            if int(heads or 0) > 1
            else "DELETE FROM sync_both WHERE kind = ? AND item_id = ?"
        )
        connection.exec_driver_sql(change, (kind, item_id))
    return added


def live_children(session: Session, kind: str, item_id: str) -> list[tuple[str, str]]:
    """Records belonging to this one whose newest version is not a deletion (any head will
    do: the caller works out which one shows)."""
    kinds = CHILDREN.get(kind, ())
    if not kinds:
        return []
    marks = ", ".join("?" for _ in kinds)
    rows = _raw(session).exec_driver_sql(
        f"SELECT DISTINCT kind, item_id FROM sync_versions WHERE parent_id = ? AND head = 1 "
        f"AND kind IN ({marks})",
        (item_id, *kinds),
    )
    return [(str(k), str(i)) for k, i in rows]


def outbox(session: Session, device: str, after: int) -> Iterator[tuple[int, list[Version]]]:
    """This computer's versions not yet written to the folder, by change file."""
    rows = _raw(session).exec_driver_sql(
        f"SELECT out_seq, {_VERSION_COLUMNS} FROM sync_versions WHERE out_seq > ? "
        "AND device = ? ORDER BY out_seq, version",
        (after, device),
    )
    current: int | None = None
    batch: list[Version] = []
    for row in rows:
        seq = int(row[0])
        if current is not None and seq != current:
            yield current, batch
            batch = []
        current = seq
        batch.append(_version(row[1:]))
    if current is not None:
        yield current, batch


def both_edited(session: Session) -> list[tuple[str, str]]:
    """Records with more than one head."""
    rows = _raw(session).exec_driver_sql(
        "SELECT kind, item_id FROM sync_both ORDER BY kind, item_id"
    )
    return [(str(k), str(i)) for k, i in rows]


def counts(session: Session) -> tuple[int, int]:
    """(versions kept, records known)."""
    row = (
        _raw(session)
        .exec_driver_sql("SELECT count(*), count(DISTINCT kind || item_id) FROM sync_versions")
        .first()
    )
    return (int(row[0]), int(row[1])) if row else (0, 0)


def forget_replaced(session: Session, device: str, written: int) -> int:
    """Drop the content of versions something replaced and that are already in the folder:
    only heads are ever shown or offered, so older words need not stay. Their ids and digests
    stay (a version arriving late still finds what replaced it)."""
    # The partial index holds only replaced versions with content: a few, whatever the size.
    done = _raw(session).exec_driver_sql(
        "UPDATE sync_versions SET payload = NULL WHERE version IN (SELECT version FROM "
        "sync_versions INDEXED BY ix_sync_versions_replaced WHERE head = 0 "
        "AND payload IS NOT NULL AND (out_seq IS NULL OR (device = ? AND out_seq <= ?)))",
        (device, written),
    )
    return done.rowcount
