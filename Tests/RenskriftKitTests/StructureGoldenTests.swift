import Foundation
import Testing
@testable import RenskriftKit
import RenskriftTestSupport

/// One golden file pair per layout: the detected structure (ground-truth form) and the Markdown.
/// After an intended change, regenerate with RENSKRIFT_UPDATE_GOLDEN=1 and review the diff.
@Suite struct StructureGoldenTests {
    static let layouts = [
        ("dev01", "formal kommun protocol"),
        ("dev02", "network notes"),
        ("dev03", "association annual meeting"),
        ("dev04", "federation protocol"),
        ("gr01", "real network notes"),
    ]

    static let goldenDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let update = ProcessInfo.processInfo.environment["RENSKRIFT_UPDATE_GOLDEN"] == "1"

    private func check(_ actual: String, file: String) throws {
        let url = Self.goldenDir.appendingPathComponent(file)
        if Self.update {
            try FileManager.default.createDirectory(at: Self.goldenDir, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if actual != expected {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
            Issue.record("\(file) differs from golden at line \(first + 1): got \(first < a.count ? String(a[first]) : "<end>") expected \(first < e.count ? String(e[first]) : "<end>")")
        }
    }

    @Test(arguments: layouts)
    func structureMatchesGolden(name: String, layout: String) throws {
        let doc = try StructureFixtures.document(name)
        let s = try #require(doc.structure, "\(layout): no structure")
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try e.encode(StructureTruth(s)), as: UTF8.self) + "\n"
        try check(json, file: "\(name).structure.json")
        // The golden itself must meet the issue's targets against the hand-made truth.
        let scores = StructureEvaluation.compare(s, with: try StructureFixtures.truth(name))
        #expect(scores.items.f1 >= 0.97, "\(layout): items F1 \(scores.items.f1)")
        #expect(scores.people.f1 >= 0.90, "\(layout): people F1 \(scores.people.f1)")
        #expect(scores.decisions.f1 >= 0.85, "\(layout): decisions F1 \(scores.decisions.f1)")
    }

    @Test(arguments: layouts)
    func markdownMatchesGolden(name: String, layout: String) throws {
        let doc = try StructureFixtures.document(name)
        try check(MarkdownWriter.render(doc), file: "\(name).md")
    }
}
