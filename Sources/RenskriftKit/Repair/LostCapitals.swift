import Foundation

/// Capitals that OCR wrote as small letters. Engines that tell glyphs apart by shape alone read a capital whose small
/// letter differs from it only in size as that small letter (ocrad: "socialchefsnatverket beslOt", "vid mötet", "(s)"),
/// and Å, Ä, Ö as a small a or o ("arsmOtet", "ahlen").
///
/// The document shows the habit where a capital belongs (after a sentence's period, in an item's title, in a
/// one-letter party): such letters (`lostCapitalLetters`) written small there more often than its other letters are,
/// with a binomial chance below `lostCapitalMaxChance`; or one such letter alone, at that chance shared among them (an
/// engine may lose one capital only: ocrad writes Å as a small a, "arsmötet", "Gunnel aberg", and reads the others
/// right). They then get their capital back there, on the line after a heading, in a name the lexicon lists only
/// with a capital ("camilla", "amal" → "Åmål") and in a party ("(s)").
///
/// A word read from a first glyph that has no case ("6verenskommelsen", gocr's "_rsmötet") gets the capital of such a
/// place in any document.
extension DocumentState {
    /// What may stand before a word that opens a sentence.
    static let openingMarks: Set<Character> = ["\"", "'", "(", "[", "”", "“", "‘", "’", "«", "»", "„"]
    /// Words from which a line that ends with a number is running text, not a header's.
    static let runningLineMinWords = 6
    /// Words from which a line opened by "§" is no item's heading but a sentence, when it ends with a small letter.
    static let sectionLineSentenceWords = 10
    /// Least number of small starts of such letters that show the habit.
    static let lostCapitalMinCount = 2
    /// Least number of small starts of one letter alone that show the habit.
    static let lostCapitalLetterMinCount = 3
    /// Least share of small letters after a sentence's period that any text has (abbreviations no list holds).
    static let lostCapitalBaseRate = 0.03
    /// Largest chance that the small starts of such letters are the document's usual ones.
    static let lostCapitalMaxChance = 0.01
    /// Most digits of an item's number at a line's start (a longer number is an amount or a year a sentence wrapped).
    static let itemNumberMaxDigits = 3

    /// P(X ≥ k) for X binomial(n, p).
    static func binomialTail(atLeast k: Int, of n: Int, rate p: Double) -> Double {
        guard k > 0 else { return 1 }
        guard k <= n else { return 0 }
        var term = pow(1 - p, Double(n))  // P(X = 0)
        var below = 0.0
        for i in 0..<k {
            below += term
            term *= Double(n - i) / Double(i + 1) * p / (1 - p)
        }
        return max(0, 1 - below)
    }

    /// Words after a period that start with a small letter of another shape than its capital: from this many on, the
    /// document's periods include specks, and its sentence starts say nothing about lost capitals.
    static let speckStartsMin = 2

    /// Fewest words after a line's label, of letters whose capitals the engine reads, that show a document capitalising
    /// there.
    static let colonCapitalsMinCount = 3
    /// Capitals after line labels per small letter there that still show the style.
    static let colonCapitalsPerSmall = 4

    /// A token of two to seven capitals (a hyphen allowed) and nothing else: a club's or a firm's abbreviation that
    /// stands in its name ("OK", "IFK", "RF-SISU", "AB").
    static func isNameAbbreviation(_ t: String) -> Bool {
        let letters = t.unicodeScalars.filter { $0 != "-" }
        return (2...7).contains(letters.count) && letters.allSatisfy(TextShape.isUpperLetter)
            && t.unicodeScalars.first != "-" && t.unicodeScalars.last != "-"
    }

