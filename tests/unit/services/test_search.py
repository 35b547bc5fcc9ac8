"""Search: every kind of item, in the spaces that are open, with any alphabet; kept in step."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from relate_desktop.domain.clock import FixedClock
from relate_desktop.domain.models import Commitment, DraftKind
from relate_desktop.domain.search import MARK_END, MARK_START, HitKind
from relate_desktop.services import privacy
from relate_desktop.services.household import Household
from relate_desktop.services.search import search
from relate_desktop.store import repositories
from tests.conftest import PASSPHRASES
from tests.households import add_conflict, add_entry, agreement, draft


def kinds(hits: list) -> list[tuple[HitKind, str]]:  # type: ignore[type-arg]
    return sorted((h.kind, h.title) for h in hits)


def test_finds_conflicts_drafts_agreements_and_journal_entries(
    couple: Household, clock: FixedClock
) -> None:
    maria, lloyd = couple.people
    now = clock.now()
    conflict = add_conflict(
        couple,
        "Dishes left overnight",
        now,
        topic="chores",
        what_happened="The dishes stayed in the sink until morning.",
        drafts=(draft(maria.id, "I'd like us to do the dishes before bed."),),
    )
    made = agreement(
        conflict.id,
        "Evening kitchen",
        now,
        (Commitment(lloyd.id, "Wash the dishes after dinner", "weekdays"),),
    )
    with couple.shared.session() as session:
        repositories.save_conflict(session, replace(conflict, agreements=(made,)))
    add_entry(couple, maria.id, "Tonight the dishes felt like a test.", now)
    add_entry(couple, maria.id, "Nothing about the kitchen here.", now)

    hits = search(couple, "dishes")
    assert {h.kind for h in hits} == {
        HitKind.CONFLICT,
        HitKind.DRAFT,
        HitKind.AGREEMENT,
        HitKind.JOURNAL,
    }
    assert len(hits) == 4
    by_kind = {h.kind: h for h in hits}
    assert by_kind[HitKind.DRAFT].parent_id == conflict.id
    assert by_kind[HitKind.AGREEMENT].parent_id == conflict.id
    assert f"{MARK_START}dishes{MARK_END}" in by_kind[HitKind.JOURNAL].snippet
    assert [h.item_id for h in search(couple, "dishes kitchen")] == [made.id]
    assert search(couple, "   ") == []
    assert search(couple, "elephant") == []


def test_the_index_follows_edits_and_deletions(couple: Household, clock: FixedClock) -> None:
    maria = couple.people[0]
    conflict = add_conflict(couple, "Late again", clock.now(), what_happened="waited an hour")
    assert [h.item_id for h in search(couple, "waited")] == [conflict.id]
    with couple.shared.session() as session:
        repositories.save_conflict(session, replace(conflict, what_happened="came home early"))
    assert search(couple, "waited") == []
    assert [h.item_id for h in search(couple, "early")] == [conflict.id]
    made = agreement(conflict.id, "Texts when late", clock.now())
    with couple.shared.session() as session:
        repositories.save_conflict(session, replace(conflict, agreements=(made,)))
    assert search(couple, "promise") == []
    changed = replace(made, commitments=(Commitment(maria.id, "Promise to text", "by six"),))
    with couple.shared.session() as session:
        repositories.save_conflict(session, replace(conflict, agreements=(changed,)))
    assert [h.kind for h in search(couple, "promise")] == [HitKind.AGREEMENT]
    entry = add_entry(couple, maria.id, "a zebra walked by", clock.now())
    with couple.shared.session() as session:
        repositories.delete_journal_entry(session, entry.id)
    assert search(couple, "zebra") == []


def test_accents_case_cjk_emoji_and_right_to_left_text(
    couple: Household, clock: FixedClock
) -> None:
    maria = couple.people[0]
    now = clock.now()
    texts = {
        "accents": "Nous étions au Café de Flore, très fâchés.",
        "cjk": "我们今天为了钥匙吵架了。",
        "japanese": "昨日は電話のことで喧嘩した",
        "emoji": "Felt 😡 then 🫶 by the evening",
        "hebrew": "רבנו על הכלים בערב",
        "arabic": "تشاجرنا حول المفاتيح",
        "german": "STRASSE und Größe",
    }
    ids = {key: add_entry(couple, maria.id, body, now).id for key, body in texts.items()}

    def found(query: str) -> set[str]:
        return {h.item_id for h in search(couple, query)}

    assert found("cafe") == {ids["accents"]}  # accents folded both ways
    assert found("FÂCHÉS") == {ids["accents"]}
    assert found("fachés flore") == {ids["accents"]}
    assert found("钥匙") == {ids["cjk"]}  # two characters: no spaces between Chinese words
    assert found("吵架了") == {ids["cjk"]}
    assert found("喧嘩") == {ids["japanese"]}
    assert found("😡") == {ids["emoji"]}
    assert found("הכלים") == {ids["hebrew"]}
    assert found("المفاتيح") == {ids["arabic"]}
    assert found("größe") == {ids["german"]}
    assert found('"quoted" OR NOT (syntax*') == set()  # taken literally, no error
    hit = search(couple, "钥匙")[0]
    assert f"{MARK_START}钥匙{MARK_END}" in hit.snippet


def test_private_writing_is_found_only_while_its_owner_has_unlocked(
    protected: Household, clock: FixedClock
) -> None:
    maria, lloyd = protected.people
    add_entry(protected, maria.id, "my secret worry about money", clock.now(), private=True)
    add_entry(protected, maria.id, "shared thoughts about money", clock.now())
    hits = search(protected, "money")
    assert sorted(h.private for h in hits) == [False, True]
    privacy.lock_private(protected)
    assert [h.private for h in search(protected, "money")] == [False]
    assert search(protected, "secret") == []
    privacy.unlock_private(protected, lloyd.id, PASSPHRASES[1])
    assert search(protected, "secret") == []  # Lloyd's space is open, not Maria's


def test_the_latest_writing_first_and_a_limit(couple: Household, clock: FixedClock) -> None:
    maria = couple.people[0]
    for day in range(30):
        add_entry(couple, maria.id, f"walk number {day}", clock.now() - timedelta(days=day))
    hits = search(couple, "walk", limit=10)
    assert len(hits) == 10
    assert [h.at for h in hits] == sorted((h.at for h in hits), reverse=True)
    # The ten written last (here: the oldest dates, written after the others), newest first.
    assert {h.snippet for h in hits} == {
        f"{MARK_START}walk{MARK_END} number {day}" for day in range(20, 30)
    }
    assert kinds(search(couple, "apology")) == []
    add_conflict(
        couple, "x", clock.now(), drafts=(draft(maria.id, "my apology", DraftKind.APOLOGY),)
    )
    assert [h.kind for h in search(couple, "apology")] == [HitKind.DRAFT]
