#!/usr/bin/env bash
# Validate resources/linux/ with the freedesktop tools (run by `make lint`):
#   desktop-file-validate         the .desktop file
#   appstreamcli validate         the AppStream metainfo, alone and beside the .desktop file
#   xmllint + update-mime-database the shared-mime-info XML (well-formed, and every type
#                                  it declares really lands in a compiled MIME database)
# Debian packages: desktop-file-utils appstream libxml2-utils shared-mime-info.
# Missing tools fail the check when CI is set, and are skipped with a note otherwise.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
ID=org.recoverydesktop.RecoveryDesktop
SRC="$ROOT/resources/linux"

missing=()
for tool in desktop-file-validate appstreamcli xmllint update-mime-database; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
    packages="desktop-file-utils appstream libxml2-utils shared-mime-info"
    if [ -n "${CI:-}" ] && [ "${CI}" != "false" ] && [ "${CI}" != "0" ]; then
        echo "error: desktop metadata validators missing: ${missing[*]} (install: $packages)" >&2
        exit 1
    fi
    echo "note: skipping desktop metadata validation; missing ${missing[*]}" \
        "(Debian/Ubuntu: sudo apt install $packages)"
    exit 0
fi

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT

echo "desktop-file-validate $ID.desktop"
desktop-file-validate "$SRC/$ID.desktop"

echo "appstreamcli validate --no-net $ID.metainfo.xml"
appstreamcli validate --no-net "$SRC/$ID.metainfo.xml"
# validate-tree also checks the metainfo against the installed .desktop file and icon.
DESTDIR="$stage" "$ROOT/packaging/install-linux-data.sh" /usr
appstreamcli validate-tree --no-net "$stage"

echo "xmllint --noout $ID.mime.xml"
xmllint --noout "$SRC/$ID.mime.xml"
# update-mime-database exits 0 even when it cannot parse a package, so compare what it
# compiled with what the package declares.
update-mime-database "$stage/usr/share/mime" 2>/dev/null
declared="$(grep -o '<mime-type type="[^"]*"' "$SRC/$ID.mime.xml" | cut -d'"' -f2 | sort)"
compiled="$(sort "$stage/usr/share/mime/types")"
if [ "$declared" != "$compiled" ]; then
    echo "error: update-mime-database compiled [$compiled], expected [$declared]" >&2
    exit 1
fi
echo "update-mime-database: $(echo "$declared" | tr '\n' ' ')"
