#!/usr/bin/env bash
# Vendor the query page's editor (YASGUI) into api/static/yasgui/ from the npm registry.
# The built files are committed: the service never fetches anything at run time.
#   bash scripts/vendor_assets.sh            # the pinned version
#   YASGUI_VERSION=4.6.2 bash scripts/vendor_assets.sh
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION="${YASGUI_VERSION:-4.6.2}"
DEST=api/static/yasgui
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && npm pack --silent "@zazuko/yasgui@${VERSION}" >/dev/null)
tar -xzf "$WORK"/zazuko-yasgui-"${VERSION}".tgz -C "$WORK"
rm -rf "$DEST"
mkdir -p "$DEST"
cp "$WORK"/package/build/yasgui.min.js "$WORK"/package/build/yasgui.min.css "$DEST"/
cat > "$DEST"/VERSION <<INFO
@zazuko/yasgui ${VERSION} (MIT), from the npm registry by scripts/vendor_assets.sh
sha256:
$(cd "$DEST" && sha256sum yasgui.min.js yasgui.min.css)
INFO
echo "vendored @zazuko/yasgui ${VERSION} into ${DEST}"
