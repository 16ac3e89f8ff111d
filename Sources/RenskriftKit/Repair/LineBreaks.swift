extension DocumentState {
    /// Words hyphenated across a line break ("ordfo-" over "randen") are one word: it is repaired whole and split
    /// again where the line broke, so that neither half is read as a word of its own ("heten" is no "heter", "ordfo"
    /// no "ordf"). The result maps each half's token index to its correction, or to nil when the whole word is right
    /// as written and the halves stay; a pair whose joined form is no word either way is not in it.
    func lineBreakJoins(tokens: [String], lineStarts: [Bool]) -> [Int: Correction?] {
        var out: [Int: Correction?] = [:]
        var k = 0
        while k + 1 < tokens.count {
            defer { k += 1 }
            guard lineStarts[k + 1], out[k] == nil, tokens[k].utf8.last == UInt8(ascii: "-"),
                  tokens[k].utf8.count >= 3 else { continue }
            let head = tokenParts(tokens[k]), tail = tokenParts(tokens[k + 1])
            guard head.suffix == "-", tail.prefix.isEmpty,
                  let h0 = head.core.unicodeScalars.first, TextShape.isLetter(h0),
                  let t0 = tail.core.unicodeScalars.first, TextShape.isLowerLetter(t0),
                  TextShape.letterCount(head.core) >= 2, TextShape.letterCount(tail.core) >= 2,
                  !head.core.contains("-"), !tail.core.contains("-"), !tail.core.contains("/"),
                  // (a compound's first part before a conjunction keeps its hyphen: "plan-" over "och bygglagen")
                  !r.suspensionConjunctions.contains(TextShape.lowercased(tail.core)),
                  protectionReason(for: head.core, at: k, tokens: tokens) == nil,
                  protectionReason(for: tail.core, at: k + 1, tokens: tokens) == nil else { continue }
            let joined = head.core + tail.core
            let analysis = analyze(joined)
            guard analysis.protectedReason == nil, let identity = analysis.candidates.first else { continue }
            let initial = DocumentState.startsSentence(at: k, tokens: tokens, lineStarts: lineStarts)
            let word: String
            var score = 0.0
            if let d = wordDecision(joined, at: k, tokens: nil, sentenceStart: initial) {
                // only a reading that is a word speaks for the join
                guard let c = analysis.candidates.first(where: { $0.text == d.replacement }),
                      DocumentState.isWordSource(c.source) else { continue }
                word = d.replacement
                score = d.score
            } else {
                guard DocumentState.isWordSource(identity.source) else { continue }
                word = joined
            }
            let ocrScalars = Array(joined.unicodeScalars), wordScalars = Array(word.unicodeScalars)
            let cut = DocumentState.alignedCut(ocrScalars, at: head.core.unicodeScalars.count, in: wordScalars)
            guard cut > 0 && cut < wordScalars.count else { continue }
            func text(_ r: Range<Int>) -> String {
                var v = String.UnicodeScalarView()
                v.append(contentsOf: wordScalars[r])
                return String(v)
            }
            let newHead = head.prefix + text(0..<cut) + "-"
            let newTail = text(cut..<wordScalars.count) + tail.suffix
            out[k] = newHead == tokens[k] ? .some(nil)
                : Correction(original: tokens[k], replacement: newHead, score: score, rule: "hyphenation")
            out[k + 1] = newTail == tokens[k + 1] ? .some(nil)
                : Correction(original: tokens[k + 1], replacement: newTail, score: score, rule: "hyphenation")
            k += 1
        }
        return out
    }

    /// A candidate from one of these sources is a word (listed, or a compound of listed parts).
    static func isWordSource(_ source: CandidateSource) -> Bool { source == .lexicon || source == .compound }

    /// Where position `cut` of `ocr` falls in `word`, by a least-edits alignment of the two; letters the reading
    /// adds at the cut go with the part before it ("ordf|randen" → "ordfö|randen").
    static func alignedCut(_ ocr: [Unicode.Scalar], at cut: Int, in word: [Unicode.Scalar]) -> Int {
        let n = ocr.count, m = word.count
        func cost(_ i: Int, _ j: Int) -> Int {
            ocr[i] == word[j] || ocr[i].properties.lowercaseMapping == word[j].properties.lowercaseMapping ? 0 : 1
        }
        // d[i][j]: edits between ocr[i...] and word[j...], so that the walk from the start can follow the cheapest path
        var d = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n, through: 0, by: -1) {
            for j in stride(from: m, through: 0, by: -1) {
                if i == n { d[i][j] = m - j; continue }
                if j == m { d[i][j] = n - i; continue }
                d[i][j] = min(d[i + 1][j + 1] + cost(i, j), d[i + 1][j] + 1, d[i][j + 1] + 1)
            }
        }
        var i = 0, j = 0
        while i < cut {
            if j < m && d[i][j] == d[i + 1][j + 1] + cost(i, j) {
                i += 1; j += 1
            } else if d[i][j] == d[i + 1][j] + 1 {
                i += 1
            } else {
                j += 1
            }
        }
        // at the cut: what the reading inserts before the next letter of the OCR belongs to the head
        while j < m && d[i][j] == d[i][j + 1] + 1 && !(i < n && d[i][j] == d[i + 1][j + 1] + cost(i, j)) {
            j += 1
        }
        return j
    }
}
