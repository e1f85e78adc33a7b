/* The staff overview, enhanced: search every dossier from the top of any overview page, filter
 * by stage, sort by a column, copy a personal link. The overview's pages show part of the
 * dossiers (the first of each list, a stage's pages); the search looks through all of them in
 * the search index (search-index.js, written by the build beside the pages: see
 * incasso.staff.search_index), loaded from the same folder as the search box, a column head or the
 * stage is about to be used.
 * Without this script the pages are complete and in their built order; it adds tools, never
 * content. What is typed stays in the page: it is not put in the address, not stored and not
 * sent anywhere. */
(function () {
  "use strict";

  var SHOWN = 100; // rows of the results drawn at once; "show more" draws the next ones
  // How long the pointer rests on the search box, a column head or the stage before the index is read: a
  // pointer passing over reads none.
  var RESTING_MS = 150;
  // The staff's language (the build's STAFF_LANGUAGE) as the page's lang says it: names sort and counts
  // read in it, in the locale incasso.fmt writes the pages' figures in (its LOCALES).
  var LOCALE = { nl: "nl-NL", en: "en-IE" }[document.documentElement.lang] || "nl-NL";

  // The same as incasso.staff.search.normalise: accents dropped, lower case, spaces as one, and
  // the letters NFD does not take apart written plain (its _PLAIN_LETTERS).
  // (Escaped: the file stays ASCII whatever charset it is served with. l-stroke, o-slash, ae, oe,
  // sharp s, d-stroke, eth, thorn, h-stroke, dotless i.)
  var PLAIN = {
    "\u0142": "l", "\u00f8": "o", "\u00e6": "ae", "\u0153": "oe", "\u00df": "ss",
    "\u0111": "d", "\u00f0": "d", "\u00fe": "th", "\u0127": "h", "\u0131": "i"
  };
  var NOT_APART = /[\u0142\u00f8\u00e6\u0153\u00df\u0111\u00f0\u00fe\u0127\u0131]/g;
  function normalise(text) {
    return text.normalize("NFD").replace(/\p{Mn}/gu, "").toLowerCase()
      .replace(NOT_APART, function (letter) { return PLAIN[letter]; })
      .split(/\s+/).filter(Boolean).join(" ");
  }

  // Letters and digits only: "RF18 5390", "06-1234 5678" and "3511 ZH" as they are stored, squeezed.
  function squeeze(text) {
    return text.replace(/[^\p{L}\p{N}]+/gu, "");
  }

  // What to look for: the words typed, and the whole query squeezed (also without a leading 00,
  // the international prefix, so "0031 6 ..." finds "+31 6 ...").
  function query(typed) {
    var text = normalise(typed);
    var whole = squeeze(text);
    var wanted = whole ? [whole] : [];
    if (/^00\d+$/.test(whole)) wanted.push(whole.slice(2));
    return { terms: text ? text.split(" ") : [], phrase: text, wanted: wanted };
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function cell(value, className, tag) {
    var td = element(tag || "td", className);
    td.dataset.value = value;
    return td;
  }

  // The search index as the script left it (see incasso.staff.search_index for a row's fields).
  // `labels`: what the results' headings and rows say (the count's data-: label, together, named, foundIn).
  function Index(data, root, labels) {
    var rows = data.rows, parts = data.parts, groups = data.groups, collecting = data.collecting || [];
    var SEARCH = 11, KINDS = 13, foundLabel = labels.label;
    // Between two fields of a row's search text: a capital, which no field holds and no query either (both
    // normalised, lower case); a line break in an index written before session 63 (one a browser kept).
    var between = data.between || "\n";
    // Each row's fields squeezed, the break between two, one before the first and after the last (a whole
    // field is then found between two): made once, so that no keystroke waits for them. Field by field: the
    // whole text squeezed in one go, the break kept (a letter), made Index() and the first find three times
    // as slow at 100,000 dossiers (BENCHMARKS.md, session 63).
    var squeezed = rows.map(function (r) {
      return between + r[SEARCH].split(between).map(squeeze).join(between) + between;
    });
    var collator = new Intl.Collator(LOCALE, { sensitivity: "base", numeric: true });
    // Each row's debtor's name as its search text holds it (`data.name` marks its field), and squeezed.
    var names = rows.map(function (r) { return fieldOf(r, data.name); });
    var squeezedNames = names.map(squeeze);

    // The field of a row's search text of the field kind `kind` (search.FIELD_KINDS' letter), "" when none.
    function fieldOf(r, kind) {
      var at = parts[r[KINDS]][0].indexOf(kind);
      return at < 0 ? "" : r[SEARCH].split(between)[at];
    }

    // How a row matches: not (NONE), with what was typed as a whole field (EXACT: "000123" as an invoice
    // number, where S-000123 and S-001230 only hold it), with what was typed in one field (TOGETHER:
    // "Oudegracht 73" as the street and number, "06 52 70 39 18" as the phone), or with every word somewhere
    // (APART: "oudegracht" in the address and "73" inside an id or a phone number). One word typed is in one
    // field wherever it is: it matches EXACT or APART, so the whole field comes first. Of the rows it matches
    // APART, those whose debtor's name holds what was typed (NAMED: "jansen" in "Autobedrijf Jansen") come
    // before those where another field does (the contact person "Jan Jansen", an address).
    var NONE = 0, EXACT = 1, TOGETHER = 2, NAMED = 3, APART = 4;

    // Whether `line` (a field of the search text) holds what was typed: as typed, squeezed, or (`each`) every
    // word; or (`any`) one of the words.
    function holds(line, looking, each, any) {
      if (!line) return false;
      if (line.indexOf(looking.phrase) !== -1) return true;
      var squeezedLine = squeeze(line), k;
      for (k = 0; k < looking.wanted.length; k++) if (squeezedLine.indexOf(looking.wanted[k]) !== -1) return true;
      if (!each && !any) return false;
      for (k = 0; k < looking.terms.length; k++) {
        var found = line.indexOf(looking.terms[k]) !== -1;
        if (any && found) return true;
        if (each && !found) return false;
      }
      return each;
    }

    function inName(i, looking) {
      var k, name = names[i];
      if (name.indexOf(looking.phrase) !== -1) return true;
      for (k = 0; k < looking.wanted.length; k++) if (squeezedNames[i].indexOf(looking.wanted[k]) !== -1) return true;
      for (k = 0; k < looking.terms.length && name.indexOf(looking.terms[k]) !== -1; k++);
      return k === looking.terms.length;
    }

    // "Gevonden in: contactpersoon, adres": the fields of a row found by another field than its debtor's name
    // ("" when the name holds what was typed: the row shows it).
    function foundIn(r, looking) {
      if (!looking.terms.length || holds(fieldOf(r, data.name), looking, true, false)) return "";
      var fields = r[SEARCH].split(between), kinds = parts[r[KINDS]][0], named = [];
      for (var j = 0; j < fields.length; j++) {
        var name = data.fields[kinds[j]];
        if (name && named.indexOf(name) === -1 && holds(fields[j], looking, false, looking.terms.length > 1)) {
          named.push(name);
        }
      }
      return named.length ? labels.foundIn.replace("{fields}", named.join(", ")) : "";
    }

    function wholeField(i, looking) {
      for (var k = 0; k < looking.wanted.length; k++) {
        if (squeezed[i].indexOf(between + looking.wanted[k] + between) !== -1) return true;
      }
      return false;
    }

    function inOneField(i, looking) {
      // The fields are apart, so a phrase (words and spaces) found is found within one field.
      if (rows[i][SEARCH].indexOf(looking.phrase) !== -1) return true;
      for (var k = 0; k < looking.wanted.length; k++) if (squeezed[i].indexOf(looking.wanted[k]) !== -1) return true;
      return false;
    }

    function matches(i, looking) {
      var text = rows[i][SEARCH], terms = looking.terms, words = terms.length > 1, k, how;
      for (k = 0; k < terms.length && text.indexOf(terms[k]) !== -1; k++);
      if (k === terms.length) how = words && inOneField(i, looking) ? TOGETHER : APART;
      else if (inOneField(i, looking)) how = words ? TOGETHER : APART;
      else how = NONE;
      if (how === NONE) return NONE;
      if (wholeField(i, looking)) return EXACT;
      return how === APART && inName(i, looking) ? NAMED : how;
    }

    var orders = {
      name: function (a, b) { return collator.compare(a[1], b[1]); },
      status: function (a, b) { return collator.compare(parts[a[4]][2], parts[b[4]][2]); },
      amount: function (a, b) { return a[6] - b[6]; },
      days: function (a, b) { return a[7] - b[7]; },
      next: function (a, b) { return byDay(nextDay(a), nextDay(b)); },
      last: function (a, b) { return byDay(lastDay(a), lastDay(b)); },
      flags: function (a, b) { return a[10].length - b[10].length; }
    };

    // The days a row sorts by, ISO dates: the next step's is the last of its part, the last contact's the
    // second of its ("" when none: it sorts first).
    function nextDay(r) {
      var part = parts[r[8]];
      return part[part.length - 1];
    }

    function lastDay(r) {
      return r[9] < 0 ? "" : parts[r[9]][1];
    }

    function byDay(a, b) {
      return a < b ? -1 : a > b ? 1 : 0;
    }

    function next(r) {
      var part = parts[r[8]], td = cell(nextDay(r));
      if (part.length === 2) { // no step: what the row says instead, and the day it sorts by
        td.className = "muted";
        td.textContent = part[0];
        return td;
      }
      td.appendChild(element("span", part[0], part[1]));
      td.appendChild(element("br"));
      var time = element("time", part[2], part[3]);
      time.setAttribute("datetime", nextDay(r));
      td.appendChild(time);
      return td;
    }

    function last(r) {
      var td = cell(lastDay(r));
      if (r[9] < 0) {
        td.appendChild(element("span", "muted", data.never));
      } else {
        var time = element("time", "", parts[r[9]][0]);
        time.setAttribute("datetime", lastDay(r));
        td.appendChild(time);
      }
      return td;
    }

    // A row as the overview's claims table draws it (theme/templates/internal/overview/claims.html).
    function draw(r, looking) {
      var tr = element("tr", parts[r[3]][0]);
      tr.dataset.id = r[0];
      tr.dataset.group = groups[r[2]][0];
      var who = cell(r[1].toLowerCase(), "", "th"); // the debtor heads the row (a screen reader says whose)
      who.scope = "row";
      var link = element("a", "", r[1]);
      link.href = root + data.dossier[0] + r[0] + data.dossier[1];
      who.appendChild(link);
      who.appendChild(document.createTextNode(" "));
      who.appendChild(element("span", "id", r[0]));
      var where = foundIn(r, looking);
      if (where) who.appendChild(element("span", "matched", where));
      var status = cell(parts[r[4]][2]);
      status.appendChild(element("span", parts[r[4]][0], parts[r[4]][1]));
      var flags = cell(String(r[10].length));
      if (r[10].length) {
        var list = flags.appendChild(element("ul", "flags"));
        r[10].forEach(function (f) { list.appendChild(element("li", parts[f][0], parts[f][1])); });
      } else { // a word, not an empty cell a screen reader reads as "blank"
        flags.appendChild(element("span", "flags-none", labels.none));
      }
      var amount = cell(String(r[6]), "num"), days = cell(String(r[7]), "num");
      amount.textContent = r[5];
      if (r[12]) { // the invoices a dispute holds apart, under the amount
        amount.appendChild(document.createElement("br"));
        amount.appendChild(element("span", "disputed-apart", r[12]));
      }
      days.textContent = r[7] ? String(r[7]) : "";
      if (r[14] >= 0) { // a closed dossier's: how late on the day it closed, and that day's word under it
        var closedDays = parts[r[14]];
        days.textContent = closedDays[0];
        if (closedDays[1]) {
          days.appendChild(document.createElement("br"));
          days.appendChild(element("span", "muted late-when", closedDays[1]));
        }
      }
      [who, status, amount, days, next(r), last(r), flags].forEach(function (td) { tr.appendChild(td); });
      return tr;
    }

    function header(group, count) {
      var closed = groups[group][2];
      var tr = heading(closed ? "group closed" : "group", groups[group][1], count, closed ? "" : groups[group][0]);
      tr.dataset.group = groups[group][0];
      return tr;
    }

    // A heading over a body of results: its name and how many it holds (`stage`: its colour swatch).
    function heading(className, name, count, stage) {
      var tr = element("tr", className);
      var th = tr.appendChild(element("th"));
      th.colSpan = 7;
      th.scope = "rowgroup";
      if (stage) th.appendChild(element("span", "swatch stage-" + stage));
      th.appendChild(element("span", "g-name", name));
      th.appendChild(element("span", "g-figures", count.toLocaleString(LOCALE) + " " + foundLabel));
      return tr;
    }

    return {
      size: rows.length,
      // The account that paid for many dossiers (no row holds it) that was typed: whole, or its last ten
      // letters and digits at least (a Dutch account number), as [account, dossiers, as written]; else null.
      collecting: function (looking) {
        for (var a = 0; a < collecting.length; a++) {
          for (var k = 0; k < looking.wanted.length; k++) {
            var w = looking.wanted[k], account = collecting[a][0];
            if (w === account || (w.length >= 10 && account.slice(-w.length) === w)) return collecting[a];
          }
        }
        return null;
      },
      groupOf: function (key) {
        for (var g = 0; g < groups.length; g++) if (groups[g][0] === key) return g;
        return -1;
      },
      // The rows that match, in the overview's order (stage by stage), or sorted by a column; unsorted,
      // the rows that hold what was typed as a whole field, then those that hold it in one field, then
      // those whose debtor's name holds it come first, each under a heading (`heads`: [first row, rows,
      // label, class]), when only some do.
      find: function (looking, group, sorting) {
        var exact = [], together = [], named = [], apart = [], any = looking.terms.length > 0;
        for (var i = 0; i < rows.length; i++) {
          if (group >= 0 && rows[i][2] !== group) continue;
          var how = any ? matches(i, looking) : APART;
          if (how === EXACT) exact.push(rows[i]);
          else if (how === TOGETHER) together.push(rows[i]);
          else if (how === NAMED) named.push(rows[i]);
          else if (how === APART) apart.push(rows[i]);
        }
        together = exact.concat(together);
        var found = together.concat(named, apart);
        if (sorting) {
          var order = orders[sorting.key], sign = sorting.direction === "ascending" ? 1 : -1;
          found.sort(function (a, b) { return sign * order(a, b); }); // stable: ties keep the built order
          return { rows: found, heads: [], headed: 0, looking: looking };
        }
        var heads = [];
        if (together.length && together.length < found.length) {
          heads.push([0, together.length, labels.together, "group together"]);
        }
        if (named.length && named.length < found.length) {
          heads.push([together.length, named.length, labels.named, "group named"]);
        }
        var headed = heads.reduce(function (sum, head) { return sum + head[1]; }, 0);
        return { rows: found, heads: heads, headed: headed, looking: looking };
      },
      // Rows from..to of what was found into `table`, after the rows drawn before; unsorted, each
      // group in a body of its own under its heading (a rowgroup header covers its own body only),
      // after the rows that hold what was typed in one field, in a body of their own.
      draw: function (result, from, to, grouped, table) {
        var found = result.rows, headed = result.headed, counts = {};
        if (grouped) found.slice(headed).forEach(function (r) { counts[r[2]] = (counts[r[2]] || 0) + 1; });
        var body = table.tBodies[table.tBodies.length - 1];
        var first = null;
        for (var i = from; i < Math.min(to, found.length); i++) {
          var head = result.heads.filter(function (h) { return h[0] === i; })[0];
          if (head) {
            body = table.appendChild(element("tbody"));
            body.appendChild(heading(head[3], head[2], head[1]));
          } else if (grouped && i >= headed && (i === headed || found[i - 1][2] !== found[i][2])) {
            body = table.appendChild(element("tbody"));
            body.appendChild(header(found[i][2], counts[found[i][2]]));
          }
          body = body || table.appendChild(element("tbody"));
          var row = body.appendChild(draw(found[i], result.looking));
          first = first || row;
        }
        return first;
      }
    };
  }

  function enhanceFinder(box) {
    var input = document.getElementById("claims-filter");
    var stage = document.getElementById("claims-stage");
    var reset = document.getElementById("claims-reset");
    var count = document.getElementById("claims-count");
    var said = document.getElementById("claims-said");
    var results = document.getElementById("found");
    var table = document.getElementById("found-table");
    var more = document.getElementById("found-more");
    var none = document.getElementById("found-none");
    var account = document.getElementById("found-account");
    var noneLabel = none.textContent;
    var moreLabel = more.textContent;
    var index = null, loading = false, found = { rows: [], heads: [], headed: 0 }, drawn = 0;
    var sorting = null; // {key, direction}: null keeps the overview's order
    var headers = [];

    box.hidden = false;
    document.querySelectorAll(".js-only").forEach(function (el) { el.hidden = false; });

    function load() {
      if (loading) return;
      loading = true;
      var script = document.createElement("script");
      script.src = box.dataset.index;
      script.onload = function () {
        index = Index(window.incassoSearch, box.dataset.root, count.dataset);
        window.incassoSearch = undefined;
        apply();
      };
      document.head.appendChild(script);
    }

    // The index read as the pointer is about to use `control` (the box, a column head, the stage): on a press
    // (pointerdown, before the click), or once it rests there; a pointer passing over reads none. The column heads
    // and the stage are not read on the focus, as the box is: Tab passes them on its way to a dossier. A finger is
    // no pointer about to use them: a swipe that starts on a column head scrolls the table, and would read the
    // whole index (28 MB at 100,000 dossiers) on a phone's data; a tap reads it on the click (the box: its focus).
    function loadWhenAboutToUse(control) {
      var resting = null;
      function aimed(event) { return event.pointerType !== "touch"; }
      control.addEventListener("pointerdown", function (event) { if (aimed(event)) load(); });
      control.addEventListener("pointerenter", function (event) {
        if (aimed(event)) resting = window.setTimeout(load, RESTING_MS);
      });
      control.addEventListener("pointerleave", function () { window.clearTimeout(resting); });
    }

    function active() {
      return Boolean(input.value.trim() || stage.value || sorting);
    }

    function apply() {
      remember();
      var on = active();
      document.body.classList.toggle("searching", on);
      results.hidden = !on;
      reset.hidden = !on;
      headers.forEach(function (th) {
        if (sorting && th.dataset.key === sorting.key) th.setAttribute("aria-sort", sorting.direction);
        else th.removeAttribute("aria-sort");
      });
      if (!on) {
        tell("");
        return;
      }
      if (!index) {
        tell(count.dataset.loading);
        load();
        return;
      }
      var looking = query(input.value);
      found = index.find(looking, stage.value ? index.groupOf(stage.value) : -1, sorting);
      var paidForMany = index.collecting(looking);
      account.hidden = !paidForMany;
      account.textContent = paidForMany ? account.dataset.text.replace("{account}", paidForMany[2])
        .replace("{count}", paidForMany[1].toLocaleString(LOCALE)) : "";
      while (table.tBodies.length) table.removeChild(table.tBodies[0]);
      drawn = 0;
      drawMore();
      // Nothing found: a sentence that says so, not an empty table with its column heads.
      var typed = input.value.trim();
      // (A function: "$&" typed is not a replacement pattern.)
      none.textContent = typed ? none.dataset.for.replace("{query}", function () { return typed; }) : noneLabel;
      none.hidden = found.rows.length > 0 || Boolean(paidForMany);
      table.parentNode.hidden = found.rows.length === 0;
      var shown = found.rows.length.toLocaleString(LOCALE) + " " + count.dataset.of + " " + index.size.toLocaleString(LOCALE) + " " + count.dataset.label;
      tell(shown, shown + sortedBy() + (paidForMany ? ". " + account.textContent : ""));
    }

    // ", gesorteerd op Openstaand, aflopend": a second press on the same head changes what is said, so a
    // screen reader hears the order turn round (the count alone stays the same).
    function sortedBy() {
      if (!sorting) return "";
      var th = headers.filter(function (h) { return h.dataset.key === sorting.key; })[0];
      return ", " + count.dataset.sorted.replace("{column}", th.textContent.trim())
        .replace("{direction}", count.dataset[sorting.direction]);
    }

    // The count shows at once; a screen reader hears it once typing pauses, not at every key (`spoken`:
    // with the order, which the column heads' arrows show).
    var telling = null;
    function tell(words, spoken) {
      count.textContent = words;
      window.clearTimeout(telling);
      telling = window.setTimeout(function () { said.textContent = spoken === undefined ? words : spoken; }, 500);
    }

    function drawMore() {
      var hadFocus = document.activeElement === more;
      var first = index.draw(found, drawn, drawn + SHOWN, !sorting, table);
      drawn = Math.min(found.rows.length, drawn + SHOWN);
      more.hidden = drawn >= found.rows.length;
      more.textContent = moreLabel + " (" + (found.rows.length - drawn).toLocaleString(LOCALE) + ")";
      // The button gone with the last rows: the focus goes on to the first of them, not to the page's top.
      if (hadFocus && more.hidden && first) first.querySelector("a").focus();
      focusableWhenScrolling(); // the results' box, hidden until now, may scroll
    }

    function sortBy(key, type) {
      // Amounts and days: the largest first; names and dates: A-Z and the earliest first.
      var first = type === "number" ? "descending" : "ascending";
      var direction = sorting && sorting.key === key
        ? (sorting.direction === "ascending" ? "descending" : "ascending") : first;
      sorting = { key: key, direction: direction };
      apply();
    }

    function clear() {
      input.value = "";
      stage.value = "";
      sorting = null;
      apply();
    }

    // The column heads of the results and of the page's own claims table sort every dossier
    // (on a stage's page: every dossier of that stage).
    document.querySelectorAll("table.claims").forEach(function (claims) {
      Array.prototype.forEach.call(claims.tHead.rows[0].cells, function (th) {
        if (!th.dataset.key) return;
        headers.push(th);
        var button = document.createElement("button");
        button.type = "button";
        button.setAttribute("aria-describedby", "sort-hint"); // that a column head sorts: not the whole search hint
        while (th.firstChild) button.appendChild(th.firstChild);
        th.appendChild(button);
        loadWhenAboutToUse(button);
        button.addEventListener("click", function () {
          if (claims.dataset.stage && !active()) stage.value = claims.dataset.stage;
          sortBy(th.dataset.key, th.dataset.type);
          // The page's own table hides while the results show: the focus goes along to the same
          // column of the results, not back to the top of the page.
          if (claims !== table && !button.offsetParent) {
            var same = table.tHead.querySelector("th[data-key='" + th.dataset.key + "'] button");
            if (same) same.focus();
          }
        });
      });
    });

    // The index read before the first key: as the box gets the focus (Tab, a click: pointerdown comes first),
    // or once the pointer rests on it; as the page loads only to bring back a search, sorting or stage (`recall`):
    // a stage's page opened to look at reads no index.
    input.addEventListener("focus", load);
    loadWhenAboutToUse(input);
    input.addEventListener("input", apply);
    // Esc, wherever the focus is (the search box, a column head, the stage), does what "back to
    // the stages" does: the search, the stage and the sorting let go, and the focus in the box.
    document.addEventListener("keydown", function (event) {
      // Not when something else took the key. On the stage's list too: an open list closes on
      // Esc without the page seeing the key, a closed one lets it go like any other field.
      if (event.key !== "Escape" || event.defaultPrevented) return;
      if (!(active() || input.value)) return;
      clear();
      input.focus();
    });
    loadWhenAboutToUse(stage);
    stage.addEventListener("change", apply);
    // The button hides itself: the focus goes back in the box, as with Esc, not to the page's top.
    reset.addEventListener("click", function () { clear(); input.focus(); });
    more.addEventListener("click", drawMore);
    // A link to a part of the page hidden while searching (the summary's figures) ends the search.
    document.querySelectorAll("a[href^='#']").forEach(function (link) {
      link.addEventListener("click", function () { if (active()) clear(); });
    });
    // The search typed and the sorting, kept in this page's history entry: back from a dossier opened from the
    // results, they are there again (the browser restores the stage, but not a box with autocomplete off, which
    // keeps debtors' names out of its saved form entries). Nothing is stored beyond the tab's history.
    function remember() {
      try {
        window.history.replaceState({ search: input.value, sorting: sorting }, "");
      } catch (e) { /* a browser that refuses: the search is simply not kept */ }
    }

    function recall() {
      var kept = window.history.state;
      if (!kept || input.value) return;
      input.value = kept.search || "";
      sorting = kept.sorting || null;
    }

    recall();
    apply();
  }

  // What a copy button did, in the status under its box: seen and heard. The button keeps its name
  // ("Kopiëren: de persoonlijke link"): the status speaks. A success goes after a few seconds; a
  // failure stays until the next copy, so that whoever looks up later still sees nothing was copied.
  var SUCCESS_SHOWN = 4000;
  function enhanceCopy(button) {
    var field = document.getElementById(button.dataset.copy);
    if (!field) return;
    button.hidden = false;
    var status = document.getElementById(button.dataset.copy + "-status");
    var clearing = null;
    var say = function (words, failed) {
      if (!status) return;
      window.clearTimeout(clearing);
      status.classList.toggle("failed", failed);
      // Emptied first and filled a moment later: a second copy is heard again.
      status.textContent = "";
      setTimeout(function () { status.textContent = words; }, 50);
      if (!failed) clearing = setTimeout(function () { status.textContent = ""; }, SUCCESS_SHOWN);
    };
    var done = function () { say(button.dataset.done, false); };
    var byHand = function () {
      // The old way selects the field, which takes the focus: it goes back to the button.
      field.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      button.focus();
      if (ok) done(); else say(button.dataset.failed, true);
    };
    button.addEventListener("click", function () {
      // The next copy, of this box or another: what the last one said is over.
      document.querySelectorAll(".copy-said").forEach(function (other) {
        if (other !== status) other.textContent = "";
      });
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(done, byHand);
      } else {
        byHand();
      }
    });
  }

  // An overview of an earlier day (the night's build failed, or an old copy) must not pass for today's:
  // its letters may have been sent already. The day is the page's own; today is the reader's.
  function warnIfStale() {
    var shown = document.querySelector("header.top .asof time");
    var warning = document.getElementById("stale");
    if (!shown || !warning) return;
    var now = new Date();
    var today = now.getFullYear() + "-" + String(now.getMonth() + 1).padStart(2, "0") + "-" +
      String(now.getDate()).padStart(2, "0");
    if (shown.getAttribute("datetime") < today) warning.hidden = false;
  }

  // A table's box takes the keyboard's focus only while it scrolls (the page says tabindex=0 for the
  // reader without this script): a box that fits would be an empty stop on every Tab. Looked at again
  // whenever a box or its table changes size, not only when the window does: a reader's own text
  // spacing (WCAG 1.4.12) or larger font widens a table in a window that stays as it was, and its
  // last columns were then out of the keyboard's reach.
  function watchTableBoxes() {
    focusableWhenScrolling();
    if (!window.ResizeObserver) {
      window.addEventListener("resize", focusableWhenScrolling);
      return;
    }
    var observer = new ResizeObserver(focusableWhenScrolling);
    document.querySelectorAll(".table-scroll").forEach(function (box) {
      observer.observe(box);
      if (box.firstElementChild) observer.observe(box.firstElementChild);
    });
  }

  function focusableWhenScrolling() {
    document.querySelectorAll(".table-scroll").forEach(function (box) {
      if (box.scrollWidth > box.clientWidth) box.setAttribute("tabindex", "0");
      else box.removeAttribute("tabindex");
    });
  }

  // On a phone a list page's chips are one row that scrolls sideways (staff.css): the current kind in sight.
  function currentKindInSight() {
    document.querySelectorAll(".kinds").forEach(function (nav) {
      var current = nav.querySelector("[aria-current]");
      if (!current || nav.scrollWidth <= nav.clientWidth) return;
      nav.scrollLeft = current.offsetLeft - nav.offsetLeft - (nav.clientWidth - current.offsetWidth) / 2;
    });
  }

  watchTableBoxes();
  currentKindInSight();
  warnIfStale();
  // A page left open overnight turns stale while it is shown: look again when it comes back into view.
  document.addEventListener("visibilitychange", function () { if (!document.hidden) warnIfStale(); });
  window.addEventListener("focus", warnIfStale);
  var finder = document.getElementById("finder");
  if (finder) enhanceFinder(finder);
  document.querySelectorAll("button[data-copy]").forEach(enhanceCopy);
}());
