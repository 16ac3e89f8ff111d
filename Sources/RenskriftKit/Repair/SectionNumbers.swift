import Foundation

/// "§" read as a digit look-alike ("8") and glued to the item number ("845 Gemensam upphandling"): the document's
/// own numbering decides.
///
/// A number after the look-alike is only a misread "§ N" when N is the item the agenda expects next (headings) or an
/// item the document has (references such as "kommunalförbund, 8 44"); "845 deltagare" and "8 12-åringar" stay.
extension DocumentState {
    /// Item headings whose "§" this document's OCR writes as a glyph of its own ("Q 45 Fastställande", "4 1 Mötets
    /// öppnande", as ocrad does): a line that opens with one character, a number and a capital, or with a letter and
    /// a number alone over a capitalised line ("g 42" over "Delårsrapport"), or with a letter glued to the number
    /// ("g41", "Q2o Dnr …"), three or more times with numbers that go up by one (by two past a garbled heading), with
    /// no more than two glyphs among them (or half the run's headings), so that a lettered list ("A 1 …", "B 2 …",
    /// "C 3 …") is no run. The glyphs so learned are the document's "§" at other headings between its runs and, when
    /// no digit, doubled before a number ("QQ 45-52", "g g 42-44") and alone after a comma or a cue before an item
    /// number.
    func learnedSignPass(_ out: inout [Correction?], tokens: [String], lineStarts: [Bool]) {
        /// An item number as such OCR writes it: 1–3 digits, the tables' digit look-alikes among them ("l" for a one,
        /// "O" for a zero: "5 l" is 5, then 1).
        let lookalikes = r.model.rules.digitLookalikes
        func number(_ t: String) -> Int? {
            var t = Substring(t)
            if t.hasSuffix(".") { t = t.dropLast() }
            guard !t.isEmpty, t.count <= 3 else { return nil }
            var n = 0
            for c in t {
                guard let d = c.isASCII && c.isNumber ? c.wholeNumberValue : lookalikes[String(c)].flatMap({ Int($0) })
                else { return nil }
                n = n * 10 + d
            }
            return t.contains(where: \.isNumber) || t.count == 1 ? n : nil
        }
        let bullets: Set<Character> = ["-", "–", "—", "•", "*", "·", "§"]
        // (a number OCR split in two, "5 l" for 51, is joined when a one-character digit follows)
        var heads: [(k: Int, glyph: Character, n: Int, titled: Bool, split: Bool, glued: Bool)] = []
        for k in tokens.indices where lineStarts[k] && k + 1 < tokens.count {
            let t = tokens[k]
            guard let g = t.first, !bullets.contains(g), !g.isWhitespace else { continue }
            var n: Int
            var title: Int
            var glued = false
            if t.count == 1 {
                guard k + 2 < tokens.count, !lineStarts[k + 1], let m = number(tokens[k + 1]) else { continue }
                n = m
                title = k + 2
                if tokens[k + 1].count == 1, k + 3 < tokens.count, !lineStarts[k + 2], !lineStarts[k + 3],
                   tokens[k + 2].count == 1, let d = number(tokens[k + 2]) {
                    n = n * 10 + d
                    title = k + 3
                }
            } else {
                // a letter glued to its number ("g41": gocr reads the sign as a g; "Q2o" from ocrad); a digit so is
                // `itemNumberPass`'s
                guard !g.isNumber, (2...4).contains(t.count), t.dropFirst().first?.isNumber == true,
                      let m = number(String(t.dropFirst())) else { continue }
                n = m
                title = k + 1
                glued = true
            }
            // the title on the heading's line, or opening the next where a letter and the number stand alone on theirs
            // ("g 42" over "Delårsrapport per den 31 augusti")
            guard !lineStarts[title] || !g.isNumber else { continue }
            // (a title may open with the sign an engine writes for a letter it cannot read, "_raga" for "Fråga": a
            // heading, but no evidence of one, as its case is unknown)
            guard let f = tokens[title].unicodeScalars.first,
                  TextShape.isLetter(f) || f.value == UInt32(Channel.unreadGlyph) else { continue }
            heads.append((k, g, n, TextShape.isUpperLetter(f), title == k + 3, glued))
        }
        // runs among the headings with a capital title; a long run may show a third glyph
        let titled = heads.indices.filter { heads[$0].titled }
        guard titled.count >= 3 else { return }
        var learned = Set<Character>()
        var marked = [Bool](repeating: false, count: heads.count)
        var start = 0
        while start < titled.count {
            var end = start + 1
            while end < titled.count, [1, 2].contains(heads[titled[end]].n - heads[titled[end - 1]].n) { end += 1 }
            let glyphs = Set(titled[start..<end].map { heads[$0].glyph })
            if end - start >= 3 && glyphs.count <= max(2, (end - start + 1) / 2) {
                for i in titled[start..<end] { marked[i] = true }
                learned.formUnion(glyphs)
            }
            start = end
        }
        guard !learned.isEmpty else { return }
        func sign(_ k: Int, _ text: String) {
            out[k] = Correction(original: tokens[k], replacement: text, score: 3, rule: "section-sign")
        }
        var items = Set<Int>()
        for (i, h) in heads.enumerated() where marked[i] { items.insert(h.n) }
        // a heading between the runs' numbers, in a learned glyph, is one too, even if its title lost its capital
        for (i, h) in heads.enumerated() where !marked[i] && learned.contains(h.glyph) {
            let before = heads[..<i].indices.last { marked[$0] }.map { heads[$0].n }
            let after = heads[(i + 1)...].indices.first { marked[$0] }.map { heads[$0].n }
            if before.map({ h.n > $0 }) ?? true, after.map({ h.n < $0 }) ?? true, before != nil || after != nil {
                marked[i] = true
                items.insert(h.n)
            }
        }
        for (i, h) in heads.enumerated() where marked[i] {
            sign(h.k, h.glued ? "§ \(h.n)" : "§")
            if h.split {
                out[h.k + 1] = Correction(original: tokens[h.k + 1], replacement: String(h.n), score: 3, rule: "join")
                out[h.k + 2] = Correction(original: tokens[h.k + 2], replacement: "", score: 3, rule: "join")
            }
        }
        /// An item the document has, or a rising range of item numbers that opens with one ("15", "31,", "8-10",
        /// "1-12.").
        func reference(_ s: String) -> (item: Bool, range: Bool) {
            var body = Substring(s)
            while let l = body.last, ",.;:".contains(l) { body.removeLast() }
            let ends = body.split(omittingEmptySubsequences: false) { $0 == "-" || $0 == "–" || $0 == "—" }
            guard (1...2).contains(ends.count), let a = number(String(ends[0])), items.contains(a) else {
                return (false, false)
            }
            if ends.count == 2 {
                guard let b = number(String(ends[1])), b > a else { return (false, false) }
                return (true, true)
            }
            return (true, false)
        }
        /// A law citation's place: after a paragraph's number that a chapter precedes ("9 kap. 30 4 plan- och
        /// bygglagen"), and its letter if it has one ("31 b 4"), or before a law's name or abbreviation ("49 Q lagen",
        /// "6 Q LVU").
        func citation(_ k: Int) -> Bool {
            guard k > 0, k + 1 < tokens.count, !lineStarts[k + 1] else { return false }
            // (a paragraph added between two is lettered: "31 b §")
            var k0 = k - 1
            if k0 > 0, !lineStarts[k0], tokens[k0].count == 1, let l = tokens[k0].unicodeScalars.first,
               TextShape.isLowerLetter(l), number(tokens[k0]) == nil, tokens[k0 - 1].allSatisfy(\.isNumber) {
                k0 -= 1
            }
            guard let p = tokens[k0].unicodeScalars.first, TextShape.isDigit(p) || tokens[k0].count == 1,
                  number(tokens[k0]) != nil else { return false }
            if citesLaw(at: k, tokens: tokens) { return true }
            if k0 < k - 1, k0 > 0, r.citationCues.contains(TextShape.lowercased(tokenParts(tokens[k0 - 1]).core)) {
                return true
            }
            // (an abbreviated law: "OSL", "LVU", "SoL")
            let u = Array(tokenParts(tokens[k + 1]).core.unicodeScalars)
            return (2...4).contains(u.count) && u.allSatisfy(TextShape.isLetter) && TextShape.isUpperLetter(u[0])
                && TextShape.isUpperLetter(u[u.count - 1])
        }
        for k in tokens.indices.dropLast() where out[k]?.rule != "section-sign" && out[k]?.rule != "join" {
            let t = tokens[k]
            guard (1...2).contains(t.count), t != "§", t != "§§",
                  t.allSatisfy({ learned.contains($0) || $0 == "§" }) else { continue }
            let digits = t.contains(where: \.isNumber)
            // (the letters' double before any number, as before: "QQ 45-52"; or spaced, "g g 42-44")
            if t.count == 2, !digits, let d = tokens[k + 1].first, d.isNumber {
                sign(k, "§§")
                continue
            }
            if t.count == 1, !digits, k + 2 < tokens.count, tokens[k + 1] == t, !lineStarts[k + 1], !lineStarts[k + 2],
               reference(tokens[k + 2]).range {
                sign(k, "§§")
                out[k + 1] = Correction(original: tokens[k + 1], replacement: "", score: 3, rule: "join")
                continue
            }
            guard !lineStarts[k], k > 0 else { continue }
            if t.count == 1 && citation(k) {
                sign(k, "§")
                continue
            }
            guard !lineStarts[k + 1] else { continue }
            let ref = reference(tokens[k + 1])
            guard ref.item, number(tokens[k - 1]) == nil else { continue }
            // a learned glyph before an item number or a range of them is the document's sign ("Se även Q 15",
            // "Paragrafer: Q 1-12"); a digit only where a reference stands, after a comma, a colon or a cue, or before
            // a range ("fritidskonsulent, 4 15", "att 4 8-10 behandlas")
            let prev = tokens[k - 1]
            if digits && !(ref.range || prev.hasSuffix(",") || prev.hasSuffix(":")
                           || r.signCues.contains(TextShape.lowercased(tokenParts(prev).core))) { continue }
            sign(k, t.count == 2 ? "§§" : "§")
        }
    }

