import Foundation

/// Words OCR ran together by losing the space between them ("skattesatsenfor", "NorrlandskustenBostad", "22,53kronor",
/// "3.Forslag"): some engines drop the spaces of tightly set lines, and once a document shows the habit its
/// run-together tokens are split and the document is read again, so that each part is repaired as the word it is
/// ("skattesatsen för") and context sees its neighbours.
///
/// The habit is the document's, not a word's: Swedish joins words into compounds at will, and clean text has its
/// camel-cased names ("McAfee", "MailBox") and glued footnote numbers ("43Det"). A document qualifies when
/// `minEvidence` distinct tokens show a junction that no compound explains (at most `maxPerKind` of each kind): a
/// number and a word ("2027-2028samt"), a list number and its heading, a label or a comma and what follows, a small
/// letter and a capital, or a word and a function word ("moteti", "tackarfor").
struct LostSpaces {
    let lexicon: Lexicon
    /// A function word is at least this frequent (`Scoring.splitCleanFunctionWordLogP`).
    let functionWordLogP: Double
    /// What OCR makes of "§" (`RepairRules.sectionSign.single`): "s47Mal" is "§ 47 Mål".
    var signs: Set<Character> = []
    /// The document's OCR loses å/ä/ö (no Swedish data): a short piece of a line run together is read with them as
    /// well. Swedish OCR keeps them, so that "arbetsutskottets" is the compound as written, not "ar" read as "är" and
    /// two words after it.
    var marksLost = true
    /// Longest piece that Swedish OCR's marks must match as written (a longer one may hold a spurious ring or dots
    /// of a poor scan, "införmationssäkerhetsspecialister", and still read as one word).
    static let exactPartMaxLetters = 3

    /// Evidence the habit needs: distinct tokens, at most `maxPerKind` of each kind (a writer's own convention,
    /// "43Det" at every footnote, counts once for each token otherwise). Clean prose shows one such token in some
    /// 2 000 words ("omInternet", "MailBox"); OCR that loses spaces shows two or more in a page.
    static let minEvidence = 2
    static let maxPerKind = 2
    /// Shortest part of a split that is not a function word: shorter ones begin words ("upp|han", "Pro|där").
    static let minPartLetters = 4
    /// Shortest token whose letters alone may be split.
    static let minLettersToSplit = 5
    /// A part that is no function word is at least this frequent, or at least `longPartLetters` long: rarer short
    /// parts make names and compounds ("Kärr|man", "Hut|ha"), while a long word is seldom formed by chance.
    static let contentPartLogP = -11.0
    static let longPartLetters = 8
    /// Rules of the one-word reading that `splits` weighs.
    static let compoundRule = "compound", splitRule = "split"

    /// The junction that cuts a token.
    enum Kind {
        case number, numberBeforeCapital, wordBeforeNumber, listNumber, labelNumber, labelWord, sentence, comma,
             signNumber, abbreviationNumber
        case capital, functionWord, content
        /// A junction between letters, which a one-word reading of the token explains as well.
        var isLetters: Bool { self == .capital || self == .functionWord || self == .content }
    }

    /// A token's pieces and the junction that cuts it.
    typealias Split = (pieces: [String], kind: Kind)

