import Foundation
import Logging
import RenskriftKit

/// Settings of a batch run.
public struct BatchOptions: Sendable {
    public var inbox: URL
    public var output: URL
    public var formats: [OutputFormat] = [.txt, .json]
    /// Seconds a file must be left alone before it is read (files still being copied in are left for later).
    public var settle: Double = 5
    /// Try documents that failed before even when they are unchanged.
    public var retryFailed = false
    /// Where finished originals are moved to, mirroring their folders; nil leaves them in the inbox.
    public var moveDone: URL?
    public var fingerprint: PipelineFingerprint

    public init(inbox: URL, output: URL, fingerprint: PipelineFingerprint) {
        self.inbox = inbox
        self.output = output
        self.fingerprint = fingerprint
    }
}

/// Converts what is new or changed in an inbox into a mirrored output folder and records every document in the
/// ledger. Cancel the task that runs it to stop after the pages in flight.
public struct BatchRunner: Sendable {
    public var options: BatchOptions
    public var converter: Converter
    public var logger: Logger
    /// Receives the conversion's events, e.g. for a progress bar.
    public var progress: (@Sendable (ConvertEvent) -> Void)?

    public init(options: BatchOptions, converter: Converter, logger: Logger,
                progress: (@Sendable (ConvertEvent) -> Void)? = nil) {
        self.options = options
        self.converter = converter
        self.logger = logger
        self.progress = progress
    }

    /// Output names that a document may not take at the top of the output folder.
    static let reservedNames: Set<String> = ["report"]

