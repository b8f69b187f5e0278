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

// Zoom and pan for the network drawing: wheel or +/− to zoom, drag to pan, "fit" to reset.
(function () {
  "use strict";
  document.querySelectorAll("svg.zoomable").forEach(function (svg) {
    var start = svg.getAttribute("viewBox").split(" ").map(Number);
    var box = start.slice();
    var controls = svg.previousElementSibling;
    function apply() { svg.setAttribute("viewBox", box.map(function (v) { return v.toFixed(1); }).join(" ")); }
    function zoom(factor, cx, cy) {
      var w = Math.min(Math.max(box[2] * factor, start[2] / 20), start[2] * 2);
      var h = w * start[3] / start[2];
      box = [cx - (cx - box[0]) * w / box[2], cy - (cy - box[1]) * h / box[3], w, h];
      apply();
    }
    function centre() { return [box[0] + box[2] / 2, box[1] + box[3] / 2]; }
    function toSvg(event) {
      var rect = svg.getBoundingClientRect();
      return [box[0] + (event.clientX - rect.left) / rect.width * box[2],
              box[1] + (event.clientY - rect.top) / rect.height * box[3]];
    }
    svg.addEventListener("wheel", function (event) {
      event.preventDefault();
      var p = toSvg(event);
      zoom(event.deltaY < 0 ? 0.8 : 1.25, p[0], p[1]);
    }, { passive: false });
    var drag = null;
    svg.addEventListener("pointerdown", function (event) {
      if (event.button !== 0) { return; }
      drag = { x: event.clientX, y: event.clientY, box: box.slice(), moved: false };
    });
    window.addEventListener("pointermove", function (event) {
      if (!drag) { return; }
      var rect = svg.getBoundingClientRect();
      var dx = (event.clientX - drag.x) / rect.width * drag.box[2];
      var dy = (event.clientY - drag.y) / rect.height * drag.box[3];
      if (Math.abs(dx) + Math.abs(dy) > 2) { drag.moved = true; svg.classList.add("dragging"); }
      box = [drag.box[0] - dx, drag.box[1] - dy, drag.box[2], drag.box[3]];
      apply();
    });
    window.addEventListener("pointerup", function () {
      if (drag && drag.moved) {  // a drag is not a click on the actor under the pointer
        svg.addEventListener("click", function (e) { e.preventDefault(); }, { capture: true, once: true });
      }
      drag = null;
      svg.classList.remove("dragging");
    });
    if (controls && controls.classList.contains("zoom-controls")) {
      controls.addEventListener("click", function (event) {
        var action = event.target.getAttribute && event.target.getAttribute("data-zoom");
        var c = centre();
        if (action === "in") { zoom(0.8, c[0], c[1]); }
        if (action === "out") { zoom(1.25, c[0], c[1]); }
        if (action === "reset") { box = start.slice(); apply(); }
      });
    }
  });
})();
