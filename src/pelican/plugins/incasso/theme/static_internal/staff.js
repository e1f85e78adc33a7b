/* The staff overview, enhanced: sort the claims table by a column, filter it
 * by text and by stage, copy a personal link. Without this script the pages
 * are complete and in their built order; it adds buttons, never content. */
(function () {
  "use strict";

  function enhanceClaims(table) {
    var tbody = table.tBodies[0];
    var filter = document.getElementById("claims-filter");
    var stage = document.getElementById("claims-stage");
    var reset = document.getElementById("claims-reset");
    var count = document.getElementById("claims-count");
    var built = Array.prototype.slice.call(tbody.rows);
    var claims = built.filter(function (row) { return row.classList.contains("claim"); });
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var sorting = null; // {column, direction}: null keeps the grouped order as built

    claims.forEach(function (row, index) { row.dataset.order = index; });
    document.getElementById("claims-tools").hidden = false;
    document.querySelectorAll(".js-only").forEach(function (el) { el.hidden = false; });

    headers.forEach(function (th, column) {
      if (!th.dataset.type) return;
      var button = document.createElement("button");
      button.type = "button";
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener("click", function () { sortBy(column); });
    });

    function value(row, column) {
      return row.cells[column].dataset.value || "";
    }

    function compare(column, type) {
      return function (a, b) {
        var x = value(a, column), y = value(b, column), result;
        if (type === "number") result = (parseFloat(x) || 0) - (parseFloat(y) || 0);
        else result = x.localeCompare(y, "nl", { sensitivity: "base", numeric: true });
        return result;
      };
    }

    function sortBy(column) {
      var type = headers[column].dataset.type;
      // Amounts and days: the largest first; names and dates: A-Z and the earliest first.
      var first = type === "number" ? "descending" : "ascending";
      var direction = sorting && sorting.column === column
        ? (sorting.direction === "ascending" ? "descending" : "ascending") : first;
      sorting = { column: column, direction: direction };
      render();
    }

    function render() {
      var order;
      headers.forEach(function (th, column) {
        if (sorting && sorting.column === column) th.setAttribute("aria-sort", sorting.direction);
        else th.removeAttribute("aria-sort");
      });
      if (sorting) {
        var byValue = compare(sorting.column, headers[sorting.column].dataset.type);
        var sign = sorting.direction === "ascending" ? 1 : -1;
        order = claims.slice().sort(function (a, b) {
          return sign * byValue(a, b) || a.dataset.order - b.dataset.order;
        });
      } else {
        order = built;
      }
      order.forEach(function (row) { tbody.appendChild(row); });
      reset.hidden = !sorting;
      applyFilter();
    }

    function applyFilter() {
      var terms = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
      var group = stage.value;
      var shown = 0;
      var visibleIn = {};
      claims.forEach(function (row) {
        var text = row.dataset.search;
        var match = (!group || row.dataset.group === group) &&
          terms.every(function (term) { return text.indexOf(term) !== -1; });
        row.hidden = !match;
        if (match) {
          shown += 1;
          visibleIn[row.dataset.group] = true;
        }
      });
      built.forEach(function (row) {
        if (row.classList.contains("group")) row.hidden = Boolean(sorting) || !visibleIn[row.dataset.group];
      });
      count.textContent = shown + " / " + claims.length + " " + count.dataset.label;
    }

    filter.addEventListener("input", applyFilter);
    filter.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { filter.value = ""; applyFilter(); }
    });
    stage.addEventListener("change", applyFilter);
    reset.addEventListener("click", function () { sorting = null; render(); });
    applyFilter();
  }

  function enhanceCopy(button) {
    var field = document.getElementById(button.dataset.copy);
    if (!field) return;
    button.hidden = false;
    var label = button.textContent;
    button.addEventListener("click", function () {
      field.select();
      var done = function () {
        button.textContent = button.dataset.done;
        setTimeout(function () { button.textContent = label; }, 2000);
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(done, function () { document.execCommand("copy"); done(); });
      } else {
        document.execCommand("copy");
        done();
      }
    });
  }

  var table = document.getElementById("claims");
  if (table) enhanceClaims(table);
  document.querySelectorAll("button[data-copy]").forEach(enhanceCopy);
}());
