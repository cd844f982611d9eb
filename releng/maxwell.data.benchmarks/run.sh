#!/usr/bin/env bash
# Builds and runs the maxwell.data benchmarks (JMH), then prints tiles/s, Fashion-MNIST load
# time and memory per 10,000 tiles. Not part of the build or the tests: numbers depend on the machine.
#   releng/maxwell.data.benchmarks/run.sh            (OFFLINE=1 to build without the network)
set -euo pipefail
here=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
repo=$(cd "$here/../.." && pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
offline=()
[ "${OFFLINE:-0}" = 1 ] && offline=(-o)
"$repo/mvnw" -B -q "${offline[@]}" -f "$here/pom.xml" package
exec "$JAVA_HOME/bin/java" -Xmx2g -jar "$here/target/benchmarks.jar" "$@"
