import Foundation

/// A word that OCR cut in two with a space ("ordforan den", "sammantra det"): justified print spreads its letters,
/// and older engines read a wide gap inside a word as a word break.
///
/// Two neighbours on a line are joined when at least one of them is no listed word even as repaired and the two together
/// read as a listed word that beats the separate readings by more than a space that OCR invented costs
/// (`Scoring.splitSpaceLogP`). Two words, each a word ("Kommun styrelsen", "för slaget"), stay apart: writers split
/// compounds too; so does a name or a loan word before a word, which only a compound would join ("rave påverkad").
extension DocumentState {
    /// Shortest part of a split word: a single letter beside a word is an initial or a speck more often.
    static let joinMinPartLetters = 2
    /// Log-probability below which a listed word may still be a fragment of a split one.
    static let joinRarePartLogP = -15.0
    /// Longest such rare listed word that may be a fragment.
    static let joinRarePartMaxLetters = 9

    func joinPass(_ out: inout [Correction?], current: inout [String], tokens: [String], lineStarts: [Bool],
                  idOf: [Int]) {
        let rules: Set<String> = ["channel", "compound", "document"]
        // per word type: whether it may be a fragment of a split word: letters only, and no listed word as pass 1
        // read it, or one only a letter's edit made ("godkan" → "godkänt"); pass 1's reading is the same for every
        // occurrence of a type, so most tokens cost two array reads here
        var fragment = [Int8](repeating: -1, count: typeCount)
        let noisy = editBoost > 0 || channel.legacyWeight >= 0.5
        func isFragment(_ k: Int) -> Bool {
            let id = idOf[k]
            if fragment[id] < 0 {
                let p = tokenParts(tokens[k])
                var isFragment = false
                if p.core.unicodeScalars.count >= DocumentState.joinMinPartLetters,
                   p.core.unicodeScalars.allSatisfy(TextShape.isLetter) {
                    let read = tokenParts(current[k]).core
                    // (in a noisy document a listed word as rare as "sj" or "ögren" is a fragment as likely, "Sj ögren";
                    // clean prose sets rare words side by side, "så tillvida")
                    // (a long one is a word however rare: "Kristi himmelsfärds dag")
                    // (so is a name in small letters in any document, "Sj öberg", "Sj ödin": the lexicon lists it with
                    // its capital; clean prose's "babels torn" then reads as the listed "babelstorn")
                    isFragment = (listedWord(read).map {
                        noisy && $0.logP < DocumentState.joinRarePartLogP
                            && read.unicodeScalars.count <= DocumentState.joinRarePartMaxLetters
                            || $0.flags.contains(.capitalized)
                            && read.unicodeScalars.first.map({ TextShape.isLowerLetter($0) }) == true
                    } ?? true)
                        || read != p.core && Lexicon.skeleton(Array(read.utf8)) != Lexicon.skeleton(Array(p.core.utf8))
                }
                fragment[id] = isFragment ? 1 : 0
            }
            return fragment[id] == 1
        }
        // an address OCR spaced around its "@" ("linnea.stromberg @ ostrasodertorn.se"): a name before it and a domain
        // after it, on one line
        for k in tokens.indices.dropFirst().dropLast() where tokens[k] == "@" && out[k] == nil && !lineStarts[k]
            && !lineStarts[k + 1] && out[k - 1] == nil && out[k + 1] == nil {
            let a = tokenParts(tokens[k - 1]), b = tokenParts(tokens[k + 1])
            guard a.suffix.isEmpty, b.prefix.isEmpty, let l = a.core.unicodeScalars.last, TextShape.isLetter(l),
                  a.core.unicodeScalars.allSatisfy({ $0.isASCII && (TextShape.isLetter($0) || TextShape.isDigit($0)
                                                                    || "._-".unicodeScalars.contains($0)) }),
                  TextShape.isAddress(b.core) else { continue }
            join(&out, &current, tokens: tokens, at: k - 1, count: 3, as: a.prefix + a.core + "@" + b.core + b.suffix)
        }
        abbreviationGenitives(&out, current: &current, tokens: tokens, lineStarts: lineStarts)
        hyphenatedNames(&out, current: &current, tokens: tokens, lineStarts: lineStarts)
        narrowLetterSplits(&out, current: &current, tokens: tokens, lineStarts: lineStarts, rules: rules)
        capitalInitialSplits(&out, current: &current, tokens: tokens, lineStarts: lineStarts, rules: rules)
        footedLSplits(&out, current: &current, tokens: tokens, lineStarts: lineStarts, rules: rules)
        fragmentRuns(&out, current: &current, tokens: tokens, lineStarts: lineStarts, rules: rules)
        dottedCapitalSplits(&out, current: &current, tokens: tokens, lineStarts: lineStarts)
        var k = 0
        while k + 1 < tokens.count {
            defer { k += 1 }
            guard !lineStarts[k + 1], isFragment(k) || isFragment(k + 1),
                  out[k].map({ rules.contains($0.rule) }) ?? true,
                  out[k + 1].map({ rules.contains($0.rule) }) ?? true else { continue }
            let a = tokenParts(tokens[k]), b = tokenParts(tokens[k + 1])
            guard a.suffix.isEmpty, b.prefix.isEmpty,
                  a.core.unicodeScalars.count >= DocumentState.joinMinPartLetters,
                  b.core.unicodeScalars.count >= DocumentState.joinMinPartLetters,
                  a.core.unicodeScalars.allSatisfy(TextShape.isLetter),
                  b.core.unicodeScalars.allSatisfy(TextShape.isLowerLetter)
            else { continue }
            // (most such neighbours are no split word: a listed word with the letters of both, all but their å/ä/ö,
            // is looked up before any reading is)
            let joinedCore = a.core + b.core
            var mayBeWord = false
            Lexicon.skeleton(TextShape.lowerBytes(Array(joinedCore.utf8))).withUnsafeBufferPointer { sk in
                lexicon.skeletonMatches(sk) { _, e in
                    if e.flags.contains(.valid) && !e.flags.contains(.unverified) { mayBeWord = true }
                }
            }
            guard mayBeWord, let ra = decidedReading(a.core), let rb = decidedReading(b.core),
                  let rj = decidedReading(joinedCore), rj.source == .lexicon,
                  // (the letters as written, at most their å/ä/ö restored: a reading that changes more re-reads a
                  // garbled neighbour instead, "hack vr" → "hackar")
                  Lexicon.skeleton(Array(rj.text.utf8)) == Lexicon.skeleton(Array(joinedCore.utf8))
            else { continue }
            let gain = rj.total + s.splitSpaceLogP - (ra.total + rb.total)
            guard gain >= s.minGain else { continue }
            let score = (gain * 100).rounded() / 100
            let joined = a.prefix + rj.text + b.suffix
            out[k] = Correction(original: tokens[k], replacement: joined, score: score, rule: "join")
            out[k + 1] = Correction(original: tokens[k + 1], replacement: "", score: score, rule: "join")
            current[k] = joined
            current[k + 1] = ""
            k += 1
        }
    }
}

