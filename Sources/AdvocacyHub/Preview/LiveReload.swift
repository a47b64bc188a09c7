/// The script `advocacy serve` adds to every page: it asks the server once a second whether the
/// site was rebuilt, reloads when it was, and shows the build's errors on top of the page under the
/// heading the server gives in the messages' language.
enum LiveReload {
    static let script = """
    (function () {
      "use strict";
      var seen = null, box = null;
      function show(errors, heading) {
        if (!errors.length) { if (box) { box.remove(); box = null; } return; }
        if (!box) {
          box = document.createElement("div");
          box.setAttribute("role", "alert");
          box.className = "advocacy-preview-errors";
          box.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:40vh;overflow:auto;z-index:9999;" +
            "background:#7f1d1d;color:#fff;font:14px/1.4 monospace;padding:12px;white-space:pre-wrap";
          document.body.appendChild(box);
        }
        box.textContent = heading + "\\n\\n" + errors.join("\\n");
      }
      function poll() {
        fetch("/__advocacy/status", { cache: "no-store" }).then(function (r) { return r.json(); }).then(function (s) {
          if (seen !== null && s.version !== seen && !s.errors.length) { window.location.reload(); return; }
          seen = s.version;
          show(s.errors, s.heading);
        }).catch(function () {}).then(function () { window.setTimeout(poll, 1000); });
      }
      poll();
    })();
    """
}
