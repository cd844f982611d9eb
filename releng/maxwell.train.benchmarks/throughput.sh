#!/usr/bin/env bash
# Training throughput (samples/s) of Maxwell's default experiments against the same model,
# batch size and thread count in PyTorch (reference only; the product never uses Python).
# Maxwell is measured as a user runs it: the product's `run` command, two epochs, the median of
# the 10-step throughput windows of the second epoch without its last one (windows never include the
# probe-set evaluation or a checkpoint). The first epoch renders and caches every image, which a
# template run (20 epochs) does once; the reference trains on one fixed random batch and has no data. The reference trains the experiment's
# latent type, β and domain MMD weight (read from the experiment file). Rounds alternate between the engines so that both see
# the same machine load. PyTorch runs twice per round, with its default OpenMP waiting and with
# OMP_WAIT_POLICY=PASSIVE (as Maxwell's launcher runs ND4J), after 150 warm-up steps; the ratio is
# taken against the faster of the two.
#
#   releng/maxwell.train.benchmarks/throughput.sh [ROUNDS]      (default 3)
# Needs: python3-torch (Debian) with OpenBLAS selected as libblas (libopenblas0-pthread).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
rounds=${1:-3}
threads=$(nproc)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

median() { sort -g | awk '{v[NR]=$1} END {if (NR==0) {print "nan"} else if (NR%2) {print v[(NR+1)/2]} else {print (v[NR/2]+v[NR/2+1])/2}}'; }

maxwell_rate() { # experiment-file -> median samples/s of the run's steady windows
  local experiment=$1 out="$work/runs-$RANDOM"
  "$repo/maxwell" run "$experiment" --epochs 2 --out "$out" >/dev/null 2>"$work/run.err" \
    || { echo "maxwell run failed: $(tail -n 3 "$work/run.err")" >&2; exit 1; }
  local metrics; metrics=$(ls "$out"/*/metrics.csv)
  # long form: step,epoch,metric,value; the second epoch's windows without the last (evaluation, checkpoint)
  awk -F, '$3=="samples_per_second" && $2 > 1 {print $4}' "$metrics" | sed '$d' | median
}

same_model() { # experiment-file -> the reference's --latent/--beta/--mmd/--batch for the experiment's model and batch
  /usr/bin/python3 - "$1" <<'PY'
import sys, xml.etree.ElementTree as ET
model = ET.parse(sys.argv[1]).getroot().find("model")
# EMF leaves attributes at their default out of the file
training = ET.parse(sys.argv[1]).getroot().find("training")
print("--latent", model.get("latentType", "GAUSSIAN").lower(), "--beta", model.get("beta", "1.0"),
      "--mmd", model.get("domainMmdWeight", "0.0"), "--batch", training.get("batchSize", "128"),
      "--cross", model.get("crossReconstructionWeight", "0.0"))
PY
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-16s %-6s %12s %12s %14s %7s\n' dataset round maxwell pytorch pytorch-passive ratio
for dataset in map-tiles fashion-mnist; do
  experiment="$work/$dataset.maxwell"
  "$repo/maxwell" new "$dataset" "$experiment" >/dev/null
  case $dataset in
    map-tiles) inputs=$((32 * 32 * 3)); domains=4 ;;
    fashion-mnist) inputs=$((28 * 28 * 3)); domains=5 ;;
  esac
  for round in $(seq "$rounds"); do
    m=$(maxwell_rate "$experiment")
    # shellcheck disable=SC2046
    reference=("$here/torch_reference.py" --inputs "$inputs" --domains "$domains" --threads "$threads"
               --warmup 150 --steps 300 $(same_model "$experiment"))
    rate() { python3 -c 'import json,sys; print(json.load(sys.stdin)["samples_per_second"])'; }
    p=$(/usr/bin/python3 "${reference[@]}" | rate)
    q=$(OMP_WAIT_POLICY=PASSIVE /usr/bin/python3 "${reference[@]}" | rate)
    best=$(echo "if ($p > $q) $p else $q" | bc -l)
    printf '%-16s %-6s %12.1f %12.1f %14.1f %7.2f\n' "$dataset" "$round" "$m" "$p" "$q" "$(echo "$m / $best" | bc -l)"
  done
done
/usr/bin/python3 -c 'import torch; print("pytorch", torch.__version__, "threads", torch.get_num_threads(), "(set to", '"$threads"', "in the runs)")'
