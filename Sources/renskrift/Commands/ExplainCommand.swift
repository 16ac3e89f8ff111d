import ArgumentParser
import Foundation
import RenskriftKit

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show the repair candidates for a word, their scores, and why one was chosen."
    )

    @Argument(help: "The word as OCR gave it.")
    var word: String

    @Option(name: .long, help: "A phrase around the word, e.g. \"vald till ordförande\"; it also sets the document's OCR profile.")
    var context: String?

    @Option(name: .long, help: "Folder holding sv-lexicon.bin and rules.yaml.")
    var models: String?

    @Flag(name: .long, help: "Print JSON.")
    var json = false

    func run() throws {
        let repairer = Repairer(model: try RepairModel.shared(explicit: models))
        let e = repairer.explain(word: word, context: context)
        if json {
            let enc = JSONEncoder()
            enc.outputFormatting = [.prettyPrinted, .sortedKeys]
            FileHandle.standardOutput.write(try enc.encode(e))
            print()
            return
        }
        print("word: \(e.word)   (legacy weight of the context: \(String(format: "%.2f", e.legacyWeight)); "
              + "gain per edit \(String(format: "%.2f", e.editGain)), per restored å/ä/ö \(String(format: "%.2f", e.diacriticGain)))")
        if !e.learnedMisreadings.isEmpty {
            print("letters this context's OCR writes as others: " + e.learnedMisreadings.joined(separator: ", "))
        }
        if !e.strippedWords.isEmpty {
            print("words this context writes without their å/ä/ö: " + e.strippedWords.joined(separator: ", "))
        }
        print("candidate".padding(toLength: 24, withPad: " ", startingAt: 0)
              + "   total   lexicon  channel  context  source")
        for c in e.candidates {
            print(c.text.padding(toLength: 24, withPad: " ", startingAt: 0)
                  + String(format: " %7.2f  %7.2f  %7.2f  %7.2f  ", c.total, c.lexiconLogP, c.channelLogP, c.contextBonus)
                  + c.source.rawValue)
        }
        print("decision: \(e.decision)\(e.rule.map { " [\($0)]" } ?? "")")
        print(e.reason)
    }
}
