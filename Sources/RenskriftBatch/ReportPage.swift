import Foundation
import RenskriftKit

/// The HTML pages of a run: one self-contained page per run, and OUTPUT/report.html pointing at the latest.
public enum ReportPage {
    public static func render(_ r: BatchReport) -> String {
        var body = ""
        let title = "Renskrift batch \(r.runID)"
        body += "<h1>\(escape(title))</h1>\n"
        let stateNote = r.state == .interrupted
            ? "<p class=\"warn\">Stopped by a signal; the documents listed as interrupted are converted by the next "
                + "run.</p>\n"
            : ""
        body += "<p>\(escape(r.inbox)) → \(escape(r.output))<br>Started \(escape(stamp(r.startedAt))), "
            + "\(String(format: "%.1f", r.seconds)) s, \(escape(r.state.rawValue)). Renskrift \(escape(r.version)); "
            + "pipeline \(escape(r.fingerprint)).</p>\n" + stateNote

        let c = r.counts
        body += "<table class=\"counts\">\n"
        for (label, value, cls) in [
            ("Files in the inbox", c.seen, ""), ("Converted", c.converted, "good"), ("Failed", c.failed, c.failed > 0 ? "bad" : ""),
            ("Known failures, unchanged", c.knownFailures, ""), ("Up to date", c.upToDate, ""),
            ("Still being written", c.waiting, ""), ("Interrupted", c.interrupted, c.interrupted > 0 ? "warn" : ""),
            ("Originals moved", c.moved, ""),
        ] {
            body += "<tr><th>\(label)</th><td class=\"\(cls)\">\(value)</td></tr>\n"
        }
        body += "<tr><th>Pages</th><td>\(r.pages)</td></tr>\n"
        body += "<tr><th>Pages per minute</th><td>\(String(format: "%.1f", r.pagesPerMinute))</td></tr>\n</table>\n"

        if !r.failures.isEmpty {
            body += "<h2>Failures</h2>\n<table><tr><th>File</th><th>Kind</th><th>Reason</th><th></th></tr>\n"
            for f in r.failures.sorted(by: { ($0.new ? 0 : 1, $0.path) < ($1.new ? 0 : 1, $1.path) }) {
                body += "<tr><td>\(escape(f.path))</td><td>\(escape(f.kind))</td><td>\(escape(f.reason))</td>"
                    + "<td>\(f.new ? "new" : "known, not retried")</td></tr>\n"
            }
            body += "</table>\n"
        }
        if !r.waiting.isEmpty {
            body += "<h2>Still being written</h2>\n<p>Left for the next run:</p>\n<ul>\n"
                + r.waiting.map { "<li>\(escape($0))</li>\n" }.joined() + "</ul>\n"
        }
        if !r.interrupted.isEmpty {
            body += "<h2>Interrupted</h2>\n<ul>\n" + r.interrupted.map { "<li>\(escape($0))</li>\n" }.joined() + "</ul>\n"
        }
        if !r.warnings.isEmpty {
            body += "<h2>Warnings</h2>\n<ul>\n" + r.warnings.map { "<li>\(escape($0))</li>\n" }.joined() + "</ul>\n"
        }
        if !r.lowestConfidence.isEmpty || !r.mostCorrections.isEmpty {
            body += "<h2>For review</h2>\n"
            if !r.lowestConfidence.isEmpty {
                body += "<h3>Lowest OCR confidence</h3>\n" + table(r.lowestConfidence, output: r.output)
            }
            if !r.mostCorrections.isEmpty {
                body += "<h3>Most corrections</h3>\n" + table(r.mostCorrections, output: r.output)
            }
        }
        if !r.throughput.isEmpty {
            body += "<h2>Throughput</h2>\n" + chart(r.throughput)
        }
        if !r.converted.isEmpty {
            body += "<h2>Converted</h2>\n" + table(r.converted, output: r.output)
        }
        return page(title: title, body: body)
    }

