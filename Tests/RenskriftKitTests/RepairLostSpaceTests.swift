import Foundation
import Testing
@testable import RenskriftKit

/// Words OCR ran together by losing a space: split only in a document that shows the habit.
@Suite struct RepairLostSpaceTests {
    /// A page whose OCR lost spaces beside numbers and signs, and between words.
    static let runTogether = """
        Sammanträde med styrelsen
        Datum:2025-03-12
        1.Inledning
        Ordforanden halsade alla valkomna och motet oppnades.
        Styrelsen beslutade om avgiftenfor 2025 och fastställde den till 350kronor per ar.
        Kassoren redovisade arets resultat,vilket godkandes enligt forslaget.
        Den forebyggandde verksamheten och delarsrapporten presenterades.
        Styrelsen tackarforinformationen.
        2 Nasta mote
        """

    @Test func aDocumentThatLosesSpacesGetsThemBack() {
        let lines = RepairFixture.fixed(Self.runTogether).split(separator: "\n").map(String.init)
        #expect(lines[1] == "Datum: 2025-03-12")
        #expect(lines[2] == "1. Inledning")
        #expect(lines[4] == "Styrelsen beslutade om avgiften för 2025 och fastställde den till 350 kronor per år.")
        #expect(lines[5] == "Kassören redovisade årets resultat, vilket godkändes enligt förslaget.")
        #expect(lines[7] == "Styrelsen tackar för informationen.")
    }

    @Test func aGapLostBeforeAJIsOneAfterAPrefix() {
        // shape engines lose the gap before a "j", whose hook reaches under the letter before it: a function word
        // that begins compounds ("av", "för") is a word of its own there, where it would be a prefix before another
        // letter ("förbild")
        let text = Self.runTogether + "\nVal avjusterare och inbjudan förjuniorer.\nEn förbildlig insats."
        let lines = RepairFixture.fixed(text).split(separator: "\n").map(String.init)
        #expect(lines[9] == "Val av justerare och inbjudan för juniorer.")
        #expect(lines[10] == "En förbildlig insats.")
    }

    @Test func lettersThatReadAsOneWordStayOne() {
        // a word with a doubled letter, and a compound whose ending is also a word ("en"), are no two words
        let lines = RepairFixture.fixed(Self.runTogether).split(separator: "\n").map(String.init)
        #expect(lines[6] == "Den förebyggande verksamheten och delårsrapporten presenterades.")
    }

    @Test func theSplitKeepsItsProvenanceAndTheWhitespace() {
        let result = RepairFixture.repairer.repair(text: Self.runTogether)
        let split = result.changes.first { $0.correction.original == "tackarforinformationen." }
        #expect(split?.correction.replacement == "tackar för informationen.")
        #expect(split?.correction.rule.hasPrefix("space") == true)
        #expect(split?.correction.rule.contains("channel") == true)
        // every other character of the text is kept: only the tokens change
        #expect(result.text.filter { $0 == "\n" }.count == Self.runTogether.filter { $0 == "\n" }.count)
    }

    @Test func cleanTextKeepsItsOddTokens() {
        // one camel-cased name or glued word in a page is the writer's
        let clean = "Vi läste om det på nätet och köpte en MailBox till kontoret. Ingen surfade omInternet då."
        #expect(RepairFixture.fixed(clean) == clean)
        // a book that glues its footnote numbers to every note's first word writes them so
        let notes = (40..<46).map { "\($0)Det står i kapitel \($0 - 30) om kyrkan." }.joined(separator: "\n")
            + "\nEn mening om resultat,vilket ingen läste."
        #expect(RepairFixture.fixed(notes) == notes)
    }

    @Test func aHabitNeedsJunctionsNoCompoundExplains() {
        let spaces = LostSpaces(lexicon: RepairFixture.model.lexicon,
                                functionWordLogP: RepairFixture.model.rules.scoring.splitCleanFunctionWordLogP)
        // beside numbers and signs
        #expect(spaces.pieces("2027-2028samt", keepSymbols: [])?.pieces == ["2027-2028", "samt"])
        #expect(spaces.pieces("Organ:Kommunstyrelsen", keepSymbols: [])?.pieces == ["Organ:", "Kommunstyrelsen"])
        #expect(spaces.pieces("hyreslägenheter.Avtalet", keepSymbols: [])?.pieces == ["hyreslägenheter.", "Avtalet"])
        #expect(spaces.pieces("ochbudget2026med", keepSymbols: [])?.pieces == ["och", "budget", "2026", "med"])
        #expect(spaces.pieces("2025,kl.14.00", keepSymbols: [])?.pieces == ["2025,", "kl.14.00"])
        #expect(spaces.pieces("Naslund,informationssakerhetssamordnare", keepSymbols: [])?.pieces
                == ["Naslund,", "informationssakerhetssamordnare"])
        // an abbreviation in capitals before a case number splits, but shows no habit: writers glue those too
        #expect(spaces.pieces("DnrKS2025/287", keepSymbols: [])?.pieces == ["Dnr", "KS", "2025/287"])
        #expect(spaces.pieces("KS2025/241", keepSymbols: [])?.kind == .abbreviationNumber)
        // a letter's look-alike, an abbreviation's suffix, a name's number and a footnote stay
        #expect(spaces.pieces("6kat", keepSymbols: []) == nil)
        #expect(spaces.pieces("SKR:s", keepSymbols: []) == nil)
        #expect(spaces.pieces("NIS2-direktivet", keepSymbols: []) == nil)
        #expect(spaces.pieces("solljus.41Man", keepSymbols: []) == nil)
        // letters: a word and a function word after it, or three words
        #expect(spaces.pieces("moteti", keepSymbols: [])?.pieces == ["motet", "i"])
        #expect(spaces.pieces("NorrlandskustenBostad", keepSymbols: [])?.pieces == ["Norrlandskusten", "Bostad"])
        // not a prefix ("för|bild"), a compound's ending ("rapport|en"), a name ("Kärr|man") or a look-alike capital
        #expect(spaces.pieces("förbild", keepSymbols: []) == nil)
        #expect(spaces.pieces("delarsrapporten", keepSymbols: []) == nil)
        #expect(spaces.pieces("Kärrman", keepSymbols: []) == nil)
        #expect(spaces.pieces("MolIndal", keepSymbols: []) == nil)
    }
}