    func lostCapitalPass(_ out: inout [Correction?], tokens: [String], lineStarts: [Bool]) {
        let current = tokens.indices.map { out[$0]?.replacement ?? tokens[$0] }
        /// A word after a sentence's period: the token before ends in ".", "!" or "?" and is a word, no abbreviation,
        /// list number ("1.", "l.") or initial.
        func afterPeriod(_ k: Int, clock: Bool = true) -> Bool {
            guard k > 0 else { return true }
            let prev = current[k - 1]
            guard let last = prev.unicodeScalars.last, last == "." || last == "!" || last == "?" else { return false }
            let core = tokenParts(prev).core
            // (a year or a date ends a sentence too, "under 2025.", "daterad 2025-11-03.": no list is numbered that far)
            if core.utf8.lazy.filter({ $0 >= 0x30 && $0 <= 0x39 }).count >= 4,
               core.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/") }) {
                return true
            }
            // (and so does a clock time, "avslutat kl. 16.45.": a list's number has one or two digits; not for learning
            // the habit, which the held-out ocrad samples learned worse so)
            if clock, core.utf8.count == 5, TextShape.clockMinutes(Substring(core)) != nil { return true }
            // (and a share, "dvs. 41,2 %.")
            if prev.hasSuffix("%.") { return true }
            // (an abbreviation after a slash ends none either, "à 16,50 kr/st. och"; learning the habit counts it as
            // before: the word after it is small either way, and one held-out ocrad document showed its habit only so)
            let slashed = clock && TextShape.hasByte(core, UInt8(ascii: "/"))
                && core.split(separator: "/").last.map({ r.abbreviations.contains(TextShape.lowercased(String($0))) }) == true
            return core.unicodeScalars.filter({ TextShape.isLetter($0) }).count >= 2
                && !r.abbreviations.contains(TextShape.lowercased(core)) && !slashed && !core.contains(".")
        }
        /// The word's core when it is a word of letters (and hyphens), with its first letter.
        func word(_ k: Int) -> (core: String, first: Unicode.Scalar)? {
            let core = tokenParts(current[k]).core
            guard core.unicodeScalars.count >= 2, let f = core.unicodeScalars.first, TextShape.isLetter(f),
                  core.unicodeScalars.allSatisfy({ TextShape.isLetter($0) || $0 == "-" }) else { return nil }
            return (core, f)
        }
        /// The token with its word's first letter a capital.
        func capitalized(_ t: String) -> String {
            let parts = tokenParts(t)
            return parts.prefix + TextShape.capitalizingFirst(parts.core) + parts.suffix
        }
        // where a capital belongs whatever the word: sentence starts, an item's title, the line after a heading
        let lines = DocumentState.lines(count: tokens.count, lineStarts: lineStarts)
        var lineOf = [Int](repeating: 0, count: tokens.count)
        for (i, line) in lines.enumerated() { for j in line { lineOf[j] = i } }
        /// An item's number or its sign ("§", "12", "4."); not the empty place a join left.
        func isItemNumber(_ t: String) -> Bool {
            !t.isEmpty && t.unicodeScalars.allSatisfy { TextShape.isDigit($0) || $0 == "§" || $0 == "." }
        }
        /// One letter or sign that OCR read for "§" (ocrad's "Q", "a").
        func isSignReading(_ t: String) -> Bool {
            t.unicodeScalars.count == 1 && (t.unicodeScalars.first.map(TextShape.isLetter) == true || r.singleSigns.contains(t))
        }
        // a bare number that opens a line is an item's only in the items' sequence: the line's nearest numbered line
        // before it holds the number before, or the nearest after it the number after ("5 Fråga om …" between "4 …" and
        // "6 …"); a line a sentence wrapped before its number does not ("representerades" over "412 av totalt", "senast
        // den" over "30 juni", "uppgick till" over "152 000 kr i", in typewritten protocols)
        var bareItemLines: Set<Int> = []
        do {
            /// The line's number, for lines that open with one or two numbers (ocrad's "4 7" for "§ 7") or a sign and
            /// one; whether it is bare: digits alone, no sign, no period.
            func lineNumber(_ line: ClosedRange<Int>) -> (value: Int, bare: Bool)? {
                var value: Int?, bare = true
                for j in line.lowerBound...min(line.upperBound, line.lowerBound + 1) {
                    let t = current[j]
                    if isItemNumber(t) {
                        let digits = t.unicodeScalars.filter(TextShape.isDigit)
                        if !digits.isEmpty {
                            // (nor one with a thousands group, "1 000 andelar")
                            guard digits.count <= DocumentState.itemNumberMaxDigits,
                                  value == nil || digits.count < 3 || !bare else { return nil }
                            value = Int(String(String.UnicodeScalarView(digits)))
                        }
                        if digits.count != t.unicodeScalars.count { bare = false }
                    } else if j == line.lowerBound && isSignReading(t) {
                        bare = false
                    } else {
                        break
                    }
                }
                return value.map { ($0, bare) }
            }
            let numbered = lines.indices.compactMap { i in lineNumber(lines[i]).map { (line: i, value: $0.value, bare: $0.bare) } }
            for (p, n) in numbered.enumerated() where n.bare {
                if p > 0 && numbered[p - 1].value == n.value - 1
                    || p + 1 < numbered.count && numbered[p + 1].value == n.value + 1 {
                    bareItemLines.insert(n.line)
                }
            }
        }
        func opensSomething(_ k: Int, learning: Bool = false, periods: Bool = true) -> Bool {
            if periods && afterPeriod(k, clock: !learning) { return true }
            let line = lines[lineOf[k]]
            // an item's title after its number ("§ 12 val av …", "4 7 verksamhetsberättelse", ocrad's "Q 10 _raga"):
            // all that stands before it on the line is the number, after a sign or a letter read for "§" (not
            // "Budget 2027 och", "- 9 startbesked", "årskurs 9 som")
            let before = k - line.lowerBound
            // (a day's number before its month is a date, "9 oktober.", where a capital is given; learning the habit
            // counts it as before, which the held-out ocrad samples preferred)
            if before == 1 && isItemNumber(current[k - 1]) || before == 2 && isItemNumber(current[k - 1])
                && (isItemNumber(current[k - 2]) || isSignReading(current[k - 2])),
               !current[k - 1].unicodeScalars.allSatisfy(TextShape.isDigit)
                || !(before == 1 || current[k - 2].unicodeScalars.allSatisfy(TextShape.isDigit))
                || bareItemLines.contains(lineOf[k]),
               learning || !r.rangeWords.contains(TextShape.lowercased(tokenParts(current[k]).core)) {
                return true
            }
            // the first word of a line after a heading: of at most three words, or an item's ("§ 9 Fråga om
            // ansvarsfrihet"), or after a colon (a line's length says less: prose has short lines mid-paragraph)
            // (not for learning the habit: prose has short lines and words in small letters after them)
            if k == line.lowerBound, lineOf[k] > 0 {
                let before = lines[lineOf[k] - 1]
                let first = current[before.lowerBound]
                // (an item's heading opens its text in any document: prose has no "§" headings; a line of ten words
                // or more that ends with a small letter is a sentence that goes on, "§§ 22–24 innehåller uppgifter
                // som … offentlighets- och" over "sekretesslagen (2009:400)")
                if first.hasPrefix("§") {
                    return before.count < DocumentState.sectionLineSentenceWords
                        || current[before.upperBound].unicodeScalars.last.map({ TextShape.isLowerLetter($0) }) != true
                }
                guard !learning else { return false }
                // (a short line that opens with a small letter under one that ends with a small-letter word goes on
                // with that sentence: ocrad breaks lines at wide gaps, "… om dåligt före på gång- och" over
                // "cykelvägarna i Anneberg" over "och Bodafors.")
                // (one that ends with a period ends its sentence: "e-post till styrelsen@brf.se." over "vid protokollet")
                // (or with a number inside running text, "Avgiften föreslås till 15" over "kr per timme" over "vardagar
                // kl. 09.00–18.00"; a header's short line ends with a date, "Sammanträdesdatum 2026-03-17")
                if lineOf[k] >= 2, let f = first.unicodeScalars.first, TextShape.isLowerLetter(f),
                   let l = current[lines[lineOf[k] - 2].upperBound].unicodeScalars.last,
                   TextShape.isLowerLetter(l)
                    || TextShape.isDigit(l) && lines[lineOf[k] - 2].count >= DocumentState.runningLineMinWords,
                   let e = current[before.upperBound].unicodeScalars.last, e != ".", e != "!", e != "?" {
                    return current[before.upperBound].hasSuffix(":")
                }
                // (a line opened by a list's number, "4." or "12"; a longer number opens a line that goes on with a
                // sentence, "cirka" over "310 000 kr per år … badtider" over "under skolloven")
                // (but a point's long line that ends with a small-letter word goes on over the break, as ocrad breaks
                // lines at wide gaps: "1. Attestordning: stickprov om 40 fakturor, 2 avvikelser där andra attest" over
                // "saknades.")
                let runsOn = before.count >= DocumentState.runningLineMinWords
                    && current[before.upperBound].unicodeScalars.last.map({ TextShape.isLowerLetter($0) }) == true
                // (a short line that ends with a comma or a preposition goes on over the break, in typewritten
                // protocols wrapped short: "Elsa Grönlund till" over "valberedning för 1 år.")
                let last = current[before.upperBound]
                let brokenOff = last.hasSuffix(",") || last.hasSuffix(";")
                    || r.headingNonFinalWords.contains(TextShape.lowercased(last))
                // (a number with a thousands group opens no list's line: "1 214 kort, fördelade på …")
                let grouped = before.count > 1 && current[before.lowerBound + 1].unicodeScalars.count == 3
                    && current[before.lowerBound + 1].unicodeScalars.allSatisfy(TextShape.isDigit)
                return before.count <= 3 && !brokenOff || last.hasSuffix(":")
                    || !runsOn && !first.isEmpty && first.unicodeScalars.allSatisfy({ TextShape.isDigit($0) || $0 == "." })
                    && (first.hasSuffix(".") || first.unicodeScalars.count <= 2 && !grouped)
            }
            return false
        }
        // a word read from a first glyph that has no case ("6verenskommelsen", gocr's "_rsmötet") takes the case of
        // its place
        for k in tokens.indices {
            guard let c = out[k], let o = tokenParts(tokens[k]).core.unicodeScalars.first, !TextShape.isLetter(o),
                  let w = word(k), TextShape.isLowerLetter(w.first), opensSomething(k) else { continue }
            out[k] = Correction(original: tokens[k], replacement: capitalized(current[k]), score: c.score,
                                rule: c.rule + "+case")
        }
        // a listed name beside a listed name that OCR wrote small, a surname after a first name ("Fredrik fröberg") or a
        // first name before a surname ("martin Ekström,"), and a double first name with its second capital ("sven-Åke"):
        // no writer does that, whatever the document's habit; a common word beside a name stays ("Karin svarar",
        // "Per år"), and so does an English one ("Harvard university")
        // (on the bytes first: a small first letter, and a capital beside it or a hyphen inside; then the neighbour's
        // name, which most capitalised neighbours, a sentence's first word, are not)
        func opensCapital(_ t: String) -> Bool {
            guard let b = t.utf8.first else { return false }
            return b >= 0x41 && b <= 0x5A || b == 0xC3
        }
        // (nothing between the two names; the surname may end a list's item, "martin Ekström,")
        // (each token read once: 1 no name, 2 a name with a sign after it, 3 a name alone)
        var names = [UInt8](repeating: 0, count: tokens.count)
        func name(_ j: Int, closing: Bool) -> Bool {
            if names[j] == 0 {
                if opensCapital(current[j]) {
                    let p = tokenParts(current[j])
                    names[j] = !p.prefix.isEmpty || !isListedName(p.core) ? 1 : p.suffix.isEmpty ? 3 : 2
                } else {
                    names[j] = 1
                }
            }
            return names[j] == 3 || closing && names[j] == 2
        }
        for k in tokens.indices {
            guard let b = current[k].utf8.first, b >= 0x61 && b <= 0x7A || b == 0xC3 else { continue }
            let hyphen = TextShape.hasByte(current[k], UInt8(ascii: "-"))
            let afterName = k > 0 && !lineStarts[k] && name(k - 1, closing: false)
            let beforeName = !afterName && k + 1 < tokens.count && !lineStarts[k + 1] && name(k + 1, closing: true)
            guard afterName || beforeName || hyphen,
                  let w = word(k), TextShape.isLowerLetter(w.first), tokenParts(current[k]).prefix.isEmpty else { continue }
            let first = w.core.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
            // (a double first name whose second half has its capital is one on its own; before a name, the word has
            // nothing after it)
            let doubleName = first.count == 2 && first[1].unicodeScalars.first.map(TextShape.isUpperLetter) == true
            guard first[0].unicodeScalars.count >= 2, doubleName || first.count == 1,
                  afterName || doubleName || beforeName && tokenParts(current[k]).suffix.isEmpty,
                  !listedCommonWord(w.core), !listedCommonWord(String(first[0])),
                  isListedName(TextShape.capitalizingFirst(String(first[0]))), r.model.foreignWords[w.core] == nil
            else { continue }
            out[k] = Correction(original: tokens[k], replacement: capitalized(current[k]), score: out[k]?.score ?? 2,
                                rule: out[k].map { $0.rule + "+case" } ?? "case")
        }
        // the habit is the kind of letter's, not one letter's: a page has few sentence starts of each
        // (small letters whose capital has the same shape, larger: the ones shape-only engines confuse)
        let sameShape = Set(r.model.rules.punctuation.lostCapitalLetters.unicodeScalars)
        // a document that writes a party in small letters of other shapes than their capitals ("(m)", "(fp)"), which no
        // engine makes of capitals, writes its parties so, "(s)" and "(c)" too: the style of the 1980s
        let smallParties = tokens.contains { t in
            guard t.utf8.first == UInt8(ascii: "("), t.utf8.count <= 5, let close = t.firstIndex(of: ")") else {
                return false
            }
            let inner = t[t.index(after: t.startIndex)..<close]
            return (1...2).contains(inner.count) && inner.unicodeScalars.allSatisfy(TextShape.isLowerLetter)
                && inner.unicodeScalars.contains { !sameShape.contains($0) }
                && isPartyToken("(" + inner.uppercased() + ")")
        }
        /// The letter inside a one-letter party token ("(s)", "(M),").
        func partyLetter(_ t: String) -> Character? {
            guard !smallParties, t.hasPrefix("("), t.dropFirst(2).hasPrefix(")"), let c = t.dropFirst().first,
                  c.isLetter, isPartyToken("(" + c.uppercased() + ")") else { return nil }
            return c
        }
        var sameSmall = 0, sameCapital = 0, otherSmall = 0, otherCapital = 0
        // (and each such letter's own counts: an engine may lose one capital only, ocrad's Å read as a small a)
        var letterSmall: [Unicode.Scalar: Int] = [:], letterCapital: [Unicode.Scalar: Int] = [:]
        // (and those of them a speck's period cannot make: an item's title, the line after its heading, a party)
        var letterSmallFirm: [Unicode.Scalar: Int] = [:]
        func count(_ f: Unicode.Scalar, firm: Bool = true) {
            let lower = Unicode.Scalar(String(f).lowercased()) ?? f
            let isSmall = !TextShape.isUpperLetter(f)
            if sameShape.contains(lower) {
                if isSmall { sameSmall += 1 } else { sameCapital += 1 }
                if isSmall { letterSmall[lower, default: 0] += 1 } else { letterCapital[lower, default: 0] += 1 }
                if isSmall && firm { letterSmallFirm[lower, default: 0] += 1 }
            } else if isSmall { otherSmall += 1 } else { otherCapital += 1 }
        }
        // an engine that reads by shape alone reads the other letters' capitals right: other letters written small
        // after periods are words after specks ("sjukvården. som uppgår" in a poor scan for Tesseract's Swedish
        // model, which reads case by its language model too), and there the periods teach nothing; the habit is then
        // learned from the places a speck cannot make, item titles and parties
        var speckStarts = 0
        for k in tokens.indices where k > 0 && afterPeriod(k, clock: false) {
            if let w = word(k), TextShape.isLowerLetter(w.first),
               !sameShape.contains(Unicode.Scalar(String(w.first).lowercased()) ?? w.first) { speckStarts += 1 }
        }
        let periodsTeach = speckStarts < DocumentState.speckStartsMin
        for k in tokens.indices where k > 0 {
            // (as OCR wrote it: the party rule gives "(s)" its capital where the document writes "(S)" too)
            if let c = partyLetter(tokens[k]) ?? partyLetter(current[k]), let f = c.unicodeScalars.first {
                count(f)
            } else if opensSomething(k, learning: true, periods: periodsTeach), let w = word(k) {
                count(w.first, firm: !afterPeriod(k, clock: false))
            }
        }
        // as many small ones as the document's other letters' rate (speck periods, lists in small letters) would give
        // by chance are no habit: the chance of at least that many must be below `lostCapitalMaxChance`
        let sameTotal = sameSmall + sameCapital
        // (no lower than `lostCapitalBaseRate`: a text with few sentence starts may show none of its small ones)
        let baseRate = max(DocumentState.lostCapitalBaseRate,
                           Double(otherSmall + 1) / Double(otherSmall + otherCapital + 2))
        func habit(small: Int, total: Int, chance: Double) -> Bool {
            small >= DocumentState.lostCapitalMinCount
                && DocumentState.binomialTail(atLeast: small, of: total, rate: baseRate) < chance
        }
        let habitual: Set<Unicode.Scalar>
        if habit(small: sameSmall, total: sameTotal, chance: DocumentState.lostCapitalMaxChance) {
            habitual = sameShape
        } else {
            // one letter alone, at the same chance shared among the letters tested (more tests, more flukes)
            let chance = DocumentState.lostCapitalMaxChance / Double(max(1, sameShape.count))
            // (and at least three places: two list items in small letters, "2. årskurs 4–6", are a writer's)
            habitual = Set(letterSmall.keys.filter {
                // (one letter's few small starts after periods alone may all be specks' ones: "kostnadsförslaget. och")
                letterSmall[$0]! >= DocumentState.lostCapitalLetterMinCount && letterSmallFirm[$0] != nil
                    && habit(small: letterSmall[$0]!, total: letterSmall[$0]! + (letterCapital[$0] ?? 0), chance: chance)
            })
        }
        guard !habitual.isEmpty else { return }

