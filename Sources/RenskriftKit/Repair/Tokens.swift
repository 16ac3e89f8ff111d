import Foundation

/// A whitespace-delimited token split into leading punctuation, the word, and trailing punctuation.
struct TokenParts: Sendable, Hashable {
    var prefix: String
    var core: String
    var suffix: String

    /// Splits `token`; characters in `keepSymbols` are OCR look-alikes of letters and stay in the core.
    init(_ token: String, keepSymbols: Set<Character>) {
        // a word of ASCII and Latin-1 that opens and ends with a letter is all core: nothing below would strip it
        if let f = token.unicodeScalars.first, let l = token.unicodeScalars.last, TextShape.isLetter(f), TextShape.isLetter(l),
           !TextShape.hasByte(token, where: { $0 >= 0xC4 }) {
            prefix = ""
            core = token
            suffix = ""
            return
        }
        // precomposed text (what OCR gives): one scalar per character, with cheap letter tests
        if !token.unicodeScalars.contains(where: { $0.value >= 0x300 && $0.value < 0x370 || $0.value >= 0x1AB0 }) {
            let sc = Array(token.unicodeScalars)
            var start = 0, end = sc.count
            func keep(_ u: Unicode.Scalar) -> Bool { keepSymbols.contains(Character(u)) }
            func letter(_ u: Unicode.Scalar) -> Bool { TextShape.isLetter(u) }
            func strippable(_ u: Unicode.Scalar) -> Bool { !(letter(u) || TextShape.isDigit(u) || keep(u)) }
            while start < end && strippable(sc[start]) { start += 1 }
            while end > start && strippable(sc[end - 1]) { end -= 1 }
            // (nor when a capitalised word follows: "[Bilaga" is a bracket, "[ngrid" an I)
            while start < end && !letter(sc[start]) && keep(sc[start])
                && !(start + 1 < end && letter(sc[start + 1])
                     && !(start + 2 < end && TextShape.isUpperLetter(sc[start + 1]) && TextShape.isLowerLetter(sc[start + 2]))) {
                start += 1
            }
            while end > start && !letter(sc[end - 1]) && keep(sc[end - 1])
                && !(end - 2 >= start && letter(sc[end - 2])) { end -= 1 }
            // a bracket that the token closes is a bracket, not a letter's look-alike ("[annan]" is no "Iannan")
            if start < end, sc[start] == "[" || sc[start] == "{", end < sc.count,
               sc[end] == (sc[start] == "[" ? "]" : "}") { start += 1 }
            func str(_ r: Range<Int>) -> String {
                var u = String.UnicodeScalarView()
                u.append(contentsOf: sc[r])
                return String(u)
            }
            prefix = start == 0 ? "" : str(0..<start)
            core = start == 0 && end == sc.count ? token : str(start..<end)
            suffix = end == sc.count ? "" : str(end..<sc.count)
            return
        }
        let chars = Array(token)
        var start = 0, end = chars.count
        func strippable(_ c: Character) -> Bool {
            !(c.isLetter || c.isNumber || keepSymbols.contains(c))
        }
        while start < end && strippable(chars[start]) { start += 1 }
        while end > start && strippable(chars[end - 1]) { end -= 1 }
        // a look-alike at the edge only belongs to the word when a letter is beside it
        while start < end && keepSymbols.contains(chars[start]) && !chars[start].isLetter
            && !(start + 1 < end && chars[start + 1].isLetter
                 && !(start + 2 < end && chars[start + 1].isUppercase && chars[start + 2].isLowercase)) {
            start += 1
        }
        while end > start && keepSymbols.contains(chars[end - 1]) && !chars[end - 1].isLetter
            && !(end - 2 >= start && chars[end - 2].isLetter) { end -= 1 }
        if start < end, chars[start] == "[" || chars[start] == "{", end < chars.count,
           chars[end] == (chars[start] == "[" ? "]" : "}") { start += 1 }
        prefix = String(chars[0..<start])
        core = String(chars[start..<end])
        suffix = String(chars[end..<chars.count])
    }

    var token: String { prefix + core + suffix }
}

