import ArgumentParser
import Foundation
import RenskriftKit

struct LearnCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learn",
        abstract: "Estimate OCR confusion weights from OCR/ground-truth pairs and write them into rules.yaml.",
        discussion: """
            Every NAME.txt in --ocr is aligned with NAME.txt in --truth, word by word and then letter by letter. \
            Each file counts towards the legacy or the swe table according to how many å/ä/ö its OCR holds \
            (or --profile). Only the tables that got data are replaced; the rest of the rules file is kept.
            """
    )

    @OptionGroup var folders: PairedFolders

    @Option(name: .long, help: "Count every file towards this table: legacy or swe (default: decided per file).")
    var profile: String?

    @Option(name: .long, help: "Rules file to update (default: rules.yaml in the models folder).")
    var rules: String?

    @Option(name: .long, help: "Folder holding sv-lexicon.bin and rules.yaml.")
    var models: String?

    @Option(name: .long, help: "Fewest sightings for a confusion to be kept.")
    var minCount = 2

    @Option(name: .long, help: "Smallest probability for a confusion to be kept (rarer ones cost more than a generic edit).")
    var minP = 0.0005

    @Flag(name: .long, help: ArgumentHelp(
        "Learn only confusions whose OCR side is a sequence (m read as rn) or a character outside a–z and å/ä/ö (e read as é); keep the rest of the table.",
        discussion: "The search tries them only where the OCR wrote that, so they cost it little and can come from more data than the entries for common letters."))
    var cheapOnly = false

    @Flag(name: .long, help: "Print the tables without writing the rules file.")
    var dryRun = false

    func validate() throws {
        if let profile, !["legacy", "swe"].contains(profile) {
            throw ValidationError("--profile must be legacy or swe")
        }
    }

    func run() throws {
        let path = try rules.map { URL(fileURLWithPath: $0) }
            ?? ModelLocator.directory(explicit: models).appendingPathComponent(ModelLocator.rulesFile)
        // (read once: the text is written back with only the learned tables changed)
        let original = FileManager.default.fileExists(atPath: path.path) ? try RepairRules.readText(from: path) : nil
        var current = try original.map { try RepairRules.parse($0, path: path.path) } ?? RepairRules()
        var replaced: [String] = []
        let learned = try ChannelLearner.learn(truth: URL(fileURLWithPath: folders.truth), ocr: URL(fileURLWithPath: folders.ocr),
                                               profile: profile, expectedRate: current.scoring.expectedDiacriticRate)
        for (name, which) in learned.files { print("\(name): \(which)") }
        for (name, counts) in [("legacy", learned.legacy), ("swe", learned.swe)] where counts.wordPairs > 0 {
            let pairs = ChannelLearner.estimate(counts, minCount: minCount, minP: minP, cheapOnly: cheapOnly)
            print("\(name): \(counts.wordPairs) misread words, \(pairs.count) confusions")
            for p in pairs.prefix(dryRun ? pairs.count : 25) {
                print("  \(p.truth.isEmpty ? "∅" : p.truth) → \(p.ocr.isEmpty ? "∅" : p.ocr)  p=\(p.p)  n=\(p.count ?? 0)")
            }
            // confusions the data never showed (e.g. hand-set ones for rarer fonts) are kept as they were
            let seen = Set(pairs.map { "\($0.truth)\u{1}\($0.ocr)" })
            let old = name == "legacy" ? current.channel.legacy : current.channel.swe
            // (with --cheap-only, every entry for a common letter stays as it was)
            let merged = pairs + old.filter {
                !seen.contains("\($0.truth)\u{1}\($0.ocr)")
                    && (cheapOnly && !ChannelLearner.isCheap($0.ocr) || counts.confusions[$0.truth]?[$0.ocr] == nil)
            }
            if name == "legacy" { current.channel.legacy = merged } else { current.channel.swe = merged }
            replaced.append(name)
        }
        guard !dryRun else { return }
        do {
            // (the rest of the file as it was, comments included: they give the reasons for hand-set entries)
            try current.text(over: original, replacingTables: replaced).write(to: path, atomically: true, encoding: .utf8)
        } catch {
            throw RenskriftError.writeFailed(path: path.path, reason: error.localizedDescription)
        }
        print("wrote \(path.path)")
    }
}
