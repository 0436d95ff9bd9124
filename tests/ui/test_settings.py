"""The user's settings file: defaults, round trip, damage, unknown keys (no Qt)."""

from __future__ import annotations

import json
from pathlib import Path

from nrtd_desktop.settings import Settings, config_dir, load_settings, save_settings, settings_path


def test_defaults_are_arabic_and_the_committee() -> None:
    settings = load_settings()
    assert settings.language == "ar"
    assert settings.committee_name() == "اللجنة الدائمة لإعداد مشاريع التقارير الوطنية"
    assert settings.committee_name("en") == "Standing Committee for Preparing Draft National Reports"


def test_the_environment_variable_chooses_the_folder(tmp_path: Path) -> None:
    assert config_dir() == tmp_path / "config"


def test_saved_settings_come_back(tmp_path: Path) -> None:
    chosen = Settings(language="en", user_name="فاطمة", user_entity="MOJ", role="coordinator",
                      show_hijri=False, last_database=str(tmp_path / "x.sqlite"))
    path = save_settings(chosen)
    assert path == settings_path()
    assert load_settings() == chosen
    assert json.loads(path.read_text(encoding="utf-8"))["user_name"] == "فاطمة"
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]


def test_a_damaged_file_falls_back_to_the_defaults() -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b'{"language": "en", "user_na')
    assert load_settings() == Settings()
    path.write_text("[1, 2]", encoding="utf-8")
    assert load_settings() == Settings()


def test_unknown_keys_and_wrong_values_are_ignored() -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"language": "fr", "role": "coordinator", "show_hijri": "yes",
                                "theme_colour": "green", "user_name": "Ali"}), encoding="utf-8")
    settings = load_settings()
    assert settings.language == "ar"  # "fr" is not a language of the program
    assert settings.role == "coordinator"
    assert settings.show_hijri is True
    assert settings.user_name == "Ali"
