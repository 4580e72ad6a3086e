#!/usr/bin/env bash
# Vendor the browser pages' JavaScript into api/static/vendor/ from the npm registry:
# Cytoscape.js and the fcose layout (with its dependencies cose-base and layout-base)
# for the relations page, Leaflet, topojson-client and world-atlas (Natural Earth 1:110m
# country shapes, public domain, as TopoJSON) for its map view, Swagger UI and ReDoc for
# /docs and /redoc. The pages work offline: nothing is loaded from a CDN or a tile server at
# run time.
# Re-run after changing a version below, then commit api/static/vendor/.
#   bash scripts/vendor_page_assets.sh
#   CYTOSCAPE_VERSION=3.35.0 bash scripts/vendor_page_assets.sh
set -euo pipefail
CYTOSCAPE_VERSION="${CYTOSCAPE_VERSION:-3.35.0}"
FCOSE_VERSION="${FCOSE_VERSION:-2.2.0}"
COSE_BASE_VERSION="${COSE_BASE_VERSION:-2.2.0}"
LAYOUT_BASE_VERSION="${LAYOUT_BASE_VERSION:-2.0.1}"
SWAGGER_UI_VERSION="${SWAGGER_UI_VERSION:-5.35.0}"
REDOC_VERSION="${REDOC_VERSION:-2.5.0}"  # 2.x: the standalone bundle FastAPI's get_redoc_html expects
LEAFLET_VERSION="${LEAFLET_VERSION:-1.9.4}"
TOPOJSON_CLIENT_VERSION="${TOPOJSON_CLIENT_VERSION:-3.1.0}"
WORLD_ATLAS_VERSION="${WORLD_ATLAS_VERSION:-2.0.2}"  # Natural Earth 4.1.0

cd "$(dirname "$0")/.."
dest=api/static/vendor
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$dest"
: > "$work/VERSIONS"

# vendor NAME VERSION LICENSE-NAME FILE... : copy FILEs (paths inside the npm package) into $dest
vendor() {
    local name="$1" version="$2" license_name="$3"
    shift 3
    local tarball
    tarball="$(cd "$work" && npm pack --silent "${name}@${version}")"
    rm -rf "$work/package"
    tar -xzf "$work/$tarball" -C "$work"
    cp "$work/package/LICENSE" "$dest/${license_name}.LICENSE"
    for file in "$@"; do
        cp "$work/package/$file" "$dest/$(basename "$file")"
        printf '%s %s (npm: %s@%s, %s, sha256 %s)\n' "$name" "$version" "$name" "$version" "$file" \
            "$(sha256sum "$dest/$(basename "$file")" | cut -d' ' -f1)" >> "$work/VERSIONS"
    done
}

vendor cytoscape "$CYTOSCAPE_VERSION" cytoscape dist/cytoscape.min.js
vendor layout-base "$LAYOUT_BASE_VERSION" layout-base layout-base.js
vendor cose-base "$COSE_BASE_VERSION" cose-base cose-base.js
vendor cytoscape-fcose "$FCOSE_VERSION" cytoscape-fcose cytoscape-fcose.js
# Leaflet's CSS names pictures (layer switcher, default marker) the map view does not use.
vendor leaflet "$LEAFLET_VERSION" leaflet dist/leaflet.js dist/leaflet.css
vendor topojson-client "$TOPOJSON_CLIENT_VERSION" topojson-client dist/topojson-client.min.js
vendor world-atlas "$WORLD_ATLAS_VERSION" world-atlas countries-110m.json
vendor swagger-ui-dist "$SWAGGER_UI_VERSION" swagger-ui swagger-ui-bundle.js swagger-ui.css favicon-32x32.png
vendor redoc "$REDOC_VERSION" redoc bundles/redoc.standalone.js
# ReDoc's sidebar footer always loads its logo from cdn.redoc.ly: show an empty picture instead.
logo="https://cdn.redoc.ly/redoc/logo-mini.svg"
grep -q "$logo" "$dest/redoc.standalone.js" || { echo "ReDoc no longer loads $logo: check the patch" >&2; exit 1; }
sed -i "s|$logo|data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E|g" "$dest/redoc.standalone.js"
printf 'redoc.standalone.js patched: the footer logo is a data: URL, not %s (sha256 %s)\n' "$logo" \
    "$(sha256sum "$dest/redoc.standalone.js" | cut -d' ' -f1)" >> "$work/VERSIONS"
cp "$work/VERSIONS" "$dest/VERSIONS"
echo "vendored into $dest:"
cat "$dest/VERSIONS"
