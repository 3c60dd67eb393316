#!/usr/bin/env node
// The browser's ranking, run in Node over a built site: loads the site's own assets/search.*.js and
// answers queries from search/manifest.json and its shards exactly as the search page would.
// Usage: node static-search.js SITE_DIR [--limit 10] [--column ID] < queries.txt   (one query per line)
// A platform's site (OUT, whose search/manifest.json lists columns) answers over all columns, or with --column
// only over that one; a line "QUERY\tCOLUMN" sets the column for that query alone.
// Prints one JSON line per query: {q, terms (the query's alternatives as search.js analysed them), cut (terms
// were left out), ids (top hits, rank order), total, exact (a bounded index's count may not be), confirmed
// (hits confirmed for every term), files, gzipBytes}, where
// gzipBytes counts everything a cold-cache first query downloads (script, manifest, shards, metadata of
// the results shown), each file gzip-compressed as a static host serves it.
'use strict';
const fs = require('fs'), path = require('path'), zlib = require('zlib');
const site = process.argv[2];
const option = name => process.argv.indexOf(name) > 0 ? process.argv[process.argv.indexOf(name) + 1] : '';
const limit = Number(option('--limit') || 10), onlyColumn = option('--column');
const script = fs.readdirSync(path.join(site, 'assets')).find(f => /^search\..*\.js$/.test(f));
const core = require(path.resolve(site, 'assets', script));
const gz = f => zlib.gzipSync(fs.readFileSync(f), { level: 6 }).length;
const json = f => JSON.parse(fs.readFileSync(f, 'utf8'));
const manifestFile = path.join(site, 'search', 'manifest.json');
// a manifest with its folders resolved against its address, as the page resolves them
function load(file) {
  const m = json(file);
  m.base = path.join(path.dirname(file), m.base) + path.sep;
  (m.columns || []).forEach(c => { c.m = path.join(path.dirname(file), c.m) + path.sep; });
  return m;
}
const platform = load(manifestFile);

function answer(line) {
  const [q, column = onlyColumn] = line.split('\t');
  const files = new Set([path.join(site, 'assets', script), manifestFile]);
  // the column filter: that column's own index (search.js's scope)
  const c = column && (platform.columns || []).find(x => x.id === column);
  if (column && !c) throw new Error('no column ' + column);
  const m = c ? load(path.join(site, 'search', c.manifest)) : platform;
  if (c) { m.column = c; files.add(path.join(site, 'search', c.manifest)); }
  const alts = core.parse(q), e = {};
  const fetch = keys => {
    for (const k of keys) {
      const f = path.join(m.base, core.shardOf(k, m.shards) + '.json');
      files.add(f);
      const shard = json(f);
      if (shard[k]) e[k] = core.decode(shard[k]);
    }
  };
  fetch([...new Set(alts.flat())]);
  // a bounded index: the title phrases of a query with a cut term, as the page asks for them
  if (core.phraseKeys) fetch(core.phraseKeys(alts, e, core.rank(alts, [], e, m)));
  // and the sidecars of cut terms when the best postings cannot answer
  if (core.sidecarKeys) {
    for (const k of core.sidecarKeys(alts, e, core.rank(alts, [], e, m))) {
      const f = path.join(m.base, m.side, core.shardOf(k, m.shards) + '.json');
      files.add(f);
      const side = json(f);
      if (side[k]) e[k] = core.withSidecar(e[k], side[k]);
    }
  }
  const ranked = core.rank(alts, [], e, m), ids = [];
  for (const d of ranked.slice(0, limit)) {
    const at = core.metaOf(m, d), f = at.file.replace(/\?v=.*$/, '');
    files.add(f);
    ids.push((at.column ? at.column.id + ':' : '') + json(f)[at.at].id);
  }
  let bytes = 0;
  for (const f of files) bytes += gz(f);
  return { q, column, terms: alts, cut: !!alts.cut, ids, total: ranked.length, exact: ranked.exact !== false,
    confirmed: ranked.confirmed === undefined ? ranked.length : ranked.confirmed, files: files.size, gzipBytes: bytes,
    suggestion: ranked.length ? '' : core.suggest(alts, e, m, q.split(/\s+/)) };
}

const input = fs.readFileSync(0, 'utf8').split('\n').map(s => s.trim()).filter(Boolean);
for (const q of input) process.stdout.write(JSON.stringify(answer(q)) + '\n');
