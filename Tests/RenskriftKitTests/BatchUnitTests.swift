import Foundation
import RenskriftKit
import RenskriftTestSupport
import Testing
@testable import RenskriftBatch

@Suite struct BatchUnitTests {
    @Test func sha256MatchesTheStandardVectors() {
        #expect(SHA256.hex(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        // A million 'a's fed in uneven pieces: exercises the partial-block path and the length counter.
        var h = SHA256()
        var fed = 0
        var piece = 1
        while fed < 1_000_000 {
            let n = min(piece, 1_000_000 - fed)
            h.update(Data(repeating: 0x61, count: n))
            fed += n
            piece = piece * 3 % 9973 + 1
        }
        #expect(h.hexDigest() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func fileHashEqualsDataHash() throws {
        let url = Fixtures.url("scans/dev03-text.pdf")
        #expect(try SHA256.hex(fileAt: url) == SHA256.hex(try Data(contentsOf: url)))
    }

    private func scanner(settle: Double = 5) -> InboxScanner {
        InboxScanner(root: URL(fileURLWithPath: "/srv/inbox"), settle: settle, now: Date(timeIntervalSince1970: 1_000_000))
    }

    private func stamp(mtime: Double) -> FileStamp {
        FileStamp(size: 10, mtime: mtime, ctime: mtime, inode: 7)
    }

    @Test func classificationRejectsWhatCannotBeRead() throws {
        let s = scanner()
        // Root reads everything, so the end-to-end test cannot always make this; the probe's errno is enough here.
        let unreadable = s.classify(FileProbe(type: .regular, stamp: stamp(mtime: 0), mode: 0, owner: 1000,
                                              openError: EACCES))
        guard case .rejected(let r, _)? = unreadable else { Issue.record("not rejected: \(String(describing: unreadable))"); return }
        #expect(r.kind == "unreadable")
        #expect(r.reason == "cannot be read (Permission denied)")
        // Fixing the permissions changes the identity, so the file is tried again.
        let fixed = s.classify(FileProbe(type: .regular, stamp: stamp(mtime: 0), mode: 0o644, owner: 1000, openError: EACCES))
        guard case .rejected(let r2, _)? = fixed else { Issue.record("not rejected"); return }
        #expect(r2.identity != r.identity)

        let fifo = s.classify(FileProbe(type: .fifo, stamp: stamp(mtime: 0)))
        guard case .rejected(let rf, _)? = fifo else { Issue.record("fifo not rejected"); return }
        #expect(rf.kind == "special")
    }

    @Test func classificationDoesNotFollowLinksOutOfTheInbox() {
        let s = scanner()
        let outside = s.classify(FileProbe(isSymlink: true, linkTarget: "../secret.pdf", resolvedPath: "/srv/secret.pdf",
                                           type: .regular, stamp: stamp(mtime: 0)))
        guard case .rejected(let r, _)? = outside else { Issue.record("outside link accepted"); return }
        #expect(r.kind == "link-outside")
        #expect(r.reason.contains("/srv/secret.pdf"))
        // A sibling folder whose name starts like the inbox's is still outside.
        let sibling = s.classify(FileProbe(isSymlink: true, linkTarget: "x", resolvedPath: "/srv/inbox2/a.pdf",
                                           type: .regular, stamp: stamp(mtime: 0)))
        guard case .rejected(let rs, _)? = sibling else { Issue.record("sibling link accepted"); return }
        #expect(rs.kind == "link-outside")

        let dangling = s.classify(FileProbe(isSymlink: true, linkTarget: "gone.pdf"))
        guard case .rejected(let rd, _)? = dangling else { Issue.record("dangling link accepted"); return }
        #expect(rd.kind == "broken-link")

        let inside = s.classify(FileProbe(isSymlink: true, linkTarget: "a/b.pdf", resolvedPath: "/srv/inbox/a/b.pdf",
                                          type: .regular, stamp: stamp(mtime: 0)))
        #expect(inside == .file(stamp(mtime: 0)))
        // Folders inside are walked anyway; a link to one would only give duplicates.
        let folder = s.classify(FileProbe(isSymlink: true, linkTarget: "a", resolvedPath: "/srv/inbox/a",
                                          type: .directory, stamp: stamp(mtime: 0)))
        #expect(folder == nil)
    }

    @Test func recentlyModifiedFilesWaitUntilTheySettle() {
        let s = scanner(settle: 5)
        #expect(s.classify(FileProbe(type: .regular, stamp: stamp(mtime: 1_000_000 - 2))) == .waiting(age: 2))
        #expect(s.classify(FileProbe(type: .regular, stamp: stamp(mtime: 1_000_000 - 6))) == .file(stamp(mtime: 1_000_000 - 6)))
        #expect(scanner(settle: 0).classify(FileProbe(type: .regular, stamp: stamp(mtime: 1_000_000))) == .file(stamp(mtime: 1_000_000)))
    }

    @Test func outputNamesMirrorFoldersAndNeverCollide() {
        #expect(BatchRunner.outputName(for: "a/protokoll.pdf", taken: []) == "a/protokoll")
        #expect(BatchRunner.outputName(for: "b/protokoll.pdf", taken: ["a/protokoll"]) == "b/protokoll")
        #expect(BatchRunner.outputName(for: "a/protokoll.png", taken: ["a/protokoll"]) == "a/protokoll-2")
        #expect(BatchRunner.outputName(for: "a/protokoll.tif", taken: ["a/protokoll", "a/protokoll-2"]) == "a/protokoll-3")
        #expect(BatchRunner.outputName(for: "report.pdf", taken: BatchRunner.reservedNames) == "report-2")
        #expect(BatchRunner.outputName(for: "README", taken: []) == "README")
    }

