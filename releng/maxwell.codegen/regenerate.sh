#!/usr/bin/env bash
# Regenerates bundles/maxwell.model/src-gen (and reconciles model/maxwell.genmodel) from
# model/maxwell.ecore with EMF's code generator, without an Eclipse IDE.
# Running it again without changing the .ecore leaves every file byte-for-byte unchanged.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

if [[ -z "${JAVA_HOME:-}" ]]; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
    if [[ -x "$candidate/bin/java" ]]; then JAVA_HOME="$candidate"; break; fi
  done
fi
if [[ -z "${JAVA_HOME:-}" ]]; then
  echo "regenerate.sh: set JAVA_HOME to a JDK 21 or newer" >&2
  exit 2
fi
export JAVA_HOME

# -o (offline) is passed through when given, e.g. ./regenerate.sh -o
exec "$repo/mvnw" -B -q "$@" -f "$here/pom.xml" compile exec:java