enum TextShape {
    /// Lower-cases UTF-8 for lexicon keys: ASCII and Latin-1 letters, which is what Swedish needs.
    @inline(__always)
    static func lowerBytes(_ s: [UInt8]) -> [UInt8] {
        var out = s
        var i = 0
        while i < out.count {
            let b = out[i]
            if b >= 0x41 && b <= 0x5A {
                out[i] = b + 32
            } else if b == 0xC3, i + 1 < out.count, out[i + 1] >= 0x80, out[i + 1] <= 0x9E, out[i + 1] != 0x97 {
                out[i + 1] += 0x20
                i += 1
            }
            i += 1
        }
        return out
    }

    /// Whether `s` holds the byte `b`, scanned as a buffer (String.UTF8View's own iterator costs several times more).
    @inline(__always)
    static func hasByte(_ s: String, _ b: UInt8) -> Bool {
        s.utf8.withContiguousStorageIfAvailable { $0.contains(b) } ?? s.utf8.contains(b)
    }

    /// Whether `s` holds a byte that `test` accepts, scanned as a buffer.
    @inline(__always)
    static func hasByte(_ s: String, where test: (UInt8) -> Bool) -> Bool {
        s.utf8.withContiguousStorageIfAvailable { $0.contains(where: test) } ?? s.utf8.contains(where: test)
    }

    /// `s.lowercased()` without the Unicode tables when `s` is ASCII and Latin-1, which Swedish OCR text nearly
    /// always is (the library's way cost more than a lexicon look-up); other text takes the library's way.
    static func lowercased(_ s: String) -> String {
        switch latinLower(s) {
        case .same: return s
        case .changed(let b): return String(decoding: b, as: UTF8.self)
        case .other: return s.lowercased()
        }
    }

    /// The UTF-8 of `lowercased(s)`: a lexicon key.
    static func lowerKey(_ s: String) -> [UInt8] {
        switch latinLower(s) {
        case .same: return Array(s.utf8)
        case .changed(let b): return b
        case .other: return Array(s.lowercased().utf8)
        }
    }

    private enum LatinLower {
        case same
        case changed([UInt8])
        case other
    }

    /// The small letters of ASCII and Latin-1 text, worked out on its buffer; `.other` for any other text.
    private static func latinLower(_ s: String) -> LatinLower {
        func scan(_ buf: UnsafeBufferPointer<UInt8>) -> LatinLower {
            var change = false
            for b in buf {
                if b >= 0xC4 { return .other }
                if b >= 0x41 && b <= 0x5A || b == 0xC3 { change = true }
            }
            guard change else { return .same }
            let out = lowerBytes(Array(buf))
            return out.elementsEqual(buf) ? .same : .changed(out)
        }
        if let r = s.utf8.withContiguousStorageIfAvailable(scan) { return r }
        return Array(s.utf8).withUnsafeBufferPointer(scan)
    }

    /// True when every scalar is ASCII or a Latin-1 letter (U+00C0–U+00FF but × and ÷): each is then a whole
    /// Character, and its letter, digit and case properties are known without the Unicode tables.
    @inline(__always)
    static func isSimpleLatin(_ s: String) -> Bool {
        s.unicodeScalars.allSatisfy { $0.value < 0x80 || ($0.value >= 0xC0 && $0.value <= 0xFF && $0.value != 0xD7 && $0.value != 0xF7) }
    }

    /// Character.isUppercase for a scalar of `isSimpleLatin` text (ß and ÿ are lower case).
    @inline(__always)
    static func isSimpleUpper(_ u: Unicode.Scalar) -> Bool {
        (u.value >= 0x41 && u.value <= 0x5A) || (u.value >= 0xC0 && u.value <= 0xDE && u.value != 0xD7)
    }

    /// A digit with a small letter on each side ("bes1utar"; not "ti11", "2a" or "B12").
    static func hasDigitBetweenLetters(_ s: String) -> Bool {
        let u = Array(s.unicodeScalars)
        guard u.count >= 3 else { return false }
        for i in 1..<(u.count - 1) where isDigit(u[i]) && isLowerLetter(u[i - 1]) && isLowerLetter(u[i + 1]) {
            return true
        }
        return false
    }

