"""The built-in guide and glossary: whole in both languages, every method word explained once."""

from __future__ import annotations

import pytest

from relate_desktop.domain import help as help_text
from relate_desktop.domain import vocabulary


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_guide_walks_every_stage_in_both_languages(language: str) -> None:
    sections = help_text.guide(language)
    assert len(sections) == len(help_text.guide("en")) == 7
    assert all(s.title.strip() and len(s.body) > 60 for s in sections)
    for key in ("title", "guide_tab", "glossary_tab", "intro", "glossary_intro"):
        assert help_text.text(key, language).strip()


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_glossary_holds_the_method_words_once_in_order(language: str) -> None:
    words = [s.title for s in help_text.glossary(language)]
    method = [t.label for t in vocabulary.stances(language) + vocabulary.reactions(language)]
    method += [t.label for t in vocabulary.losing_strategies(language)]
    assert set(method) <= set(words)
    assert len(words) == len(set(words)) == len(help_text.glossary("en"))
    assert words == sorted(words, key=help_text._folded)


def test_spanish_words_are_spanish() -> None:
    english = {s.title for s in help_text.glossary("en")}
    spanish = {s.title for s in help_text.glossary("es")}
    assert not english & spanish