    public func run() async throws -> BatchReport {
        let started = Date()
        let folders = try checkFolders()
        let lock = try RunLock(url: RunLock.location(in: folders.output))
        defer { withExtendedLifetime(lock) {} }
        let ledger = try Ledger(url: Ledger.location(in: folders.output))
        let crashed = try ledger.markCrashedRuns()
        let runID = Self.runID(started)
        var run = RunRecord(id: runID, startedAt: started, pid: getpid(), fingerprint: options.fingerprint.value)
        try ledger.save(run)
        var log = logger
        log[metadataKey: "run"] = "\(runID)"
        log.info("batch started", metadata: [
            "inbox": "\(folders.inbox.path)", "output": "\(folders.output.path)",
            "pipeline": "\(options.fingerprint.description)",
        ])
        if !crashed.isEmpty {
            log.warning("earlier runs ended without finishing; their unfinished documents are redone",
                        metadata: ["runs": .array(crashed.map { "\($0)" })])
        }
        let removed = Self.removeLeftovers(in: folders.output)
        if removed > 0 {
            log.info("removed temporary files of an interrupted run", metadata: ["files": .stringConvertible(removed)])
        }

        var report = BatchReport(runID: runID, version: RenskriftVersion.current, state: .finished, startedAt: started,
                                 finishedAt: started, seconds: 0, inbox: folders.inbox.path,
                                 output: folders.output.path, fingerprint: options.fingerprint.description)
        let items = InboxScanner(root: folders.inbox, settle: options.settle).scan()
        var plan = try makePlan(items, ledger: ledger, report: &report, log: log)
        let mover = options.moveDone.map { OriginalMover(inbox: folders.inbox, destination: $0) }
        if let mover {
            // Converted by an earlier run that stopped before moving them.
            for (entry, url) in plan.upToDateToMove {
                moveOriginal(entry, url: url, mover: mover, ledger: ledger, report: &report, log: log)
            }
        }
        log.info("inbox scanned", metadata: [
            "files": .stringConvertible(items.count), "toConvert": .stringConvertible(plan.work.count),
            "upToDate": .stringConvertible(report.counts.upToDate), "waiting": .stringConvertible(report.counts.waiting),
            "knownFailures": .stringConvertible(report.counts.knownFailures),
        ])

        let state = RunState(ledger: ledger, output: folders.output, runID: runID,
                             fingerprint: options.fingerprint.value, formats: options.formats, log: log, mover: mover,
                             work: plan.work)
        plan.work = []
        let clock = PageClock()
        let convertStart = Date()
        let progress = self.progress
        let formats = options.formats
        let output = folders.output
        // Stopped before any page: leave everything to the next run rather than start the converter.
        let works = Task.isCancelled ? [:] : await state.workByPath
        await converter.convert(
            works.values.sorted { $0.entry.path < $1.entry.path }
                .map { InputFile(url: $0.url, name: $0.entry.outputName) },
            events: { event in
                if case .pageDone = event { clock.tick() }
                progress?(event)
            },
            sink: { file, result in
                switch result {
                case .failure(let error):
                    await state.failed(file.url.path, error: error)
                    return []
                case .success(let document):
                    // Render every format before writing any, so that a format that cannot be made leaves the
                    // earlier outputs as they were rather than half replaced.
                    var rendered: [(url: URL, data: Data)] = []
                    do {
                        for format in formats {
                            rendered.append((output.appendingPathComponent("\(file.name).\(format.fileExtension)"),
                                             try format.render(document)))
                        }
                    } catch {
                        let wrapped = (error as? RenskriftError)
                            ?? .corrupt(path: file.url.path, reason: "cannot render: \(error.localizedDescription)")
                        await state.failed(file.url.path, error: wrapped)
                        throw wrapped
                    }
                    do {
                        for (url, data) in rendered { try AtomicFile.write(data, to: url) }
                    } catch {
                        var wrapped = RenskriftError.writeFailed(path: file.url.path,
                                                                 reason: error.localizedDescription)
                        if let e = error as? RenskriftError, case .writeFailed = e { wrapped = e }
                        await state.failed(file.url.path, error: wrapped)
                        throw wrapped
                    }
                    await state.written(file.url.path, provenance: document.provenance)
                    return rendered.map(\.url.path)
                }
            },
            done: { summary in
                await state.done(summary)
            })
        let convertSeconds = Date().timeIntervalSince(convertStart)
        let interrupted = Task.isCancelled
        await state.closeUnfinished(interrupted: interrupted)

        let outcome = await state.outcome
        report.converted = outcome.converted.sorted { $0.path < $1.path }
        report.failures += outcome.failures
        report.failures.sort { $0.path < $1.path }
        report.interrupted = outcome.interrupted.sorted()
        report.warnings += outcome.warnings
        report.counts.converted = outcome.converted.count
        report.counts.failed += outcome.failures.count
        report.counts.interrupted = outcome.interrupted.count
        report.counts.moved += outcome.converted.filter { $0.movedTo != nil }.count
        report.pages = outcome.converted.reduce(0) { $0 + $1.pages }
        report.pagesPerMinute = convertSeconds > 0 ? Double(report.pages) / convertSeconds * 60 : 0
        report.throughput = BatchReport.throughput(pageTimes: clock.times(since: convertStart),
                                                   duration: convertSeconds)
        report.rankForReview()
        report.state = interrupted ? .interrupted : .finished
        report.finishedAt = Date()
        report.seconds = report.finishedAt.timeIntervalSince(started)

        let reportPath = ".renskrift/reports/\(runID).json"
        do {
            try AtomicFile.write(try report.json(), to: folders.output.appendingPathComponent(reportPath))
            try AtomicFile.write(Data(ReportPage.render(report).utf8),
                                 to: folders.output.appendingPathComponent(".renskrift/reports/\(runID).html"))
        } catch {
            throw BatchError.writeFailed(path: folders.output.appendingPathComponent(reportPath).path,
                                         reason: error.localizedDescription)
        }
        run.finishedAt = report.finishedAt
        run.state = interrupted ? .interrupted : .finished
        run.converted = report.counts.converted
        run.failed = report.counts.failed
        run.upToDate = report.counts.upToDate
        run.waiting = report.counts.waiting
        run.pages = report.pages
        run.seconds = report.seconds
        run.pagesPerMinute = report.pagesPerMinute
        run.report = reportPath
        try ledger.save(run)
        do {
            try AtomicFile.write(Data(ReportPage.index(latest: report, runs: try ledger.runs()).utf8),
                                 to: folders.output.appendingPathComponent("report.html"))
        } catch let error as BatchError {
            throw error
        } catch {
            throw BatchError.writeFailed(path: folders.output.appendingPathComponent("report.html").path,
                                         reason: error.localizedDescription)
        }
        log.info("batch \(report.state.rawValue)", metadata: [
            "converted": .stringConvertible(report.counts.converted),
            "failed": .stringConvertible(report.counts.failed),
            "knownFailures": .stringConvertible(report.counts.knownFailures),
            "upToDate": .stringConvertible(report.counts.upToDate),
            "waiting": .stringConvertible(report.counts.waiting),
            "interrupted": .stringConvertible(report.counts.interrupted),
            "pages": .stringConvertible(report.pages),
            "pagesPerMinute": .stringConvertible(Self.round1(report.pagesPerMinute)),
            "seconds": .stringConvertible(Self.round1(report.seconds)),
            "report": "\(folders.output.appendingPathComponent(".renskrift/reports/\(runID).html").path)",
        ])
        return report
    }

