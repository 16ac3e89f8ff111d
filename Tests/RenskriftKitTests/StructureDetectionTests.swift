import Foundation
import Testing
@testable import RenskriftKit
import RenskriftTestSupport

@Suite struct StructureDetectionTests {
    let detector = StructureFixtures.detector

    private func corpus(_ transform: (String) -> String = { $0 }) throws -> [String: String] {
        var out: [String: String] = [:]
        for name in StructureFixtures.names { out[name] = transform(try StructureFixtures.text(name)) }
        return out
    }

    @Test func meetsTargetsOnCleanCorpusText() throws {
        let (total, each) = try StructureFixtures.scores(try corpus())
        for (name, s) in each.sorted(by: { $0.key < $1.key }) {
            #expect(s.items.f1 >= 0.97, "\(name) items F1 \(s.items.f1)")
            #expect(s.people.f1 >= 0.90, "\(name) people F1 \(s.people.f1)")
            #expect(s.decisions.f1 >= 0.85, "\(name) decisions F1 \(s.decisions.f1)")
        }
        #expect(total.items.f1 >= 0.97)
        #expect(total.people.f1 >= 0.90)
        #expect(total.decisions.f1 >= 0.85)
        #expect(total.sections.f1 >= 0.90)
    }

    @Test func copesWithDamagedSectionSigns() throws {
        let texts = try corpus(StructureFixtures.damageSectionSigns)
        // The damage must really be there, or this test proves nothing.
        #expect(texts["dev04"]!.contains("8 42 Val av justerare") || texts["dev04"]!.contains("$ 42 Val av justerare")
                || texts["dev04"]!.contains("& 42 Val av justerare"))
        let (total, each) = try StructureFixtures.scores(texts)
        for (name, s) in each { #expect(s.items.f1 >= 0.97, "\(name) items F1 \(s.items.f1)") }
        #expect(total.decisions.f1 >= 0.85)
        #expect(total.people.f1 >= 0.90)
    }

