"""The journal's pure rules: tags as typed, times of day, "on this day", filters, the daily
reminder, Markdown as plain words, and the Markdown export."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from relate_desktop.domain import journal as rules
from relate_desktop.domain.journal import JournalFilter
from relate_desktop.domain.journal_export import JournalDocument, to_markdown
from relate_desktop.domain.markdown_text import first_line, plain_text
from relate_desktop.domain.models import JournalEntry


def entry(at: datetime, **fields: object) -> JournalEntry:
    return JournalEntry(str(at), "p1", at, str(fields.pop("body", "x")), **fields)  # type: ignore[arg-type]


def test_tags_are_trimmed_kept_once_in_their_first_spelling_and_bounded() -> None:
    assert rules.parse_tags(" work, #Sleep;work\nsleep ,, ") == ("work", "Sleep")
    assert rules.parse_tags(["a  b", "#"]) == ("a b",)
    assert len(rules.parse_tags(",".join(f"t{n}" for n in range(50)))) == rules.MAX_TAGS
    assert rules.parse_tags("x" * 100) == ("x" * rules.MAX_TAG_LENGTH,)


def test_times_of_day() -> None:
    at = datetime(2026, 1, 1, tzinfo=UTC)
    assert [rules.time_of_day_at(at.replace(hour=h)) for h in (4, 5, 12, 17, 22)] == [
        "night",
        "morning",
        "afternoon",
        "evening",
        "night",
    ]


def test_on_this_day_in_earlier_years_and_a_leap_day_on_the_28th() -> None:
    today = date(2027, 2, 28)
    entries = [
        entry(datetime(2026, 2, 28, 9, tzinfo=UTC)),
        entry(datetime(2024, 2, 29, 9, tzinfo=UTC)),
        entry(datetime(2027, 2, 28, 9, tzinfo=UTC)),  # this year: not "earlier"
        entry(datetime(2025, 2, 27, 9, tzinfo=UTC)),
        entry(datetime(2023, 2, 28, 9, tzinfo=UTC), deleted_at=datetime(2024, 1, 1, tzinfo=UTC)),
    ]
    assert [e.created_at.year for e in rules.on_this_day(entries, today)] == [2026, 2024]
    assert rules.on_this_day(entries, date(2028, 2, 28)) == [entries[2], entries[0]]


def test_a_filter_keeps_what_it_says() -> None:
    at = datetime(2026, 3, 2, 9, tzinfo=UTC)
    tagged = entry(at, tags=("Sea",), feeling="calm", private=True)
    assert JournalFilter(tag="sea").keeps(tagged)
    assert not JournalFilter(tag="work").keeps(tagged)
    assert JournalFilter(feeling="CALM", shared=False, on_day=at.date()).keeps(tagged)
    assert not JournalFilter(shared=True).keeps(tagged)
    assert not JournalFilter(author_id="p2").keeps(tagged)
    assert not JournalFilter(on_day=at.date() + timedelta(days=1)).keeps(tagged)
    assert JournalFilter().empty and not JournalFilter(tag="x").empty


def test_thirty_days_in_recently_deleted() -> None:
    deleted = datetime(2026, 1, 1, tzinfo=UTC)
    gone = entry(deleted, deleted_at=deleted)
    assert not rules.expired(gone, deleted + timedelta(days=29, hours=23))
    assert rules.expired(gone, deleted + timedelta(days=30))
    assert not rules.expired(entry(deleted), deleted + timedelta(days=99))


def test_the_daily_reminder_once_a_day_from_its_time_unless_written() -> None:
    at = time(21, 0)
    evening = datetime(2026, 3, 2, 21, 5, tzinfo=UTC)
    assert rules.reminder_due(evening, at, None, wrote_today=False)
    assert not rules.reminder_due(evening.replace(hour=20), at, None, wrote_today=False)
    assert not rules.reminder_due(evening, at, evening.date(), wrote_today=False)
    assert not rules.reminder_due(evening, at, None, wrote_today=True)


def test_markdown_as_plain_words() -> None:
    md = "## A *calm* day\n\n**Walked** by the\\* sea\n\n- bread\n1. milk"
    assert plain_text(md) == "A calm day\n\nWalked by the* sea\n\nbread\nmilk"
    assert first_line("\n\n## A *calm* day") == "A calm day"


def test_the_markdown_export_lays_out_entries_under_their_titles() -> None:
    first = entry(
        datetime(2026, 3, 1, 20, tzinfo=UTC),
        body="# Inside\n\nText",
        title="Evening",
        tags=("sea",),
        feeling="hopeful",
        time_of_day="evening",
        private=True,
    )
    second = entry(datetime(2026, 3, 2, 8, tzinfo=UTC), body="Morning words")
    document = JournalDocument((first, second), date(2026, 3, 1), date(2026, 3, 2), (), {})
    text = to_markdown(document)
    assert text.startswith("# My journal\n")
    assert "## Evening\n\n*Sunday 1 March 2026, 20:00 · Evening · Feeling: hopeful · " in text
    assert "## Inside\n\nText" in text  # its own heading one level down
    assert "## Monday 2 March 2026, 08:00\n" in text and "Morning words" in text
    assert to_markdown(JournalDocument((), date(2026, 3, 1), date(2026, 3, 1), (), {})).endswith(
        "Nothing was written in these days.\n"
    )


def test_an_untitled_entry_s_details_do_not_repeat_its_date_heading() -> None:
    from datetime import datetime

    from relate_desktop.domain.journal_export import details, moment_text
    from relate_desktop.domain.models import JournalEntry

    when = datetime(2026, 11, 27, 20, 15, tzinfo=UTC)
    untitled = JournalEntry("e1", "p1", when, "A walk", None, False)
    titled = JournalEntry("e2", "p1", when, "A walk", None, False, title="River")
    assert moment_text(when) not in details(untitled, {}, False)
    assert moment_text(when) in details(titled, {}, False)