    // MARK: - Folders

    struct Folders {
        var inbox: URL
        var output: URL
    }

    /// Resolves the folders and refuses layouts where the inbox walk would meet the outputs (or the reverse).
    func checkFolders() throws -> Folders {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: options.inbox.path, isDirectory: &isDir), isDir.boolValue,
              let inbox = Self.realPath(options.inbox)
        else { throw BatchError.inboxMissing(path: options.inbox.path) }
        do {
            try FileManager.default.createDirectory(at: options.output, withIntermediateDirectories: true)
            if let move = options.moveDone {
                try FileManager.default.createDirectory(at: move, withIntermediateDirectories: true)
            }
        } catch {
            throw BatchError.writeFailed(path: options.output.path, reason: error.localizedDescription)
        }
        guard let output = Self.realPath(options.output) else {
            throw BatchError.writeFailed(path: options.output.path, reason: "cannot resolve the folder")
        }
        if Self.isInside(output, inbox) || Self.isInside(inbox, output) {
            throw BatchError.nestedFolder(what: "output", path: output.path, inbox: inbox.path)
        }
        if let move = options.moveDone, let real = Self.realPath(move),
           Self.isInside(real, inbox) || Self.isInside(inbox, real) {
            throw BatchError.nestedFolder(what: "--move-done", path: real.path, inbox: inbox.path)
        }
        return Folders(inbox: inbox, output: output)
    }

    static func realPath(_ url: URL) -> URL? {
        guard let p = realpath(url.path, nil) else { return nil }
        defer { free(p) }
        return URL(fileURLWithPath: String(cString: p), isDirectory: true)
    }

    /// True when `a` is `b` or lies below it.
    static func isInside(_ a: URL, _ b: URL) -> Bool {
        a.path == b.path || a.path.hasPrefix(b.path.hasSuffix("/") ? b.path : b.path + "/")
    }

    /// Removes AtomicFile's temporary files anywhere in the output tree; returns how many there were.
    static func removeLeftovers(in output: URL) -> Int {
        var dirs = [output]
        var count = 0
        if let walker = FileManager.default.enumerator(at: output, includingPropertiesForKeys: [.isDirectoryKey]) {
            for case let url as URL in walker {
                if (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true { dirs.append(url) }
                else if url.lastPathComponent.contains(AtomicFile.temporaryMarker) { count += 1 }
            }
        }
        for dir in dirs { AtomicFile.removeLeftovers(in: dir) }
        return count
    }

    static func runID(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyyMMdd-HHmmss"
        return f.string(from: date) + "-" + String(UInt16.random(in: 0...UInt16.max), radix: 16)
    }

    static func round1(_ x: Double) -> Double { (x * 10).rounded() / 10 }

    // MARK: - Planning

    /// A document to convert this run.
    struct Work: Sendable {
        var entry: LedgerEntry
        var url: URL
        var why: String
    }

    struct Plan {
        var work: [Work] = []
        var upToDateToMove: [(entry: LedgerEntry, url: URL)] = []
    }

    /// Compares the scan with the ledger: what to convert, what is up to date, what failed before and is unchanged.
    /// Records the run's rejections and the documents about to be converted (as running) in one transaction.
    func makePlan(_ items: [InboxItem], ledger: Ledger, report: inout BatchReport, log: Logger) throws -> Plan {
        var known: [String: LedgerEntry] = [:]
        for e in try ledger.entries() { known[e.path] = e }
        var plan = Plan()
        var toSave: [LedgerEntry] = []
        var seen = Set<String>()
        report.counts.seen = items.count
        let now = Date()

        func reject(_ path: String, _ r: Rejection, stamp: FileStamp?) {
            let old = known[path]
            if let old, old.status == .failed, old.identity == r.identity, !options.retryFailed {
                report.counts.knownFailures += 1
                report.failures.append(.init(path: path, kind: old.failureKind ?? r.kind, reason: old.reason ?? r.reason,
                                             new: false))
                return
            }
            var e = old ?? LedgerEntry(path: path, outputName: "",
                                       stamp: stamp ?? FileStamp(size: 0, mtime: 0, ctime: 0, inode: 0))
            if let stamp { e.stamp = stamp }
            // Outputs of an earlier good version stay (a permission slip must not cost the archive its text);
            // they remain listed, so they are replaced or removed with the document.
            e.outputs = e.outputs.filter { existsInOutput($0) }
            e.identity = r.identity
            e.status = .failed
            e.failureKind = r.kind
            e.reason = r.reason
            e.attempts += 1
            e.runID = report.runID
            e.startedAt = now
            e.finishedAt = now
            e.pages = nil; e.words = nil; e.corrections = nil; e.meanConfidence = nil; e.seconds = nil
            toSave.append(e)
            report.counts.failed += 1
            report.failures.append(.init(path: path, kind: r.kind, reason: r.reason, new: true))
            log.warning("document failed", metadata: ["path": "\(path)", "kind": "\(r.kind)", "reason": "\(r.reason)"])
        }

        var scannedAll = true
        for item in items {
            // A stop while hashing a large inbox: leave the rest for the next run, and judge nothing as gone.
            if Task.isCancelled {
                scannedAll = false
                break
            }
            seen.insert(item.path)
            let old = known[item.path]
            switch item.kind {
            case .waiting(let age):
                report.counts.waiting += 1
                report.waiting.append(item.path)
                log.info("still being written; left for a later run",
                         metadata: ["path": "\(item.path)", "age": .stringConvertible(Self.round1(age))])
            case .rejected(let r, let stamp):
                reject(item.path, r, stamp: stamp)
            case .file(let stamp):
                let identity: String
                if let old, old.stamp == stamp, let id = old.identity, Self.isContentHash(id) {
                    identity = id
                } else {
                    do {
                        identity = try SHA256.hex(fileAt: item.url)
                    } catch {
                        reject(item.path, Rejection(kind: "unreadable",
                                                    reason: "cannot be read (\(error.localizedDescription))",
                                                    identity: "unreadable:read"), stamp: stamp)
                        continue
                    }
                    // Changed while being hashed: somebody is still writing it.
                    if FileProbe.probe(item.url.path).stamp != stamp {
                        report.counts.waiting += 1
                        report.waiting.append(item.path)
                        log.info("changed while being read; left for a later run", metadata: ["path": "\(item.path)"])
                        continue
                    }
                }
                let why: String?
                if let old {
                    if old.identity != identity {
                        why = old.status == .failed ? "changed since it failed" : "changed"
                    } else {
                        switch old.status {
                        case .running, .interrupted:
                            why = "unfinished in an earlier run"
                        case .failed:
                            why = options.retryFailed ? "retry" : nil
                        case .done:
                            if old.fingerprint != options.fingerprint.value {
                                why = "pipeline changed"
                            } else if !Set(options.formats.map(\.rawValue))
                                .isSubset(of: Set(old.formats.split(separator: ",").map(String.init))) {
                                why = "new output formats"
                            } else if !old.outputs.allSatisfy(existsInOutput) {
                                why = "outputs missing"
                            } else {
                                why = nil
                            }
                        }
                    }
                } else {
                    why = "new"
                }
                if why == nil, var e = old {
                    if e.stamp != stamp {
                        // Touched but not changed: keep the new stamp so the next run need not hash it again.
                        e.stamp = stamp
                        toSave.append(e)
                    }
                    if e.status == .failed {
                        report.counts.knownFailures += 1
                        report.failures.append(.init(path: item.path, kind: e.failureKind ?? "failed",
                                                     reason: e.reason ?? "failed", new: false))
                    } else {
                        report.counts.upToDate += 1
                        plan.upToDateToMove.append((e, item.url))
                    }
                    continue
                }
                var e = old ?? LedgerEntry(path: item.path, outputName: "", stamp: stamp)
                e.stamp = stamp
                e.identity = identity
                e.status = .running
                e.failureKind = nil
                e.reason = nil
                e.attempts += 1
                e.runID = report.runID
                e.startedAt = now
                e.finishedAt = nil
                e.movedTo = nil
                plan.work.append(Work(entry: e, url: item.url, why: why ?? "new"))
            }
        }

        // Give new documents stable output names that no other document holds.
        var taken = Set(known.values.map(\.outputName).filter { !$0.isEmpty })
        for name in Self.reservedNames { taken.insert(name) }
        for i in plan.work.indices where plan.work[i].entry.outputName.isEmpty {
            let name = Self.outputName(for: plan.work[i].entry.path, taken: taken)
            taken.insert(name)
            plan.work[i].entry.outputName = name
        }
        for i in plan.work.indices {
            let planned = options.formats.map { "\(plan.work[i].entry.outputName).\($0.fileExtension)" }
            // Every file this document may leave behind stays listed until it is removed or confirmed.
            var outputs = plan.work[i].entry.outputs
            for p in planned where !outputs.contains(p) { outputs.append(p) }
            plan.work[i].entry.outputs = outputs
            toSave.append(plan.work[i].entry)
        }

        // Documents no longer in the inbox: finished ones keep their outputs (the archive, or moved originals);
        // unfinished ones leave no orphans behind.
        var gone: [String] = []
        for (path, e) in known where scannedAll && !seen.contains(path) && e.status != .done {
            removeOutputs(e.outputs)
            gone.append(path)
            if e.status != .failed { report.counts.dropped += 1 }
        }
        try ledger.save(toSave)
        try ledger.delete(paths: gone)
        return plan
    }

    static func isContentHash(_ s: String) -> Bool {
        s.count == 64 && s.allSatisfy { $0.isHexDigit }
    }

    /// "a/b/protokoll.pdf" → "a/b/protokoll", or "a/b/protokoll-2" when that is taken.
    static func outputName(for path: String, taken: Set<String>) -> String {
        let url = URL(fileURLWithPath: path)
        var stem = url.deletingPathExtension().lastPathComponent
        if stem.isEmpty { stem = url.lastPathComponent }
        let folder = (path as NSString).deletingLastPathComponent
        let base = folder.isEmpty ? stem : folder + "/" + stem
        if !taken.contains(base) { return base }
        var n = 2
        while taken.contains("\(base)-\(n)") { n += 1 }
        return "\(base)-\(n)"
    }

    func existsInOutput(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: options.output.appendingPathComponent(relative).path)
    }

    func removeOutputs(_ outputs: [String]) {
        for rel in outputs {
            try? FileManager.default.removeItem(at: options.output.appendingPathComponent(rel))
        }
    }

    func moveOriginal(_ entry: LedgerEntry, url: URL, mover: OriginalMover, ledger: Ledger, report: inout BatchReport,
                      log: Logger) {
        do {
            let dest = try mover.move(entry.path, from: url, expected: entry.stamp)
            var e = entry
            e.movedTo = dest.path
            try ledger.save(e)
            report.counts.moved += 1
            log.info("original moved", metadata: ["path": "\(entry.path)", "to": "\(dest.path)"])
        } catch {
            let text = "\(entry.path): not moved: \(error.localizedDescription)"
            report.warnings.append(text)
            log.warning("original not moved",
                        metadata: ["path": "\(entry.path)", "reason": "\(error.localizedDescription)"])
        }
    }
}

