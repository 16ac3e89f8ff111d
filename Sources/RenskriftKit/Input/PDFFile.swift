internal import PDFShim
import Foundation

/// An open PDF document; not Sendable, so each worker opens its own.
final class PDFFile {
    private let handle: OpaquePointer
    let url: URL

    private static let quiet: Void = { rs_pdf_quiet() }()

    init(_ url: URL) throws {
        _ = Self.quiet
        self.url = url
        var status = RS_PDF_OK
        guard let h = rs_pdf_open(url.path, &status) else {
            switch status {
            case RS_PDF_LOCKED: throw RenskriftError.encryptedPDF(path: url.path)
            default: throw RenskriftError.corrupt(path: url.path, reason: "the PDF structure cannot be read (truncated or damaged)")
            }
        }
        handle = h
    }

    deinit { rs_pdf_close(handle) }

    var pageCount: Int { Int(rs_pdf_page_count(handle)) }

    /// Page size in PDF points (1/72 inch).
    func pageSize(_ index: Int) throws -> (width: Double, height: Double) {
        var w = 0.0, h = 0.0
        guard rs_pdf_page_size(handle, Int32(index), &w, &h) == RS_PDF_OK else {
            throw RenskriftError.corrupt(path: url.path, reason: "page \(index + 1) cannot be read")
        }
        return (w, h)
    }

    /// Renders a page to gray pixels at `dpi`.
    func render(_ index: Int, dpi: Int) throws -> PageImage {
        var buffer: UnsafeMutablePointer<UInt8>?
        var w: Int32 = 0, h: Int32 = 0, stride: Int32 = 0
        guard rs_pdf_render_gray(handle, Int32(index), Double(dpi), &buffer, &w, &h, &stride) == RS_PDF_OK,
              let buffer
        else {
            throw RenskriftError.corrupt(path: url.path, reason: "page \(index + 1) cannot be rendered")
        }
        defer { rs_pdf_free(buffer) }
        let width = Int(w), height = Int(h), rowBytes = Int(stride)
        var pixels = [UInt8](repeating: 0, count: width * height)
        pixels.withUnsafeMutableBytes { dst in
            for y in 0..<height {
                (dst.baseAddress! + y * width).copyMemory(from: buffer + y * rowBytes, byteCount: width)
            }
        }
        return PageImage(width: width, height: height, dpi: dpi, pixels: pixels)
    }

    /// A word of the PDF's own text layer, in points from the top left.
    struct TextWord {
        var text: String
        var x: Double, y: Double, width: Double, height: Double
    }

    /// The page's text layer words, in poppler's reading order; empty when the page has none.
    func words(_ index: Int) throws -> [TextWord] {
        var list: UnsafeMutablePointer<rs_pdf_word>?
        var count: Int32 = 0
        guard rs_pdf_words(handle, Int32(index), &list, &count) == RS_PDF_OK else {
            throw RenskriftError.corrupt(path: url.path, reason: "the text of page \(index + 1) cannot be read")
        }
        defer { rs_pdf_free_words(list, count) }
        guard let list else { return [] }
        var out: [TextWord] = []
        out.reserveCapacity(Int(count))
        for i in 0..<Int(count) {
            let w = list[i]
            let text = String(cString: w.text).trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty { continue }
            out.append(TextWord(text: text, x: w.x, y: w.y, width: w.width, height: w.height))
        }
        return out
    }
}
