/* Gongkai static search. Reads only what a query needs: manifest.json, the shards holding the query's
 * terms, then the metadata of the results shown. Analysis and ranking mirror org.gongkai.search
 * (Analysis, SearchQuery, StaticIndex, SearchService): change one, change the other.
 * No dependencies, no inline script (CSP script-src 'self'); data never goes through innerHTML. */
(function () {
  'use strict';
  var HAN = /\p{Script=Han}/u, WORD = /[a-z0-9]/, cache = {}, manifest, shown = [], last;
  var MAX_TERM_LENGTH = 64, MAX_QUERY_TERMS = 32; // Analysis.MAX_TERM_LENGTH, SearchQuery.MAX_TERMS

  // --- analysis: Analysis.normalise / Analysis.tokens; the year brackets are DocNumber.OPEN/CLOSE after NFKC ---
  function norm(s) {
    return s.normalize('NFKC').toLowerCase()
      .replace(/[〔\[(【{〈<]\s*(\d{4})\s*[〕\])】}〉>]\s*第?/g, ' $1 ')
      .replace(/(\d{4})\s*年\s*第?\s*(\d{1,5})\s*号/g, ' $1 $2 ')
      .replace(/(\d)\s*号/g, '$1 ');
  }
  function terms(text) {
    var c = Array.from(norm(text)), out = [], i = 0, j, k;
    while (i < c.length) {
      if (HAN.test(c[i])) {
        for (j = i; j < c.length && HAN.test(c[j]); j++);
        if (j - i === 1) out.push(c[i]);
        else for (k = i; k < j - 1; k++) out.push(c[k] + c[k + 1]);
        i = j;
      } else if (WORD.test(c[i])) {
        for (j = i; j < c.length && WORD.test(c[j]); j++);
        out.push(c.slice(i, Math.min(j, i + MAX_TERM_LENGTH)).join(''));
        i = j;
      } else i++;
    }
    return out;
  }
  // SearchQuery.parse: alternatives split on OR, 或 or |; every term of an alternative is required. Only the
  // first MAX_QUERY_TERMS distinct terms (and twice as many in all) are kept; alts.cut says some were left out
  function parse(q) {
    var alts = q.normalize('NFKC').toLowerCase().split(/\s+or\s+|\||\s+或\s+/)
      .map(terms).filter(function (t) { return t.length; });
    var seen = {}, distinct = 0, total = 0, kept = [], cut = false;
    alts.forEach(function (seq) {
      var part = [];
      seq.forEach(function (t) {
        if (cut || total === 2 * MAX_QUERY_TERMS || (!seen[t] && distinct === MAX_QUERY_TERMS)) { cut = true; return; }
        if (!seen[t]) { seen[t] = 1; distinct++; }
        total++;
        part.push(t);
      });
      if (part.length) kept.push(part);
    });
    kept.cut = cut;
    return kept;
  }
  function shardOf(term, n) { // StaticIndex.shard: FNV-1a over UTF-16 units
    for (var h = 0x811c9dc5, i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), 0x01000193);
    return (h >>> 0) % n;
  }

  function get(url) {
    if (!cache[url]) cache[url] = fetch(url).then(function (r) {
      if (!r.ok) throw new Error(r.status + ' ' + url);
      return r.json();
    });
    return cache[url];
  }
  function entries(keys, m) {
    var files = {};
    keys.forEach(function (k) { files[shardOf(k, m.shards)] = 1; });
    return Promise.all(Object.keys(files).map(function (s) { return get(m.base + s + '.json?v=' + m.v); }))
      .then(function (shards) {
        var e = {};
        keys.forEach(function (k) { shards.forEach(function (s) { if (s[k]) e[k] = decode(s[k]); }); });
        return e;
      });
  }
  // one term: kept postings by doc, and a test for "holds the term at all". A bounded index (a platform's)
  // writes a frequent term's best postings only, no m: cut says the list is not every document holding it
  function decode(t) {
    var score = {}, head = {}, doc = 0, i, m = t.m, set, kept = t.d ? t.d.length : 0;
    for (i = 0; i < kept; i++) {
      doc += t.d[i];
      score[doc] = t.s ? t.s[i] : 0;
      if (t.h && t.h[i]) head[doc] = t.h[i];
    }
    // postings not kept but in the title or 文号: their first position, for an exact phrase bonus
    for (i = 0, doc = 0; t.td && i < t.td.length; i++) head[doc += t.td[i]] = t.th[i];
    if (typeof m === 'string') {
      var bits = atob(m);
      set = function (d) { return (bits.charCodeAt(d >> 3) >> (d & 7)) & 1; };
    } else if (m) {
      var s = {};
      for (i = 0, doc = 0; i < m.length; i++) s[doc += m[i]] = 1;
      set = function (d) { return s[d] === 1; };
    } else set = function (d) { return d in score; };
    return { n: t.n, score: score, head: head, floor: t.f || 0, has: set, list: m ? null : Object.keys(score),
      cut: !m && t.n > kept, raw: t };
  }
  function docsOf(e, n) { // every document holding a term, in doc order (a cut term: the ones kept)
    if (e.list) return e.list.map(Number);
    var out = [];
    for (var d = 0; d < n; d++) if (e.has(d)) out.push(d);
    return out;
  }

  // --- ranking: SearchService.search; StableBM25: a posting's score (×scale) times the term's idf ---
  function idf(n, N) { return Math.fround(Math.log(1 + (N - n + 0.5) / (n + 0.5))); }
  // A bounded index's title phrases (TitlePhrases): for bigrams ab, bc next to each other in a query, ~abc lists
  // every document whose title holds abc, when few do (no entry: none or too many). Asked for only when a
  // term's list was cut and the best postings (r: their ranking) do not fill a first page with documents
  // confirmed for every term: they name the documents a known-item query means, whose bigrams are all common.
  function phrases(seq) {
    var out = [];
    for (var i = 0; i + 1 < seq.length; i++) {
      var a = seq[i], b = seq[i + 1];
      if (a.length === 2 && b.length === 2 && HAN.test(a) && HAN.test(b) && a[1] === b[0])
        out.push({ at: i, key: '~' + a + b[1] });
    }
    return out;
  }
  function phraseKeys(alts, e, r) {
    var keys = [];
    if (r.confirmed >= 10 || r.total >= 0) return keys; // the best postings fill the first page
    alts.forEach(function (seq) {
      if (!seq.some(function (t) { return e[t] && e[t].cut; })) return;
      phrases(seq).forEach(function (p) { if (keys.indexOf(p.key) < 0) keys.push(p.key); });
    });
    return keys;
  }
  // A cut term (bounded index) cannot say a document lacks it: a document outside its list is unknown for it
  // (unless a title phrase holding the term lists it), scores its floor (an upper bound) and ranks after the
  // documents confirmed for more of the query's terms. A complete list still excludes, so rare terms keep
  // "every term is required" exact. The result says whether its count is exact (total), else how many are
  // confirmed.
  function rank(alts, picked, e, m) {
    var best = {}, open = {}, unsure = {}, exact = true, total = -1;
    alts.forEach(function (seq) {
      var req = seq.filter(function (t, i) { return seq.indexOf(t) === i; });
      if (req.some(function (t) { return !e[t]; })) return;
      var all = req.map(function (t) { return e[t]; }).concat(picked.map(function (k) { return e[k]; }));
      if (all.some(function (x) { return !x; })) return;
      var whole = all.filter(function (x) { return !x.cut; }).sort(function (a, b) { return a.n - b.n; }),
        cut = all.filter(function (x) { return x.cut; }), from = {},
        titled = phrases(seq).filter(function (p) { return e[p.key]; });
      if (whole.length) docsOf(whole[0], m.docs).forEach(function (d) { from[d] = 1; });
      else {
        cut.concat(titled.map(function (p) { return e[p.key]; })).forEach(function (x) {
          docsOf(x, m.docs).forEach(function (d) { from[d] = 1; });
        });
        // one cut term alone: its count is known, its best postings are the top of the ranking
        total = alts.length === 1 && all.length === 1 ? all[0].n : -1;
        exact = false;
      }
      Object.keys(from).map(Number).forEach(function (d) {
        for (var i = 1; i < whole.length; i++) if (!whole[i].has(d)) return;
        var s = 0, pairs = 0, unknown = 0, inTitle = {}, missed = 0;
        titled.forEach(function (p) {
          if (d in e[p.key].score) inTitle[seq[p.at]] = inTitle[seq[p.at + 1]] = inTitle['@' + p.at] = 1;
          else missed++;
        });
        req.forEach(function (t) {
          var x = e[t];
          s += idf(x.n, m.docs) * (d in x.score ? x.score[d] : x.floor) / m.scale;
          if (x.cut && !(d in x.score) && !inTitle[t]) unknown++;
        });
        for (i = 0; i + 1 < seq.length; i++) {
          var a = e[seq[i]].head[d], b = e[seq[i + 1]].head[d];
          if ((a && b === a + 1) || inTitle['@' + i]) pairs++;
        }
        s += m.phrase * pairs;
        if (unknown) exact = false;
        // a title phrase few titles hold outweighs any unknown term: it is what names a known item
        var order = missed * 1000 + unknown;
        if (!(d in best) || order < open[d] || (order === open[d] && best[d] < s)) {
          best[d] = s;
          open[d] = order;
          if (unknown) unsure[d] = 1;
          else delete unsure[d];
        }
      });
    });
    // the fewest title phrases missed, then the fewest terms unknown; ties: the newer document, the higher id
    // (ids are oldest first)
    var out = Object.keys(best).map(Number).sort(function (a, b) {
      return open[a] - open[b] || best[b] - best[a] || b - a;
    });
    out.exact = exact;
    out.total = exact ? out.length : total;
    out.confirmed = out.filter(function (d) { return !unsure[d]; }).length;
    return out;
  }
  // The cut terms whose sidecar (the rest of the entry: m, td, th) a query must read: when the best postings
  // do not fill a first page with documents confirmed for every term although a complete list or a title
  // phrase says few documents are meant (a known item). Common words fill their first page from the best
  // postings and never read a sidecar.
  function sidecarKeys(alts, e, r) {
    if (r.confirmed >= 10 || r.total >= 0) return [];
    var keys = [];
    alts.forEach(function (seq) {
      var rare = seq.some(function (t) { return e[t] && !e[t].cut; }) ||
        phrases(seq).some(function (p) { return e[p.key]; });
      if (rare) seq.forEach(function (t) { if (e[t] && e[t].cut && keys.indexOf(t) < 0) keys.push(t); });
    });
    return keys;
  }
  // a cut term made whole by its sidecar entry
  function withSidecar(entry, side) {
    var t = {}, k;
    for (k in entry.raw) t[k] = entry.raw[k];
    for (k in side) t[k] = side[k];
    return decode(t);
  }
  // the count line: exact, or for a bounded index "at least" the confirmed ones, else about as many as listed
  function counted(r) {
    if (r.total >= 0) return '找到 ' + r.total + ' 条结果';
    return r.confirmed ? '至少找到 ' + r.confirmed + ' 条结果' : '找到约 ' + r.length + ' 条可能相关的结果';
  }
  // "no results": the query's own words less the fewest that find nothing, else its longest run of terms
  // that does find something
  function suggest(alts, e, m, words) {
    var seq = alts[0] || [], len, i, w = (words || []).filter(function (x) { return terms(x).length; });
    for (len = w.length - 1; len > 0; len--) {
      for (i = 0; i + len <= w.length; i++) {
        var kept = w.slice(i, i + len), t = terms(kept.join(' '));
        if (t.every(function (x) { return e[x]; }) && rank([t], [], e, m).length) return kept.join(' ');
      }
    }
    for (len = seq.length - 1; len > 0; len--) {
      for (i = 0; i + len <= seq.length; i++) {
        var part = seq.slice(i, i + len);
        if (part.every(function (t) { return e[t]; }) && rank([part], [], e, m).length) return join(part);
      }
    }
    return '';
  }
  function join(seq) {
    return seq.reduce(function (s, t, i) {
      var p = seq[i - 1];
      return !i ? t : p.length === 2 && t.length === 2 && HAN.test(t) && p[1] === t[0] ? s + t[1] : s + ' ' + t;
    }, '');
  }

  // --- a platform's search over all its columns: manifest.columns, each a range of doc ids ---
  function columnOf(m, d) {
    var cs = m.columns || [], lo = 0, hi = cs.length - 1;
    while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (cs[mid].start <= d) lo = mid; else hi = mid - 1; }
    return cs[lo];
  }
  // where document d's metadata is: its file (from the manifest's folder), its place in it, its column (if
  // any: m.column when m is a column's own index searched from the platform's page)
  function metaOf(m, d) {
    if (!m.columns) return { file: m.base + 'm/' + Math.floor(d / m.chunk) + '.json?v=' + m.v, at: d % m.chunk,
      column: m.column };
    var c = columnOf(m, d), local = d - c.start;
    return { file: c.m + Math.floor(local / m.chunk) + '.json?v=' + c.v, at: local % m.chunk, column: c };
  }

  // --- Solr (site.yaml / platform.yaml search_solr): the collection's public /select ranks the same way ---
  // the request the page sends: the query and the filters as plain parameters, nothing else (the handler's
  // invariants fix the rest)
  function solrUrl(endpoint, q, filters) {
    var p = new URLSearchParams();
    p.set('q', q);
    Object.keys(filters).sort().forEach(function (k) { if (filters[k]) p.set(k, filters[k]); });
    return endpoint + '?' + p;
  }
  // the hits as the static side's metadata (item()), addresses from the collection (under the column folder
  // on a platform)
  function solrHits(response) {
    return response.response.docs.map(function (d) {
      var m = JSON.parse(d.meta);
      m.u = d.url;
      return m;
    });
  }

  // --- page ---
  var core = { terms: terms, parse: parse, shardOf: shardOf, decode: decode, phraseKeys: phraseKeys, rank: rank,
    sidecarKeys: sidecarKeys, withSidecar: withSidecar, counted: counted,
    suggest: suggest, metaOf: metaOf, solrUrl: solrUrl, solrHits: solrHits };
  if (typeof module === 'object') module.exports = core; // Node: the static side of the ranking tests
  var form = typeof document === 'object' && document.getElementById('search-form');
  if (!form || !window.fetch) return;
  var shownIn, input = form.elements.q, list = document.getElementById('search-list'),
    status = document.getElementById('search-status'), more = document.getElementById('search-more'),
    empty = document.getElementById('search-empty'), hint = document.getElementById('search-hint'),
    filters = document.getElementById('search-filters'), root = form.getAttribute('data-root') || '',
    manifestUrl = form.getAttribute('data-manifest'), FILTERS = ['type', 'year', 'validity', 'topic'],
    solr = form.getAttribute('data-solr'), solrColumn = form.getAttribute('data-column') || '',
    // a platform column's page links from the platform's root, where the collection's addresses start
    solrRoot = solrColumn ? root + '../' : root;
  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text) n.textContent = text;
    return n;
  }
  function marked(text, want) { // <mark> around every stretch a query term matches, via DOM nodes only
    var chars = Array.from(text), on = [], flat = '', at = [], i, t, p, frag = document.createDocumentFragment();
    chars.forEach(function (c, k) {
      var n = c.normalize('NFKC').toLowerCase();
      for (var j = 0; j < n.length; j++) at.push(k);
      flat += n;
    });
    for (t in want) for (p = flat.indexOf(t); p >= 0; p = flat.indexOf(t, p + 1))
      for (i = p; i < p + t.length; i++) on[at[i]] = 1;
    for (i = 0; i < chars.length;) {
      var j = i;
      while (j < chars.length && !!on[j] === !!on[i]) j++;
      var s = chars.slice(i, j).join('');
      frag.appendChild(on[i] ? el('mark', '', s) : document.createTextNode(s));
      i = j;
    }
    return frag;
  }
  function item(m, want, column, base) {
    var li = el('li', 'search-hit'), h = el('h2', 'search-hit-title'), a = el('a');
    a.href = (base || root) + (column ? column.id + '/' : '') + m.u;
    a.appendChild(marked(m.t, want));
    h.appendChild(a);
    li.appendChild(h);
    var meta = el('p', 'search-hit-meta');
    if (column) meta.appendChild(el('span', 'search-hit-column', column.name));
    [m.n, m.d, m.y].forEach(function (x) { if (x) meta.appendChild(el('span', '', x)); });
    if (m.v) meta.appendChild(el('span', 'validity validity-' + m.vs, m.v));
    li.appendChild(meta);
    var p = el('p', 'search-hit-summary');
    p.appendChild(marked(m.s || '', want));
    li.appendChild(p);
    return li;
  }
  function show(from, want) {
    if (solr) {
      shown.slice(from, from + 10).forEach(function (m) { list.appendChild(item(m, want, null, solrRoot)); });
      more.hidden = shown.length <= from + 10;
      return Promise.resolve();
    }
    var docs = shown.slice(from, from + 10).map(function (d) { return metaOf(shownIn, d); });
    return Promise.all(docs.map(function (x) { return get(x.file); }))
      .then(function (chunks) {
        docs.forEach(function (x, i) { list.appendChild(item(chunks[i][x.at], want, x.column)); });
        more.hidden = shown.length <= from + 10;
      });
  }
  function say(text) { status.textContent = text; }

  function run(push) {
    var q = input.value.trim(), t0 = performance.now(), picked = [], url = new URLSearchParams();
    if (q) url.set('q', q);
    FILTERS.forEach(function (f) {
      var v = form.elements[f] && form.elements[f].value;
      if (v) { picked.push('#' + f + '=' + v); url.set(f, v); }
    });
    var column = form.elements.column && form.elements.column.value;
    if (column) url.set('column', column);
    if (push) history.replaceState(null, '', '?' + url);
    list.textContent = '';
    more.hidden = empty.hidden = true;
    if (!q) return say('请输入要查找的词，如“低保”或文号“安政发〔2022〕32号”。');
    var alts = parse(q), keys = picked.slice(), want = {}, ticket = last = {}, m;
    alts.forEach(function (s) { s.forEach(function (t) { want[t] = 1; if (keys.indexOf(t) < 0) keys.push(t); }); });
    if (!alts.length) return say('请输入汉字、字母或数字。');
    var note = alts.cut ? '检索词太长，只按前 ' + MAX_QUERY_TERMS + ' 个词查找；请只写最关键的几个词。' : '';
    say(note + '正在搜索……');
    if (solr) return runSolr(q, url, want, note, ticket, t0);
    return load().then(function () { return scope(column); }).then(function (x) {
      m = x;
      return entries(keys, m);
    }).then(function (e) { // a bounded index: the title phrases of queries with a cut term, a second round
      var more = phraseKeys(alts, e, rank(alts, picked, e, m));
      return more.length ? entries(more, m).then(function (p) { return Object.assign(e, p); }) : e;
    }).then(function (e) { // and the sidecars of cut terms when the best postings cannot answer (a known item)
      var side = sidecarKeys(alts, e, rank(alts, picked, e, m));
      if (!side.length) return e;
      var files = {};
      side.forEach(function (k) { files[shardOf(k, m.shards)] = 1; });
      return Promise.all(Object.keys(files).map(function (f) {
        return get(m.base + m.side + f + '.json?v=' + m.v);
      })).then(function (sides) {
        side.forEach(function (k) { sides.forEach(function (s) { if (s[k]) e[k] = withSidecar(e[k], s[k]); }); });
        return e;
      });
    }).then(function (e) {
      if (ticket !== last) return;
      shownIn = m;
      shown = rank(alts, picked, e, m);
      if (!shown.length) {
        var s = suggest(alts, e, m, q.split(/\s+/));
        hint.textContent = '';
        if (picked.length || column) hint.appendChild(el('span', '', '可以取消筛选条件再试。'));
        if (s) {
          var a = el('a', '', s);
          a.href = '?q=' + encodeURIComponent(s);
          hint.appendChild(document.createTextNode('试试搜索：'));
          hint.appendChild(a);
        }
        empty.hidden = false;
        list.setAttribute('data-ms', String(Math.round(performance.now() - t0)));
        return say(note + '没有找到包含“' + (q.length > 40 ? q.slice(0, 40) + '…' : q) + '”的公开信息。');
      }
      return show(0, want).then(function () {
        list.setAttribute('data-ms', String(Math.round(performance.now() - t0)));
        say(note + counted(shown) + (shown.length > 10 ? '，先显示前 10 条' : '') + '。');
      });
    }).catch(function () { say('搜索暂时无法使用，请稍后再试，或按分类浏览。'); empty.hidden = false; });
  }

  // the platform's index, or with the column filter that column's own: the same files its search page reads,
  // a column's part of the platform's index and nothing more (its own idf: the same ranking as on its page)
  function scope(column) {
    var c = column && (manifest.columns || []).filter(function (x) { return x.id === column; })[0];
    if (!c) return Promise.resolve(manifest);
    var url = new URL(c.manifest + '?v=' + c.v, manifestUrlResolved).href;
    return get(url).then(function (m) {
      if (!m.column) {
        m.base = new URL(m.base, url).href;
        m.column = c;
      }
      return m;
    });
  }

  var manifestUrlResolved;

  // the Solr backend: the same form and result list; when the collection cannot be reached, say so and send
  // the reader to the 目录 (the static index is the columns' own, not the platform's)
  function runSolr(q, params, want, note, ticket, t0) {
    var f = {};
    FILTERS.forEach(function (k) { f[k] = params.get(k); });
    f.column = solrColumn || (form.elements.column && form.elements.column.value) || '';
    load().catch(function () {});
    return fetch(solrUrl(solr, q, f), { headers: { Accept: 'application/json' } }).then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.json();
    }).then(function (r) {
      if (ticket !== last) return;
      shown = solrHits(r);
      list.setAttribute('data-ms', String(Math.round(performance.now() - t0)));
      if (!shown.length) {
        hint.textContent = f.type || f.year || f.validity || f.topic ? '可以取消筛选条件再试。' : '';
        empty.hidden = false;
        return say(note + '没有找到包含“' + (q.length > 40 ? q.slice(0, 40) + '…' : q) + '”的公开信息。');
      }
      return show(0, want).then(function () {
        say(note + '找到 ' + (r.response.numFound > shown.length ? shown.length + ' 条以上' : shown.length + ' 条')
          + '结果' + (shown.length > 10 ? '，先显示前 10 条' : '') + '。');
      });
    }).catch(function () {
      if (ticket !== last) return;
      hint.textContent = '';
      var a = el('a', '', '政府信息公开目录');
      a.href = root + (form.getAttribute('data-catalog') || 'mulu/index.html');
      hint.appendChild(document.createTextNode('搜索服务暂时无法连接，请稍后再试。也可以打开'));
      hint.appendChild(a);
      hint.appendChild(document.createTextNode('，查看全部公开文件，再用浏览器的“在网页中查找”找要看的内容。'));
      empty.hidden = false;
      list.setAttribute('data-ms', String(Math.round(performance.now() - t0)));
      say('搜索服务暂时无法连接，已改为提供政府信息公开目录。');
    });
  }

  function load() {
    return manifest ? Promise.resolve() : get(manifestUrl).then(function (m) {
      manifest = m;
      var base = manifestUrlResolved = new URL(manifestUrl, location.href);
      manifest.base = new URL(m.base, base).href;
      (m.columns || []).forEach(function (c) { c.m = new URL(c.m, base).href; });
      FILTERS.forEach(function (f) {
        var sel = form.elements[f], want = new URLSearchParams(location.search).get(f);
        if (!sel) return;
        (m.filters[f] || []).forEach(function (v) {
          var o = el('option', '', Array.isArray(v) ? v[1] : v);
          o.value = Array.isArray(v) ? v[0] : v;
          if (o.value === want) o.selected = true;
          sel.appendChild(o);
        });
      });
      var sel = form.elements.column, chosen = new URLSearchParams(location.search).get('column'), groups = {};
      if (sel && m.columns) m.columns.forEach(function (c) { // grouped by kind, in the manifest's order
        if (!groups[c.kind]) sel.appendChild(groups[c.kind] = el('optgroup'));
        groups[c.kind].label = c.kind;
        var o = el('option', '', c.name);
        o.value = c.id;
        if (c.id === chosen) o.selected = true;
        groups[c.kind].appendChild(o);
      });
      filters.hidden = false;
    });
  }

  form.addEventListener('submit', function (ev) { ev.preventDefault(); run(true); });
  filters.addEventListener('change', function () { if (input.value.trim()) run(true); });
  more.addEventListener('click', function () {
    var n = list.children.length;
    show(n, last && parse(input.value).reduce(function (w, s) { s.forEach(function (t) { w[t] = 1; }); return w; }, {}))
      .then(function () { var a = list.children[n] && list.children[n].querySelector('a'); if (a) a.focus(); });
  });
  var q = new URLSearchParams(location.search).get('q');
  load().then(function () { if (q) { input.value = q; run(false); } }, function () {});
})();