    /// OUTPUT/report.html: the latest run's figures and links to the recent runs' pages.
    public static func index(latest: BatchReport, runs: [RunRecord]) -> String {
        var body = "<h1>Renskrift batch reports</h1>\n"
        let link = ".renskrift/reports/\(latest.runID).html"
        body += "<p>Latest run: <a href=\"\(escape(link))\">\(escape(latest.runID))</a>, \(escape(stamp(latest.startedAt))), "
            + "\(escape(latest.state.rawValue)): \(latest.counts.converted) converted, \(latest.counts.failed) failed, "
            + "\(latest.counts.knownFailures) known failures, \(latest.counts.upToDate) up to date, "
            + "\(latest.counts.waiting) still being written.</p>\n"
        body += "<table><tr><th>Run</th><th>Started</th><th>State</th><th>Converted</th><th>Failed</th><th>Up to date</th>"
            + "<th>Pages</th><th>Pages/min</th></tr>\n"
        for run in runs {
            let name = run.report != nil
                ? "<a href=\".renskrift/reports/\(escape(run.id)).html\">\(escape(run.id))</a>" : escape(run.id)
            body += "<tr><td>\(name)</td><td>\(escape(stamp(run.startedAt)))</td><td>\(run.state.rawValue)</td>"
                + "<td>\(run.converted)</td><td>\(run.failed)</td><td>\(run.upToDate)</td><td>\(run.pages)</td>"
                + "<td>\(String(format: "%.1f", run.pagesPerMinute))</td></tr>\n"
        }
        body += "</table>\n"
        return page(title: "Renskrift batch reports", body: body)
    }

    private static func table(_ rows: [BatchReport.DocumentRow], output: String) -> String {
        var s = "<table><tr><th>Document</th><th>Pages</th><th>Words</th><th>Confidence</th><th>Corrections</th>"
            + "<th>Seconds</th><th>Why</th></tr>\n"
        for d in rows {
            let conf = d.meanConfidence.map { String(format: "%.1f", $0) } ?? "–"
            var name = escape(d.path)
            // The review page, when written, is where staff check a document: link it from the report.
            if let review = ReviewPageWriter.reviewOutput(in: d.outputs) {
                let prefix = output.hasSuffix("/") ? output : output + "/"
                let href = review.hasPrefix(prefix)
                    ? "../../" + review.dropFirst(prefix.count)
                    : URL(fileURLWithPath: review).absoluteString
                name = "<a href=\"\(escape(String(href)))\">\(name)</a>"
            }
            s += "<tr><td>\(name)</td><td>\(d.pages)</td><td>\(d.words)</td><td>\(conf)</td>"
                + "<td>\(d.corrections)</td><td>\(String(format: "%.1f", d.seconds))</td><td>\(escape(d.why))</td></tr>\n"
        }
        return s + "</table>\n"
    }

    /// An inline SVG bar chart of pages per minute over the run; no script, no external file.
    static func chart(_ points: [BatchReport.ThroughputPoint]) -> String {
        let width = 600.0, height = 160.0, left = 40.0, bottom = 20.0
        let top = max(points.map(\.pagesPerMinute).max() ?? 1, 1)
        let barWidth = (width - left) / Double(points.count)
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" "
            + "role=\"img\" aria-label=\"pages per minute over the run\">\n"
        svg += "<text x=\"0\" y=\"12\" class=\"axis\">\(String(format: "%.0f", top))</text>\n"
        svg += "<text x=\"0\" y=\"\(Int(height - bottom))\" class=\"axis\">0</text>\n"
        let slice = points.count > 1 ? points[1].at : points[0].seconds
        svg += "<text x=\"\(Int(left))\" y=\"\(Int(height - 4))\" class=\"axis\">pages/min, "
            + "\(String(format: "%.0f", slice)) s per bar</text>\n"
        for (i, p) in points.enumerated() {
            let h = (height - bottom - 4) * p.pagesPerMinute / top
            let x = left + Double(i) * barWidth
            svg += String(format: "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" class=\"bar\">", x,
                          height - bottom - h, max(barWidth - 2, 1), h)
            let tip = String(format: "%.0f–%.0f s: %d pages, %.1f pages/min", p.at, p.at + p.seconds, p.pages,
                             p.pagesPerMinute)
            svg += "<title>\(tip)</title></rect>\n"
        }
        return svg + "</svg>\n"
    }

    private static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>\(escape(title))</title>
        <style>
        body { font: 14px/1.4 system-ui, sans-serif; margin: 2em; color: #222; max-width: 70em; }
        table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
        th, td { border-bottom: 1px solid #ddd; padding: 0.25em 0.75em; text-align: left; vertical-align: top; }
        td.good { color: #186a2a; font-weight: 600; } td.bad, .bad { color: #a4161a; font-weight: 600; }
        td.warn, .warn { color: #8a5a00; }
        .bar { fill: #4a78b0; } .axis { font-size: 11px; fill: #555; }
        </style>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }

    static func stamp(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: date)
    }

    static func escape(_ s: String) -> String { XMLText.escape(s) }
}
