import Foundation
import GRDB

/// What `renskrift status` shows: the ledger's totals, the last runs and what needs attention.
public struct LedgerSummary: Codable, Sendable {
    /// A document that failed, as the ledger has it.
    public struct Failure: Codable, Sendable, Equatable {
        public var path: String
        public var kind: String
        public var reason: String
        public var attempts: Int
    }

    public var ledger: String
    public var documents: Int
    /// Document counts by ledger status (done, failed, running, interrupted).
    public var statuses: [String: Int]
    /// Pages of the finished documents.
    public var pages: Int
    public var corrections: Int
    /// Mean OCR confidence over finished documents that have one, weighted by pages.
    public var meanConfidence: Double?
    /// The holder of the lock when a run is going on now.
    public var runningNow: String?
    public var runs: [RunRecord]
    public var failures: [Failure]
    /// Documents left unfinished (interrupted or killed runs); the next run converts them.
    public var unfinished: [String]

    public static func load(output: URL, runs limit: Int = 5) throws -> LedgerSummary {
        let ledger = try Ledger(url: Ledger.location(in: output), readOnly: true)
        let entries = try ledger.entries()
        var statuses: [String: Int] = [:]
        for s in LedgerEntry.Status.allCases { statuses[s.rawValue] = 0 }
        for e in entries { statuses[e.status.rawValue, default: 0] += 1 }
        let done = entries.filter { $0.status == .done }
        var weighted = 0.0, weight = 0
        for e in done {
            if let c = e.meanConfidence, let p = e.pages, p > 0 {
                weighted += c * Double(p)
                weight += p
            }
        }
        return LedgerSummary(
            ledger: ledger.url.path, documents: entries.count, statuses: statuses,
            pages: done.reduce(0) { $0 + ($1.pages ?? 0) }, corrections: done.reduce(0) { $0 + ($1.corrections ?? 0) },
            meanConfidence: weight > 0 ? weighted / Double(weight) : nil,
            runningNow: RunLock.currentHolder(in: output),
            runs: try ledger.runs(limit: limit),
            failures: entries.filter { $0.status == .failed }.map {
                Failure(path: $0.path, kind: $0.failureKind ?? "failed", reason: $0.reason ?? "", attempts: $0.attempts)
            },
            unfinished: entries.filter { $0.status == .running || $0.status == .interrupted }.map(\.path))
    }

    /// The summary as lines for a terminal.
    public var text: String {
        var lines: [String] = []
        lines.append("Ledger: \(ledger)")
        if let runningNow { lines.append("A batch run is going on now (\(runningNow)).") }
        let s = statuses
        lines.append("Documents: \(documents) — \(s["done"] ?? 0) done, \(s["failed"] ?? 0) failed, "
            + "\((s["running"] ?? 0) + (s["interrupted"] ?? 0)) unfinished")
        var pageLine = "Pages done: \(pages), corrections: \(corrections)"
        if let meanConfidence { pageLine += String(format: ", mean OCR confidence %.1f", meanConfidence) }
        lines.append(pageLine)
        if runs.isEmpty {
            lines.append("No runs yet.")
        } else {
            lines.append("Last runs:")
            for r in runs {
                let when = ReportPage.stamp(r.startedAt)
                var line = "  \(r.id)  \(when)  \(r.state.rawValue)"
                if r.state != .running && r.state != .crashed {
                    line += String(format: ": %d converted, %d failed, %d up to date, %d waiting, %d pages, %.1f pages/min",
                                   r.converted, r.failed, r.upToDate, r.waiting, r.pages, r.pagesPerMinute)
                }
                lines.append(line)
            }
        }
        if !failures.isEmpty {
            lines.append("Failed (retried when the file changes, or with --retry-failed):")
            for f in failures { lines.append("  \(f.path): \(f.reason)") }
        }
        if !unfinished.isEmpty {
            lines.append("Unfinished (converted by the next run):")
            for p in unfinished { lines.append("  \(p)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