/// gocr measures the gap after a thin "j" as a word's ("Milj ö-", "följ ande", "sj ukv_rdsnämnden", "Växj ö"): where a
/// document shows it `narrowSplitMinCount` times (a word ending in that letter, then small letters that with it make a
/// listed word), every such pair on a line whose joined letters read as a word is joined, a one-letter tail and two
/// listed halves ("följ ande") included, as are letters the engine could not read ("_"); so is a name whose halves are
/// no words ("Sj öhamra"). The letters are those of `punctuation.narrowSplitLetters` in rules.yaml.
extension DocumentState {
    /// Fewest such splits that show the habit.
    static let narrowSplitMinCount = 3

    func narrowLetterSplits(_ out: inout [Correction?], current: inout [String], tokens: [String], lineStarts: [Bool],
                            rules: Set<String>) {
        let letters = r.model.rules.punctuation.narrowSplitLetters
        guard !letters.isEmpty else { return }
        // (most tokens end in no such letter: settle them on their last byte)
        let lastBytes = Set(letters.compactMap { $0.utf8.count == 1 ? $0.utf8.first : nil })
        func candidate(_ k: Int) -> (a: TokenParts, b: TokenParts)? {
            guard k + 1 < tokens.count, !lineStarts[k + 1], let l = tokens[k].utf8.last, lastBytes.contains(l),
                  let f = tokens[k + 1].unicodeScalars.first, TextShape.isLowerLetter(f) || f == "_",
                  out[k].map({ rules.contains($0.rule) }) ?? true, out[k + 1].map({ rules.contains($0.rule) }) ?? true
            else { return nil }
            let a = tokenParts(tokens[k]), b = tokenParts(tokens[k + 1])
            guard a.suffix.isEmpty, b.prefix.isEmpty, a.core.unicodeScalars.count >= 2,
                  a.core.unicodeScalars.allSatisfy(TextShape.isLetter),
                  b.core.unicodeScalars.allSatisfy({ TextShape.isLowerLetter($0) || $0 == "_" }) else { return nil }
            return (a, b)
        }
        var pairs: [(k: Int, a: TokenParts, b: TokenParts)] = []
        var shown = 0
        for k in tokens.indices.dropLast() {
            guard let (a, b) = candidate(k) else { continue }
            pairs.append((k, a, b))
            if listedWord(a.core + b.core) != nil { shown += 1 }
        }
        guard shown >= DocumentState.narrowSplitMinCount else { return }
        var taken = Set<Int>()
        for (k, a, b) in pairs where !taken.contains(k) && out[k + 1]?.rule != "join" {
            let joinedCore = a.core + b.core
            // (the letters as written, their å/ä/ö and the unread glyphs aside)
            if let rj = decidedReading(joinedCore), rj.source == .lexicon || rj.source == .compound,
               DocumentState.sameLetters(joinedCore, rj.text) {
                join(&out, &current, tokens: tokens, at: k, as: a.prefix + rj.text + b.suffix, score: 2)
                taken.insert(k + 1)
                continue
            }
            // a name no list holds ("Sj öhamra", "Ängsj ö"): a capitalised head that is no listed word, before
            // small letters that are none either or, after a longer head, a letter alone, reads as one name (the pieces
            // as pass 1 read them)
            let head = current[k], tail = current[k + 1]
            // (a head of two letters, "Sj", "Bj", is no word in running text whatever a list says; "Ej" before a word
            // stays, since the tail is then a word)
            let short = a.core.unicodeScalars.count == 2
            guard let f = a.core.unicodeScalars.first, TextShape.isUpperLetter(f), !a.core.contains("_"),
                  !b.core.contains("_"),
                  short || listedWord(a.core) == nil && listedWord(TextShape.lowercased(a.core)) == nil,
                  b.core.unicodeScalars.count == 1 && !short || listedWord(b.core) == nil,
                  !head.isEmpty, !tail.isEmpty, tokenParts(head).suffix.isEmpty, tokenParts(tail).prefix.isEmpty
            else { continue }
            join(&out, &current, tokens: tokens, at: k, as: head + tail, score: 2)
            taken.insert(k + 1)
        }
    }
}

