"""Fuzzing the import: mutated files and mutated payloads never crash, hang or change a vault.

Over ten thousand mutants with a fixed seed: random bit flips, truncations, insertions,
deletions, chunk swaps and header-line edits of a valid paired share, then payloads that
were mutated as JSON (or as text) and *correctly* signed and encrypted again, so they reach
the payload checks and the import logic. Every import must end in a ``RecoveryError``
(never another exception), in well under five seconds, and leave both vaults as they were.

Run with ``-s`` to see the figures.
"""

from __future__ import annotations

import base64
import collections
import json
import random
import time
from collections.abc import Iterator
from typing import Any

import pytest

from recovery_desktop.domain.errors import (
    ExchangeAuthError,
    InvalidExchangeFileError,
    RecoveryError,
)
from recovery_desktop.services import exchange
from recovery_desktop.storage.vault import OpenVault
from tests.helpers.exchange_craft import (
    chunk_spans,
    dumps,
    scrypt_encrypt,
    vault_digest,
)
from tests.helpers.exchange_world import SHARE_PASS, World, build_world

SEED = 20261126
FILE_MUTANTS = 9_000
PAYLOAD_MUTANTS = 1_000
CHECK_EVERY = 500
HANG_S = 5.0

#: Work factors a header edit may write. Costs between 13 and the cap are left out: they
#: are legitimate (the import then really runs scrypt, seconds at the cap) and not fuzz.
WORK_FACTORS = [b"1", b"5", b"10", b"23", b"30", b"99", b"100", b"1000", b"x", b"-1", b""]
STANZA_TYPES = [b"X25519", b"scrypt", b"ssh-ed25519", b"piv-p256", b"grease-!", b"", b"->"]
VALUES: list[Any] = [
    None,
    True,
    False,
    0,
    -1,
    1.5,
    2**53 + 1,
    -(2**63),
    "",
    "x",
    "x" * 300,
    "00000000-0000-4000-8000-000000000000",
    "2026-11-21",
    "2026-11-21T10:00:00",
    "2026-11-21T10:00:00+14:00",
    "0001-01-01T00:00:00+01:00",
    "mentor",
    "mentee",
    "share",
    "feedback",
    "age1" + "q" * 58,
    "\u202e\u0000<b>",
    [],
    [1, 2],
    ["a" * 36],
    {},
    {"rev": 1},
]
TEXT_INSERTS = [
    b"{",
    b"}",
    b"[",
    b"]",
    b'"',
    b"\\",
    b",",
    b":",
    b"\\ud800",
    b"\xff",
    b"NaN",
    b"1e999",
]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    made = build_world(tmp_path_factory.mktemp("fuzz"))
    yield made
    made.close()


def _passphrase() -> str:
    return SHARE_PASS  # a header edit may turn a paired file into a passphrase one


class Tally:
    """Times and outcomes of every import, and the failures to report."""

    def __init__(self) -> None:
        self.times: list[float] = []
        self.outcomes: collections.Counter[str] = collections.Counter()
        self.failures: list[str] = []

    def run(self, what: str, vault: OpenVault, data: bytes) -> None:
        started = time.perf_counter()
        try:
            exchange.import_file(vault, data, _passphrase)
        except RecoveryError as expected:
            name = type(expected).__name__
            if "does not own" in str(expected):
                name += " (ownership, in the merge)"
            self.outcomes[name] += 1
        except Exception as unexpected:
            self.failures.append(f"{what}: {type(unexpected).__name__}: {unexpected}"[:300])
        else:
            self.failures.append(f"{what}: accepted")
        self.times.append(time.perf_counter() - started)

    def report(self, title: str) -> str:
        mean = sum(self.times) / len(self.times)
        kinds = ", ".join(f"{name} {count}" for name, count in self.outcomes.most_common())
        return (
            f"{title}: {len(self.times)} imports, max {max(self.times) * 1000:.1f} ms, "
            f"mean {mean * 1000:.2f} ms; {kinds}"
        )


# --- file mutations -----------------------------------------------------------------------


def _header_lines(data: bytes) -> tuple[list[bytes], bytes]:
    end = data.index(b"\n", data.index(b"\n---") + 1) + 1
    return data[:end].split(b"\n")[:-1], data[end:]


