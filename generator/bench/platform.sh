#!/usr/bin/env bash
# Platform (集约化) benchmark: `check` and a whole build of make-platform COLUMNS DOCS against a single
# 10,000-document column, the CI fan-out (GROUPS parts built as GROUPS parallel processes, as GitHub
# Actions runs them side by side, then assemble, compared with the whole build), and an incremental build
# after one document of one column changed (what it rewrote, counted by kind).
#
#   generator/bench/platform.sh [COLUMNS DOCS [GROUPS]]     default: 20 2000 4
#
# Reports wall time, CPU time (user+sys, the launcher's second JVM included), peak RSS (/usr/bin/time's
# maximum resident set size) and ms per document (wall and CPU), each run with the load average before it.
# On a shared or loaded machine compare CPU-ms per document: wall time then measures the neighbours.
# Corpora are kept in $BENCH_DIR (default /tmp/gongkai-bench); outputs go to $OUT_DIR (default a tmpfs;
# 200,000 documents write ~6 GB, so point it at a disk then). JAR overrides the generator's jar.
# SKIP_CHECK=1 leaves out the check run.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
shared="${SHARED:-$repo/../shared}"
dir="${BENCH_DIR:-/tmp/gongkai-bench}"
columns="${1:-20}"; docs="${2:-2000}"; groups="${3:-4}"
jar="${JAR:-$repo/generator/target/gongkai.jar}"
as_of=2026-11-28
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)"; exit 2; }
[ -f "$jar" ] || (cd "$repo" && mvn -B -q -DskipTests package)
out="${OUT_DIR:-/dev/shm/gongkai-platform-bench}"
mkdir -p "$dir" "$out"
platform="$dir/platform-$columns-$docs"
[ -d "$platform" ] || python3 "$shared/bench/make-platform" "$columns" "$docs" "$platform" >/dev/null
single="$dir/corpus-10000"
[ -d "$single" ] || python3 "$shared/bench/make-corpus" 10000 "$single" >/dev/null

load() { cut -d' ' -f1 /proc/loadavg; }
# figures FILE LABEL DOCS LOAD: one line from /usr/bin/time's "%e %U %S %M"
figures() {
  awk -v l="$2" -v n="$3" -v ld="$4" '{cpu=$2+$3; printf "%-38s %8d %8.1f %8.1f %8.0f %9.3f %9.3f %6s\n", l, n, $1, cpu, $4/1024, 1000*$1/n, 1000*cpu/n, ld}' "$1"
}
# run LABEL DOCS CMD...: one cold run, one line of figures
run() {
  local label="$1" n="$2" ld; shift 2
  sync; ld=$(load)
  /usr/bin/time -f "%e %U %S %M" -o "$dir/time.txt" "$@" >"$dir/stdout.txt" 2>"$dir/stderr.txt" \
    || { tail -20 "$dir/stdout.txt" "$dir/stderr.txt"; return 1; }
  figures "$dir/time.txt" "$label" "$n" "$ld"
}

total=$((columns * docs))
echo "# $(date -u +%FT%TZ) $(nproc) cores; uptime: $(uptime)"
printf "%-38s %8s %8s %8s %8s %9s %9s %6s\n" run docs wall_s cpu_s rss_mb wall_ms/doc cpu_ms/doc load
java -jar "$jar" build --content "$single" --out "$out/warm" --as-of "$as_of" -q >/dev/null 2>&1 || true  # class-data archive
rm -rf "$out/warm"
[ -n "${SKIP_CHECK:-}" ] || run "check, platform $columns×$docs" "$total" java -jar "$jar" check --content "$platform" --as-of "$as_of" -q
rm -rf "$out/single"; run "single column, 10,000 docs" 10000 java -jar "$jar" build --content "$single" --out "$out/single/site" --as-of "$as_of" -q
rm -rf "$out/single"
# the whole build keeps its record (--incremental on an empty output is a full build) so that the edit
# below is measured against it
rm -rf "$out/whole" "$out/.gongkai-cache"
run "platform whole, $columns×$docs" "$total" java -jar "$jar" build --content "$platform" --out "$out/whole/site" --as-of "$as_of" -q --incremental
echo "  output: $(find "$out/whole/site" -name '*.html' | wc -l) pages, $(du -sh "$out/whole/site" | cut -f1)"

