#!/usr/bin/env bash
# Install the Linux desktop integration files under DESTDIR/PREFIX (as a distribution
# package would), e.g. `packaging/install-linux-data.sh "$HOME/.local"` for one user, or
# `packaging/install-linux-data.sh /usr` as root. DESTDIR stages an install elsewhere
# (`DESTDIR=/tmp/stage packaging/install-linux-data.sh /usr`).
#
# After a real install, refresh the caches:
#   update-mime-database PREFIX/share/mime; update-desktop-database PREFIX/share/applications
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PREFIX="${1:-/usr/local}"
DEST="${DESTDIR:-}${PREFIX}/share"
ID=org.recoverydesktop.RecoveryDesktop
SRC="$ROOT/resources/linux"

install -Dm644 "$SRC/$ID.desktop" "$DEST/applications/$ID.desktop"
install -Dm644 "$SRC/$ID.metainfo.xml" "$DEST/metainfo/$ID.metainfo.xml"
install -Dm644 "$SRC/$ID.mime.xml" "$DEST/mime/packages/$ID.xml"
install -Dm644 "$ROOT/resources/icons/app.svg" "$DEST/icons/hicolor/scalable/apps/$ID.svg"
