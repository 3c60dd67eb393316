#!/bin/sh
# The Solr figures at scale (issue 25): documents/s pushed into the in-test 2-node SolrCloud (2 shards ×
# 2 replicas), the index's bytes per document and replica, and p50/p95 of the nine benchmark queries
# (generator/bench/search.sh) with and without the column filter, each run BENCH_ROUNDS times after a warm-up.
#   solr/bench/solr-scale.sh [DOCUMENTS]      default 200000
# A make-corpus site of BENCH_CORPUS documents (default 20000) is built once and its publish manifest
# pushed as many times as DOCUMENTS needs, one column per copy (SolrScaleBenchmark): building a
# 200,000-document site here takes far longer than pushing it.
# BENCH_WORK=DIR keeps the corpus and the site there (default: a new folder under /tmp).
# Lucene's assertions are off in the test JVM, as on a production node (they cost indexing a third).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
shared=$(cd "$repo/../shared" && pwd)
work=${BENCH_WORK:-$(mktemp -d /tmp/gongkai-solr-bench.XXXXXX)}
mkdir -p "$work"
cd "$repo"
if [ ! -d "$work/content" ]; then
  python3 "$shared/bench/make-corpus" "${BENCH_CORPUS:-20000}" "$work/content"
  printf '\nsearch_solr: /solr/zcwjk/select\n' >> "$work/content/site.yaml"
fi
[ -f generator/target/gongkai.jar ] || mvn -B -q -o package -DskipTests -pl generator -am
[ -f "$work/site/search/publish.jsonl.gz" ] ||
  java -jar generator/target/gongkai.jar build -q --content "$work/content" --out "$work/site" \
    --themes "$repo/themes" --as-of 2026-11-28 >/dev/null
mvn -B -o test -pl solr -am -Dtest=SolrScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -DenableAssertions=false -Dgongkai.solr.timeout=7200 \
  -Dgongkai.solr.bench.site="$work/site" -Dgongkai.solr.bench.documents="${1:-200000}" \
  -Dgongkai.solr.bench.rounds="${BENCH_ROUNDS:-50}" |
  grep --line-buffered -a -E '^ *[0-9.]+ s |scale:|Tests run|FAIL|ERROR'
uptime
