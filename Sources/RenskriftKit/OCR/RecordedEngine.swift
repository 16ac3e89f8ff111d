import Foundation

/// Replays pages recognized earlier (from a Document JSON), so tests run fast and deterministically.
public final class RecordedEngine: OCREngine {
    private let pages: [String: [Int: Page]]
    public var name: String { "recorded" }

    /// `recordings` maps an input file name (last path component) to the document recorded for it.
    public init(recordings: [String: Document]) {
        var map: [String: [Int: Page]] = [:]
        for (file, doc) in recordings {
            map[file] = Dictionary(doc.pages.map { ($0.number - 1, $0) }, uniquingKeysWith: { a, _ in a })
        }
        pages = map
    }

    public func recognize(_ image: PageImage, source: PageSource, binarization: Binarization) throws -> RecognizedPage {
        guard let page = pages[source.url.lastPathComponent]?[source.index] else {
            throw RenskriftError.ocrFailed(path: source.url.path, page: source.index + 1, reason: "no recording for this page")
        }
        return RecognizedPage(blocks: page.blocks, meanConfidence: page.meanConfidence)
    }
}