def _edit_header(rng: random.Random, data: bytes) -> bytes:
    lines, rest = _header_lines(data)
    index = rng.randrange(len(lines))
    line = lines[index]
    match rng.randrange(7):
        case 0:
            del lines[index]
        case 1:
            lines.insert(index, line)
        case 2 if line.startswith(b"-> "):
            parts = line.split(b" ")
            parts[1] = rng.choice(STANZA_TYPES)
            lines[index] = b" ".join(parts)
        case 3 if line.startswith(b"-> "):
            salt = base64.b64encode(rng.randbytes(16)).rstrip(b"=")
            if rng.random() < 0.3:
                salt = salt[:-1]
            lines[index] = b"-> scrypt " + salt + b" " + rng.choice(WORK_FACTORS)
        case 4:
            lines.insert(index, b"-> grease-" + rng.randbytes(3).hex().encode() + b" x")
        case 5:
            position = rng.randrange(len(line) + 1)
            lines[index] = (
                line[:position] + rng.choice([b" ", b"=", b"A", b"\r", b""]) + line[position:]
            )
        case _:
            lines[index] = line.replace(b"v1", b"v2").replace(b"---", b"--")
    return b"\n".join(lines) + b"\n" + rest


def _mutate_file(rng: random.Random, data: bytes) -> tuple[str, bytes]:
    """A changed copy of ``data`` (an edit that happens to change nothing is drawn again)."""
    while True:
        op, changed = _mutate_file_once(rng, data)
        if changed != data:
            return op, changed


def _mutate_file_once(rng: random.Random, data: bytes) -> tuple[str, bytes]:
    spans = chunk_spans(data)
    header_end = spans[0][0]
    op = rng.choice(["flip", "flip", "truncate", "insert", "delete", "chunks", "header"])
    changed = bytearray(data)
    match op:
        case "flip":
            for _ in range(rng.randint(1, 8)):
                limit = header_end if rng.random() < 0.3 else len(changed)
                changed[rng.randrange(limit)] ^= 1 << rng.randrange(8)
        case "truncate":
            changed = changed[: rng.randrange(len(changed))]
        case "insert":
            position = rng.randrange(len(changed) + 1)
            changed[position:position] = rng.randbytes(rng.randint(1, 64))
        case "delete":
            position = rng.randrange(len(changed))
            del changed[position : position + rng.randint(1, 4096)]
        case "chunks":
            pieces = [data[start:end] for start, end in spans]
            match rng.randrange(4):
                case 0:
                    first, second = rng.sample(range(len(pieces)), 2)
                    pieces[first], pieces[second] = pieces[second], pieces[first]
                case 1:
                    del pieces[rng.randrange(len(pieces))]
                case 2:
                    index = rng.randrange(len(pieces))
                    pieces.insert(index, pieces[index])
                case _:
                    pieces.reverse()
            changed = bytearray(data[:header_end] + b"".join(pieces))
        case _:
            changed = bytearray(_edit_header(rng, data))
    return op, bytes(changed)


# --- payload mutations --------------------------------------------------------------------


