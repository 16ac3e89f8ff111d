import ArgumentParser
import Foundation
import RenskriftKit

struct RepairCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repair",
        abstract: "Repair the spelling of OCR text (standard input to standard output when no file is given).",
        discussion: """
            Only words change; every space, tab and line break is kept. With --json the changes are printed \
            as JSON with their provenance (original, replacement, score, rule) instead of the text. \
            --benchmark FILE times repair of FILE and prints words per second; with several files \
            (--benchmark A B …) each is repaired as a document of its own in every run.
            """
    )

    @Argument(help: "Text files to repair; the repaired text goes to standard output.")
    var files: [String] = []

    @Option(name: .long, help: "Folder holding sv-lexicon.bin and rules.yaml.")
    var models: String?

    @Flag(name: .long, help: "Print the changes as JSON instead of the repaired text.")
    var json = false

    @Option(name: .long, parsing: .upToNextOption,
            help: "Time repair of these files (each a document of its own) and print words per second.")
    var benchmark: [String] = []

    @Option(name: .long, help: "Repeat the benchmark this many times.")
    var repeats = 5

    func run() throws {
        let model = try RepairModel.shared(explicit: models)
        let repairer = Repairer(model: model)
        if !benchmark.isEmpty {
            let documents = try benchmark.map(RepairIO.read)
            let r = RepairBenchmark.run(repairer: repairer, documents: documents, repeats: repeats)
            let what = documents.count == 1 ? "" : " in \(documents.count) documents"
            print("\(r.words) words\(what)" + String(format: " × %d runs in %.3f s: %.0f words/s (median run %.0f words/s)",
                                                      r.runs, r.seconds, r.wordsPerSecond, r.medianWordsPerSecond))
            return
        }
        var outputs: [(String, RepairResult)] = []
        if files.isEmpty {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard let text = TextDecoding.decode(data)?.text else {
                throw RenskriftError.unreadable(path: "standard input", reason: "binary data (NUL bytes), not text")
            }
            outputs.append(("-", repairer.repair(text: text)))
        } else {
            for f in files { outputs.append((f, repairer.repair(text: try RepairIO.read(f)))) }
        }
        if json {
            let enc = JSONEncoder()
            enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let report = outputs.map { RepairReport(file: $0.0, result: $0.1) }
            let data = try enc.encode(files.count <= 1 ? AnyEncodable(report[0]) : AnyEncodable(report))
            FileHandle.standardOutput.write(data)
            FileHandle.standardOutput.write(Data("\n".utf8))
        } else {
            for (_, r) in outputs { FileHandle.standardOutput.write(Data(r.text.utf8)) }
        }
    }
}

/// The JSON form of one repaired file.
struct RepairReport: Encodable {
    var file: String
    var result: RepairResult
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(file, forKey: .file)
        try c.encode(result.tokens, forKey: .words)
        try c.encode((result.legacyWeight * 1000).rounded() / 1000, forKey: .legacyWeight)
        try c.encode(result.changes, forKey: .changes)
    }
    enum Keys: String, CodingKey { case file, words, legacyWeight, changes }
}

struct AnyEncodable: Encodable {
    let value: Encodable
    init(_ v: Encodable) { value = v }
    func encode(to encoder: Encoder) throws { try value.encode(to: encoder) }
}
