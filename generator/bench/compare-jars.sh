#!/usr/bin/env bash
# Interleaved cold runs of several generator jars on one column, for "no slower than before" figures:
# each round runs every jar once, in turn, so a change in the machine's load falls on all of them alike.
#
#   generator/bench/compare-jars.sh build|check RUNS CONTENT JAR...
#
# Runs in the first JVM (-Dgongkai.fork=false) with the launcher's own options, so no class-data archive
# or second JVM differs between jars; prints CPU-s (user+sys), wall, output MB and the load before each run,
# then each jar's median CPU-s. Old jars: `git worktree add /tmp/old REV && mvn -q -DskipTests package` there.
set -euo pipefail
cmd=$1; runs=$2; content=$3; shift 3
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)"; exit 2; }
opts=(-Dgongkai.fork=false -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmn120m -XX:MaxTenuringThreshold=1 -Xss4m -Xmx2g)
declare -A all
for ((r = 0; r < runs; r++)); do
  for jar in "$@"; do
    out=$(mktemp -d /dev/shm/gongkai-compare.XXXXXX)
    case $cmd in
      build) args=(build --content "$content" --out "$out/site" --as-of 2026-11-28 --quiet) ;;
      check) args=(check --content "$content" --as-of 2026-11-28 --quiet) ;;
      *) echo "build or check"; exit 2 ;;
    esac
    load=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -f "%e %U %S" -o "$out/time" java "${opts[@]}" -jar "$jar" "${args[@]}" >/dev/null 2>&1 || true
    read -r wall user sys < "$out/time"
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')
    mb=$([ -d "$out/site" ] && du -sm "$out/site" | cut -f1 || echo -)
    echo "$jar run $r: cpu $cpu s, wall $wall s, $mb MB, load $load"
    all[$jar]="${all[$jar]:-} $cpu"
    rm -rf "$out"
  done
done
for jar in "$@"; do
  echo "median $jar: $(tr ' ' '\n' <<< "${all[$jar]}" | sed '/^$/d' | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}') CPU-s [${all[$jar]} ]"
done
