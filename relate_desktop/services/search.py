"""Searching everything the open spaces hold: conflicts, drafts, agreements, journal entries."""

from __future__ import annotations

from relate_desktop.domain.search import SearchHit, parse_query
from relate_desktop.services.household import Household
from relate_desktop.store import search as search_store

LIMIT = 50


def search(household: Household, text: str, limit: int = LIMIT) -> list[SearchHit]:
    """Matches for `text` in the shared space and in the private space that is open (only its
    owner can have opened it), newest first. Locked private spaces are not read."""
    query = parse_query(text)
    if query.empty:
        return []
    hits: list[SearchHit] = []
    with household.shared.read() as session:
        hits += search_store.search(session, query, private=False, limit=limit)
    vault = household.open_private_space
    if vault is not None:
        with vault.read() as session:
            hits += search_store.search(session, query, private=True, limit=limit)
    # Each space gives its latest writing first; merged by date (undated last).
    hits.sort(
        key=lambda h: (h.at is not None, h.at.timestamp() if h.at else 0, h.order), reverse=True
    )
    return hits[:limit]