    /// A numbered list's first number read as a letter ("l. Reviderad riktlinje", "I) Budget"): a one that the
    /// document's own "2." (or "2)") at another line start vouches for, where no "II." says it counts in Roman numerals.
    func listOnePass(_ out: inout [Correction?], tokens: [String], lineStarts: [Bool]) {
        // (the tables' look-alikes of the digit one, with a list number's period or bracket)
        let ones = Set(r.model.rules.digitLookalikes.filter { $0.value == "1" }.keys.flatMap { [$0 + ".", $0 + ")"] })
        guard tokens.indices.contains(where: { lineStarts[$0] && ones.contains(tokens[$0]) }) else { return }
        var twos = Set<Character>(), roman = false
        for k in tokens.indices where lineStarts[k] {
            let t = tokens[k]
            if t.count == 2, t.first == "2", let c = t.last, c == "." || c == ")" { twos.insert(c) }
            if t == "II." || t == "II)" { roman = true }
        }
        guard !roman else { return }
        for k in tokens.indices where lineStarts[k] && ones.contains(tokens[k]) && k + 1 < tokens.count
            && !lineStarts[k + 1] {
            guard let c = tokens[k].last, twos.contains(c),
                  let f = tokens[k + 1].unicodeScalars.first, TextShape.isLetter(f) || TextShape.isDigit(f) else { continue }
            out[k] = Correction(original: tokens[k], replacement: "1" + String(c), score: 2, rule: "digit")
        }
    }

