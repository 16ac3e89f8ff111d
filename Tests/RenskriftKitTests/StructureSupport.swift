import Foundation
@testable import RenskriftKit
import RenskriftTestSupport

/// Shared helpers for the structure tests: corpus documents, noise, schema validation.
enum StructureFixtures {
    static let names = ["dev01", "dev02", "dev03", "dev04", "gr01"]

    static let detector: StructureDetector = {
        let url = Fixtures.root.appendingPathComponent("models/structure.yaml")
        return StructureDetector(vocabulary: try! StructureVocabulary.load(from: url))
    }()

    static func text(_ name: String) throws -> String { try Fixtures.text("corpus/\(name).txt") }

    static func truth(_ name: String) throws -> StructureTruth {
        try StructureTruth.load(Fixtures.url("corpus/\(name).structure.json"))
    }

    /// A plain-text document with its structure, as `convert` makes it from a `.txt` file.
    static func document(_ name: String, text: String? = nil) throws -> Document {
        let t = try text ?? self.text(name)
        let doc = Document(name: name, sourcePath: "fixtures/corpus/\(name).txt", pages: TextInput.pages(from: t),
                           provenance: Provenance())
        return detector.apply(to: doc)
    }

    static func scores(_ texts: [String: String]) throws -> (total: StructureScores, each: [String: StructureScores]) {
        var total = StructureScores()
        var each: [String: StructureScores] = [:]
        for (name, text) in texts {
            let s = StructureEvaluation.compare(detector.detect(text: text), with: try truth(name))
            each[name] = s
            total = total + s
        }
        return (total, each)
    }

    /// Recorded pipeline output from synthetic scans (see fixtures/recorded/README.md).
    static let recordedNames = ["dev01-sans200", "dev03-header250", "dev04-serif300"]

    /// A document rebuilt from `fixtures/recorded/NAME.ocr.tsv`: OCR pages, blocks, lines and word boxes
    /// as `renskrift convert` gave them (repaired text), without its structure.
    static func recorded(_ name: String) throws -> Document {
        let text = try Fixtures.text("recorded/\(name).ocr.tsv")
        var pages: [Page] = []
        var blocks: [[Line]] = []
        func closePage() {
            guard !pages.isEmpty else { return }
            pages[pages.count - 1].blocks = blocks.map { Block(lines: $0) }
            blocks = []
        }
        for row in text.split(separator: "\n") where !row.hasPrefix("#") {
            let f = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            switch f.first {
            case "P":
                closePage()
                guard f.count == 5, let n = Int(f[1]), let w = Int(f[2]), let h = Int(f[3]), let dpi = Int(f[4]) else {
                    throw RecordingError.badRow(String(row))
                }
                pages.append(Page(number: n, width: w, height: h, dpi: dpi, source: .ocr, blocks: []))
            case "L":
                guard f.count >= 5, let b = Int(f[1]), let y = Int(f[2]), let h = Int(f[3]), !pages.isEmpty else {
                    throw RecordingError.badRow(String(row))
                }
                var words: [Word] = []
                for field in f[4...] {
                    let parts = field.split(separator: ",", maxSplits: 2, omittingEmptySubsequences: false)
                    guard parts.count == 3, let x = Int(parts[0]), let w = Int(parts[1]) else { throw RecordingError.badRow(String(row)) }
                    words.append(Word(text: String(parts[2]), box: BoundingBox(x: x, y: y, width: w, height: h)))
                }
                while blocks.count <= b { blocks.append([]) }
                blocks[b].append(Line(words: words))
            default:
                throw RecordingError.badRow(String(row))
            }
        }
        closePage()
        return Document(name: name, sourcePath: "fixtures/recorded/\(name).ocr.tsv", pages: pages,
                        provenance: Provenance(ocrEngine: "recorded"))
    }

    enum RecordingError: Error { case badRow(String) }

    /// The truth name of a recording: "dev04-header250" → "dev04".
    static func truthName(ofRecording name: String) -> String {
        String(name.prefix { $0 != "-" })
    }

    /// Hard-wraps every line at `width` columns, as OCR of a printed page gives it.
    static func wrap(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [String] in
            var out: [String] = []
            var cur = ""
            for w in line.split(separator: " ") {
                if !cur.isEmpty && cur.count + 1 + w.count > width { out.append(cur); cur = String(w) } else {
                    cur += (cur.isEmpty ? "" : " ") + w
                }
            }
            out.append(cur)
            return out
        }.joined(separator: "\n")
    }

    /// "§ 19" → "8 19", "$ 20", "& 21" in turn: what Tesseract's swe model makes of the sign.
    static func damageSectionSigns(_ text: String) -> String {
        var n = 0
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.hasPrefix("§") else { return String(line) }
            n += 1
            return ["8", "$", "&"][n % 3] + line.dropFirst()
        }.joined(separator: "\n")
    }

    /// Typical OCR damage in running text (not on heading lines): confused letters, "–" read as "-",
    /// doubled spaces, a stray speck; deterministic for a seed.
    static func ocrNoise(_ text: String, seed: UInt64) -> String {
        var rng = SplitMix(seed: seed)
        let swaps: [(Character, Character)] = [("e", "c"), ("l", "I"), ("ö", "o"), ("ä", "a"), ("m", "rn"), ("å", "a"), ("i", "í"), ("t", "f")]
            .map { ($0.0, $0.1.first!) }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let s = String(line)
            // Headings keep their words; their numbering is damaged separately.
            if s.count < 90 && !s.hasSuffix(".") { return s.replacingOccurrences(of: "  ", with: " ") }
            var out = ""
            for c in s {
                let r = rng.next() % 1000
                if r < 12, let swap = swaps.first(where: { $0.0 == c }) { out.append(swap.1) } else if c == "–" && r < 500 {
                    out.append("-")
                } else if c == " " && r < 20 {
                    out += "  "
                } else {
                    out.append(c)
                }
            }
            if rng.next() % 10 == 0 { out += " ." }
            return out
        }.joined(separator: "\n")
    }

    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Validates JSON files against schema/document.schema.json with python3's jsonschema module;
    /// returns the validator's complaints (empty when all are valid).
    static func validateAgainstSchema(_ files: [URL]) throws -> String {
        let schema = Fixtures.root.appendingPathComponent("schema/document.schema.json")
        let script = """
            import sys, json
            try:
                import jsonschema
            except ImportError:
                print("python3 module 'jsonschema' is missing: pip install jsonschema"); sys.exit(3)
            schema = json.load(open(sys.argv[1], encoding="utf-8"))
            jsonschema.Draft202012Validator.check_schema(schema)
            v = jsonschema.Draft202012Validator(schema)
            bad = 0
            for path in sys.argv[2:]:
                for e in v.iter_errors(json.load(open(path, encoding="utf-8"))):
                    bad += 1
                    print(path, "/".join(str(p) for p in e.absolute_path), e.message[:300])
            sys.exit(1 if bad else 0)
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script, schema.path] + files.map(\.path)
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        if p.terminationStatus != 0 && out.isEmpty { return "python3 exited with \(p.terminationStatus)" }
        return p.terminationStatus == 0 ? "" : out
    }
}
