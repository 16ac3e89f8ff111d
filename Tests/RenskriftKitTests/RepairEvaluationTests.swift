import Foundation
import Testing
@testable import RenskriftKit
import RenskriftTestSupport

@Suite struct RepairEvaluationTests {
    let ocr = Fixtures.root.appendingPathComponent("fixtures/ocr")

    @Test func legacyOCRIsRepaired() throws {
        let ev = try RepairEvaluator.evaluate(repairer: RepairFixture.repairer, truth: ocr.appendingPathComponent("truth"),
                                              ocr: ocr.appendingPathComponent("legacy"))
        #expect(ev.raw.wordAccuracy < 0.8)
        #expect(ev.repaired.wordAccuracy >= 0.95)
        #expect(ev.brokenRate <= 0.003)
        #expect(ev.diacriticAccuracyRepaired >= 0.8)
    }

    @Test func sweOCRIsNotMadeWorse() throws {
        let ev = try RepairEvaluator.evaluate(repairer: RepairFixture.repairer, truth: ocr.appendingPathComponent("truth"),
                                              ocr: ocr.appendingPathComponent("swe-degraded"))
        #expect(ev.repaired.wordErrors < ev.raw.wordErrors)
        #expect(ev.brokenRate <= 0.002)
    }

    @Test func cleanTextIsLeftAlmostUntouched() throws {
        let truth = ocr.appendingPathComponent("truth")
        let ev = try RepairEvaluator.evaluate(repairer: RepairFixture.repairer, truth: truth, ocr: truth)
        #expect(Double(ev.changes) <= Double(ev.raw.truthWords) / 2000 + 0.5)
    }

    @Test func baselineDiffShowsMovedWords() {
        let files = [("a", "Mötets öppnande", "Motets 6ppnande")]
        let now = RepairEvaluator.evaluate(repairer: RepairFixture.repairer, files: files)
        var before = now
        before.tokens = before.tokens.map { var t = $0; t.repaired = t.ocr; t.rule = nil; return t }
        let moves = RepairEvaluator.diff(baseline: before, current: now)
        #expect(moves.count == 2)
        #expect(moves.filter(\.improved).count == moves.count)
        #expect(now.fixed == 2 && now.broken == 0)
    }
}
