(function () {
  "use strict";
  function cellValue(row, index) {
    var cell = row.cells[index];
    if (!cell) { return ""; }
    var v = cell.getAttribute("data-v");
    return v !== null ? v : cell.textContent.trim();
  }
  function compare(a, b) {
    var x = parseFloat(a), y = parseFloat(b);
    var numeric = !isNaN(x) && !isNaN(y) && isFinite(a) && isFinite(b);
    if (numeric) { return x - y; }
    return a.localeCompare(b, undefined, { numeric: true, sensitivity: "base" });
  }
  function sortTable(table, index, header) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var ascending = !header.classList.contains("asc");
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (h) {
      h.classList.remove("asc", "desc");
    });
    header.classList.add(ascending ? "asc" : "desc");
    rows.sort(function (r1, r2) {
      var c = compare(cellValue(r1, index), cellValue(r2, index));
      return ascending ? c : -c;
    });
    var fragment = document.createDocumentFragment();
    rows.forEach(function (r) { fragment.appendChild(r); });
    body.appendChild(fragment);
  }
  function applyFilters(table) {
    var text = table._filterText || "";
    var choice = table._filterChoice || "";
    var shown = 0, rows = table.tBodies[0].rows;
    for (var i = 0; i < rows.length; i++) {
      var r = rows[i];
      var okText = text === "" || r.textContent.toLowerCase().indexOf(text) >= 0;
      var okChoice = choice === "" || r.getAttribute("data-filter") === choice;
      var show = okText && okChoice;
      r.style.display = show ? "" : "none";
      if (show) { shown++; }
    }
    var counter = document.querySelector("[data-count-for='" + table.id + "']");
    if (counter) { counter.textContent = shown + " of " + rows.length + " rows"; }
  }
  document.querySelectorAll("table.data").forEach(function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (h, i) {
      h.addEventListener("click", function () { sortTable(table, i, h); });
    });
    applyFilters(table);
  });
  document.querySelectorAll("input[data-filter-for]").forEach(function (input) {
    var table = document.getElementById(input.getAttribute("data-filter-for"));
    input.addEventListener("input", function () {
      table._filterText = input.value.trim().toLowerCase();
      applyFilters(table);
    });
  });
  document.querySelectorAll("select[data-filter-for]").forEach(function (select) {
    var table = document.getElementById(select.getAttribute("data-filter-for"));
    select.addEventListener("change", function () {
      table._filterChoice = select.value;
      applyFilters(table);
    });
  });
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    while (el) {
      if (el.tagName === "DETAILS") { el.open = true; }
      el = el.parentElement;
    }
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();
})();