/// gocr measures the gap after a wide capital as a word's ("S olveig", "P ropositionsordning", "L övgren"): a lone
/// capital that is no frequent word of its own, before small letters on its line that no list holds, is joined
/// to them where the letters together are a listed word or name, or read as a listed word or compound with at most
/// their å/ä/ö and unread glyphs changed. A sentence's "I dag" stays ("i" is a word), as does a list's "B har"
/// ("Bhar" is none).
extension DocumentState {
    func capitalInitialSplits(_ out: inout [Correction?], current: inout [String], tokens: [String], lineStarts: [Bool],
                              rules: Set<String>) {
        for k in tokens.indices.dropLast() {
            // (on the bytes first: one capital letter, then a small letter or an unread glyph)
            guard !lineStarts[k + 1], tokens[k].utf8.count <= 2, let f = tokens[k].unicodeScalars.first,
                  tokens[k].unicodeScalars.count == 1, TextShape.isUpperLetter(f),
                  let g = tokens[k + 1].unicodeScalars.first, TextShape.isLowerLetter(g) || g == "_",
                  out[k].map({ rules.contains($0.rule) }) ?? true, out[k + 1].map({ rules.contains($0.rule) }) ?? true,
                  (listedWord(TextShape.lowercased(tokens[k]))?.logP ?? -.infinity) < s.splitCleanFunctionWordLogP
            else { continue }
            let b = tokenParts(tokens[k + 1])
            guard b.prefix.isEmpty, b.core.unicodeScalars.count >= 2,
                  b.core.unicodeScalars.allSatisfy({ TextShape.isLetter($0) || $0 == "_" || $0 == "-" }),
                  listedWord(b.core) == nil, analyze(b.core).candidates.first.map({ $0.source == .compound }) != true
            else { continue }
            guard let reading = readingAsOne(tokens[k] + b.core, compounds: true) else { continue }
            join(&out, &current, tokens: tokens, at: k, as: reading + b.suffix, score: 2)
        }
    }
}

