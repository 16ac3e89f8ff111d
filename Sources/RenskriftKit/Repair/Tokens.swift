import Foundation

/// A whitespace-delimited token split into leading punctuation, the word, and trailing punctuation.
struct TokenParts: Sendable, Hashable {
    var prefix: String
    var core: String
    var suffix: String

    /// Splits `token`; characters in `keepSymbols` are OCR look-alikes of letters and stay in the core.
    init(_ token: String, keepSymbols: Set<Character>) {
        let chars = Array(token)
        var start = 0, end = chars.count
        func strippable(_ c: Character) -> Bool {
            !(c.isLetter || c.isNumber || keepSymbols.contains(c))
        }
        while start < end && strippable(chars[start]) { start += 1 }
        while end > start && strippable(chars[end - 1]) { end -= 1 }
        // a look-alike at the edge only belongs to the word when a letter is beside it
        while start < end && keepSymbols.contains(chars[start]) && !chars[start].isLetter
            && !(start + 1 < end && chars[start + 1].isLetter) { start += 1 }
        while end > start && keepSymbols.contains(chars[end - 1]) && !chars[end - 1].isLetter
            && !(end - 2 >= start && chars[end - 2].isLetter) { end -= 1 }
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

    static func isAllCaps(_ s: String) -> Bool {
        var letters = 0
        for c in s where c.isLetter {
            if !c.isUppercase { return false }
            letters += 1
        }
        return letters >= 2
    }

    static func letterCount(_ s: String) -> Int { s.reduce(0) { $0 + ($1.isLetter ? 1 : 0) } }

    static func hasDiacritic(_ s: String) -> Bool {
        s.unicodeScalars.contains { "åäöÅÄÖ".unicodeScalars.contains($0) }
    }

    /// Digits-and-signs tokens: numbers, dates, times, ranges, amounts.
    static func isNumberLike(_ s: String) -> Bool {
        guard let f = s.unicodeScalars.first, CharacterSet.decimalDigits.contains(f) else { return false }
        return s.unicodeScalars.allSatisfy { CharacterSet.decimalDigits.contains($0) || ".,:–-/)".unicodeScalars.contains($0) }
    }

    /// E-mail addresses, URLs and file names.
    static func isAddress(_ s: String) -> Bool {
        s.contains("@") || s.contains("://") || s.lowercased().hasPrefix("www.")
            || s.range(of: #"[a-z0-9]\.(se|com|org|net|nu|eu|pdf|docx?)\b"#, options: [.regularExpression, .caseInsensitive]) != nil
    }

    /// Applies the case of `model` to `word`: all capitals stay capitals.
    static func matchCase(_ word: String, like model: String) -> String {
        if isAllCaps(model) { return word.uppercased() }
        if let f = model.first, f.isUppercase, let w = word.first, !w.isUppercase {
            return w.uppercased() + word.dropFirst()
        }
        return word
    }
}

/// Characters as packed UTF-8 (up to four bytes in a UInt32), for cheap per-letter work on words.
enum Packed {
    static func chars(_ bytes: [UInt8]) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let n = min(Channel.charLength(bytes[i]), bytes.count - i)
            var v: UInt32 = 0
            for k in 0..<n { v = v << 8 | UInt32(bytes[i + k]) }
            out.append(v)
            i += n
        }
        return out
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
