"""The exchange container and payload: round trips, tampering, limits, the age CLI."""

import base64
import datetime as dt
import json
import os
import pty
import select
import shutil
import subprocess
import time

import pytest

from recovery_desktop.domain.codec import to_plain
from recovery_desktop.domain.errors import (
    ExchangeAuthError,
    ExchangeVersionError,
    InvalidExchangeFileError,
)
from recovery_desktop.domain.exchange_format import schema
from recovery_desktop.domain.journal import JournalEntry
from recovery_desktop.domain.profile import Role
from recovery_desktop.domain.share_selection import ShareChoice
from recovery_desktop.domain.triggers import Encounter, Trigger
from recovery_desktop.services import records, share
from recovery_desktop.services.exchange_file import (
    SIGNED_MAGIC,
    KeyPair,
    _schema,
    decrypt_with_passphrase,
    encrypt_to,
    parse_payload,
)
from tests.helpers.exchange_craft import make_vault, scrypt_encrypt

PASS = "river lantern maple harbor"
WHEN = dt.datetime(2026, 11, 1, 9, tzinfo=dt.UTC)
KEYS = KeyPair.generate()


def _payload(**overrides):
    trigger = Trigger(name="Payday <b>&</b>", rev=3, created_at=WHEN, updated_at=WHEN)
    encounter = Encounter(
        occurred_at=WHEN, trigger_ids=(trigger.id,), rev=1, created_at=WHEN, updated_at=WHEN
    )
    raw = {
        "format": "recovery-desktop-exchange",
        "version": 1,
        "kind": "share",
        "pair_id": "6f1c1c1e-3b9b-4b8e-9a49-2e3d6d9b1a10",
        "sender": {"role": "mentee", "name": "Alex"},
        "sequence": 1,
        "keys": {"age_recipient": KEYS.age_recipient, "signing_key": KEYS.verify_key},
        "created_at": WHEN.isoformat(),
        "records": {"trigger": [to_plain(trigger)], "encounter": [to_plain(encounter)]},
    }
    raw.update(overrides)
    return raw


def _bytes(raw):
    return json.dumps(raw).encode()


def test_the_shipped_schema_is_the_one_the_code_describes():
    assert _schema() == json.loads(json.dumps(schema()))


@pytest.fixture(scope="module")
def real_share(tmp_path_factory):
    """A share written by ``share.write`` in passphrase mode: pyrage's real scrypt cost, once."""
    path = tmp_path_factory.mktemp("real") / "share.rdshare"
    folder, vault = make_vault(path.parent / "vault", Role.MENTEE, "Jordan")
    try:
        records.save(vault, Trigger(name="Payday <b>&</b>"))
        records.save(vault, JournalEntry(entry_date=WHEN.date(), body="shared words", shared=True))
        records.save(vault, JournalEntry(entry_date=WHEN.date(), body="private words"))
        share.write(vault, ShareChoice(), path, PASS)
    finally:
        vault.close()
        folder.release()
    return path


def test_round_trip_through_the_age_container(real_share):
    sealed = real_share.read_bytes()
    assert sealed.startswith(b"age-encryption.org/v1\n-> scrypt ")
    assert b"Payday" not in sealed and b"words" not in sealed
    payload = parse_payload(decrypt_with_passphrase(sealed, PASS))
    assert payload.kind == "share" and payload.sender_name == "Jordan"
    trigger = next(r for r in payload.records if isinstance(r, Trigger))
    assert trigger.name == "Payday <b>&</b>" and trigger.rev == 1
    assert b"private words" not in json.dumps(payload.raw).encode()


@pytest.fixture(scope="module")
def sealed():
    # A cheap scrypt cost: the same age format, without seconds of key derivation per test.
    return scrypt_encrypt(_bytes(_payload()), PASS)


def test_the_cheap_test_files_are_standard_age_files(sealed):
    assert parse_payload(decrypt_with_passphrase(sealed, PASS)).sequence == 1


def test_wrong_passphrase(sealed):
    with pytest.raises(ExchangeAuthError):
        decrypt_with_passphrase(sealed, "not the passphrase")


@pytest.mark.parametrize("damage", ["truncate", "flip_body", "flip_header", "swap_chunks"])
def test_altered_files_do_not_open(sealed, damage):
    data = bytearray(sealed)
    match damage:
        case "truncate":
            data = data[: len(data) - 20]
        case "flip_body":
            data[-10] ^= 0x01
        case "flip_header":
            data[30] ^= 0x01
        case "swap_chunks":
            middle = len(data) // 2
            first, second = data[middle - 8 : middle], data[middle : middle + 8]
            data = data[: middle - 8] + second + first + data[middle + 8 :]
    with pytest.raises(ExchangeAuthError):
        decrypt_with_passphrase(bytes(data), PASS)


