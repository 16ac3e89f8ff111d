import Foundation

/// A recognized (and possibly repaired) word with its place on the page.
public struct Word: Codable, Sendable, Hashable {
    /// The text as it stands now: the repaired reading when repair changed it.
    public var text: String
    /// Where the word lies on its page; nil for words that came from plain text.
    public var box: BoundingBox?
    /// OCR confidence in 0...100; nil when the word was not recognized by OCR.
    public var confidence: Double?
    /// The repair that turned `ocrText` into `text`, when repair changed the word.
    public var correction: Correction?

    public init(text: String, box: BoundingBox? = nil, confidence: Double? = nil, correction: Correction? = nil) {
        self.text = text
        self.box = box
        self.confidence = confidence
        self.correction = correction
    }

    /// The reading before repair.
    public var ocrText: String { correction?.original ?? text }
}

/// One change made by the repair stage, with the evidence behind it.
public struct Correction: Codable, Sendable, Hashable {
    public var original: String
    public var replacement: String
    /// Log-odds of the replacement over keeping the original; higher is surer.
    public var score: Double
    /// Which rule or model decided: e.g. "channel", "context", "section-sign", "forced".
    public var rule: String

    public init(original: String, replacement: String, score: Double, rule: String) {
        self.original = original
        self.replacement = replacement
        self.score = score
        self.rule = rule
    }
}

/// A line of words in reading order.
public struct Line: Codable, Sendable, Hashable {
    public var words: [Word]
    public var box: BoundingBox?

    public init(words: [Word], box: BoundingBox? = nil) {
        self.words = words
        self.box = box ?? BoundingBox.union(words.compactMap(\.box))
    }

    /// The words joined by single spaces; a word repair removed (an OCR speck) leaves no gap.
    public var text: String { words.lazy.map(\.text).filter { !$0.isEmpty }.joined(separator: " ") }
    /// The raw OCR reading of the line.
    public var ocrText: String { words.map(\.ocrText).joined(separator: " ") }
}

/// A paragraph-like group of lines.
public struct Block: Codable, Sendable, Hashable {
    public var lines: [Line]
    public var box: BoundingBox?

    public init(lines: [Line], box: BoundingBox? = nil) {
        self.lines = lines
        self.box = box ?? BoundingBox.union(lines.compactMap(\.box))
    }

    public var text: String { lines.map(\.text).joined(separator: "\n") }
}

/// Where a page's text came from.
public enum TextSource: String, Codable, Sendable {
    /// Recognized by Tesseract from the page image.
    case ocr
    /// Taken from the PDF's own text layer.
    case textLayer = "text-layer"
    /// Read from a plain-text file of earlier OCR output.
    case plainText = "plain-text"
}

/// One page of a document with its text in reading order.
public struct Page: Codable, Sendable, Hashable {
    /// 1-based page number within the document.
    public var number: Int
    /// Page size in pixels at `dpi`; zero for plain-text pages.
    public var width: Int
    public var height: Int
    public var dpi: Int?
    public var source: TextSource
    /// Mean word confidence of the OCR, when the page was recognized.
    public var meanConfidence: Double?
    public var blocks: [Block]

    public init(number: Int, width: Int, height: Int, dpi: Int?, source: TextSource,
                meanConfidence: Double? = nil, blocks: [Block]) {
        self.number = number
        self.width = width
        self.height = height
        self.dpi = dpi
        self.source = source
        self.meanConfidence = meanConfidence
        self.blocks = blocks
    }

    /// The page's text: lines by newlines, blocks by blank lines.
    public var text: String { blocks.map(\.text).joined(separator: "\n\n") }
}

/// Pointer from a derived element back to the line it came from.
public struct SourceRef: Codable, Sendable, Hashable {
    public var page: Int
    public var block: Int
    public var line: Int
    public var box: BoundingBox?

    public init(page: Int, block: Int, line: Int, box: BoundingBox? = nil) {
        self.page = page
        self.block = block
        self.line = line
        self.box = box
    }
}

/// A converted document: the pages with their words, and what later stages found in them.
public struct Document: Codable, Sendable, Hashable {
    /// The schema version of this JSON form.
    public static let formatVersion = 1

    public var formatVersion: Int
    /// Base name used for output files.
    public var name: String
    /// Path of the input file the document was made from.
    public var sourcePath: String
    public var pages: [Page]
    /// Which software, models and rules produced it.
    public var provenance: Provenance
    /// Meeting structure, once detected.
    public var structure: MeetingStructure?

    public init(name: String, sourcePath: String, pages: [Page], provenance: Provenance,
                structure: MeetingStructure? = nil) {
        self.formatVersion = Self.formatVersion
        self.name = name
        self.sourcePath = sourcePath
        self.pages = pages
        self.provenance = provenance
        self.structure = structure
    }

    /// The text in reading order: pages and blocks separated by blank lines.
    public var text: String {
        pages.map(\.text).filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    /// Every line of the document with a reference to where it stands.
    public var sourceLines: [(ref: SourceRef, line: Line)] {
        var out: [(SourceRef, Line)] = []
        for page in pages {
            for (b, block) in page.blocks.enumerated() {
                for (l, line) in block.lines.enumerated() {
                    out.append((SourceRef(page: page.number, block: b, line: l, box: line.box), line))
                }
            }
        }
        return out
    }

    /// All words, in reading order.
    public var words: [Word] {
        pages.flatMap { $0.blocks.flatMap { $0.lines.flatMap(\.words) } }
    }
}

/// Versions of what made a document, so that outputs can be traced and redone when they change.
public struct Provenance: Codable, Sendable, Hashable {
    public var software: String
    public var softwareVersion: String
    public var ocrEngine: String?
    public var languages: String?
    public var model: String?
    public var rules: String?

    public init(software: String = "renskrift", softwareVersion: String = RenskriftVersion.current,
                ocrEngine: String? = nil, languages: String? = nil, model: String? = nil, rules: String? = nil) {
        self.software = software
        self.softwareVersion = softwareVersion
        self.ocrEngine = ocrEngine
        self.languages = languages
        self.model = model
        self.rules = rules
    }
}

/// The pipeline's version, bumped when output changes for the same input.
public enum RenskriftVersion {
    public static let current = "0.1.0"
}
