#!/usr/bin/env bash
# Convergence table: for each default experiment and each formulation of the demon, what the
# adversary believes (its accuracy on the content code z_c) against what fresh probes read
# from the codes at the end of training (k-NN and linear, trained on probe-set codes and judged
# on a held-out part), plus the reconstruction loss. The k-NN probe reads z_c twice: on the
# encoder's means and on codes drawn from the posterior (what the decoder and the demon receive; "–" for
# deterministic codes, which have no posterior). Runs the product's `run` command.
#
#   releng/maxwell.train.benchmarks/convergence.sh [EPOCHS] [DATASETS...]
#   e.g. convergence.sh map-tiles fashion-mnist    (the templates' epochs, both datasets by default)
#        convergence.sh 5 map-tiles                (5 epochs instead)
# Writes the table to stdout and, as markdown, to convergence-<date>-<time>.md next to this script.
# SETTINGS="name|element@attribute=value ...;name|..." replaces the built-in list of settings.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
epochs=""
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then
  epochs=$1
  shift
fi
datasets=("$@")
[ ${#datasets[@]} -gt 0 ] || datasets=(map-tiles fashion-mnist)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# two tables started in the same minute (e.g. one per dataset, side by side) get a file each
report_base="$here/convergence-$(date +%Y-%m-%d-%H%M)"
report="$report_base.md"
for n in 2 3 4 5 6 7 8 9; do
  ( set -o noclobber; : > "$report" ) 2>/dev/null && break
  report="$report_base-$n.md"
done

# setting name -> attribute edits on the experiment file (element@attribute=value ...)
settings=(
  "default (gradient reversal + MMD 100)|"
  "no demon (λ = 0, no MMD)|adversary@lambda=0 model@domainMmdWeight=0"
  "gradient reversal, no MMD|model@domainMmdWeight=0"
  "alternating k = 3 + MMD 100|adversary@formulation=ALTERNATING_MIN_MAX adversary@adversarySteps=3"
  "BiVAE + MMD 100|adversary@formulation=BIVAE_SINGLE_OBJECTIVE adversary@lambda=1"
  "default + cross reconstruction 1|model@crossReconstructionWeight=1"
)
if [ -n "${SETTINGS:-}" ]; then
  IFS=';' read -r -a settings <<< "$SETTINGS"
fi

variant() { # template-file edits... -> writes the edited experiment to stdout
  /usr/bin/python3 - "$@" <<'PY'
import sys, xml.etree.ElementTree as ET
ns = {"xmi": "http://www.omg.org/XMI", "maxwell": "http://maxwell.dev/experiment/1.0"}
for prefix, uri in ns.items():
    ET.register_namespace(prefix, uri)
tree = ET.parse(sys.argv[1])
root = tree.getroot()
for edit in sys.argv[2:]:
    path, value = edit.split("=", 1)
    element, attribute = path.split("@")
    root.find(element).set(attribute, value)
sys.stdout.write(ET.tostring(root, encoding="unicode", xml_declaration=True))
PY
}

final() { # metrics.csv metric -> last value
  awk -F, -v m="$2" '$3==m {v=$4} END {print (v=="" ? "nan" : v)}' "$1"
}
first() {
  awk -F, -v m="$2" '$3==m {print $4; exit}' "$1"
}

header='| dataset | setting | recon first → last | adversary acc on z_c | fresh k-NN z_c→domain | k-NN on drawn z_c→domain | linear z_c→domain | k-NN z_s→domain | k-NN z_c→content | k-NN z_s→content | chance (domain, content) | minutes |'
rule='|---|---|---|---|---|---|---|---|---|---|---|---|'
{
  echo "# Convergence: $(date -u '+%Y-%m-%d %H:%M UTC'), ${epochs:-the template default} epochs, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg) at start"
  echo
  echo "$header"
  echo "$rule"
} | tee "$report"
for dataset in "${datasets[@]}"; do
  "$repo/maxwell" new "$dataset" "$work/$dataset.maxwell" --force >/dev/null
  for entry in "${settings[@]}"; do
    name=${entry%%|*}
    edits=${entry#*|}
    experiment="$work/$dataset-$name.maxwell"
    # shellcheck disable=SC2086
    variant "$work/$dataset.maxwell" $edits > "$experiment"
    out="$work/runs-$dataset-$name"
    start=$(date +%s)
    "$repo/maxwell" run "$experiment" ${epochs:+--epochs "$epochs"} --out "$out" >"$work/run.out" 2>"$work/run.err" \
      || { echo "run $dataset/$name failed: $(tail -n 3 "$work/run.err")" >&2
           printf '| %s | %s | stopped as failed: %s |\n' "$dataset" "$name" \
             "$(cat "$work/run.out" "$work/run.err" | grep -m1 -o 'diverged at step [0-9]*' || echo 'see the run')" | tee -a "$report"
           continue; }
    minutes=$(echo "($(date +%s) - $start) / 60" | bc -l)
    metrics=$(ls "$out"/*/metrics.csv)
    printf '| %s | %s | %.1f → %.1f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f, %.3f | %.1f |\n' "$dataset" "$name" \
      "$(first "$metrics" reconstruction_loss)" "$(final "$metrics" reconstruction_loss)" \
      "$(final "$metrics" probe_adversary_accuracy)" \
      "$(final "$metrics" fresh_probe_domain_accuracy_content)" "$(final "$metrics" sampled_probe_domain_accuracy_content)" \
      "$(final "$metrics" linear_probe_domain_accuracy_content)" \
      "$(final "$metrics" fresh_probe_domain_accuracy_style)" "$(final "$metrics" fresh_probe_content_accuracy_content)" \
      "$(final "$metrics" fresh_probe_content_accuracy_style)" \
      "$(final "$metrics" probe_domain_chance)" "$(final "$metrics" probe_content_chance)" "$minutes" \
      | sed 's/| nan /| – /g' | tee -a "$report"
  done
done
echo
echo "written: $report"
