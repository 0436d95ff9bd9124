"""The user's settings: a typed dataclass kept as JSON in the per-user configuration folder.

Qt-free so that the command line and the tests read the same file the window writes. The file is
written atomically (temporary file, fsync, rename) so a crash never leaves half a file, and a
damaged or hand-edited file falls back to the defaults instead of stopping the program.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any, Literal

import platformdirs

from nrtd_desktop.atomic import atomic_write_text
from nrtd_desktop.domain.lang import LANGS, Lang

log = logging.getLogger(__name__)

APP_NAME = "NRTD Desktop"
CONFIG_DIR_ENV = "NRTD_CONFIG_DIR"
SETTINGS_FILE = "settings.json"
INSTALLATION_FILE = "installation.json"
# Tests and scripted set-ups that run one installation over several configuration folders.
INSTALLATION_ENV = "NRTD_INSTALLATION_ID"

Role = Literal["coordinator", "member"]

_CHOICES: dict[str, tuple[str, ...]] = {
    "language": LANGS,
    "role": ("coordinator", "member"),
    "number_style": ("western", "arabic"),
}


def config_dir() -> Path:
    """Where settings live: ``$NRTD_CONFIG_DIR`` when set (tests, portable installs), else the OS place."""
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class Settings:
    language: Lang = "ar"
    user_name: str = ""
    user_entity: str = ""  # the code of the entity the user represents
    role: Role = "member"
    show_hijri: bool = True
    last_database: str = ""
    backup_folder: str = ""
    logo_path: str = ""
    committee_name_ar: str = "اللجنة الدائمة لإعداد مشاريع التقارير الوطنية"
    committee_name_en: str = "Standing Committee for Preparing Draft National Reports"
    # Digits of the printed reports, the same for counts, percentages and dates: "western" (0-9)
    # or "arabic" (Arabic-Indic, ٠-٩, in Arabic reports).
    number_style: str = "western"
    # The first-start tour was finished or skipped (issue 27): it starts by itself no more.
    tour_seen: bool = False

    def committee_name(self, lang: Lang | None = None) -> str:
        return self.committee_name_ar if (lang or self.language) == "ar" else self.committee_name_en

    def with_changes(self, **changes: Any) -> Settings:
        return replace(self, **changes)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Settings:
        """Keep the known keys whose values have the right type; drop the rest quietly."""
        defaults = cls()
        kept: dict[str, Any] = {}
        for f in fields(cls):
            if f.name not in data:
                continue
            value = data[f.name]
            expected = type(getattr(defaults, f.name))
            if not isinstance(value, expected) or (f.name in _CHOICES and value not in _CHOICES[f.name]):
                log.warning("settings: ignoring %s=%r", f.name, value)
                continue
            kept[f.name] = value
        return cls(**kept)


def settings_path(folder: Path | None = None) -> Path:
    return (folder or config_dir()) / SETTINGS_FILE


def load_settings(folder: Path | None = None) -> Settings:
    """The saved settings, or the defaults when the file is missing or unreadable."""
    path = settings_path(folder)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        log.warning("settings file %s cannot be read (%s); using the defaults", path, exc)
        return Settings()
    if not isinstance(data, dict):
        log.warning("settings file %s does not hold an object; using the defaults", path)
        return Settings()
    return Settings.from_dict(data)


def save_settings(settings: Settings, folder: Path | None = None) -> Path:
    """Write the settings atomically: the old file stays whole if anything fails."""
    path = settings_path(folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(asdict(settings), ensure_ascii=False, indent=2)
    atomic_write_text(path, text)
    return path


def installation_id(folder: Path | None = None) -> str | None:
    """This installation's own id, made once and kept in the configuration folder.

    A database's site belongs to the installation that made it (``sites.py``): a
    database file copied to another computer (another installation) is recognised there. Two
    programs starting at once agree on one id (the file is created whole, once, with
    ``O_EXCL``-like linking). None when the folder cannot be written: the copy check is then
    skipped rather than asking at every start.
    """
    override = os.environ.get(INSTALLATION_ENV)
    if override and folder is None:
        return override
    path = (folder or config_dir()) / INSTALLATION_FILE
    found = _read_installation(path)
    if found:
        return found
    import uuid
    from datetime import UTC, datetime

    from nrtd_desktop.atomic import temp_path_for

    text = json.dumps({"installation_id": str(uuid.uuid4()),
                       "created": datetime.now(UTC).isoformat(timespec="seconds")})
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = temp_path_for(path)
        tmp.write_text(text, encoding="utf-8")
        try:
            os.link(tmp, path)  # fails if another program made it first: its id wins
        except FileExistsError:
            pass
        except OSError:  # no hard links here (some file systems): replace is still whole
            if not path.exists():
                os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("the installation id cannot be saved in %s (%s)", path.parent, exc)
        return None
    return _read_installation(path)


def _read_installation(path: Path) -> str | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    value = data.get("installation_id") if isinstance(data, dict) else None
    return value if isinstance(value, str) and value else None
