// Starts Swagger UI on /docs (loaded from swagger-ui-bundle's files, served by tidings).
"use strict";
(function () {
  var root = document.getElementById("swagger-ui");
  if (!root || typeof SwaggerUIBundle === "undefined") return;
  window.ui = SwaggerUIBundle({
    url: root.getAttribute("data-openapi") || "/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
  });
})();
