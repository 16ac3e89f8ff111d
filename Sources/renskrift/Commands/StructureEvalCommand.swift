import ArgumentParser
import Foundation
import RenskriftKit

struct StructureEvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-structure",
        abstract: "Measure structure detection against NAME.structure.json ground truth.",
        discussion: """
            Each INPUT is a plain-text protocol (.txt, structure is detected here) or a document JSON \
            written by 'convert' (its structure is used, or detected when missing). It is compared with \
            DIR/NAME.structure.json, NAME being the input's base name up to the first '-' or '.' when the \
            full name has no truth file (dev01-sans200.json → dev01), or --name NAME for all inputs. Prints precision, recall and F1 for items (number + title), \
            decisions, people (name + roles) and sections, per document and in total.
            """
    )

    @Option(name: .long, help: "Folder with NAME.structure.json files.")
    var truth: String

    @Option(name: .long, help: "Folder holding structure.yaml (default: the bundled models/).")
    var models: String?

    @Flag(name: .long, help: "List each missed (-) and spurious (+) element.")
    var details = false

    @Flag(name: .long, help: "Print the scores as JSON instead of a table.")
    var json = false

    @Flag(name: .long, help: "Count – — - as one dash and ” \" as one quotation mark (OCR cannot tell them apart); by default titles and decisions must match exactly, up to whitespace.")
    var lenientGlyphs = false

    private var strict: Bool { !lenientGlyphs }

    @Flag(name: .long, help: "For document JSON, detect the structure again from its pages instead of using the stored one.")
    var redetect = false

    @Option(name: .long, help: "Truth name for every input (e.g. dev01), instead of deriving it from the file name.")
    var name: String?

    @Argument(help: "Text files or document JSON files.")
    var inputs: [String]

    func run() throws {
        let vocabulary = try StructureVocabulary.locate(modelsDirectory: models)
        let detector = StructureDetector(vocabulary: vocabulary)
        let truthDir = URL(fileURLWithPath: truth)
        var rows: [(name: String, scores: StructureScores)] = []
        var failed = false
        for input in inputs {
            let url = URL(fileURLWithPath: input)
            do {
                let named = name.map { truthDir.appendingPathComponent($0 + ".structure.json") }
                guard let truthURL = named ?? Self.truthFile(for: url, in: truthDir),
                      FileManager.default.fileExists(atPath: truthURL.path) else {
                    throw RenskriftError.notFound(path: truthDir.appendingPathComponent(
                        url.deletingPathExtension().lastPathComponent + ".structure.json").path)
                }
                let expected = try StructureTruth.load(truthURL)
                let detected = try Self.structure(of: url, detector: detector, redetect: redetect)
                let predicted = StructureTruth(detected)
                rows.append((url.lastPathComponent, StructureEvaluation.compare(predicted, with: expected, strict: strict)))
                if details {
                    print(url.lastPathComponent)
                    for line in StructureEvaluation.differences(predicted, expected, strict: strict) { print(line) }
                }
            } catch {
                failed = true
                FileHandle.standardError.write(Data("renskrift: \(input): \(error.localizedDescription)\n".utf8))
            }
        }
        if json {
            let e = JSONEncoder()
            e.outputFormatting = [.prettyPrinted, .sortedKeys]
            let report = Report(documents: Dictionary(rows.map { ($0.name, $0.scores) }, uniquingKeysWith: { a, _ in a }),
                                total: rows.reduce(StructureScores()) { $0 + $1.scores })
            print(String(decoding: try e.encode(report), as: UTF8.self))
        } else {
            print(StructureEvaluation.table(rows), terminator: "")
        }
        if failed { throw ExitCode(ExitCodes.someFailed) }
    }

    private struct Report: Encodable {
        var documents: [String: StructureScores]
        var total: StructureScores
    }

    /// NAME.structure.json, else NAME with "-suffix" parts dropped from the right (dev02-sans200-p1.txt → dev02).
    static func truthFile(for input: URL, in dir: URL) -> URL? {
        var base = input.lastPathComponent
        if base.hasSuffix(".json") { base = String(base.dropLast(5)) }
        if let dot = base.lastIndex(of: ".") { base = String(base[..<dot]) }
        var candidates = [base]
        // Drop "-suffix" parts from the right: "gr-01-sans200-p1" → "gr-01-sans200" → "gr-01" → "gr".
        var stem = base
        while let dash = stem.lastIndex(of: "-") { stem = String(stem[..<dash]); candidates.append(stem) }
        if let dot = base.firstIndex(of: ".") { candidates.append(String(base[..<dot])) }
        for c in candidates {
            let u = dir.appendingPathComponent(c + ".structure.json")
            if FileManager.default.fileExists(atPath: u.path) { return u }
        }
        return nil
    }

    static func structure(of url: URL, detector: StructureDetector, redetect: Bool = false) throws -> MeetingStructure {
        guard FileManager.default.fileExists(atPath: url.path) else { throw RenskriftError.notFound(path: url.path) }
        if url.pathExtension.lowercased() == "json" {
            let data = try Data(contentsOf: url)
            let document: Document
            do { document = try JSONDecoder().decode(Document.self, from: data) } catch {
                throw RenskriftError.corrupt(path: url.path, reason: "not a renskrift document JSON (\(error))")
            }
            if redetect { return detector.detect(document: document) }
            return document.structure ?? detector.detect(document: document)
        }
        return detector.detect(text: try TextDecoding.readFile(url))
    }
}