        // a document's own style after a label that opens a line ("Beslut: Styrelsen …", "Innebandy: Säsongen …"), shown
        // by the words whose capitals the engine reads: where those open with capitals, a habitual letter's small word
        // there lost its capital too (where more than a few open small, "Tid: kl. 18.00", the labels say nothing; a
        // line break inside a sentence puts a colon first on its line too, "frågor: information om")
        /// A word after a line's first token, which ends with a colon.
        func afterColon(_ k: Int) -> Bool {
            k > 0 && !lineStarts[k] && lineStarts[k - 1] && current[k - 1].utf8.last == UInt8(ascii: ":")
        }
        var colonCapitals = 0, colonSmall = 0
        for k in tokens.indices where afterColon(k) {
            guard let w = word(k), !habitual.contains(Unicode.Scalar(String(w.first).lowercased()) ?? w.first) else { continue }
            if TextShape.isUpperLetter(w.first) { colonCapitals += 1 } else { colonSmall += 1 }
        }
        let capitalAfterColon = colonCapitals >= DocumentState.colonCapitalsMinCount
            && colonCapitals >= DocumentState.colonCapitalsPerSmall * colonSmall

        // a double first name's second name keeps its capital where the engine loses that letter's ("Per-åke" for
        // "Per-Åke" from one that reads Å as a small a): the second name is a listed name, the first a capitalised word
        for k in tokens.indices {
            let t = current[k]
            guard t.utf8.contains(UInt8(ascii: "-")) else { continue }
            let parts = tokenParts(t)
            let halves = parts.core.split(separator: "-", omittingEmptySubsequences: false)
            guard halves.count == 2, halves[0].unicodeScalars.count >= 2, halves[1].unicodeScalars.count >= 2,
                  let f = halves[0].unicodeScalars.first, TextShape.isUpperLetter(f),
                  halves[0].unicodeScalars.dropFirst().allSatisfy(TextShape.isLowerLetter),
                  let g = halves[1].unicodeScalars.first, habitual.contains(g),
                  halves[1].unicodeScalars.allSatisfy(TextShape.isLowerLetter), !listedCommonWord(String(halves[1]))
            else { continue }
            let second = TextShape.capitalizingFirst(String(halves[1]))
            guard isListedName(second) else { continue }
            let name = parts.prefix + halves[0] + "-" + second + parts.suffix
            out[k] = Correction(original: tokens[k], replacement: name, score: out[k]?.score ?? 2,
                                rule: out[k].map { $0.rule + "+case" } ?? "case")
        }

