#!/usr/bin/env bash
# Platform (集约化) benchmark: a whole build of make-platform COLUMNS DOCS against a single 10,000-document
# column, the CI fan-out (parts built one after another here, as GitHub Actions would run them side by side,
# then assemble), and an incremental build after one document of one column changed.
#
#   generator/bench/platform.sh [COLUMNS DOCS [GROUPS]]     default: 20 2000 4
#
# Reports wall time, CPU time (user+sys, the launcher's second JVM included), peak RSS and ms per document
# (wall and CPU). On a shared or loaded machine compare CPU-ms per document: wall time then measures the
# neighbours. Corpora are kept in $BENCH_DIR (default /tmp/gongkai-bench), outputs go to a tmpfs (see bench.sh).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
shared="${SHARED:-$repo/../shared}"
dir="${BENCH_DIR:-/tmp/gongkai-bench}"
columns="${1:-20}"; docs="${2:-2000}"; groups="${3:-4}"
jar="$repo/generator/target/gongkai.jar"
as_of=2026-11-28
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)"; exit 2; }
[ -f "$jar" ] || (cd "$repo" && mvn -B -q -DskipTests package)
out="${OUT_DIR:-/dev/shm/gongkai-platform-bench}"
mkdir -p "$dir" "$out"
platform="$dir/platform-$columns-$docs"
[ -d "$platform" ] || python3 "$shared/bench/make-platform" "$columns" "$docs" "$platform" >/dev/null
single="$dir/corpus-10000"
[ -d "$single" ] || python3 "$shared/bench/make-corpus" 10000 "$single" >/dev/null

# run LABEL DOCS CMD...: one cold run, one line of figures
run() {
  local label="$1" n="$2"; shift 2
  sync
  /usr/bin/time -f "%e %U %S %M" -o "$dir/time.txt" "$@" >/dev/null 2>"$dir/stderr.txt" || { cat "$dir/stderr.txt"; return 1; }
  awk -v l="$label" -v n="$n" '{cpu=$2+$3; printf "%-34s %8d %8.1f %8.1f %8.0f %9.3f %9.3f\n", l, n, $1, cpu, $4/1024, 1000*$1/n, 1000*cpu/n}' "$dir/time.txt"
}

total=$((columns * docs))
printf "%-34s %8s %8s %8s %8s %9s %9s\n" run docs wall_s cpu_s rss_mb wall_ms/doc cpu_ms/doc
java -jar "$jar" build --content "$single" --out "$out/warm" --as-of "$as_of" -q >/dev/null 2>&1 || true  # class-data archive
rm -rf "$out/single"; run "single column, 10,000 docs" 10000 java -jar "$jar" build --content "$single" --out "$out/single/site" --as-of "$as_of" -q
rm -rf "$out/whole"; run "platform whole, $columns×$docs" "$total" java -jar "$jar" build --content "$platform" --out "$out/whole/site" --as-of "$as_of" -q

# fan-out: the columns in GROUPS groups, each a part; the critical path is the slowest part plus assemble
ids=$(sed -n 's/^  - {id: \([a-z0-9_-]*\),.*/\1/p' "$platform/platform.yaml")
i=0; declare -a group=()
for id in $ids; do g=$((i % groups)); group[$g]="${group[$g]:+${group[$g]},}$id"; i=$((i + 1)); done
rm -rf "$out/parts"; parts=()
for g in $(seq 0 $((groups - 1))); do
  n=$(( $(tr ',' '\n' <<<"${group[$g]}" | wc -l) * docs ))
  run "part $((g + 1))/$groups (${group[$g]:0:20}…)" "$n" java -jar "$jar" build --content "$platform" --columns "${group[$g]}" --out "$out/parts/p$g" --as-of "$as_of" -q
  parts+=("$out/parts/p$g")
done
rm -rf "$out/assembled"; run "assemble $groups parts" "$total" java -jar "$jar" assemble --content "$platform" --out "$out/assembled/site" --as-of "$as_of" -q "${parts[@]}"
diff -rq -x lucene "$out/whole/site" "$out/assembled/site" >/dev/null && echo "assembled = whole build (Lucene segment files aside)" || echo "assembled DIFFERS from the whole build"

# incremental: one document's title changed in one column, previous output and record in place
rm -rf "$out/inc" && cp -r "$platform" "$out/inc-platform" 2>/dev/null || true
run "incremental, first (full) build" "$total" java -jar "$jar" build --content "$out/inc-platform" --out "$out/inc/site" --as-of "$as_of" -q --incremental
f=$(find "$out/inc-platform/columns" -path '*/notices/*' -name '*.md' | sort | sed -n 1p)
sed -i '0,/^title: /s/^title: /title: （修订）/' "$f"
run "incremental, one title edited" "$total" java -jar "$jar" build --content "$out/inc-platform" --out "$out/inc/site" --as-of "$as_of" -q --incremental
rm -rf "$out/inc-platform"