    /// A capital after a small letter ("SoL", "BoU", "McAfee").
    static func isMixedCase(_ s: String) -> Bool {
        var small = false
        for u in s.unicodeScalars {
            if isUpperLetter(u) && small { return true }
            if isLowerLetter(u) { small = true }
        }
        return false
    }

    static func isAllCaps(_ s: String) -> Bool {
        if isSimpleLatin(s) {
            var letters = 0
            for u in s.unicodeScalars where isLetter(u) {
                if !isSimpleUpper(u) { return false }
                letters += 1
            }
            return letters >= 2
        }
        var letters = 0
        for c in s where c.isLetter {
            if !c.isUppercase { return false }
            letters += 1
        }
        return letters >= 2
    }

    static func letterCount(_ s: String) -> Int {
        if isSimpleLatin(s) { return s.unicodeScalars.reduce(0) { $0 + (isLetter($1) ? 1 : 0) } }
        return s.reduce(0) { $0 + ($1.isLetter ? 1 : 0) }
    }

    static func hasDiacritic(_ s: String) -> Bool {
        s.unicodeScalars.contains { "åäöÅÄÖ".unicodeScalars.contains($0) }
    }

    /// The plain letter of å, ä, ö or é in either case ("a" for "å"), or nil for any other.
    static func plainLetter(_ u: Unicode.Scalar) -> Unicode.Scalar? {
        switch u {
        case "å", "ä": return "a"
        case "Å", "Ä": return "A"
        case "ö": return "o"
        case "Ö": return "O"
        case "é": return "e"
        case "É": return "E"
        default: return nil
        }
    }

    /// How many å/ä/ö (either case) a text holds.
    static func diacriticCount(_ s: String) -> Int {
        var n = 0
        for u in s.unicodeScalars {
            switch u.value {
            case 0xE5, 0xE4, 0xF6, 0xC5, 0xC4, 0xD6: n += 1  // å ä ö Å Ä Ö
            default: break
            }
        }
        return n
    }

    /// Digits-and-signs tokens: numbers, dates, times, ranges, amounts.
    static func isNumberLike(_ s: String) -> Bool {
        guard let f = s.unicodeScalars.first, f.value >= 0x30 && f.value <= 0x39 || f.value >= 0x80
            && CharacterSet.decimalDigits.contains(f) else { return false }
        return s.unicodeScalars.allSatisfy {
            ($0.value >= 0x30 && $0.value <= 0x39) || ".,:-/)".unicodeScalars.contains($0) || $0 == "–" || $0 == "—"
                || $0.value >= 0x80 && CharacterSet.decimalDigits.contains($0)
        }
    }

    /// A year: four digits from 1000 to 2099 ("år 2025"; "är 62 000 kronor" has no year after it).
    static func isYear(_ s: String) -> Bool {
        let u = Array(s.utf8)
        guard u.count == 4, u.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        return u[0] == 0x31 || u[0] == 0x32 && u[1] == 0x30
    }