    /// Pieces of each token to split, by token index; empty when the document does not lose spaces.
    /// `ids` numbers the distinct tokens (equal tokens share an id below `typeCount`). `rule(k)` names the rule that
    /// decided token k when read as it stands: letters run together stay one word where one reads them so, not as
    /// a compound ("förebyggandde" is "förebyggande", not "förebygg and de"); a token a glued-word rule already
    /// split ("till:365" → "till 365") is that rule's, and counts as evidence only.
    func splits(_ tokens: [String], ids: [Int], typeCount: Int, lineStarts: [Bool], keepSymbols: Set<Character>,
                rule: (Int) -> String?) -> [Int: [String]] {
        func readable(_ k: Int) -> Bool { rule(k).map { $0 != Self.compoundRule } ?? false }
        // first the junctions beside numbers and signs, settled on the bytes for most tokens; letters alone are
        // searched only in a document that shows one such junction at least (a clean text shows none, and the
        // search costs some lexicon look-ups per unknown word)
        var memo = [Split??](repeating: .none, count: typeCount)
        var candidates: [(index: Int, split: Split)] = []
        for (k, t) in tokens.enumerated() {
            let id = ids[k]
            if memo[id] == nil {
                memo[id] = .some(Self.mayHaveJunction(t) ? pieces(t, keepSymbols: keepSymbols, letters: false) : nil)
            }
            if let split = memo[id]! { candidates.append((k, split)) }
        }
        guard !candidates.isEmpty else { return [:] }
        var letterMemo = [Split??](repeating: .none, count: typeCount)
        for (k, t) in tokens.enumerated() where memo[ids[k]]! == nil && !readable(k) {
            let id = ids[k]
            if letterMemo[id] == nil { letterMemo[id] = .some(pieces(t, keepSymbols: keepSymbols, letters: true)) }
            if let split = letterMemo[id]! { candidates.append((k, split)) }
        }
        // a number glued to a capitalised word at a line's start is a lost space only where the document otherwise
        // spaces them ("13Val" among "14 Val"); a book that always glues them writes its footnotes so
        var spaced = 0, glued = 0
        for k in tokens.indices where lineStarts[k] {
            if let p = memo[ids[k]] ?? nil, p.kind == .numberBeforeCapital {
                glued += 1
            } else if k + 1 < tokens.count, !lineStarts[k + 1], tokens[k].unicodeScalars.allSatisfy(TextShape.isDigit),
                      let f = tokens[k + 1].unicodeScalars.first, TextShape.isUpperLetter(f) {
                spaced += 1
            }
        }
        if glued > spaced { candidates.removeAll { $0.split.kind == .numberBeforeCapital } }
        var perKind: [Kind: Set<Int>] = [:]
        for c in candidates where c.split.kind != .content && c.split.kind != .abbreviationNumber {
            perKind[c.split.kind, default: []].insert(ids[c.index])
        }
        let evidence = perKind.values.reduce(0) { $0 + min($1.count, Self.maxPerKind) }
        guard evidence >= Self.minEvidence else { return [:] }
        return Dictionary(candidates.filter { rule($0.index) != Self.splitRule }.map { ($0.index, $0.split.pieces) },
                          uniquingKeysWith: { a, _ in a })
    }

    /// False when the token has neither a digit and a letter nor a sign before a letter, so no junction `junctions`
    /// looks for (most tokens: words, numbers, dates).
    static func mayHaveJunction(_ token: String) -> Bool {
        var sign = false, digit = false, letter = false
        for b in token.utf8 {
            let isLetter = b >= 0x41 && b <= 0x5A || b >= 0x61 && b <= 0x7A || b >= 0xC3
            if sign && isLetter { return true }
            digit = digit || b >= 0x30 && b <= 0x39
            letter = letter || isLetter
            sign = b == UInt8(ascii: ",") || b == UInt8(ascii: ".") || b == UInt8(ascii: ":")
        }
        return digit && letter
    }

