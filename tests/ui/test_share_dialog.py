"""File > Share with my mentor: the choices, the passphrase, the preview and the file written."""

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit

from recovery_desktop.domain.checkins import CheckIn, Sharing
from recovery_desktop.domain.codec import to_plain
from recovery_desktop.domain.exchange_format import TYPE_NAMES
from recovery_desktop.domain.journal import JournalEntry
from recovery_desktop.domain.profile import Role
from recovery_desktop.domain.share_passphrase import MIN_LENGTH
from recovery_desktop.domain.share_selection import SHAREABLE, CheckInDetail, ShareChoice
from recovery_desktop.domain.triggers import Trigger
from recovery_desktop.services import exchange_file, records
from recovery_desktop.services.exchange_file import Mode
from recovery_desktop.settings import Settings
from recovery_desktop.storage.folder import VaultFolder
from recovery_desktop.storage.repositories import Records
from recovery_desktop.ui.dialogs.share_dialog import PREVIEW_BANNER, ShareDialog
from recovery_desktop.ui.tasks import InlineTaskRunner
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.pairing import open_paired, pair_directly
from tests.ui.growth_support import TODAY, open_workspace
from tests.ui.test_accessibility import check_window


@pytest.fixture(scope="module")
def mentor_vault(tmp_path_factory):
    """One mentor for the module (a vault costs half a second); each test pairs anew."""
    folder = VaultFolder.acquire(tmp_path_factory.mktemp("mentor"))
    created = folder.create(PASSPHRASE, Role.MENTOR, "Sam", kdf=FAST_KDF)
    yield created.vault
    created.vault.close()
    folder.release()


@pytest.fixture
def dialog(qtbot, vault, data_dir):
    shown = ShareDialog(vault, Settings.in_folder(data_dir), InlineTaskRunner())
    qtbot.addWidget(shown)
    shown.show()
    return shown


def _fill(vault):
    records.save(vault, Trigger(name="Payday <b>cash</b>"))
    records.save(vault, Trigger(name="Kept to myself", shared=False))
    records.save(vault, JournalEntry(entry_date=TODAY, body="my private thoughts"))
    records.save(vault, JournalEntry(entry_date=TODAY, body="for Sam", shared=True))
    records.save(vault, CheckIn(day=TODAY, mood=4, note="a quiet note"))
    records.save(
        vault, CheckIn(day=TODAY - dt.timedelta(days=1), note="mine", sharing=Sharing.PRIVATE)
    )


def _by_key(plain_records):
    return {(name, item["id"]): item for name, item in plain_records}


def test_the_boxes_make_the_share_choice(dialog):
    assert dialog.choice() == ShareChoice()
    dialog.boxes["triggers"].click()
    dialog.boxes["journal"].click()
    dialog.check_ins.setCurrentIndex(dialog.check_ins.findData(CheckInDetail.FULL.value))
    assert dialog.choice() == ShareChoice(
        triggers=False, journal=False, check_ins=CheckInDetail.FULL
    )
    for box in dialog.boxes.values():
        box.setChecked(False)
    dialog.check_ins.setCurrentIndex(dialog.check_ins.findData(CheckInDetail.NONE.value))
    nothing = dialog.choice()
    assert nothing.check_ins is CheckInDetail.NONE
    assert not any(getattr(nothing, field) for field in dialog.boxes)
    assert dialog.check_in_line.text() == "No check-ins at all"


def test_a_passphrase_is_suggested_shown_and_long_enough(dialog):
    assert not dialog.paired_radio.isEnabled()  # no feedback imported yet
    assert dialog.passphrase_radio.isChecked()
    suggested = dialog.passphrase.text()
    assert len(suggested) >= MIN_LENGTH and len(suggested.split()) == 5
    assert dialog.passphrase.echoMode() == QLineEdit.EchoMode.Normal  # to be read aloud
    dialog.new_suggestion.click()
    assert dialog.passphrase.text() != suggested
    assert dialog.write_button.isEnabled()

    dialog.passphrase.setText("too short")
    assert not dialog.write_button.isEnabled()
    assert str(MIN_LENGTH) in dialog.message.text()
    dialog.passphrase.setText("twelve chars")
    assert dialog.write_button.isEnabled() and dialog.message.text() == ""
    assert dialog.chosen_passphrase() == "twelve chars"
    check_window(dialog, "a11y-share-dialog")


