#!/bin/sh
# quoth-report's page in a real browser: headless Chromium loads the HTML written for the sample
# articles, and its DOM must hold one drawn bar label (a laid-out SVG <text> with a width) per
# bar, named after the top speakers of the text report. Skips (exit 77) without Chromium.
set -eu
report=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# the text report and the page are written without a browser
"$report" "$src/examples/articles" --html "$tmp/report.html" --top 0 > "$tmp/report.txt"
articles=$(ls "$src"/examples/articles/*.txt | wc -l)
grep -q "^$articles articles, " "$tmp/report.txt"
grep -q "^ *1 .* person  *Olaf Brandt (Transport Minister)$" "$tmp/report.txt"
grep -q "<svg" "$tmp/report.html"
if grep -q "https\?://" "$tmp/report.html"; then
  echo "the page must not load anything from the network" >&2
  exit 1
fi

browser=""
for b in chromium chromium-browser google-chrome; do
  if command -v "$b" >/dev/null 2>&1; then
    browser=$b
    break
  fi
done
if [ -z "$browser" ]; then
  echo "chromium not installed: report page test skipped"
  exit 77
fi

HOME=$tmp timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
  --no-first-run --user-data-dir="$tmp/profile" --virtual-time-budget=5000 \
  --dump-dom "file://$tmp/report.html" > "$tmp/dom.html" 2> "$tmp/browser.err" || {
  cat "$tmp/browser.err" >&2
  exit 1
}

bars=$(grep -c 'class="bar-label"' "$tmp/dom.html" || true)
if [ "$bars" -lt 5 ]; then
  echo "expected at least 5 bar labels in the page, found $bars" >&2
  exit 1
fi
grep -q "data-labels-drawn=\"$bars\"" "$tmp/dom.html" || {
  echo "the browser did not lay out all $bars bar labels:" >&2
  grep -o 'data-labels-drawn="[0-9]*"' "$tmp/dom.html" >&2 || echo "no data-labels-drawn attribute" >&2
  exit 1
}
# the bars are labelled with the top speakers of the text report, in its order
sed -n 's/^ *[0-9][0-9]* *[0-9][0-9]* *[0-9][0-9]* *[0-9][0-9]* *[0-9][0-9]* *[0-9][0-9]*  [a-z]* *\(.*\)$/\1/p' "$tmp/report.txt" \
  | sed 's/ ([^)]*)$//' | head -n "$bars" > "$tmp/expected.txt"
grep -o 'class="bar-label"[^>]*>[^<]*<' "$tmp/dom.html" | sed 's/.*>\([^<]*\)<$/\1/' > "$tmp/labels.txt"
if ! diff "$tmp/expected.txt" "$tmp/labels.txt"; then
  echo "bar labels differ from the report's top speakers" >&2
  exit 1
fi
echo "report page ok: $bars bars drawn in $browser"