    /// The pieces of a token that reads as words run together (punctuation kept on the outer pieces), or nil.
    /// With `letters` false, only a token with a junction beside a number or a sign is split (its letters too).
    func pieces(_ token: String, keepSymbols: Set<Character>, letters: Bool = true) -> Split? {
        let parts = TokenParts(token, keepSymbols: keepSymbols)
        let sc = Array(parts.core.unicodeScalars)
        guard sc.count >= 3 else { return nil }
        var (cuts, kinds) = junctions(sc)
        guard letters || !cuts.isEmpty else { return nil }
        // then the letters between junctions, or the whole token when it has none
        var from = 0
        for end in cuts + [sc.count] {
            var a = from, b = end
            while a < b && !TextShape.isLetter(sc[a]) { a += 1 }
            while b > a && !TextShape.isLetter(sc[b - 1]) { b -= 1 }
            if b - a >= 3, sc[a..<b].allSatisfy(TextShape.isLetter), let inner = letterSplit(Array(sc[a..<b])) {
                cuts += inner.cuts.map { $0 + a }
                kinds.append(inner.kind)
            }
            from = end
        }
        guard !cuts.isEmpty else { return nil }
        cuts = Set(cuts).sorted()
        var out: [String] = []
        from = 0
        for c in cuts + [sc.count] {
            out.append(String(String.UnicodeScalarView(sc[from..<c])))
            from = c
        }
        out[0] = parts.prefix + out[0]
        out[out.count - 1] += parts.suffix
        // (named by its clearest junction: one between letters alone a one-word reading may explain instead)
        return (out, kinds.first { !$0.isLetters } ?? kinds[0])
    }

