#!/usr/bin/env bash
# Peak resident memory and throughput of the default experiments, with the trainer's periodic
# garbage collection (which frees ND4J's off-heap buffers of discarded arrays) at its default
# interval and switched off. Runs the product's `run` command; needs GNU time (Debian: time).
#
#   releng/maxwell.train.benchmarks/memory.sh [DATASETS...]     (map-tiles fashion-mnist by default)
# Writes the table to stdout and, as markdown, to memory-<date>-<time>.md next to this script.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
[ -x /usr/bin/time ] || { echo "memory.sh needs GNU time: apt-get install time" >&2; exit 1; }
datasets=("$@")
[ ${#datasets[@]} -gt 0 ] || datasets=(map-tiles fashion-mnist)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
report="$here/memory-$(date +%Y-%m-%d-%H%M).md"
{
  echo "# Memory: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg) at start"
  echo
  echo '| dataset | collection every | peak resident MB | samples/s (mean of the run) | wall | final reconstruction loss |'
  echo '|---|---|---|---|---|---|'
} | tee "$report"
for dataset in "${datasets[@]}"; do
  "$repo/maxwell" new "$dataset" "$work/$dataset.maxwell" --force >/dev/null
  for steps in 50 0; do
    out="$work/runs-$dataset-$steps"
    MAXWELL_VMARGS="-Dmaxwell.gcSteps=$steps ${MAXWELL_VMARGS:-}" /usr/bin/time -v -o "$work/time.txt" \
      "$repo/maxwell" run "$work/$dataset.maxwell" --out "$out" >"$work/run.out" 2>&1 \
      || { echo "run $dataset (gcSteps $steps) failed: $(tail -n 3 "$work/run.out")" >&2; continue; }
    metrics=$(ls "$out"/*/metrics.csv)
    printf '| %s | %s | %d | %.0f | %s | %s |\n' "$dataset" "$([ "$steps" = 0 ] && echo never || echo "$steps steps")" \
      "$(awk '/Maximum resident/ {print int($6/1024)}' "$work/time.txt")" \
      "$(awk -F, '$3=="samples_per_second" {s+=$4; n++} END {print (n ? s/n : 0)}' "$metrics")" \
      "$(awk '/Elapsed/ {print $8}' "$work/time.txt")" \
      "$(awk -F, '$3=="reconstruction_loss" {v=$4} END {print v}' "$metrics")" | tee -a "$report"
  done
done
echo
echo "written: $report"