    /// Widest range of items a header's "§§ N–M" is taken to list.
    static let listedItemsMaxSpan = 60

    func itemNumberPass(_ out: inout [Correction?], tokens: [String], lineStarts: [Bool]) {
        // the single-sign look-alikes in rules.yaml ("845", "S45 Anmälan av …" between § 44 and § 46)
        let signs = Set(r.singleSigns.compactMap { $0.count == 1 ? $0.first! : nil })
        guard !signs.isEmpty, tokens.contains(where: { $0.first.map(signs.contains) == true }) else { return }
        let current = tokens.indices.map { out[$0]?.replacement ?? tokens[$0] }
        func number(_ s: Substring) -> Int? {
            s.count <= 3 && s.allSatisfy({ $0.isASCII && $0.isNumber }) ? Int(s) : nil
        }
        /// The item number a line-start heading carries ("§ 12", "§12", "§ 12."), if it is one.
        func heading(_ k: Int) -> Int? {
            let t = current[k]
            guard lineStarts[k], t.hasPrefix("§"), !t.hasPrefix("§§") else { return nil }
            let rest = t.dropFirst().drop { $0 == " " }
            if rest.isEmpty { return k + 1 < tokens.count ? number(Substring(current[k + 1]).prefix { $0 != "." }) : nil }
            return number(rest.prefix { $0 != "." })
        }
        var items = Set<Int>()
        for k in tokens.indices { if let n = heading(k) { items.insert(n) } }
        // the items a protocol's header lists ("Paragrafer: §§ 41–44"): each number in the range is a heading's
        var listed = Set<Int>()
        for k in tokens.indices.dropLast() where current[k] == "§§" {
            let range = current[k + 1].split(whereSeparator: { $0 == "–" || $0 == "-" })
            guard range.count == 2, let a = number(range[0]), let b = number(Substring(range[1].prefix { $0 != "." && $0 != "," })),
                  a < b, b - a <= DocumentState.listedItemsMaxSpan else { continue }
            listed.formUnion(a...b)
        }
        items.formUnion(listed)
        guard !items.isEmpty else { return }
        // the number of the next heading after each token, for the first item, which has no heading before it
        var nextHeading = [Int?](repeating: nil, count: tokens.count + 1)
        for k in tokens.indices.reversed() { nextHeading[k] = heading(k) ?? nextHeading[k + 1] }
        var last: Int?
        var lineReferences: [(k: Int, n: Int)] = []
        for k in tokens.indices {
            if let n = heading(k) { last = n; continue }
            let t = current[k]
            guard out[k] == nil, let f = t.first, signs.contains(f) else { continue }
            let next = k + 1 < tokens.count ? current[k + 1] : ""
            // (with or without a speck between sign and number: "8.45 Fastställande av dagordning" after § 44; a clock
            // time would have to follow the item before it by chance)
            let body = t.dropFirst()
            let digits = body.first.map { ".:'".contains($0) } == true ? body.dropFirst() : body
            // (the item before or the one after vouches for the number, so that one garbled heading does not cost its
            // neighbour the sign)
            if lineStarts[k], let n = number(digits), next.first?.isUppercase == true,
               last.map({ n == $0 + 1 }) == true || nextHeading[k + 1] == n + 1 || listed.contains(n) {
                out[k] = Correction(original: tokens[k], replacement: "§ \(n)", score: 3, rule: "section-sign")
                items.insert(n)
                last = n
            } else if lineStarts[k], digits.count == body.count, digits.count >= 2, let n = number(digits),
                      next.first?.isUppercase == true {
                // decided once every heading is known (glued only: "8.45 Kaffe" is a clock time)
                lineReferences.append((k, n))
            } else if t.count == 1, !lineStarts[k], k > 0, current[k - 1].hasSuffix(","), let n = number(Substring(next)),
                      items.contains(n) {
                out[k] = Correction(original: tokens[k], replacement: "§", score: 2, rule: "section-sign")
            } else if !lineStarts[k], k > 0, k + 1 == tokens.count || lineStarts[k + 1],
                      current[k - 1].last.map({ $0 == "," || $0 == "." }) == true,
                      !r.abbreviations.contains(TextShape.lowercased(tokenParts(current[k - 1]).core)),
                      let n = number(digits) {
                // the same reference glued, closing an attendance list's line after a name or a role
                // ("Helena Brännström, samhällsbyggnadschef, 849"; not a time or a page after "kl." or "s."):
                // decided with the line-start ones below
                lineReferences.append((k, n))
            }
        }
        // at a line start, before a capital, or as the line's last word after a name or a role, a number the document
        // has as an item refers to it, as an attendance list's "§ 49 Maria Gärdin, kommunsekreterare" does
        for (k, n) in lineReferences where out[k] == nil && items.contains(n) {
            out[k] = Correction(original: tokens[k], replacement: "§ \(n)", score: 2, rule: "section-sign")
        }
    }
}

