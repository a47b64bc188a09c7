import AdvocacyCore

/// The script `advocacy serve` adds to every page: it asks the server once a second whether the
/// site was rebuilt, reloads when it was, and shows the build's errors in a box at the top of the
/// page under the heading the server gives in the messages' language. The page's script tag carries
/// the preview's version when the page was answered (`data-version`), so a rebuild that ends before
/// the first question still reloads the page. A page of the site carries its file's path
/// (`data-page`) and asks for that file's version, so it reloads only when a rebuild changed what
/// it shows (see `PreviewState`). A page that already has the box (the error page
/// served before the first good build, see `PreviewErrorPage`) gets its box updated.
enum LiveReload {
    /// The script tag for a page answered at `version`; `page` is the path of its file in the site.
    package static func tag(version: Int, page: String? = nil) -> String {
        let file = page.map { " data-page=\"\(HTML.escape($0))\"" } ?? ""
        return "<script src=\"/__advocacy/live.js\" data-version=\"\(version)\"\(file) defer></script>"
    }

    /// The box's id, and its colours and type, shared by the script's box and the error page's.
    static let boxID = "advocacy-preview-errors"
    static let boxLook = "background:#7f1d1d;color:#fff;font:14px/1.4 monospace;padding:12px;white-space:pre-wrap;margin:0"

    package static let script = """
    (function () {
      "use strict";
      var tag = document.currentScript;
      var seen = tag && tag.dataset.version ? Number(tag.dataset.version) : null;
      var status = "/__advocacy/status" + (tag && tag.dataset.page ? "?page=" + encodeURIComponent(tag.dataset.page) : "");
      var box = document.getElementById("\(boxID)");
      function show(errors, heading) {
        if (!errors.length) { if (box) { box.remove(); box = null; } return; }
        if (!box) {
          box = document.createElement("div");
          box.id = "\(boxID)";
          box.setAttribute("role", "alert");
          box.style.cssText = "position:sticky;top:0;max-height:40vh;overflow:auto;z-index:9999;\(boxLook)";
          document.body.prepend(box);
        }
        box.textContent = heading + "\\n\\n" + errors.join("\\n");
      }
      function poll() {
        fetch(status, { cache: "no-store" }).then(function (r) { return r.json(); }).then(function (s) {
          if (seen !== null && s.version !== seen && !s.errors.length) { window.location.reload(); return; }
          if (!s.errors.length) { seen = s.version; }
          show(s.errors, s.heading);
        }).catch(function () {}).then(function () { window.setTimeout(poll, 1000); });
      }
      poll();
    })();
    """
}
