// Gongkai preview only (never part of a built site): wait for the next rebuild, then reload this page.
(function () {
  'use strict';
  var me = document.currentScript;
  var version = me ? new URL(me.src).searchParams.get('v') : '';
  function wait() {
    fetch('/__gongkai/version?v=' + encodeURIComponent(version), { cache: 'no-store' })
      .then(function (r) { return r.text(); })
      .then(function (v) {
        if (v.trim() !== version) {
          location.reload();
        } else {
          wait();
        }
      })
      .catch(function () { setTimeout(wait, 1000); }); // server restarting: try again shortly
  }
  wait();
})();