/// gocr spreads a long word over three pieces or more where its glyphs stand apart ("Ärende bes kri vn i ng",
/// "Sa m må nträdesdatu m", "M I N N ESANTECKN I NGAR"); the pair join takes two pieces of two letters or more only.
/// A run of pieces on a line, two of them of at most three letters and one of those a fragment (a letter alone that is
/// no word, or two or three letters that pass 1 read as no word), is joined where together they are a listed word of
/// `fragmentRunMinLetters` letters or more, or read as one with their letters unchanged but for å/ä/ö and unread
/// glyphs; not as a compound, which words side by side make by chance ("med förslag att föreningen"). Each letter
/// keeps the case OCR wrote it in.
extension DocumentState {
    static let fragmentRunMaxPieces = 7
    static let fragmentRunMinLetters = 8
    /// Longest piece counted as short.
    static let fragmentShortLetters = 3

    func fragmentRuns(_ out: inout [Correction?], current: inout [String], tokens: [String], lineStarts: [Bool],
                      rules: Set<String>) {
        // each token read once, into flags (a run is tried from each of its tokens, and most tries end on them):
        // 1 a piece (letters and unread glyphs, marks only outside), 2 a short one, 4 a fragment among the short ones
        // (a letter alone that is no word of its own, "n d e", "M I N N", or two or three letters that pass 1 read as
        // no word, "kri vn i ng")
        let isPiece: UInt8 = 1, isShort: UInt8 = 2, isFragment: UInt8 = 4, known: UInt8 = 128
        var flags = [UInt8](repeating: 0, count: tokens.count)
        let shortBytes = 2 * DocumentState.fragmentShortLetters
        func flag(_ i: Int) -> UInt8 {
            if flags[i] & known != 0 { return flags[i] }
            var f = known
            if out[i].map({ rules.contains($0.rule) }) ?? true {
                let p = tokenParts(tokens[i])
                if !p.core.isEmpty, p.core.unicodeScalars.allSatisfy({ TextShape.isLetter($0) || $0 == "_" }) {
                    f |= isPiece
                    let letters = p.core.unicodeScalars.count
                    if tokens[i].utf8.count <= shortBytes && letters <= DocumentState.fragmentShortLetters {
                        f |= isShort
                        if p.core.utf8.count == 1 {
                            if !"iIoO".utf8.contains(p.core.utf8.first!) { f |= isFragment }
                        } else if letters >= 2 {
                            let read = tokenParts(current[i]).core
                            if listedWord(read) == nil && listedWord(TextShape.lowercased(read)) == nil { f |= isFragment }
                        }
                    }
                }
            }
            flags[i] = f
            return f
        }
        var k = 0
        while k + 2 < tokens.count {
            defer { k += 1 }
            // (on the bytes first: most runs of three tokens hold no two short ones)
            guard !lineStarts[k + 1], !lineStarts[k + 2],
                  (tokens[k].utf8.count <= shortBytes ? 1 : 0) + (tokens[k + 1].utf8.count <= shortBytes ? 1 : 0)
                    + (tokens[k + 2].utf8.count <= shortBytes ? 1 : 0) >= 2
            else { continue }
            // the run: pieces on one line, a mark only before its first and after its last
            var end = k, shorts = 0, fragments = 0
            while end < tokens.count, end - k < DocumentState.fragmentRunMaxPieces, end == k || !lineStarts[end] {
                let f = flag(end)
                guard f & isPiece != 0 else { break }
                if end > k, tokens[end].unicodeScalars.first.map({ !TextShape.isLetter($0) && $0 != "_" }) == true { break }
                if f & isShort != 0 { shorts += 1 }
                if f & isFragment != 0 { fragments += 1 }
                end += 1
                if tokens[end - 1].unicodeScalars.last.map({ !TextShape.isLetter($0) && $0 != "_" }) == true { break }
            }
            guard end - k >= 3, shorts >= 2, fragments >= 1 else { continue }
            for n in stride(from: end - k, through: 3, by: -1) {
                let window = k..<(k + n)
                guard window.filter({ flag($0) & isShort != 0 }).count >= 2,
                      window.contains(where: { flag($0) & isFragment != 0 }) else { continue }
                let run = window.map { tokenParts(tokens[$0]) }
                let joinedCore = run.map(\.core).joined()
                guard joinedCore.unicodeScalars.count >= DocumentState.fragmentRunMinLetters else { continue }
                guard let reading = readingAsOne(joinedCore, compounds: false) else { continue }
                join(&out, &current, tokens: tokens, at: k, count: n, as: run.first!.prefix + reading + run.last!.suffix,
                     score: 2)
                k += n - 1
                break
            }
        }
    }
}

