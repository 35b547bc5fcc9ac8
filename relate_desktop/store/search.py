"""Full-text search inside one space (FTS5, kept in step by triggers from revision 0004)."""

from __future__ import annotations

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
