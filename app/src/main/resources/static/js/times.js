// Times are written in UTC. Where the reader's own time zone differs, each <time datetime="…T…Z"> also gets that
// time in the reader's zone and language, beside it: "15:30 UTC (16:30 your time)". Without JavaScript the UTC time stands.
(function () {
  'use strict';
  function localise(root) {
    var header = document.querySelector('header.site');
    var yours = header && header.dataset.tYours ? header.dataset.tYours : 'your time';
    var lang = document.documentElement.lang || 'en';
    var format = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
    root.querySelectorAll('time[datetime]').forEach(function (time) {
      var text = time.getAttribute('datetime');
      if (text.indexOf('T') < 0 || time.dataset.localised) { return; }
      var at = new Date(text);
      if (isNaN(at.getTime()) || at.getTimezoneOffset() === 0) { return; }
      time.dataset.localised = 'yes';
      var local = document.createElement('span');
      local.className = 'local-time';
      local.textContent = ' (' + format.format(at) + ', ' + yours + ')';
      time.after(local);
    });
  }
  document.addEventListener('DOMContentLoaded', function () { localise(document); });
  document.addEventListener('htmx:afterSwap', function (e) { localise(e.target); });
})();
