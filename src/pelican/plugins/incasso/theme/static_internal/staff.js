/* The staff overview, enhanced: search the dossiers from the top of the page,
 * sort the claims table by a column, filter it by stage, copy a personal link.
 * Without this script the pages are complete and in their built order; it
 * adds buttons, never content. What is typed stays in the page: it is not put
 * in the address, not stored and not sent anywhere. */
(function () {
  "use strict";

  // The same as incasso.staff.search.normalise: accents dropped, lower case, spaces as one.
  function normalise(text) {
    return text.normalize("NFD").replace(/\p{Mn}/gu, "").toLowerCase().split(/\s+/).filter(Boolean).join(" ");
  }

  // Letters and digits only: "RF18 5390", "06-1234 5678" and "3511 ZH" as they are stored, squeezed.
  function squeeze(text) {
    return text.replace(/[^\p{L}\p{N}]+/gu, "");
  }

  // A dossier row's search: its fields (data-search, one a line, see incasso.staff.search).
  function searchable(row) {
    var text = row.dataset.search || "";
    var squeezed = null; // each field squeezed, made on the first search that needs it
    return {
      words: function (terms) {
        return terms.every(function (term) { return text.indexOf(term) !== -1; });
      },
      squeezed: function (wanted) {
        if (!squeezed) squeezed = text.split("\n").map(squeeze);
        return wanted.some(function (w) {
          return squeezed.some(function (field) { return field.indexOf(w) !== -1; });
        });
      }
    };
  }

  // What to look for: the words typed, and the whole query squeezed (also without a leading 00,
  // the international prefix, so "0031 6 ..." finds "+31 6 ...").
  function query(typed) {
    var text = normalise(typed);
    var whole = squeeze(text);
    var wanted = whole ? [whole] : [];
    if (/^00\d+$/.test(whole)) wanted.push(whole.slice(2));
    return { terms: text ? text.split(" ") : [], wanted: wanted };
  }

  function enhanceClaims(table) {
    var tbody = table.tBodies[0];
    var filter = document.getElementById("claims-filter");
    var stage = document.getElementById("claims-stage");
    var reset = document.getElementById("claims-reset");
    var count = document.getElementById("claims-count");
    var built = Array.prototype.slice.call(tbody.rows);
    var claims = built.filter(function (row) { return row.classList.contains("claim"); });
    var search = claims.map(searchable);
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var sorting = null; // {column, direction}: null keeps the grouped order as built

    claims.forEach(function (row, index) { row.dataset.order = index; });
    document.getElementById("claims-tools").hidden = false;
    document.getElementById("finder").hidden = false;
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
      var looking = query(filter.value);
      var group = stage.value;
      var shown = 0;
      var visibleIn = {};
      // While something is typed the page shows the dossiers found, right under the search.
      document.body.classList.toggle("searching", looking.terms.length > 0);
      claims.forEach(function (row, index) {
        var match = (!group || row.dataset.group === group) &&
          (search[index].words(looking.terms) || (looking.wanted.length > 0 && search[index].squeezed(looking.wanted)));
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
    // A link to a part of the page hidden while searching (the summary's figures) ends the search.
    document.querySelectorAll("a[href^='#']").forEach(function (link) {
      link.addEventListener("click", function () {
        if (filter.value) { filter.value = ""; applyFilter(); }
      });
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
