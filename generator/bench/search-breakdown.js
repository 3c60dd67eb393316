#!/usr/bin/env node
// Where a cold first query's shard bytes go, per query term: its kept postings (d, s, h, n, f), the set of
// every document holding it (m), the title positions of documents not kept (td, th), and the other terms
// that share its shard. Each part gzip-compressed on its own (level 6), so the parts add up to about the
// shard's size. Tells whether a partition of m or td/th would pay, and how each grows with the corpus.
// A bounded index (a platform's) has no m, td, th: its kept postings are the whole entry. The last line gives
// the fixed costs every first query pays: the script and the manifest (a platform's lists its columns).
// Usage: node search-breakdown.js SITE_DIR < queries.txt   (one query per line, no column filter)
'use strict';
const fs = require('fs'), path = require('path'), zlib = require('zlib');
const site = process.argv[2];
const script = fs.readdirSync(path.join(site, 'assets')).find(f => /^search\..*\.js$/.test(f));
const core = require(path.resolve(site, 'assets', script));
const gz = s => zlib.gzipSync(Buffer.from(s), { level: 6 }).length;
const m = JSON.parse(fs.readFileSync(path.join(site, 'search', 'manifest.json'), 'utf8'));
const base = path.join(site, 'search', m.base);
const lines = fs.readFileSync(0, 'utf8').split('\n').filter(Boolean);
console.log(['query', 'term', 'n', 'postings', 'm', 'td/th', 'other terms'].join('\t'));
for (const q of lines) {
  const keys = [...new Set(core.parse(q).flat())];
  for (const k of keys) {
    const shard = JSON.parse(fs.readFileSync(path.join(base, core.shardOf(k, m.shards) + '.json'), 'utf8'));
    const e = shard[k];
    if (!e) { console.log([q, k, 0, 0, 0, 0, gz(JSON.stringify(shard))].join('\t')); continue; }
    const { m: members, td, th, ...kept } = e;
    const others = Object.assign({}, shard); delete others[k];
    console.log([q, k, e.n, gz(JSON.stringify(kept)), members ? gz(JSON.stringify(members)) : 0,
      td ? gz(JSON.stringify({ td, th })) : 0, gz(JSON.stringify(others))].join('\t'));
  }
}
const fixed = f => zlib.gzipSync(fs.readFileSync(f), { level: 6 }).length;
console.log(['fixed', 'script', fixed(path.join(site, 'assets', script)), 'manifest',
  fixed(path.join(site, 'search', 'manifest.json')), 'shards', m.shards].join('\t'));
