import Foundation
import Testing
@testable import RenskriftKit
import RenskriftTestSupport

/// Structure detection on what the pipeline really gives back from scans (fixtures/recorded/), and on
/// the scan effects one by one: wrapped entries, running headers and footers, misread § signs.
@Suite struct StructureRecordedScanTests {
    let detector = StructureFixtures.detector

    @Test func meetsTargetsOnRecordedPipelineOutputFromScans() throws {
        var total = StructureScores()
        for name in StructureFixtures.recordedNames {
            let doc = try StructureFixtures.recorded(name)
            #expect(doc.pages.count >= 3, "\(name) is a whole document")
            #expect(doc.pages.allSatisfy { $0.blocks.allSatisfy { $0.lines.allSatisfy { $0.box != nil } } })
            let truth = try StructureFixtures.truth(StructureFixtures.truthName(ofRecording: name))
            // OCR cannot tell "–" from "-" or ” from ": glyphs are compared loosely, words strictly.
            let s = StructureEvaluation.compare(detector.detect(document: doc), with: truth, strict: false)
            // One title misread by OCR ("AT i kommunal verksamhet") costs a short document 0.1.
            #expect(s.items.f1 >= 0.89, "\(name) items F1 \(s.items.f1)")
            #expect(s.people.f1 >= 0.90, "\(name) people F1 \(s.people.f1)")
            #expect(s.sections.f1 >= 0.90, "\(name) sections F1 \(s.sections.f1)")
            total = total + s
        }
        #expect(total.items.f1 >= 0.97, "items F1 \(total.items.f1)")
        #expect(total.people.f1 >= 0.90, "people F1 \(total.people.f1)")
        #expect(total.decisions.f1 >= 0.85, "decisions F1 \(total.decisions.f1)")
        #expect(total.metadata.matched == total.metadata.truth)
    }

    @Test func recordingsCarryTheScanDamageTheyAreMeantToTest() throws {
        let dev03 = try StructureFixtures.recorded("dev03-header250").text
        let dev04 = try StructureFixtures.recorded("dev04-serif300").text
        #expect(dev03.contains("83 14 Val av revisorer"))
        #expect(dev03.contains("$& 16 Behandling"))
        #expect(dev03.contains("Sida 2 (3)"))
        #expect(dev03.components(separatedBy: "Årsmöte i Älmhults hembygdsförening Protokoll").count == 4)
        #expect(dev04.contains("kommunalförbund, §\n44"))
    }

    @Test func ignoresRunningHeadersFootersAndPageNumbers() throws {
        let doc = try StructureFixtures.recorded("dev03-header250")
        let s = detector.detect(document: doc)
        let everything = s.sections.flatMap { [$0.title] + $0.lines } + s.items.flatMap { [$0.title] + $0.body.flatMap(\.text) }
        #expect(!everything.contains { $0.contains("Sida") || $0.hasSuffix("Protokoll") })
        #expect(s.metadata.title == "Årsmöte i Älmhults hembygdsförening")
        #expect(s.items.map(\.number) == (1...18).map { "§ \($0)" })

        // Plain text with form feeds, and one long page where only page numbers mark the breaks.
        let page = "Styrelsen Kulbacken\nSida %d (2)\n\n"
        let body1 = "§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n\n§ 2 Val av justerare\nTill justerare valdes Anna Lind."
        let body2 = "§ 3 Ekonomi\nStyrelsen beslutade att godkänna budgeten.\n\n§ 4 Avslutning\nOrdföranden tackade alla."
        let paged = String(format: page, 1) + body1 + "\n\u{0C}" + String(format: page, 2) + body2 + "\n"
        let flat = "Styrelsen Kulbacken\n\n" + body1 + "\n\n- 1 -\n\nStyrelsen Kulbacken\n\n" + body2 + "\n\n- 2 -\n"
        for text in [paged, flat] {
            let t = detector.detect(text: text)
            #expect(t.items.map(\.number) == ["§ 1", "§ 2", "§ 3", "§ 4"])
            #expect(t.items.last?.body.flatMap(\.text) == ["Ordföranden tackade alla."])
            #expect(t.sections.isEmpty, "\(t.sections.map(\.title))")
        }
        // A line that recurs in the text but not at the same place on every page stays.
        let recurring = "§ 1 Budget\nMötet beslutar att:\nanta budgeten.\n\u{0C}§ 2 Plan\nText om planen.\nMötet beslutar att:\n- anta planen\n"
        #expect(detector.detect(text: recurring).items.map(\.decisions) == [["Mötet beslutar att:", "anta budgeten."], ["Mötet beslutar att:", "anta planen"]])
    }