    @Test func fingerprintChangesWithModelsLanguageAndVersionParts() throws {
        let dir = try Fixtures.temporaryDirectory("renskrift-models")
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("weights v1".utf8).write(to: dir.appendingPathComponent("repair.bin"))
        let options = ConvertOptions()
        let a = PipelineFingerprint(options: options, repair: true, modelsDirectory: dir)
        #expect(a == PipelineFingerprint(options: options, repair: true, modelsDirectory: dir))
        try Data("weights v2".utf8).write(to: dir.appendingPathComponent("repair.bin"))
        let b = PipelineFingerprint(options: options, repair: true, modelsDirectory: dir)
        #expect(a.value != b.value)
        // the folder's notes change no output
        try Data("# Notes".utf8).write(to: dir.appendingPathComponent("README.md"))
        #expect(PipelineFingerprint(options: options, repair: true, modelsDirectory: dir).value == b.value)
        try FileManager.default.moveItem(at: dir.appendingPathComponent("repair.bin"), to: dir.appendingPathComponent("other.bin"))
        #expect(PipelineFingerprint(options: options, repair: true, modelsDirectory: dir).value != b.value)
        var eng = options
        eng.languages = "swe+eng"
        #expect(PipelineFingerprint(options: eng, repair: true, modelsDirectory: dir).value != b.value)
        var global = options
        global.preprocessor.adaptiveThreshold = false
        #expect(PipelineFingerprint(options: global, repair: true, modelsDirectory: dir).value != b.value)
        #expect(PipelineFingerprint(options: options, repair: false, modelsDirectory: dir).value
            != PipelineFingerprint(options: options, repair: true, modelsDirectory: dir).value)
        #expect(a.description.contains("renskrift \(RenskriftVersion.current)"))
    }

    @Test func secondLockOnTheSameFolderIsRefusedAndFreedOnRelease() throws {
        let dir = try Fixtures.temporaryDirectory("renskrift-lock")
        defer { try? FileManager.default.removeItem(at: dir) }
        var first: RunLock? = try RunLock(url: RunLock.location(in: dir))
        #expect(RunLock.currentHolder(in: dir)?.contains("pid \(getpid())") == true)
        #expect(throws: BatchError.self) { _ = try RunLock(url: RunLock.location(in: dir)) }
        do {
            _ = try RunLock(url: RunLock.location(in: dir))
        } catch let BatchError.locked(output, holder) {
            #expect(output == dir.path)
            #expect(holder?.contains("pid \(getpid())") == true)
        }
        withExtendedLifetime(first) {}
        first = nil
        #expect(RunLock.currentHolder(in: dir) == nil)
        _ = try RunLock(url: RunLock.location(in: dir))
    }

    @Test func throughputBucketsKeepEveryPage() {
        let times = (0..<50).map { Double($0) * 1.7 }
        let points = BatchReport.throughput(pageTimes: times, duration: 85)
        #expect(points.reduce(0) { $0 + $1.pages } == 50)
        #expect(points.count <= 41)
        #expect(points.allSatisfy { $0.seconds >= 10 || $0 == points.last })
    }

    @Test func reportPageIsSelfContainedAndEscaped() throws {
        var r = BatchReport(runID: "r1", version: "0", state: .finished, startedAt: Date(), finishedAt: Date(), seconds: 1,
                            inbox: "/in", output: "/out", fingerprint: "fp")
        r.failures = [.init(path: "<script>alert(1)</script>.pdf", kind: "corrupt", reason: "bad & broken", new: true)]
        r.converted = [.init(path: "a.pdf", why: "new", outputs: ["a.txt"], pages: 2, words: 10, corrections: 3,
                             meanConfidence: 71.5, seconds: 4)]
        r.throughput = BatchReport.throughput(pageTimes: [1, 2, 12], duration: 20)
        r.rankForReview()
        let html = ReportPage.render(r)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;"))
        #expect(html.contains("bad &amp; broken"))
        #expect(html.contains("<svg"))
        #expect(html.contains("Lowest OCR confidence"))
        // Nothing is fetched from elsewhere: no scripts, stylesheets or images by address.
        #expect(!html.contains("src="))
        #expect(!html.contains("<link"))
        let decoded = try BatchReport.decode(try r.json())
        #expect(decoded.failures == r.failures)
        #expect(decoded.lowestConfidence.map(\.path) == ["a.pdf"])
    }

    @Test func reportLinksTheReviewPages() {
        var r = BatchReport(runID: "r1", version: "0", state: .finished, startedAt: Date(), finishedAt: Date(), seconds: 1,
                            inbox: "/in", output: "/out", fingerprint: "fp")
        r.converted = [.init(path: "sub/a.pdf", why: "new", outputs: ["/out/sub/a.txt", "/out/sub/a.review.html"],
                             pages: 1, words: 10, corrections: 3, meanConfidence: 50, seconds: 4),
                       .init(path: "b.pdf", why: "new", outputs: ["/out/b.txt"], pages: 1, words: 10, corrections: 0,
                             meanConfidence: 90, seconds: 4)]
        r.rankForReview()
        let html = ReportPage.render(r)
        // Reports live in OUTPUT/.renskrift/reports/, two folders below the outputs.
        #expect(html.contains("<a href=\"../../sub/a.review.html\">sub/a.pdf</a>"))
        #expect(!html.contains("b.review.html"))
    }
}
