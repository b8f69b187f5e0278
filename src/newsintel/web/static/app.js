// The workbench's only script: show a quote's speaker and chain beside the article on hover.
(function () {
  "use strict";
  var panel = document.getElementById("quote-info");
  if (!panel) { return; }
  var idle = panel.textContent;
  function describe(el) {
    var refs = (el.getAttribute("data-refs") || "").split(" ");
    var lines = [];
    refs.forEach(function (ref) {
      var row = ref && document.getElementById("attr-" + ref);
      if (row) { lines.push(row.getAttribute("data-summary")); }
    });
    return lines.length ? lines.join("\n") : el.getAttribute("title");
  }
  document.querySelectorAll(".hl-quote, .hl-speaker, .hl-cue").forEach(function (el) {
    el.addEventListener("mouseenter", function () {
      panel.textContent = describe(el);  // textContent: never parsed as HTML
      el.classList.add("active");
    });
    el.addEventListener("mouseleave", function () {
      el.classList.remove("active");
      panel.textContent = idle;
    });
  });
})();
