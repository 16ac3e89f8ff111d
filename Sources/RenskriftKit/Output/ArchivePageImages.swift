internal import CTesseract
import Foundation

/// A page image as a PDF image XObject: the compressed bytes and the dictionary entries that decode them.
struct PDFPageImage: Sendable {
    var width: Int
    var height: Int
    var bitsPerComponent: Int
    /// PDF syntax of the colour space, e.g. `/DeviceGray` or an `/Indexed` array.
    var colorSpace: String
    /// `/DCTDecode`, `/CCITTFaxDecode` or `/FlateDecode`.
    var filter: String
    /// PDF syntax of the DecodeParms dictionary, when the filter needs one.
    var decodeParms: String?
    /// PDF syntax of a Decode array, when the samples need inverting.
    var decode: String?
    var data: Data
}

/// A page image scaled for the review page, encoded as JPEG.
struct DisplayImage: Sendable {
    var width: Int
    var height: Int
    var jpeg: Data
}

/// Re-reads a document's page images from its source file; the writers only get the Document.
/// Not Sendable: it may hold an open PDF, so each writer call makes its own.
final class SourcePages {
    let url: URL
    let format: InputFormat
    private var pdf: PDFFile?

    init(_ document: Document) throws {
        url = URL(fileURLWithPath: document.sourcePath)
        format = try InputFormat.detect(at: url)
        _ = LeptonicaReader.quiet
    }

    /// Whether the source has page images at all (plain text has none).
    var hasImages: Bool { format != .text }

    /// The page image for a PDF, kept in its original compression where PDF can carry it:
    /// JPEG bytes as they are (DCTDecode), bilevel TIFF pages as CCITT G4, PNG losslessly as Flate
    /// (Leptonica reuses the PNG's own compressed rows where it can) and rendered PDF pages as Flate.
    func pdfImage(for page: Page) throws -> PDFPageImage {
        switch format {
        case .jpeg:
            if let cid = l_generateJpegData(url.path, 0) {
                defer { var c: UnsafeMutablePointer<L_COMP_DATA>? = cid; l_CIDataDestroy(&c) }
                // PDF/A forbids DeviceCMYK without a CMYK output intent; such JPEGs are decoded below instead.
                if cid.pointee.spp == 1 || cid.pointee.spp == 3 { return try image(from: cid) }
            }
            return try flate(loadPix(page))
        case .png:
            if let cid = l_generateFlateDataPdf(url.path, nil) {
                defer { var c: UnsafeMutablePointer<L_COMP_DATA>? = cid; l_CIDataDestroy(&c) }
                if cid.pointee.spp == 1 || cid.pointee.spp == 3 { return try image(from: cid) }
            }
            return try flate(loadPix(page))
        case .tiff:
            let pix = try loadPix(page)
            if pixGetDepth(pix.pix) == 1 && pixGetColormap(pix.pix) == nil {
                // A multi-strip G4 page cannot be copied into one PDF stream as is; re-encoding it as one
                // G4 stream is lossless, so the pixels stay exactly those of the scan.
                var cid: UnsafeMutablePointer<L_COMP_DATA>?
                guard pixGenerateCIData(pix.pix, Int32(L_G4_ENCODE), 0, 0, &cid) == 0, let cid else {
                    throw RenskriftError.corrupt(path: url.path, reason: "page \(page.number) cannot be encoded as G4")
                }
                defer { var c: UnsafeMutablePointer<L_COMP_DATA>? = cid; l_CIDataDestroy(&c) }
                return try image(from: cid)
            }
            return try flate(pix)
        case .pdf:
            return try flate(loadPix(page))
        case .text:
            throw RenskriftError.unsupportedFormat(
                path: url.path, reason: "a searchable PDF needs page images, and this document came from plain text")
        }
    }

    /// The page as a JPEG no wider than `maxWidth`, in gray unless the scan is in colour.
    func displayImage(for page: Page, maxWidth: Int) throws -> DisplayImage {
        let pix: LeptonicaPix
        if format == .pdf, page.width > maxWidth {
            // Rendering straight at the display size is much cheaper than rendering at 300 dpi and scaling.
            let dpi = max(36, Int((Double(page.dpi ?? 300) * Double(maxWidth) / Double(page.width)).rounded(.down)))
            pix = LeptonicaPix(try openPDF().render(page.number - 1, dpi: dpi))
        } else {
            pix = try loadPix(page)
        }
        let flat: LeptonicaPix
        if pixGetColormap(pix.pix) != nil {
            guard let p = pixRemoveColormap(pix.pix, Int32(REMOVE_CMAP_BASED_ON_SRC)) else {
                throw RenskriftError.corrupt(path: url.path, reason: "page \(page.number) cannot be converted")
            }
            flat = LeptonicaPix(p)
        } else {
            flat = pix
        }
        let depth = pixGetDepth(flat.pix)
        let base: LeptonicaPix
        if depth == 8 || depth == 32 {
            base = flat
        } else {
            guard let p = depth > 8 ? pixConvertTo32(flat.pix) : pixConvertTo8(flat.pix, 0) else {
                throw RenskriftError.corrupt(path: url.path, reason: "page \(page.number) cannot be converted")
            }
            base = LeptonicaPix(p)
        }
        var scaled = base
        if base.width > maxWidth {
            let s = Float(maxWidth) / Float(base.width)
            guard let p = pixScale(base.pix, s, s) else {
                throw RenskriftError.corrupt(path: url.path, reason: "page \(page.number) cannot be scaled")
            }
            scaled = LeptonicaPix(p)
        }
        var bytes: UnsafeMutablePointer<UInt8>?
        var size = 0
        guard pixWriteMemJpeg(&bytes, &size, scaled.pix, 75, 0) == 0, let bytes else {
            throw RenskriftError.corrupt(path: url.path, reason: "page \(page.number) cannot be encoded as JPEG")
        }
        defer { lept_free(bytes) }
        return DisplayImage(width: scaled.width, height: scaled.height, jpeg: Data(bytes: bytes, count: size))
    }

