import Foundation

/// Punctuation repair: the last pass, over the words as repaired.
///
/// Poor scans add specks that OCR reads as marks ("tekniken :", "som. delvis") and blur a "," into ";" and a
/// "." into ":". Print has firm habits these rules lean on: no mark stands alone between spaces, a sentence
/// that ends with "." does not go on with a small letter, and "," is far more common than ";".
extension DocumentState {
    /// Most words of a label before its colon at a line start ("Justeringens plats och tid:").
    static let labelMaxWords = 4
    /// Most words before the comma that shows a colon opening a list on its line.
    static let listEntryMaxWords = 3
    /// Fewest lines of a list ("Göran Söderström, ordförande") that show a document's comma between a name and a
    /// small word, before a period there is that comma blurred.
    static let listCommaMinLines = 2
    /// Most words of a list's line ("Mikael Öberg, fastighetschef, under punkt 7"); a longer one is a sentence's
    /// ("Nora Hägglund informerar om att 14 nomineringar …").
    static let listLineMaxWords = 7
    /// Fewest labels written with a semicolon that show an engine's habit of reading colons so.
    static let semicolonLabelMinCount = 2
    /// Semicolons closing list entries that make a document's semicolons before capitals the writer's.
    static let listSemicolonMinCount = 3
    /// Fewest periods before a small letter inside a line that make a page one whose OCR leaves specks after words.
    static let speckledMinPeriods = 2
    /// Fewest commas after a word before a small letter that make a period after it there a blurred comma.
    static let commaHabitMinCount = 2

    /// Periods after a word (not an abbreviation) before a small letter of another shape than its capital, inside a
    /// line or also across a line break, `sparing` aside: a sentence goes on with a capital, so these are specks a
    /// page's OCR left after words.
    func periodsBeforeSmallLetters(_ text: [String], lineStarts: [Bool], acrossLines: Bool = false,
                                   sparing: Set<Unicode.Scalar> = []) -> Int {
        let lookalikes = r.model.rules.punctuation.caseLookalikes.unicodeScalars
        var n = 0
        for k in text.indices.dropLast()
        where (acrossLines || !lineStarts[k + 1]) && text[k].utf8.last == UInt8(ascii: ".") {
            let core = tokenParts(text[k]).core
            guard core.unicodeScalars.count >= 2, core.unicodeScalars.allSatisfy(TextShape.isLetter),
                  !r.abbreviations.contains(TextShape.lowercased(core)), let f = text[k + 1].unicodeScalars.first,
                  TextShape.isLowerLetter(f), !lookalikes.contains(f), !sparing.contains(f) else { continue }
            n += 1
        }
        return n
    }

    /// An "&" read as another sign between two words ("gymn b vux", "för £ grund"), where the document has that
    /// sign between words at least twice (once may be a list's letter or a typo).
    func ampersandPass(_ out: inout [Correction?], tokens: [String], lineStarts: [Bool]) {
        let looks = Set(r.model.rules.punctuation.ampersandLookalikes)
        guard !looks.isEmpty, tokens.count >= 3, tokens.contains(where: looks.contains) else { return }
        let text = tokens.indices.map { out[$0]?.replacement ?? tokens[$0] }
        var places: [String: [Int]] = [:]
        for k in 1..<(tokens.count - 1) where !lineStarts[k] && !lineStarts[k + 1] && looks.contains(text[k]) {
            guard let l = text[k - 1].unicodeScalars.last, TextShape.isLetter(l),
                  let f = text[k + 1].unicodeScalars.first, TextShape.isLetter(f) else { continue }
            places[text[k], default: []].append(k)
        }
        for ks in places.values where ks.count >= DocumentState.ampersandMinRepeats {
            for k in ks { out[k] = Correction(original: tokens[k], replacement: "&", score: 2, rule: "ampersand") }
        }
    }

    /// How often a document must have a sign between words before it is its "&".
    static let ampersandMinRepeats = 2

    /// How OCR reads a voting table's cross: small (ocrad, which tells case by size) or as two glyphs.
    static let voteMarkReadings: Set<String> = ["x", "xx", "Xx", "xX"]

    /// A voting table's cross after a member's party ("Mats Ståhlberg (M) X"), which OCR read as a small x or as two
    /// letters: no word stands there, and a writer marks a vote with one capital X.
    func voteMarkPass(_ out: inout [Correction?], tokens: [String]) {
        for k in tokens.indices.dropFirst() where tokens[k].utf8.count <= 2 {
            guard DocumentState.voteMarkReadings.contains(tokens[k]),
                  isPartyToken(out[k - 1]?.replacement ?? tokens[k - 1]) else { continue }
            out[k] = Correction(original: tokens[k], replacement: "X", score: 2, rule: "punctuation")
        }
    }

