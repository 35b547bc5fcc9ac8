#!/usr/bin/env bash
# Builds dist/Relate.app and a .dmg on macOS (not built on Linux; see installer/README.md).
# Needs Xcode command line tools (iconutil, hdiutil) and Python 3.11.
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 -m venv .venv && .venv/bin/pip install -q -e ".[build]"

# Relate.icns from the rendered PNGs.
iconset=build/Relate.iconset
rm -rf "$iconset" && mkdir -p "$iconset"
for size in 16 32 128 256 512; do
  cp "resources/icons/relate-$size.png" "$iconset/icon_${size}x${size}.png"
done
cp resources/icons/relate-32.png "$iconset/icon_16x16@2x.png"
cp resources/icons/relate-64.png "$iconset/icon_32x32@2x.png"
cp resources/icons/relate-256.png "$iconset/icon_128x128@2x.png"
cp resources/icons/relate-512.png "$iconset/icon_256x256@2x.png"
iconutil -c icns "$iconset" -o installer/macos/Relate.icns

# The spec makes dist/Relate.app on macOS (BUNDLE, id org.relatedesktop.Relate).
.venv/bin/pyinstaller --noconfirm --clean installer/relate-desktop.spec
hdiutil create -volname Relate -srcfolder dist/Relate.app -ov -format UDZO dist/Relate-0.1.0.dmg
# Signing and notarising need an Apple developer id:
#   codesign --deep --options runtime --sign "Developer ID Application: ..." dist/Relate.app
#   xcrun notarytool submit dist/Relate-0.1.0.dmg --keychain-profile ... --wait
echo "built dist/Relate.app and dist/Relate-0.1.0.dmg"
