/* The 适老化/无障碍 toolbar: 大字, 小字, 高对比, 朗读, 大鼠标 and, under 更多, 十字光标, 阅读模式, 页面缩放, 重置.
   Every setting is kept in localStorage so it follows the reader from page to page; prefs.js applies it before
   first paint. The page reads fully without this script. */
(function () {
  'use strict';
  var KEY = 'gongkai-a11y', MAX = 5, SIZES = ['标准', '较大', '大', '很大', '特大', '超大'], ZOOM = [100, 125, 150];
  var NO_VOICE = '这部手机（电脑）没有中文语音，无法朗读。请在系统“设置”的“无障碍”或“文字转语音”里下载中文语音包，再按“朗读”。';
  var TOGGLES = { contrast: '高对比', cursor: '大鼠标', guide: '十字光标', reader: '阅读模式' };
  var root = document.documentElement, synth = window.speechSynthesis;
  var state = {};
  function defaults() { return { size: 0, contrast: false, read: false, cursor: false, guide: false, reader: false, zoom: 0 }; }
  state = defaults();
  try { Object.assign(state, JSON.parse(localStorage.getItem(KEY) || '{}')); } catch (e) { /* storage off */ }
  state.size = Math.max(0, Math.min(MAX, state.size | 0));
  state.zoom = Math.max(0, Math.min(ZOOM.length - 1, state.zoom | 0));

  function save() {
    try { localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* private mode: this page only */ }
  }
  function $(a) { return document.querySelector('#a11y-toolbar [data-action="' + a + '"]'); }
  function say(text) { var s = document.getElementById('a11y-status'); if (s) s.textContent = text; }
  /* a message every reader sees (not only screen readers), under the toolbar */
  function notice(text) {
    var n = document.getElementById('a11y-notice');
    if (n) { n.textContent = text; n.hidden = !text; }
  }

  function apply() {
    for (var i = 1; i <= MAX; i++) root.classList.toggle('gk-fs' + i, state.size === i);
    for (i = 1; i < ZOOM.length; i++) root.classList.toggle('gk-zoom' + i, state.zoom === i);
    Object.keys(TOGGLES).forEach(function (t) {
      root.classList.toggle('gk-' + t, !!state[t]);
      if ($(t)) $(t).setAttribute('aria-pressed', String(!!state[t]));
    });
    var big = $('larger'), small = $('smaller'), zoom = $('zoom');
    if (big) big.setAttribute('aria-disabled', String(state.size >= MAX));
    if (small) small.setAttribute('aria-disabled', String(state.size <= 0));
    if ($('read')) $('read').setAttribute('aria-pressed', String(!!state.read));
    if (zoom) zoom.setAttribute('aria-label', '页面缩放：' + ZOOM[state.zoom] + '%');
    guide();
    var f = document.activeElement;
    if (f && f !== document.body) guideUnder(f); /* the page may have moved under the focus */
  }

  /* 十字光标: a line across the page and one down it where the pointer is; with the keyboard, under the focused
     element; while reading aloud, under the block being read */
  var lines = null;
  function guide(x, y) {
    if (!state.guide) { if (lines) { lines[0].remove(); lines[1].remove(); lines = null; } return; }
    if (!lines) {
      lines = ['gk-guide-h', 'gk-guide-v'].map(function (c) {
        var d = document.createElement('div');
        d.className = c; d.setAttribute('aria-hidden', 'true');
        root.appendChild(d); /* outside the body, which 页面缩放 zooms: the lines stay where the pointer is */
        return d;
      });
    }
    if (y !== undefined) { lines[0].style.top = y + 'px'; lines[1].style.left = x + 'px'; lines[1].hidden = x < 0; }
  }
  function guideUnder(el) {
    if (!state.guide || !el || !el.getBoundingClientRect) return;
    var r = el.getBoundingClientRect();
    guide(-1, r.bottom + 2);
  }

  /* 朗读: title and text first, block by block (long utterances stall in some engines), then the 文件信息 table */
  var queue = [], current = null, started = false;
  function blocks() {
    var main = document.getElementById('main');
    if (!main) return [];
    var all = Array.prototype.filter.call(main.querySelectorAll('h1,h2,h3,h4,h5,h6,p,li,caption,tr,dt,dd'), function (el) {
      return !el.querySelector('p,li,tr,dd') && el.offsetParent !== null && el.innerText.trim();
    });
    var meta = function (el) { return !!el.closest('table.meta'); };
    return all.filter(function (el) { return !meta(el); }).concat(all.filter(meta));
  }
  function mark(el) {
    if (current) current.classList.remove('gk-reading');
    current = el;
    if (el) { el.classList.add('gk-reading'); if (el.scrollIntoView) el.scrollIntoView({ block: 'nearest' }); guideUnder(el); }
  }
  function hasChinese() {
    var v = synth.getVoices();
    return !v.length || v.some(function (x) { return /^zh|cmn/i.test(x.lang); }); /* an empty list: not loaded yet */
  }
  function noVoice() {
    state.read = false;
    save();
    stopReading();
    apply();
    notice(NO_VOICE);
  }
  function next() {
    var el = queue.shift();
    if (!el || !state.read) { mark(null); return; }
    var u = new SpeechSynthesisUtterance(el.innerText);
    u.lang = 'zh-CN';
    u.rate = 0.9; /* a little slower than default: easier for older listeners */
    u.onend = next;
    u.onerror = function (e) {
      if (e.error === 'not-allowed') { started = false; mark(null); }
      else if (e.error !== 'interrupted' && e.error !== 'canceled') noVoice();
    };
    mark(el);
    synth.speak(u);
  }
  function startReading() {
    if (!synth || !state.read || started) return;
    if (!hasChinese()) { noVoice(); return; }
    started = true;
    synth.cancel();
    queue = blocks();
    next();
  }
  function stopReading() {
    started = false;
    queue = [];
    if (synth) synth.cancel();
    mark(null);
  }

  function act(action) {
    var was = state.read;
    if (action === 'larger' && state.size < MAX) state.size++;
    else if (action === 'smaller' && state.size > 0) state.size--;
    else if (action === 'read') state.read = !state.read;
    else if (TOGGLES[action]) state[action] = !state[action];
    else if (action === 'zoom') state.zoom = (state.zoom + 1) % ZOOM.length;
    else if (action === 'reset') state = defaults();
    else return;
    save();
    notice('');
    apply();
    if (action === 'larger' || action === 'smaller') say('文字大小：' + SIZES[state.size]);
    else if (TOGGLES[action]) say((state[action] ? '已打开' : '已关闭') + TOGGLES[action]);
    else if (action === 'zoom') say('页面缩放：' + ZOOM[state.zoom] + '%');
    else if (action === 'reset') say('已恢复默认设置');
    if (state.read && !was) startReading();
    else if (!state.read && was) stopReading();
  }

  function init() {
    var bar = document.getElementById('a11y-toolbar'), nav = document.querySelector('.nav-fold');
    if (!bar) return;
    /* a wide screen shows the navigation whatever the fold says (CSS); the fold follows, for assistive tools */
    if (nav && window.matchMedia('(min-width:48rem)').matches) nav.open = true;
    apply();
    bar.addEventListener('click', function (ev) {
      var b = ev.target.closest('button');
      if (b) act(b.getAttribute('data-action'));
    });
    document.addEventListener('pointermove', function (ev) { if (state.guide) guide(ev.clientX, ev.clientY); }, { passive: true });
    document.addEventListener('focusin', function (ev) { guideUnder(ev.target); });
    if (synth) {
      /* where the system has voices but none speaks Chinese, 朗读 is not offered at all */
      var check = function () {
        if (synth.getVoices().length && !hasChinese() && document.activeElement !== $('read')) root.classList.add('gk-novoice');
      };
      check();
      if (synth.addEventListener) synth.addEventListener('voiceschanged', check);
    }
    if (state.read && synth) {
      /* reading continues on the next page; browsers allow speech only after the reader's first key or tap there */
      startReading();
      var go = function () { if (!synth.speaking) { started = false; startReading(); } };
      document.addEventListener('keydown', go, { once: true });
      document.addEventListener('pointerdown', go, { once: true });
    }
    window.addEventListener('pagehide', function () { if (synth) synth.cancel(); });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init); else init();
})();
