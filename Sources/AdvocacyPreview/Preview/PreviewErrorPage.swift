import HTTPTypes
import HummingbirdCore
import NIOCore
import AdvocacyCore

/// The page `advocacy serve` answers every request for the site with until a build has no errors:
/// there is no site yet to show. It says so in the hub's language, lists the errors (each with its
/// file:line:column) in the box the live-reload script keeps up to date, and carries the script, so
/// it turns into the site by itself once the content is fixed.
///
/// Its status is 503 (Service Unavailable): the site is not there yet, but will be, so a script or a
/// link checker waiting for the site does not take this page for it, while a browser shows the page
/// as it shows any other.
enum PreviewErrorPage {
    package static func response(errors: [String], language: HubLanguage, version: Int) -> Response {
        Response(status: .serviceUnavailable, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                 body: .init(byteBuffer: ByteBuffer(string: html(errors: errors, language: language, version: version))))
    }

    /// The page: its text escaped, the box as the script would show it (heading, empty line, one error a line).
    package static func html(errors: [String], language: HubLanguage, version: Int) -> String {
        let title = Message(.previewNoSiteTitle).text(in: language)
        let box = ([Message(.previewNoSite).text(in: language), ""] + errors).map(HTML.escape).joined(separator: "\n")
        return """
        <!doctype html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escape(title))</title>
        \(LiveReload.tag(version: version))
        </head>
        <body style="margin:0">
        <div id="\(LiveReload.boxID)" role="alert" style="\(LiveReload.boxLook)">\(box)</div>
        </body>
        </html>

        """
    }
}
