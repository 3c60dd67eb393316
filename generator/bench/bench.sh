#!/usr/bin/env bash
# Build-speed benchmark: Gongkai against Hugo (and Pagefind for search) on the same synthetic corpus, and the
# time of `gongkai check` alone (the row "check"; issue 3 asks under 5 s at 10,000 documents).
#
#   generator/bench/bench.sh [SIZES...]        default: 1000 10000 50000; RUNS=3 cold runs each;
#                                              SKIP_PAGEFIND=1 leaves out Pagefind (about a minute per run)
#
# The row "incremental" is `build --incremental` after one document's title changed, with the previous
# build's site and record in place, as CI runs it with site/ and .gongkai-cache/ cached.
#
# Each run is cold: a fresh JVM (or hugo process) and an empty output folder (but for "incremental"). Reports the median of wall
# time, CPU time (user+sys), peak RSS, pages written and documents per second, and the ratios to Hugo (wall and CPU time)
# when `hugo` (Debian package) is installed, and the Pagefind index time on Hugo's output when
# `pagefind` (npm registry: npm i -g pagefind) is on the PATH. Corpora come from
# ../shared/bench/make-corpus and are kept in $BENCH_DIR (default /tmp/gongkai-bench).
#
# Outputs go to $OUT_DIR (default /dev/shm/gongkai-bench-out, a tmpfs, when it exists): each run deletes the
# previous output, tens of thousands of inodes, and ext4 then spends seconds per run in its inode allocator
# skipping recently deleted inodes (measured: a third of a build's CPU in the kernel's recently_deleted()),
# which measures the file system's history rather than the tools. Before the timed runs, each tool runs once
# untimed: the page cache holds the corpus for every tool alike, and Gongkai's launcher records its
# class-data archive (what an installed gongkai.jar has from its first run on).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
shared="${SHARED:-$repo/../shared}"
dir="${BENCH_DIR:-/tmp/gongkai-bench}"
runs="${RUNS:-3}"
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 50000)
jar="$repo/generator/target/gongkai.jar"
as_of=2026-11-28
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)"; exit 2; }
[ -f "$jar" ] || (cd "$repo" && mvn -B -q -DskipTests package)
mkdir -p "$dir"
out_root="${OUT_DIR:-}"
if [ -z "$out_root" ]; then
  if [ -d /dev/shm ] && [ -w /dev/shm ]; then out_root=/dev/shm/gongkai-bench-out; else out_root="$dir/out"; fi
fi
mkdir -p "$out_root"