@pytest.mark.parametrize("data", [b"", b"age-encryption.org", b"\x00" * 100, b"PK\x03\x04 zip"])
def test_files_that_are_not_age_files_are_invalid_not_tampered(data):
    with pytest.raises(InvalidExchangeFileError):
        decrypt_with_passphrase(data, PASS)


def test_a_newer_version_asks_for_an_update():
    with pytest.raises(ExchangeVersionError):
        parse_payload(_bytes(_payload(version=2)))


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda r: r["records"]["trigger"][0].__setitem__("rev", "3"), "records/trigger/0/rev"),
        (lambda r: r["records"]["trigger"][0].__setitem__("risk", 9), "records/trigger/0/risk"),
        (lambda r: r["records"]["trigger"][0].pop("name"), "records/trigger/0"),
        (lambda r: r["records"]["trigger"][0].__setitem__("extra", 1), "records/trigger/0"),
        (lambda r: r["records"].__setitem__("virus", []), "records"),
        (lambda r: r.__setitem__("kind", "other"), "kind"),
        (
            lambda r: r["records"]["encounter"][0].__setitem__("occurred_at", "yesterday"),
            "records/encounter/0",
        ),
    ],
)
def test_schema_violations_name_the_field(change, where):
    raw = _payload()
    change(raw)
    with pytest.raises(InvalidExchangeFileError) as caught:
        parse_payload(_bytes(raw))
    assert caught.value.where.startswith(where)


@pytest.mark.parametrize("data", [b"", b"not json", b"[]", b"\xff\xfe", b"[" * 10_000, b'"x"'])
def test_garbage_payloads(data):
    with pytest.raises(InvalidExchangeFileError):
        parse_payload(data)


def test_oversized_files_are_refused_before_decrypting():
    with pytest.raises(InvalidExchangeFileError):
        decrypt_with_passphrase(b"x" * (70 * 1024 * 1024), PASS)


def _age(args, passphrase=None, timeout=60.0):
    """Run ``age ARGS`` on a pseudo-terminal (age reads passphrases only from a terminal)."""
    pid, fd = pty.fork()
    if pid == 0:  # the child becomes age, or dies trying
        try:
            os.execvp("age", ["age", *args])
        finally:
            os._exit(127)
    output = b""
    sent = passphrase is None
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 1.0)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            output += chunk
            if not sent and b"passphrase" in output.lower():
                os.write(fd, passphrase.encode() + b"\n")
                sent = True
    finally:
        os.close(fd)
        _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), output


@pytest.fixture
def age_tool():
    """The standard ``age`` tool: CI must have it (.ci/run installs it); elsewhere, skip."""
    if shutil.which("age") is None:
        if os.environ.get("CI"):
            pytest.fail("the age tool is missing, and CI must check interoperability")
        pytest.skip("the age tool is not installed here (Debian package age)")
    subprocess.run(["age", "--version"], check=True, capture_output=True)


def test_the_standard_age_tool_opens_a_share_file(age_tool, real_share):
    code, output = _age(["--decrypt", str(real_share)], PASS)
    assert code == 0, output
    start = output.index(b'{"format":"recovery-desktop-exchange"')
    payload = json.loads(output[start:].strip())
    assert payload["kind"] == "share" and payload["sender"]["name"] == "Jordan"
    assert "shared words" in json.dumps(payload)


def test_the_standard_age_tool_opens_a_paired_file_with_the_identity(age_tool, tmp_path):
    mentor = KeyPair.generate()
    payload = _bytes(_payload())
    path = tmp_path / "feedback.rdfeedback"
    path.write_bytes(encrypt_to(payload, mentor.age_recipient, KEYS))
    identity = tmp_path / "identity.txt"
    identity.write_text(mentor.age_identity + "\n")
    result = subprocess.run(
        ["age", "--decrypt", "--identity", str(identity), str(path)],
        capture_output=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(SIGNED_MAGIC)
    signature, body = result.stdout.removeprefix(SIGNED_MAGIC).split(b"\n", 1)
    assert len(base64.b64decode(signature, validate=True)) == 64  # Ed25519
    assert body == payload