    private func openPDF() throws -> PDFFile {
        if let pdf { return pdf }
        let file = try PDFFile(url)
        pdf = file
        return file
    }

    /// The page decoded by Leptonica; PDF pages rendered in gray at the page's resolution.
    private func loadPix(_ page: Page) throws -> LeptonicaPix {
        let index = page.number - 1
        switch format {
        case .pdf:
            return LeptonicaPix(try openPDF().render(index, dpi: page.dpi ?? 300))
        case .tiff:
            guard let p = pixReadTiff(url.path, Int32(index)) else {
                throw RenskriftError.corrupt(path: url.path, reason: "page \(page.number) cannot be decoded")
            }
            return LeptonicaPix(p)
        case .png, .jpeg:
            guard let p = pixRead(url.path) else {
                throw RenskriftError.corrupt(path: url.path, reason: "the image data cannot be decoded")
            }
            return LeptonicaPix(p)
        case .text:
            throw RenskriftError.unsupportedFormat(path: url.path, reason: "plain text has no page images")
        }
    }

    private func flate(_ pix: LeptonicaPix) throws -> PDFPageImage {
        var source = pix
        // PDF images carry no alpha here; a 32 bpp pix with alpha is flattened to RGB first.
        if pixGetSpp(pix.pix) == 4, let rgb = pixRemoveAlpha(pix.pix) { source = LeptonicaPix(rgb) }
        var cid: UnsafeMutablePointer<L_COMP_DATA>?
        guard pixGenerateCIData(source.pix, Int32(L_FLATE_ENCODE), 0, 0, &cid) == 0, let cid else {
            throw RenskriftError.corrupt(path: url.path, reason: "a page image cannot be compressed")
        }
        defer { var c: UnsafeMutablePointer<L_COMP_DATA>? = cid; l_CIDataDestroy(&c) }
        return try image(from: cid)
    }

    private func image(from cid: UnsafeMutablePointer<L_COMP_DATA>) throws -> PDFPageImage {
        let c = cid.pointee
        guard let bytes = c.datacomp, c.nbytescomp > 0 else {
            throw RenskriftError.corrupt(path: url.path, reason: "a page image has no data")
        }
        let colorSpace: String
        if c.ncolors > 0, let hex = c.cmapdatahex {
            colorSpace = "[/Indexed /DeviceRGB \(c.ncolors - 1) \(String(cString: hex))]"
        } else if c.spp == 3 {
            colorSpace = "/DeviceRGB"
        } else {
            colorSpace = "/DeviceGray"
        }
        let filter: String
        var parms: String?
        switch Int(c.type) {
        case Int(L_JPEG_ENCODE):
            filter = "/DCTDecode"
        case Int(L_G4_ENCODE):
            filter = "/CCITTFaxDecode"
            parms = "<< /K -1 /Columns \(c.w) /Rows \(c.h)\(c.minisblack != 0 ? " /BlackIs1 true" : "") >>"
        case Int(L_FLATE_ENCODE):
            filter = "/FlateDecode"
            if c.predictor != 0 {
                parms = "<< /Predictor 14 /Colors \(c.spp) /BitsPerComponent \(c.bps) /Columns \(c.w) >>"
            }
        default:
            throw RenskriftError.unsupportedFormat(path: url.path, reason: "page image encoding \(c.type)")
        }
        // Leptonica's bilevel Flate data keeps its own convention (1 = black); PDF gray says 0 = black.
        let decode = (Int(c.type) == Int(L_FLATE_ENCODE) && c.bps == 1 && c.ncolors == 0) ? "[1 0]" : nil
        return PDFPageImage(width: Int(c.w), height: Int(c.h), bitsPerComponent: Int(c.bps), colorSpace: colorSpace,
                            filter: filter, decodeParms: parms, decode: decode,
                            data: Data(bytes: bytes, count: c.nbytescomp))
    }
}
