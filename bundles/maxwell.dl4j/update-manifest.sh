#!/usr/bin/env bash
# Regenerates META-INF/MANIFEST.MF from the jars the build copied into lib/:
# every jar goes on Bundle-ClassPath, every org.nd4j / org.deeplearning4j package is exported.
# Run after changing the artifact list in pom.xml and building once (./mvnw -B -pl targets,bundles/maxwell.dl4j generate-resources).
set -euo pipefail
cd "$(dirname "$0")"
[ -d lib ] && ls lib/*.jar >/dev/null 2>&1 || { echo "lib/ is empty: build the bundle first" >&2; exit 1; }
jar_tool="${JAVA_HOME:+$JAVA_HOME/bin/}jar"
jars=$(ls lib/*.jar | sort)
packages=$(for j in $jars; do "$jar_tool" tf "$j"; done | grep '\.class$' | sed 's#/[^/]*$##' \
  | grep -E '^org/(nd4j|deeplearning4j)/' | sort -u | tr / .)
{
  echo "Manifest-Version: 1.0"
  echo "Bundle-ManifestVersion: 2"
  echo "Bundle-Name: Maxwell DL4J/ND4J runtime"
  echo "Bundle-SymbolicName: maxwell.dl4j"
  echo "Bundle-Version: 0.1.0.qualifier"
  echo "Bundle-Vendor: Maxwell"
  echo "Automatic-Module-Name: maxwell.dl4j"
  echo "Bundle-RequiredExecutionEnvironment: JavaSE-21"
  echo "Bundle-Activator: maxwell.dl4j.internal.Nd4jOsgiActivator"
  echo "Bundle-ActivationPolicy: lazy"
  echo "Eclipse-BundleShape: dir"
  echo "Import-Package: org.osgi.framework;version=\"[1.10,2)\""
  echo "DynamicImport-Package: *"
  printf "Bundle-ClassPath: ."
  for j in $jars; do printf ",\n %s" "$j"; done
  echo
  printf "Export-Package: maxwell.dl4j"
  for p in $packages; do printf ",\n %s" "$p"; done
  echo
} > META-INF/MANIFEST.MF
echo "MANIFEST.MF: $(echo "$jars" | wc -l) jars, $(echo "$packages" | wc -l) exported packages"
