#!/bin/sh
# Search budgets and the Pagefind comparison (issue 4).
#   generator/bench/search.sh synthetic [N]   make-corpus N documents (default 10000)
#   generator/bench/search.sh real            the real corpus from shared/bench/real-to-content
#   generator/bench/search.sh DIR             any content folder
# BENCH_WORK=DIR keeps the corpus, the site and Pagefind there (default: a new folder under /tmp).
# Needs python3, node (Pagefind: the one on PATH, else from the npm registry) and Debian's chromium +
# chromedriver. Bytes per query are counted by the server as Chromium fetches them (see SearchBenchmark).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
shared=$(cd "$repo/../shared" 2>/dev/null && pwd || true)
work=${BENCH_WORK:-$(mktemp -d /tmp/gongkai-search-bench.XXXXXX)}
mkdir -p "$work"
case "${1:-synthetic}" in
  synthetic) content="$work/content"; [ -d "$content" ] || python3 "$shared/bench/make-corpus" "${2:-10000}" "$content" ;;
  real)      content="$work/real/content"; [ -d "$content" ] || python3 "$shared/bench/real-to-content" "$content" ;;
  *)         content=$(cd "$1" && pwd) ;;
esac
pagefind=""
if [ -z "${NO_PAGEFIND:-}" ]; then
  if command -v pagefind >/dev/null 2>&1; then
    pagefind=$(command -v pagefind)
  elif (cd "$work" && npm i --no-audit --no-fund --silent pagefind@1 >/dev/null 2>&1); then
    [ -x "$work/node_modules/.bin/pagefind" ] && pagefind="$work/node_modules/.bin/pagefind"
  fi
  [ -n "$pagefind" ] || echo "Pagefind could not be installed from the npm registry; measuring Gongkai only" >&2
fi
rm -rf "$work/site"
cd "$repo/generator"
mvn -q -o test -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.content="$content" -Dbench.pagefind="$pagefind" -Dbench.work="$work"