    /// A curly bracket that closes what a round one opened on its line ("(socialchef}", "(för grund, gymn}") is that
    /// round one misread (gocr): running text has no curly brackets, and the open "(" says which bracket it stands
    /// for. A line that opens a curly bracket anywhere is left alone.
    func curlyBracketPass(_ out: inout [Correction?], tokens: [String], lineStarts: [Bool]) {
        // (most documents have none: settle them on the bytes)
        guard tokens.contains(where: { TextShape.hasByte($0, UInt8(ascii: "}")) }) else { return }
        for line in DocumentState.lines(count: tokens.count, lineStarts: lineStarts) {
            let text = line.map { out[$0]?.replacement ?? tokens[$0] }
            guard text.contains(where: { TextShape.hasByte($0, UInt8(ascii: "}")) }),
                  !text.contains(where: { TextShape.hasByte($0, UInt8(ascii: "{")) }) else { continue }
            var open = 0
            for (k, t) in zip(line, text) {
                var fixed = ""
                var changed = false
                for c in t {
                    switch c {
                    case "(": open += 1
                    case ")": open = max(0, open - 1)
                    case "}" where open > 0:
                        open -= 1
                        fixed.append(")")
                        changed = true
                        continue
                    default: break
                    }
                    fixed.append(c)
                }
                guard changed else { continue }
                out[k] = Correction(original: tokens[k], replacement: fixed, score: out[k]?.score ?? 2,
                                    rule: out[k].map { $0.rule + "+punctuation" } ?? "punctuation")
            }
        }
    }

    /// Fewest dots apart that make a dotted line: a writer spaces an ellipsis's three (". . .") at most.
    static let leaderMinDots = 4

    /// A dotted line for a signature or a sum (a leader) read as dots apart: ocrad measures the gap between two dots
    /// as a word's ("Justerare . . . . . . ."). The dots of a run on one line become one token again (rule `leader`);
    /// the gap between two leaders side by side is lost with the rest, so they stay one.
    func dotLeaderPass(_ out: inout [Correction?], tokens: [String], lineStarts: [Bool]) {
        /// Whether token k, as repaired so far, is dots alone.
        func dots(_ k: Int) -> Bool {
            let t = out[k]?.replacement ?? tokens[k]
            return !t.isEmpty && t.utf8.allSatisfy { $0 == UInt8(ascii: ".") }
        }
        var k = 0
        while k < tokens.count {
            guard dots(k) else { k += 1; continue }
            var end = k + 1
            while end < tokens.count && !lineStarts[end] && dots(end) { end += 1 }
            if end - k >= DocumentState.leaderMinDots {
                let run = (k..<end).map { out[$0]?.replacement ?? tokens[$0] }.joined()
                for j in k..<end {
                    out[j] = Correction(original: tokens[j], replacement: j == k ? run : "", score: 2, rule: "leader")
                }
            }
            k = end
        }
    }

