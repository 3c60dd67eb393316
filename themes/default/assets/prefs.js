/* Runs in <head>, before first paint, so a reader's stored text size and contrast apply to the very first frame
   (no jump, no layout shift). Kept under 1 KB: it blocks rendering. The toolbar itself is gongkai.js, deferred. */
(function (d) {
  var c = d.documentElement.classList, s;
  c.add('gk-js');
  if ('speechSynthesis' in window) c.add('gk-speech');
  try { s = JSON.parse(localStorage.getItem('gongkai-a11y') || '{}'); } catch (e) { s = {}; }
  if (s.size > 0) c.add('gk-fs' + Math.min(s.size | 0, 5));
  if (s.contrast) c.add('gk-contrast');
  if (s.cursor) c.add('gk-cursor');
  if (s.guide) c.add('gk-guide');
  if (s.reader) c.add('gk-reader');
  if (s.zoom > 0) c.add('gk-zoom' + Math.min(s.zoom | 0, 2));
})(document);
