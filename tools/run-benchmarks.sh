#!/usr/bin/env bash
# Runs the JMH benchmarks of the benchmarks module (not part of './mvnw -B verify').
#
#   tools/run-benchmarks.sh                                  # every benchmark, every size (long: province included)
#   tools/run-benchmarks.sh ThreeRules -p size=city          # JMH's own options after the first argument
#   tools/run-benchmarks.sh -l                               # list them
#   tools/run-benchmarks.sh --memory FILE                    # bytes per member a dataset read from FILE holds
#                                                            # (JAVA_HEAP=4g by default; MemoryFootprint)
#
# Builds the module (tests skipped), then runs org.openjdk.jmh.Main on its class path, so that Drools'
# service files stay as Drools ships them.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/mvnw" -B -q -f "$here/pom.xml" -pl benchmarks -am -DskipTests install >/dev/null
classpath_file="$(mktemp)"
trap 'rm -f "$classpath_file"' EXIT
"$here/mvnw" -B -q -f "$here/benchmarks/pom.xml" dependency:build-classpath -Dmdep.outputFile="$classpath_file" >/dev/null
classpath="$here/benchmarks/target/classes:$(cat "$classpath_file")"
if [[ "${1:-}" == "--memory" ]]; then
  shift
  exec java "-Xmx${JAVA_HEAP:-4g}" -cp "$classpath" org.dangjian.benchmarks.MemoryFootprint "$@"
fi
exec java -cp "$classpath" org.openjdk.jmh.Main "$@"
