import ArgumentParser
import Foundation
import Logging
import RenskriftBatch
import RenskriftKit

struct BatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Convert what is new or changed in an inbox folder; made for cron and systemd timers.",
        discussion: """
            Walks INBOX and converts documents that are new or whose content changed, and redoes finished ones \
            when the pipeline (version, languages, models) changed. Outputs mirror INBOX's folders under DIR; \
            the ledger, lock and reports live in DIR/.renskrift, and DIR/report.html links the latest report. \
            Exit status: \(ExitCodes.success) all good, \(ExitCodes.someFailed) some documents failed, \
            \(ExitCodes.usage) usage, \(ExitCodes.locked) another run holds the lock, \(ExitCodes.setup) set-up \
            incomplete, \(ExitCodes.cannotRun) the output folder or ledger cannot be used, \
            \(ExitCodes.interrupted) stopped by SIGINT/SIGTERM.
            """
    )

    @Argument(help: "The inbox folder to walk.")
    var inbox: String

    @Option(name: [.short, .long], help: "Folder for the results, the ledger and the reports.")
    var output: String

    @Option(name: .long, help: "Seconds a file must be left unchanged before it is read.")
    var settle: Double = 5

    @Flag(name: .long, help: "Try documents that failed before even when they are unchanged.")
    var retryFailed = false

    @Option(name: .long, help: "Move finished originals into this folder (mirroring their folders).")
    var moveDone: String?

    @Option(name: .long, help: "Write JSON log lines to this file (default: standard error when it is not a terminal).")
    var log: String?

    @OptionGroup var ocr: OCROptions
    @OptionGroup var formatOptions: FormatOptions
    @OptionGroup var verbosity: VerbosityOptions

    func validate() throws {
        guard settle >= 0, settle.isFinite else { throw ValidationError("--settle must be 0 or more seconds") }
    }

    func run() async throws {
        let options = try ocr.convertOptions()
        let pipeline = try Pipeline.make(options: options, repair: !ocr.noRepair, models: ocr.models)
        var batch = BatchOptions(
            inbox: URL(fileURLWithPath: inbox), output: URL(fileURLWithPath: output),
            fingerprint: PipelineFingerprint(options: options, repair: !ocr.noRepair,
                                             modelsDirectory: ModelsLocation.resolve(explicit: ocr.models)))
        batch.formats = try formatOptions.formats()
        batch.settle = settle
        batch.retryFailed = retryFailed
        batch.moveDone = moveDone.map { URL(fileURLWithPath: $0) }

        let terminal = isatty(STDERR_FILENO) != 0
        let logSink: JSONLineLogHandler.Sink?
        do {
            logSink = try log.map { try JSONLineLogHandler.Sink(appendingTo: URL(fileURLWithPath: $0)) }
                ?? (terminal ? nil : .standardError)
        } catch {
            throw ValidationError("--log \(log ?? ""): \(error.localizedDescription)")
        }
        let level: Logger.Level = verbosity.quiet ? .warning : verbosity.verbose ? .debug : .info
        let logger = Logger(label: "renskrift.batch") { label in
            guard let logSink else { return SwiftLogNoOpLogHandler() }
            return JSONLineLogHandler(label: label, sink: logSink, level: level)
        }
        let reporter = terminal ? ProgressReporter(verbosity: verbosity.level) : nil

        var progress: (@Sendable (ConvertEvent) -> Void)?
        let shown = ShownFailures()
        if let reporter {
            progress = { event in
                if case .documentFailed(let path, _) = event { shown.insert(path) }
                reporter.handle(event)
            }
        }
        let runner = BatchRunner(options: batch, converter: pipeline.converter, logger: logger, progress: progress)
        let task = Task<BatchReport, any Error> { try await runner.run() }
        let signals = StopSignals { _ in task.cancel() }
        let report: BatchReport
        do {
            report = try await task.value
        } catch let error as BatchError {
            reporter?.finish()
            FileHandle.standardError.write(Data("renskrift: \(error.localizedDescription)\n".utf8))
            throw ExitCode(Self.exitCode(for: error))
        }
        withExtendedLifetime(signals) {}
        reporter?.finish()
        if terminal {
            // Files refused by the scan never reach the converter, so the bar did not name them.
            for failure in report.newFailures {
                let path = URL(fileURLWithPath: report.inbox).appendingPathComponent(failure.path).path
                if !shown.contains(path) {
                    FileHandle.standardError.write(Data("renskrift: \(path): \(failure.reason)\n".utf8))
                }
            }
        }
        if terminal && !verbosity.quiet {
            FileHandle.standardError.write(Data((Self.summary(report) + "\n").utf8))
        }
        if report.state == .interrupted { throw ExitCode(ExitCodes.interrupted) }
        if !report.newFailures.isEmpty { throw ExitCode(ExitCodes.someFailed) }
    }

    static func exitCode(for error: BatchError) -> Int32 {
        switch error {
        case .locked: return ExitCodes.locked
        case .inboxMissing, .nestedFolder, .noLedger: return ExitCodes.usage
        case .lockFailed, .ledger, .writeFailed: return ExitCodes.cannotRun
        }
    }

    static func summary(_ r: BatchReport) -> String {
        let c = r.counts
        var parts = ["\(c.converted) converted", "\(c.failed) failed"]
        if c.knownFailures > 0 { parts.append("\(c.knownFailures) known failures") }
        parts.append("\(c.upToDate) up to date")
        if c.waiting > 0 { parts.append("\(c.waiting) still being written") }
        if c.interrupted > 0 { parts.append("\(c.interrupted) interrupted") }
        if c.moved > 0 { parts.append("\(c.moved) moved") }
        return parts.joined(separator: ", ")
            + String(format: "; %d pages in %.1f s (%.1f pages/min). Report: %@", r.pages, r.seconds, r.pagesPerMinute,
                     URL(fileURLWithPath: r.output).appendingPathComponent("report.html").path)
    }
}

/// Paths the progress display has already reported as failed.
final class ShownFailures: @unchecked Sendable {
    private let lock = NSLock()
    private var paths = Set<String>()

    func insert(_ path: String) { lock.withLock { _ = paths.insert(path) } }
    func contains(_ path: String) -> Bool { lock.withLock { paths.contains(path) } }
}
