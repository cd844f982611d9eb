#!/usr/bin/env bash
# Training-step throughput of Maxwell's trainer against the same model in PyTorch, on fixed
# random batches (no data pipeline on either side), alternating short rounds so that both engines
# see the same machine load. Needs a built tree (./maxwell build) and python3-torch.
# Maxwell runs with OMP_WAIT_POLICY=PASSIVE, as its launcher sets it, and the product's default
# native build of ND4J, the generic one; MAXWELL_VMARGS=-Dmaxwell.nd4j.build=auto measures the
# fastest build this CPU runs (maxwell.dl4j.NativeBinary). PyTorch runs both ways (its
# default, and PASSIVE too) and the ratio is taken against the faster of the two, so Maxwell is
# not credited with PyTorch's own spinning threads.
#
# Both engines first take WARMUP steps (default 150, environment): Maxwell's Adam loop is Java, and
# after 10 steps it still ran interpreted or half-compiled, which measured the JIT and not the
# trainer (3,600 samples/s against 5,000 once compiled); PyTorch gets the same warm-up.
#
#   releng/maxwell.train.benchmarks/step-throughput.sh [ROUNDS] [STEPS]     (default 5 rounds, 150 steps)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
rounds=${1:-5}
steps=${2:-150}
warmup=${WARMUP:-150}
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
m2=${HOME}/.m2/repository/org/eclipse/emf
cp="$(ls "$repo"/bundles/maxwell.dl4j/lib/*.jar | tr '\n' ':')$repo/bundles/maxwell.dl4j/target/classes:$repo/bundles/maxwell.train/target/classes:$repo/bundles/maxwell.model/target/classes"
cp="$cp:$(ls "$m2"/org.eclipse.emf.common/*/*.jar "$m2"/org.eclipse.emf.ecore/*/*.jar "$m2"/org.eclipse.emf.ecore.xmi/*/*.jar | sort -V | tr '\n' ':')"
field() { python3 -c 'import json,sys; print(json.loads(sys.argv[2].strip().splitlines()[-1])[sys.argv[1]])' "$1" "$2"; }
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-16s %-6s %-36s %12s %14s %14s %7s\n' dataset round model maxwell pytorch pytorch-passive ratio
for dataset in map-tiles fashion-mnist; do
  case $dataset in
    map-tiles) inputs=3072; domains=4 ;;
    fashion-mnist) inputs=2352; domains=5 ;;
  esac
  for round in $(seq "$rounds"); do
    # shellcheck disable=SC2086
    maxwell=$(OMP_WAIT_POLICY=PASSIVE "$java" ${MAXWELL_VMARGS:-} --enable-native-access=ALL-UNNAMED -cp "$cp" "$here/StepThroughput.java" \
          "$dataset" "$steps" "$warmup" 2>/dev/null)
    m=$(field samples_per_second "$maxwell")
    # the reference trains what the template trains: its latent type, β and domain MMD weight
    same=(--latent "$(field latent "$maxwell")" --beta "$(field beta "$maxwell")" --mmd "$(field domain_mmd_weight "$maxwell")"
          --batch "$(field batch "$maxwell")" --cross "$(field cross_reconstruction_weight "$maxwell")")
    p=$(field samples_per_second "$(/usr/bin/python3 "$here/torch_reference.py" --inputs "$inputs" --domains "$domains" \
          --threads "$(nproc)" --steps "$steps" --warmup "$warmup" "${same[@]}")")
    q=$(field samples_per_second "$(OMP_WAIT_POLICY=PASSIVE /usr/bin/python3 "$here/torch_reference.py" --inputs "$inputs" \
          --domains "$domains" --threads "$(nproc)" --steps "$steps" --warmup "$warmup" "${same[@]}")")
    best=$(echo "if ($p > $q) $p else $q" | bc -l)
    printf '%-16s %-6s %-36s %12.1f %14.1f %14.1f %7.2f\n' "$dataset" "$round" "${same[1]}, MMD ${same[5]}, batch ${same[7]}" "$m" "$p" "$q" \
      "$(echo "$m / $best" | bc -l)"
  done
done
echo "maxwell: $(field engine "$maxwell")"
