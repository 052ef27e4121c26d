#!/bin/sh
# The CLI reads the sample articles, prints JSON Lines, and reports a bad file without
# stopping: an invalid UTF-8 file between two good ones gives one error and two lines.
set -eu
quoth=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$quoth" "$src"/examples/articles/*.txt > "$tmp/listing.txt"
grep -q "speaker:" "$tmp/listing.txt"

printf 'Good text, the mayor said.\n' > "$tmp/a.txt"
printf 'Bad \377 byte, he said.\n' > "$tmp/b.txt"
printf '"Fine," she said.\n' > "$tmp/c.txt"
if "$quoth" --jsonl "$tmp/a.txt" "$tmp/b.txt" "$tmp/c.txt" > "$tmp/out.jsonl" 2> "$tmp/err.txt"; then
  echo "expected a non-zero exit for an invalid file" >&2
  exit 1
fi
test "$(wc -l < "$tmp/out.jsonl")" -eq 2
grep -q "b.txt: invalid UTF-8 at byte offset 4" "$tmp/err.txt"
grep -q '"file": "'"$tmp"'/c.txt"' "$tmp/out.jsonl"

# on three threads: the same lines in input order, the same error, for a list longer than the
# printer's window of files
set --
for i in $(seq 1 200); do
  set -- "$@" "$tmp/a.txt" "$tmp/c.txt"
done
if "$quoth" -j 3 --jsonl "$@" "$tmp/b.txt" "$tmp/a.txt" > "$tmp/out3.jsonl" 2> "$tmp/err3.txt"; then
  echo "expected a non-zero exit for an invalid file on three threads" >&2
  exit 1
fi
"$quoth" -j 1 --jsonl "$@" "$tmp/a.txt" > "$tmp/out1.jsonl"
cmp "$tmp/out1.jsonl" "$tmp/out3.jsonl"
test "$(wc -l < "$tmp/out3.jsonl")" -eq 401
test "$(wc -l < "$tmp/err3.txt")" -eq 1
grep -q "b.txt: invalid UTF-8 at byte offset 4" "$tmp/err3.txt"

printf '"Yes," he said.\n' | "$quoth" --json - > "$tmp/stdin.json"
grep -q '"lemma": "say"' "$tmp/stdin.json"
# --lang: a Russian sentence is read as Russian by default and with --lang ru, not with --lang en
printf 'Мэр Иван Петров заявил, что мост откроют.\n' > "$tmp/ru.txt"
"$quoth" --json "$tmp/ru.txt" | grep -q '"lemma": "заявить"'
"$quoth" --json --lang ru "$tmp/ru.txt" | grep -q '"lemma": "заявить"'
if "$quoth" --json --lang en "$tmp/ru.txt" | grep -q '"lemma"'; then
  echo "--lang en read a Russian text as Russian" >&2
  exit 1
fi
# --date: the article's date turns date phrases into calendar days; a bad date is refused
printf 'The zoo said on Monday that the panda was ill.\n' | "$quoth" --json --date 2025-03-26 - > "$tmp/date.json"
grep -q '"interval": {"begin": "2025-03-24", "end": "2025-03-24"}' "$tmp/date.json"
if printf 'x\n' | "$quoth" --date 2025-02-30 - > /dev/null 2>&1; then
  echo "expected --date 2025-02-30 to be refused" >&2
  exit 1
fi
echo "cli ok"