/// gocr reads the dots of a capital Ä or Ö as a mark of their own and measures a word's gap after it: "Ä' lvnäs",
/// "Ö' stling", and "%' berg" for "Öberg" (the ring with its dots read as a per cent sign). No word is a capital and a
/// quote alone, so the two are joined, the quote dropped and "%" read as "Ö"; the letters after it as one listed word
/// or compound with at most å/ä/ö and unread glyphs changed where they read so, or as written (a name).
extension DocumentState {
    /// The capital that a capital or sign before a quote stands for, if any.
    static func dottedCapital(_ t: String) -> String? {
        let u = Array(t.unicodeScalars)
        guard u.count == 2, "'’`".unicodeScalars.contains(u[1]) else { return nil }
        switch u[0] {
        case "%", "Ö": return "Ö"
        case "Ä": return "Ä"
        case "Å": return "Å"
        default: return nil
        }
    }

    func dottedCapitalSplits(_ out: inout [Correction?], current: inout [String], tokens: [String], lineStarts: [Bool]) {
        for k in tokens.indices.dropLast() {
            // (on the bytes first: a sign or a capital and a quote are two to five bytes)
            guard !lineStarts[k + 1], (2...5).contains(tokens[k].utf8.count),
                  let capital = DocumentState.dottedCapital(tokens[k]) else { continue }
            let b = tokenParts(tokens[k + 1])
            guard b.prefix.isEmpty, b.core.unicodeScalars.count >= 2,
                  let f = b.core.unicodeScalars.first, TextShape.isLetter(f),
                  b.core.unicodeScalars.dropFirst().allSatisfy({ TextShape.isLowerLetter($0) || $0 == "_" || $0 == "-" })
            else { continue }
            // (a capital after the capital is gocr's "I" for a small l: "Ä' Ivåkra"; the letters as pass 1 read them
            // where it changed only marks and unread glyphs, "Iv_kra" → "Ivåkra")
            var rest = b.core
            if let c = out[k + 1] {
                let read = tokenParts(c.replacement).core
                if DocumentState.sameLetters(TextShape.lowercased(rest), TextShape.lowercased(read)) { rest = read }
            }
            if f == "I" { rest = "l" + rest.dropFirst() }
            guard rest.unicodeScalars.first.map(TextShape.isLowerLetter) == true else { continue }
            let written = capital + rest
            let reading = readingAsOne(written, compounds: true) ?? written
            join(&out, &current, tokens: tokens, at: k, as: reading + b.suffix, score: 2)
        }
    }
}

extension DocumentState {
    /// Whether `read` has the letters of `written` but for å/ä/ö and é and the glyphs OCR left unread ("_").
    static func sameLetters(_ written: String, _ read: String) -> Bool {
        let from = Lexicon.skeleton(Array(written.utf8)), to = Lexicon.skeleton(Array(read.utf8))
        return from.count == to.count && zip(from, to).allSatisfy { $0 == $1 || $0 == UInt8(ascii: "_") }
    }