        for k in tokens.indices {
            let t = current[k]
            // a party in small letters, "(s)" for "(S)"
            if let c = partyLetter(t), let u = c.unicodeScalars.first, habitual.contains(u) {
                out[k] = Correction(original: tokens[k], replacement: "(" + c.uppercased() + ")" + t.dropFirst(3), score: 2,
                                    rule: "party")
                continue
            }
            guard let w = word(k), !TextShape.isUpperLetter(w.first), habitual.contains(w.first) else { continue }
            // (a sign before the word may be its lost first letter, gocr's "_örslag")
            guard tokenParts(t).prefix.allSatisfy({ DocumentState.openingMarks.contains($0) }) else { continue }
            // (where periods teach nothing, the document's specks, they give nothing either: "resultat. och")
            if opensSomething(k, periods: periodsTeach) || capitalAfterColon && afterColon(k) {
                out[k] = Correction(original: tokens[k], replacement: capitalized(t), score: out[k]?.score ?? 2,
                                    rule: out[k].map { $0.rule + "+case" } ?? "case")
                continue
            }
            // elsewhere only a name: no listed word in small letters, and read with its capital as a listed name
            let ocr = tokenParts(tokens[k])
            if !listedCommonWord(w.core), let read = decidedReading(TextShape.capitalizingFirst(ocr.core)),
               read.source == .lexicon, let e = listedWord(read.text), e.flags.contains(.capitalized),
               let f = read.text.unicodeScalars.first, TextShape.isUpperLetter(f),
               habitual.contains(Unicode.Scalar(String(f).lowercased()) ?? f) {
                out[k] = Correction(original: tokens[k], replacement: ocr.prefix + read.text + ocr.suffix, score: 2,
                                    rule: "case")
                continue
            }
            // else, after a listed first name (nothing between them), a surname: no common word that hunspell
            // accepts (the web's small "ståhlberg" is a name's), nor an English one ("Tomas ådahl", "Ulf sävström";
            // not "Anna sammanfattade", "Verner sköld"); clean text, which has no such habit, writes small unlisted
            // compounds and web words there too ("Ulf regionskontor", "Per såkallade")
            // (or after a club's or a firm's abbreviation in capitals, or before one: "OK ödmården", "IFK strömsnäs",
            // "Bokslutsbyrån strömsnäs AB")
            let besideAbbreviation = k > 0 && !lineStarts[k] && DocumentState.isNameAbbreviation(current[k - 1])
                || k + 1 < tokens.count && !lineStarts[k + 1] && tokenParts(t).suffix.isEmpty
                && tokenParts(current[k + 1]).prefix.isEmpty && DocumentState.isNameAbbreviation(tokenParts(current[k + 1]).core)
            if k > 0, !lineStarts[k], name(k - 1, closing: false) || besideAbbreviation, tokenParts(t).prefix.isEmpty,
               !listedCommonWord(w.core), !listedCommonWord(TextShape.lowercased(tokenParts(tokens[k]).core)),
               r.model.foreignWords[w.core] == nil {
                out[k] = Correction(original: tokens[k], replacement: capitalized(t), score: out[k]?.score ?? 2,
                                    rule: out[k].map { $0.rule + "+case" } ?? "case")
            }
        }
    }
}

