internal import CTesseract
import Foundation

/// How the OCR engine turns a gray page into black and white.
public enum Binarization: String, Sendable {
    /// One threshold for the whole page (Otsu): best on white paper and on pages made from black-and-white scans.
    case global
    /// A threshold from each pixel's neighbourhood (Sauvola): for gray, stained or unevenly lit paper.
    case adaptive
}

/// Page clean-up before recognition, limited to steps that measurably help (see README: Preprocessing).
public struct Preprocessor: Sendable {
    /// Straighten pages whose text lines are rotated by more than `minimumAngle` degrees.
    public var deskew: Bool
    public var minimumAngle: Double
    /// Binarise pages on gray paper adaptively (`binarization(for:)`); when off, every page gets the global threshold.
    public var adaptiveThreshold: Bool

    public init(deskew: Bool = true, minimumAngle: Double = 0.2, adaptiveThreshold: Bool = true) {
        self.deskew = deskew
        self.minimumAngle = minimumAngle
        self.adaptiveThreshold = adaptiveThreshold
    }

    public static let none = Preprocessor(deskew: false, adaptiveThreshold: false)

    /// The median gray level below which a page's paper counts as gray. White paper scans at 250–255 and a page
    /// rendered from a black-and-white scan at 255; aged or poorly lit paper, and the degraded sample scans, lie
    /// at 214–244 (see README: Preprocessing).
    public static let grayPaperLevel = 250

    /// Adaptive binarisation for a page whose paper is gray, the global threshold otherwise. Text covers a small
    /// part of a page, so the median pixel is the paper's.
    public func binarization(for image: PageImage) -> Binarization {
        guard adaptiveThreshold, !image.pixels.isEmpty else { return .global }
        return Self.medianLevel(image.pixels) < Self.grayPaperLevel ? .adaptive : .global
    }

    static func medianLevel(_ pixels: [UInt8]) -> Int {
        var histogram = [Int](repeating: 0, count: 256)
        pixels.withUnsafeBufferPointer { for p in $0 { histogram[Int(p)] += 1 } }
        var seen = 0
        for level in 0..<256 {
            seen += histogram[level]
            if 2 * seen >= pixels.count { return level }
        }
        return 255
    }

    /// The cleaned page and the rotation applied to it, in degrees (clockwise positive, 0 when untouched).
    public func straighten(_ image: PageImage) -> (image: PageImage, angle: Double) {
        guard deskew else { return (image, 0) }
        let pix = LeptonicaPix(image)
        var angle: Float = 0, confidence: Float = 0
        // redsearch 2: search on a 2× reduced image, accurate to well under 0.1° and four times faster.
        guard let straight = pixFindSkewAndDeskew(pix.pix, 2, &angle, &confidence) else { return (image, 0) }
        let result = LeptonicaPix(straight)
        guard abs(Double(angle)) >= minimumAngle, confidence >= 3 else { return (image, 0) }
        return (result.pageImage(dpi: image.dpi), Double(angle))
    }

    public func apply(_ image: PageImage) -> PageImage { straighten(image).image }

    /// Maps a box found on the straightened page back onto the original scan, which is what outputs show.
    /// Leptonica rotates about the page centre and keeps the page size, so the inverse is the opposite rotation.
    public static func unrotate(_ box: BoundingBox, angle: Double, width: Int, height: Int) -> BoundingBox {
        guard angle != 0 else { return box }
        let theta = -angle * .pi / 180
        let c = cos(theta), s = sin(theta)
        let cx = Double(width) / 2, cy = Double(height) / 2
        let corners = [(box.x, box.y), (box.maxX, box.y), (box.x, box.maxY), (box.maxX, box.maxY)].map { p in
            let dx = Double(p.0) - cx, dy = Double(p.1) - cy
            return (cx + dx * c - dy * s, cy + dx * s + dy * c)
        }
        // A rotated rectangle's bounding box grows; keep the original size around the rotated centre instead,
        // since words are short and nearly horizontal.
        let mx = corners.map(\.0).reduce(0, +) / 4, my = corners.map(\.1).reduce(0, +) / 4
        let x = Int((mx - Double(box.width) / 2).rounded()), y = Int((my - Double(box.height) / 2).rounded())
        return BoundingBox(x: max(0, x), y: max(0, y), width: box.width, height: box.height)
    }
}
