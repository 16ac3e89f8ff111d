internal import CTesseract
import Foundation

/// Owns one Leptonica image and frees it when dropped.
final class LeptonicaPix {
    private(set) var pix: UnsafeMutablePointer<PIX>

    init(_ pix: UnsafeMutablePointer<PIX>) { self.pix = pix }

    deinit {
        var p: UnsafeMutablePointer<PIX>? = pix
        pixDestroy(&p)
    }

    var width: Int { Int(pixGetWidth(pix)) }
    var height: Int { Int(pixGetHeight(pix)) }

    /// Builds an 8 bpp Pix from a gray raster.
    convenience init(_ image: PageImage) {
        guard let pix = pixCreate(Int32(image.width), Int32(image.height), 8) else {
            fatalError("Leptonica could not allocate a \(image.width)×\(image.height) image")
        }
        let wpl = Int(pixGetWpl(pix))
        let data = UnsafeMutableRawPointer(pixGetData(pix)!)
        image.pixels.withUnsafeBytes { src in
            for y in 0..<image.height {
                (data + y * wpl * 4).copyMemory(from: src.baseAddress! + y * image.width, byteCount: image.width)
            }
        }
        // Leptonica keeps pixels in big-endian 32-bit words; the rows above are in byte order.
        pixEndianByteSwap(pix)
        pixSetResolution(pix, Int32(image.dpi), Int32(image.dpi))
        self.init(pix)
    }

    /// The image as an 8-bit gray raster; colour and 1 bpp images are converted.
    func pageImage(dpi: Int) -> PageImage {
        let gray: LeptonicaPix
        if pixGetDepth(pix) == 8 && pixGetColormap(pix) == nil {
            gray = self
        } else {
            guard let converted = pixConvertTo8(pix, 0) else {
                fatalError("Leptonica could not convert an image to gray")
            }
            gray = LeptonicaPix(converted)
        }
        guard let swapped = pixEndianByteSwapNew(gray.pix) else {
            fatalError("Leptonica could not copy an image")
        }
        defer { var p: UnsafeMutablePointer<PIX>? = swapped; pixDestroy(&p) }
        let w = gray.width, h = gray.height
        let wpl = Int(pixGetWpl(swapped))
        let data = UnsafeRawPointer(pixGetData(swapped)!)
        var pixels = [UInt8](repeating: 0, count: w * h)
        pixels.withUnsafeMutableBytes { dst in
            for y in 0..<h {
                (dst.baseAddress! + y * w).copyMemory(from: data + y * wpl * 4, byteCount: w)
            }
        }
        return PageImage(width: w, height: h, dpi: dpi, pixels: pixels)
    }
}

/// Reads raster files through Leptonica.
enum LeptonicaReader {
    /// Silences Leptonica's own messages: errors reach the user through RenskriftError instead.
    static let quiet: Void = {
        _ = setMsgSeverity(Int32(L_SEVERITY_NONE))
    }()

    /// Width and height from the file header, without decoding pixels.
    static func dimensions(of url: URL) throws -> (width: Int, height: Int) {
        _ = quiet
        var format: Int32 = 0, w: Int32 = 0, h: Int32 = 0, bps: Int32 = 0, spp: Int32 = 0, cmap: Int32 = 0
        guard pixReadHeader(url.path, &format, &w, &h, &bps, &spp, &cmap) == 0 else {
            throw RenskriftError.corrupt(path: url.path, reason: "the image header cannot be read")
        }
        return (Int(w), Int(h))
    }

    /// Number of pages in a TIFF file.
    static func tiffPageCount(_ url: URL) throws -> Int {
        _ = quiet
        guard let fp = fopen(url.path, "rb") else {
            throw RenskriftError.unreadable(path: url.path, reason: String(cString: strerror(errno)))
        }
        defer { fclose(fp) }
        var n: Int32 = 0
        guard tiffGetCount(fp, &n) == 0, n > 0 else {
            throw RenskriftError.corrupt(path: url.path, reason: "no readable TIFF pages")
        }
        return Int(n)
    }

    /// Decodes page `index` of an image file; DPI comes from the file, or `defaultDPI` when it records none.
    static func read(_ url: URL, format: InputFormat, index: Int, defaultDPI: Int) throws -> PageImage {
        _ = quiet
        let raw: UnsafeMutablePointer<PIX>?
        if format == .tiff {
            raw = pixReadTiff(url.path, Int32(index))
        } else {
            raw = pixRead(url.path)
        }
        guard let raw else {
            throw RenskriftError.corrupt(path: url.path, reason: "the image data cannot be decoded")
        }
        let pix = LeptonicaPix(raw)
        let xres = Int(pixGetXRes(raw))
        // Files without a usable resolution say 0 or a screen value such as 72; treat both as unknown.
        let dpi = (xres >= 100 && xres <= 1200) ? xres : defaultDPI
        return pix.pageImage(dpi: dpi)
    }
}