def test_the_preview_shows_exactly_what_the_file_holds(
    qtbot, vault, vault_folder, data_dir, mentor_vault, tmp_path, monkeypatch
):
    pair_directly(vault, mentor_vault)
    _fill(vault)
    workspace = next(gen := open_workspace(qtbot, vault, vault_folder, data_dir))
    workspace.window.share_action.trigger()
    dialog = workspace.mentee_exchange.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.paired_radio.isEnabled() and dialog.paired_radio.isChecked()
    assert dialog.chosen_passphrase() is None

    dialog.preview_button.click()
    preview = dialog.preview
    assert preview is not None and preview.isVisible()
    assert preview.view.banner.text() == PREVIEW_BANNER
    assert preview.view.banner.textFormat() == Qt.TextFormat.PlainText
    store = Records(preview.snapshot)
    shown = [
        (TYPE_NAMES[cls], to_plain(record))
        for cls in SHAREABLE
        for record in store.all(cls, include_deleted=True)
    ]
    names = [item["name"] for kind, item in shown if kind == "trigger"]
    assert names == ["Payday <b>cash</b>"]  # the private one stays home

    asked = []

    def save_as(parent, caption, suggested, filters):
        asked.append((suggested, filters))
        return str(tmp_path / "for-sam"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    dialog.write_button.click()

    ((suggested, filters),) = asked
    assert suggested.endswith(f"Jordan-share-{TODAY:%Y-%m-%d}.rdshare")
    assert "*.rdshare" in filters
    written = tmp_path / "for-sam.rdshare"  # the suffix is added
    assert oct(written.stat().st_mode & 0o777) == "0o600"
    payload = json.loads(open_paired(written.read_bytes(), mentor_vault))
    in_file = [(kind, item) for kind, items in payload["records"].items() for item in items]
    assert _by_key(in_file) == _by_key(shown)
    text = json.dumps(payload)
    assert "my private thoughts" not in text and "a quiet note" not in text
    assert "for Sam" in text

    receipt = dialog.receipt
    assert receipt is not None and receipt.mode is Mode.PAIRED
    assert dialog.pages.currentWidget() is dialog.done_page
    result = dialog.result_text.text()
    assert "for-sam.rdshare" in result and f"It holds {len(shown)} items." in result
    short = receipt.sha256[:16]
    assert f"Fingerprint: {short[:4]} {short[4:8]} {short[8:12]} {short[12:]}" in result
    assert "no passphrase is needed" in dialog.reminder.text()
    check_window(dialog, "a11y-share-dialog-written")
    dialog.close_button.click()
    assert "for-sam.rdshare" in workspace.window.statusBar().currentMessage()
    # The Mentor tab's sharing history lists it.
    mentor_tab = workspace.mentee_exchange.mentor_tab
    workspace.window.tabs.setCurrentWidget(mentor_tab)
    assert mentor_tab.history_model.index(0, 1).data() == "Share you wrote"
    next(gen, None)


def test_passphrase_mode_says_to_give_the_passphrase_in_person(dialog, tmp_path, monkeypatch):
    # scrypt costs seconds here; the passphrase itself is tested in the exchange tests.
    monkeypatch.setattr(
        exchange_file, "encrypt_with_passphrase", lambda payload, passphrase: b"sealed"
    )
    dialog.passphrase.setText("otter violin copper meadow river")
    dialog.write_to(tmp_path / "share.rdshare")
    assert dialog.receipt is not None and dialog.receipt.mode is Mode.PASSPHRASE
    reminder = dialog.reminder.text()
    assert "in person or on the phone, not in the same message as the file" in reminder
    assert "otter violin copper meadow river" in reminder
    assert (tmp_path / "share.rdshare").read_bytes() == b"sealed"
