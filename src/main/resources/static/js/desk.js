// Relais desk: keyboard shortcuts (documented on the page). Every action also works without this file.
(function () {
  "use strict";
  function typing(target) {
    if (!target) { return false; }
    var tag = target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || target.isContentEditable;
  }
  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll("[data-desk-row] a"));
  }
  function move(step) {
    var links = rows();
    if (links.length === 0) { return; }
    var index = links.indexOf(document.activeElement);
    var next = index < 0 ? (step > 0 ? 0 : links.length - 1) : Math.min(links.length - 1, Math.max(0, index + step));
    links[next].focus();
    var row = links[next].closest("tr");
    if (row) { row.scrollIntoView({ block: "nearest" }); }
  }
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) { return; }
    var key = event.key;
    if (key === "/") {
      var search = document.querySelector("[data-desk-search]");
      if (search) { event.preventDefault(); search.focus(); search.select(); }
    } else if (key === "n") {
      var fresh = document.querySelector("[data-desk-new]");
      window.location.href = fresh ? fresh.href : "/desk?new=1#caller";
    } else if (key === "q") {
      var queue = document.querySelector('nav.tabs a[href$="/desk/queue"]');
      window.location.href = queue ? queue.href : "/desk/queue";
    } else if (key === "j") {
      move(1);
    } else if (key === "k") {
      move(-1);
    } else if (key === "a") {
      var assign = document.querySelector("[data-desk-assign-me]");
      if (assign) { event.preventDefault(); assign.click(); }
    }
  });
})();