/// Two-digit numbers an engine split into single digits ("§ 1 2 Val av", "den 1 5 september", "1 3 330 kronor"; gocr
/// does it to most of them): where the place wants one number, after "§", before a month's name (a day, up to 31) or
/// before a group of three digits. Such pairs twice in a document show the habit; one may be a list's. (`rangeWords`
/// holds the weekdays too, but no day's number stands before one.) A year split into three or four pieces shows it
/// too; where the document has it, a run of pieces that makes a year, an ISO date or up to four digits alone is
/// joined wherever it stands.
extension DocumentState {
    /// Fewest split numbers that show the habit.
    static let splitNumberMinCount = 2

    func splitNumberPass(_ out: inout [Correction?], tokens: [String], lineStarts: [Bool]) {
        // (most documents have no digit alone as a token: settle them on the bytes)
        @inline(__always) func lone(_ t: String) -> Bool {
            t.utf8.count == 1 && t.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } == true
        }
        guard tokens.count >= 3, tokens.indices.dropLast().contains(where: { lone(tokens[$0]) && lone(tokens[$0 + 1]) })
        else { return }
        var current = tokens.indices.map { out[$0]?.replacement ?? tokens[$0] }
        /// The second digit with the marks after it ("5," of "1 5, …"), when it is one.
        func secondDigit(_ t: String) -> (digit: Character, marks: Substring)? {
            guard let f = t.first, f.isASCII, f.isNumber else { return nil }
            let marks = t.dropFirst()
            return marks.allSatisfy({ ",.;:".contains($0) }) ? (f, marks) : nil
        }
        var pairs: [(k: Int, n: Int, marks: Substring)] = []
        var k = 0
        while k + 1 < tokens.count {
            defer { k += 1 }
            guard !lineStarts[k + 1], lone(current[k]), let (d, marks) = secondDigit(current[k + 1]),
                  let n = Int(current[k] + String(d)), current[k] != "0" else { continue }
            let prev = k > 0 && !lineStarts[k] ? current[k - 1] : ""
            let next = k + 2 < tokens.count && !lineStarts[k + 2] && marks.isEmpty
                ? tokenParts(current[k + 2]).core : ""
            let afterSign = prev == "§" || prev == "§§"
            let day = n <= 31 && r.rangeWords.contains(TextShape.lowercased(next))
            let thousands = next.utf8.count == 3 && next.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
            guard afterSign || day || thousands else { continue }
            pairs.append((k, n, marks))
            k += 1
        }
        // runs of such pieces that make a number as a whole: "2 0 2 6", "2 02 6" (a year), "2 0 2 5- 1 1 -0 3." (a
        // date), "1 5", "1 8 0 0" (up to four digits alone); a year of three pieces or more shows the habit too
        var runs: [(k: Int, count: Int, text: String)] = []
        var years = 0
        let piece = current.map(numberPiece)
        k = 0
        while k < tokens.count {
            guard piece[k] != nil else {
                k += 1
                continue
            }
            var end = k + 1
            while end < tokens.count, !lineStarts[end], piece[end] != nil { end += 1 }
            defer { k = end }
            let pieces = piece[k..<end].compactMap { $0 }
            // (marks only after the last piece: "1, 2" is a list's two numbers)
            guard pieces.count >= 2, pieces.dropLast().allSatisfy({ $0.marks.isEmpty }),
                  pieces.contains(where: { $0.digits == 1 }), pieces[0].body.first != "0" else { continue }
            let body = pieces.map(\.body).joined()
            let isYear = body.utf8.count == 4 && body.allSatisfy(\.isNumber) && (1900...2099).contains(Int(body) ?? 0)
            // (four digits alone may also be a thousands group split once more, "1 3 1 0" for "1 310": "1310" is nearer
            // that than the pieces are, and "1 8 0 0" is more often 1800; tried at three pieces at most, the published
            // gocr seed 4 lost 8 words and the fifth held-out set 2)
            // (in a document with the habit two digits alone are a split number far more often than a list written
            // without its commas, "punkt 1 2 och 3": kept to the places above, the held-out gocr sets lost 10–23 words
            // each)
            let plain = pieces.allSatisfy { $0.digits == 1 && $0.body.count == 1 } && pieces.count <= 4
            guard isYear || DocumentState.isISODate(body) || plain else { continue }
            if isYear && pieces.count >= 3 { years += 1 }
            // (four digits before a unit, "6 5 0 0 kr", are an amount written in groups: "6 500")
            let grouped = plain && pieces.count == 4 && !isYear && end < tokens.count && !lineStarts[end]
                && pieces.last!.marks.isEmpty
                && r.abbreviations.contains(TextShape.lowercased(tokenParts(current[end]).core))
            let text = grouped ? String(body.prefix(1)) + " " + String(body.dropFirst()) : body
            runs.append((k, end - k, text + pieces.last!.marks))
        }
        guard pairs.count + years >= DocumentState.splitNumberMinCount else { return }
        var joined = Set<Int>()
        for r in runs {
            join(&out, &current, tokens: tokens, at: r.k, count: r.count, as: r.text, score: 2)
            joined.formUnion(r.k..<(r.k + r.count))
        }
        for p in pairs where !joined.contains(p.k) {
            join(&out, &current, tokens: tokens, at: p.k, as: String(p.n) + p.marks, score: 2)
        }
    }

    /// A piece of a number an engine split: one or two digits, with a date's hyphen before or after them ("5-",
    /// "-0") and marks after them; nil for anything else.
    func numberPiece(_ t: String) -> (body: String, digits: Int, marks: Substring)? {
        guard let f = t.utf8.first, f >= 0x30 && f <= 0x39 || f == UInt8(ascii: "-"), t.utf8.count <= 5 else {
            return nil
        }
        var body = Substring(t)
        var marks = Substring("")
        while let l = body.last, ",.;:)".contains(l) { marks = String(l) + marks; body = body.dropLast() }
        let digits = body.filter(\.isNumber).count
        guard (1...2).contains(digits), body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }),
              body.filter({ $0 == "-" }).count <= 1, !body.contains("-") || body.first == "-" || body.last == "-"
        else { return nil }
        return (String(body), digits, marks)
    }
}