    /// Where a space was lost beside a number or a sign: "2027-2028samt", "13Val", "3.Forslag", "under2026-2027",
    /// "mote:2026-03-20", "kronor,vilket", "hyreslägenheter.Avtalet", "Organ:Kommunstyrelsen".
    func junctions(_ sc: [Unicode.Scalar]) -> (cuts: [Int], kinds: [Kind]) {
        // runs: letters, a number (digits with "," "." "-" "–" "/" ":" between digits), or one other sign
        enum Run { case letters, number, sign }
        var runs: [(run: Run, range: Range<Int>)] = []
        var i = 0
        while i < sc.count {
            var j = i + 1
            let run: Run
            if TextShape.isLetter(sc[i]) {
                run = .letters
                while j < sc.count && TextShape.isLetter(sc[j]) { j += 1 }
            } else if TextShape.isDigit(sc[i]) {
                run = .number
                while j < sc.count && (TextShape.isDigit(sc[j]) || "-–/,.:".unicodeScalars.contains(sc[j])
                                       && j + 1 < sc.count && TextShape.isDigit(sc[j + 1])) { j += 1 }
            } else {
                run = .sign
            }
            runs.append((run, i..<j))
            i = j
        }
        guard runs.count >= 2 else { return ([], []) }
        var cuts: [Int] = [], kinds: [Kind] = []
        func word(_ r: Range<Int>) -> LexiconEntry? { listedWord(sc[r]) }
        // (or words run together themselves: "9,7miljonerkronor", "hemtjänsten.Barn")
        func words(_ r: Range<Int>) -> Bool { word(r) != nil || letterSplit(Array(sc[r])) != nil }
        func lowerAfterFirst(_ r: Range<Int>) -> Bool { sc[(r.lowerBound + 1)..<r.upperBound].allSatisfy(TextShape.isLowerLetter) }
        func capitalised(_ r: Range<Int>) -> Bool { TextShape.isUpperLetter(sc[r.lowerBound]) && lowerAfterFirst(r) }
        // "s47Mal…", "S49": an item heading's "§" read as a look-alike and glued to its number (the heading then
        // starts at the number)
        var heading = 0
        // (before a capitalised title or nothing: "S6derhamn" is a name with a digit for its ö)
        if runs[0].range.count == 1, signs.contains(Character(sc[0])), !TextShape.isDigit(sc[0]), runs[1].run == .number,
           runs[1].range.count <= 3, sc[runs[1].range].allSatisfy(TextShape.isDigit),
           runs.count == 2 || runs[2].run == .letters && TextShape.isUpperLetter(sc[runs[2].range.lowerBound]) {
            cuts.append(1)
            kinds.append(.signNumber)
            heading = 1
        }
        for k in runs.indices.dropLast() {
            let (run, r) = runs[k]
            let next = runs[k + 1]
            switch (run, next.run) {
            case (.number, .letters):
                // (one digit before small letters is a letter's look-alike, "6kat", "4ven": a number has two
                // characters; one digit may number a heading, "7Verksamhetsberattelse")
                let l = next.range
                // (and a number glued to a capitalised word mid-token is a footnote's, "solljus.41Man")
                // (after a "§" cut off, the title of an item heading, whatever it reads: "s18Motetsavslutande")
                let capital = TextShape.isUpperLetter(sc[l.lowerBound])
                guard l.count >= 3, lowerAfterFirst(l), words(l) || capital && heading > 0 && k == heading,
                      capital ? k == heading : r.count >= 2 else { continue }
                cuts.append(l.lowerBound)
                kinds.append(capital ? .numberBeforeCapital : .number)
            case (.letters, .number):
                // a year, a date or a range after a word ("Sammanträdesdatum2025-10-14", "under2026"); a short
                // number is a footnote's ("Tidholm16") or part of a name ("NIS2")
                let n = runs[k + 1].range
                guard n.count >= 4 || sc[n].contains(where: { !TextShape.isDigit($0) }) else { continue }
                // (or an abbreviation in capitals, after a word of its own: "DnrKS2025/287" is "Dnr KS 2025/287")
                var u = r.upperBound
                while u > r.lowerBound && TextShape.isUpperLetter(sc[u - 1]) { u -= 1 }
                // (a writer may glue those on purpose, "KS2025/241" throughout: split where the document loses spaces,
                // no evidence that it does)
                if (2...5).contains(r.upperBound - u), let e = listed(sc[u..<r.upperBound]), e.flags.contains(.uppercase) {
                    if u > r.lowerBound {
                        guard u - r.lowerBound >= 2, lowerAfterFirst(r.lowerBound..<u), listed(sc[r.lowerBound..<u]) != nil
                        else { continue }
                        cuts.append(u)
                    }
                    cuts.append(n.lowerBound)
                    kinds.append(.abbreviationNumber)
                    continue
                }
                guard r.count >= 3, lowerAfterFirst(r), words(r) else { continue }
                cuts.append(n.lowerBound)
                kinds.append(.wordBeforeNumber)
            case (.number, .sign):
                guard k + 2 < runs.count, runs[k + 2].run == .letters, runs[k + 2].range.count >= 2 else { continue }
                let a = runs[k + 2].range
                if sc[next.range.lowerBound] == "," {
                    // "2025,kl.14.00": a number's comma before a word (a decimal comma has digits after it)
                    guard lowerAfterFirst(a) else { continue }
                    cuts.append(a.lowerBound)
                    kinds.append(.comma)
                    continue
                }
                // "3.Forslag": a list number's period and its heading, at the token's start
                guard k == heading, r.count <= 2, sc[next.range.lowerBound] == ".", a.count >= 3, capitalised(a),
                      word(a) != nil else { continue }
                cuts.append(a.lowerBound)
                kinds.append(.listNumber)
            case (.letters, .sign):
                guard k + 2 < runs.count, next.range.count == 1, r.count >= 2, lowerAfterFirst(r) else { continue }
                let sign = sc[next.range.lowerBound]
                let (after, a) = runs[k + 2]
                switch (sign, after) {
                case (":", .number):
                    // "Datum:2026-02-06", "mote:2026-03-20": a label's colon and its number (not an abbreviation in
                    // capitals, "SFS:2001"; a period may be an abbreviation's, which `gluedNumberRule` weighs)
                    // (two small letters are a designation's, "Granåsen ga:1", a joint facility's number)
                    guard word(r) != nil, r.count >= 3 || capitalised(r) else { continue }
                    cuts.append(a.lowerBound)
                    kinds.append(.labelNumber)
                case (":", .letters), (".", .letters):
                    // "Organ:Kommunstyrelsen", "hyreslägenheter.Avtalet": a label or a sentence before a capital
                    // (a small letter after the sign is a suffix, "SKR:s", or `gluedWordsRule`'s)
                    guard r.count >= 3, a.count >= 3, capitalised(a), words(r), sign == ":" || words(a) else { continue }
                    cuts.append(a.lowerBound)
                    kinds.append(sign == ":" ? .labelWord : .sentence)
                case (",", .letters):
                    // "kronor,vilket", "Sävstrom,ekonomichef", "Naslund,informationssakerhetssamordnare": print puts a
                    // space after a comma between words
                    guard r.count >= 3, a.count >= 3, lowerAfterFirst(a), words(r) || capitalised(r) else { continue }
                    cuts.append(a.lowerBound)
                    kinds.append(.comma)
                default:
                    continue
                }
            default:
                continue
            }
        }
        return (cuts, kinds)
    }

