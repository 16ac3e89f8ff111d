import Foundation
import Testing
@testable import RenskriftKit

@Suite struct RepairLineBreakTests {
    @Test func aWordHyphenatedAcrossLinesIsRepairedWhole() {
        let out = RepairFixture.legacy("beslutade att ordfo-\nranden och sekreteraren far i uppdrag")
        #expect(out == "beslutade att ordfö-\nranden och sekreteraren får i uppdrag")
        let r = RepairFixture.repairer.repair(text: RepairFixture.legacyContext + "\natt ordfo-\nranden leder")
        #expect(r.changes.contains { $0.correction.original == "ordfo-" && $0.correction.rule == "hyphenation" })
    }

    @Test func theHalvesOfAWordAreNotReadAsWordsOfTheirOwn() {
        // "heten" alone would be read as "heter"; the joined word is right as written
        let out = RepairFixture.legacy("Arendet om forskoleverksam-\nheten aterremitteras")
        #expect(out == "Ärendet om förskoleverksam-\nheten återremitteras")
        let clean = "Kommunstyrelsen uppdrar åt förvaltningen att under-\nteckna avtalet om förskoleverksam-\nheten."
        #expect(RepairFixture.repairer.repair(text: clean).changes.isEmpty)
    }

    @Test func contextCuesLeaveTheHalvesAlone() {
        // the tail "ar" alone is a cue word ("är"/"år"); as the end of "verksamhetsår" it is "år"
        #expect(RepairFixture.legacy("det ar verksamhets-\nar som gick") == "det är verksamhets-\når som gick")
    }

    @Test func aHyphenThatJoinsNoWordIsLeft() {
        // "barn- och utbildningsnämnden" broken after the hyphen: no word "barnoch", each side is judged alone
        let out = RepairFixture.legacy("till barn-\noch utbildningsnamnden")
        #expect(out == "till barn-\noch utbildningsnämnden")
        // nor one before a conjunction, even where one edit would make a word of the two ("planoch" → "plansch")
        let lines = "med stöd av 11 kap. 51 § plan-\noch bygglagen och hälso-\neller sjukvårdslagen"
        #expect(RepairPunctuationTests.noisy(lines) == lines)
    }

    @Test func theCutFollowsTheAlignment() {
        func cut(_ a: String, _ n: Int, _ b: String) -> Int {
            DocumentState.alignedCut(Array(a.unicodeScalars), at: n, in: Array(b.unicodeScalars))
        }
        #expect(cut("ordforanden", 5, "ordföranden") == 5)
        #expect(cut("ordfranden", 4, "ordföranden") == 5)   // a letter restored at the cut goes with the head
        #expect(cut("motet", 2, "mötet") == 2)
        #expect(cut("kommunstyrelssen", 6, "kommunstyrelsen") == 6)
    }
}

@Suite struct RepairOrderTests {
    @Test func equalReadingsKeepTheWordsCase() {
        // two readings of one score ("kommunfullmäktige", "Kommunfullmäktige"): the one in the word's case wins in
        // every run, whatever order the process hashes them in
        #expect(RepairFixture.legacy("Styrelsen foreslar kommunfullmaktige att anse motionen besvarad.")
                == "Styrelsen föreslår kommunfullmäktige att anse motionen besvarad.")
    }
}
