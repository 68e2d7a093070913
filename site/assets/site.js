// Fixture Bench site: sorting and filtering of the fixture table. Plain JavaScript, nothing loaded from anywhere;
// every page reads fine without it. It reads cells' data- attributes and text, and never writes HTML.
(function () {
  "use strict";

  function compare(a, b, numeric) {
    if (numeric) {
      var x = a === "" ? NaN : Number(a), y = b === "" ? NaN : Number(b);
      if (isNaN(x) && isNaN(y)) return 0;
      if (isNaN(x)) return 1;   // missing figures last, either way
      if (isNaN(y)) return -1;
      return x - y;
    }
    return a.localeCompare(b);
  }

  function cellValue(row, index) {
    var cell = row.cells[index];
    return cell.hasAttribute("data-value") ? cell.getAttribute("data-value") : cell.textContent.trim();
  }

  function sortable(table) {
    var headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headers, function (header, index) {
      if (!header.hasAttribute("data-sort")) return;
      header.tabIndex = 0;
      function sort() {
        var numeric = header.getAttribute("data-sort") === "number";
        var ascending = header.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (h) { h.removeAttribute("aria-sort"); });
        header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r1, r2) {
          var a = cellValue(r1, index), b = cellValue(r2, index);
          var missing = numeric && (a === "" || b === "");
          var order = compare(a, b, numeric);
          return missing || ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      }
      header.addEventListener("click", sort);
      header.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sort(); } });
    });
  }

  function filterable(form, table) {
    var controls = form.querySelectorAll("[data-filter]");
    var shown = form.querySelector("#shown");
    function apply() {
      var count = 0;
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        var visible = Array.prototype.every.call(controls, function (control) {
          var field = control.getAttribute("data-filter");
          var wanted = field === "name" ? control.value.trim() : control.value;
          if (wanted === "") return true;
          var value = row.getAttribute("data-" + field) || "";
          return field === "name" ? value.toLowerCase().indexOf(wanted.toLowerCase()) >= 0 : value === wanted;
        });
        row.hidden = !visible;
        if (visible) count++;
      });
      if (shown) shown.textContent = count + " of " + shown.getAttribute("data-total") + " fixtures";
    }
    Array.prototype.forEach.call(controls, function (control) {
      control.addEventListener("input", apply);
      control.addEventListener("change", apply);
    });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    form.hidden = false;
    apply();
  }

  document.querySelectorAll("table.sortable").forEach(sortable);
  var form = document.getElementById("filters"), table = document.getElementById("fixtures");
  if (form && table) filterable(form, table);
})();
