#!/usr/bin/env bash
# A user's install: `pip install .` (no extras) into a fresh venv, then `diplograph extract`
# and `ingest` over samples/ (text, HTML, JSONL) from outside the checkout, so nothing of
# the work tree can be imported by accident. Run by .ci/run; exits non-zero on any failure.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet --upgrade pip 2>&1 | grep -v '^WARNING: Location' || true
"$work/venv/bin/python" -m pip install --quiet "$repo" 2>&1 | grep -vE '^WARNING: Location|BuildBackendWarning|^\s' || true
cd "$work"
"$work/venv/bin/python" -c 'import diplograph.api.cli' # the install worked
bin="$work/venv/bin"
"$bin/diplograph" extract "$repo/samples/" -o events.jsonl
"$bin/python" - "$repo/samples" <<'PY'
import json, sys
from pathlib import Path
records = [json.loads(line) for line in Path("events.jsonl").read_text(encoding="utf-8").splitlines()]
kinds = {p.suffix for p in Path(sys.argv[1]).iterdir() if p.suffix in {".txt", ".html", ".jsonl"}}
assert kinds == {".txt", ".html", ".jsonl"}, f"samples/ should hold text, HTML and JSONL, has {kinds}"
empty = [r["id"] for r in records if not r["events"]]
assert len(records) >= 5 and not empty, f"{len(records)} articles read, without events: {empty}"
print(f"user install: extract read {len(records)} articles, {sum(len(r['events']) for r in records)} events")
PY
DIPLOGRAPH_DATA="$work/store" "$bin/diplograph" ingest "$repo/samples/"
DIPLOGRAPH_DATA="$work/store" "$bin/diplograph" stats
# without the [cluster] extra, --cluster is refused in one line that names the extra
if out="$(DIPLOGRAPH_DATA="$work/store" "$bin/diplograph" ingest "$repo/samples/" --cluster local 2>&1)"; then
  echo "user install: ingest --cluster ran without Dask installed" >&2; exit 1
fi
if [ "$(printf '%s\n' "$out" | wc -l)" -ne 1 ] || [[ "$out" != *"pip install 'diplograph[cluster]'"* ]]; then
  echo "user install: ingest --cluster without Dask should say so in one line, said: $out" >&2; exit 1
fi
echo "user install: ok"
