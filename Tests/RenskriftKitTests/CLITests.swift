import Foundation
import RenskriftTestSupport
import Testing
import RenskriftKit

@Suite struct CLITests {
    @Test func badInputGivesOneLineAndNonZeroExit() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = Fixtures.url("bad/truncated.pdf")
        let good = Fixtures.url("scans/dev03-text.pdf")
        let r = try Fixtures.run("renskrift", ["convert", bad.path, good.path, "--output", dir.path, "--no-repair"])
        #expect(r.status == 1)
        let errorLines = r.stderr.split(separator: "\n").filter { $0.hasPrefix("renskrift: ") }
        #expect(errorLines.count == 1)
        #expect(errorLines.first?.hasPrefix("renskrift: \(bad.path): ") == true)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("dev03-text.txt").path))
    }

    @Test func missingLanguageDataNamesTheDebianPackage() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // (a language this machine lacks: a developer may have installed some to make samples)
        let data = TesseractEngine.defaultDataPath()
        let missing = try #require(["fin", "isl", "lav", "lit", "mlt", "gle", "cym", "eus"].first {
            !FileManager.default.fileExists(atPath: (data as NSString).appendingPathComponent("\($0).traineddata"))
        })
        let r = try Fixtures.run("renskrift", ["convert", Fixtures.url("scans/dev04-clean.png").path,
                                               "--output", dir.path, "--lang", "swe+\(missing)"])
        #expect(r.status == 4)
        #expect(r.stderr.contains("apt-get install tesseract-ocr-\(missing)"))
    }

    @Test func usageErrorsExitWithTwo() throws {
        let r = try Fixtures.run("renskrift", ["convert", "--jobs", "0", "x.png", "--output", "/tmp/x"])
        #expect(r.status == 2)
    }
}

@Suite struct CLIHelpTests {
    @Test func helpIsPrintedForTheCommandAndItsSubcommands() throws {
        let root = try Fixtures.run("renskrift", ["--help"])
        #expect(root.status == 0)
        #expect(root.stdout.contains("convert"))
        let convert = try Fixtures.run("renskrift", ["convert", "--help"])
        #expect(convert.status == 0)
        #expect(convert.stdout.contains("--output"))
        let version = try Fixtures.run("renskrift", ["--version"])
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == RenskriftVersion.current)
    }
}

@Suite struct ErrorLineTests {
    @Test func reasonsAreAlwaysOneLine() {
        let e = RenskriftError.invalidRules(path: "/m/rules.yaml", reason: "parser error\n  at line 2\n^")
        #expect(e.reason == "invalid rules file: parser error at line 2 ^")
        #expect(e.errorDescription?.contains("\n") == false)
    }
}
