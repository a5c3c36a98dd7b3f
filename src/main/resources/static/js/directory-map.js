// Directory maps: drawn from data attributes when Leaflet and the tiles load; the list works without them.
(function () {
  function draw() {
    if (typeof L === 'undefined') { return; }
    document.querySelectorAll('.directory-map').forEach(function (el) {
      if (el.dataset.drawn) { return; }
      el.dataset.drawn = '1';
      var map = L.map(el, { scrollWheelZoom: false });
      L.tileLayer(el.dataset.tiles, { maxZoom: 18, attribution: el.dataset.attribution }).addTo(map);
      var bounds = [];
      if (el.dataset.point) {
        var p = el.dataset.point.split(',').map(Number);
        L.marker(p).addTo(map);
        bounds.push(p);
      }
      var results = el.closest('section');
      if (results) {
        results.querySelectorAll('li.result[data-pins]').forEach(function (li) {
          if (!li.dataset.pins) { return; }
          li.dataset.pins.split(';').forEach(function (pin) {
            var p = pin.split(',').map(Number);
            var link = document.createElement('a');
            link.href = li.dataset.href;
            link.textContent = li.dataset.name;
            L.marker(p).addTo(map).bindPopup(link);
            bounds.push(p);
          });
        });
      }
      if (bounds.length) { map.fitBounds(bounds, { maxZoom: 15, padding: [20, 20] }); }
      else { el.hidden = true; }
    });
  }
  document.addEventListener('DOMContentLoaded', draw);
  document.addEventListener('htmx:afterSettle', draw);
})();
