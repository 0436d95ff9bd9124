"""The Windows installer script compiles with makensis (Debian's ``nsis``), warnings included.

The real input is a Windows onedir build, which only Windows can make; a stub folder with the
same layout proves the script itself is sound. ``-WX`` turns every NSIS warning (a LangString
missing in one language, an unused variable...) into a failure; ``-NOCD`` keeps relative output
names in the test's folder instead of beside the script.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.packaging.conftest import ROOT
from tests.tools import require

SCRIPT = ROOT / "packaging" / "windows" / "nrtd.nsi"


def makensis() -> str:
    return require("makensis")


def stub_folder(base: Path) -> Path:
    folder = base / "nrtd-desktop"
    (folder / "_internal" / "resources").mkdir(parents=True)
    (folder / "nrtd-desktop.exe").write_bytes(b"MZ stub")
    (folder / "nrtd.exe").write_bytes(b"MZ stub")
    (folder / "_internal" / "resources" / "README.txt").write_text("stub", encoding="utf-8")
    return folder


def compile_script(tmp_path: Path, *defines: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [makensis(), "-V2", "-WX", "-NOCD", *defines, str(SCRIPT)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_installer_compiles_from_a_onedir_folder(tmp_path: Path, bundle) -> None:  # type: ignore[no-untyped-def]
    setup = tmp_path / "nrtd-desktop-test-installer.exe"  # "setup.exe" itself is a warning
    result = compile_script(
        tmp_path,
        f"-DSOURCE_DIR={stub_folder(tmp_path)}",
        f"-DVERSION={bundle.version()}",
        f"-DOUTFILE={setup}",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    data = setup.read_bytes()
    assert data[:2] == b"MZ", "not a Windows executable"
    assert b"NullsoftInst" in data  # the NSIS installer header
    assert len(data) > 50_000  # the installer UI and the two language tables are in it


def test_default_output_name_carries_the_version(tmp_path: Path, bundle) -> None:  # type: ignore[no-untyped-def]
    source = stub_folder(tmp_path)
    result = compile_script(tmp_path, f"-DSOURCE_DIR={source}", f"-DVERSION={bundle.version()}")
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / f"nrtd-desktop-{bundle.version()}-windows-setup.exe").is_file()


def test_the_script_refuses_to_build_without_its_input_folder(tmp_path: Path) -> None:
    result = compile_script(tmp_path, "-DVERSION=0.1.0")
    assert result.returncode != 0
    assert "SOURCE_DIR" in result.stdout + result.stderr


def test_installer_is_per_user_bilingual_and_keeps_data_unless_asked() -> None:
    """What the issue asks of the installer, as written in the script a reviewer reads."""
    text = SCRIPT.read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in text
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\NRTD Desktop"' in text
    assert '!insertmacro MUI_LANGUAGE "Arabic"' in text and '!insertmacro MUI_LANGUAGE "English"' in text
    assert "$SMPROGRAMS" in text and "$DESKTOP" in text
    # The data folder is removed only under the checkbox's (or /REMOVEDATA's) flag.
    removal = [line.strip() for line in text.splitlines() if 'RMDir /r "${DATA_DIR}"' in line]
    assert removal, "the uninstaller never offers to remove the data folder"
    before = text.split('RMDir /r "${DATA_DIR}"')[0].rstrip().splitlines()[-1]
    assert '${If} $RemoveData == "1"' in before
