#!/bin/sh
# Regenerates examples/articles/*.json from the CLI: run after a deliberate change and review
# the diff (git diff examples/articles) before committing.
#   tests/update_golden.sh build/default/examples/quoth
set -eu
quoth=${1:-build/default/examples/quoth}
cd "$(dirname "$0")/.."
for f in examples/articles/*.txt; do
  "$quoth" --json "$f" > "${f%.txt}.json"
done
echo "updated $(ls examples/articles/*.json | wc -l) golden files"
