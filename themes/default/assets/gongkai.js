/* The only script every page loads: the 适老化/无障碍 toolbar. The page reads fully without it. */
(function () {
  'use strict';
  var root = document.documentElement, KEY = 'gongkai-a11y';
  var state = { size: 0, contrast: false };
  try { state = Object.assign(state, JSON.parse(localStorage.getItem(KEY) || '{}')); } catch (e) { /* private mode */ }
  function apply() {
    root.style.setProperty('--fs', (1.125 + 0.125 * state.size) + 'rem');
    root.classList.toggle('gk-contrast', !!state.contrast);
    var c = document.querySelector('[data-action="contrast"]');
    if (c) c.setAttribute('aria-pressed', String(!!state.contrast));
  }
  function save() { try { localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* ignore */ } }
  apply();
  document.addEventListener('DOMContentLoaded', function () {
    var bar = document.getElementById('a11y-toolbar');
    if (!bar) return;
    var read = bar.querySelector('[data-action="read"]');
    if (!('speechSynthesis' in window) && read) read.remove();
    bar.hidden = false;
    apply();
    bar.addEventListener('click', function (ev) {
      var b = ev.target.closest('button'); if (!b) return;
      var a = b.getAttribute('data-action');
      if (a === 'larger') state.size = Math.min(state.size + 1, 6);
      else if (a === 'smaller') state.size = Math.max(state.size - 1, 0);
      else if (a === 'contrast') state.contrast = !state.contrast;
      else if (a === 'read') {
        var speaking = speechSynthesis.speaking;
        speechSynthesis.cancel();
        if (!speaking) {
          var main = document.getElementById('main');
          var u = new SpeechSynthesisUtterance(main ? main.innerText : document.body.innerText);
          u.lang = 'zh-CN';
          u.onend = function () { b.setAttribute('aria-pressed', 'false'); };
          speechSynthesis.speak(u);
        }
        b.setAttribute('aria-pressed', String(!speaking));
        return;
      }
      save(); apply();
    });
  });
})();
