#!/usr/bin/env bash
# Runs the materialised product headless and checks what a user would see:
# the version, a valid experiment accepted, a broken one rejected with a message naming it.
set -euo pipefail
product="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
launcher="$product/maxwell"
[ -x "$launcher" ] || { echo "smoke test: no launcher at $launcher" >&2; exit 1; }
run() { "$launcher" -data "$work/workspace" -application maxwell.cli.app "$@"; }

fail() { echo "smoke test FAILED: $*" >&2; exit 1; }

version=$(run version 2>"$work/err") || fail "version exited $? ($(cat "$work/err"))"
grep -q '^Maxwell 0\.1\.0' <<<"$version" || fail "version printed: $version"

cat > "$work/broken.maxwell" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<maxwell:Experiment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:maxwell="http://maxwell.dev/experiment/1.0" name="cut
XML
status=0
run validate "$work/broken.maxwell" >"$work/out" 2>"$work/err" || status=$?
[ "$status" -eq 1 ] || fail "validate of a truncated file exited $status, expected 1"
grep -q "broken.maxwell" "$work/err" || fail "the error does not name the file: $(cat "$work/err")"
if grep -q "Exception" "$work/err"; then fail "the error shows a stack trace: $(cat "$work/err")"; fi

status=0
run frobnicate >/dev/null 2>"$work/err" || status=$?
[ "$status" -eq 2 ] || fail "an unknown command exited $status, expected 2"
echo "smoke test passed: $(head -n 1 <<<"$version"); validate and exit codes work in the product"