    @Test func copesWithWrappedLinesAsOCRGivesThem() throws {
        let texts = try corpus { StructureFixtures.wrap($0, width: 85) }
        #expect(texts["dev03"]!.split(separator: "\n").allSatisfy { $0.count <= 85 })
        let (total, each) = try StructureFixtures.scores(texts)
        for (name, s) in each { #expect(s.items.f1 >= 0.97, "\(name) items F1 \(s.items.f1)") }
        #expect(total.decisions.f1 >= 0.85, "decisions F1 \(total.decisions.f1)")
        #expect(total.people.f1 >= 0.90, "people F1 \(total.people.f1)")
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func copesWithOCRNoiseAndDamagedSigns(seed: UInt64) throws {
        let texts = try corpus { StructureFixtures.damageSectionSigns(StructureFixtures.ocrNoise(StructureFixtures.wrap($0, width: 90), seed: seed)) }
        let (total, each) = try StructureFixtures.scores(texts)
        #expect(texts != (try corpus()))
        for (name, s) in each { #expect(s.items.f1 >= 0.97, "\(name) items F1 \(s.items.f1) seed \(seed)") }
        #expect(total.items.f1 >= 0.97)
    }

    @Test func everyElementPointsToItsSourceLine() throws {
        let doc = try StructureFixtures.document("dev01")
        let s = try #require(doc.structure)
        let lines = doc.sourceLines
        func text(_ r: SourceRef) -> String? {
            lines.first { $0.ref.page == r.page && $0.ref.block == r.block && $0.ref.line == r.line }?.line.text
        }
        for item in s.items {
            let ref = try #require(item.source)
            #expect(text(ref)?.hasPrefix(item.number) == true)
            for el in item.body { #expect(!el.source.isEmpty) }
        }
        for sec in s.sections {
            let ref = try #require(sec.source)
            #expect(text(ref).map { $0.hasPrefix(sec.title) } == true)
            #expect(sec.lineSources?.count == sec.lines.count)
        }
        for p in s.people {
            #expect(!p.source.isEmpty, "\(p.name) has no source")
            #expect(p.source.contains { text($0)?.contains(p.name.split(separator: " ").last!) == true })
        }
        #expect(s.metadata.date?.source != nil)
    }

    @Test func keepsPageAndBoxFromOCR() {
        // Two OCR'd lines with word boxes: the item must carry page 2 and the line's box.
        func word(_ t: String, _ x: Int, _ y: Int) -> Word { Word(text: t, box: BoundingBox(x: x, y: y, width: 40, height: 20), confidence: 90) }
        let heading = Line(words: [word("§", 100, 300), word("7", 130, 300), word("Ekonomi", 180, 300)])
        let body = Line(words: [word("Styrelsen", 100, 340), word("beslutade", 150, 340), word("att", 200, 340), word("godkänna", 240, 340),
                                word("budgeten.", 290, 340)])
        let next = Line(words: [word("§", 100, 400), word("8", 130, 400), word("Avslutning", 180, 400)])
        let page1 = Page(number: 1, width: 2480, height: 3508, dpi: 300, source: .ocr, blocks: [])
        let page2 = Page(number: 2, width: 2480, height: 3508, dpi: 300, source: .ocr,
                         blocks: [Block(lines: [heading, body]), Block(lines: [next])])
        let doc = Document(name: "ocr", sourcePath: "ocr.pdf", pages: [page1, page2], provenance: Provenance())
        let s = detector.detect(document: doc)
        #expect(s.items.map(\.number) == ["§ 7", "§ 8"])
        #expect(s.items.first?.source?.page == 2)
        #expect(s.items.first?.source?.box == heading.box)
        #expect(s.items.first?.decisions == ["Styrelsen beslutade att godkänna budgeten."])
        #expect(s.items.first?.body.first?.source.first?.box == body.box)
    }

    @Test func readsSwedishDates() {
        let d = detector.dates
        #expect(d.firstFullDate(in: "Sammanträdesdatum 2025-10-14")?.iso == "2025-10-14")
        #expect(d.firstFullDate(in: "Rådhuset, tisdagen den 14 oktober 2025 kl. 08.30")?.iso == "2025-10-14")
        #expect(d.firstFullDate(in: "Rådhuset, tisdagen den 14 oktober 2025 kl. 08.30")?.text == "tisdagen den 14 oktober 2025")
        #expect(d.firstFullDate(in: "Datum: 18/11 2025")?.iso == "2025-11-18")
        #expect(d.firstFullDate(in: "den 1:a mars 2024")?.iso == "2024-03-01")
        #expect(d.dates(in: "återkommer den 2 februari").first?.iso == nil)
        #expect(d.dates(in: "återkommer den 2 februari").first?.text == "den 2 februari")
        #expect(d.firstFullDate(in: "22,53 kronor per skattekrona") == nil)
        #expect(d.time(in: "kl. 08.30–12.10") == "08.30–12.10")
        #expect(d.time(in: "Tid: 09.00-15.00") == "09.00-15.00")
        #expect(d.time(in: "ett överskott på 18,4 miljoner") == nil)
    }

    @Test func findsItemsOfEveryNumberingStyle() {
        func numbers(_ text: String) -> [String] { detector.detect(text: text).items.map(\.number) }
        #expect(numbers("§ 19 Mötets öppnande\nText.\n\n8 20 Val av justerare\nText.\n\n$ 21 Ekonomi\n\n& 22 Avslutning\n")
                == ["§ 19", "§ 20", "§ 21", "§ 22"])
        #expect(numbers("§1 EKONOMI\nText.\n§2 MEDLEMMAR\nText.\n§3 ÖVRIGT\n") == ["§1", "§2", "§3"])
        #expect(numbers("Punkt 1: Inledning\n\nText.\n\nPunkt 2: Budget\n\nText.\n") == ["Punkt 1", "Punkt 2"])
        #expect(numbers("1) Inledning\n\nText.\n\n2) Budget\n\nText.\n\n3) Avslut\n") == ["1", "2", "3"])
        // A numbered list inside an item is not a run of items.
        let s = detector.detect(text: "§ 4 Budget\nStyrelsen föreslår:\n1. Höjd avgift\n2. Ny revisor\n\n§ 5 Avslut\nMötet avslutades.\n")
        #expect(s.items.map(\.number) == ["§ 4", "§ 5"])
        #expect(s.items.first?.body.contains { $0.kind == .numberedList && $0.text == ["Höjd avgift", "Ny revisor"] } == true)
        // Amounts and dates at a line start are not items.
        #expect(numbers("1 200 000 kronor fördelas.\n\n14 oktober 2025 hölls mötet.\n").isEmpty)
    }

    @Test func readsAttendanceLinesAndLabelLists() {
        let text = """
            Styrelsemöte i Exempelföreningen
            Datum: 2024-05-02

            Närvarande: Anna Lind (ordförande), Per Ek, sekreterare, Kim Berg och Eva Holm
            Frånvarande: Lars Nilsson
            Justerare: Kim Berg

            § 1 Mötets öppnande
            Ordföranden öppnade mötet.

            § 2 Ekonomi
            Kassören Eva Holm redovisade ekonomin. Styrelsen beslutade att godkänna rapporten.
            """
        let s = detector.detect(text: text)
        let people = Dictionary(uniqueKeysWithValues: s.people.map { ($0.name, $0) })
        #expect(people["Per Ek"]?.roles == [.secretary])
        #expect(people["Kim Berg"].map { Set($0.roles) } == [.adjuster])
        #expect(people["Lars Nilsson"]?.present == false)
        #expect(people["Lars Nilsson"]?.roles == [.absent])
        #expect(people["Eva Holm"].map { Set($0.roles) } == [.present, .presenter])
        #expect(people["Eva Holm"]?.title == "kassör")
        #expect(s.items.last?.decisions == ["Styrelsen beslutade att godkänna rapporten."])
        #expect(s.metadata.title == "Styrelsemöte i Exempelföreningen")
        #expect(s.metadata.date?.iso == "2024-05-02")
    }

    @Test func headerFactsAndNextMeeting() throws {
        let s = try #require(try StructureFixtures.document("dev01").structure)
        #expect(s.metadata.organisation == "SÖDERHAMNS KOMMUN")
        #expect(s.metadata.title == "Kommunstyrelsen")
        #expect(s.metadata.place == "Rådhuset, sessionssalen")
        #expect(s.metadata.time == "08.30–12.10")
        #expect(s.metadata.paragraphRange == "§§ 45–52")
        #expect(s.signatures.contains { $0.label == "Ordförande" && $0.name == "Anna-Karin Sjögren" })
        let d4 = try #require(try StructureFixtures.document("dev04").structure)
        #expect(d4.nextMeeting?.iso == "2026-03-20")
        #expect(d4.items.first { $0.number == "§ 44" }?.body.contains { $0.kind == .reference } == true)
    }

    @Test func vocabularyErrorsAreClear() {
        #expect(throws: RenskriftError.self) { try StructureVocabulary.parse("version: 1\nmonths: nope\n") }
        do {
            _ = try StructureVocabulary.locate(modelsDirectory: "/nonexistent-renskrift")
            Issue.record("a missing vocabulary must throw")
        } catch let e as RenskriftError {
            #expect(e.errorDescription?.contains("/nonexistent-renskrift") == true)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
