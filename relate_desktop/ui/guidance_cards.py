"""Short guidance cards: winning strategies, the listener's script, cherishing prompts."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QVBoxLayout

from relate_desktop.domain import guidance
from relate_desktop.domain.guidance import StrategyCard
from relate_desktop.ui.appearance import tone
from relate_desktop.ui.components import dress
from relate_desktop.ui.design import SPACE


def _card(name: str, heading: str, body_html: str) -> QFrame:
    card = QFrame()
    card.setObjectName(name)
    dress(card, "banner-calm")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(SPACE["m"], SPACE["s"], SPACE["m"], SPACE["s"])
    layout.setSpacing(SPACE["xs"])
    title = QLabel(heading)
    title.setWordWrap(True)
    title.setStyleSheet(f"color: {tone('calm')}; font-weight: 600;")
    body = QLabel(body_html)
    body.setTextFormat(Qt.TextFormat.RichText)
    body.setWordWrap(True)
    body.setStyleSheet(f"color: {tone('text')};")
    body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    layout.addWidget(title)
    layout.addWidget(body)
    layout.addStretch(1)
    card.setAccessibleName(heading)
    return card


def strategy_card(card: StrategyCard) -> QFrame:
    """One winning strategy: its name, what it means, one thing to try."""
    heading = f"{guidance.text('strategies.title')}: {card.term.label}"
    body = (
        f"{escape(card.term.definition)}<br><i>{escape(guidance.text('strategies.try'))}"
        f" {escape(card.try_this)}</i>"
    )
    return _card(f"strategy_{card.term.value}", heading, body)


def listener_script(speaker: str) -> QFrame:
    """The steps of responding with generosity, for the listener's turn."""
    items = "".join(
        f"<li>{escape(step)}</li>" for step in guidance.texts("listener.steps", speaker=speaker)
    )
    return _card(
        "listenerScript", guidance.text("listener.title"), f"<ol style='margin: 0'>{items}</ol>"
    )


def cherish_card(seed: str, together: bool = True) -> QFrame:
    """A few prompts to say something appreciative out loud, at the end of a repair."""
    prompts = "".join(f"<li>{escape(p)}</li>" for p in guidance.cherishing_prompts(seed))
    intro = guidance.text("cherish.intro" if together else "cherish.intro_solo")
    body = f"{escape(intro)}<ul style='margin: 0'>{prompts}</ul>"
    return _card("cherishCard", guidance.text("cherish.title"), body)


def add_step_guidance(layout: QBoxLayout, step: str, speaker: str = "") -> None:
    """The cards that belong to a step: the listener's script on a response, strategy cards."""
    if step == "response":
        layout.addWidget(listener_script(speaker))
    cards = guidance.strategy_cards(step)
    if not cards:
        return
    row = QHBoxLayout()
    row.setSpacing(SPACE["s"])
    for card in cards:
        row.addWidget(strategy_card(card), 1)
    layout.addLayout(row)
