// Fixture Bench site: sorting and filtering of the tables. Plain JavaScript, nothing loaded from anywhere; every page
// reads fine without it. It reads cells' data- attributes and text, and never writes HTML. Each cell is read once per
// sort (not once per comparison) and rows move in one step, so a table of thousands of rows sorts at once.
(function () {
  "use strict";

  var collator = new Intl.Collator();

  // a cell's value: its data-value where it has one (a precise figure, a status without its badges), else its text
  function cellValue(row, index) {
    var cell = row.cells[index];
    return cell.hasAttribute("data-value") ? cell.getAttribute("data-value") : cell.textContent.trim();
  }

  // the figure a cell starts with ("12.5 ms", "+3 %", "1002"), or null for none ("—", "")
  function figure(text) {
    var x = parseFloat(text);
    return isNaN(x) ? null : x;
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
        var keyed = Array.prototype.map.call(body.rows, function (row, position) {
          var value = cellValue(row, index);
          return { row: row, key: numeric ? figure(value) : value, position: position };
        });
        keyed.sort(function (p, q) {
          var order;
          if (numeric && (p.key === null || q.key === null)) {
            // missing figures last, either way
            order = p.key === q.key ? 0 : p.key === null ? 1 : -1;
            return order || p.position - q.position;
          }
          order = numeric ? p.key - q.key : collator.compare(p.key, q.key);
          return (ascending ? order : -order) || p.position - q.position;
        });
        var rows = document.createDocumentFragment();
        keyed.forEach(function (k) { rows.appendChild(k.row); });
        body.appendChild(rows);
      }
      header.addEventListener("click", sort);
      header.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sort(); } });
    });
  }

  function filterable(form, table) {
    var controls = Array.prototype.slice.call(form.querySelectorAll("[data-filter]"));
    var shown = form.querySelector("#shown");
    var columns = {};
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, index) {
      if (header.hasAttribute("data-field")) columns[header.getAttribute("data-field")] = index;
    });
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    // each row's filtered fields, read once: the name in lower case, the others as their cells say them
    var fields = rows.map(function (row) {
      var values = {};
      controls.forEach(function (control) {
        var field = control.getAttribute("data-filter");
        values[field] = field === "name" ? (row.getAttribute("data-name") || "").toLowerCase()
          : field in columns ? cellValue(row, columns[field]) : row.getAttribute("data-" + field) || "";
      });
      return values;
    });
    function apply() {
      var wanted = controls.map(function (control) {
        var field = control.getAttribute("data-filter");
        return { field: field, value: field === "name" ? control.value.trim().toLowerCase() : control.value };
      }).filter(function (w) { return w.value !== ""; });
      var count = 0;
      rows.forEach(function (row, i) {
        var values = fields[i];
        var visible = wanted.every(function (w) {
          return w.field === "name" ? values.name.indexOf(w.value) >= 0 : values[w.field] === w.value;
        });
        if (row.hidden === visible) row.hidden = !visible;
        if (visible) count++;
      });
      if (shown) shown.textContent = count + " of " + shown.getAttribute("data-total") + " fixtures";
    }
    controls.forEach(function (control) {
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