    /// One side of a numeric range: digits, optionally a clock time "09.00" / "9:30".
    static func isRangeEnd(_ s: Substring) -> Bool {
        guard let f = s.first, f.isASCII, f.isNumber, s.count <= 5 else { return false }
        return s.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "." || $0 == ":" }
    }

    /// Minutes after midnight of a clock time "09.00" or "9:30"; nil when it is not one.
    static func clockMinutes(_ s: Substring) -> Int? {
        let p = s.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == ":" })
        guard p.count == 2, p[1].count == 2, let h = Int(p[0]), let m = Int(p[1]), h < 24, m < 60 else { return nil }
        return h * 60 + m
    }

    /// E-mail addresses, URLs and file names.
    static func isAddress(_ s: String) -> Bool {
        // most tokens hold none of the three signs, or only a period at their end ("protokollet."): settle them
        // without copying the bytes ("www." alone aside)
        let mayBe: Bool = s.utf8.withContiguousStorageIfAvailable { buf in
            for (i, c) in buf.enumerated() {
                if c == UInt8(ascii: "@") || c == UInt8(ascii: ":") || c == UInt8(ascii: ".") && (i + 1 < buf.count || i == 3) {
                    return true
                }
            }
            return false
        } ?? true
        guard mayBe else { return false }
        let b = Array(s.utf8)
        if b.contains(UInt8(ascii: "@")) || s.contains("://") || TextShape.lowercased(s).hasPrefix("www.") { return true }
        // an ASCII letter or digit, a dot, a known ending, then the end or a non-letter
        let lower = TextShape.lowerBytes(b)
        for (i, c) in lower.enumerated() where c == UInt8(ascii: ".") && i > 0 {
            let p = lower[i - 1]
            guard (p >= 0x61 && p <= 0x7A) || (p >= 0x30 && p <= 0x39) else { continue }
            for ending in addressEndings where i + 1 + ending.count <= lower.count
                && lower[(i + 1)..<(i + 1 + ending.count)].elementsEqual(ending) {
                let after = i + 1 + ending.count
                if after == lower.count { return true }
                let n = lower[after]
                if !((n >= 0x61 && n <= 0x7A) || (n >= 0x30 && n <= 0x39) || n >= 0x80 || n == UInt8(ascii: "_")) {
                    return true
                }
            }
        }
        return false
    }

    private static let addressEndings: [[UInt8]] = ["se", "com", "org", "net", "nu", "eu", "pdf", "doc", "docx"].map {
        Array($0.utf8)
    }

    /// A letter, quickly for ASCII and Latin-1.
    @inline(__always)
    static func isLetter(_ u: Unicode.Scalar) -> Bool {
        if u.value < 0x80 { return (u.value | 0x20) >= 0x61 && (u.value | 0x20) <= 0x7A }
        if u.value >= 0xC0 && u.value <= 0x24F { return u.value != 0xD7 && u.value != 0xF7 }
        return Character(u).isLetter
    }

    /// A capital letter, quickly for ASCII and Latin-1 (where capitals are À–Þ).
    @inline(__always)
    static func isUpperLetter(_ u: Unicode.Scalar) -> Bool {
        if u.value < 0x80 { return u.value >= 0x41 && u.value <= 0x5A }
        if u.value >= 0xC0 && u.value <= 0xFF { return u.value <= 0xDE && u.value != 0xD7 }
        return u.properties.isUppercase
    }

    /// The text with its first letter a capital.
    static func capitalizingFirst(_ s: String) -> String {
        guard let f = s.first else { return s }
        return f.uppercased() + s.dropFirst()
    }

    /// The text in composed form (NFC) when it holds combining diacritical marks (U+0300–U+036F), else itself.
    static func composed(_ s: String) -> String {
        // (those marks are encoded as CC 80 … CD AF in UTF-8: a byte scan settles most texts)
        guard TextShape.hasByte(s, where: { $0 == 0xCC || $0 == 0xCD }) else { return s }
        return s.precomposedStringWithCanonicalMapping
    }

    /// The text with its typographic ligatures (U+FB00–FB06) written out as letters, or nil when it has none.
    static func expandingLigatures(_ s: String) -> String? {
        guard s.utf8.contains(0xEF), s.unicodeScalars.contains(where: { $0.value >= 0xFB00 && $0.value <= 0xFB06 })
        else { return nil }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            switch u.value {
            case 0xFB00: out.append(contentsOf: "ff".unicodeScalars)
            case 0xFB01: out.append(contentsOf: "fi".unicodeScalars)
            case 0xFB02: out.append(contentsOf: "fl".unicodeScalars)
            case 0xFB03: out.append(contentsOf: "ffi".unicodeScalars)
            case 0xFB04: out.append(contentsOf: "ffl".unicodeScalars)
            case 0xFB05, 0xFB06: out.append(contentsOf: "st".unicodeScalars)
            default: out.append(u)
            }
        }
        return String(out)
    }

    /// A small letter, quickly for ASCII and Latin-1.
    @inline(__always)
    static func isLowerLetter(_ u: Unicode.Scalar) -> Bool { isLetter(u) && !isUpperLetter(u) }

    /// A digit (any script), quickly for ASCII.
    @inline(__always)
    static func isDigit(_ u: Unicode.Scalar) -> Bool {
        if u.value < 0x80 { return u.value >= 0x30 && u.value <= 0x39 }
        return Character(u).isNumber
    }

    /// Applies the case of `model` to `word`: all capitals stay capitals.
    static func matchCase(_ word: String, like model: String) -> String {
        if isAllCaps(model) { return word.uppercased() }
        if let f = model.first, f.isUppercase, let w = word.first, !w.isUppercase { return capitalizingFirst(word) }
        return word
    }
}