/// A date or a time an engine split at its narrow "1" ("202 1 -09-28", "kl. 1 3.00", "202 l - 1 0-2 1", "1 0.25-l 0.40";
/// gocr measures the gap beside the thin glyph as a word's): a run of digit pieces on a line, one of them a lone "1" or
/// its look-alike "l", that together make a year, an ISO date, a day and its month ("l 3/5"), a clock time, or a range of
/// dates or times. Twice in a document shows the habit; a thousands group ("1 250 000") or a list's numbers make none of
/// those and stay.
extension DocumentState {
    /// A half or a quarter ("1/2", "3/4"): after a whole number it is a mixed number's fraction, not a date's month.
    static func commonFraction(_ t: String) -> Bool {
        let f = t.split(separator: "/")
        guard f.count == 2, let a = Int(f[0]), let b = Int(f[1]) else { return false }
        return (b == 2 || b == 4) && a < b
    }

    /// A lone "1", or its look-alike "l".
    @inline(__always) static func narrowDigit(_ t: String) -> Bool {
        t.utf8.count == 1 && (t.utf8.first == UInt8(ascii: "1") || t.utf8.first == UInt8(ascii: "l"))
    }

    /// The token as these passes read it: a lone "l" that pass 1 read as a one-letter word ("I", the preposition at a
    /// sentence's start, for ocrad's "l 3/5" or "l 8,4") is still the look-alike, and free to join.
    static func narrowPieces(_ out: [Correction?], tokens: [String]) -> (text: [String], free: [Bool]) {
        var text = [String](), free = [Bool]()
        text.reserveCapacity(tokens.count)
        free.reserveCapacity(tokens.count)
        for (k, t) in tokens.enumerated() {
            if let c = out[k], !(t == "l" && c.replacement.utf8.count == 1) {
                text.append(c.replacement)
                free.append(false)
            } else {
                text.append(t)
                free.append(true)
            }
        }
        return (text, free)
    }