    /// Cuts inside a run of letters: a small letter before a capital, or words run together (`letterCuts`).
    func letterSplit(_ sc: [Unicode.Scalar]) -> (cuts: [Int], kind: Kind)? {
        guard listed(sc[...]) == nil else { return nil }
        if let j = (1..<sc.count).first(where: { TextShape.isUpperLetter(sc[$0]) && TextShape.isLowerLetter(sc[$0 - 1]) }) {
            // (a capital shaped like its small letter, or like a small l, is OCR's as often: "MolIndal", "stOd";
            // the first part may be a name, "NorrlandskustenBostad", the second must be a word, not a glyph's
            // debris, "LindLkvist", nor a name, "medlemsavgiKen")
            guard j >= 3, sc.count - j >= 3, sc[(j + 1)...].allSatisfy(TextShape.isLowerLetter),
                  !"CIOSVWXZ".unicodeScalars.contains(sc[j]),
                  let b = listed(sc[j...]), !b.flags.contains(.uppercase), !b.flags.contains(.capitalized),
                  listed(sc[..<j]).map({ !$0.flags.contains(.uppercase) }) ?? true else { return nil }
            return ([j], .capital)
        }
        guard sc.count >= Self.minLettersToSplit, sc.dropFirst().allSatisfy(TextShape.isLowerLetter) else { return nil }
        return letterCuts(sc) ?? (sc.count >= Self.minLettersToSegment ? segmentation(sc) : nil)
    }

    /// Shortest run of letters that `segmentation` reads as more than three words.
    static let minLettersToSegment = 12
    /// Cost of each word of a segmentation (log-odds), against reading fewer, longer words.
    static let segmentWordCost = 3.0
    /// Cost of a piece no list holds: a base and a cost per letter (a name, "Sävstrom", or a word OCR misread).
    static let unknownSegmentCost = (base: 15.0, perLetter: 3.0)

