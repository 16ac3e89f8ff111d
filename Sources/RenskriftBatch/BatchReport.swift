import Foundation
import RenskriftKit

/// What one batch run did, written as JSON and HTML under OUTPUT/.renskrift/reports.
public struct BatchReport: Codable, Sendable {
    /// How a run ended.
    public enum State: String, Codable, Sendable {
        case finished
        /// Stopped by SIGINT/SIGTERM after the pages in flight; the rest is left for the next run.
        case interrupted
    }

    /// A converted document, for the lists and the review tables.
    public struct DocumentRow: Codable, Sendable, Equatable {
        public var path: String
        /// Why it was converted this run: new, changed, pipeline changed, retry, …
        public var why: String
        public var outputs: [String]
        public var pages: Int
        public var words: Int
        public var corrections: Int
        public var meanConfidence: Double?
        public var seconds: Double
        public var movedTo: String?
    }

    /// A document that could not be converted.
    public struct FailureRow: Codable, Sendable, Equatable {
        public var path: String
        public var kind: String
        public var reason: String
        /// false for a failure recorded by an earlier run and not retried because the file is unchanged.
        public var new: Bool
    }

    /// Pages finished in one time slice of the run.
    public struct ThroughputPoint: Codable, Sendable, Equatable {
        /// Start of the slice in seconds since the run started.
        public var at: Double
        public var seconds: Double
        public var pages: Int
        public var pagesPerMinute: Double
    }

    /// How many entries of the inbox ended where.
    public struct Counts: Codable, Sendable, Equatable {
        public var seen = 0
        public var converted = 0
        public var failed = 0
        public var knownFailures = 0
        public var upToDate = 0
        public var waiting = 0
        public var interrupted = 0
        public var moved = 0
        /// Ledger entries whose source left the inbox while unfinished; their partial outputs were removed.
        public var dropped = 0
    }

    public var runID: String
    public var version: String
    public var state: State
    public var startedAt: Date
    public var finishedAt: Date
    public var seconds: Double
    public var inbox: String
    public var output: String
    public var fingerprint: String
    public var counts = Counts()
    public var pages = 0
    /// Pages converted per minute of conversion time.
    public var pagesPerMinute = 0.0
    public var converted: [DocumentRow] = []
    public var failures: [FailureRow] = []
    /// Files still being written, left for a later run.
    public var waiting: [String] = []
    /// Documents whose conversion was stopped by a signal.
    public var interrupted: [String] = []
    /// Problems that did not fail a document, such as a --move-done that could not move the original.
    public var warnings: [String] = []
    public var lowestConfidence: [DocumentRow] = []
    public var mostCorrections: [DocumentRow] = []
    public var throughput: [ThroughputPoint] = []

    /// Failures this run found (not the known ones it left alone).
    public var newFailures: [FailureRow] { failures.filter(\.new) }

    /// The review lists: at most `count` documents each, worst first.
    mutating func rankForReview(count: Int = 10) {
        lowestConfidence = Array(converted.filter { $0.meanConfidence != nil }
            .sorted { ($0.meanConfidence!, $0.path) < ($1.meanConfidence!, $1.path) }.prefix(count))
        mostCorrections = Array(converted.filter { $0.corrections > 0 }
            .sorted { ($1.corrections, $0.path) < ($0.corrections, $1.path) }.prefix(count))
    }

    /// Buckets page completion times into at most about 40 slices of at least 10 s.
    static func throughput(pageTimes: [Double], duration: Double) -> [ThroughputPoint] {
        guard !pageTimes.isEmpty, duration > 0 else { return [] }
        let width = max(10, (duration / 40).rounded(.up))
        let buckets = Int((duration / width).rounded(.up))
        var counts = [Int](repeating: 0, count: max(1, buckets))
        for t in pageTimes {
            counts[min(counts.count - 1, max(0, Int(t / width)))] += 1
        }
        return counts.enumerated().map { i, n in
            let start = Double(i) * width
            let span = min(width, max(duration - start, 0.001))
            return ThroughputPoint(at: start, seconds: span, pages: n, pagesPerMinute: Double(n) / span * 60)
        }
    }

    public static func encoder() -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        e.dateEncodingStrategy = .iso8601
        return e
    }

    public static func decode(_ data: Data) throws -> BatchReport {
        let d = JSONDecoder()
        d.dateDecodingStrategy = .iso8601
        return try d.decode(BatchReport.self, from: data)
    }

    public func json() throws -> Data {
        var data = try Self.encoder().encode(self)
        data.append(0x0A)
        return data
    }
}
