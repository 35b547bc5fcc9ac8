"""Full-text search inside one space (FTS5, kept in step by triggers from revision 0004)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import text
from sqlalchemy.orm import Session

from relate_desktop.domain.search import (
    MARK_END,
    MARK_START,
    HitKind,
    Query,
    SearchHit,
    fts_expression,
    mark_words,
)

NL = "char(10)"
# kind -> (table, parent id, time, title, body) as SQL over the row NEW: what the insert
# triggers of revision 0004 put in the index (tests/unit/store/test_bulk_index.py compares).
SOURCES = {
    "conflict": (
        "conflicts",
        "NEW.id",
        "NEW.occurred_at",
        "NEW.title",
        f"NEW.topic || {NL} || NEW.what_happened",
    ),
    "draft": (
        "drafts",
        "NEW.conflict_id",
        "coalesce((SELECT occurred_at FROM conflicts WHERE id = NEW.conflict_id), '')",
        "''",
        "NEW.text",
    ),
    "agreement": (
        "agreements",
        "NEW.conflict_id",
        "NEW.created_at",
        "NEW.title",
        "coalesce((SELECT group_concat(c.action || ' ' || c.\"when\", char(10)) "
        "FROM commitments c WHERE c.agreement_id = NEW.id), '')",
    ),
    "journal": (
        "journal_entries",
        "NEW.id",
        "NEW.created_at",
        "coalesce(NEW.prompt, '')",
        "NEW.body",
    ),
}


@contextmanager
def indexed_after(session: Session, kinds: Sequence[str]) -> Iterator[None]:
    """Rows of these kinds inserted inside are put in the search index afterwards, one
    statement per kind, instead of row by row by the insert triggers (a bulk import: the
    index is built in one go, about three times faster). The triggers are dropped meanwhile
    and made again from their own stored SQL, all in the caller's transaction: if anything
    fails, the rollback puts them back with everything else. Updates and deletes are still
    followed by their triggers."""
    connection = session.connection()
    tables = [SOURCES[kind][0] for kind in kinds]
    names = [f"search_{table}_ai" for table in tables]
    if "agreement" in kinds:
        names.append("search_commitments_ai")  # an agreement's commitments are in its text
    marks = ", ".join("?" for _ in names)
    triggers = connection.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
        tuple(names),
    ).all()
    if len(triggers) != len(names):  # not the schema this was written for: row by row
        yield
        return
    last = {
        table: connection.exec_driver_sql(f"SELECT coalesce(max(rowid), 0) FROM {table}").scalar()
        for table in tables
    }
    for name, _sql in triggers:
        connection.exec_driver_sql(f"DROP TRIGGER {name}")
    yield
    # The new rows in the order they were written, which is the order of their keys: no sort
    # (SQLCipher sorts in memory, and a sort of every new entry's text was the import's peak),
    # new rows only (CROSS JOIN keeps the table outside), each key found by its index.
    for kind in kinds:
        table, parent, at, title, body = SOURCES[kind]
        connection.exec_driver_sql(
            f"INSERT INTO search_keys (kind, item_id) SELECT '{kind}', id FROM {table} "
            "WHERE rowid > ? ORDER BY rowid",
            (last[table],),
        )
        connection.exec_driver_sql(
            "INSERT INTO search_index (rowid, kind, item_id, parent_id, at, title, body) "
            f"SELECT k.doc, '{kind}', NEW.id, {parent}, {at}, {title}, {body} "
            f"FROM {table} AS NEW CROSS JOIN search_keys k "
            f"ON k.kind = '{kind}' AND k.item_id = NEW.id WHERE NEW.rowid > ?",
            (last[table],),
        )
    for _name, sql in triggers:
        connection.exec_driver_sql(sql)


SNIPPET_TOKENS = 48  # the trigram tokenizer counts characters, so this is about 48 of them

_COLUMNS = "kind, item_id, parent_id, at, title"


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search(session: Session, query: Query, private: bool, limit: int = 50) -> list[SearchHit]:
    """Matches in this space, the most recently written first (FTS5 walks its index in rowid
    order and stops at the limit, so a word found in most entries costs no more than a rare
    one; ranking every match by relevance would). Every word must appear."""
    if query.empty:
        return []
    params: dict[str, object] = {"limit": limit}
    where = []
    if query.indexed:
        where.append("search_index MATCH :match")
        params["match"] = fts_expression(query)
    for index, word in enumerate(query.short):
        where.append(f"(title LIKE :w{index} ESCAPE '\\' OR body LIKE :w{index} ESCAPE '\\')")
        params[f"w{index}"] = _like(word)
    if query.indexed:
        sql = (
            f"SELECT {_COLUMNS}, snippet(search_index, -1, :start, :end, '…', {SNIPPET_TOKENS}), "
            f"rowid FROM search_index WHERE {' AND '.join(where)} "
            "ORDER BY rowid DESC LIMIT :limit"
        )
        params |= {"start": MARK_START, "end": MARK_END}
    else:
        sql = (
            f"SELECT {_COLUMNS}, body, rowid FROM search_index WHERE {' AND '.join(where)} "
            "ORDER BY rowid DESC LIMIT :limit"
        )
    hits = []
    for kind, item_id, parent_id, at, title, snippet, doc in session.execute(text(sql), params):
        if not query.indexed:
            snippet = mark_words(snippet or title, query.short)
        hits.append(
            SearchHit(
                kind=HitKind(kind),
                item_id=item_id,
                parent_id=parent_id,
                at=datetime.fromisoformat(at) if at else None,
                title=title,
                snippet=snippet,
                private=private,
                order=int(doc),
            )
        )
    return hits