    /// Words run together over a whole line ("socialnämndenprognostiserarettunderskottpa"): the cheapest reading as
    /// listed words, each costing its log-probability and `segmentWordCost`; only a capitalised first piece may be
    /// unlisted (a name: a small-letter piece no list holds is a misread word, which a split would not mend). Kept only
    /// where a function word shows among the words, first only if it begins no compound and has two letters ("och",
    /// not "för" or "i"), and none reads with a neighbour as one word (`readsAsOne`: "delårsrapport|en", "av|slut").
    func segmentation(_ sc: [Unicode.Scalar]) -> (cuts: [Int], kind: Kind)? {
        let n = sc.count
        let longest = 30
        var cost = [Double](repeating: .infinity, count: n + 1)
        var from = [Int](repeating: -1, count: n + 1)
        var entries: [Int: LexiconEntry] = [:]
        cost[0] = 0
        for j in 1...n {
            for i in max(0, j - longest)..<j where cost[i] < .infinity {
                let length = j - i
                var c: Double
                // (a piece of one or two letters is a function word or none: "ta|kr|er|i|över|ingen" is debris)
                // (Swedish OCR keeps å/ä/ö: a short piece is as written there, "ar" no "är")
                let piece = marksLost || length > Self.exactPartMaxLetters
                    ? listed(sc[i..<j]) : exactlyListed(sc[i..<j])
                if let e = piece, !e.flags.contains(.uppercase),
                   length >= 3 || e.logP >= functionWordLogP && !e.flags.contains(.capitalized) {
                    c = -e.logP + Self.segmentWordCost
                    entries[i * 256 + j] = e
                } else if i == 0 && length >= 3 && TextShape.isUpperLetter(sc[0]) {
                    c = Self.unknownSegmentCost.base + Self.unknownSegmentCost.perLetter * Double(length)
                } else {
                    continue
                }
                c += cost[i]
                if c < cost[j] { cost[j] = c; from[j] = i }
            }
        }
        guard cost[n] < .infinity else { return nil }
        var bounds: [Int] = [n]
        var j = n
        while j > 0 { j = from[j]; bounds.insert(j, at: 0) }
        guard bounds.count >= 3 else { return nil }
        var function = false
        for k in 0..<(bounds.count - 1) {
            let (i, j) = (bounds[k], bounds[k + 1])
            guard let e = entries[i * 256 + j], e.logP >= functionWordLogP, !e.flags.contains(.capitalized) else { continue }
            // (one that begins compounds may be a compound's start, "för|sko|le|nätverk")
            if k > 0 || j - i >= 2 && !e.flags.contains(.compoundPart) && !e.flags.contains(.compoundBegin) { function = true }
            // (with the word after it, or with the word before it or its end)
            if k + 2 < bounds.count, readsAsOne(sc, from: i, cut: j, to: bounds[k + 2]) { return nil }
            if k > 0, readsAsOne(sc, from: bounds[k - 1], cut: i, to: j) { return nil }
        }
        guard function else { return nil }
        return (Array(bounds.dropFirst().dropLast()), .functionWord)
    }

    /// The best cuts of a letters-only token into a word and a function word after it, or three words with a function
    /// word second or last, or two frequent words the first of which cannot begin a compound; nil when none reads so.
    /// (A function word first is a prefix as often as a word: "för|bild", "här|hörande", "ut|betalning".)
    func letterCuts(_ sc: [Unicode.Scalar]) -> (cuts: [Int], kind: Kind)? {
        let n = sc.count
        guard n >= Self.minLettersToSplit else { return nil }
        var best: (cuts: [Int], kind: Kind, score: Double)?
        func offer(_ cuts: [Int], _ kind: Kind, _ score: Double) {
            if best == nil || score > best!.score { best = (cuts, kind, score) }
        }
        var memo: [Int: LexiconEntry?] = [:]
        func word(_ i: Int, _ j: Int) -> LexiconEntry? {
            let key = i * 256 + j
            if let m = memo[key] { return m }
            let e = listedWord(sc[i..<j])
            memo[key] = .some(e)
            return e
        }
        func function(_ e: LexiconEntry) -> Bool { e.logP >= functionWordLogP && !e.flags.contains(.capitalized) }
        func content(_ e: LexiconEntry, _ letters: Int) -> Bool {
            !function(e) && letters >= Self.minPartLetters && (letters >= Self.longPartLetters || e.logP >= Self.contentPartLogP)
        }
        func ending(_ from: Int, _ c: Int, _ to: Int) -> Bool { readsAsOne(sc, from: from, cut: c, to: to) }
        // (a compound's first part is no word of its own: two frequent words split only where the first one cannot
        // begin a compound, "arbete|pågår", not "resultat|mål")
        func head(_ e: LexiconEntry) -> Bool {
            e.flags.contains(.compoundPart) || e.flags.contains(.compoundBegin) || e.flags.contains(.domain)
        }
        // a function word first that begins no compound ("och|budget"; not "för|bild", "om|fattning"; one letter,
        // "i", begins too many words), or any before a "j": shape engines lose the gap before it, whose hook reaches
        // under the letter before ("av|justerare", "för|juniorer"), and a prefix before a j-word is rare
        for c in stride(from: 2, through: min(Self.minPartLetters, n - Self.minPartLetters), by: 1) {
            guard let a = word(0, c), function(a),
                  sc[c] == "j" || !a.flags.contains(.compoundPart) && !a.flags.contains(.compoundBegin),
                  let b = word(c, n), content(b, n - c), !ending(0, c, n) else { continue }
            offer([c], .functionWord, a.logP + b.logP)
        }
        for c in Self.minPartLetters..<n {
            guard let a = word(0, c), content(a, c) else { continue }
            if let b = word(c, n), !ending(0, c, n) {
                if function(b) {
                    offer([c], .functionWord, a.logP + b.logP)
                } else if content(b, n - c) && a.logP >= Self.contentPartLogP && b.logP >= Self.contentPartLogP
                            && !head(a) {
                    offer([c], .content, a.logP + b.logP - 10)
                }
            }
            // three words, the second or last a function word: "tackar|för|informationen", "mötet|beslutar|att"
            for d in (c + 1)..<n {
                guard let b = word(c, d), let e = word(d, n) else { continue }
                guard function(b) && (function(e) || content(e, n - d)) || function(e) && content(b, d - c),
                      !ending(0, c, d), !ending(c, d, n) else { continue }
                offer([c, d], .functionWord, a.logP + b.logP + e.logP - 5)
            }
        }
        guard let best else { return nil }
        return (best.cuts, best.kind)
    }