# measure LABEL OUTDIR CMD...: prints "wall cpu rss_mb" for one cold run (KEEP_OUT=1: the output folder stays)
measure() {
  local out="$2"; shift 2
  [ -n "${KEEP_OUT:-}" ] || rm -rf "$out"
  sync
  /usr/bin/time -f "%e %U %S %M" -o "$dir/time.txt" "$@" >/dev/null 2>"$dir/stderr.txt" || { cat "$dir/stderr.txt"; return 1; }
  awk '{printf "%.2f %.2f %.0f\n", $1, $2 + $3, $4 / 1024}' "$dir/time.txt"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

printf "%-12s %-6s %8s %8s %8s %8s %9s\n" tool docs wall_s cpu_s rss_mb pages docs/s
for n in "${sizes[@]}"; do
  corpus="$dir/corpus-$n"
  [ -d "$corpus" ] || python3 "$shared/bench/make-corpus" "$n" "$corpus" >/dev/null
  declare -A res=() res_cpu=()
  # "incremental": build --incremental after one document's title changed, on a copy of the corpus, with
  # the previous run's site and record in place (what CI does with site/ and .gongkai-cache/ cached)
  edit_corpus="$dir/corpus-$n-edited"
  rm -rf "$edit_corpus" && cp -r "$corpus" "$edit_corpus"
  edited=$(find "$edit_corpus/notices" -name '*.md' | sort | sed -n 1p)   # sed reads to the end: no SIGPIPE under pipefail
  for tool in check gongkai incremental hugo pagefind; do
    case $tool in
      hugo) command -v hugo >/dev/null || continue ;;
      pagefind) [ -z "${SKIP_PAGEFIND:-}" ] && command -v pagefind >/dev/null && [ -d "$out_root/hugo-$n" ] || continue ;;
    esac
    : > "$dir/runs.txt"
    for ((r = 0; r <= runs; r++)); do
      case $tool in
        check) line=$(measure "$tool" "$out_root/check-unused" java -jar "$jar" check --content "$corpus" --as-of $as_of --quiet) ;;
        gongkai) line=$(measure "$tool" "$out_root/site-$n" java -jar "$jar" build --content "$corpus" --out "$out_root/site-$n" --as-of $as_of --quiet) ;;
        incremental)
          [ "$r" -gt 0 ] || java -jar "$jar" build --content "$edit_corpus" --out "$out_root/inc-$n" --as-of $as_of --quiet --incremental >/dev/null 2>&1
          sed -i "0,/^title: /s/^title: \(.*\)\$/title: \1（第${r}次修订）/" "$edited"
          line=$(KEEP_OUT=1 measure "$tool" "$out_root/inc-$n" java -jar "$jar" build --content "$edit_corpus" --out "$out_root/inc-$n" --as-of $as_of --quiet --incremental) ;;
        hugo)
          # the shared Hugo site (../shared/bench/hugo-site): the leanest idiomatic Hugo for the same pages, with
          # the corpus mounted in place; used as it is, so the ratio is against Hugo at its best
          hugo_site="$dir/hugo-site-$n"
          mkdir -p "$hugo_site"
          sed "s#@CORPUS@#$corpus#" "$shared/bench/hugo-site/config.toml.in" > "$hugo_site/config.toml"
          ln -sfn "$shared/bench/hugo-site/layouts" "$hugo_site/layouts"
          line=$(measure "$tool" "$out_root/hugo-$n" hugo --quiet --source "$hugo_site" --destination "$out_root/hugo-$n") ;;
        pagefind) rm -rf "$out_root/hugo-$n/pagefind"; line=$(measure "$tool" "$out_root/pf-unused" pagefind --site "$out_root/hugo-$n") ;;
      esac
      [ "$r" -eq 0 ] || echo "$line" >> "$dir/runs.txt"   # run 0 is the untimed warm-up
    done
    wall=$(awk '{print $1}' "$dir/runs.txt" | median); cpu=$(awk '{print $2}' "$dir/runs.txt" | median)
    rss=$(awk '{print $3}' "$dir/runs.txt" | median)
    case $tool in
      gongkai) pages=$(find "$out_root/site-$n" -name '*.html' | wc -l) ;;
      incremental) pages=$(find "$out_root/inc-$n" -name '*.html' | wc -l) ;;
      hugo) pages=$(find "$out_root/hugo-$n" -name '*.html' | wc -l) ;;
      *) pages=- ;;   # check writes nothing; pagefind indexes Hugo's pages
    esac
    res[$tool]="$wall"; res_cpu[$tool]="$cpu"
    printf "%-12s %-6s %8s %8s %8s %8s %9.0f\n" "$tool" "$n" "$wall" "$cpu" "$rss" "$pages" "$(echo "$n / $wall" | bc -l)"
  done
  if [ -n "${res[hugo]:-}" ]; then
    printf "  ratio gongkai/hugo wall time at %s documents: %.2f\n" "$n" "$(echo "${res[gongkai]} / ${res[hugo]}" | bc -l)"
    # on a shared machine wall time measures the neighbours as much as the tools: CPU time is the fairer ratio
    printf "  ratio gongkai/hugo CPU time at %s documents: %.2f (load average %s)\n" "$n" \
      "$(echo "${res_cpu[gongkai]} / ${res_cpu[hugo]}" | bc -l)" "$(cut -d' ' -f1-3 /proc/loadavg)"
  fi
  if [ -n "${res[pagefind]:-}" ]; then
    printf "  ratio gongkai/(hugo+pagefind) at %s documents: %.2f\n" "$n" "$(echo "${res[gongkai]} / (${res[hugo]} + ${res[pagefind]})" | bc -l)"
  fi
  unset res res_cpu
  rm -rf "$out_root/site-$n" "$out_root/inc-$n" "$out_root/.gongkai-cache" "$out_root/hugo-$n" "$out_root/pf-unused" "$edit_corpus"   # a 50,000-document site is 1 GB of tmpfs
done
