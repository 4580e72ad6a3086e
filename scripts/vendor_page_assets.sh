#!/usr/bin/env bash
# Vendor the page's JavaScript into api/static/vendor/ from the npm registry.
# The page works offline: nothing is loaded from a CDN at run time.
# Re-run after changing a version below, then commit api/static/vendor/.
set -euo pipefail
CYTOSCAPE_VERSION="${CYTOSCAPE_VERSION:-3.35.0}"

cd "$(dirname "$0")/.."
dest=api/static/vendor
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "cytoscape@${CYTOSCAPE_VERSION}" >/dev/null)
tar -xzf "$work/cytoscape-${CYTOSCAPE_VERSION}.tgz" -C "$work"
mkdir -p "$dest"
cp "$work/package/dist/cytoscape.min.js" "$dest/cytoscape.min.js"
cp "$work/package/LICENSE" "$dest/cytoscape.LICENSE"
printf 'cytoscape %s (npm: cytoscape@%s, dist/cytoscape.min.js, MIT)\n' \
    "$CYTOSCAPE_VERSION" "$CYTOSCAPE_VERSION" > "$dest/VERSIONS"
echo "vendored cytoscape@${CYTOSCAPE_VERSION} into $dest"