/// Characters as packed UTF-8 (up to four bytes in a UInt32), for cheap per-letter work on words.
enum Packed {
    static func chars(_ bytes: [UInt8]) -> [UInt32] {
        var out: [UInt32] = []
        fill(&out, from: bytes)
        return out
    }

    /// `chars(bytes)` written into `out`, whose storage is kept: a loop over many texts needs one array, not one each.
    static func fill(_ out: inout [UInt32], from bytes: [UInt8]) {
        out.removeAll(keepingCapacity: true)
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let n = min(Channel.charLength(bytes[i]), bytes.count - i)
            var v: UInt32 = 0
            for k in 0..<n { v = v << 8 | UInt32(bytes[i + k]) }
            out.append(v)
            i += n
        }
    }

    @inline(__always)
    static func appendBytes(_ c: UInt32, to out: inout [UInt8]) {
        if c < 0x100 { out.append(UInt8(c)) } else if c < 0x10000 {
            out.append(UInt8(c >> 8)); out.append(UInt8(c & 0xFF))
        } else if c < 0x100_0000 {
            out.append(UInt8(c >> 16)); out.append(UInt8((c >> 8) & 0xFF)); out.append(UInt8(c & 0xFF))
        } else {
            out.append(UInt8(c >> 24)); out.append(UInt8((c >> 16) & 0xFF))
            out.append(UInt8((c >> 8) & 0xFF)); out.append(UInt8(c & 0xFF))
        }
    }

    /// `appendBytes` into a fixed buffer (one on the stack, for loops that would otherwise allocate an array per
    /// word); returns the new count. The caller sizes the buffer for four bytes a character.
    @inline(__always)
    static func writeBytes(_ c: UInt32, to out: UnsafeMutableBufferPointer<UInt8>, at n: Int) -> Int {
        if c < 0x100 { out[n] = UInt8(c); return n + 1 }
        if c < 0x10000 { out[n] = UInt8(c >> 8); out[n + 1] = UInt8(c & 0xFF); return n + 2 }
        if c < 0x100_0000 {
            out[n] = UInt8(c >> 16); out[n + 1] = UInt8((c >> 8) & 0xFF); out[n + 2] = UInt8(c & 0xFF)
            return n + 3
        }
        out[n] = UInt8(c >> 24); out[n + 1] = UInt8((c >> 16) & 0xFF)
        out[n + 2] = UInt8((c >> 8) & 0xFF); out[n + 3] = UInt8(c & 0xFF)
        return n + 4
    }

    static func string(_ cs: [UInt32]) -> String {
        var b: [UInt8] = []
        b.reserveCapacity(cs.count + 4)
        for c in cs { appendBytes(c, to: &b) }
        return String(decoding: b, as: UTF8.self)
    }

    @inline(__always)
    static func isUpper(_ c: UInt32) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0xC380 && c <= 0xC39E && c != 0xC397)
    }

    @inline(__always)
    static func lower(_ c: UInt32) -> UInt32 {
        if c >= 0x41 && c <= 0x5A { return c + 32 }
        if c >= 0xC380 && c <= 0xC39E && c != 0xC397 { return c + 0x20 }
        return c
    }

    @inline(__always)
    static func upper(_ c: UInt32) -> UInt32 {
        if c >= 0x61 && c <= 0x7A { return c - 32 }
        if c >= 0xC3A0 && c <= 0xC3BE && c != 0xC3B7 { return c - 0x20 }
        return c
    }
}
