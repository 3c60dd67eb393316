#!/usr/bin/env bash
# serve benchmark: one-document edits on a corpus, as `gongkai serve` meets them.
#
#   generator/bench/serve.sh [DOCS] [EDITS]        default: 10000 documents, 12 edits
#
# Two measurements on a copy of the make-corpus corpus (on /dev/shm when it exists):
#  - ServeReload: the real preview server and file watcher; for each edit, save → the reload request
#    returns (what the page's reload script waits on) → the edited page fetched again;
#  - ServeEdit: Preview.rebuild alone, with each phase's wall and CPU time (-Dphases=true).
# Both run in the JVM `gongkai serve` runs in (the launcher's options for serve).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
shared="${SHARED:-$repo/../shared}"
docs="${1:-10000}"
edits="${2:-12}"
scratch=/tmp; [ -d /dev/shm ] && [ -w /dev/shm ] && scratch=/dev/shm
corpus="$scratch/gongkai-serve-corpus-$docs"
[ -d "$corpus" ] || python3 "$shared/bench/make-corpus" "$docs" "$corpus" >/dev/null
cd "$repo/generator"
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
opts=$(java -cp "$cp" org.gongkai.cli.JvmOptionsOf serve)
echo "JVM options (as the launcher starts serve): $opts"
rm -rf "$scratch/gongkai-serve-out"
java $opts -cp "$cp" org.gongkai.bench.ServeReload "$corpus" "$scratch/gongkai-serve-out" "$edits"
rm -rf "$scratch/gongkai-serve-out"
java $opts -Dphases=true -cp "$cp" org.gongkai.bench.ServeEdit "$corpus" "$scratch/gongkai-serve-out" "$edits"
rm -rf "$scratch/gongkai-serve-out"
