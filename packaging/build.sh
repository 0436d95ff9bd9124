#!/usr/bin/env bash
# Build the Linux installers of NRTD Desktop, from the repository root or anywhere:
#
#     bash packaging/build.sh            # onedir bundle, tar.gz, .deb, and the NSIS script compiled
#     bash packaging/build.sh --no-nsis  # without the NSIS compile check
#     bash packaging/build.sh --reuse    # pack the onedir folder already built (no PyInstaller run)
#
# Writes into dist/:
#     nrtd-desktop-<version>-linux-x86_64.tar.gz   the onedir folder (unpack anywhere, run ./nrtd-desktop)
#     nrtd-desktop_<version>_amd64.deb             installs to /opt/nrtd-desktop, /usr/bin/nrtd{,-desktop}
#     nrtd-desktop-<version>-nsis-stub-setup.exe   only proves packaging/windows/nrtd.nsi compiles: it
#                                                  wraps a stub folder, not a Windows build (see README)
# The bundled program checks itself before anything is packed (nrtd selfcheck, no network, env -i).
# Environment: PYTHON (default .venv/bin/python), DIST (default dist/), BUILD (default build/packaging/).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
DIST="${DIST:-$ROOT/dist}"
BUILD="${BUILD:-$ROOT/build/packaging}"
NSIS=1
REUSE=0
for arg in "$@"; do
    case "$arg" in
        --no-nsis) NSIS=0 ;;
        --reuse) REUSE=1 ;;
        *) echo "build.sh: unknown option $arg (known: --no-nsis, --reuse)" >&2; exit 2 ;;
    esac
done

say() { printf '\n== %s\n' "$*"; }
size() { du -sh "$1" | cut -f1; }

cd "$ROOT"
[ -x "$PYTHON" ] || { echo "build.sh: no Python at $PYTHON (make the venv: python3 -m venv .venv && .venv/bin/pip install -e .)" >&2; exit 1; }

say "PyInstaller"
if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
    echo "PyInstaller is missing in $("$PYTHON" -c 'import sys; print(sys.prefix)'): installing it"
    "$PYTHON" -m pip install -q 'pyinstaller>=6.5'
fi
"$PYTHON" -m PyInstaller --version

VERSION="$("$PYTHON" -c "import sys; sys.path.insert(0, 'packaging'); import nrtd_bundle; print(nrtd_bundle.version())")"
ARCH="$(uname -m)"
case "$ARCH" in x86_64) DEB_ARCH=amd64 ;; aarch64) DEB_ARCH=arm64 ;; *) DEB_ARCH="$ARCH" ;; esac
echo "NRTD Desktop $VERSION for linux-$ARCH"

say "Onedir bundle"
BUNDLE="$BUILD/dist/nrtd-desktop"
mkdir -p "$BUILD" "$DIST"
if [ "$REUSE" = 1 ] && [ -x "$BUNDLE/nrtd" ]; then
    echo "reusing $BUNDLE: $(size "$BUNDLE")"
else
    rm -rf "$BUILD/dist" "$BUILD/work"
    started=$SECONDS
    "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
        --distpath "$BUILD/dist" --workpath "$BUILD/work" packaging/nrtd.spec
    echo "built $BUNDLE in $((SECONDS - started)) s: $(size "$BUNDLE")"
    # Debug symbols: libpython alone carries 18 MB of them. Only the files that have symbols,
    # and never those in a ``*.libs`` folder (auditwheel's, laid out page by page: numpy's
    # OpenBLAS stops loading once rewritten).
    find "$BUNDLE/_internal" -type f -name '*.so*' -not -path '*.libs/*' -print0 \
        | xargs -0 file | grep -E 'ELF .*(not stripped|with debug_info)' | cut -d: -f1 \
        | while read -r lib; do strip --strip-unneeded "$lib"; done
    echo "stripped: $(size "$BUNDLE")"
fi
# One executable on Linux (nrtd.spec): the command line is the same program started as ``nrtd``.
[ -e "$BUNDLE/nrtd" ] || ln -s nrtd-desktop "$BUNDLE/nrtd"

say "What each part of the bundle costs (MB, unpacked)"
"$PYTHON" packaging/bundle_sizes.py "$BUNDLE" | tee "$BUILD/bundle-sizes.txt"

say "Self-check of the bundle (empty environment: no venv on PATH, no network used)"
# The window's check (offscreen: Qt's own platform plugin, no display needed) runs too.
env -i HOME="$BUILD/home" PATH=/usr/bin:/bin "$BUNDLE/nrtd" selfcheck
env -i HOME="$BUILD/home" PATH=/usr/bin:/bin "$BUNDLE/nrtd-desktop" --self-check --lang ar | tail -2

say "tar.gz"
TARBALL="$DIST/nrtd-desktop-$VERSION-linux-$ARCH.tar.gz"
tar -C "$BUILD/dist" --owner=0 --group=0 --transform "s,^nrtd-desktop,nrtd-desktop-$VERSION," \
    -czf "$TARBALL" nrtd-desktop
echo "$TARBALL: $(size "$TARBALL")"

say ".deb"
STAGE="$BUILD/deb/nrtd-desktop_${VERSION}_$DEB_ARCH"
rm -rf "$BUILD/deb"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
    "$STAGE/usr/share/icons/hicolor/256x256/apps" "$STAGE/usr/share/icons/hicolor/scalable/apps" \
    "$STAGE/usr/share/doc/nrtd-desktop"
