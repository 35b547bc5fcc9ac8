#!/usr/bin/env bash
# Builds the Linux bundle and packages from the repository root:
#   dist/relate-desktop/relate-desktop            the one-folder bundle (PyInstaller)
#   dist/relate-desktop-VERSION-linux-ARCH.tar.gz  the same folder as a tarball
#   dist/relate-desktop_VERSION_ARCH.deb           installs to /opt/relate-desktop, with
#                                                  /usr/bin/relate-desktop, a menu entry,
#                                                  hicolor icons and AppStream metainfo
# Needs: python3 with venv, dpkg-deb; desktop-file-validate and appstreamcli are used when
# present. PYTHON=/path/to/python picks the interpreter (default: .venv/bin/python, made and
# given the [build] extra when missing).
set -euo pipefail
cd "$(dirname "$0")/.."

APP_ID=org.relatedesktop.Relate
PYTHON=${PYTHON:-.venv/bin/python}
if [ ! -x "$PYTHON" ]; then
  python3 -m venv .venv
  PYTHON=.venv/bin/python
fi
if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
  "$PYTHON" -m pip install -q -e ".[build]"
fi

VERSION=$("$PYTHON" -c "import relate_desktop; print(relate_desktop.__version__)")
ARCH=$(dpkg --print-architecture 2>/dev/null || uname -m)

start=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller installer/relate-desktop.spec
built=$(date +%s)

# Tarball: the folder as it is, run dist/relate-desktop/relate-desktop.
tarball="dist/relate-desktop-$VERSION-linux-$ARCH.tar.gz"
tar -C dist -czf "$tarball" relate-desktop

# Debian package.
root="build/deb/relate-desktop_${VERSION}_$ARCH"
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/metainfo" "$root/usr/share/icons/hicolor/scalable/apps"
cp -a dist/relate-desktop "$root/opt/relate-desktop"
cat > "$root/usr/bin/relate-desktop" <<'LAUNCHER'
#!/bin/sh
exec /opt/relate-desktop/relate-desktop "$@"
LAUNCHER
chmod 755 "$root/usr/bin/relate-desktop"
cp installer/linux/$APP_ID.desktop "$root/usr/share/applications/"
cp installer/linux/$APP_ID.metainfo.xml "$root/usr/share/metainfo/"
cp resources/icons/relate.svg "$root/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
for png in resources/icons/relate-*.png; do
  size=${png##*/relate-}; size=${size%.png}
  mkdir -p "$root/usr/share/icons/hicolor/${size}x$size/apps"
  cp "$png" "$root/usr/share/icons/hicolor/${size}x$size/apps/$APP_ID.png"
done
installed_kb=$(du -sk "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: relate-desktop
Version: $VERSION
Architecture: $ARCH
Maintainer: The Relate authors <relate@localhost>
Installed-Size: $installed_kb
Depends: libc6, libegl1, libgl1, libfontconfig1, libfreetype6, libxkbcommon0, libxkbcommon-x11-0, libdbus-1-3, libglib2.0-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, libxcb-render-util0, libxcb-shape0, libxcb-randr0, libxcb-xkb1
Section: misc
Priority: optional
Homepage: https://relatedesktop.org
Description: repair after a fight and keep your promises
 Relate helps a couple get from a fight back to closeness and keep the
 agreements they make, and helps one person journal in private. Data stays
 on the computer, in encrypted files.
CONTROL
cat > "$root/DEBIAN/postinst" <<'POSTINST'
#!/bin/sh
set -e
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
  gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
fi
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q /usr/share/applications || true
fi
POSTINST
chmod 755 "$root/DEBIAN/postinst"
cp "$root/DEBIAN/postinst" "$root/DEBIAN/postrm"
deb="dist/relate-desktop_${VERSION}_$ARCH.deb"
dpkg-deb --root-owner-group --build "$root" "$deb" >/dev/null
done_at=$(date +%s)

if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "installer/linux/$APP_ID.desktop"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net --explain "installer/linux/$APP_ID.metainfo.xml" >/dev/null
fi

echo "bundle:  dist/relate-desktop ($(du -sh dist/relate-desktop | cut -f1))"
echo "tarball: $tarball ($(du -h "$tarball" | cut -f1))"
echo "deb:     $deb ($(du -h "$deb" | cut -f1))"
echo "time:    PyInstaller $((built - start)) s, packages $((done_at - built)) s"
