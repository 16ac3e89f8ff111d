import Foundation

/// What happens during a conversion, for progress display, logs and ledgers.
public enum ConvertEvent: Sendable {
    /// All inputs are planned: this many documents and pages will be processed.
    case planned(documents: Int, pages: Int)
    case documentStarted(name: String, path: String, pages: Int)
    case pageDone(name: String, page: Int, of: Int, seconds: Double)
    case documentDone(DocumentSummary)
    case documentFailed(path: String, error: RenskriftError)
}

/// The outcome of one converted document.
public struct DocumentSummary: Sendable, Codable {
    public var name: String
    public var path: String
    public var pages: Int
    public var words: Int
    public var corrections: Int
    public var meanConfidence: Double?
    /// Wall time from the first page started to the outputs written.
    public var seconds: Double
    public var outputs: [String]

    public init(name: String, path: String, pages: Int, words: Int, corrections: Int, meanConfidence: Double?,
                seconds: Double, outputs: [String]) {
        self.name = name
        self.path = path
        self.pages = pages
        self.words = words
        self.corrections = corrections
        self.meanConfidence = meanConfidence
        self.seconds = seconds
        self.outputs = outputs
    }

    init(document: Document, seconds: Double, outputs: [String]) {
        let words = document.words
        let confidences = document.pages.compactMap(\.meanConfidence)
        self.init(name: document.name, path: document.sourcePath, pages: document.pages.count, words: words.count,
                  corrections: words.filter { $0.correction != nil }.count,
                  meanConfidence: confidences.isEmpty ? nil : confidences.reduce(0, +) / Double(confidences.count),
                  seconds: seconds, outputs: outputs)
    }
}

/// The totals of a conversion run.
public struct ConvertReport: Sendable, Codable {
    public var documents: [DocumentSummary]
    public var failures: [Failure]
    public var pages: Int
    public var seconds: Double

    /// An input that could not be converted, and why.
    public struct Failure: Sendable, Codable {
        public var path: String
        public var reason: String
    }

    public var pagesPerMinute: Double { seconds > 0 ? Double(pages) / seconds * 60 : 0 }
}
