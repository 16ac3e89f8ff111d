import Foundation
import RenskriftKit
import RenskriftTestSupport
import Testing
@testable import RenskriftBatch

/// A `renskrift batch` child whose output goes to files, so it can be killed at any moment without a full pipe.
final class BatchProcess {
    let process = Process()
    private let errURL: URL

    /// `nobodyBinary`, when given, is run as user nobody (through setpriv), for permission tests as root.
    init(_ arguments: [String], nobodyBinary: URL? = nil) throws {
        errURL = FileManager.default.temporaryDirectory.appendingPathComponent("renskrift-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let binary = Fixtures.product("renskrift").path
        if let nobodyBinary {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", nobodyBinary.path] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = arguments
        }
        var env = ProcessInfo.processInfo.environment
        env["OMP_THREAD_LIMIT"] = "1"
        process.environment = env
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    deinit { try? FileManager.default.removeItem(at: errURL) }

    @discardableResult
    func wait() -> Int32 {
        process.waitUntilExit()
        return process.terminationStatus
    }

    func signal(_ sig: Int32) { kill(process.processIdentifier, sig) }

    var stderr: String { (try? String(contentsOf: errURL, encoding: .utf8)) ?? "" }
    var killedBySignal: Bool { process.terminationReason == .uncaughtSignal }
}

/// An inbox and an output folder in a fresh temporary directory.
struct BatchFolders {
    let root: URL
    let inbox: URL
    let output: URL

    init() throws {
        root = try Fixtures.temporaryDirectory("renskrift-batch")
        inbox = root.appendingPathComponent("inbox")
        output = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// Copies a fixture into the inbox under `relative`, creating folders.
    @discardableResult
    func put(_ fixture: String, as relative: String) throws -> URL {
        let url = inbox.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.copyItem(at: Fixtures.url(fixture), to: url)
        return url
    }

    func arguments(_ extra: [String] = [], settle: String = "0") -> [String] {
        ["batch", inbox.path, "--output", output.path, "--settle", settle] + extra
    }

    /// Runs a batch to its end.
    func run(_ extra: [String] = [], settle: String = "0", nobodyBinary: URL? = nil) throws
        -> (status: Int32, stderr: String)
    {
        let p = try BatchProcess(arguments(extra, settle: settle), nobodyBinary: nobodyBinary)
        let status = p.wait()
        return (status, p.stderr)
    }

    func entries() throws -> [String: LedgerEntry] {
        var out: [String: LedgerEntry] = [:]
        for e in try Ledger(url: Ledger.location(in: output), readOnly: true).entries() { out[e.path] = e }
        return out
    }

    /// The report of the latest run, found through the ledger's run table.
    func latestReport() throws -> BatchReport {
        let run = try #require(try Ledger(url: Ledger.location(in: output), readOnly: true).runs(limit: 1).first)
        let path = try #require(run.report)
        return try BatchReport.decode(try Data(contentsOf: output.appendingPathComponent(path)))
    }

    /// Every file under the output folder except the ledger folder and the report index, relative to it.
    func outputFiles(includingState: Bool = false) -> Set<String> {
        var out = Set<String>()
        let base = output.standardizedFileURL.path + "/"
        guard let walker = FileManager.default.enumerator(at: output, includingPropertiesForKeys: [.isRegularFileKey])
        else { return out }
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            var rel = url.standardizedFileURL.path
            if rel.hasPrefix(base) { rel.removeFirst(base.count) }
            if !includingState && (rel.hasPrefix(".renskrift/") || rel == "report.html") { continue }
            out.insert(rel)
        }
        return out
    }

    /// Content hashes of the inbox's regular files and the targets of its links, to prove originals untouched.
    func inboxSnapshot() throws -> [String: String] {
        var out: [String: String] = [:]
        for item in InboxScanner(root: inbox.resolvingSymlinksInPath(), settle: 0).scan() {
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: item.url.path) {
                out[item.path] = "link:" + target
            } else if case .file = item.kind {
                out[item.path] = try SHA256.hex(fileAt: item.url)
            } else {
                out[item.path] = "present"
            }
        }
        return out
    }
}

/// The expected outputs of documents given by output name.
func outputs(_ names: [String], formats: [String] = ["txt", "json"]) -> Set<String> {
    Set(names.flatMap { n in formats.map { "\(n).\($0)" } })
}

/// Waits up to `timeout` seconds for `condition`.
func poll(timeout: Double, every interval: Double = 0.01, _ condition: () -> Bool) -> Bool {
    let end = Date().addingTimeInterval(timeout)
    while Date() < end {
        if condition() { return true }
        usleep(UInt32(interval * 1_000_000))
    }
    return condition()
}

/// A PNG header claiming 40000×40000 pixels: a decompression bomb in a few bytes. Leptonica reads the size from
/// the header alone, which is all the pixel limit needs.
func hugePNG() -> Data {
    var d = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    func be32(_ v: UInt32) -> [UInt8] { [UInt8(v >> 24), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }
    d.append(contentsOf: be32(13) + Array("IHDR".utf8) + be32(40_000) + be32(40_000) + [1, 0, 0, 0, 0] + be32(0))
    d.append(contentsOf: be32(0) + Array("IEND".utf8) + be32(0))
    return d
}

@Suite(.serialized) struct BatchTests {
    @Test func convertsNewDocumentsOnceAndASecondRunDoesNothing() throws {
        let f = try BatchFolders()
        defer { f.remove() }
        try f.put("scans/dev03-text.pdf", as: "a/protokoll.pdf")
        try f.put("scans/dev03-text.pdf", as: "b/protokoll.pdf")
        try f.put("truth/dev01.txt", as: "notes.txt")
        try f.put("scans/dev04-clean.png", as: "scan.png")

        let first = try f.run()
        #expect(first.status == 0, "\(first.stderr)")
        let expected = outputs(["a/protokoll", "b/protokoll", "notes", "scan"])
        #expect(f.outputFiles() == expected)
        for name in expected where name.hasSuffix(".json") {
            let doc = try JSONWriter.decode(try Data(contentsOf: f.output.appendingPathComponent(name)))
            #expect(doc.name == String(name.dropLast(5)))
            #expect(!doc.words.isEmpty)
        }
        let r1 = try f.latestReport()
        #expect(r1.counts.converted == 4)
        #expect(r1.failures.isEmpty)
        #expect(r1.pages >= 4)
        #expect(FileManager.default.fileExists(atPath: f.output.appendingPathComponent(".renskrift/reports/\(r1.runID).html").path))
        let index = try String(contentsOf: f.output.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(index.contains(".renskrift/reports/\(r1.runID).html"))
        // Not a terminal: standard error carries one JSON object per line.
        let lines = first.stderr.split(separator: "\n")
        #expect(!lines.isEmpty)
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["message"] != nil, "\(line)")
        }
        #expect(first.stderr.contains("\"message\":\"document done\""))

        let dates = try Dictionary(uniqueKeysWithValues: expected.map {
            ($0, try FileManager.default.attributesOfItem(atPath: f.output.appendingPathComponent($0).path)[.modificationDate] as? Date)
        })
        let second = try f.run()
        #expect(second.status == 0, "\(second.stderr)")
        let r2 = try f.latestReport()
        #expect(r2.counts.converted == 0)
        #expect(r2.counts.upToDate == 4)
        #expect(r2.runID != r1.runID)
        for name in expected {
            let date = try FileManager.default.attributesOfItem(atPath: f.output.appendingPathComponent(name).path)[.modificationDate] as? Date
            #expect(date == dates[name] ?? nil, "\(name) was rewritten")
        }
        #expect(try f.entries().values.allSatisfy { $0.status == .done && $0.attempts == 1 })

        // A changed file is redone, alone.
        let notes = f.inbox.appendingPathComponent("notes.txt")
        try (try String(contentsOf: notes, encoding: .utf8) + "\nTillägg till protokollet.\n").write(to: notes, atomically: false, encoding: .utf8)
        let third = try f.run()
        #expect(third.status == 0, "\(third.stderr)")
        let r3 = try f.latestReport()
        #expect(r3.converted.map(\.path) == ["notes.txt"])
        #expect(r3.converted.first?.why == "changed")
        #expect(try String(contentsOf: f.output.appendingPathComponent("notes.txt"), encoding: .utf8).contains("Tillägg"))

        // A different pipeline (here the languages) redoes every finished document.
        let fourth = try f.run(["--lang", "swe+eng"])
        #expect(fourth.status == 0, "\(fourth.stderr)")
        let r4 = try f.latestReport()
        #expect(r4.counts.converted == 4)
        #expect(r4.converted.allSatisfy { $0.why == "pipeline changed" })
        #expect(f.outputFiles() == expected)

        let status = try Fixtures.run("renskrift", ["status", f.output.path])
        #expect(status.status == 0)
        #expect(status.stdout.contains("Documents: 4 — 4 done, 0 failed, 0 unfinished"), "\(status.stdout)")
        #expect(status.stdout.contains(r4.runID))
        let json = try Fixtures.run("renskrift", ["status", f.output.path, "--json"])
        let summary = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(summary?["documents"] as? Int == 4)
    }

    @Test func everyKindOfBadInputIsRecordedAndTheRestIsConverted() throws {
        let f = try BatchFolders()
        defer { f.remove() }
        for name in ["empty.pdf", "truncated.pdf", "encrypted.pdf", "corrupt.tif", "not-an-image.png"] {
            try f.put("bad/\(name)", as: name)
        }
        try f.put("bad-but-readable/wrong-extension.jpg", as: "wrong-extension.jpg")
        try f.put("scans/dev03-text.pdf", as: "good.pdf")
        try hugePNG().write(to: f.inbox.appendingPathComponent("huge.png"))
        try FileManager.default.createSymbolicLink(atPath: f.inbox.appendingPathComponent("outside.png").path,
                                                   withDestinationPath: Fixtures.url("scans/dev04-clean.png").path)
        try FileManager.default.createSymbolicLink(atPath: f.inbox.appendingPathComponent("dangling.pdf").path,
                                                   withDestinationPath: "no-such-file.pdf")
        #expect(mkfifo(f.inbox.appendingPathComponent("pipe.pdf").path, 0o644) == 0)
        let before = try f.inboxSnapshot()

        let first = try f.run()
        #expect(first.status == 1, "\(first.stderr)")
        let expectedKinds = [
            "empty.pdf": "empty", "truncated.pdf": "corrupt", "encrypted.pdf": "encrypted", "corrupt.tif": "corrupt",
            "not-an-image.png": "corrupt", "huge.png": "too-large", "outside.png": "link-outside",
            "dangling.pdf": "broken-link", "pipe.pdf": "special",
        ]
        let entries = try f.entries()
        for (path, kind) in expectedKinds {
            let e = try #require(entries[path], "\(path) not in the ledger")
            #expect(e.status == .failed, "\(path)")
            #expect(e.failureKind == kind, "\(path): \(e.failureKind ?? "nil")")
            #expect((e.reason ?? "").count > 10, "\(path): \(e.reason ?? "")")
        }
        #expect(entries["encrypted.pdf"]?.reason?.contains("encrypted") == true)
        #expect(entries["huge.png"]?.reason?.contains("40000×40000") == true)
        #expect(entries["outside.png"]?.reason?.contains("outside the inbox") == true)
        #expect(entries["good.pdf"]?.status == .done)
        // The content decides the format: a PNG named .jpg is read as the PNG it is.
        #expect(entries["wrong-extension.jpg"]?.status == .done)
        #expect(f.outputFiles() == outputs(["good", "wrong-extension"]))

        let r1 = try f.latestReport()
        #expect(Set(r1.failures.map(\.path)) == Set(expectedKinds.keys))
        #expect(r1.failures.allSatisfy { $0.new })
        let html = try String(contentsOf: f.output.appendingPathComponent(".renskrift/reports/\(r1.runID).html"), encoding: .utf8)
        for path in expectedKinds.keys { #expect(html.contains(path)) }
        #expect(try f.inboxSnapshot() == before, "an original was modified")

        // Unchanged failures are not retried, and do not fail the run again.
        let second = try f.run()
        #expect(second.status == 0, "\(second.stderr)")
        let r2 = try f.latestReport()
        #expect(r2.counts.failed == 0)
        #expect(r2.counts.knownFailures == expectedKinds.count)
        #expect(r2.failures.allSatisfy { !$0.new })
        #expect(try f.entries()["truncated.pdf"]?.attempts == 1)

        let retried = try f.run(["--retry-failed"])
        #expect(retried.status == 1)
        #expect(try f.latestReport().counts.failed == expectedKinds.count)
        #expect(try f.entries()["truncated.pdf"]?.attempts == 2)

        // A fixed file is tried again without being asked.
        try f.put("scans/dev03-text.pdf", as: "empty.pdf")
        let fixed = try f.run()
        #expect(fixed.status == 0, "\(fixed.stderr)")
        let r4 = try f.latestReport()
        #expect(r4.converted.map(\.path) == ["empty.pdf"])
        #expect(r4.converted.first?.why == "changed since it failed")
        #expect(f.outputFiles() == outputs(["empty", "good", "wrong-extension"]))

        // A finished document replaced by a damaged upload fails, and keeps the text of its last good version.
        let goodText = try Data(contentsOf: f.output.appendingPathComponent("good.txt"))
        try f.put("bad/truncated.pdf", as: "good.pdf")
        let broken = try f.run()
        #expect(broken.status == 1)
        #expect(try f.entries()["good.pdf"]?.status == .failed)
        #expect(try Data(contentsOf: f.output.appendingPathComponent("good.txt")) == goodText)
        #expect(f.outputFiles() == outputs(["empty", "good", "wrong-extension"]))
    }

    @Test func unreadableFilesAreRecordedAndRetriedOnceReadable() throws {
        let f = try BatchFolders()
        defer { f.remove() }
        // Root reads a mode-000 file anyway, so as root the batch runs as user nobody. The build folder may lie
        // where nobody cannot reach (a clone under /root), so nobody gets its own copy of the binary and models.
        var nobodyBinary: URL?
        if getuid() == 0 {
            try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"), "setpriv is needed to drop root")
            let bin = f.root.appendingPathComponent("bin")
            try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Fixtures.product("renskrift"), to: bin.appendingPathComponent("renskrift"))
            let models = Fixtures.root.appendingPathComponent("models")
            if FileManager.default.fileExists(atPath: models.path) {
                try FileManager.default.copyItem(at: models, to: f.root.appendingPathComponent("models"))
            }
            nobodyBinary = bin.appendingPathComponent("renskrift")
            for dir in [f.root, f.inbox] { #expect(chmod(dir.path, 0o777) == 0) }
        }
        try f.put("scans/dev03-text.pdf", as: "good.pdf")
        let locked = try f.put("scans/dev03-text.pdf", as: "locked.pdf")
        #expect(chmod(locked.path, 0) == 0)

        let first = try f.run(nobodyBinary: nobodyBinary)
        #expect(first.status == 1, "\(first.stderr)")
        let e = try #require(try f.entries()["locked.pdf"])
        #expect(e.status == .failed)
        #expect(e.failureKind == "unreadable")
        #expect(e.reason == "cannot be read (Permission denied)")
        #expect(try f.entries()["good.pdf"]?.status == .done)

        #expect(chmod(locked.path, 0o644) == 0)
        let second = try f.run(nobodyBinary: nobodyBinary)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(try f.latestReport().converted.map(\.path) == ["locked.pdf"])
        #expect(f.outputFiles() == outputs(["good", "locked"]))
    }

    @Test func filesStillBeingWrittenWaitForALaterRun() throws {
        let f = try BatchFolders()
        defer { f.remove() }
        try f.put("scans/dev03-text.pdf", as: "arriving.pdf")
        let logFile = f.root.appendingPathComponent("logs/batch.log")
        let first = try f.run(["--log", logFile.path], settle: "60")
        #expect(first.status == 0, "\(first.stderr)")
        // With --log the lines go to the file only.
        #expect(first.stderr.isEmpty, "\(first.stderr)")
        let logged = try String(contentsOf: logFile, encoding: .utf8).split(separator: "\n")
        #expect(logged.contains { $0.contains("\"message\":\"still being written; left for a later run\"") })
        #expect(logged.allSatisfy { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) is [String: Any] })
        let r1 = try f.latestReport()
        #expect(r1.waiting == ["arriving.pdf"])
        #expect(r1.counts.failed == 0)
        #expect(try f.entries().isEmpty, "a waiting file is not recorded")
        #expect(f.outputFiles().isEmpty)

        let second = try f.run(settle: "0")
        #expect(second.status == 0)
        #expect(try f.latestReport().converted.map(\.path) == ["arriving.pdf"])
    }

    @Test func aSecondRunExitsAtOnceWhileTheLockIsHeld() throws {
        let f = try BatchFolders()
        defer { f.remove() }
        try f.put("scans/dev03-text.pdf", as: "a.pdf")
        try FileManager.default.createDirectory(at: f.output, withIntermediateDirectories: true)
        var lock: RunLock? = try RunLock(url: RunLock.location(in: f.output))
        let start = Date()
        let blocked = try f.run()
        #expect(blocked.status == 3)
        #expect(Date().timeIntervalSince(start) < 15)
        let lines = blocked.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(blocked.stderr)")
        #expect(lines.first?.hasPrefix("renskrift: another batch run (pid \(getpid())") == true, "\(blocked.stderr)")
        #expect(lines.first?.contains("holds the lock on \(f.output.resolvingSymlinksInPath().path)") == true)
        #expect(f.outputFiles().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: Ledger.location(in: f.output).path))
        withExtendedLifetime(lock) {}
        lock = nil
        #expect(try f.run().status == 0)

        let nowhere = try Fixtures.run("renskrift", ["status", f.root.appendingPathComponent("none").path])
        #expect(nowhere.status == 2)
        #expect(nowhere.stderr.contains("no batch ledger here"))
    }

    @Test func moveDoneMovesOnlyFinishedOriginals() throws {
        let f = try BatchFolders()
        defer { f.remove() }
        let done = f.root.appendingPathComponent("done")
        try f.put("scans/dev03-text.pdf", as: "a/good.pdf")
        try f.put("truth/dev01.txt", as: "notes.txt")
        try f.put("bad/truncated.pdf", as: "broken.pdf")
        let before = try f.inboxSnapshot()
        let first = try f.run(["--move-done", done.path])
        #expect(first.status == 1)
        #expect(!FileManager.default.fileExists(atPath: f.inbox.appendingPathComponent("a/good.pdf").path))
        #expect(try SHA256.hex(fileAt: done.appendingPathComponent("a/good.pdf")) == before["a/good.pdf"])
        #expect(try SHA256.hex(fileAt: done.appendingPathComponent("notes.txt")) == before["notes.txt"])
        #expect(try SHA256.hex(fileAt: f.inbox.appendingPathComponent("broken.pdf")) == before["broken.pdf"])
        #expect(try f.entries()["a/good.pdf"]?.movedTo == done.appendingPathComponent("a/good.pdf").path)
        #expect(try f.latestReport().counts.moved == 2)

        let second = try f.run(["--move-done", done.path])
        #expect(second.status == 0)
        #expect(try f.latestReport().counts.converted == 0)
        // Outputs of moved originals stay: they are the archive.
        #expect(f.outputFiles() == outputs(["a/good", "notes"]))
    }

    @Test func outputInsideTheInboxIsAUsageError() throws {
        let f = try BatchFolders()
        defer { f.remove() }
        let r = try Fixtures.run("renskrift", ["batch", f.inbox.path, "--output", f.inbox.appendingPathComponent("out").path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("inside the inbox"))
    }

    /// The fault-injection test: kill -9 at two points of a run, take a document away meanwhile, then rerun.
    @Test func killNineMidBatchThenRerunLeavesCompleteOutputsAndNoLeftovers() throws {
        let f = try BatchFolders()
        defer { f.remove() }
        // Plain text is finished while planning, text-layer PDFs in a blink, scans take seconds each: with one
        // worker the run is long enough to be killed in the middle.
        var names: [String] = []
        for i in 1...2 {
            try f.put("truth/dev01.txt", as: "text/t\(i).txt")
            names.append("text/t\(i)")
        }
        for i in 1...4 {
            try f.put("scans/dev03-text.pdf", as: "pdf/p\(i).pdf")
            names.append("pdf/p\(i)")
        }
        try f.put("scans/dev04-clean.png", as: "scan/s1.png")
        try f.put("scans/dev02-p1.png", as: "scan/s2.png")
        try f.put("scans/dev04-clean.png", as: "scan/s3.png")
        names += ["scan/s1", "scan/s2", "scan/s3"]
        let args = ["--jobs", "1", "--no-repair"]

        // Kill 1: as soon as the first output is in place.
        let p1 = try BatchProcess(f.arguments(args))
        #expect(poll(timeout: 60) { !f.outputFiles().isEmpty })
        p1.signal(SIGKILL)
        p1.wait()
        #expect(p1.killedBySignal, "the run ended before it was killed")

        // Kill 2: right after the first scan's JSON appears, likely before its ledger record.
        let p2 = try BatchProcess(f.arguments(args))
        #expect(poll(timeout: 60) { f.outputFiles().contains("scan/s1.json") })
        p2.signal(SIGKILL)
        p2.wait()
        #expect(p2.killedBySignal, "the run ended before it was killed")
        let afterKills = try f.entries()
        #expect(afterKills.values.contains { $0.status != .done }, "nothing was left unfinished")

        // The narrowest window, made on purpose: an unfinished document whose JSON was renamed into place just
        // before the kill, and which then leaves the inbox. Its output must not stay behind as an orphan.
        let unfinished = try #require(afterKills.values.filter { $0.status != .done && $0.path.hasPrefix("scan/") }
            .sorted { $0.path < $1.path }.last)
        #expect(unfinished.outputs.contains(unfinished.outputName + ".json"))
        try Data("{}".utf8).write(to: f.output.appendingPathComponent(unfinished.outputName + ".json"))
        try FileManager.default.removeItem(at: f.inbox.appendingPathComponent(unfinished.path))
        names.removeAll { $0 == unfinished.outputName }
        // And a temporary file as a kill during a write leaves it.
        try Data("partial".utf8).write(to: f.output.appendingPathComponent("pdf/.p1.json\(AtomicFile.temporaryMarker)X"))

        let final = try f.run(args)
        #expect(final.status == 0, "\(final.stderr)")
        #expect(f.outputFiles() == outputs(names), "orphaned or missing outputs")
        #expect(!f.outputFiles(includingState: true).contains { $0.contains(AtomicFile.temporaryMarker) })
        for name in names {
            let text = try String(contentsOf: f.output.appendingPathComponent(name + ".txt"), encoding: .utf8)
            #expect(!text.isEmpty, "\(name).txt is empty")
            let doc = try JSONWriter.decode(try Data(contentsOf: f.output.appendingPathComponent(name + ".json")))
            #expect(doc.name == name)
        }
        let entries = try f.entries()
        #expect(entries.count == names.count)
        #expect(entries.values.allSatisfy { $0.status == .done })
        let runs = try Ledger(url: Ledger.location(in: f.output), readOnly: true).runs()
        #expect(runs.map(\.state) == [.finished, .crashed, .crashed])
        // And once more: nothing left to do.
        #expect(try f.run(args).status == 0)
        #expect(try f.latestReport().counts.converted == 0)
    }

    @Test func sigtermStopsAfterThePagesInFlightAndRecordsState() throws {
        let f = try BatchFolders()
        defer { f.remove() }
        let names = (1...6).map { "s\($0)" }
        for (i, name) in names.enumerated() {
            try f.put(i % 2 == 0 ? "scans/dev04-clean.png" : "scans/dev02-p1.png", as: name + ".png")
        }
        let args = ["--jobs", "1", "--no-repair"]
        let p = try BatchProcess(f.arguments(args))
        #expect(poll(timeout: 60) { f.outputFiles().contains("s1.json") })
        // A real second run meanwhile, as cron would start one: it must not wait or touch anything.
        let overlap = try f.run(args)
        #expect(overlap.status == 3, "\(overlap.stderr)")
        #expect(overlap.stderr.contains("holds the lock"))
        let busy = try Fixtures.run("renskrift", ["status", f.output.path])
        #expect(busy.stdout.contains("A batch run is going on now (pid \(p.process.processIdentifier)"), "\(busy.stdout)")
        p.signal(SIGTERM)
        let status = p.wait()
        #expect(status == 130, "\(p.stderr)")
        #expect(!p.killedBySignal)
        let report = try f.latestReport()
        #expect(report.state == .interrupted)
        #expect(report.counts.converted >= 1)
        #expect(!report.interrupted.isEmpty)
        #expect(report.counts.converted + report.counts.interrupted == names.count)
        let entries = try f.entries()
        for path in report.interrupted { #expect(entries[path]?.status == .interrupted) }
        #expect(p.stderr.contains("\"message\":\"batch interrupted\""))
        #expect(try Ledger(url: Ledger.location(in: f.output), readOnly: true).runs(limit: 1).first?.state == .interrupted)

        let rerun = try f.run(args)
        #expect(rerun.status == 0)
        let r2 = try f.latestReport()
        #expect(Set(r2.converted.map(\.path)) == Set(report.interrupted))
        #expect(r2.converted.allSatisfy { $0.why == "unfinished in an earlier run" })
        #expect(f.outputFiles() == outputs(names))
    }
}
