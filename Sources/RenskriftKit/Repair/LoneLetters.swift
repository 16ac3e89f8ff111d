import Foundation

/// One-letter words whose accent OCR lost or changed: older protocols' preposition "å" ("anslag å mejeriet") and the
/// sign of a price per unit ("gösyngel à 1,40 kr/st."). A lone letter says nothing by itself; its neighbours do.
extension DocumentState {
    /// What OCR writes for each of `strippedPrepositions` and `unitPriceSigns`, and what it stands for: a sign's bare
    /// letter, and for a price also the same letter with another accent ("à" read as "å").
    static func loneLetterReadings(_ rules: PunctuationRules) -> [String: (preposition: String?, price: String?)] {
        func bare(_ s: String) -> String { s.folding(options: .diacriticInsensitive, locale: nil) }
        var readings: [String: (preposition: String?, price: String?)] = [:]
        for p in rules.strippedPrepositions {
            readings[bare(p), default: (nil, nil)].preposition = p
        }
        for p in rules.unitPriceSigns {
            let letter = bare(p)
            readings[letter, default: (nil, nil)].price = p
            for q in rules.strippedPrepositions where bare(q) == letter {
                readings[q, default: (nil, nil)].price = p
            }
        }
        return readings
    }

    /// Fewest words that the lexicon knows only with å/ä/ö, written without them, before a document counts as one
    /// whose OCR strips its letters: a text without a single å may be too short to show any.
    static let strippedPrepositionMinEvidence = 2

    /// Restores `strippedPrepositions` and `unitPriceSigns` from their bare letters, for tokens no pass has changed.
    func loneLetterPass(_ out: inout [Correction?], tokens: [String]) {
        let readings = r.loneLetterReadings
        guard tokens.count >= 3, !readings.isEmpty else { return }
        // (most documents have no lone letter of these: settled on the bytes)
        guard tokens.contains(where: { $0.utf8.count <= 2 && readings[$0] != nil }) else { return }
        let text = tokens.indices.map { out[$0]?.replacement ?? tokens[$0] }
        let foreign = r.model.foreignWords
        /// A word of letters as the writer would set it before or after the sign: not an abbreviation ("bl a") and
        /// not an English word ("a month").
        func word(_ k: Int, after: Bool) -> String? {
            let parts = tokenParts(text[k])
            guard parts.core.unicodeScalars.count >= 2, parts.core.unicodeScalars.allSatisfy(TextShape.isLetter),
                  after ? parts.prefix.isEmpty : parts.suffix.isEmpty,
                  foreign[parts.core] == nil else { return nil }
            let lower = TextShape.lowercased(parts.core)
            guard !r.abbreviations.contains(lower), after || !r.abbreviations.contains(lower + "." + tokens[k + 1])
            else { return nil }
            return parts.core
        }
        /// A price: digits, and a decimal comma with two places ("16,50", "1,40").
        func price(_ t: String) -> Bool {
            let core = tokenParts(t).core
            guard TextShape.isNumberLike(core), let comma = core.firstIndex(of: ",") else { return false }
            let cents = core[core.index(after: comma)...]
            return cents.count == 2 && cents.allSatisfy(\.isNumber)
        }
        // the preposition only where this OCR never writes its letter and strips other words of theirs
        var writes: [String: Bool] = [:]
        func documentWrites(_ p: String) -> Bool {
            if let w = writes[p] { return w }
            let small = p.unicodeScalars.first!, capital = Unicode.Scalar(p.uppercased()) ?? small
            let w = tokens.contains { t in t.utf8.contains { $0 >= 0x80 } && t.unicodeScalars.contains { $0 == small || $0 == capital } }
            writes[p] = w
            return w
        }
        let stripping = lossCounts.stripped >= DocumentState.strippedPrepositionMinEvidence
        for k in 1..<(tokens.count - 1) where out[k] == nil {
            guard let sign = readings[tokens[k]] else { continue }
            let next = text[k + 1]
            if let p = sign.price, let f = next.unicodeScalars.first, f.value >= 0x30 && f.value <= 0x39,
               TextShape.isNumberLike(tokenParts(next).core) {
                // after a word any number ("platser à 20 mjärdar"); after a number a price, since a law's paragraph
                // has a letter there ("53 a § PBL", "3 a 8 PBL" with its sign misread)
                if word(k - 1, after: false) != nil || TextShape.isNumberLike(text[k - 1]) && price(next) {
                    out[k] = Correction(original: tokens[k], replacement: p, score: 2, rule: "lone-letter")
                }
                continue
            }
            guard let p = sign.preposition, stripping, tokens[k] != p, !documentWrites(p),
                  word(k - 1, after: false) != nil, let w = word(k + 1, after: true),
                  let f = w.unicodeScalars.first, TextShape.isLowerLetter(f) else { continue }
            out[k] = Correction(original: tokens[k], replacement: p, score: 2, rule: "lone-letter")
        }
    }
}
