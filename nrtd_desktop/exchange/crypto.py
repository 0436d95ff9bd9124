"""Authenticated encryption of the package parts with a committee passphrase.

scrypt (a memory-hard key derivation, random salt per package) turns the passphrase into a
256-bit key; AES-GCM encrypts each part with a fresh nonce and authenticates it together with
its name and the SHA-256 of the manifest. A short *key check* (a known text encrypted with the
key alone) tells a wrong passphrase apart from a package changed after it was made.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import zlib
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from nrtd_desktop.exchange.messages import ExchangeError

MIN_PASSPHRASE = 8
SCRYPT_N = 2**15  # about 32 MiB and a tenth of a second: slow for guessing, quick for people
SCRYPT_R = 8
SCRYPT_P = 1
NONCE_BYTES = 12
KEY_CHECK_TEXT = b"nrtd-exchange-key-check"
FILE_MAC_PLACEHOLDER = b"0" * 64  # hex of an HMAC-SHA256
MAX_PLAINTEXT = 400 * 1024 * 1024  # a whole plan is a few MB; refuse a decompression bomb


def new_kdf() -> dict[str, Any]:
    return {
        "name": "scrypt",
        "salt": base64.b64encode(os.urandom(16)).decode("ascii"),
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
    }


def check_passphrase(passphrase: str) -> None:
    if len(passphrase or "") < MIN_PASSPHRASE:
        raise ExchangeError("exchange.short_passphrase", minimum=MIN_PASSPHRASE)


def derive_key(passphrase: str, kdf: dict[str, Any]) -> bytes:
    """The key for ``kdf`` (from the manifest). Parameters outside sane bounds are refused so a
    forged manifest cannot make the import spend gigabytes of memory."""
    try:
        n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
        salt = base64.b64decode(kdf["salt"], validate=True)
        if kdf.get("name") != "scrypt" or not (2**14 <= n <= 2**18) or n & (n - 1) or r != 8 or p != 1:
            raise ValueError("key derivation parameters")
        if not 16 <= len(salt) <= 64:
            raise ValueError("salt")
    except (KeyError, ValueError, TypeError) as error:
        raise ExchangeError("exchange.wrong_passphrase") from error
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _aad(name: str, manifest_bytes: bytes) -> bytes:
    return b"nrtd-part:" + name.encode("ascii") + b"\x00" + hashlib.sha256(manifest_bytes).digest()


def seal_key_check(key: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, KEY_CHECK_TEXT, b"nrtd-key-check")


def verify_key_check(key: bytes, sealed: bytes) -> None:
    try:
        if (
            AESGCM(key).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], b"nrtd-key-check")
            != KEY_CHECK_TEXT
        ):
            raise InvalidTag()
    except (InvalidTag, ValueError) as error:
        raise ExchangeError("exchange.wrong_passphrase") from error


def seal_part(key: bytes, name: str, plaintext: bytes, manifest_bytes: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, zlib.compress(plaintext, 6), _aad(name, manifest_bytes))


def open_part(
    key: bytes, name: str, sealed: bytes, manifest_bytes: bytes, expected_sha256: str, path: str
) -> bytes:
    """The part's plaintext, or a refusal if a byte of it or of the manifest changed."""
    try:
        compressed = AESGCM(key).decrypt(
            sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], _aad(name, manifest_bytes)
        )
    except (InvalidTag, ValueError) as error:
        raise ExchangeError("exchange.tampered", path=path, part=name) from error
    inflater = zlib.decompressobj()
    try:
        plaintext = inflater.decompress(compressed, MAX_PLAINTEXT)
    except zlib.error as error:
        raise ExchangeError("exchange.tampered", path=path, part=name) from error
    if inflater.unconsumed_tail:
        raise ExchangeError("exchange.too_large", path=path)
    if digest(plaintext) != expected_sha256:
        raise ExchangeError("exchange.tampered", path=path, part=name)
    return plaintext


def _mac_key(key: bytes) -> bytes:
    return hashlib.sha256(b"nrtd-file-mac\x00" + key).digest()


def file_mac(key: bytes, data_with_placeholder: bytes) -> bytes:
    """HMAC of the whole file, computed with the placeholder where the MAC will stand."""
    return hmac.new(_mac_key(key), data_with_placeholder, hashlib.sha256).hexdigest().encode("ascii")


def verify_file_mac(key: bytes, data: bytes, path: str) -> None:
    size = len(FILE_MAC_PLACEHOLDER)
    found = data[-size:]
    expected = file_mac(key, data[:-size] + FILE_MAC_PLACEHOLDER)
    if len(data) <= size or not hmac.compare_digest(found, expected):
        raise ExchangeError("exchange.tampered", path=path, part="file")
