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
  // the entries of keys (terms and filter values) from their shards; load(url) gives a file's JSON
  function entries(keys, m, load) {
    var files = {};
    keys.forEach(function (k) { files[shardOf(k, m.shards)] = 1; });
    return Promise.all(Object.keys(files).map(function (s) { return load(m.base + s + '.json?v=' + m.v); }))
      .then(function (shards) {
        var e = {};
        keys.forEach(function (k) { shards.forEach(function (s) { if (s[k]) e[k] = decode(s[k]); }); });
        return e;
      });
  }
  // tier k of a frequent term's title/文号 holders (seq 'h') or of its other postings (''): ScoreTiers.file, the
  // term's UTF-8 bytes in hex
  function tierUrl(m, key, seq, k) {
    var hex = Array.from(new TextEncoder().encode(key), function (b) { return (b < 16 ? '0' : '') + b.toString(16); });
    return m.base + 't/' + hex.join('') + '-' + seq + k + '.json?v=' + m.v;
  }
  // one term: the postings fetched so far (tier 0 from its shard, deeper tiers as added) and, for each of its two
  // tier sequences past tier 0, how many tiers it has and has fetched and its floor; or a filter value's full set
  function decode(t) {
    var x = { n: t.n, score: {}, head: {} }, i, doc, m = t.m, zero = { floor: Infinity, floorId: Infinity };
    addTier(x, t, zero);
    x.h = { tiers: t.ht || 0, got: 0, floor: zero.floor, floorId: zero.floorId };
    x[''] = { tiers: t.t || 0, got: 0, floor: zero.floor, floorId: zero.floorId };
    if (typeof m === 'string') {
      var bits = atob(m);
      x.has = function (d) { return (bits.charCodeAt(d >> 3) >> (d & 7)) & 1; };
    } else if (m) {
      var s = {};
      for (i = 0, doc = 0; i < m.length; i++) s[doc += m[i]] = 1;
      x.has = function (d) { return s[d] === 1; };
    }
    return x;
  }
  // a tier's postings; every posting of the sequence not fetched yet ranks below the lowest fetched, (floor,
  // floorId): a lower score, or the same score and an older document (EntryEncoding's order)
  function addTier(x, t, seq) {
    seq.floor = seq.floorId = Infinity;
    for (var i = 0, doc = 0; t.d && i < t.d.length; i++) {
      doc += t.d[i];
      var s = t.s ? t.s[i] : 0;
      x.score[doc] = s;
      if (t.h && t.h[i]) x.head[doc] = t.h[i];
      if (s < seq.floor || (s === seq.floor && doc < seq.floorId)) { seq.floor = s; seq.floorId = doc; }
    }
  }
  function open(q) { return q && q.got < q.tiers; }
  function complete(x) { return !open(x.h) && !open(x['']); }
  // what a posting of x not fetched yet can score: s, and ids below id tie at s; null when every one is fetched
  function rest(x) {
    var r = null;
    [x.h, x['']].forEach(function (q) {
      if (!open(q)) return;
      if (!r || q.floor > r.s) r = { s: q.floor, id: q.floorId };
      else if (q.floor === r.s) r.id = Math.max(r.id, q.floorId);
    });
    return r;
  }
  // document d's first title/文号 position of term x: a number (0: none), or undefined while a tier of title
  // holders is not fetched
  function headOf(x, d) { return d in x.score ? x.head[d] || 0 : open(x.h) ? undefined : 0; }
  // fetches the next tier of term key's sequence seq ('h', ''; by default the title holders first)
  function deepen(e, key, m, load, seq) {
    var x = e[key], q = seq === undefined ? (open(x.h) ? 'h' : '') : seq;
    return load(tierUrl(m, key, q, x[q].got + 1)).then(function (t) {
      x[q].got++;
      addTier(x, t, x[q]);
    });
  }

  // --- ranking: SearchService.search; StableBM25: a posting's score (×scale) times the term's idf ---
  function idf(n, N) { return Math.fround(Math.log(1 + (N - n + 0.5) / (n + 0.5))); }
  // The top k without reading every posting (Fagin's NRA): a document's score per alternative is exact once
  // each of its terms' postings for it is fetched; a term not yet seen for it bounds it by that term's floor,
  // and the phrase bonus by what it could still get. Stop when the k-th exact score is at least every other
  // document's bound (documents seen nowhere: the floors and every pair's bonus), else fetch the next tier of
  // the term whose floor weighs most among those that keep a document open. Every score shown is exact, so the
  // order is SearchService's. load(url) gives a file's JSON.
  function ranking(alts, picked, e, m, load) {
    var plan = alts.map(function (seq) {
      return { seq: seq, req: seq.filter(function (t, i) { return seq.indexOf(t) === i; }) };
    }).filter(function (a) {
      return a.req.every(function (t) { return e[t]; }) && picked.every(function (k) { return e[k]; });
    });
    var filters = picked.map(function (k) { return e[k]; }), w = {}, inPair = {};
    plan.forEach(function (a) { for (var i = 0; i + 1 < a.seq.length; i++) inPair[a.seq[i]] = inPair[a.seq[i + 1]] = 1; });
    plan.forEach(function (a) { a.req.forEach(function (t) { w[t] = idf(e[t].n, m.docs); }); });
    // alternative a for document d: null when d cannot match it, else its bound and whether that is exact
    function bound(a, d) {
      var s = 0, exact = true, pairs = 0, i;
      for (i = 0; i < a.req.length; i++) {
        var x = e[a.req[i]];
        if (d in x.score) s += w[a.req[i]] * x.score[d] / m.scale;
        else if (complete(x)) return null;
        else { s += w[a.req[i]] * rest(x).s / m.scale; exact = false; }
      }
      for (i = 0; i + 1 < a.seq.length; i++) {
        var h = headOf(e[a.seq[i]], d), g = headOf(e[a.seq[i + 1]], d);
        if (h === undefined || g === undefined ? h !== 0 && g !== 0 : h && g === h + 1) pairs++;
      }
      return { s: s + m.phrase * pairs, exact: exact };
    }
    // documents seen nowhere: each required term at its floor (or not at all when one is complete), every pair
    function unseen() {
      var best = null;
      plan.forEach(function (a) {
        if (a.req.some(function (t) { return complete(e[t]); })) return;
        var s = 0, id = Infinity, pairs = 0, i;
        a.req.forEach(function (t) { var r = rest(e[t]); s += w[t] * r.s / m.scale; id = Math.min(id, r.id); });
        for (i = 0; i + 1 < a.seq.length; i++) if (headOf(e[a.seq[i]], -1) !== 0 && headOf(e[a.seq[i + 1]], -1) !== 0) pairs++;
        s += m.phrase * pairs;
        if (!best || s > best.s) best = { s: s, id: id - 1, terms: a.req };
      });
      return best;
    }
    function top(k) {
      var seen = {}, done = [], undecided = [];
      plan.forEach(function (a) { a.req.forEach(function (t) { for (var d in e[t].score) seen[d] = 1; }); });
      Object.keys(seen).forEach(function (key) {
        var d = Number(key), lo = -Infinity, hi = -Infinity, wait = [];
        for (var i = 0; i < filters.length; i++) if (!filters[i].has(d)) return;
        plan.forEach(function (a) {
          var b = bound(a, d);
          if (!b) return;
          hi = Math.max(hi, b.s);
          if (b.exact) lo = Math.max(lo, b.s);
          else a.req.forEach(function (t) { if (!(d in e[t].score)) wait.push(t); });
        });
        if (hi === -Infinity) return;
        if (lo >= hi) done.push({ d: d, s: lo });
        else undecided.push({ d: d, s: hi, wait: wait });
      });
      done.sort(function (a, b) { return b.s - a.s || b.d - a.d; });
      var kth = done.length >= k ? done[k - 1] : null, nowhere = unseen();
      function beats(s, d) { return !kth || s > kth.s || (s === kth.s && d > kth.d); }
      var blocking = undecided.filter(function (o) { return beats(o.s, o.d); }), terms = {};
      blocking.forEach(function (o) { o.wait.forEach(function (t) { terms[t] = 1; }); });
      if (nowhere && beats(nowhere.s, nowhere.id)) nowhere.terms.forEach(function (t) { if (!complete(e[t])) terms[t] = 1; });
      // the sequence whose floor weighs most; the title holders' with the bonus they could still give a phrase
      var next = null;
      Object.keys(terms).sort().forEach(function (t) {
        [['h', inPair[t] ? m.phrase : 0], ['', 0]].forEach(function (c) {
          var q = e[t][c[0]], v = open(q) && w[t] * q.floor / m.scale + c[1];
          if (v !== false && (!next || v > next.v)) next = { t: t, seq: c[0], v: v };
        });
      });
      if (!next) {
        // settled: the count is exact when no document is left open and none unseen can match
        var exact = !undecided.length && !nowhere, total = done.length;
        if (!exact && plan.length === 1 && plan[0].req.length === 1 && !filters.length) {
          exact = true;
          total = e[plan[0].req[0]].n;
        }
        return Promise.resolve({ ids: done.slice(0, k).map(function (x) { return x.d; }), total: exact ? total : done.length,
          exact: exact });
      }
      return deepen(e, next.t, m, load, next.seq).then(function () { return top(k); });
    }
    return { top: top };
  }
  // whether the postings fetched show a document holding every term of seq (what "no results" suggests from)
  function matches(seq, e) {
    var xs = seq.map(function (t) { return e[t]; });
    if (xs.some(function (x) { return !x; })) return false;
    if (xs.length === 1) return xs[0].n > 0;
    return Object.keys(xs[0].score).some(function (d) { return xs.every(function (x) { return d in x.score; }); });
  }
  // "no results": the query's own words less the fewest that find nothing, else its longest run of terms
  // that does find something
  function suggest(alts, e, words) {
    var seq = alts[0] || [], len, i, w = (words || []).filter(function (x) { return terms(x).length; });
    for (len = w.length - 1; len > 0; len--) {
      for (i = 0; i + len <= w.length; i++) {
        var kept = w.slice(i, i + len), t = terms(kept.join(' '));
        if (matches(t, e)) return kept.join(' ');
      }
    }
    for (len = seq.length - 1; len > 0; len--) {
      for (i = 0; i + len <= seq.length; i++) {
        var part = seq.slice(i, i + len);
        if (matches(part, e)) return join(part);
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
  var core = { terms: terms, parse: parse, shardOf: shardOf, entries: entries, deepen: deepen, complete: complete,
    ranking: ranking,
    suggest: suggest,
    metaOf: metaOf, solrUrl: solrUrl, solrHits: solrHits };
  if (typeof module === 'object') module.exports = core; // Node: the static side of the ranking tests
  var form = typeof document === 'object' && document.getElementById('search-form');
  if (!form || !window.fetch) return;
  var shownIn, ranker, found, input = form.elements.q, list = document.getElementById('search-list'),
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
        // a count not settled means the ranking stopped at the page: there may be more
        more.hidden = found.exact ? found.total <= from + 10 : shown.length < from + 10;
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
    var e;
    return load().then(function () { return scope(column); }).then(function (x) {
      m = x;
      return entries(keys, m, get);
    }).then(function (x) {
      e = x;
      var r = ranking(alts, picked, e, m, get);
      return r.top(10).then(function (f) { return { r: r, f: f }; });
    }).then(function (x) {
      if (ticket !== last) return;
      shownIn = m;
      ranker = x.r;
      found = x.f;
      shown = found.ids;
      if (!shown.length) {
        var s = suggest(alts, e, q.split(/\s+/));
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
        // the count is exact when the ranking had to settle every document, or the query is one term; else the
        // documents known to match, "至少": counting the rest would fetch every tier, which a reader on 2G pays for
        say(note + (found.exact ? '找到 ' + found.total + ' 条结果' + (found.total > 10 ? '，先显示前 10 条' : '')
          : '找到至少 ' + found.total + ' 条结果，先显示前 10 条') + '。');
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
    var n = list.children.length, ticket = last;
    // the static ranking goes on to the next page's k: deeper tiers only if the next ten need them
    (solr ? Promise.resolve() : ranker.top(n + 10).then(function (f) {
      if (ticket !== last) return;
      found = f;
      shown = f.ids;
    })).then(function () {
      return show(n, last && parse(input.value).reduce(function (w, s) { s.forEach(function (t) { w[t] = 1; }); return w; }, {}));
    }).then(function () { var a = list.children[n] && list.children[n].querySelector('a'); if (a) a.focus(); });
  });
  var q = new URLSearchParams(location.search).get('q');
  load().then(function () { if (q) { input.value = q; run(false); } }, function () {});
})();
