"""The calendar file: every pending check-in at its time, stable ids, an alarm, a time zone,
and nothing anyone wrote."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from icalendar import Calendar

from relate_desktop.domain.clock import FixedClock
from relate_desktop.domain.follow_ups import Repeat
from relate_desktop.services import browse, calendar, check_ins
from relate_desktop.services.household import Household
from tests.agreements import CONFLICT_TITLE, TITLE, make_agreement


def events(path: Path) -> dict[str, object]:
    parsed = Calendar.from_ical(path.read_bytes())
    return {str(e["uid"]): e for e in parsed.walk("VEVENT")}


def test_every_pending_check_in_is_an_event_at_its_time_with_nothing_private(
    couple: Household, clock: FixedClock, tmp_path: Path
) -> None:
    agreement_id = make_agreement(couple)
    extra = check_ins.add_check_in(
        couple, agreement_id, clock.now() + timedelta(days=40), Repeat.MONTHLY
    )
    out = tmp_path / "relate.ics"
    assert calendar.export_calendar(couple, out) == 3
    found = events(out)
    pending = check_ins.pending_check_ins(couple)
    assert extra in {p.follow_up_id for p in pending}
    assert set(found) == {f"{p.follow_up_id}@relate-desktop.invalid" for p in pending}
    for item in pending:
        event = found[f"{item.follow_up_id}@relate-desktop.invalid"]
        start = event["dtstart"].dt  # type: ignore[index]
        assert start == item.due_at
        assert str(start.tzinfo) == "America/Chicago"
        assert event["summary"] == "Relate check-in"  # type: ignore[index]
        (alarm,) = event.walk("VALARM")  # type: ignore[attr-defined]
        assert alarm["action"] == "DISPLAY"
    parsed = Calendar.from_ical(out.read_bytes())
    assert [str(tz["tzid"]) for tz in parsed.walk("VTIMEZONE")] == ["America/Chicago"]
    raw = out.read_bytes().decode("utf-8")
    document = browse.agreement_document(couple, agreement_id)
    private_words = [TITLE, CONFLICT_TITLE, "phone", "hall", *(p.name for p in couple.people)]
    private_words += [c.action for c in document.agreement.commitments]
    for word in private_words:
        assert word.lower() not in raw.lower(), word


def test_exporting_again_keeps_the_same_ids_and_drops_done_ones(
    couple: Household, clock: FixedClock, tmp_path: Path
) -> None:
    agreement_id = make_agreement(couple)
    first = tmp_path / "first.ics"
    calendar.export_calendar(couple, first)
    follow_ups = browse.agreement_document(couple, agreement_id).agreement.follow_ups
    check_ins.let_go(couple, follow_ups[0].id)
    second = tmp_path / "second.ics"
    assert calendar.export_calendar(couple, second) == 1
    assert set(events(second)) < set(events(first))
    assert first.read_bytes() != second.read_bytes()


def test_icalendar_loads_only_when_a_calendar_file_is_made() -> None:
    import os
    import subprocess
    import sys

    code = (
        "import sys, relate_desktop.cli, relate_desktop.ui.main_window, "
        "relate_desktop.services.calendar; print('icalendar' in sys.modules)"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert result.stdout.strip() == "False"
