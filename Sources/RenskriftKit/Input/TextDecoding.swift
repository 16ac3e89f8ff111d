import Foundation

/// Decodes the bytes of a text file: UTF-8 (with or without a byte-order mark), UTF-16 with a mark, or else
/// Windows-1252, which older OCR software on Windows wrote Swedish text in.
public enum TextDecoding {
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case utf16 = "UTF-16"
        case windows1252 = "Windows-1252"
    }

    /// The text and the encoding it was read in, or nil for bytes that are no text (a NUL byte outside UTF-16).
    /// `truncated` says the bytes are a file's first part, which may end inside a UTF-8 sequence.
    public static func decode(_ data: Data, truncated: Bool = false) -> (text: String, encoding: Encoding)? {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return String(validating: bytes.dropFirst(3), as: UTF8.self).map { ($0, .utf8) }
                ?? (truncated ? (String(decoding: bytes.dropFirst(3), as: UTF8.self), .utf8) : nil)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var i = 2
            while i + 1 < bytes.count {
                units.append(little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
                i += 2
            }
            return (String(decoding: units, as: UTF16.self), .utf16)
        }
        guard !bytes.contains(0) else { return nil }
        if let s = String(validating: bytes, as: UTF8.self) { return (s, .utf8) }
        // (a file's first part may cut its last character in two)
        if truncated, let cut = lastCharacterStart(bytes), let s = String(validating: bytes[..<cut], as: UTF8.self) {
            return (s, .utf8)
        }
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for b in bytes { scalars.append(windows1252Scalar(b)) }
        return (String(scalars), .windows1252)
    }

    /// The text of a file in one of these encodings; a file that cannot be read is `unreadable`, one holding binary
    /// data an `unsupportedFormat`.
    public static func readFile(_ url: URL) throws -> String {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw RenskriftError.unreadable(path: url.path, reason: error.localizedDescription)
        }
        guard let text = decode(data)?.text else {
            throw RenskriftError.unsupportedFormat(path: url.path, reason: "binary data (NUL bytes), not text")
        }
        return text
    }

    /// `s` as it read before its UTF-8 was decoded once more as Windows-1252 or Latin-1 ("MÃ¶tets" → "Mötets"), or
    /// nil when it shows no such double encoding: every character must have a byte there, and the bytes must be UTF-8
    /// with a letter beyond ASCII.
    public static func undoingDoubleEncoding(_ s: String) -> String? {
        // (a lead byte of a two-byte letter read as a character: "Ã" or "Â", C3 83 / C3 82 in UTF-8)
        var lead = false
        var prev: UInt8 = 0
        for b in s.utf8 {
            if prev == 0xC3 && (b == 0x83 || b == 0x82) { lead = true; break }
            prev = b
        }
        guard lead else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            guard let b = windows1252Byte(u) else { return nil }
            bytes.append(b)
        }
        guard let out = String(validating: bytes, as: UTF8.self), out != s,
              out.unicodeScalars.contains(where: { $0.value >= 0x80 && $0.properties.isAlphabetic }) else { return nil }
        return out
    }

    /// Where the last UTF-8 sequence of `bytes` starts, when it is cut short.
    static func lastCharacterStart(_ bytes: [UInt8]) -> Int? {
        var i = bytes.count - 1
        while i >= 0 && i >= bytes.count - 4 {
            if bytes[i] & 0xC0 != 0x80 { return bytes[i] >= 0xC0 ? i : nil }
            i -= 1
        }
        return nil
    }

    /// Windows-1252's character for a byte (its five unassigned bytes as the C1 controls Latin-1 has there).
    static func windows1252Scalar(_ b: UInt8) -> Unicode.Scalar {
        guard b >= 0x80 && b < 0xA0 else { return Unicode.Scalar(b) }
        return Unicode.Scalar(windows1252High[Int(b) - 0x80])!
    }

    /// The byte Windows-1252 (or Latin-1, for the C1 controls) writes a scalar as, or nil when it has none.
    static func windows1252Byte(_ u: Unicode.Scalar) -> UInt8? {
        // (a C1 control is Latin-1's byte: text decoded as Latin-1 rather than Windows-1252)
        if u.value < 0x100 { return UInt8(u.value) }
        if let i = windows1252High.firstIndex(of: UInt16(truncatingIfNeeded: u.value)), u.value <= 0xFFFF {
            return UInt8(0x80 + i)
        }
        return nil
    }

    /// Windows-1252 bytes 0x80–0x9F.
    static let windows1252High: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D,
        0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x009D, 0x017E, 0x0178,
    ]
}