    /// Whether the cut at `cut` between sc[from..<cut] and sc[cut..<to] is no cut: the two read as one listed word,
    /// or the end of the first (two letters or more) and the second do. A function word that is also an ending or a
    /// word's start goes with the letters beside it: "delårsrapport|en" is "delårsrapporten", a compound whose last
    /// part "rapporten" is listed; "projekt|av|slut" is "projektavslut", "info|mot|en" "infomöten". One letter before
    /// it makes a word by chance ("besluta|r|att" and "ratt").
    func readsAsOne(_ sc: [Unicode.Scalar], from: Int, cut: Int, to: Int) -> Bool {
        (from..<cut).contains { i in (i == from || i <= cut - 2) && listed(sc[i..<to]) != nil }
    }

    /// `listed`, without abbreviations in capitals.
    func listedWord(_ part: ArraySlice<Unicode.Scalar>) -> LexiconEntry? {
        listed(part).flatMap { $0.flags.contains(.uppercase) ? nil : $0 }
    }

    /// A part's UTF-8.
    static func utf8(_ part: ArraySlice<Unicode.Scalar>) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(part.count + 4)
        for u in part { bytes.append(contentsOf: String(u).utf8) }
        return bytes
    }

    /// The listed word written exactly as this part, in small letters.
    func exactlyListed(_ part: ArraySlice<Unicode.Scalar>) -> LexiconEntry? {
        lexicon.entry(TextShape.lowerBytes(Self.utf8(part))).flatMap {
            $0.flags.contains(.valid) && !$0.flags.contains(.unverified) ? $0 : nil
        }
    }

    /// The most frequent listed word with this part's letters, å/ä/ö and é read as their plain letters too (a
    /// document that loses spaces has usually lost its marks as well: "for" is "för").
    func listed(_ part: ArraySlice<Unicode.Scalar>) -> LexiconEntry? {
        let bytes = Self.utf8(part)
        let skeleton = Lexicon.skeleton(bytes)
        guard skeleton.withUnsafeBufferPointer({ lexicon.mayHaveSkeleton(bytes: $0) }) else { return nil }
        var best: LexiconEntry?
        skeleton.withUnsafeBufferPointer { skel in
            lexicon.skeletonMatches(skel) { _, e in
                guard e.flags.contains(.valid), !e.flags.contains(.unverified) else { return }
                if best == nil || e.logP > best!.logP { best = e }
            }
        }
        return best
    }
}
