// Fixture Bench site: sorting, filtering and paging of the tables. Plain JavaScript, nothing loaded from anywhere;
// every page reads fine without it (every row shown). It reads cells' data- attributes and text, and never writes
// HTML: the pager's few elements are made with createElement and textContent. Each cell is read once per sort (not once
// per comparison), rows move in one step, and a table with data-page-size shows one page of rows at a time, so a table
// of thousands of rows sorts and filters at once: laying out every row again is what would take the time.
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

  function button(text, action) {
    var b = document.createElement("button");
    b.type = "button";
    b.textContent = text;
    b.addEventListener("click", action);
    return b;
  }

  // Which rows a table shows: those the filters keep (row.filteredOut unset), a page of them where it pages.
  function view(table) {
    var body = table.tBodies[0];
    var size = parseInt(table.getAttribute("data-page-size"), 10);
    var paged = size > 0 && body.rows.length > size;
    var page = 0, all = false, nav = null, label = null, previous = null, next = null, toggle = null;
    if (paged) {
      nav = document.createElement("nav");
      nav.className = "pager";
      nav.setAttribute("aria-label", "pages of " + (table.id || "the table"));
      previous = button("← Previous", function () { page--; show(); });
      next = button("Next →", function () { page++; show(); });
      toggle = button("All rows", function () { all = !all; page = 0; show(); });
      label = document.createElement("span");
      [previous, label, next, toggle].forEach(function (e) { nav.appendChild(e); });
      var wrap = table.parentNode.classList.contains("table-wrap") ? table.parentNode : table;
      wrap.parentNode.insertBefore(nav, wrap.nextSibling);
    }
    function show() {
      var matching = 0, from, to;
      Array.prototype.forEach.call(body.rows, function (row) { if (!row.filteredOut) matching++; });
      var pages = paged ? Math.max(1, Math.ceil(matching / size)) : 1;
      page = Math.max(0, Math.min(page, pages - 1));
      from = paged && !all ? page * size : 0;
      to = paged && !all ? from + size : matching;
      var position = 0;
      Array.prototype.forEach.call(body.rows, function (row) {
        var visible = !row.filteredOut && position >= from && position < to;
        if (!row.filteredOut) position++;
        if (row.hidden === visible) row.hidden = !visible;
      });
      if (paged) {
        label.textContent = all ? "all " + matching + " rows"
          : "rows " + (matching ? from + 1 : 0) + "–" + Math.min(to, matching) + " of " + matching;
        previous.disabled = all || page === 0;
        next.disabled = all || page >= pages - 1;
        toggle.textContent = all ? "Pages of " + size : "All rows";
        nav.hidden = matching <= size;
      }
    }
    return {
      // after a sort or a filter: the first page again
      refresh: function () { page = 0; show(); }
    };
  }

  function sortable(table, shown) {
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
        shown.refresh();
      }
      header.addEventListener("click", sort);
      header.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sort(); } });
    });
  }

  function filterable(form, table, shown) {
    var controls = Array.prototype.slice.call(form.querySelectorAll("[data-filter]"));
    var count = form.querySelector("#shown");
    var columns = {};
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, index) {
      if (header.hasAttribute("data-field")) columns[header.getAttribute("data-field")] = index;
    });
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    // each row's filtered fields, read once: the name in lower case, the others as their cells say them
    rows.forEach(function (row) {
      var values = {};
      controls.forEach(function (control) {
        var field = control.getAttribute("data-filter");
        values[field] = field === "name" ? (row.getAttribute("data-name") || "").toLowerCase()
          : field in columns ? cellValue(row, columns[field]) : row.getAttribute("data-" + field) || "";
      });
      row.filterFields = values;
    });
    function apply() {
      var wanted = controls.map(function (control) {
        var field = control.getAttribute("data-filter");
        return { field: field, value: field === "name" ? control.value.trim().toLowerCase() : control.value };
      }).filter(function (w) { return w.value !== ""; });
      var matching = 0;
      rows.forEach(function (row) {
        var values = row.filterFields;
        row.filteredOut = !wanted.every(function (w) {
          return w.field === "name" ? values.name.indexOf(w.value) >= 0 : values[w.field] === w.value;
        });
        if (!row.filteredOut) matching++;
      });
      if (count) count.textContent = matching + " of " + count.getAttribute("data-total") + " fixtures";
      shown.refresh();
    }
    controls.forEach(function (control) {
      control.addEventListener("input", apply);
      control.addEventListener("change", apply);
    });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    form.hidden = false;
    apply();
  }

  var form = document.getElementById("filters"), fixtures = document.getElementById("fixtures");
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var shown = view(table);
    sortable(table, shown);
    if (table === fixtures && form) {
      filterable(form, table, shown);
    } else {
      shown.refresh();
    }
  });
})();
