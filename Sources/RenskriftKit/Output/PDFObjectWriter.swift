internal import CTesseract
import Foundation

/// Writes a PDF file object by object, keeping the offsets for the cross-reference table.
/// Object numbers are reserved up front so that objects may refer to ones written later.
struct PDFObjectWriter {
    private(set) var data = Data()
    private var offsets: [Int: Int] = [:]
    private var nextNumber = 1

    /// Starts the file with a header and the binary comment that marks it as binary (PDF/A 6.1.2).
    init(version: String = "1.7") {
        append("%PDF-\(version)\n")
        data.append(contentsOf: [0x25, 0xE2, 0xE3, 0xCF, 0xD3, 0x0A])
    }

    mutating func reserve() -> Int {
        defer { nextNumber += 1 }
        return nextNumber
    }

    mutating func object(_ number: Int, _ body: String) {
        begin(number)
        append(body)
        append("\nendobj\n")
    }

    /// A stream object; `dictionary` holds the entries besides /Length, which is added here.
    mutating func stream(_ number: Int, dictionary: String, _ content: Data) {
        begin(number)
        let entries = dictionary.trimmingCharacters(in: .whitespaces)
        append("<< \(entries.isEmpty ? "" : entries + " ")/Length \(content.count) >>\nstream\n")
        data.append(content)
        append("\nendstream\nendobj\n")
    }

    /// A stream compressed with Flate.
    mutating func flateStream(_ number: Int, dictionary: String, _ content: Data) throws {
        if content.isEmpty {
            stream(number, dictionary: dictionary, content)
        } else {
            stream(number, dictionary: "/Filter /FlateDecode " + dictionary, try Self.deflate(content))
        }
    }

    /// Writes the cross-reference table and trailer; the file ID is derived from the content, so the
    /// same document gives the same ID.
    mutating func finish(root: Int, info: Int?) -> Data {
        let id = Self.fileID(data)
        let xref = data.count
        let size = nextNumber
        var table = "xref\n0 \(size)\n0000000000 65535 f \n"
        for n in 1..<size {
            if let offset = offsets[n] {
                table += String(format: "%010d 00000 n \n", offset)
            } else {
                table += "0000000000 65535 f \n"
            }
        }
        append(table)
        var trailer = "trailer\n<< /Size \(size) /Root \(root) 0 R"
        if let info { trailer += " /Info \(info) 0 R" }
        trailer += " /ID [<\(id)> <\(id)>] >>\nstartxref\n\(xref)\n%%EOF\n"
        append(trailer)
        return data
    }

    private mutating func begin(_ number: Int) {
        precondition(offsets[number] == nil, "PDF object \(number) written twice")
        offsets[number] = data.count
        append("\(number) 0 obj\n")
    }

    private mutating func append(_ s: String) { data.append(contentsOf: Array(s.utf8)) }

    /// zlib-compressed bytes, through the zlib that Leptonica is linked with.
    static func deflate(_ content: Data) throws -> Data {
        var size = 0
        let compressed = content.withUnsafeBytes { raw -> UnsafeMutablePointer<UInt8>? in
            guard let base = raw.bindMemory(to: UInt8.self).baseAddress else { return nil }
            return zlibCompress(base, raw.count, &size)
        }
        guard let compressed else {
            throw RenskriftError.writeFailed(path: "", reason: "zlib compression failed")
        }
        defer { lept_free(compressed) }
        return Data(bytes: compressed, count: size)
    }

    /// 32 hex digits from two FNV-1a hashes of the file body with different seeds.
    static func fileID(_ body: Data) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x8422_2325_cbf2_9ce4
        for byte in body {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            b = (b ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return String(format: "%016llX%016llX", a, b)
    }

    /// A PDF text string in UTF-16BE with byte-order mark, as hex, so that any character survives.
    static func textString(_ s: String) -> String {
        var hex = "<FEFF"
        for unit in s.utf16 { hex += String(format: "%04X", unit) }
        return hex + ">"
    }

    /// A PDF date such as `D:20240131120000Z`.
    static func date(_ d: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "'D:'yyyyMMddHHmmss'Z'"
        return f.string(from: d)
    }
}
