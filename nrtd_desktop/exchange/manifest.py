"""The package manifest: who made it, for whom, in which order, and a fingerprint of each part.

The manifest is readable without the passphrase (the review shows who sent the package), but it is
authenticated: every encrypted part is bound to the SHA-256 of the manifest's exact bytes, so a
changed manifest makes every part fail to open (``crypto.open_part``).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from nrtd_desktop.exchange.messages import ExchangeError

FORMAT_NAME = "nrtd-exchange"
# 2: the manifest names the committee (``committee``). Format 1 packages are still read (no
# committee: the review says it cannot be checked); a program knowing only format 1 says that a
# newer version made the package instead of failing on the unknown field.
FORMAT_VERSION = 2
SUFFIX = ".nrtdpkg"

MANIFEST_NAME = "manifest.json"
KEY_CHECK_NAME = "key-check.bin"
RECORDS_PART = "records.bin"
DELETIONS_PART = "deletions.bin"
PART_NAMES = (RECORDS_PART, DELETIONS_PART)
ENTRY_NAMES = (MANIFEST_NAME, KEY_CHECK_NAME, *PART_NAMES)


@dataclass(frozen=True)
class Party:
    """A laptop and its person: the sender, or what the sender knows of the receiver."""

    site_id: str = ""
    name: str = ""
    entity: str = ""
    computer: str = ""
    role: str = ""


@dataclass(frozen=True)
class Manifest:
    package_id: str
    schema_version: str
    sender: Party
    receiver: Party
    channel: str  # the receiver as the sender's sequence counts it: a site id, entity:CODE or all
    sequence: int
    created_at: str  # the sender's clock: shown to people, never used to decide anything
    scope: dict[str, Any]  # {"kind": "entities" | "all" | "since_last", "entities": [codes]}
    counts: dict[str, int]
    parts: dict[str, dict[str, Any]]  # part name -> {"sha256": hex of the plaintext, "size": bytes}
    kdf: dict[str, Any]
    cipher: str = "AES-256-GCM"
    format: str = FORMAT_NAME
    format_version: int = FORMAT_VERSION
    program_version: str = ""
    # {"id", "provisional", "applied": [ids of the last packages the sender applied]}
    # (exchange/committee.py); empty in a format 1 package.
    committee: dict[str, Any] = field(default_factory=dict)

    def to_bytes(self) -> bytes:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes, path: str) -> Manifest:
        try:
            raw = json.loads(data.decode("utf-8"))
            if not isinstance(raw, dict) or raw.get("format") != FORMAT_NAME:
                raise ValueError("not an exchange manifest")
            version = int(raw.get("format_version", 0))
            if version > FORMAT_VERSION:
                raise ExchangeError(
                    "exchange.newer_format", found=version, schema=raw.get("schema_version", "?")
                )
            raw["sender"] = Party(**raw["sender"])
            raw["receiver"] = Party(**raw["receiver"])
            manifest = cls(**raw)
            if not isinstance(manifest.sequence, int) or manifest.sequence < 1:
                raise ValueError("bad sequence number")
            if set(manifest.parts) != set(PART_NAMES):
                raise ValueError("unexpected parts")
            if not isinstance(manifest.committee, dict):
                raise ValueError("bad committee")
        except ExchangeError:
            raise
        except (ValueError, TypeError, KeyError, UnicodeDecodeError) as error:
            raise ExchangeError("exchange.not_a_package", path=path, reason=f"manifest: {error}") from error
        return manifest
