#!/usr/bin/env bash
# Training-step throughput of Maxwell's trainer against the same model in PyTorch, on fixed
# random batches (no data pipeline on either side), alternating short rounds so that both engines
# see the same machine load. Needs a built tree (./maxwell build) and python3-torch.
#
#   releng/maxwell.train.benchmarks/step-throughput.sh [ROUNDS] [STEPS]     (default 5 rounds, 60 steps)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
rounds=${1:-5}
steps=${2:-60}
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
m2=${HOME}/.m2/repository/org/eclipse/emf
cp="$(ls "$repo"/bundles/maxwell.dl4j/lib/*.jar | tr '\n' ':')$repo/bundles/maxwell.train/target/classes:$repo/bundles/maxwell.model/target/classes"
cp="$cp:$(ls "$m2"/org.eclipse.emf.common/*/*.jar "$m2"/org.eclipse.emf.ecore/*/*.jar "$m2"/org.eclipse.emf.ecore.xmi/*/*.jar | sort -V | tr '\n' ':')"
rate() { python3 -c 'import json,sys; print(json.loads(sys.stdin.read().strip().splitlines()[-1])["samples_per_second"])'; }
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-16s %-6s %12s %12s %7s\n' dataset round maxwell pytorch ratio
for dataset in map-tiles fashion-mnist; do
  case $dataset in
    map-tiles) inputs=3072; domains=4 ;;
    fashion-mnist) inputs=2352; domains=5 ;;
  esac
  for round in $(seq "$rounds"); do
    m=$("$java" --enable-native-access=ALL-UNNAMED -cp "$cp" "$here/StepThroughput.java" "$dataset" "$steps" 10 2>/dev/null | rate)
    p=$(/usr/bin/python3 "$here/torch_reference.py" --inputs "$inputs" --domains "$domains" --threads "$(nproc)" \
          --steps "$steps" --warmup 10 | rate)
    printf '%-16s %-6s %12.1f %12.1f %7.2f\n' "$dataset" "$round" "$m" "$p" "$(echo "$m / $p" | bc -l)"
  done
done
