"""The import's multi-row path writes exactly what save_conflict writes, every column."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import text

from relate_desktop.domain.clock import FixedClock
from relate_desktop.domain.follow_ups import Repeat
from relate_desktop.domain.models import (
    Agreement,
    AgreementStatus,
    AgreementVersion,
    CheckInAnswer,
    CheckInDecision,
    Commitment,
    Conflict,
    Draft,
    DraftKind,
    DraftStatus,
    FollowUp,
    FollowUpStatus,
    Held,
    Perspective,
)
from relate_desktop.domain.vocabulary import LosingStrategy, Reaction, Stance
from relate_desktop.paths import DataPaths
from relate_desktop.services.household import Household, set_up
from relate_desktop.store import repositories
from relate_desktop.store.schema import Base

ZONE = ZoneInfo("Europe/Paris")
TABLES = [name for name in Base.metadata.tables if name not in {"people"}]


def every_field_filled(household: Household) -> Conflict:
    maria, lloyd = (p.id for p in household.people)
    when = datetime(2026, 3, 2, 20, 30, tzinfo=ZONE)
    return Conflict(
        id="c0000000-0000-4000-8000-000000000001",
        title="Dîner — 晚饭",
        occurred_at=when,
        what_happened="Phones at the table.",
        topic="phones",
        intensity=8,
        logged_by=maria,
        created_at=when + timedelta(minutes=5),
        perspectives=(
            Perspective(
                maria,
                Stance.ONE_UP,
                (Reaction.FIGHT,),
                (LosingStrategy.BEING_RIGHT,),
                "he doesn't care",
                ("hurt",),
                "notes",
            ),
            Perspective(lloyd, None),
        ),
        drafts=(
            Draft(
                "d0000000-0000-4000-8000-000000000001",
                DraftKind.REQUEST,
                maria,
                lloyd,
                {"feel": "lonely"},
                "I'd like…",
                DraftStatus.ACCEPTED,
            ),
        ),
        agreements=(
            Agreement(
                id="a0000000-0000-4000-8000-000000000001",
                conflict_id="c0000000-0000-4000-8000-000000000001",
                title="Phones in the hall",
                created_at=when + timedelta(hours=1),
                status=AgreementStatus.ACTIVE,
                commitments=(Commitment(lloyd, "Phone in the hall", "at dinner"),),
                confirmed_by=(maria, lloyd),
                follow_ups=(
                    FollowUp(
                        "f0000000-0000-4000-8000-000000000001",
                        when + timedelta(days=3),
                        FollowUpStatus.DONE,
                        "partly",
                        "a note",
                        Repeat.WEEKLY,
                        when + timedelta(days=3),
                        when + timedelta(days=3, hours=1),
                        when + timedelta(days=3, hours=2),
                        CheckInDecision.ADJUST,
                        (CheckInAnswer(maria, Held.PARTLY, "tried", "thank you"),),
                    ),
                ),
                version=2,
                history=(
                    AgreementVersion(
                        1,
                        "No phones",
                        (Commitment(lloyd, "No phone", "ever"),),
                        when + timedelta(days=3, hours=2),
                    ),
                ),
            ),
        ),
    )


def rows(household: Household) -> dict[str, list[tuple[object, ...]]]:
    with household.shared.engine.connect() as connection:
        return {
            table: sorted(
                tuple(row)
                for row in connection.execute(text(f'SELECT * FROM "{table}"')).fetchall()
            )
            for table in TABLES
        }


def test_the_bulk_path_and_save_conflict_store_the_same(
    couple: Household, tmp_path: Path, clock: FixedClock
) -> None:
    other = set_up(
        DataPaths(tmp_path / "other"),
        ["Maria", "Lloyd"],
        None,
        clock,
        person_ids=[p.id for p in couple.people],
    )
    try:
        item = every_field_filled(couple)
        with couple.shared.session() as session:
            repositories.save_conflict(session, item)
        with other.shared.session() as session:
            repositories.add_new_conflicts(session, [item])
        with couple.shared.read() as session:
            one = repositories.conflict(session, item.id)
        with other.shared.read() as session:
            two = repositories.conflict(session, item.id)
        assert one == two == item
        assert rows(couple) == rows(other)
        assert rows(couple)["check_in_answers"] and rows(couple)["agreement_versions"]
    finally:
        other.close()