/// Moves finished originals out of the inbox for --move-done, never over an existing file.
struct OriginalMover: Sendable {
    var inbox: URL
    var destination: URL

    enum MoveError: LocalizedError {
        case changed
        var errorDescription: String? { "the file changed after it was read; left in the inbox for the next run" }
    }

    func move(_ relative: String, from url: URL, expected: FileStamp) throws -> URL {
        // Only the version that was converted may leave the inbox.
        guard let now = FileProbe.probe(url.path).stamp, now.size == expected.size, now.mtime == expected.mtime else {
            throw MoveError.changed
        }
        var dest = destination.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: dest.deletingLastPathComponent(), withIntermediateDirectories: true)
        let ext = dest.pathExtension
        let stem = dest.deletingPathExtension().lastPathComponent
        var n = 2
        // fileExists follows links, so a dangling link at the destination needs its own check.
        while FileManager.default.fileExists(atPath: dest.path)
            || (try? FileManager.default.destinationOfSymbolicLink(atPath: dest.path)) != nil {
            let name = ext.isEmpty ? "\(stem)-\(n)" : "\(stem)-\(n).\(ext)"
            dest = dest.deletingLastPathComponent().appendingPathComponent(name)
            n += 1
        }
        try FileManager.default.moveItem(at: url, to: dest)
        return dest
    }
}

