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
# A run killed outright (kill -9) is shown as interrupted and resumes to the end.
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
runs="$work/runs"
run run "$here/smoke/small-run.maxwell" --out "$runs" >"$work/run.out" 2>"$work/run.err" &
trainer=$!
for _ in $(seq 600); do
  if compgen -G "$runs/*/checkpoints/step-*.checkpoint" >/dev/null; then break; fi
  kill -0 "$trainer" 2>/dev/null || fail "the run ended before its first checkpoint: $(tail -n 5 "$work/run.err")"
  sleep 0.1
done
compgen -G "$runs/*/checkpoints/step-*.checkpoint" >/dev/null || fail "no checkpoint after 60 s"
pkill -9 -P "$trainer" 2>/dev/null || true
kill -9 "$trainer" 2>/dev/null || true
wait "$trainer" 2>/dev/null || true
sleep 0.5
listing=$(run runs --out "$runs")
grep -q "interrupted" <<<"$listing" || fail "a killed run is not listed as interrupted: $listing"
run_id=$(ls "$runs" | head -n 1)
run resume "$run_id" --out "$runs" >"$work/resume.out" 2>"$work/resume.err" \
  || fail "resume failed: $(tail -n 5 "$work/resume.err")"
grep -q "finished after" "$work/resume.out" || fail "resume did not finish: $(cat "$work/resume.out")"
grep -q "resuming at step" "$work/resume.err" || fail "resume started from scratch: $(head -n 3 "$work/resume.err")"

echo "smoke test passed: $(head -n 1 <<<"$version"); validate, exit codes, kill -9 and resume work in the product"
