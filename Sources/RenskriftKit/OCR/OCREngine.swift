/// What an OCR engine found on one page.
public struct RecognizedPage: Sendable {
    public var blocks: [Block]
    /// Mean word confidence 0...100, nil when no word was found.
    public var meanConfidence: Double?

    public init(blocks: [Block], meanConfidence: Double? = nil) {
        self.blocks = blocks
        self.meanConfidence = meanConfidence ?? Self.mean(blocks)
    }

    static func mean(_ blocks: [Block]) -> Double? {
        let confidences = blocks.flatMap { $0.lines.flatMap { $0.words.compactMap(\.confidence) } }
        guard !confidences.isEmpty else { return nil }
        return confidences.reduce(0, +) / Double(confidences.count)
    }
}

/// Recognizes the words on a page image. Engines are not shared between tasks: each worker makes its own.
public protocol OCREngine {
    /// A short description for provenance, e.g. "tesseract 5.3.0".
    var name: String { get }
    func recognize(_ image: PageImage, source: PageSource, binarization: Binarization) throws -> RecognizedPage
}

/// Makes one engine per worker; the factory itself crosses tasks, the engines never do.
public struct OCREngineFactory: Sendable {
    public var name: String
    public var make: @Sendable () throws -> any OCREngine

    public init(name: String, make: @escaping @Sendable () throws -> any OCREngine) {
        self.name = name
        self.make = make
    }

    /// Tesseract with the given languages (e.g. "swe" or "swe+eng").
    public static func tesseract(languages: String, dataPath: String? = nil) -> OCREngineFactory {
        OCREngineFactory(name: "tesseract \(TesseractEngine.version)") {
            try TesseractEngine(languages: languages, dataPath: dataPath)
        }
    }
}