    /// Joins the runs; true when the document shows the habit.
    func narrowDigitPass(_ out: inout [Correction?], tokens: [String], lineStarts: [Bool]) -> Bool {
        // (most documents have no lone "1" or "l" as a token, nor a "1" before a gap and a digit: settle them on the
        // bytes)
        let narrow = DocumentState.narrowDigit
        guard tokens.count >= 2, tokens.indices.contains(where: { k in
            narrow(tokens[k]) || tokens[k].utf8.last == UInt8(ascii: "1") && k + 1 < tokens.count && !lineStarts[k + 1]
                && tokens[k + 1].utf8.first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true
        }) else { return false }
        let pieces = DocumentState.narrowPieces(out, tokens: tokens)
        var current = pieces.text
        let free = pieces.free
        // a piece: digits (or "l" beside one), a date's hyphens and slash and a time's periods or colons, a lone hyphen
        func isPiece(_ t: String) -> Bool {
            let u = Array(t.utf8)
            guard !u.isEmpty, u.count <= 11 else { return false }
            var digits = 0
            var i = 0
            while i < u.count {
                defer { i += 1 }
                let c = u[i]
                if c >= 0x30 && c <= 0x39 { digits += 1; continue }
                if c == UInt8(ascii: "-") || c == UInt8(ascii: ".") || c == UInt8(ascii: ":") || c == UInt8(ascii: "/") { continue }
                // (an en dash between years, "201 7–201 8"; a bracket before a law's number, "(201 3:801)")
                if c == 0xE2, i + 2 < u.count, u[i + 1] == 0x80, u[i + 2] == 0x93 { i += 2; continue }
                if i == 0, c == UInt8(ascii: "("), u.count > 1 { continue }
                // (a trailing comma, semicolon or bracket closes the run's last piece, a bracket with a mark after it too)
                if c == UInt8(ascii: ",") || c == UInt8(ascii: ";") || c == UInt8(ascii: ")"),
                   u[(i + 1)...].allSatisfy({ $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ";") }),
                   i == u.count - 1 || c == UInt8(ascii: ")") { continue }
                guard c == UInt8(ascii: "l") else { return false }
            }
            return digits > 0 || u == [UInt8(ascii: "-")] || u == [UInt8(ascii: "l")]
        }
        /// The run's text with "l" beside digits read as "1", and its closing marks apart; nil unless it is a year, an
        /// ISO date, a clock time or a range of them.
        func reading(_ pieces: [String], yearPlace: Bool) -> String? {
            var body = pieces.joined()
            var marks = "", open = ""
            if body.hasPrefix("(") { open = "("; body.removeFirst() }
            if body.hasSuffix(")."), !open.isEmpty { marks = "."; body.removeLast() }
            while let l = body.last, ",;)".contains(l) { marks = String(l) + marks; body.removeLast() }
            if body.hasSuffix("."), !body.dropLast().contains(".") || body.filter({ $0 == "." }).count > 1 {
                marks = "." + marks; body.removeLast()
            }
            body = body.replacingOccurrences(of: "l", with: "1")
            guard body.first.map({ $0.isNumber }) == true, body.last.map({ $0.isNumber }) == true else { return nil }
            func clock(_ s: Substring) -> Int? { s.count >= 4 ? TextShape.clockMinutes(s) : nil }
            func shape(_ s: Substring) -> Bool {
                TextShape.isYear(String(s)) || DocumentState.isISODate(String(s)) || clock(s) != nil
            }
            // ("1 850" is a thousands group, not the year 1850, and so is "l 231,"; after a month or a day's date a year
            // stands, "28 februari 1 990,", "den 16/3 1 990.")
            if shape(body[...]), yearPlace || !(narrow(pieces[0]) && pieces.count == 2
                                   && pieces[1].utf8.prefix(while: { $0 >= 0x30 && $0 <= 0x39 }).count == 3
                                   && pieces[1].utf8.dropFirst(3).allSatisfy({ ",.;:)".utf8.contains($0) })) {
                return open + body + marks
            }
            // a law's number in the statute book, "(2013:801)"; a span of years with its en dash, "2017–2018"
            let law = body.split(separator: ":", omittingEmptySubsequences: false)
            if law.count == 2, TextShape.isYear(String(law[0])), (1...4).contains(law[1].count),
               law[1].allSatisfy(\.isNumber), law[1].first != "0" {
                return open + body + marks
            }
            // a day and its month, "13/5" ("l 3/5", "1 5/4"); not a whole number and a common fraction, "1 1/2", "2 3/4"
            let dayMonth = body.split(separator: "/", omittingEmptySubsequences: false)
            if dayMonth.count == 2, let d = Int(dayMonth[0]), let m = Int(dayMonth[1]), (1...31).contains(d),
               (1...12).contains(m), dayMonth[0].count <= 2, dayMonth[1].count <= 2,
               !(pieces.count == 2 && DocumentState.commonFraction(pieces[1])) {
                return open + body + marks
            }
            let years = body.split(separator: "–", omittingEmptySubsequences: false)
            if years.count == 2, TextShape.isYear(String(years[0])), TextShape.isYear(String(years[1])), years[1] > years[0] {
                return open + body + marks
            }
            guard open.isEmpty, !body.contains("–") else { return nil }
            let halves = body.split(separator: "-", omittingEmptySubsequences: false)
            // a range of two clock times or two dates, the later one second
            if halves.count == 2, let a = clock(halves[0]), let b = clock(halves[1]), b > a {
                return halves[0] + (enDashLost ? "–" : "-") + halves[1] + marks
            }
            if halves.count == 6 {
                let from = halves[0..<3].joined(separator: "-"), to = halves[3..<6].joined(separator: "-")
                if DocumentState.isISODate(from), DocumentState.isISODate(to), to > from {
                    return from + (enDashLost ? "–" : "-") + to + marks
                }
            }
            return nil
        }
        /// A month's name or a day's date ("16/3"), with no mark after it: a year follows it ("oktober: 1 412 beslut"
        /// is a count).
        func yearBefore(_ t: String) -> Bool {
            let core = tokenParts(t).core
            guard core.utf8.count == t.utf8.count else { return false }
            if r.rangeWords.contains(TextShape.lowercased(core)) { return true }
            let dm = core.split(separator: "/")
            return dm.count == 2 && dm.allSatisfy { $0.count <= 2 && $0.allSatisfy(\.isNumber) }
        }
        /// Whether the pieces were split at a narrow glyph: one of them is a lone "1", or each gap follows a "1" (ocrad
        /// measures the gap after it alone: "2025-1 0-1 7.", "kl. 1 5.05-1 5.20")
        func narrowGaps(_ pieces: ArraySlice<String>) -> Bool {
            pieces.contains(where: narrow) || pieces.dropLast().allSatisfy {
                $0.utf8.last == UInt8(ascii: "1") || $0.utf8.last == UInt8(ascii: "l")
            }
        }
        var runs: [(k: Int, count: Int, text: String)] = []
        var k = 0
        while k < tokens.count {
            guard free[k] || current[k] == tokens[k], isPiece(current[k]) else { k += 1; continue }
            var end = k + 1
            while end < tokens.count, !lineStarts[end], isPiece(current[end]) { end += 1 }
            // the longest stretch from each start that reads as a whole and holds a narrow piece
            var i = k
            while i < end - 1 {
                var found = false
                for j in stride(from: end, to: i + 1, by: -1) where narrowGaps(current[i..<j]) {
                    // (nor a stretch a group of three digits goes on from: "1 850 000")
                    if j < tokens.count, !lineStarts[j], current[j].utf8.count == 3,
                       current[j].utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { continue }
                    if let text = reading(Array(current[i..<j]), yearPlace: i > 0 && !lineStarts[i] && yearBefore(current[i - 1])) {
                        runs.append((i, j - i, text))
                        i = j
                        found = true
                        break
                    }
                }
                if !found { i += 1 }
            }
            k = end
        }
        guard runs.count >= DocumentState.splitNumberMinCount else { return false }
        for r in runs { join(&out, &current, tokens: tokens, at: r.k, count: r.count, as: r.text, score: 2) }
        return true
    }

    /// Joins a lone "1" to another number's digits beside it on its line ("1 4,2", "3 1", "2 1)."), in a document where
    /// `narrowDigitPass` found the habit: up to four digits in all, with a decimal comma and marks after the last. A lone
    /// "1" before three digits is a thousands group's ("1 500") and stays. Runs after `splitNumberPass`, which knows the
    /// places that want one number (after "§", before a month, before a thousands group).
    func narrowDigitPairs(_ out: inout [Correction?], tokens: [String], lineStarts: [Bool]) {
        let narrow = DocumentState.narrowDigit
        let pieces = DocumentState.narrowPieces(out, tokens: tokens)
        var current = pieces.text
        let free = pieces.free
        func digits(_ t: String, last: Bool) -> (body: String, marks: String)? {
            var body = Substring(t), marks = ""
            if last { while let l = body.last, ",.;:)".contains(l) { marks = String(l) + marks; body.removeLast() } }
            let parts = body.split(separator: ",", omittingEmptySubsequences: false)
            guard !body.isEmpty, parts.count <= (last ? 2 : 1), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
                  body.allSatisfy({ $0.isASCII }) else { return nil }
            return (String(body), marks)
        }
        var i = 0
        while i + 1 < tokens.count {
            defer { i += 1 }
            guard free[i], free[i + 1], !lineStarts[i + 1], narrow(current[i]) || narrow(current[i + 1]),
                  let a = digits(current[i] == "l" ? "1" : current[i], last: false),
                  let b = digits(current[i + 1] == "l" ? "1" : current[i + 1], last: true),
                  a.body.first != "0" else { continue }
            let whole = b.body.split(separator: ",")[0]
            guard a.body.count + whole.count <= 4, !(narrow(current[i]) && whole.count == 3),
                  i + 2 >= tokens.count || lineStarts[i + 2] || !b.marks.isEmpty
                    || !current[i + 2].allSatisfy({ $0.isASCII && $0.isNumber }) else { continue }
            join(&out, &current, tokens: tokens, at: i, as: a.body + b.body + b.marks, score: 2)
            i += 1
        }
    }
}

