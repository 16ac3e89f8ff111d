import ArgumentParser
import Foundation
import RenskriftKit

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure OCR repair against ground truth: word accuracy, CER, å/ä/ö words, fixed and broken words per rule.",
        discussion: """
            Pairs every NAME.txt in --ocr with NAME.txt in --truth. --save FILE keeps this run; --baseline FILE \
            lists the words whose result differs from a saved run, so a rule change can be judged word by word.
            """
    )

    @OptionGroup var folders: PairedFolders

    @Option(name: .long, help: "Folder holding sv-lexicon.bin and rules.yaml.")
    var models: String?

    @Option(name: .long, help: "Use this rules file instead of the one in the models folder.")
    var rules: String?

    @Option(name: .long, help: "Save this run (JSON) for later --baseline comparisons.")
    var save: String?

    @Option(name: .long, help: "A run saved with --save to compare with.")
    var baseline: String?

    @Flag(name: .long, help: "Print the evaluation as JSON (without the token list).")
    var json = false

    @Flag(name: .long, help: "List every word that repair broke.")
    var showBroken = false

    func run() throws {
        let dir = try ModelLocator.directory(explicit: models)
        let model = try RepairModel.load(directory: dir,
                                         rules: try rules.map { try RepairRules.load(from: URL(fileURLWithPath: $0)) })
        let ev = try RepairEvaluator.evaluate(repairer: Repairer(model: model), truth: URL(fileURLWithPath: folders.truth),
                                              ocr: URL(fileURLWithPath: folders.ocr))
        if json {
            var slim = ev
            slim.tokens = []
            let enc = JSONEncoder()
            enc.outputFormatting = [.prettyPrinted, .sortedKeys]
            FileHandle.standardOutput.write(try enc.encode(slim))
            print()
        } else {
            print(RepairEvaluator.summary(ev), terminator: "")
        }
        if showBroken {
            for t in ev.tokens where t.rawRight && !t.repairedRight {
                print("broken  \(t.file): \(t.ocr) → \(t.repaired) [\(t.rule ?? "-")]")
            }
        }
        if let baseline {
            let data: Data
            do { data = try Data(contentsOf: URL(fileURLWithPath: baseline)) } catch {
                throw RenskriftError.unreadable(path: baseline, reason: "saved evaluation run: \(error.localizedDescription)")
            }
            let old: RepairEvaluation
            do { old = try JSONDecoder().decode(RepairEvaluation.self, from: data) } catch {
                throw RenskriftError.unreadable(path: baseline, reason: "saved evaluation run: \(error)")
            }
            let moves = RepairEvaluator.diff(baseline: old, current: ev)
            print("\nagainst \(baseline): word accuracy \(String(format: "%.4f", old.repaired.wordAccuracy)) → "
                  + "\(String(format: "%.4f", ev.repaired.wordAccuracy)); "
                  + "\(moves.filter(\.improved).count) words better, \(moves.filter { !$0.improved }.count) worse or different")
            for m in moves {
                let mark = m.improved ? "+" : "-"
                print("\(mark) \(m.file): \(m.ocr): \(m.before) → \(m.after) (truth \(m.truth ?? "∅")) [\(m.rule ?? "-")]")
            }
        }
        if let save {
            let enc = JSONEncoder()
            enc.outputFormatting = [.sortedKeys]
            try enc.encode(ev).write(to: URL(fileURLWithPath: save))
        }
    }
}

/// OCR texts and their ground truth, paired by file name: what `eval` measures and `learn` learns from.
struct PairedFolders: ParsableArguments {
    @Option(name: .long, help: "Folder of ground-truth texts.")
    var truth: String

    @Option(name: .long, help: "Folder of OCR texts with the same file names.")
    var ocr: String
}
