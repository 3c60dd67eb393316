#!/bin/sh
# Search budgets and the Pagefind comparison (issue 4).
#   generator/bench/search.sh synthetic [N]   make-corpus N documents (default 10000)
#   generator/bench/search.sh real            the real corpus from shared/bench/real-to-content
#   generator/bench/search.sh DIR             any content folder
# Needs python3, node/npm (Pagefind comes from the npm registry) and Debian's chromium + chromedriver.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
shared=$(cd "$repo/../shared" 2>/dev/null && pwd || true)
work=${BENCH_WORK:-$(mktemp -d /tmp/gongkai-search-bench.XXXXXX)}
case "${1:-synthetic}" in
  synthetic) content="$work/content"; [ -d "$content" ] || python3 "$shared/bench/make-corpus" "${2:-10000}" "$content" ;;
  real)      content="$work/real/content"; [ -d "$content" ] || python3 "$shared/bench/real-to-content" "$content" ;;
  *)         content=$(cd "$1" && pwd) ;;
esac
pagefind=""
if [ -z "${NO_PAGEFIND:-}" ]; then
  if (cd "$work" && npm i --no-audit --no-fund --silent pagefind@1 >/dev/null 2>&1); then
    [ -x "$work/node_modules/.bin/pagefind" ] && pagefind="$work/node_modules/.bin/pagefind"
  fi
  [ -n "$pagefind" ] || echo "Pagefind could not be installed from the npm registry; measuring Gongkai only" >&2
fi
cd "$repo/generator"
mvn -q -o test -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.content="$content" -Dbench.pagefind="$pagefind"