ids=$(sed -n 's/^  - {id: \([a-z0-9_-]*\),.*/\1/p' "$platform/platform.yaml")
# incremental: one policy's title changed in one column (the platform's middle one), output and record in place
mid=$(echo "$ids" | sed -n "$(( (columns + 1) / 2 ))p")
f=$(find "$platform/columns/$mid/policies" -name '*.md' | sort | sed -n 1p)
cp "$f" "$dir/edited.md.orig"
trap 'cp "$dir/edited.md.orig" "$f"' EXIT  # the corpus stays as make-platform wrote it
sed -i '0,/^title: /s/^title: /title: （修订）/' "$f"
touch "$dir/marker"; sleep 1
run "incremental, one title edited ($mid)" "$total" java -jar "$jar" build --content "$platform" --out "$out/whole/site" --as-of "$as_of" -q --incremental
echo "  rewritten (files newer than the edit, .gz aside), by where they are:"
find "$out/whole/site" -type f -newer "$dir/marker" ! -name '*.gz' -printf '%P\n' \
  | awk -F/ -v c="$mid" '{k = $1 == c ? (c "/" ($2 == "search" ? "search" : "pages")) : ($1 ~ /^(search|zcwjk)$/ ? $1 : ($1 ~ /^c[0-9]+$|^county$/ ? "other columns" : "platform pages"))} {n[k]++} END {for (k in n) printf "    %-20s %d\n", k, n[k]}' | sort
# the edit undone (and measured again), so that the output is the whole build's again for the fan-out
cp "$dir/edited.md.orig" "$f"
run "incremental, the edit undone" "$total" java -jar "$jar" build --content "$platform" --out "$out/whole/site" --as-of "$as_of" -q --incremental

# fan-out: the columns in GROUPS groups, each a part built by its own process, all at once; then assemble
i=0; declare -a group=()
for id in $ids; do g=$((i % groups)); group[$g]="${group[$g]:+${group[$g]},}$id"; i=$((i + 1)); done
rm -rf "$out/parts"; mkdir -p "$out/parts"; parts=(); pids=()
sync; ld=$(load); start=$(date +%s.%N)
for g in $(seq 0 $((groups - 1))); do
  /usr/bin/time -f "%e %U %S %M" -o "$out/parts/time$g.txt" java -jar "$jar" build --content "$platform" \
    --columns "${group[$g]}" --out "$out/parts/p$g" --as-of "$as_of" -q >"$out/parts/log$g.txt" 2>&1 &
  pids+=($!); parts+=("$out/parts/p$g")
done
for p in "${pids[@]}"; do wait "$p" || { echo "a part failed"; cat "$out"/parts/log*.txt | tail -20; exit 1; }; done
end=$(date +%s.%N)
for g in $(seq 0 $((groups - 1))); do
  n=$(( $(tr ',' '\n' <<<"${group[$g]}" | wc -l) * docs ))
  figures "$out/parts/time$g.txt" "  part $((g + 1))/$groups (parallel)" "$n" "$ld"
done
awk -v s="$start" -v e="$end" -v g="$groups" 'BEGIN{printf "%-38s %8s %8.1f\n", g " parts side by side (wall)", "", e - s}'
rm -rf "$out/assembled"; run "assemble $groups parts" "$total" java -jar "$jar" assemble --content "$platform" --out "$out/assembled/site" --as-of "$as_of" -q "${parts[@]}"
diff -rq -x lucene "$out/whole/site" "$out/assembled/site" >/dev/null && echo "  assembled = whole build (Lucene segment files aside)" || echo "  assembled DIFFERS from the whole build"
rm -rf "$out/assembled" "$out/parts"
