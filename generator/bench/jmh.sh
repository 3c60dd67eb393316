#!/usr/bin/env bash
# JMH microbenchmarks of a build's per-document inner loops (generator/src/test/java/org/gongkai/bench/).
#
#   generator/bench/jmh.sh [JMH options]      e.g. generator/bench/jmh.sh HotLoops.markdownToHtml -f 1 -wi 2
#
# Compiles the tests (JMH's annotation processor writes the harness into target/test-classes) and runs
# org.openjdk.jmh.Main on the test class path. Times are per document (µs/op).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cd "$repo/generator"
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/jmh.classpath
java -Dgongkai.repo="$repo" -cp "target/test-classes:target/classes:$(cat target/jmh.classpath)" \
  org.openjdk.jmh.Main -jvmArgsAppend "-Dgongkai.repo=$repo" "${@:-HotLoops}"