    /// The letters of split pieces read as one word: as written where the lexicon lists them, else the listed word
    /// (or, with `compounds`, the compound) they read as with only å/ä/ö and unread glyphs changed, each letter in
    /// the case OCR wrote it ("L ars-Göran" is "Lars-Göran"; a capitalised word's own analysis keeps it as a name, so
    /// the small letters are read); nil when they read as no such word.
    func readingAsOne(_ joined: String, compounds: Bool) -> String? {
        if listedWord(joined) != nil { return joined }
        let lower = TextShape.lowercased(joined)
        if !compounds && !TextShape.hasByte(lower, UInt8(ascii: "_")) {
            // (a listed word with these letters, all but their å/ä/ö, is looked up before any reading is: most runs of
            // words are none)
            var mayBeWord = false
            Lexicon.skeleton(Array(lower.utf8)).withUnsafeBufferPointer { sk in
                lexicon.skeletonMatches(sk) { _, e in
                    if e.flags.contains(.valid) && !e.flags.contains(.unverified) { mayBeWord = true }
                }
            }
            guard mayBeWord else { return nil }
        }
        guard let rj = decidedReading(lower), rj.source == .lexicon || compounds && rj.source == .compound,
              DocumentState.sameLetters(lower, rj.text) else { return nil }
        let from = Array(joined), to = Array(rj.text)
        guard from.count == to.count else { return nil }
        return String(zip(from, to).map { $0.isUppercase ? Character($1.uppercased()) : $1 })
    }

    /// Makes tokens k..<k+count one (rule `join`): the first carries `joined`, the others are emptied, in the
    /// corrections and in the text as repaired so far.
    func join(_ out: inout [Correction?], _ current: inout [String], tokens: [String], at k: Int, count: Int = 2,
              as joined: String, score: Double = 3) {
        for j in k..<(k + count) {
            out[j] = Correction(original: tokens[j], replacement: j == k ? joined : "", score: score, rule: "join")
            current[j] = j == k ? joined : ""
        }
    }

    /// Longest abbreviation whose genitive colon OCR may lose ("SKR s" for "SKR:s").
    static let genitiveAbbreviationMaxLetters = 6

    /// "SKR s" → "SKR:s": Swedish writes an abbreviation's genitive with a colon, which a poor scan loses, leaving the
    /// s on its own; print never sets a lone small s after a word in capitals otherwise.
    func abbreviationGenitives(_ out: inout [Correction?], current: inout [String], tokens: [String], lineStarts: [Bool]) {
        for k in tokens.indices.dropLast() where out[k] == nil && out[k + 1] == nil && !lineStarts[k + 1] {
            // (most tokens fail on their first byte, before any string work)
            guard tokens[k + 1].utf8.first == UInt8(ascii: "s"), tokens[k + 1].utf8.count <= 3 else { continue }
            let b = tokenParts(tokens[k + 1])
            // ("SOU s. 45", "s 12": a page reference's s, with its period or before a number)
            guard b.core == "s", b.prefix.isEmpty, b.suffix.isEmpty || b.suffix == ",",
                  k + 2 == tokens.count || !(tokens[k + 2].unicodeScalars.first.map(TextShape.isDigit) ?? false)
            else { continue }
            let a = tokenParts(tokens[k])
            let letters = a.core.unicodeScalars.count
            guard a.suffix.isEmpty, letters >= 2, letters <= DocumentState.genitiveAbbreviationMaxLetters,
                  a.core.unicodeScalars.allSatisfy(TextShape.isUpperLetter) else { continue }
            join(&out, &current, tokens: tokens, at: k, as: a.prefix + a.core + ":s" + b.suffix)
        }
    }

