#!/bin/sh
# Builds and runs the maxwell.info benchmarks next to scikit-learn on the same data.
#   releng/maxwell.info.benchmarks/run.sh            all sizes (N = 2,000 / 10,000 / 50,000; d = 8 / 16)
#   QUICK=1 releng/maxwell.info.benchmarks/run.sh    N = 2,000 and 10,000 only
# Needs Debian's python3-sklearn and python3-numpy (/usr/bin/python3) and network access to
# Maven Central the first time (JMH). Results: target/results.md.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
py=/usr/bin/python3
cd "$here"
mkdir -p target
"$root/mvnw" -B -q -f "$here/pom.xml" package
data="$here/target/data"
"$py" make_data.py "$data"
if [ "${QUICK:-0}" = 1 ]; then ns="2000,10000"; cases="2000x8 2000x16 10000x8 10000x16"; else ns="2000,10000,50000"; cases="2000x8 2000x16 10000x8 10000x16 50000x8 50000x16"; fi
java="$JAVA_HOME/bin/java"
echo "== JMH: Maxwell, both cores"
"$java" -jar target/benchmarks.jar KnnEstimatorBenchmark -p n="$ns" -wi 2 -i 3 -f 1 \
    -jvmArgsAppend "-Dmaxwell.bench.data=$data" -rf csv -rff target/jmh-knn.csv
echo "== JMH: demon table, one core (taskset -c 0)"
taskset -c 0 "$java" -jar target/benchmarks.jar DemonTableBenchmark -wi 3 -i 5 -f 1 \
    -jvmArgsAppend "-Dmaxwell.bench.data=$data" -rf csv -rff target/jmh-demon.csv
"$java" -Dmaxwell.bench.data="$data" -cp target/benchmarks.jar maxwell.info.benchmarks.PrintValues $cases > target/values.csv
echo "== scikit-learn $("$py" -c 'import sklearn; print(sklearn.__version__)')"
"$py" sklearn_bench.py --data "$data" $cases | tee target/sklearn.csv
"$py" combine.py target/jmh-knn.csv target/values.csv target/sklearn.csv | tee target/results.md
echo
echo "demon table (ms, one core):"
cat target/jmh-demon.csv
