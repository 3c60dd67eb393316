#!/usr/bin/env bash
# The platform's unified search (OUT/search/) over a built platform: what a cold first query downloads
# (gzip, as a static host serves it: script, manifests, shards, metadata of the results shown) for the nine
# queries of search.sh, without the column filter and with it (the county's column and a township's), and
# known-item success@5 without and with the filter (the known item's own column).
#
#   generator/bench/platform-search.sh OUT [ITEMS] [EXACT]      OUT: gongkai build --content PLATFORM --out OUT
#
# The platform's index is bounded (a frequent term keeps its best postings only, README 全平台搜索); EXACT, a
# folder with the same platform's index exported exactly (columns linked in), adds overlap@10 of each of the
# nine unfiltered rankings with the exact one.
#
# Known items as SearchQualityTest picks them: a random 4–11 character stretch of a document's title that
# at most three titles of the whole platform hold (seeded, so runs compare). ITEMS: how many (default 200).
# Needs node and python3; answers come from the site's own search.js through static-search.js.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
site="$(cd "$1" && pwd)"; items="${2:-200}"; exact="${3:-}"
[ -f "$site/search/manifest.json" ] || { echo "$site/search/manifest.json missing: build a platform first"; exit 2; }
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
read -r county township < <(python3 -c '
import json,sys; cs=json.load(open(sys.argv[1]))["columns"]
print(cs[0]["id"], cs[len(cs)//2]["id"])' "$site/search/manifest.json")
queries=("低保" "医疗救助" "耕地地力保护补贴" "疫情防控" "安政发〔2019〕" "营商环境 个体工商户" "养老保险" "村务公开" "东关村 资金发放")
for mode in "" "$county" "$township"; do
  for q in "${queries[@]}"; do printf '%s\t%s\n' "$q" "$mode"; done
done > "$work/budget.txt"
node "$here/static-search.js" "$site" --limit 10 < "$work/budget.txt" > "$work/budget.json"
if [ -n "$exact" ]; then
  for q in "${queries[@]}"; do printf '%s\n' "$q"; done | node "$here/static-search.js" "$exact" --limit 10 > "$work/exact.json"
fi

python3 - "$site" "$items" > "$work/items.txt" <<'EOF'
import json, os, random, sys
site, want = sys.argv[1], int(sys.argv[2])
m = json.load(open(os.path.join(site, "search", "manifest.json")))
docs = []
for c in m["columns"]:
    folder = os.path.normpath(os.path.join(site, "search", c["m"]))
    for k in range((c["n"] + m["chunk"] - 1) // m["chunk"]):
        for d in json.load(open(os.path.join(folder, f"{k}.json"))):
            docs.append((c["id"] + ":" + d["id"], d["t"], c["id"]))
count = {}
for d in docs:
    count[d[1]] = count.get(d[1], 0) + 1
rnd = random.Random(20261128)
order = docs[:]
rnd.shuffle(order)
# every title once, one per line: str.find over it runs in C, where a loop over 200,000 titles per
# candidate stretch did not finish in time (a stretch counted more often than the titles holding it only
# makes the pick stricter)
titles = "\n".join(d[1] for d in docs)
def rare(q):  # at most three occurrences: stop at the fourth, most stretches of a title are common
    at = -1
    for _ in range(4):
        at = titles.find(q, at + 1)
        if at < 0:
            return True
    return False
picked = {}
for doc, title, column in order:
    if len(picked) == want:
        break
    if count[title] != 1 or len(title) < 4:
        continue
    for _ in range(40):
        n = 4 + rnd.randrange(min(8, len(title)) - 3)
        s = rnd.randrange(len(title) - n + 1)
        q = title[s:s + n]
        if q in picked or not any(ch.isalnum() for ch in q):
            continue
        if rare(q):
            picked[q] = (doc, column)
            break
for q, (doc, column) in picked.items():
    print(f"{q}\t\t{doc}")
    print(f"{q}\t{column}\t{doc}")
EOF
cut -f1,2 "$work/items.txt" | node "$here/static-search.js" "$site" --limit 5 > "$work/items.json"

python3 - "$work" "$county" "$township" <<'EOF'
import json, statistics, sys
work, county, township = sys.argv[1:]
rows = [json.loads(l) for l in open(f"{work}/budget.json")]
print("| query | column filter | results (confirmed) | files | bytes (gzip, cold) |\n|---|---|---|---|---|")
for r in rows:
    total = f"{r['total']}" if r.get("exact", True) else f"~{r['total']} ({r['confirmed']})"
    print(f"| {r['q']} | {r['column'] or '全部栏目'} | {total} | {r['files']} | {r['gzipBytes']} |")
import os
if os.path.exists(f"{work}/exact.json"):
    exact = [json.loads(l) for l in open(f"{work}/exact.json")]
    overlaps = []
    for r, x in zip([r for r in rows if not r["column"]], exact):
        o = len(set(r["ids"]) & set(x["ids"])) / max(1, min(10, len(x["ids"])))
        overlaps.append(o)
        print(f"overlap@10 with the exact ranking, {r['q']}: {o:.2f} (exact total {x['total']})")
    print(f"overlap@10 mean {statistics.mean(overlaps):.3f}, min {min(overlaps):.2f}")
for label, col in (("全部栏目", ""), (county, county), (township, township)):
    b = [r["gzipBytes"] for r in rows if r["column"] == col]
    print(f"first query, {label}: median {statistics.median(b) / 1024:.1f} KB, max {max(b) / 1024:.1f} KB")
want = [l.rstrip("\n").split("\t")[2] for l in open(f"{work}/items.txt")]
got = [json.loads(l) for l in open(f"{work}/items.json")]
for label, filtered in (("without the column filter", False), ("with the column filter", True)):
    pairs = [(w, g) for w, g in zip(want, got) if bool(g["column"]) == filtered]
    hits = sum(1 for w, g in pairs if w in g["ids"][:5])
    print(f"known-item success@5 {label}: {hits / len(pairs):.3f} ({hits}/{len(pairs)})")
EOF
