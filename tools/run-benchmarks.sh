#!/usr/bin/env bash
# Runs the JMH benchmarks of the benchmarks module (not part of './mvnw -B verify').
#
#   tools/run-benchmarks.sh                                  # every benchmark, every size (long: province included)
#   tools/run-benchmarks.sh ThreeRules -p size=city          # JMH's own options after the first argument
#   tools/run-benchmarks.sh -l                               # list them
#
# Builds the module (tests skipped), then runs org.openjdk.jmh.Main on its class path, so that Drools'
# service files stay as Drools ships them.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/mvnw" -B -q -f "$here/pom.xml" -pl benchmarks -am -DskipTests install >/dev/null
classpath_file="$(mktemp)"
trap 'rm -f "$classpath_file"' EXIT
"$here/mvnw" -B -q -f "$here/benchmarks/pom.xml" dependency:build-classpath -Dmdep.outputFile="$classpath_file" >/dev/null
exec java -cp "$here/benchmarks/target/classes:$(cat "$classpath_file")" org.openjdk.jmh.Main "$@"
