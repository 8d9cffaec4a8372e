// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';
  // Live signature counts: refresh the number and the bar every 10 s (the region is aria-live="polite").
  document.querySelectorAll('[data-count-url]').forEach(function (region) {
    var url = region.getAttribute('data-count-url');
    var fmt = new Intl.NumberFormat(document.documentElement.lang || undefined);
    function refresh() {
      fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) { return r.ok ? r.json() : null; })
        .then(function (c) {
          if (!c) { return; }
          var n = region.querySelector('[data-count="signatures"]');
          if (n && n.textContent !== fmt.format(c.signatures)) { n.textContent = fmt.format(c.signatures); }
          var bar = document.querySelector('[data-count="bar"]');
          if (bar && c.threshold > 0) {
            bar.style.width = Math.min(100, Math.floor(c.signatures * 100 / c.threshold)) + '%';
            bar.parentElement.setAttribute('aria-valuenow', c.signatures);
          }
        }).catch(function () { /* the server-rendered figure stays */ });
    }
    setInterval(refresh, 10000);
  });
  // Budget ballot: recompute the running total as boxes are ticked (the server recomputes on submit).
  document.querySelectorAll('form[data-budget]').forEach(function (form) {
    var budget = Number(form.getAttribute('data-budget'));
    var out = form.querySelector('[data-running-total]');
    var fmt = new Intl.NumberFormat(document.documentElement.lang || undefined);
    function update() {
      var total = 0;
      form.querySelectorAll('input[type=checkbox][data-cost]:checked').forEach(function (b) { total += Number(b.getAttribute('data-cost')); });
      out.textContent = fmt.format(total) + ' / ' + fmt.format(budget);
      out.classList.toggle('over-budget', total > budget);
    }
    form.addEventListener('change', update);
  });
})();
