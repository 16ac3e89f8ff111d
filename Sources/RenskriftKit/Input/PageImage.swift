/// An 8-bit grayscale page raster, one byte a pixel, rows packed without padding.
public struct PageImage: Sendable {
    public var width: Int
    public var height: Int
    /// Resolution in dots per inch, as recorded in the file or chosen for rendering.
    public var dpi: Int
    public var pixels: [UInt8]

    public init(width: Int, height: Int, dpi: Int, pixels: [UInt8]) {
        precondition(pixels.count == width * height, "pixel buffer does not match the page size")
        self.width = width
        self.height = height
        self.dpi = dpi
        self.pixels = pixels
    }
}

/// Where one page of a document comes from; loading happens in the worker that recognizes it.
public struct PageSource: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case image(InputFormat)
        case pdf
    }

    public var url: URL
    public var kind: Kind
    /// 0-based index of the page within its file.
    public var index: Int

    public init(url: URL, kind: Kind, index: Int) {
        self.url = url
        self.kind = kind
        self.index = index
    }
}

import struct Foundation.URL
