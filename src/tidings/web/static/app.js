// tidings dashboard: small conveniences only; every page works without this file.
"use strict";

document.addEventListener("DOMContentLoaded", function () {
  // Filter forms: drop empty fields so shared links stay short.
  document.querySelectorAll("form.filters").forEach(function (form) {
    form.addEventListener("submit", function () {
      form.querySelectorAll("input, select").forEach(function (field) {
        if (field.name && field.value === "") {
          field.disabled = true;
        }
      });
    });
  });

  // Arriving at a sentence (#s123) from an events list: bring it into view and flash it.
  if (location.hash.length > 1) {
    var target = document.getElementById(location.hash.slice(1));
    if (target && target.classList.contains("event")) {
      target.classList.add("flash");
      target.scrollIntoView({ block: "center" });
    }
  }

  // Dyad range control: keep "from" no later than "to".
  var since = document.querySelector("form.range input[name=since]");
  var until = document.querySelector("form.range input[name=until]");
  if (since && until) {
    since.addEventListener("change", function () { until.min = since.value; });
    until.addEventListener("change", function () { since.max = until.value; });
  }
});
