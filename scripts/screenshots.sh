#!/usr/bin/env bash
# Screenshots of the HTML explorer (archlint graph --format html) for docs/images/: both examples
# and Django 5.2.8 with the 7 contracts of scripts/bench/bench.py, each at first view and with a
# package opened through the page's URL hash. Needs headless Chromium (Debian: apt-get install
# chromium). Django's wheel is downloaded once to $ARCHLINT_CORPORA (default: ../corpora next
# to the repository), never inside the repository.
#
# Usage: scripts/screenshots.sh [--skip-build]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
corpora="${ARCHLINT_CORPORA:-$(dirname "$repo")/corpora}"
images="$repo/docs/images"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
[ "${1:-}" = "--skip-build" ] || (cd "$repo" && swift build -c release >&2)
archlint="$repo/.build/release/archlint"
[ -x "$archlint" ] || archlint="$repo/.build/debug/archlint"
chromium="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
[ -n "$chromium" ] || { echo "error: no chromium on the PATH (apt-get install chromium)" >&2; exit 2; }

django="$corpora/django-5.2.8"
if [ ! -d "$django/django" ]; then
  mkdir -p "$corpora/wheels"
  [ -f "$corpora/wheels/django-5.2.8-py3-none-any.whl" ] ||
    python3 -m pip download -q --no-deps --only-binary=:all: django==5.2.8 -d "$corpora/wheels" >&2
  rm -rf "$django" && mkdir -p "$django"
  unzip -q -o "$corpora/wheels/django-5.2.8-py3-none-any.whl" -d "$django"
fi
# The benchmark's contracts for Django, beside the unpacked wheel (paths then read django/...).
python3 - "$repo/scripts/bench/bench.py" "$django" <<'PY'
import importlib.util, json, os, sys
spec = importlib.util.spec_from_file_location("bench", sys.argv[1])
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)
with open(os.path.join(sys.argv[2], "contracts.json"), "w") as f:
    json.dump({"python": {"source_roots": ["."], "root_packages": ["django"]},
               "contracts": bench.DJANGO_CONTRACTS}, f, indent=2)
PY

shot() {  # name, folder, hash
  "$archlint" graph --format html --config "$2/contracts.json" --no-cache > "$work/$1.html"
  "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1400,900 \
    --screenshot="$images/$1.png" "file://$work/$1.html$3" >/dev/null 2>&1
  echo "wrote docs/images/$1.png" >&2
}
mkdir -p "$images"
shot explorer-python-shop "$repo/Examples/python-shop" ""
shot explorer-python-shop-expanded "$repo/Examples/python-shop" "#expand=shop.domain,shop.infrastructure"
shot explorer-swiftapp "$repo/Examples/SwiftApp" ""
shot explorer-swiftapp-focus "$repo/Examples/SwiftApp" "#focus=FeatureCheckout"
shot explorer-django "$django" ""
shot explorer-django-expanded "$django" "#expand=django.db"
