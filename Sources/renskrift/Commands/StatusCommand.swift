import ArgumentParser
import Foundation
import RenskriftBatch

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Summarize the batch ledger of an output folder: totals, last runs, failures."
    )

    @Argument(help: "The output folder of `renskrift batch`.")
    var output: String

    @Flag(name: .long, help: "Print the summary as JSON.")
    var json = false

    @Option(name: .long, help: "How many recent runs to list.")
    var runs: Int = 5

    func run() throws {
        let summary: LedgerSummary
        do {
            summary = try LedgerSummary.load(output: URL(fileURLWithPath: output), runs: max(0, runs))
        } catch let error as BatchError {
            FileHandle.standardError.write(Data("renskrift: \(error.localizedDescription)\n".utf8))
            throw ExitCode(BatchCommand.exitCode(for: error))
        }
        if json {
            let encoder = BatchReport.encoder()
            var data = try encoder.encode(summary)
            data.append(0x0A)
            FileHandle.standardOutput.write(data)
        } else {
            FileHandle.standardOutput.write(Data(summary.text.utf8))
        }
    }
}