/// Numbers an engine split beside a date's hyphen or a decimal comma ("2024-03- 14", "2025 -09-26", "41 ,6"): no
/// writer sets a gap there, and what the pieces make together is unambiguous, so no habit is needed.
extension DocumentState {
    /// Most pieces of one date.
    static let datePiecesMax = 4

    func numberGapJoins(_ out: inout [Correction?], tokens: [String], lineStarts: [Bool]) {
        // (most documents have no piece that ends or opens with a hyphen or opens with a comma before a digit: settle
        // them on the bytes)
        @inline(__always) func digit(_ b: UInt8?) -> Bool { b.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
        func gapSide(_ t: String) -> Bool {
            let u = t.utf8
            return digit(u.first) && u.last == UInt8(ascii: "-")
                || u.first == UInt8(ascii: "-") && digit(u.dropFirst().first)
                || u.first == UInt8(ascii: ",") && digit(u.dropFirst().first)
        }
        guard tokens.count >= 2, tokens.contains(where: gapSide) else { return }
        var current = tokens.indices.map { out[$0]?.replacement ?? tokens[$0] }
        /// Digits and hyphens: a date's piece (the last piece's marks are taken off before).
        func datePiece(_ t: String) -> Bool {
            !t.isEmpty && t.utf8.count <= 10 && t.utf8.allSatisfy { digit($0) || $0 == UInt8(ascii: "-") }
        }
        var k = 0
        while k + 1 < tokens.count {
            defer { k += 1 }
            guard out[k] == nil, !lineStarts[k + 1] else { continue }
            // a decimal comma read apart from the integer before it: "41 ,6", "1 ,98"
            let next = current[k + 1]
            if out[k + 1] == nil, next.utf8.first == UInt8(ascii: ","), current[k].utf8.allSatisfy(digit),
               !current[k].isEmpty, current[k].utf8.count <= 3 {
                let decimals = next.dropFirst()
                let body = decimals.prefix { $0.isASCII && $0.isNumber }
                if (1...2).contains(body.count), decimals.dropFirst(body.count).allSatisfy({ ".,;:)".contains($0) }) {
                    join(&out, &current, tokens: tokens, at: k, as: current[k] + next, score: 2)
                    k += 1
                    continue
                }
            }
            // a date whose gaps stand beside its hyphens; the longest such run from here
            guard datePiece(current[k]) else { continue }
            var end = k + 1
            while end < tokens.count, end - k < DocumentState.datePiecesMax, !lineStarts[end], out[end] == nil {
                let t = current[end]
                var body = Substring(t)
                while let l = body.last, ",.;:)".contains(l) { body = body.dropLast() }
                guard datePiece(String(body)) else { break }
                end += 1
                if body.count != t.count { break }
            }
            var j = end
            while j > k + 1 {
                let pieces = current[k..<j]
                let gapsAtHyphens = zip(pieces, pieces.dropFirst()).allSatisfy { a, b in
                    a.utf8.last == UInt8(ascii: "-") || b.utf8.first == UInt8(ascii: "-")
                }
                var joined = pieces.joined()
                var marks = ""
                while let l = joined.last, ",.;:)".contains(l) { marks = String(l) + marks; joined.removeLast() }
                if gapsAtHyphens, DocumentState.isISODate(joined) {
                    join(&out, &current, tokens: tokens, at: k, count: j - k, as: joined + marks, score: 2)
                    k = j - 1
                    break
                }
                j -= 1
            }
        }
    }
}
