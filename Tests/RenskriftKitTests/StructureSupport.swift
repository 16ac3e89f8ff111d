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
