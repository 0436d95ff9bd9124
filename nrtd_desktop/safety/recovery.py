"""The committee's recovery key: opens an encrypted database whose passphrase is forgotten.

At encryption a key pair is made (X25519). The private half is the *recovery key*, shown once as
text for the coordinator to print and keep in the safe (``NRTD-XXXX-XXXX-…``); this program keeps
no copy of it. The public half stays inside the encrypted database (meta ``recovery_public_key``).

Every key the database is ever encrypted with (at encryption and at each change of passphrase)
is sealed to that public key: an ephemeral X25519 exchange, HKDF-SHA256, AES-GCM. The sealed
keys go into the *escrow file* beside the database (``nrtd.sqlite.recovery``) and into a copy in
the backup folder (``<name>.recovery``). The escrow is safe to lose to a thief: without the
printed recovery key it opens nothing. Because the public key is in the database, a change of
passphrase (a real rekey) escrows the new key without asking for the recovery key.

Recovering: the printed key, then every sealed entry of the file's family (its salt) is opened
and tried on the file; the first that reads it is the key. The member then sets a new
passphrase (``safety.encryption.change_passphrase``).
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nrtd_desktop.atomic import atomic_write_text
from nrtd_desktop.db import cipher
from nrtd_desktop.db.cipher import DatabaseKey
from nrtd_desktop.domain.errors import NrtdError

ESCROW_SUFFIX = ".recovery"
ESCROW_FORMAT = 1
META_PUBLIC_KEY = "recovery_public_key"
PREFIX = "NRTD"
_INFO = b"nrtd-recovery-escrow-1"
# cryptography is imported by the functions that seal and unseal (25 ms of CPU): the window's start
# loads this module (safety -> restore -> encryption) but never makes or reads a recovery key.

MESSAGE_TEXTS: dict[str, tuple[str, str]] = {
    "recovery.bad_text": (
        "This is not a recovery key: it is NRTD- followed by 13 groups of 4 letters and digits.",
        "هذا ليس مفتاح استرداد: يبدأ المفتاح بـ NRTD- وتليه 13 مجموعة من 4 حروف وأرقام.",
    ),
    "recovery.no_escrow": (
        "No recovery file was found for '{path}' (looked for {looked}). Copy the file '{name}' from the "
        "backup folder next to the database and try again.",
        "لم يُعثر على ملف الاسترداد لـ «{path}» (بُحث في {looked}). انسخ الملف «{name}» من مجلد النسخ "
        "الاحتياطية إلى جانب قاعدة البيانات ثم أعد المحاولة.",
    ),
    "recovery.wrong_key": (
        "This recovery key does not open '{path}'.",
        "مفتاح الاسترداد هذا لا يفتح «{path}».",
    ),
}


@dataclass(frozen=True)
class RecoveryKey:
    """The private half, shown once; ``text`` is what the coordinator prints."""

    private: bytes

    @property
    def text(self) -> str:
        letters = base64.b32encode(self.private).decode("ascii").rstrip("=")  # 52 letters
        return "-".join([PREFIX, *(letters[i:i + 4] for i in range(0, len(letters), 4))])

    @property
    def public(self) -> bytes:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

        return X25519PrivateKey.from_private_bytes(self.private).public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    @classmethod
    def new(cls) -> RecoveryKey:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

        private = X25519PrivateKey.generate()
        return cls(private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                         serialization.NoEncryption()))

    @classmethod
    def parse(cls, text: str) -> RecoveryKey:
        """Read a typed key: case, spaces, dashes and the Arabic-keyboard digits forgiven."""
        cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
        cleaned = cleaned.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
        cleaned = cleaned.removeprefix(PREFIX)
        cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")  # base32 has no 0/1/8
        if len(cleaned) != 52:
            raise NrtdError("recovery.bad_text")
        try:
            return cls(base64.b32decode(cleaned + "====")[:32])
        except ValueError as exc:
            raise NrtdError("recovery.bad_text") from exc

    def __repr__(self) -> str:
        return "RecoveryKey(…)"


def _wrapping_key(shared: bytes, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_INFO).derive(shared)


def seal(key: DatabaseKey, public: bytes) -> dict[str, Any]:
    """One escrow entry: ``key`` sealed to the recovery public key."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public))
    nonce = os.urandom(12)
    wrapped = AESGCM(_wrapping_key(shared, key.salt)).encrypt(nonce, key.key, key.salt)
    raw = serialization.Encoding.Raw
    ephemeral_public = ephemeral.public_key().public_bytes(raw, serialization.PublicFormat.Raw)
    return {"salt": key.salt.hex(), "key_id": key.key_id, "ephemeral": ephemeral_public.hex(),
            "nonce": nonce.hex(), "sealed": wrapped.hex()}


def unseal(entry: dict[str, Any], recovery: RecoveryKey) -> DatabaseKey | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        salt = bytes.fromhex(entry["salt"])
        shared = X25519PrivateKey.from_private_bytes(recovery.private).exchange(
            X25519PublicKey.from_public_bytes(bytes.fromhex(entry["ephemeral"])))
        raw = AESGCM(_wrapping_key(shared, salt)).decrypt(bytes.fromhex(entry["nonce"]),
                                                           bytes.fromhex(entry["sealed"]), salt)
        return DatabaseKey(key=raw, salt=salt)
    except (InvalidTag, KeyError, ValueError):
        return None


# ---- the escrow files -----------------------------------------------------------------------------

def escrow_paths(db_path: Path, backup_folder: Path | None = None) -> list[Path]:
    """Beside the database, and its copy in the backup folder."""
    db_path = Path(db_path)
    paths = [db_path.with_name(db_path.name + ESCROW_SUFFIX)]
    if backup_folder is not None:
        paths.append(Path(backup_folder) / f"{db_path.stem}{ESCROW_SUFFIX}")
    return paths


def read_entries(path: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    entries = data.get("entries") if isinstance(data, dict) else None
    return [e for e in entries if isinstance(e, dict)] if isinstance(entries, list) else []


def add_to_escrow(db_path: Path, key: DatabaseKey, public: bytes, backup_folder: Path | None = None
                  ) -> list[Path]:
    """Seal ``key`` and add it to every escrow file (kept: every earlier key, for old backups)."""
    written = []
    for path in escrow_paths(db_path, backup_folder):
        entries = [e for e in read_entries(path) if e.get("key_id") != key.key_id]
        entries.append(seal(key, public))
        payload = {"format": ESCROW_FORMAT, "what": "NRTD Desktop: database keys sealed to the committee's "
                   "recovery key (useless without it)", "entries": entries}
        with contextlib.suppress(OSError):
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_text(path, json.dumps(payload, indent=1))
            written.append(path)
    return written


def recover_key(path: Path, recovery: RecoveryKey, escrow: list[Path]) -> DatabaseKey:
    """The key that opens ``path`` (a database or a backup), found with the recovery key."""
    salt = cipher.salt_of(path)
    existing = [p for p in escrow if p.is_file()]
    if not existing:
        raise NrtdError("recovery.no_escrow", path=str(path), looked=", ".join(map(str, escrow)),
                        name=escrow[-1].name if escrow else "")
    for escrow_file in existing:
        for entry in read_entries(escrow_file):
            if salt is not None and entry.get("salt") != salt.hex():
                continue
            key = unseal(entry, recovery)
            if key is not None and cipher.opens(path, key):
                return key
    raise NrtdError("recovery.wrong_key", path=str(path))