cp -a "$BUNDLE" "$STAGE/opt/nrtd-desktop"
ln -s /opt/nrtd-desktop/nrtd "$STAGE/usr/bin/nrtd"
ln -s /opt/nrtd-desktop/nrtd-desktop "$STAGE/usr/bin/nrtd-desktop"
cp packaging/linux/nrtd-desktop.desktop "$STAGE/usr/share/applications/"
cp resources/icons/nrtd.png "$STAGE/usr/share/icons/hicolor/256x256/apps/nrtd-desktop.png"
cp resources/icons/nrtd.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/nrtd-desktop.svg"
cp packaging/linux/copyright "$STAGE/usr/share/doc/nrtd-desktop/copyright"
# Depends: what the bundled Qt needs from the system according to docs/design/ARABIC.md, plus
# what the bundle's files actually load and PyInstaller leaves to the system (libc, OpenGL/EGL,
# libxcb, libdrm, Wayland client): measured here with readelf and mapped to packages with dpkg -S.
# glibc gets a minimum version: the newest GLIBC_x.y symbol version any bundled file requires.
ELF_FILES="$BUILD/elf-files.txt"
find "$STAGE/opt" -type f \( -name '*.so*' -o -perm -u+x \) > "$ELF_FILES"
GLIBC="$(xargs -a "$ELF_FILES" -d '\n' objdump -p 2>/dev/null \
    | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1)"
find "$STAGE/opt" -name '*.so*' -printf '%f\n' | sort -u > "$BUILD/bundled-libs.txt"
xargs -a "$ELF_FILES" -d '\n' readelf -d 2>/dev/null | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | sort -u \
    | comm -23 - "$BUILD/bundled-libs.txt" > "$BUILD/system-libs.txt"
MEASURED=""
while read -r lib; do
    pkg="$(dpkg -S "*/$lib" 2>/dev/null | head -1 | cut -d: -f1 || true)"
    case "$pkg" in
        "") echo "note: $lib is not installed here: only an optional Qt plugin loads it (gtk3 theme, Wayland)" ;;
        libc6) ;;
        *) MEASURED="$MEASURED $pkg" ;;
    esac
done < "$BUILD/system-libs.txt"
DEPENDS="libc6 (>= ${GLIBC:-2.31})"
for pkg in libgl1 libegl1 libfontconfig1 libfreetype6 libglib2.0-0 libx11-6 libxkbcommon0 libdbus-1-3 \
    libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-render0 \
    libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0 libwayland-cursor0 libwayland-egl1 $MEASURED; do
    case ", $DEPENDS," in *", $pkg,"*) ;; *) DEPENDS="$DEPENDS, $pkg" ;; esac
done
echo "Depends: $DEPENDS"
cat > "$STAGE/DEBIAN/control" <<EOF
Package: nrtd-desktop
Version: $VERSION
Architecture: $DEB_ARCH
Maintainer: NRTD Desktop engineers <nrtd-desktop@localhost>
Installed-Size: $(du -sk "$STAGE" | cut -f1)
Depends: $DEPENDS
Section: misc
Priority: optional
Homepage: https://www.ohchr.org/en/instruments-and-mechanisms
Description: offline, Arabic-first follow-up of human-rights recommendations
 NRTD Desktop lets a national human-rights committee keep every recommendation
 its country receives from the UN mechanisms (UPR, treaty bodies, special
 procedures), plan and follow their implementation, and print Arabic PDF
 reports, with no network. Self-contained: Python, Qt and the fonts are in
 /opt/nrtd-desktop. Check an installation with: nrtd selfcheck
EOF
DEB="$DIST/nrtd-desktop_${VERSION}_$DEB_ARCH.deb"
dpkg-deb --root-owner-group -Zxz -z6 --build "$STAGE" "$DEB" >/dev/null
echo "$DEB: $(size "$DEB")"
dpkg-deb --field "$DEB" Package Version Architecture Installed-Size

if [ "$NSIS" = 1 ]; then
    say "NSIS script (compiled against a stub folder: the real input is a Windows onedir build)"
    if ! command -v makensis >/dev/null; then
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
            apt-get install -y -q nsis >/dev/null
        else
            echo "build.sh: makensis not found: install the 'nsis' package (apt-get install nsis)" >&2
            exit 1
        fi
    fi
    STUB="$BUILD/nsis-stub"
    rm -rf "$STUB" && mkdir -p "$STUB/_internal"
    printf 'stub\n' > "$STUB/nrtd-desktop.exe"
    printf 'stub\n' > "$STUB/nrtd.exe"
    printf 'stub\n' > "$STUB/_internal/README.txt"
    SETUP="$DIST/nrtd-desktop-$VERSION-nsis-stub-setup.exe"
    makensis -V2 -DSOURCE_DIR="$STUB" -DVERSION="$VERSION" -DOUTFILE="$SETUP" "$ROOT/packaging/windows/nrtd.nsi"
    echo "$SETUP: $(size "$SETUP")"
fi

say "Artifacts"
printf '%-60s %s\n' "onedir folder $BUNDLE" "$(size "$BUNDLE")"
for f in "$TARBALL" "$DEB" ${SETUP:+"$SETUP"}; do printf '%-60s %s\n' "$f" "$(size "$f")"; done
