#!/usr/bin/env bash
# The Spark job's scaling table of the README (not part of './mvnw -B verify'): a generated region (city by
# default) cut into 2, 8 and 32 parts, run on local[1] and local[2] (org.dangjian.spark.ScalingRun).
#
#   tools/spark-scaling.sh [county|city]
#
# Builds the spark module and its test classes (tests skipped), then runs ScalingRun on their class path
# with JAVA_HEAP (default 8g) of heap.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/mvnw" -B -q -f "$here/pom.xml" -pl spark -am -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
  -Djapicmp.skip=true package dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/classpath.txt >/dev/null
exec java "-Xmx${JAVA_HEAP:-8g}" @"$here/spark/conf/jvm-options.txt" -Dlog4j2.configurationFile="$here/spark/conf/log4j2.properties" \
  -cp "$here/spark/target/test-classes:$here/spark/target/classes:$(cat "$here/spark/target/classpath.txt")" \
  org.dangjian.spark.ScalingRun "$@"
