#!/bin/sh
# Opens an HTML report in headless Chromium, offline, and saves a screenshot (PNG) and the
# printed page (PDF), for a person to look at the charts, badges and layout.
#
#   scripts/screenshot-html.sh                  # the example report, in Japanese and in English
#   scripts/screenshot-html.sh report.html      # any report: report.png and report.pdf beside it
#
# Environment: WIDTH (default 1280) and HEIGHT (default 3600) of the window, in pixels.
# Needs Chromium and a Japanese font (Debian: apt-get install -y chromium fonts-noto-cjk).
# Not part of CI: the HTML itself is checked by tests/reports.rs.
set -eu

width=${WIDTH:-1280}
height=${HEIGHT:-3600}

browser=""
for b in chromium chromium-browser google-chrome; do
    if command -v "$b" >/dev/null 2>&1; then
        browser=$b
        break
    fi
done
if [ -z "$browser" ]; then
    echo "error: no Chromium found; install it (Debian: apt-get install -y chromium fonts-noto-cjk)" >&2
    exit 2
fi

shoot() {
    html=$(realpath "$1")
    base=${html%.html}
    profile=$(mktemp -d)
    # No network, no background services: the page must render from the file alone.
    for mode in "--screenshot=$base.png --window-size=$width,$height" "--print-to-pdf=$base.pdf --no-pdf-header-footer"; do
        # shellcheck disable=SC2086 # $mode holds two flags on purpose
        "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
            --disable-component-update --disable-sync --no-first-run --hide-scrollbars \
            --user-data-dir="$profile" $mode "file://$html" >/dev/null 2>&1
    done
    rm -rf "$profile"
    echo "$base.png"
    echo "$base.pdf"
}

if [ $# -ge 1 ]; then
    shoot "$1"
    exit 0
fi

cd "$(dirname "$0")/.."
out=target/screenshots
mkdir -p "$out"
cargo build --quiet
bin=${CARGO_TARGET_DIR:-target}/debug/polscore
for lang in ja en; do
    "$bin" score examples/peace.toml --data examples/peace.csv \
        --format html --lang "$lang" --output "$out/example-$lang.html" 2>/dev/null
    shoot "$out/example-$lang.html"
done