    /// "Anna Karin" → "Anna-Karin" where a poor scan's document writes the double name with its hyphen more often than
    /// without: such a scan loses a hyphen between two names now and then ("Märta Ekström" four times beside one
    /// "Märta-Ekström" is a speck's hyphen, not a name). A clean text that does it is the writer's ("Scandia Metric"
    /// beside "Scandia-Metric").
    func hyphenatedNames(_ out: inout [Correction?], current: inout [String], tokens: [String], lineStarts: [Bool]) {
        guard editBoost > 0 else { return }
        func capitalised(_ s: Substring) -> Bool {
            guard let f = s.unicodeScalars.first, TextShape.isUpperLetter(f), s.unicodeScalars.count >= 2 else { return false }
            return s.unicodeScalars.dropFirst().allSatisfy(TextShape.isLowerLetter)
        }
        var hyphenated: [String: Int] = [:]
        // (a name's token opens with a capital, or a bracket or quote before it: most tokens fail on their first byte)
        @inline(__always) func mayOpenName(_ t: String) -> Bool {
            guard let b = t.utf8.first else { return false }
            return b >= 0x41 && b <= 0x5A || b == 0xC3 || b == UInt8(ascii: "(") || b == UInt8(ascii: "\"") || b >= 0xE2
        }
        for t in tokens where mayOpenName(t) && TextShape.hasByte(t, UInt8(ascii: "-")) {
            let core = tokenParts(t).core
            let halves = core.split(separator: "-", omittingEmptySubsequences: false)
            guard halves.count == 2, capitalised(halves[0]), capitalised(halves[1]) else { continue }
            hyphenated[core, default: 0] += 1
        }
        guard !hyphenated.isEmpty else { return }
        // (a pair is looked at only when its first token is the first half of such a name as written)
        let firstHalves = Set(hyphenated.keys.map { String($0.prefix { $0 != "-" }) })
        var spaced: [String: [Int]] = [:]
        for k in tokens.indices.dropLast() where !lineStarts[k + 1] && out[k] == nil && out[k + 1] == nil {
            // (the first token is the half as written, with no sign on either side)
            guard let f = tokens[k].utf8.first, f >= 0x41 && f <= 0x5A || f == 0xC3, firstHalves.contains(tokens[k])
            else { continue }
            let b = tokenParts(tokens[k + 1])
            guard b.prefix.isEmpty else { continue }
            let name = tokens[k] + "-" + b.core
            if hyphenated[name] != nil { spaced[name, default: []].append(k) }
        }
        // (in a fixed order: two names may share a token, and the first one joined keeps it in every run)
        for (name, sites) in spaced.sorted(by: { $0.key < $1.key }) where hyphenated[name]! > sites.count {
            for k in sites where out[k] == nil && out[k + 1] == nil {
                join(&out, &current, tokens: tokens, at: k, as: name + tokenParts(tokens[k + 1]).suffix)
            }
        }
    }
}

/// A typewriter face's small l has a foot, and Tesseract reads it as a capital L now and then, measuring a word's gap
/// before it ("Bes Lut", "delegationsbes Lut"). Small letters that no list holds, or only as a word far rarer than
/// the whole ("bes" beside "beslut"), before such an L and small letters on their line are joined to them, the L read
/// as l, where the whole is a listed word; a word or a name before a capitalised word stays ("Anna Lund", "möte
/// Lördag").
extension DocumentState {
    /// How much more probable (log) the whole must be than a listed piece before it.
    static let footedLJoinMinGain = 3.0

    func footedLSplits(_ out: inout [Correction?], current: inout [String], tokens: [String], lineStarts: [Bool],
                       rules: Set<String>) {
        for k in tokens.indices.dropLast() {
            // (on the bytes first: an L and a small letter open the second token)
            guard !lineStarts[k + 1], tokens[k + 1].utf8.count >= 3, tokens[k + 1].utf8.first == UInt8(ascii: "L"),
                  let g = tokens[k + 1].unicodeScalars.dropFirst().first, TextShape.isLowerLetter(g),
                  out[k].map({ rules.contains($0.rule) }) ?? true, out[k + 1].map({ rules.contains($0.rule) }) ?? true
            else { continue }
            let a = tokenParts(tokens[k]), b = tokenParts(tokens[k + 1])
            guard a.suffix.isEmpty, b.prefix.isEmpty, a.core.unicodeScalars.count >= 3,
                  a.core.unicodeScalars.allSatisfy(TextShape.isLetter),
                  a.core.unicodeScalars.dropFirst().allSatisfy(TextShape.isLowerLetter),
                  b.core.unicodeScalars.dropFirst().allSatisfy(TextShape.isLowerLetter),
                  out[k] == nil || tokenParts(current[k]).core == a.core else { continue }
            let joined = a.core + "l" + b.core.dropFirst()
            // (the piece before may be a word, far rarer than the whole: "bes" beside "beslut")
            guard let e = listedWord(TextShape.lowercased(joined)), !e.flags.contains(.capitalized),
                  (listedWord(TextShape.lowercased(a.core))?.logP ?? -.infinity)
                    < e.logP - DocumentState.footedLJoinMinGain else { continue }
            join(&out, &current, tokens: tokens, at: k, as: a.prefix + joined + b.suffix, score: 2)
        }
    }
}