    @Test func joinsWrappedListEntries() throws {
        let doc = try StructureFixtures.recorded("dev04-serif300")
        let s = detector.detect(document: doc)
        let others = try #require(s.sections.first { $0.title == "Övriga närvarande" })
        #expect(others.lines.count == 2)
        #expect(others.lines.first?.hasSuffix("kommunalförbund, § 44") == true)

        // A role or a substitute's surname on the next line belongs to the entry above.
        let text = """
            Kommunstyrelsen
            Datum: 2025-03-04

            Närvarande
            Henrik Söderlund, digitaliseringschef Uddevalla kommun,
            ordförande
            Sofia Nyström (S), tjänstgörande ersättare för Leif
            Sandström (S)
            Malin Åhlén, processledare Fyrbodals kommunalförbund,
            sekreterare

            § 1 Mötets öppnande
            Ordföranden öppnade mötet.
            """
        let t = detector.detect(text: text)
        func roles(_ name: String) -> [Role]? { t.people.first { $0.name == name }?.roles }
        #expect(roles("Henrik Söderlund") == [.chair])
        #expect(roles("Malin Åhlén") == [.secretary])
        #expect(roles("Sofia Nyström") == [.servingDeputy])
        #expect(roles("Leif Sandström") == [.member])
        #expect(t.sections.map(\.title) == ["Närvarande"])
    }

    @Test func readsMisreadSectionSigns() {
        func numbers(_ text: String) -> [String] { detector.detect(text: text).items.map(\.number) }
        let text = "$ I Mötets öppnande\nText.\n\n§ 2 Val av justerare\nText.\n\n83 3 Ekonomi\nText.\n\n$& 4 Avslutning\nText.\n"
        #expect(numbers(text) == ["§ 1", "§ 2", "§ 3", "§ 4"])
        // A lone "o" or "i" is a word, and a figure line is no item.
        #expect(numbers("§ 1 Budget\nText.\n\n§ o Ekonomi\n\n85 000 Kronor\n\n§ 2 Slut\n") == ["§ 1", "§ 2"])
    }

    @Test func keepsWrappedSentencesOutOfHeadings() {
        let text = """
            Mötet öppnades

            Ordförande Lena Bäckström hälsade alla välkomna och öppnade
            mötet. Dagordningen godkändes med ett tillägg under
            Ventilen.

            § 1 Val av ordförande
            Valberedningens sammankallande Kjell Åström redogjorde för
            valberedningens förslag.
            Till ordförande valdes Gunnel Åberg.
            """
        let s = detector.detect(text: text)
        #expect(s.sections.map(\.title) == ["Mötet öppnades"])
        #expect(s.items.first?.body.contains { $0.kind == .subheading } == false)
        #expect(s.people.first { $0.name == "Kjell Åström" }?.roles.contains(.presenter) == true)
    }

    @Test func dropsOCRSpecksAndRestoresLostCapitals() {
        func word(_ t: String, _ x: Int) -> Word { Word(text: t, box: BoundingBox(x: x, y: 100, width: 40, height: 20), confidence: 90) }
        let head = Line(words: [word("§", 100), word("1", 130), word("Val", 180), word("av", 230), word("revisorer", 270)])
        let body = Line(words: ["Till", "revisorsersättare", "valdes", "ulf", "Dahlström", "(nyval).", ":"].enumerated().map { word($1, 100 + 60 * $0) })
        let page = Page(number: 1, width: 2480, height: 3508, dpi: 300, source: .ocr, blocks: [Block(lines: [head, body])])
        let s = detector.detect(document: Document(name: "ocr", sourcePath: "ocr.tif", pages: [page], provenance: Provenance()))
        #expect(s.items.first?.decisions == ["Till revisorsersättare valdes ulf Dahlström (nyval)."])
        #expect(s.people.map(\.name) == ["Ulf Dahlström"])
        #expect(s.people.first?.roles == [.deputyAuditor])
    }

    @Test func matchesNamesThatLostTheirDiacritics() {
        let text = """
            Kommunstyrelsen
            Datum: 2025-03-04

            Beslutande
            Åsa Jönsson (S), ordförande
            Per Öhman (M)

            § 1 Val av justerare
            Till justerare valdes Per Ohman.

            Justerare
            Per Ohman
            """
        let s = detector.detect(text: text)
        #expect(s.people.map(\.name) == ["Åsa Jönsson", "Per Öhman"])
        #expect(s.people.last?.roles == [.member, .adjuster])
    }

    @Test func joinsASentenceAcrossAPageBreak() {
        let text = "§ 1 Val av revisorer\nTill revisorer valdes Sten Hägg och Kerstin\n\u{0C}Ljunggren (omval).\n\n"
            + "Beslutande\nAnna Lind (S), tjänstgörande ersättare för Per\n\u{0C}Svensson (S)\n\n§ 2 Avslutning\nOrdföranden tackade.\n"
        let s = detector.detect(text: text)
        #expect(s.items.first?.decisions == ["Till revisorer valdes Sten Hägg och Kerstin Ljunggren (omval)."])
        #expect(s.people.first { $0.name == "Kerstin Ljunggren" }?.roles == [.auditor])
        #expect(s.people.first { $0.name == "Per Svensson" }?.roles == [.member])
    }
}