    func punctuationPass(_ out: inout [Correction?], tokens: [String], lineStarts: [Bool]) {
        let rules = r.model.rules.punctuation
        guard !tokens.isEmpty else { return }
        var text = tokens.indices.map { out[$0]?.replacement ?? tokens[$0] }
        var rule = [String?](repeating: nil, count: tokens.count)
        let wordChanges = out.reduce(0) { $0 + ($1 == nil ? 0 : 1) }
        let noisy = Double(wordChanges) >= rules.noisyDocumentShare * Double(tokens.count)
        var lineIndex = [Int](repeating: 0, count: tokens.count)
        for k in tokens.indices where k > 0 && !lineStarts[k] { lineIndex[k] = lineIndex[k - 1] + 1 }
        // a line's first words up to a colon, none of them ending with a mark, are a label ("Justeringens plats och
        // tid: Kommunhuset"), up to `labelMaxWords` words
        // (a dashed list's entry may open with a label too: "– Bokslut och budget: Björn Hägglöf")
        var labelSoFar = [Bool](repeating: false, count: tokens.count)
        var labelFrom = 0
        for k in tokens.indices {
            if lineStarts[k] || k == 0 || lineStarts[k - 1] && DocumentState.bullets.contains(tokens[k - 1]) {
                labelFrom = lineIndex[k]
                labelSoFar[k] = tokens[k].unicodeScalars.first.map { TextShape.isUpperLetter($0) } ?? false
            } else {
                labelSoFar[k] = labelSoFar[k - 1] && lineIndex[k] - labelFrom < DocumentState.labelMaxWords
                    && (tokens[k - 1].unicodeScalars.last.map { TextShape.isLetter($0) } ?? false)
            }
        }
        // a line that starts with a small letter goes on with a sentence: none of its words is a label's
        var midSentence = [Bool](repeating: false, count: tokens.count)
        for k in tokens.indices {
            if lineStarts[k] || k == 0 {
                // (a point's letter, "a)" or "b.", opens its line as a list does, not a sentence's small word)
                let pointLetter = tokens[k].unicodeScalars.count == 2
                    && [")", "."].contains(tokens[k].unicodeScalars.last!)
                midSentence[k] = !pointLetter
                    && tokens[k].unicodeScalars.first.map { TextShape.isLetter($0) && $0.properties.isLowercase } ?? false
            } else {
                midSentence[k] = midSentence[k - 1]
            }
        }

        // lone specks; a list dash read as another sign where the document's other list lines have dashes
        var bullets: [String: Int] = [:]
        for k in tokens.indices where lineStarts[k] && (text[k] == "-" || text[k] == "–") { bullets[text[k], default: 0] += 1 }
        // print never starts a line with "=" or ">": a list dash, the document's own kind when it has one
        let bullet = bullets.max { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key }?.key ?? "-"
        let legacy = channel.legacyWeight >= 0.5
        // marks blur into their neighbours (":" for ".", ";" for ",") in a poor scan; legacy OCR comes from clean
        // ones, where a colon or semicolon is the writer's (prose writes "Exempel: Goldie")
        let blurred = noisy && !legacy
        // an engine that writes a colon as a semicolon shows it on labels: a line that opens with a common word and a
        // semicolon ("Datum; söndagen", "Plats;") is a label's colon, and two such make every semicolon a colon
        // (others blur commas into them: "Härjedalen; Östersund")
        // (so does a label of a few words, "Plats och tid;", "Anmält förhinder;", a word that announces a list on the
        // lines below, "bland annat;" over "- behovet av", and a word before a number, "Tid; 09.00", "socionomer;
        // 550 000": a writer's semicolon separates clauses and list entries)
        var labelSemicolons = 0
        /// A word of letters only, as written.
        func bareWord(_ t: String) -> Bool { t.unicodeScalars.allSatisfy { TextShape.isLetter($0) || $0 == "-" } }
        for k in tokens.indices where text[k].utf8.count > 1 && text[k].utf8.last == UInt8(ascii: ";") {
            let parts = tokenParts(text[k])
            guard parts.suffix == ";", parts.prefix.isEmpty, let f = parts.core.unicodeScalars.first,
                  TextShape.isLetter(f), bareWord(parts.core) else { continue }
            let endsLine = k + 1 == tokens.count || lineStarts[k + 1]
            if k == 0 || lineStarts[k], TextShape.isUpperLetter(f), listedCommonWord(TextShape.lowercased(parts.core)) {
                labelSemicolons += 1
                continue
            }
            if endsLine {
                if k + 1 < tokens.count, ["-", "–", "—", "•"].contains(text[k + 1]) { labelSemicolons += 1 }
                continue
            }
            if let d = text[k + 1].unicodeScalars.first, TextShape.isDigit(d) {
                labelSemicolons += 1
                continue
            }
            if k == 0 || lineStarts[k] { continue }
            // (a label's later words are small: "Eva Lind;" in a list of names is no label)
            var j = k - 1
            while j > 0 && !lineStarts[j] && k - j < 3 { j -= 1 }
            let small = (j + 1..<k).allSatisfy {
                bareWord(text[$0]) && text[$0].unicodeScalars.first.map(TextShape.isLowerLetter) == true
            }
            guard k - j < 3, j == 0 || lineStarts[j], let g = text[j].unicodeScalars.first, TextShape.isUpperLetter(g),
                  bareWord(text[j]), small, TextShape.isLowerLetter(f) else { continue }
            labelSemicolons += 1
        }
        let semicolonIsColon = labelSemicolons >= DocumentState.semicolonLabelMinCount
        // a writer who separates the entries of a list with semicolons does so all along, each entry holding a comma
        // or a party ("Anna Ek (S), ordförande; Per Holm (M); Eva Lind, sekreterare; Bo Ås"): three such semicolons
        // before a capital make such semicolons the writer's, where a blurred comma comes now and then ("Regionhuset;
        // Örebro")
        var listSemicolons: Set<Int> = []
        if blurred {
            var entryMarked = false
            for k in tokens.indices {
                let t = text[k]
                // (a capitalised word first on its line is a label, "Beslut;")
                if t.hasSuffix(";"), t.utf8.count > 1, entryMarked || t.hasSuffix(");"), k + 1 < tokens.count,
                   let f = text[k + 1].unicodeScalars.first, TextShape.isUpperLetter(f),
                   !(lineStarts[k] && t.unicodeScalars.first.map { TextShape.isUpperLetter($0) } == true) {
                    listSemicolons.insert(k)
                }
                // (an entry may go on over a line break; a sentence's end or a label's colon ends it)
                if t.hasSuffix(";") || t.hasSuffix(".") || t.hasSuffix(":") {
                    entryMarked = false
                } else if t.hasSuffix(",") || t.hasSuffix(")") {
                    entryMarked = true
                }
            }
        }
        if listSemicolons.count < DocumentState.listSemicolonMinCount { listSemicolons = [] }
        /// A period, colon or semicolon alone first on its line before a word, or last after a word's letter
        /// ("Stämmans öppnande .", ": Föreningens ordförande"): a writer sets it after the word or not at all, while a
        /// number's mark is a footnote's ("människa70 .") and stays.
        func lonePeriodOrColonAtLineEdge(_ k: Int, endsLine: Bool) -> Bool {
            guard text[k].count == 1, let c = text[k].unicodeScalars.first, c == "." || c == ":" || c == ";" else { return false }
            if lineStarts[k], !endsLine, let f = text[k + 1].unicodeScalars.first { return TextShape.isLetter(f) }
            if endsLine, !lineStarts[k], k > 0, let l = text[k - 1].unicodeScalars.last { return TextShape.isLetter(l) }
            return false
        }
        for k in tokens.indices {
            let t = text[k]
            guard !t.isEmpty, t.utf8.count <= 6, t.count <= 2, t.unicodeScalars.allSatisfy({ !TextShape.isLetter($0) && !TextShape.isDigit($0) })
            else { continue }
            let endsLine = k + 1 == tokens.count || lineStarts[k + 1]
            // (a bracket that a later token of its line closes is a bracket)
            let bar = t == "|"
                || t == "[" && !DocumentState.closesOnLine(k, open: "[", tokens: text, lineStarts: lineStarts)
            if lineStarts[k], !endsLine, rules.bulletLookalikes.contains(t) {
                text[k] = bullet; rule[k] = "bullet"
            } else if lineStarts[k], !endsLine, rules.roundBulletLookalikes.contains(t) {
                text[k] = "•"; rule[k] = "bullet"
            } else if legacy, bar, !endsLine, let f = text[k + 1].first, f.isLetter,
                      f.isLowercase || !lineStarts[k] && DocumentState.startsSentence(at: k, tokens: text, lineStarts: lineStarts) {
                // OCR without Swedish data reads the word "I"/"i" as a bar or a bracket; before a capital only a
                // sentence's first word inside a line is one ("detta. | USA är"), not a table's rule between cells
                text[k] = DocumentState.startsSentence(at: k, tokens: text, lineStarts: lineStarts) ? "I" : "i"
                rule[k] = "channel"
            } else if legacy, bar, endsLine, !lineStarts[k], k + 1 < tokens.count,
                      let last = text[k - 1].unicodeScalars.last, last == "." || last == "!" || last == "?",
                      let f = text[k + 1].unicodeScalars.first, TextShape.isLetter(f) || TextShape.isDigit(f) || f == "#" {
                // the same word last on its line after a sentence's end ("överbelastning. |" + "Sverige"): print does
                // not end a line with a bar, and a sentence's first word may be its line's last
                text[k] = "I"; rule[k] = "channel"
            } else if t.allSatisfy({ rules.specks.contains(String($0)) })
                        && (blurred || !t.unicodeScalars.allSatisfy({ ".,:;=".unicodeScalars.contains($0) })
                            || lonePeriodOrColonAtLineEdge(k, endsLine: endsLine)) {
                // (in a clean page a mark between spaces is the writer's, whether OCR had Swedish data or not:
                // "PIN-kod = Personal Identifier Number", "av FBI , Televerket"; a bar or a quote alone is dirt in any
                // scan)
                text[k] = ""; rule[k] = "speck"
            } else if blurred, t == "-", endsLine, !lineStarts[k] {
                // print does not end a line with a spaced hyphen (a word's own hyphen stays on it, a dash is kept
                // with the word before it); in a poor scan such a dash is dirt at the margin
                text[k] = ""; rule[k] = "speck"
            } else if t == "(", !endsLine, let f = text[k + 1].first, f.isLetter || f.isNumber {
                // "( KD)": the bracket belongs to the next word
                text[k] = ""; rule[k] = "speck"
                text[k + 1] = "(" + text[k + 1]; rule[k + 1] = "punctuation"
            }
        }

        // a dash glued to a word: a list dash that lost its space at a line start ("--Introduktionsprogram" →
        // "- Introduktionsprogram"), dirt before a word inside a line of a poor scan ("att fastställa -skattesatsen")
        for k in tokens.indices where rule[k] == nil {
            let t = text[k]
            guard let f = t.unicodeScalars.first, f == "-" || f == "–" else { continue }
            let rest = t.unicodeScalars.drop { $0 == "-" || $0 == "–" }
            guard t.unicodeScalars.count - rest.count <= 2, let g = rest.first, TextShape.isLetter(g) else { continue }
            let word = String(String.UnicodeScalarView(rest))
            let core = tokenParts(word).core
            guard core.count >= 2, !core.contains("-"), listedWord(core) != nil, lexicon.entry(t) == nil
            else { continue }
            let endsLine = k + 1 == tokens.count || lineStarts[k + 1]
            if lineStarts[k], !endsLine {
                text[k] = bullet + " " + word; rule[k] = "bullet"
            } else if noisy, !lineStarts[k] {
                text[k] = word; rule[k] = "speck"
            }
        }

        // a numbered point that lost its period ("1 Reviderad riktlinje" in a document that writes "6. Rekryteringsläget",
        // "7. Kvalitetsregister"): a bare number at a line start before a capital, next to another point's number
        var points = Set<Int>()
        var pointsWithPeriod = 0
        func point(_ t: String) -> (Int, Substring)? {
            let digits = t.prefix { $0.isASCII && $0.isNumber }
            guard (1...2).contains(digits.count), digits.first != "0", let n = Int(digits) else { return nil }
            return (n, t.dropFirst(digits.count))
        }
        for k in tokens.indices where lineStarts[k] && text[k].utf8.count <= 3 {
            guard let (n, rest) = point(text[k]), rest.isEmpty || rest == "." || rest == ":" else { continue }
            points.insert(n)
            if rest == "." { pointsWithPeriod += 1 }
        }
        if pointsWithPeriod >= 2 {
            for k in tokens.indices where lineStarts[k] && rule[k] == nil && k + 1 < tokens.count && !lineStarts[k + 1] {
                guard let (n, rest) = point(text[k]), rest.isEmpty, points.contains(n - 1) || points.contains(n + 1),
                      let f = text[k + 1].unicodeScalars.first, TextShape.isUpperLetter(f) else { continue }
                text[k] += "."; rule[k] = "punctuation"
            }
        }

        // a straight quote glued to a word's start that nothing closes on its line or the next is a speck in a poor
        // scan ("\"Thomas", "'så"); Swedish quotes are ” and the writer's own straight ones come in pairs (legacy OCR of a
        // clean page has no specks: a quote there opens a quotation that goes on over lines)
        if blurred {
            let quotes: Set<Character> = ["\"", "'", "”", "“", "„", "’"]
            for k in tokens.indices where rule[k] == nil {
                let t = text[k]
                guard let f = t.first, f == "\"" || f == "'", t.count >= 3, t.dropFirst().first?.isLetter == true,
                      !t.dropFirst().contains(where: { quotes.contains($0) }) else { continue }
                var j = k + 1, lines = 0, closed = false
                while j < tokens.count {
                    if lineStarts[j] { lines += 1; if lines > 1 { break } }
                    // (a mark glued to a word's start opens, it does not close)
                    let u = text[j]
                    if u.dropFirst().contains(where: { quotes.contains($0) })
                        || u.first.map(quotes.contains) == true && u.dropFirst().first?.isLetter != true {
                        closed = true; break
                    }
                    j += 1
                }
                if !closed { text[k] = String(t.dropFirst()); rule[k] = "speck" }
            }
        }

        /// A capitalised word that the lexicon lists in small letters, or a compound of listed parts: a sentence's
        /// first word, not a name.
        func commonWordFollows(_ next: String) -> Bool {
            let core = tokenParts(next).core
            guard core.unicodeScalars.count >= 2, !TextShape.isAllCaps(core) else { return false }
            if listedWord(core) != nil { return listedCommonWord(core) }
            return core.unicodeScalars.allSatisfy(TextShape.isLetter) && analyze(core).candidates.first?.source == .compound
        }
        /// `core` (token k's) is a capitalised name after another capitalised word of its line: a surname after a first
        /// name, as lists of people write them.
        func isNameInList(_ k: Int, core: String) -> Bool {
            guard k > 0, let f = core.unicodeScalars.first, TextShape.isUpperLetter(f), core.unicodeScalars.count >= 2,
                  !TextShape.isAllCaps(core), core.unicodeScalars.allSatisfy(TextShape.isLetter),
                  !r.abbreviations.contains(TextShape.lowercased(core)), !commonWordFollows(text[k]) else { return false }
            let before = text[k - 1]
            guard let g = before.unicodeScalars.first, TextShape.isUpperLetter(g),
                  before.unicodeScalars.allSatisfy({ TextShape.isLetter($0) || $0 == "-" }) else { return false }
            return true
        }
        func next(after k: Int) -> Int? {
            var j = k + 1
            while j < tokens.count, text[j].isEmpty { j += 1 }
            return j < tokens.count ? j : nil
        }
        /// A word of `announcingWords` or a count stands in the sentence before the colon at `k`, on its line ("följande
        /// medlemmar har uppvaktats med blommor och kort:", "har två anbud inkommit:"): the colon announces a list.
        func announcesList(_ k: Int) -> Bool {
            var j = k
            while j >= 0 {
                let c = TextShape.lowercased(tokenParts(text[j]).core)
                if r.announcingWords.contains(c) { return true }
                if j < k, let l = text[j].utf8.last, ".!?:".utf8.contains(l) { return false }
                if lineStarts[j] { return false }
                j -= 1
            }
            return false
        }
        /// Token `k` stands after the name that opens its line (after a list's dash, if any) and its comma: "Emil
        /// Sandström, folkhälsostrateg, …".
        func inAttendanceEntry(_ k: Int) -> Bool {
            var start = k - lineIndex[k]
            if DocumentState.bullets.contains(text[start]) { start += 1 }
            guard start + 1 < k, !lineStarts[start + 1] else { return false }
            let first = tokenParts(text[start]), last = tokenParts(text[start + 1])
            return first.suffix.isEmpty && last.suffix == "," && [first.core, last.core].allSatisfy { w in
                w.unicodeScalars.first.map(TextShape.isUpperLetter) == true
                    && w.unicodeScalars.dropFirst().allSatisfy { TextShape.isLowerLetter($0) || $0 == "-" }
            }
        }
        /// The colon at `k` opens a list on its line: a comma follows within a few short entries' words, no period
        /// before it ("planens fyra fokusområden: läsfrämjande, digital delaktighet", "soprummet: klart, delades ut").
        func opensListOnLine(_ k: Int) -> Bool {
            var j = k + 1
            while j < tokens.count, !lineStarts[j], j - k <= DocumentState.listEntryMaxWords {
                if text[j].hasSuffix(",") { return true }
                if let l = text[j].utf8.last, ".;:!?".utf8.contains(l) { return false }
                j += 1
            }
            return false
        }
        /// The capitalised word at `j` goes on as a sentence's first word does: a mark of its own, the line's end or a
        /// small letter after it; a capital or a number makes it part of a name ("Linnea Hall", "Region Dalarna",
        /// "Väster 3:14", "Björkhagsgatan 12").
        func goesOnAsSentence(_ j: Int) -> Bool {
            guard tokenParts(text[j]).suffix.isEmpty, let n = next(after: j), !lineStarts[(j + 1)...n].contains(true),
                  let f = text[n].unicodeScalars.first else { return true }
            return TextShape.isLetter(f) && f.properties.isLowercase
        }
        // a page whose OCR leaves specks after words shows it in periods before a small letter that no capital
        // explains inside a line ("att. motionen"): print has two in the 107 000 words of the prose sets, OCR of a
        // poor or typewritten page several on every page; where it does, a period before a small c, k, o, s … is a
        // speck too ("föreslå. kommunerna")
        let speckled = !legacy
            && periodsBeforeSmallLetters(text, lineStarts: lineStarts) >= DocumentState.speckledMinPeriods
        // how often the document writes a word with a comma, and with nothing, before a small letter on its line: a
        // list that repeats its phrase ("för & grund, gymn & vux" on every line of an attendance list) shows which
        // mark a period there stands for
        // (counted at the first period that asks, most documents having none to ask about, on the words as they
        // stand before the marks below change)
        let unmarked = text
        var beforeSmallLetter: (comma: [String: Int], bare: [String: Int])?
        /// A capitalised word that ends the name opening its line ("Göran Söderström" before a role): its line's first
        /// two or three words, all capitalised, with no mark before it, on a line as short as a list's.
        func endsOpeningName(_ k: Int) -> Bool {
            guard (1...2).contains(lineIndex[k]) else { return false }
            var end = k
            while end + 1 < tokens.count && !lineStarts[end + 1] { end += 1 }
            guard lineIndex[end] < DocumentState.listLineMaxWords else { return false }
            for j in (k - lineIndex[k])...k {
                let core = tokenParts(unmarked[j]).core
                guard let f = core.unicodeScalars.first, TextShape.isUpperLetter(f),
                      core.unicodeScalars.dropFirst().allSatisfy({ TextShape.isLowerLetter($0) || $0 == "-" }),
                      j == k || unmarked[j] == core else { return false }
            }
            return true
        }
        var listCommas: Int?
        /// Lines of the document whose opening name a comma ends before a small word.
        func listCommaLines() -> Int {
            if let n = listCommas { return n }
            var n = 0
            for k in tokens.indices where k + 1 < tokens.count && !lineStarts[k + 1] && unmarked[k].hasSuffix(",")
                && endsOpeningName(k) {
                if let f = unmarked[k + 1].unicodeScalars.first, TextShape.isLowerLetter(f) { n += 1 }
            }
            listCommas = n
            return n
        }
        func writesWithComma(_ lower: String) -> Bool {
            if beforeSmallLetter == nil {
                var comma: [String: Int] = [:], bare: [String: Int] = [:]
                for k in tokens.indices.dropLast() where !lineStarts[k + 1] {
                    guard let f = unmarked[k + 1].unicodeScalars.first, TextShape.isLowerLetter(f) else { continue }
                    let parts = tokenParts(unmarked[k])
                    guard parts.core.unicodeScalars.count >= 2, parts.core.unicodeScalars.allSatisfy(TextShape.isLetter)
                    else { continue }
                    if parts.suffix == "," {
                        comma[TextShape.lowercased(parts.core), default: 0] += 1
                    } else if parts.suffix.isEmpty {
                        bare[TextShape.lowercased(parts.core), default: 0] += 1
                    }
                }
                beforeSmallLetter = (comma, bare)
            }
            let c = beforeSmallLetter!.comma[lower] ?? 0
            return c >= DocumentState.commaHabitMinCount && c > beforeSmallLetter!.bare[lower] ?? 0
        }
        /// Token k is on a dashed list's entry: its line opens with a dash, or goes on from one of the two before it
        /// that opens with one (a line that goes on starts with a small letter or a number, and the line before it
        /// ends without a mark).
        func inDashedEntry(_ k: Int) -> Bool {
            var j = k
            for _ in 0..<3 {
                while j > 0 && !lineStarts[j] { j -= 1 }
                if DocumentState.bullets.contains(text[j]) { return true }
                if let f = text[j].unicodeScalars.first, TextShape.isUpperLetter(f) { return false }
                // (the line before: blank lines between are the scan's, a mark at its end closes another entry)
                var e = j - 1
                while e > 0 && text[e].isEmpty { e -= 1 }
                guard e >= 0, let last = text[e].unicodeScalars.last, !".:;".unicodeScalars.contains(last)
                else { return false }
                j = e
            }
            return false
        }
        /// Token k, whose core is `core`, is one part of an abbreviation the list writes with inner periods, spaced out
        /// on the page ("ek. för.", "t. ex.", "bl. a."): its period is the abbreviation's.
        func inSpacedAbbreviation(_ k: Int, _ core: String) -> Bool {
            let lower = TextShape.lowercased(core)
            if k > 0, text[k - 1].utf8.last == UInt8(ascii: "."),
               r.abbreviations.contains(TextShape.lowercased(tokenParts(text[k - 1]).core) + "." + lower) {
                return true
            }
            guard let n = next(after: k), !lineStarts[(k + 1)...n].contains(true) else { return false }
            return r.abbreviations.contains(lower + "." + TextShape.lowercased(tokenParts(text[n]).core))
        }
        // "sedan dess." ends a sentence with a word that otherwise asks for more
        func closesFinalPhrase(_ k: Int, _ core: String) -> Bool {
            guard k > 0, !r.finalPhrases.isEmpty else { return false }
            return r.finalPhrases.contains(TextShape.lowercased(tokenParts(text[k - 1]).core) + " " + core)
        }
        // (where a period before a small letter is a speck: a poor scan or a speckled page)
        let periodSpecks = blurred || speckled
        for k in tokens.indices where rule[k] == nil {
            // an abbreviation's inner period blurred into a colon: "t.o:m.", "fr:o.m."
            if blurred, TextShape.hasByte(text[k], UInt8(ascii: ":")), TextShape.hasByte(text[k], UInt8(ascii: ".")) {
                let parts = tokenParts(text[k])
                let dotted = parts.core.replacingOccurrences(of: ":", with: ".")
                if dotted != parts.core, r.abbreviations.contains(TextShape.lowercased(dotted)) {
                    text[k] = parts.prefix + dotted + parts.suffix
                    rule[k] = "punctuation"
                }
            }
            // most words end in a letter or a comma: skip them before any string work
            switch text[k].utf8.last {
            case UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "'"): break
            case UInt8(ascii: ",") where noisy: break
            default: continue
            }
            let parts = tokenParts(text[k])
            let core = parts.core
            guard !core.isEmpty, let lastCore = core.unicodeScalars.last, TextShape.isLetter(lastCore) || TextShape.isDigit(lastCore)
            else { continue }
            let n = next(after: k)
            let nextText = n.map { text[$0] } ?? ""
            let nextFirst = nextText.unicodeScalars.first
            let nextLower = nextFirst.map { TextShape.isLetter($0) && $0.properties.isLowercase } ?? false
            let nextUpper = nextFirst.map { TextShape.isLetter($0) && $0.properties.isUppercase } ?? false
            let sameLine = n.map { j in !lineStarts[(k + 1)...j].contains(true) } ?? false
            // a capitalised word alone after a sentence's end is a label whose colon is the writer's, inside a line as
            // well as at its start ("godkändes. Tillägg: frågan om", "grannar. Svar: i första hand")
            let opensSentence = !lineStarts[k] && k > 0
                && text[k - 1].utf8.last.map({ ".!?".utf8.contains($0) }) == true
                && core.unicodeScalars.first.map({ TextShape.isUpperLetter($0) }) == true
            var suffix = parts.suffix
            switch suffix {
            case "." where periodSpecks && sameLine && isPartyToken(nextText)
                && TextShape.isLetter(lastCore) && !r.abbreviations.contains(TextShape.lowercased(core)):
                // a party follows a name with nothing between: "Mikael Öberg. (M)"
                suffix = ""
            case "." where blurred && sameLine && nextUpper && !lineStarts[k] && isNameInList(k, core: core)
                && !commonWordFollows(nextText):
                // a name between names on a line is a list's ("Sara Dahlin, Alingsås"), whose comma a poor scan blurs
                // into a period: a sentence that ends with a name goes on with a common word ("New York. Namnet")
                suffix = ","
            case "." where n != nil && (r.nonFinalWords.contains(core) && !closesFinalPhrase(k, core)
                                        || periodSpecks && r.rarelyFinalWords.contains(core)):
                // a sentence does not end with "att" or "som", and hardly ever with "i", whatever follows: "frånvaro
                // som. CSN använder", "hålls som heldag i. Åre" (in small letters: a numeral "I." may end a list's line)
                suffix = ""
            case ".":
                // "som. delvis": a sentence does not go on with a small letter after its period
                // (only within a line; in a clean document a small c, k, o, s … after a real period may be a capital
                // OCR shrank, while in a poor scan the period is a speck far more often: 23 of 25 times on the
                // swe-degraded samples)
                // (a number's period stays: "5. 0verenskommelse" is a numbered point)
                // (not in OCR without Swedish data, whose engines shrink capitals after a real period ("ärendehantering.
                // förslaget") and leave few specks: on the legacy, ocrad, PP-OCR and noisy samples the rule removed no
                // period rightly)
                guard !legacy, nextLower, sameLine, let f = nextFirst, TextShape.isLetter(lastCore),
                      !TextShape.isAddress(nextText), !core.contains("."),
                      !r.abbreviations.contains(TextShape.lowercased(core)), !inSpacedAbbreviation(k, core)
                else { continue }
                // (a comma where the document writes this word with one before a small letter, more often than with
                // nothing; or after the name that opens a list's line, "Göran Söderström. ordförande", where the
                // document's other list lines have that comma)
                if writesWithComma(TextShape.lowercased(core))
                    || periodSpecks && endsOpeningName(k) && listCommaLines() >= DocumentState.listCommaMinLines {
                    suffix = ","
                    break
                }
                guard periodSpecks || !rules.caseLookalikes.unicodeScalars.contains(f) else { continue }
                // (a listed word, or in a speckled page a compound of listed parts: "projektavslut. och")
                let listed = lexicon.entry(core).map { $0.flags.contains(.valid) && !$0.flags.contains(.unverified) }
                guard listed == true || speckled && core.unicodeScalars.allSatisfy(TextShape.isLetter)
                        && analyze(core).candidates.first?.source == .compound else { continue }
                suffix = ""
            case ":" where blurred && (core.contains(".") && r.abbreviations.contains(TextShape.lowercased(core))
                || r.clockWords.contains(TextShape.lowercased(core)) && nextFirst.map({ TextShape.isDigit($0) }) == true):
                // an abbreviation's period blurred into a colon: "bl.a: till följd", "kl: 18.30" (not a label's
                // colon after one without periods: "Dnr: KS 2025/064", "Tel: 08-…")
                suffix = "."
            case ":" where blurred && sameLine && (lineIndex[k] >= 3 && !labelSoFar[k] || midSentence[k])
                && !opensSentence:
                // a colon deep inside a line is rare in protocols; labels ("Närvarande:") come first on the line; one
                // before a name is the writer's ("Exempel: Marusha"), a new sentence starts with a common word
                // (a word that announces a list, or a pronoun or article opening what the colon introduces, makes it
                // the writer's: "enligt följande: den som bifaller", "årets resor: en dagsresa")
                if nextUpper && commonWordFollows(nextText) || nextText.hasPrefix("§") {
                    suffix = "."
                } else if nextLower && !TextShape.isAddress(nextText),
                          !announcesList(k),
                          !r.colonOpeners.contains(tokenParts(nextText).core), !opensListOnLine(k) {
                    suffix = ""
                } else { continue }
            case ":" where blurred && (lineIndex[k] >= 3 || midSentence[k]) && !opensSentence
                && (n == nil || !sameLine && (nextText.hasPrefix("§") || nextUpper)):
                // a colon after a sentence's words announces a list ("valdes:" over "- Anna Berg"); before the next
                // item of the agenda, a heading or a new sentence it was a period
                // (not after a word that announces one: "bl.a. följande:" over its points)
                if announcesList(k) { continue }
                suffix = "."
            case ":" where blurred && lineStarts[k] && sameLine && nextUpper && core.count <= 2
                && core.unicodeScalars.allSatisfy({ TextShape.isDigit($0) }):
                // a numbered point "5. Överenskommelse"
                suffix = "."
            case ";" where blurred && !listSemicolons.contains(k):
                // (a dashed list's entry ends with one before the next entry's dash: "– dikesrensning …" and on the
                // line after "… rensmassorna;", over "– byte av …"; the line that announces the entries ends with a
                // colon, which gocr reads as a semicolon)
                if let n, !sameLine, DocumentState.bullets.contains(nextText), inDashedEntry(k) { continue }
                suffix = semicolonIsColon ? ":" : ","
            case "," where noisy && nextUpper && core.unicodeScalars.allSatisfy({ TextShape.isDigit($0) })
                && (lineStarts[k] || blurred && core.unicodeScalars.count >= 3)
                || blurred && nextUpper && TextShape.isLowerLetter(core.unicodeScalars.first!):
                // a comma before a capitalised common word ends a sentence in a blurred scan ("budgeterat, Socialnämnden
                // prognostiserar"): after a comma a capital starts a name ("universitet, Göteborgsregionens"); a
                // numbered point's period loses its dot in legacy OCR as well ("4, Aktuellt" at a line start, not
                // "Atari 800, Sol"); a common word that a capital or a number follows names a person, a place or an
                // address ("kontrollansvarig, Linnea Hall", "polisen, Region Dalarna", "samlingslokal, Björkhagsgatan 12")
                // (a numbered point's title may end in a number, "4, Hyresförhandlingarna 2026")
                // (inside a line a sentence ends with a year or an amount, "under 2024, Nästa", while a small number
                // before a capital is a point referred to or an address: "under punkt 11, Övriga frågor",
                // "Kyrkvägen 4, Västra Åsby")
                // (not in an attendance entry, whose commas part a name, a title and a place: "– Emil Sandström,
                // folkhälsostrateg, Älvstads kommun")
                guard commonWordFollows(nextText),
                      core.unicodeScalars.allSatisfy({ TextShape.isDigit($0) }) || goesOnAsSentence(n!),
                      !inAttendanceEntry(k) else { continue }
                suffix = "."
            case "'" where core.unicodeScalars.first.map({ $0.properties.isLowercase }) == true
                && !parts.prefix.contains("'"):
                // a genitive apostrophe follows names; after a small word it is a speck, unless it closes a quote
                // that the word opens ("'löner'")
                suffix = ""
            default:
                continue
            }
            text[k] = parts.prefix + core + suffix
            rule[k] = "punctuation"
        }

        for k in tokens.indices {
            guard let what = rule[k] else { continue }
            let before = out[k]
            if text[k] == tokens[k] { out[k] = nil; continue }
            let combined = before.map { $0.rule + "+" + what } ?? what
            out[k] = Correction(original: tokens[k], replacement: text[k], score: min(before?.score ?? 2, 2), rule: combined)
        }
    }
}
