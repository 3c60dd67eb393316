/* The 适老化/无障碍 toolbar: 大字, 小字, 高对比, 朗读, 大鼠标. Every setting is kept in localStorage so it follows the
   reader from page to page; prefs.js applies it before first paint. The page reads fully without this script. */
(function () {
  'use strict';
  var KEY = 'gongkai-a11y', MAX = 5, SIZES = ['标准', '较大', '大', '很大', '特大', '超大'];
  var root = document.documentElement, synth = window.speechSynthesis;
  var state = { size: 0, contrast: false, read: false, cursor: false };
  try { Object.assign(state, JSON.parse(localStorage.getItem(KEY) || '{}')); } catch (e) { /* storage off */ }
  state.size = Math.max(0, Math.min(MAX, state.size | 0));

  function save() {
    try { localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* private mode: this page only */ }
  }
  function $(a) { return document.querySelector('#a11y-toolbar [data-action="' + a + '"]'); }
  function say(text) { var s = document.getElementById('a11y-status'); if (s) s.textContent = text; }

  function apply() {
    for (var i = 1; i <= MAX; i++) root.classList.toggle('gk-fs' + i, state.size === i);
    root.classList.toggle('gk-contrast', !!state.contrast);
    root.classList.toggle('gk-cursor', !!state.cursor);
    var big = $('larger'), small = $('smaller');
    if (big) big.setAttribute('aria-disabled', String(state.size >= MAX));
    if (small) small.setAttribute('aria-disabled', String(state.size <= 0));
    if ($('contrast')) $('contrast').setAttribute('aria-pressed', String(!!state.contrast));
    if ($('read')) $('read').setAttribute('aria-pressed', String(!!state.read));
    if ($('cursor')) $('cursor').setAttribute('aria-pressed', String(!!state.cursor));
  }

  /* 朗读: the main area block by block (long utterances stall in some engines), marking the block being read */
  var queue = [], current = null, started = false;
  function blocks() {
    var main = document.getElementById('main');
    if (!main) return [];
    return Array.prototype.filter.call(main.querySelectorAll('h1,h2,h3,h4,h5,h6,p,li,caption,tr,dt,dd'), function (el) {
      return !el.querySelector('p,li,tr,dd') && el.offsetParent !== null && el.innerText.trim();
    });
  }
  function mark(el) {
    if (current) current.classList.remove('gk-reading');
    current = el;
    if (el) { el.classList.add('gk-reading'); if (el.scrollIntoView) el.scrollIntoView({ block: 'nearest' }); }
  }
  function next() {
    var el = queue.shift();
    if (!el || !state.read) { mark(null); return; }
    var u = new SpeechSynthesisUtterance(el.innerText);
    u.lang = 'zh-CN';
    u.rate = 0.9; /* a little slower than default: easier for older listeners */
    u.onend = next;
    u.onerror = function (e) { if (e.error === 'not-allowed') { started = false; mark(null); } };
    mark(el);
    synth.speak(u);
  }
  function startReading() {
    if (!synth || !state.read || started) return;
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
    if (action === 'larger' && state.size < MAX) state.size++;
    else if (action === 'smaller' && state.size > 0) state.size--;
    else if (action === 'contrast') state.contrast = !state.contrast;
    else if (action === 'read') state.read = !state.read;
    else if (action === 'cursor') state.cursor = !state.cursor;
    else return;
    save();
    apply();
    if (action === 'larger' || action === 'smaller') say('文字大小：' + SIZES[state.size]);
    else if (action === 'contrast') say(state.contrast ? '已打开高对比' : '已关闭高对比');
    else if (action === 'cursor') say(state.cursor ? '已打开大鼠标' : '已关闭大鼠标');
    else if (state.read) startReading();
    else stopReading();
  }

  function init() {
    var bar = document.getElementById('a11y-toolbar');
    if (!bar) return;
    apply();
    bar.addEventListener('click', function (ev) {
      var b = ev.target.closest('button');
      if (b) act(b.getAttribute('data-action'));
    });
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