def _nodes(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    yield path, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _nodes(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _nodes(item, (*path, index))


def _at(raw: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        raw = raw[part]
    return raw


def _mutate_tree(rng: random.Random, raw: dict[str, Any]) -> str:
    path, node = rng.choice(list(_nodes(raw))[1:])
    parent = _at(raw, path[:-1])
    key = path[-1]
    op = rng.choice(["replace", "replace", "delete", "add", "duplicate", "retype"])
    match op:
        case "replace":
            parent[key] = rng.choice(VALUES)
        case "delete":
            del parent[key]
        case "add" if isinstance(node, dict):
            node[rng.choice(["extra", "id", "rev", "owner", "__proto__", "records"])] = rng.choice(
                VALUES
            )
        case "add" if isinstance(node, list):
            node.append(rng.choice(VALUES))
        case "duplicate" if isinstance(parent, list):
            parent.insert(key, json.loads(json.dumps(node)))
        case "retype":
            parent[key] = [node] if rng.random() < 0.5 else {"value": node}
        case _:
            parent[key] = rng.choice(VALUES)
    return f"tree {op} at {'/'.join(map(str, path))}"


def _poison(raw: dict[str, Any], owner: str) -> bool:
    """Make one record the other side's, so the import must fail in the merge (or earlier)."""
    records = raw.get("records")
    if not isinstance(records, dict):
        return False
    for items in records.values():
        if isinstance(items, list) and items and isinstance(items[0], dict):
            items[0]["owner"] = owner
            return True
    return False


def _mutate_text(rng: random.Random, text: bytes) -> tuple[str, bytes]:
    # Leave the sequence number alone, so that a still-valid mutant is a stale file.
    marker = text.index(b'"sequence":')
    protected = range(marker, text.index(b",", marker))
    position = rng.randrange(len(text))
    while position in protected:
        position = rng.randrange(len(text))
    changed = bytearray(text)
    op = rng.choice(["flip", "insert", "delete", "truncate"])
    match op:
        case "flip":
            changed[position] ^= 1 << rng.randrange(8)
        case "insert":
            changed[position:position] = rng.choice(TEXT_INSERTS)
        case "delete":
            end = position + rng.randint(1, 16)
            del changed[position : min(end, protected.start) if position < marker else end]
        case _:
            changed = changed[: max(position, protected.stop)]
    return f"text {op} at {position}", bytes(changed)


def _small(raw: dict[str, Any]) -> dict[str, Any]:
    """The payload with two short triggers: schema validation dominates each import."""
    triggers = raw["records"]["trigger"][:2]
    for item in triggers:
        item["description"] = item["description"][:40]
    raw["records"]["trigger"] = triggers
    return raw


def test_ten_thousand_mutants_never_crash_hang_or_change_a_vault(world: World) -> None:
    rng = random.Random(SEED)
    vaults = (world.mentee, world.mentor)
    before = [vault_digest(vault) for vault in vaults]
    checks = 0
    files, payloads = Tally(), Tally()

    def check() -> None:
        nonlocal checks
        checks += 1
        failures = files.failures + payloads.failures  # an accepted mutant first, if any
        assert not failures, "\n".join(failures[:20])
        assert [vault_digest(vault) for vault in vaults] == before

    for number in range(1, FILE_MUTANTS + 1):
        op, data = _mutate_file(rng, world.fresh_share)
        files.run(f"file #{number} ({op})", world.mentor, data)
        if number % CHECK_EVERY == 0:
            check()

    share_base, feedback_base = _small(world.share_raw()), world.feedback_raw()
    assert world.share_payload["sequence"] == 3 and world.feedback_payload["sequence"] == 2
    for number in range(1, PAYLOAD_MUTANTS + 1):
        to_mentor = rng.random() < 0.7
        raw = json.loads(json.dumps(share_base if to_mentor else feedback_base))
        stale, fresh = (2, 3) if to_mentor else (1, 2)
        raw["sequence"] = stale
        if rng.random() < 0.5:
            what, text = _mutate_text(rng, dumps(raw))
        else:
            what = " + ".join(_mutate_tree(rng, raw) for _ in range(rng.randint(1, 3)))
            if _poison(raw, "mentor" if to_mentor else "mentee"):
                raw["sequence"] = fresh  # past the replay check, into the merge
            text = dumps(raw)
        data = world.from_mentee(text) if to_mentor else world.from_mentor(text)
        vault = world.mentor if to_mentor else world.mentee
        payloads.run(f"payload #{number} ({what})", vault, data)
        if number % CHECK_EVERY == 0:
            check()
    check()

    print()
    print(files.report("mutated files"))
    print(payloads.report("mutated payloads"))
    print(f"vault hashes compared {checks} times")
    assert len(files.times) + len(payloads.times) >= 10_000
    assert max(files.times + payloads.times) < HANG_S


@pytest.mark.parametrize(
    ("factor", "error"),
    [
        (b"23", InvalidExchangeFileError),
        (b"30", InvalidExchangeFileError),
        (b"99", InvalidExchangeFileError),
        (b"100", ExchangeAuthError),
        (b"0030", ExchangeAuthError),
        (b"x", ExchangeAuthError),
        (b"", ExchangeAuthError),
    ],
)
def test_an_absurd_scrypt_cost_is_refused_at_once(
    world: World, factor: bytes, error: type[RecoveryError]
) -> None:
    data = scrypt_encrypt(dumps(world.share_raw()), SHARE_PASS)
    stanza = data.split(b"\n")[1]
    assert stanza.startswith(b"-> scrypt ") and int(stanza.split(b" ")[3]) <= 12
    forged = data.replace(stanza, stanza.rsplit(b" ", 1)[0] + b" " + factor, 1)
    before = vault_digest(world.mentor)
    started = time.perf_counter()
    with pytest.raises(RecoveryError) as caught:
        exchange.import_file(world.mentor, forged, lambda: SHARE_PASS)
    elapsed = time.perf_counter() - started
    print(f"work factor {factor.decode() or '(none)'}: refused in {elapsed * 1000:.1f} ms")
    assert elapsed < 0.5
    assert type(caught.value) is error
    if error is InvalidExchangeFileError:
        assert "unreasonable" in str(caught.value)
    assert vault_digest(world.mentor) == before