/// Page completion times, from the workers' event callbacks.
final class PageClock: @unchecked Sendable {
    private let lock = NSLock()
    private var stamps: [Date] = []

    func tick() { lock.withLock { stamps.append(Date()) } }

    func times(since start: Date) -> [Double] {
        lock.withLock { stamps.map { $0.timeIntervalSince(start) } }
    }
}

/// The documents of one run while they convert: ledger updates, outputs and the report's rows.
actor RunState {
    struct Outcome {
        var converted: [BatchReport.DocumentRow] = []
        var failures: [BatchReport.FailureRow] = []
        var interrupted: [String] = []
        var warnings: [String] = []
    }

    private let ledger: Ledger
    private let output: URL
    private let runID: String
    private let fingerprint: String
    private let formats: [OutputFormat]
    private let log: Logger
    private let mover: OriginalMover?
    /// Keyed by the absolute path the converter sees.
    private(set) var workByPath: [String: BatchRunner.Work] = [:]
    private var provenance: [String: Provenance] = [:]
    private var finished = Set<String>()
    private(set) var outcome = Outcome()

    init(ledger: Ledger, output: URL, runID: String, fingerprint: String, formats: [OutputFormat], log: Logger,
         mover: OriginalMover?, work: [BatchRunner.Work]) {
        self.ledger = ledger
        self.output = output
        self.runID = runID
        self.fingerprint = fingerprint
        self.formats = formats
        self.log = log
        self.mover = mover
        for w in work { workByPath[w.url.path] = w }
    }

    func written(_ path: String, provenance p: Provenance) {
        provenance[path] = p
    }

    /// Every output is renamed into place by now, so the document can be recorded as done.
    func done(_ s: DocumentSummary) {
        guard var work = workByPath[s.path], !finished.contains(s.path) else { return }
        finished.insert(s.path)
        var e = work.entry
        let outputs = formats.map { "\(e.outputName).\($0.fileExtension)" }
        for stale in e.outputs where !outputs.contains(stale) {
            try? FileManager.default.removeItem(at: output.appendingPathComponent(stale))
        }
        e.outputs = outputs
        e.formats = formats.map(\.rawValue).joined(separator: ",")
        e.status = .done
        e.fingerprint = fingerprint
        e.pages = s.pages
        e.words = s.words
        e.corrections = s.corrections
        e.meanConfidence = s.meanConfidence
        e.seconds = s.seconds
        e.finishedAt = Date()
        e.model = provenance[s.path]?.model
        e.rules = provenance[s.path]?.rules
        do {
            try ledger.save(e)
        } catch {
            // The outputs are fine; without the record the next run simply converts it again.
            outcome.warnings.append("\(e.path): done but not recorded: \(error.localizedDescription)")
            log.error("ledger write failed", metadata: ["path": "\(e.path)", "reason": "\(error.localizedDescription)"])
            return
        }
        var row = BatchReport.DocumentRow(path: e.path, why: work.why, outputs: outputs, pages: s.pages, words: s.words,
                                          corrections: s.corrections, meanConfidence: s.meanConfidence,
                                          seconds: s.seconds)
        var metadata: Logger.Metadata = [
            "path": "\(e.path)", "pages": .stringConvertible(s.pages), "words": .stringConvertible(s.words),
            "corrections": .stringConvertible(s.corrections), "seconds": .stringConvertible(BatchRunner.round1(s.seconds)),
            "why": "\(work.why)",
        ]
        if let c = s.meanConfidence { metadata["confidence"] = .stringConvertible(BatchRunner.round1(c)) }
        log.info("document done", metadata: metadata)
        if let mover {
            do {
                let dest = try mover.move(e.path, from: work.url, expected: e.stamp)
                e.movedTo = dest.path
                try? ledger.save(e)
                row.movedTo = dest.path
            } catch {
                outcome.warnings.append("\(e.path): not moved: \(error.localizedDescription)")
                log.warning("original not moved",
                            metadata: ["path": "\(e.path)", "reason": "\(error.localizedDescription)"])
            }
        }
        work.entry = e
        workByPath[s.path] = work
        outcome.converted.append(row)
    }

    func failed(_ path: String, error: RenskriftError) {
        guard let work = workByPath[path], !finished.contains(path) else { return }
        finished.insert(path)
        var e = work.entry
        if case .writeFailed = error {
            // Some formats may be new and some old: none of them can be trusted.
            for rel in e.outputs { try? FileManager.default.removeItem(at: output.appendingPathComponent(rel)) }
        }
        // Otherwise an earlier good version's outputs stay, listed, until the document is redone or leaves.
        e.outputs = e.outputs.filter { FileManager.default.fileExists(atPath: output.appendingPathComponent($0).path) }
        e.status = .failed
        e.failureKind = Self.kind(of: error)
        e.reason = error.reason
        e.finishedAt = Date()
        e.pages = nil; e.words = nil; e.corrections = nil; e.meanConfidence = nil; e.seconds = nil
        do { try ledger.save(e) } catch {
            log.error("ledger write failed", metadata: ["path": "\(e.path)", "reason": "\(error.localizedDescription)"])
        }
        outcome.failures.append(.init(path: e.path, kind: e.failureKind ?? "failed", reason: error.reason, new: true))
        log.warning("document failed", metadata: ["path": "\(e.path)", "kind": "\(e.failureKind ?? "")",
                                                  "reason": "\(error.reason)"])
    }

    /// After the conversion returns: documents a signal stopped are marked interrupted for the next run.
    func closeUnfinished(interrupted: Bool) {
        for (path, work) in workByPath where !finished.contains(path) {
            if interrupted {
                var e = work.entry
                e.status = .interrupted
                e.finishedAt = Date()
                try? ledger.save(e)
                outcome.interrupted.append(e.path)
            } else {
                // Every document reaches the sink unless stopped; this guards the ledger against a silent loss.
                failed(path, error: .ocrFailed(path: path, page: 0, reason: "the pipeline returned no result"))
            }
        }
    }

    static func kind(of error: RenskriftError) -> String {
        switch error {
        case .notFound: return "missing"
        case .unreadable: return "unreadable"
        case .emptyFile: return "empty"
        case .unsupportedFormat: return "unsupported"
        case .corrupt: return "corrupt"
        case .encryptedPDF: return "encrypted"
        case .imageTooLarge: return "too-large"
        case .ocrFailed: return "ocr"
        case .writeFailed: return "write"
        case .languageDataMissing, .modelMissing, .invalidModel, .invalidRules, .invalidArgument: return "setup"
        }
    }
}