extension RepairLostSpaceTests {
    @Test func aLineRunTogetherIsReadAsItsWords() {
        let spaces = LostSpaces(lexicon: RepairFixture.model.lexicon,
                                functionWordLogP: RepairFixture.model.rules.scoring.splitCleanFunctionWordLogP)
        #expect(spaces.pieces("socialnämndenattsenastden", keepSymbols: [])?.pieces
                == ["socialnämnden", "att", "senast", "den"])
        #expect(spaces.pieces("9,7miljonerkronor,främst", keepSymbols: [])?.pieces
                == ["9,7", "miljoner", "kronor,", "främst"])
        // a compound stays whole: its words hold no function word but a prefix ("för|sko|le|nätverk"); so does a
        // misread word, whose pieces would be short words ("ta|kr|er|i|över|ingen")
        #expect(spaces.pieces("forskolenatverk", keepSymbols: []) == nil)
        #expect(spaces.pieces("takrerioveringen", keepSymbols: []) == nil)
        let text = "Datum:2025-03-12\n1.Inledning\nStyrelsenuppdrarnamndenattsenastden 30 november redovisaen plan."
        #expect(RepairFixture.fixed(text).hasSuffix("Styrelsen uppdrar nämnden att senast den 30 november redovisa en plan."))
    }

    @Test func aCompoundAsWrittenInSwedishOCRStaysWhole() {
        // Swedish OCR keeps å/ä/ö: "arbetsutskottets" is no "är bets utskottets" in a page that loses spaces
        let text = "Datum:2025-05-20\n1.Inledning\nNämnden beslutar att ställa sig bakom förslaget.\n"
            + "Anna Björk (S) yrkar bifall till arbetsutskottets förslag.\nStyrelsen tackarförinformationen."
        let out = RepairFixture.fixed(text)
        #expect(out.contains("bifall till arbetsutskottets förslag."))
        #expect(out.hasSuffix("Styrelsen tackar för informationen."))
    }

    @Test func aSectionSignReadAsALetterAndGluedToItsItemIsCut() {
        let signs = Set(RepairFixture.model.rules.sectionSign.single.compactMap { $0.count == 1 ? $0.first : nil })
        let spaces = LostSpaces(lexicon: RepairFixture.model.lexicon,
                                functionWordLogP: RepairFixture.model.rules.scoring.splitCleanFunctionWordLogP, signs: signs)
        #expect(spaces.pieces("s47Malochbudget", keepSymbols: [])?.pieces == ["s", "47", "Mal", "och", "budget"])
        #expect(spaces.pieces("s18", keepSymbols: [])?.pieces == ["s", "18"])
        // after the sign, the item's title is cut off whatever it reads
        #expect(spaces.pieces("s18Motetsavslutande", keepSymbols: [])?.pieces == ["s", "18", "Motetsavslutande"])
        // a digit read for a letter inside a name is no item number
        #expect(spaces.pieces("S6derhamn", keepSymbols: []) == nil)
        #expect(spaces.pieces("s6ndagen", keepSymbols: []) == nil)
    }

    @Test func everyShortShapeIsHandled() {
        // letters, digits and signs in every order up to five characters: no cut falls outside a token
        let spaces = LostSpaces(lexicon: RepairFixture.model.lexicon,
                                functionWordLogP: RepairFixture.model.rules.scoring.splitCleanFunctionWordLogP)
        let alphabet: [Character] = ["o", "m", "Ö", "1", ".", ":"]
        var tokens: [String] = [""]
        var checked = 0
        for _ in 1...5 {
            tokens = tokens.flatMap { t in alphabet.map { t + String($0) } }
            for t in tokens {
                if let p = spaces.pieces(t, keepSymbols: []) {
                    #expect(p.pieces.joined() == t)
                }
                checked += 1
            }
        }
        #expect(checked == 6 + 36 + 216 + 1296 + 7776)
    }
}
