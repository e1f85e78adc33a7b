// Copy buttons for the payment details. The page works without this file:
// the values are plain text that can be selected; this only adds a button each.
(function () {
  "use strict";
  var body = document.body;
  var label = body.getAttribute("data-copy-label") || "Copy";
  var done = body.getAttribute("data-copied-label") || "Copied";
  var status = document.getElementById("copy-status");

  function fallbackCopy(value) {
    // Older browsers and pages not served over https have no clipboard API.
    var area = document.createElement("textarea");
    area.value = value;
    area.setAttribute("readonly", "");
    area.className = "visually-hidden";
    body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    body.removeChild(area);
    return ok ? Promise.resolve() : Promise.reject(new Error("copy failed"));
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
    button.textContent = label;
    button.setAttribute("aria-label", label + " " + name);
    button.addEventListener("click", function () {
      copy(el.getAttribute("data-copy")).then(function () {
        button.textContent = done;
        button.classList.add("is-copied");
        if (status) { status.textContent = done + ": " + name; }
        window.setTimeout(function () {
          button.textContent = label;
          button.classList.remove("is-copied");
        }, 2500);
      }, function () {
        // Leave the text selected so the reader can copy it by hand.
        var range = document.createRange();
        range.selectNodeContents(el);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
      });
    });
    el.parentNode.insertBefore(button, el.nextSibling);
  });
})();
