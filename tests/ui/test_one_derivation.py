"""One Argon2id derivation per unlock (issue 19): the app's unlock screen, driven as a person
would, and opening a private space from the Privacy menu's service."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from relate_desktop.domain.errors import WrongPassphrase
from relate_desktop.services import privacy, safety
from relate_desktop.services.household import Household
from relate_desktop.store import keys
from relate_desktop.ui.session import Session
from relate_desktop.ui.tasks import TaskRunner
from relate_desktop.ui.unlock import UnlockDialog
from tests.conftest import PASSPHRASES


@pytest.fixture
def derivations(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every key derivation from now on, by the secret's length (never the secret)."""
    calls: list[str] = []
    derive = keys.KdfParams.derive

    def counting(self: keys.KdfParams, secret: str, salt: bytes) -> bytes:
        calls.append(f"{len(secret)} characters")
        return derive(self, secret, salt)

    monkeypatch.setattr(keys.KdfParams, "derive", counting)
    yield calls


@pytest.mark.parametrize("person", [0, 1])
def test_the_unlock_screen_derives_one_key(
    qtbot: QtBot,
    protected: Household,
    runner: TaskRunner,
    derivations: list[str],
    person: int,
) -> None:
    for index, each in enumerate(protected.people):  # taken before: no check pops up
        opened = keys.open_person(protected.keyfile.person(each.id), PASSPHRASES[index])
        protected.open_vault(each.id, opened.keys[keys.VAULT])
        safety.record_check(protected, each.id, {})
    protected.close()
    derivations.clear()
    session = Session(protected.paths, protected.clock, runner)
    typed: list[bool] = []

    def type_passphrase() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, UnlockDialog):
            QTimer.singleShot(10, type_passphrase)
            return
        dialog.person.setCurrentIndex(person)
        secret = PASSPHRASES[person]
        if secret.isascii():
            qtbot.keyClicks(dialog.passphrase, secret)
        else:  # QTest types Latin-1 only; an input method would put the rest in like this
            dialog.passphrase.insert(secret)
        typed.append(True)
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, type_passphrase)
    try:
        assert session.start()
        assert typed and session.window is not None and session.window.isVisible()
        assert session.household is not None
        assert session.household.private_person == protected.people[person].id
        assert len(derivations) == 1, derivations
    finally:
        session.close()


def test_opening_a_private_space_derives_one_key(
    protected: Household, derivations: list[str]
) -> None:
    lloyd = protected.people[1].id
    privacy.lock_private(protected)
    derivations.clear()
    assert privacy.unlock_private(protected, lloyd, PASSPHRASES[1]) is False
    assert protected.private_person == lloyd
    assert len(derivations) == 1


def test_a_recovery_code_derives_one_key_and_a_passphrase_shaped_like_one_two(
    protected: Household, derivations: list[str]
) -> None:
    maria = protected.people[0].id
    code = protected.new_recovery_codes[maria]
    privacy.lock_private(protected)
    derivations.clear()
    assert privacy.unlock_private(protected, maria, code.lower().replace("-", " ")) is True
    assert len(derivations) == 1
    # A wrong secret shaped like a code is tried against both seals, and opens nothing.
    privacy.lock_private(protected)
    derivations.clear()
    with pytest.raises(WrongPassphrase):
        privacy.unlock_private(protected, maria, keys.new_recovery_code())
    assert len(derivations) == 2 and protected.private_person is None
