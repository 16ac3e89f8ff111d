import Foundation

/// Settings of a conversion run.
public struct ConvertOptions: Sendable {
    /// Tesseract languages, e.g. "swe" or "swe+eng".
    public var languages: String = "swe"
    public var tessdataPath: String?
    /// Worker count; each worker owns one OCR engine.
    public var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    /// OCR PDF pages even when they carry a text layer.
    public var forceOCR: Bool = false
    /// Resolution for rendering PDF pages.
    public var pdfDPI: Int = 300
    /// Resolution assumed for images that record none.
    public var defaultImageDPI: Int = 300
    /// Images larger than this are refused rather than decoded (a decompression bomb guard).
    public var maxPixels: Int = 200_000_000
    public var preprocessor = Preprocessor()
    public var formats: [OutputFormat] = [.txt, .json]

    public init() {}
}
