import Foundation
import RenskriftTestSupport
import Testing
@testable import RenskriftKit

@Suite struct TextDecodingTests {
    @Test func utf8WithAndWithoutAMarkIsUTF8() throws {
        let plain = try #require(TextDecoding.decode(Data("Mötets öppnande".utf8)))
        #expect(plain.text == "Mötets öppnande" && plain.encoding == .utf8)
        let marked = try #require(TextDecoding.decode(Data([0xEF, 0xBB, 0xBF] + Array("§ 4 Årsmöte".utf8))))
        #expect(marked.text == "§ 4 Årsmöte" && marked.encoding == .utf8)
    }

    @Test func utf16NeedsItsMark() throws {
        var le: [UInt8] = [0xFF, 0xFE]
        for u in "Årsmöte §".utf16 { le += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        let r = try #require(TextDecoding.decode(Data(le)))
        #expect(r.text == "Årsmöte §" && r.encoding == .utf16)
    }

    @Test func otherBytesAreWindows1252() throws {
        // ö, å, an en dash and a right quotation mark as Windows software wrote them
        let bytes: [UInt8] = [0x4D, 0xF6, 0x74, 0x65, 0x74, 0x20, 0xE5, 0x72, 0x20, 0x31, 0x96, 0x32, 0x20, 0x94, 0x6A, 0x61, 0x94]
        let r = try #require(TextDecoding.decode(Data(bytes)))
        #expect(r.text == "Mötet år 1–2 ”ja”" && r.encoding == .windows1252)
    }

    @Test func aFilesFirstPartMayCutItsLastLetter() throws {
        let bytes = Array("Mötets öppnande".utf8).dropLast(8)  // "Mötets \u{C3}": the ö cut in two
        #expect(TextDecoding.decode(Data(bytes), truncated: true)?.encoding == .utf8)
        #expect(TextDecoding.decode(Data(bytes))?.encoding == .windows1252)
    }

    @Test func nulBytesAreNoText() {
        #expect(TextDecoding.decode(Data([0x25, 0x00, 0x01, 0x02])) == nil)
    }

    @Test func aDoubleEncodedWordIsUndone() {
        #expect(TextDecoding.undoingDoubleEncoding("MÃ¶tets") == "Mötets")
        #expect(TextDecoding.undoingDoubleEncoding("Ã„rende") == "Ärende")
        #expect(TextDecoding.undoingDoubleEncoding("Ã…sa") == "Åsa")  // Å's second byte is Windows-1252's "…"
        #expect(TextDecoding.undoingDoubleEncoding("Ã\u{85}sa") == "Åsa")  // or Latin-1's control character
        // words as written stay
        #expect(TextDecoding.undoingDoubleEncoding("Mötets") == nil)
        #expect(TextDecoding.undoingDoubleEncoding("São") == nil)
        #expect(TextDecoding.undoingDoubleEncoding("Ã") == nil)
    }

    @Test func repairReadsDoubleEncodedWordsAndRecordsIt() {
        let r = RepairFixture.repairer.repair(text: "MÃ¶tets Ã¶ppnande i RÃ¥dhuset.")
        #expect(r.text == "Mötets öppnande i Rådhuset.")
        #expect(r.changes.map(\.correction.rule) == ["encoding", "encoding", "encoding"])
        #expect(r.changes.first?.correction.original == "MÃ¶tets")
    }

    @Test func theCommandsReadWindows1252Files() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("protokoll.txt")
        // "Mötet öppnades. § 2 Årsmöte" in Windows-1252
        try Data([0x4D, 0xF6, 0x74, 0x65, 0x74, 0x20, 0xF6, 0x70, 0x70, 0x6E, 0x61, 0x64, 0x65, 0x73, 0x2E, 0x0A,
                  0xA7, 0x20, 0x32, 0x20, 0xC5, 0x72, 0x73, 0x6D, 0xF6, 0x74, 0x65, 0x0A]).write(to: file)
        let repair = try Fixtures.run("renskrift", ["repair", file.path])
        #expect(repair.status == 0)
        #expect(repair.stdout == "Mötet öppnades.\n§ 2 Årsmöte\n")
        let out = dir.appendingPathComponent("out")
        let convert = try Fixtures.run("renskrift", ["convert", file.path, "--output", out.path, "-q"])
        #expect(convert.status == 0)
        #expect(try String(contentsOf: out.appendingPathComponent("protokoll.txt"), encoding: .utf8).contains("§ 2 Årsmöte"))
        // the input is left as it was
        #expect(try Data(contentsOf: file).first == 0x4D && Data(contentsOf: file).count == 28)
        // a .txt file that holds binary data gets one line naming it
        let binary = dir.appendingPathComponent("scan.txt")
        try Data([0x00, 0x01, 0x02, 0x03]).write(to: binary)
        let bad = try Fixtures.run("renskrift", ["convert", binary.path, "--output", out.path, "-q"])
        #expect(bad.status != 0)
        #expect(bad.stderr.split(separator: "\n").filter { $0.hasPrefix("renskrift: ") }
                == ["renskrift: \(binary.path): unsupported format: a .txt file holding binary data (NUL bytes)"])
        // a folder given to repair gets one line saying so, not Foundation's error number
        let folder = try Fixtures.run("renskrift", ["repair", dir.path])
        #expect(folder.status != 0)
        #expect(folder.stderr.split(separator: "\n").filter { $0.hasPrefix("renskrift: ") }
                == ["renskrift: \(dir.path): unsupported format: a folder"])
    }
}
