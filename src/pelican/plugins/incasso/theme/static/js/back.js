// The way back to the statement page, on the terms and help pages. They cannot link to it (they are the
// same for every debtor and name none), so the button goes back in the browser's own history. It is shown
// only when a statement page sent the reader here: its links to these pages give this site's origin as
// the referrer (referrerpolicy="origin": never the statement's own address), every other link none, so
// opened from a letter, typed in, or reached by the language switch, the page has no button.
// Nothing is stored or sent.
(function () {
  "use strict";
  var from = document.referrer;
  if (window.history.length < 2 || from !== window.location.origin + "/") { return; }
  var buttons = document.querySelectorAll("[data-back]");
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].addEventListener("click", function () { window.history.back(); });
    buttons[i].parentNode.hidden = false;
  }
}());
