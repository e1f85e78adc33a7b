// Copy buttons for the payment details. The page works without this file:
// the values are plain text that can be selected; this only adds a button each.
(function () {
  "use strict";
  var body = document.body;
  var label = body.getAttribute("data-copy-label") || "Copy";
  var done = body.getAttribute("data-copied-label") || "Copied";
  var failed = body.getAttribute("data-copy-failed-label") || "Could not copy; the text is selected";
  var status = document.getElementById("copy-status");

  function fallbackCopy(value) {
    // Older browsers and pages not served over https have no clipboard API.
    // Selecting the text area moves the focus into it; it goes back to the button, or a keyboard
    // user would find themselves at the top of the page once the area is gone.
    var back = document.activeElement;
    var area = document.createElement("textarea");
    area.value = value;
    area.setAttribute("readonly", "");
    area.className = "visually-hidden";
    area.style.position = "fixed";
    area.style.top = "0";
    body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    body.removeChild(area);
    if (back && back.focus) { back.focus({ preventScroll: true }); }
    return ok ? Promise.resolve() : Promise.reject(new Error("copy failed"));
  }

  // A live region says a text once: the same words again (a second copy of the IBAN) are only
  // heard when the region was emptied first and filled a moment later.
  function announce(words) {
    if (!status) { return; }
    status.textContent = "";
    window.setTimeout(function () { status.textContent = words; }, 50);
  }

  function copy(value) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(value).catch(function () { return fallbackCopy(value); });
    }
    return fallbackCopy(value);
  }

  Array.prototype.forEach.call(document.querySelectorAll("[data-copy]"), function (el) {
    var name = el.getAttribute("data-copy-name") || "";
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    // Both words in the button, one shown: it keeps the width of the longer (site.css), so it never moves.
    var shown = document.createElement("span");
    shown.className = "copy-label";
    shown.textContent = label;
    var copied = document.createElement("span");
    copied.className = "copy-done";
    copied.textContent = done;
    button.appendChild(shown);
    button.appendChild(copied);
    button.setAttribute("aria-label", label + " " + name);
    button.addEventListener("click", function () {
      copy(el.getAttribute("data-copy")).then(function () {
        button.setAttribute("aria-label", done + " " + name);  // the name holds the word shown (WCAG 2.5.3)
        button.classList.add("is-copied");
        announce(done + ": " + name);
        window.setTimeout(function () {
          if (status) { status.textContent = ""; }
          button.setAttribute("aria-label", label + " " + name);
          button.classList.remove("is-copied");
        }, 2500);
      }, function () {
        announce(failed + ": " + name);
        // Leave the text selected so the reader can copy it by hand.
        var range = document.createRange();
        range.selectNodeContents(el.querySelector(".figure") || el);  // the amount's figure, not "EUR"
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
      });
    });
    el.parentNode.insertBefore(button, el);  // first: it floats at the top right of the value (site.css)
  });
})();
