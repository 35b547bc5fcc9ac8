"""Laying out text in any script: fonts per run, line breaks, right-to-left order, page splits."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relate_desktop.export import text as text_module
from relate_desktop.export.fonts import Face, has_glyph
from relate_desktop.export.text import Line, TextBlock, TextStyle, lay_out
from tests.unit.export.samples import ARABIC, GREEK, HEBREW, JAPANESE, KOREAN, MIXED

STYLE = TextStyle(size=10, leading=13)
WIDE = 10_000.0


def fonts_of(line: Line) -> list[tuple[str, str]]:
    return [(run.font, run.text) for run in line.runs]


def assert_every_glyph_is_in_its_font(lines: list[Line]) -> None:
    for line in lines:
        for run in line.runs:
            missing = [char for char in run.text if not has_glyph(run.font, char)]
            assert not missing, (run.font, run.text, missing)


def test_a_mixed_line_is_split_into_runs_each_in_a_font_that_has_its_glyphs() -> None:
    (line,) = lay_out(MIXED, STYLE, WIDE)
    assert fonts_of(line) == [
        ("RelateSans", "Maria "),
        ("RelateEmoji", "🙂"),
        ("RelateSans", " said "),
        ("RelateCJK", "你好 "),
        ("RelateSans", "and "),
        ("RelateHebrew", "םולש"),  # drawn right to left: the visual order of "שלום"
    ]
    assert_every_glyph_is_in_its_font([line])


@pytest.mark.parametrize("sample", [GREEK, HEBREW, ARABIC, JAPANESE, KOREAN, "Zoë Łukasz Ærø"])
@pytest.mark.parametrize("face", list(Face))
def test_every_script_finds_its_glyphs_in_every_face(sample: str, face: Face) -> None:
    lines = lay_out(sample, TextStyle(size=10, leading=13, face=face), WIDE)
    assert_every_glyph_is_in_its_font(lines)


def test_bold_hebrew_and_arabic_use_their_bold_faces() -> None:
    (line,) = lay_out(f"{HEBREW} {ARABIC}", TextStyle(10, 13, face=Face.BOLD), WIDE)
    assert {run.font for run in line.runs} >= {"RelateHebrew-Bold", "RelateArabic-Bold"}


def test_a_neutral_keeps_the_font_of_its_word_but_never_the_emoji_font() -> None:
    (chinese,) = lay_out("你好，世界 and more", STYLE, WIDE)
    assert fonts_of(chinese) == [("RelateCJK", "你好，世界 "), ("RelateSans", "and more")]
    # Noto Sans Hebrew has no comma: the comma comes from the base font instead.
    (hebrew,) = lay_out("שלום, Maria", STYLE, WIDE)
    assert_every_glyph_is_in_its_font([hebrew])
    (emoji,) = lay_out("🙂 2 people", STYLE, WIDE)
    assert fonts_of(emoji) == [("RelateEmoji", "🙂"), ("RelateSans", " 2 people")]


def test_variation_selectors_joiners_and_skin_tones_are_not_drawn() -> None:
    (line,) = lay_out("ok ❤️ 👍🏽 👨‍👩‍👧", STYLE, WIDE)
    drawn = line.text
    assert "\ufe0f" not in drawn
    assert "\u200d" not in drawn
    assert "\U0001f3fd" not in drawn
    assert drawn == "ok ❤ 👍 👨👩👧"
    assert_every_glyph_is_in_its_font([line])


def test_hebrew_reads_right_to_left_and_its_brackets_face_the_right_way() -> None:
    (line,) = lay_out("שלום (עולם)", STYLE, WIDE)
    assert line.rtl
    assert line.text == "(םלוע) םולש"


def test_hebrew_inside_an_english_sentence_keeps_its_brackets_paired() -> None:
    (line,) = lay_out("abc שלום (עולם) def", STYLE, WIDE)
    assert not line.rtl
    assert line.text == "abc (םלוע) םולש def"


def test_numbers_in_hebrew_stay_left_to_right() -> None:
    (line,) = lay_out("בשעה 19:30 בערב", STYLE, WIDE)
    assert line.text == "ברעב 19:30 העשב"


def test_arabic_is_joined_into_forms_the_arabic_font_has() -> None:
    (line,) = lay_out(ARABIC, STYLE, WIDE)
    assert line.rtl
    assert all(run.font == "RelateArabic" for run in line.runs if run.text.strip())
    # Presentation forms (joined letters), in visual order; read back they are the same words.
    assert all(0xFE70 <= ord(c) <= 0xFEFF for c in line.text if not c.isspace())
    visual_words = unicodedata.normalize("NFKC", line.text).split()
    assert [word[::-1] for word in reversed(visual_words)] == ARABIC.split()


def test_a_right_to_left_paragraph_breaks_in_reading_order() -> None:
    words = [f"מילה{i}" for i in range(30)]
    lines = lay_out(" ".join(words), STYLE, 150)
    assert len(lines) > 2
    # The first words read go on the first line, the last ones on the last line; each line
    # is drawn right to left (so its first word is rightmost), numbers left to right.
    first = lines[0].text.split()
    last = lines[-1].text.split()
    assert first[-1] == "0הלימ"
    assert last[0] == "29הלימ"


def test_lines_break_at_spaces_and_fit_the_width() -> None:
    sentence = "We agree to this and will each do our part, with goodwill. " * 4
    lines = lay_out(sentence, STYLE, 200)
    assert len(lines) > 3
    assert all(line.width <= 200 for line in lines)
    assert " ".join(line.text for line in lines) == sentence.strip()


def test_chinese_breaks_between_characters_but_not_before_closing_punctuation() -> None:
    sentence = "我们每天晚上一起吃饭，不看手机。" * 4
    lines = lay_out(sentence, STYLE, 120)
    assert len(lines) > 3
    assert all(line.width <= 120 for line in lines)
    assert "".join(line.text for line in lines) == sentence
    assert not any(line.text[0] in "，。" for line in lines)


def test_a_word_longer_than_the_line_is_cut_between_letters() -> None:
    word = "Supercalifragilisticexpialidocious" * 3
    lines = lay_out(f"A {word} word", STYLE, 100)
    assert all(line.width <= 100 for line in lines)
    assert "".join(line.text for line in lines).replace(" ", "") == f"A{word}word"


def test_hard_line_breaks_are_kept_and_control_characters_dropped() -> None:
    lines = lay_out("first\r\nsecond\x07\n\nfourth\tend", STYLE, WIDE)
    assert [line.text for line in lines] == ["first", "second", "", "fourth end"]


def test_a_lone_surrogate_from_an_imported_file_becomes_a_replacement_character() -> None:
    (line,) = lay_out("שלום \udfff x", STYLE, WIDE)
    assert "\ufffd" in line.text


@settings(max_examples=80, deadline=None)
@given(st.text(st.characters(exclude_categories=()), max_size=200))
def test_any_text_lays_out_within_the_width(text: str) -> None:
    lines = lay_out(text, STYLE, 120)
    assert all(line.width <= 120 or len(line.text) == 1 for line in lines)


def test_without_readable_levels_the_pure_python_bidi_still_orders_the_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(text_module, "_levels", lambda text, rtl: None)
    (line,) = lay_out("שלום (עולם)", STYLE, WIDE)
    assert line.text == "(םלוע) םולש"
    assert_every_glyph_is_in_its_font([line])


def test_a_block_splits_between_lines_without_widows_or_orphans() -> None:
    block = TextBlock("word " * 400, STYLE)
    _, height = block.wrap(200, 10_000)
    lines = int(height // STYLE.leading)
    assert lines > 10
    # Room for one line: nothing would be left but an orphan, so the block moves on whole.
    assert block.split(200, STYLE.leading * 1.5) == []
    # Room for all but one line: one more line goes over, so no widow is left alone.
    first, rest = block.split(200, STYLE.leading * (lines - 1))
    assert len(first.lines(200)) == lines - 2
    assert len(rest.lines(200)) == 2
    # A fair split in the middle.
    first, rest = block.split(200, STYLE.leading * 5.2)
    assert len(first.lines(200)) == 5
    assert len(rest.lines(200)) == lines - 5
    assert rest.spaceBefore == 0
