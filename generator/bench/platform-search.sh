#!/usr/bin/env bash
# The platform's unified search (OUT/search/) over a built platform: what a cold first query downloads
# (gzip, as a static host serves it: script, manifests, shards, metadata of the results shown) for the nine
# queries of search.sh, without the column filter and with it (the county's column and a township's), and
# known-item success@5 without and with the filter (the known item's own column).
#
#   generator/bench/platform-search.sh OUT [ITEMS]      OUT: gongkai build --content PLATFORM --out OUT
#
# Known items as SearchQualityTest picks them: a random 4–11 character stretch of a document's title that
# at most three titles of the whole platform hold (seeded, so runs compare). ITEMS: how many (default 200).
# Needs node and python3; answers come from the site's own search.js through static-search.js.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
site="$(cd "$1" && pwd)"; items="${2:-200}"
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
# every title once, one per line: str.count over it runs in C, where a loop over 200,000 titles per
# candidate stretch did not finish in time (a stretch counted more often than the titles holding it only
# makes the pick stricter)
titles = "\n".join(d[1] for d in docs)
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
        if titles.count(q) <= 3:
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
print("| query | column filter | results | tier files | files | bytes (gzip, cold) |\n|---|---|---|---|---|---|")
for r in rows:
    total = r["total"] if r.get("exact", True) else f"至少 {r['total']}"
    print(f"| {r['q']} | {r['column'] or '全部栏目'} | {total} | {r.get('tiers', 0)} | {r['files']} | {r['gzipBytes']} |")
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
