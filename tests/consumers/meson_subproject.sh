#!/bin/sh
# Builds tests/consumers/meson, a project that uses quoth as a Meson subproject, in WORK_DIR:
# a copy of the project whose subprojects/quoth is a symbolic link to the checkout. Builds with
# one job, runs its test (the consumer parses one sentence and checks the speaker).
#   usage: meson_subproject.sh QUOTH_SOURCE_DIR WORK_DIR
set -eu
src=$(cd "$1" && pwd)
work=$2
meson=${MESON:-meson}
version=$(sed -n "s/^  version: '\([^']*\)',$/\1/p" "$src/meson.build" | head -n 1)

rm -rf "$work"
mkdir -p "$work/project/subprojects"
cp "$src/tests/consumers/meson/meson.build" "$src/tests/consumers/meson/meson_options.txt" \
   "$src/tests/consumers/main.cpp" "$work/project/"
ln -s "$src" "$work/project/subprojects/quoth"

cd "$work"
"$meson" setup build project -Dexpected_version="$version"
"$meson" compile -C build -j 1
"$meson" test -C build --print-errorlogs
echo "consumer_meson_subproject ok: quoth $version as a Meson subproject"
