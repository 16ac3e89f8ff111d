internal import CTesseract
import Foundation

/// Tesseract through its C API: one instance per worker, freed on deinit.
public final class TesseractEngine: OCREngine {
    private let handle: OpaquePointer
    public let languages: String

    public static var version: String { String(cString: TessVersion()) }
    public var name: String { "tesseract \(Self.version)" }

    /// Where Tesseract looks for `*.traineddata` when no path is given.
    public static func defaultDataPath() -> String {
        if let prefix = ProcessInfo.processInfo.environment["TESSDATA_PREFIX"], !prefix.isEmpty {
            return prefix
        }
        for candidate in ["/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
                          "/usr/share/tessdata", "/usr/local/share/tessdata"]
        where FileManager.default.fileExists(atPath: candidate) {
            return candidate
        }
        return "/usr/share/tesseract-ocr/5/tessdata"
    }

    /// Checks that every language's data file exists, naming the Debian package that provides a missing one.
    public static func checkLanguages(_ languages: String, dataPath: String? = nil) throws {
        let dir = dataPath ?? defaultDataPath()
        for lang in languages.split(separator: "+").map(String.init) where !lang.isEmpty {
            let file = (dir as NSString).appendingPathComponent("\(lang).traineddata")
            if !FileManager.default.fileExists(atPath: file) {
                let package = "tesseract-ocr-" + lang.lowercased().replacingOccurrences(of: "_", with: "-")
                throw RenskriftError.languageDataMissing(language: lang, package: package, searched: dir)
            }
        }
    }

    public init(languages: String = "swe", dataPath: String? = nil) throws {
        try Self.checkLanguages(languages, dataPath: dataPath)
        guard let h = TessBaseAPICreate() else {
            throw RenskriftError.invalidArgument("Tesseract could not be created")
        }
        // Tesseract's own chatter would interleave with progress output; errors come back as return codes.
        TessBaseAPISetVariable(h, "debug_file", "/dev/null")
        guard TessBaseAPIInit3(h, dataPath ?? Self.defaultDataPath(), languages) == 0 else {
            TessBaseAPIDelete(h)
            let package = "tesseract-ocr-" + (languages.split(separator: "+").first.map(String.init) ?? languages)
            throw RenskriftError.languageDataMissing(language: languages, package: package,
                                                     searched: dataPath ?? Self.defaultDataPath())
        }
        TessBaseAPISetPageSegMode(h, PSM_AUTO)
        handle = h
        self.languages = languages
    }

    deinit {
        TessBaseAPIEnd(handle)
        TessBaseAPIDelete(handle)
    }

    public func recognize(_ image: PageImage, source: PageSource, binarization: Binarization) throws -> RecognizedPage {
        defer { TessBaseAPIClear(handle) }
        // Tesseract's thresholding_method: 0 = Otsu, 2 = Sauvola (read at every recognition, so it may change per page)
        TessBaseAPISetVariable(handle, "thresholding_method", binarization == .adaptive ? "2" : "0")
        image.pixels.withUnsafeBufferPointer { buf in
            TessBaseAPISetImage(handle, buf.baseAddress, Int32(image.width), Int32(image.height), 1, Int32(image.width))
        }
        TessBaseAPISetSourceResolution(handle, Int32(image.dpi))
        guard TessBaseAPIRecognize(handle, nil) == 0 else {
            throw RenskriftError.ocrFailed(path: source.url.path, page: source.index + 1, reason: "Tesseract could not recognize the page")
        }
        guard let iterator = TessBaseAPIGetIterator(handle) else {
            return RecognizedPage(blocks: [])
        }
        defer { TessResultIteratorDelete(iterator) }
        let pageIterator = TessResultIteratorGetPageIterator(iterator)

        var lines: [Line] = []
        var breaks: Set<Int> = []
        var words: [Word] = []
        func endLine() {
            if !words.isEmpty { lines.append(Line(words: words)) }
            words = []
        }
        repeat {
            if TessPageIteratorIsAtBeginningOf(pageIterator, RIL_TEXTLINE) != 0 {
                endLine()
                // Tesseract's layout blocks (columns, separated regions) always start a new block.
                if TessPageIteratorIsAtBeginningOf(pageIterator, RIL_BLOCK) != 0 { breaks.insert(lines.count) }
            }
            guard let cText = TessResultIteratorGetUTF8Text(iterator, RIL_WORD) else { continue }
            let text = String(cString: cText)
            TessDeleteText(cText)
            if text.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            var left: Int32 = 0, top: Int32 = 0, right: Int32 = 0, bottom: Int32 = 0
            TessPageIteratorBoundingBox(pageIterator, RIL_WORD, &left, &top, &right, &bottom)
            let confidence = Double(TessResultIteratorConfidence(iterator, RIL_WORD))
            words.append(Word(
                text: text,
                box: BoundingBox(x: Int(left), y: Int(top), width: Int(right - left), height: Int(bottom - top)),
                confidence: (confidence * 100).rounded() / 100))
        } while TessResultIteratorNext(iterator, RIL_WORD) != 0
        endLine()
        // Tesseract's paragraph finder splits lists line by line; the gaps between lines say where the
        // author left a blank line, which is what readers and structure detection need.
        let blocks = PageLayout.blocks(from: lines, breaks: breaks)
        return RecognizedPage(blocks: blocks)
    }
}
