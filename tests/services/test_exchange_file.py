"""The exchange container and payload: round trips, tampering, limits, the age CLI."""

import datetime as dt
import json
import os
import pty
import shutil
import subprocess

import pytest

from recovery_desktop.domain.codec import to_plain
from recovery_desktop.domain.errors import (
    ExchangeAuthError,
    ExchangeVersionError,
    InvalidExchangeFileError,
)
from recovery_desktop.domain.exchange_format import schema
from recovery_desktop.domain.triggers import Encounter, Trigger
from recovery_desktop.services.exchange_file import (
    _schema,
    decrypt_with_passphrase,
    encrypt_with_passphrase,
    parse_payload,
)

PASS = "river lantern maple harbor"
WHEN = dt.datetime(2026, 11, 1, 9, tzinfo=dt.UTC)


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
        "created_at": WHEN.isoformat(),
        "records": {"trigger": [to_plain(trigger)], "encounter": [to_plain(encounter)]},
    }
    raw.update(overrides)
    return raw


def _bytes(raw):
    return json.dumps(raw).encode()


def test_the_shipped_schema_is_the_one_the_code_describes():
    assert _schema() == json.loads(json.dumps(schema()))


def test_round_trip_through_the_age_container():
    sealed = encrypt_with_passphrase(_bytes(_payload()), PASS)
    assert sealed.startswith(b"age-encryption.org/v1")
    assert b"Payday" not in sealed
    payload = parse_payload(decrypt_with_passphrase(sealed, PASS))
    assert payload.kind == "share" and payload.sender_name == "Alex"
    trigger = next(r for r in payload.records if isinstance(r, Trigger))
    assert trigger.name == "Payday <b>&</b>" and trigger.rev == 3


@pytest.fixture(scope="module")
def sealed():
    return encrypt_with_passphrase(_bytes(_payload()), PASS)


def test_wrong_passphrase(sealed):
    with pytest.raises(ExchangeAuthError):
        decrypt_with_passphrase(sealed, "not the passphrase")


@pytest.mark.parametrize("damage", ["truncate", "flip_body", "flip_header", "swap_chunks", "empty"])
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
        case "empty":
            data = bytearray()
    with pytest.raises(ExchangeAuthError):
        decrypt_with_passphrase(bytes(data), PASS)


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


def _age_decrypt(path, passphrase):
    """Run `age -d` on a pseudo-terminal: age reads passphrases only from a terminal."""
    pid, fd = pty.fork()
    if pid == 0:  # the child becomes age
        os.execvp("age", ["age", "--decrypt", str(path)])
    output = b""
    sent = False
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
        if not sent and b"passphrase" in output.lower():
            os.write(fd, passphrase.encode() + b"\n")
            sent = True
    os.waitpid(pid, 0)
    return output


@pytest.mark.skipif(
    shutil.which("age") is None and not os.environ.get("CI"),
    reason="the age tool is not installed here (.ci/run installs it; CI fails without it)",
)
def test_the_standard_age_tool_opens_our_files(tmp_path):
    path = tmp_path / "share.rdshare"
    path.write_bytes(encrypt_with_passphrase(b'{"hello": "mentor"}', PASS))
    assert b'{"hello": "mentor"}' in _age_decrypt(path, PASS)
    subprocess.run(["age", "--version"], check=True, capture_output=True)
