#!/usr/bin/env bash
# Measures the workbench's two performance targets in the real workbench (UI harness, needs a
# display; starts Xvfb when there is none):
#   1. the longest UI-thread stall while a real run trains with every figure view open (target < 100 ms)
#   2. the time from Compare Runs on 20 runs to the comparison editor painted (target < 1 s)
# Builds what maxwell.ui.tests needs and runs only its WorkbenchBenchmarks class, which the normal
# build compiles but never runs. Prints the numbers and writes them to results/ui-benchmarks-DATE.txt.
#   releng/maxwell.ui.benchmarks/ui-benchmarks.sh [-o] [extra Maven arguments]
#   BENCHMARK=stall ui-benchmarks.sh        only one of the two (stall or comparison)
#   BENCHMARK_ARGS="-Dmaxwell.benchmark.epochs=12" ui-benchmarks.sh   a longer run (also imageSize, trainSize, probeSize)
set -euo pipefail
here=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
repo=$(cd "$here/../.." && pwd)
if [ -z "${JAVA_HOME:-}" ]; then
    for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
        [ -x "$candidate/bin/java" ] && export JAVA_HOME=$candidate && break
    done
fi
xvfb_pid=
if [ -z "${DISPLAY:-}" ]; then
    for n in $(seq 90 120); do
        [ -e /tmp/.X11-unix/X$n ] && continue
        Xvfb :$n -screen 0 1920x1080x24 >/dev/null 2>&1 &
        xvfb_pid=$!
        export DISPLAY=:$n
        sleep 1
        break
    done
    trap '[ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true' EXIT
fi
test=WorkbenchBenchmarks
out="$repo/bundles/maxwell.ui.tests/target/benchmarks"
log="$here/results/last-build.log"
mkdir -p "$here/results"
rm -rf "$out"
# -pl does not follow Require-Bundle: every bundle the tests need is listed (no *.tests but ui.tests)
modules=targets
for bundle in dl4j model data info train core figures ui ui.tests; do modules="$modules,bundles/maxwell.$bundle"; done
cd "$repo"
echo "building and running $test (full output in $log) ..."
./mvnw -B "$@" verify -pl "$modules" -Dtest="$test" \
    "-Dmaxwell.benchmark.args=-Dmaxwell.benchmark.only=${BENCHMARK:-} ${BENCHMARK_ARGS:-}" > "$log" 2>&1 || true
grep -E 'Tests run:|BUILD|Total time|^\[ERROR\] (/|Failed)' "$log" || true
ls "$out"/*.txt >/dev/null 2>&1 || { echo "no results: see $log" >&2; exit 1; }
results="$here/results/ui-benchmarks-$(date +%Y-%m-%d-%H%M).txt"
{
    echo "# Maxwell workbench benchmarks, $(date -Iseconds), $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
    echo "# $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load average now $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
    for file in "$out"/stall.txt "$out"/comparison.txt; do
        [ -f "$file" ] && cat "$file" && echo
    done
} > "$results"
cat "$results"
echo "written to $results"
