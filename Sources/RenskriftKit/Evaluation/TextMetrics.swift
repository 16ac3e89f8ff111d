/// Word- and character-level agreement between a hypothesis text and its ground truth.
public struct TextMetrics: Sendable, Hashable, Codable {
    /// Words in the ground truth.
    public var truthWords: Int
    /// Word-level edit operations (substitutions + deletions + insertions) of the best alignment.
    public var wordErrors: Int
    public var truthCharacters: Int
    public var characterErrors: Int

    /// 1 − WER, floored at 0.
    public var wordAccuracy: Double {
        truthWords == 0 ? 1 : max(0, 1 - Double(wordErrors) / Double(truthWords))
    }

    /// Character error rate.
    public var cer: Double {
        truthCharacters == 0 ? 0 : Double(characterErrors) / Double(truthCharacters)
    }

    public init(truthWords: Int, wordErrors: Int, truthCharacters: Int, characterErrors: Int) {
        self.truthWords = truthWords
        self.wordErrors = wordErrors
        self.truthCharacters = truthCharacters
        self.characterErrors = characterErrors
    }

    /// Compares whitespace-separated words and whitespace-normalised characters.
    public init(hypothesis: String, truth: String) {
        let h = hypothesis.split(whereSeparator: \.isWhitespace).map(String.init)
        let t = truth.split(whereSeparator: \.isWhitespace).map(String.init)
        let hc = Array(h.joined(separator: " ").unicodeScalars)
        let tc = Array(t.joined(separator: " ").unicodeScalars)
        self.init(truthWords: t.count, wordErrors: EditDistance.distance(h, t),
                  truthCharacters: tc.count, characterErrors: EditDistance.distance(hc, tc))
    }

    public static func + (a: TextMetrics, b: TextMetrics) -> TextMetrics {
        TextMetrics(truthWords: a.truthWords + b.truthWords, wordErrors: a.wordErrors + b.wordErrors,
                    truthCharacters: a.truthCharacters + b.truthCharacters,
                    characterErrors: a.characterErrors + b.characterErrors)
    }
}

/// Levenshtein distance and alignment over arbitrary sequences.
public enum EditDistance {
    /// The number of insertions, deletions and substitutions turning `a` into `b`.
    public static func distance<T: Equatable>(_ a: [T], _ b: [T]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                let sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                cur[j] = min(sub, prev[j] + 1, cur[j - 1] + 1)
            }
            swap(&prev, &cur)
        }
        return prev[b.count]
    }

    /// `distance(a, b)` when it is at most `limit`, else `limit + 1`: no later row can fall below a row's least
    /// entry, so the table stops at the first row past the limit.
    public static func distance<T: Equatable>(_ a: [T], _ b: [T], atMost limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return min(max(a.count, b.count), limit + 1) }
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            var least = i
            for j in 1...b.count {
                let sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                cur[j] = min(sub, prev[j] + 1, cur[j - 1] + 1)
                least = min(least, cur[j])
            }
            if least > limit { return limit + 1 }
            swap(&prev, &cur)
        }
        return min(prev[b.count], limit + 1)
    }

    /// One step of an alignment: indices into `a` and `b`, nil for an insertion or deletion.
    public struct Step: Sendable, Hashable {
        public var a: Int?
        public var b: Int?
    }

    /// A minimal-cost alignment of `a` to `b`, in order.
    public static func align<T: Equatable>(_ a: [T], _ b: [T]) -> [Step] {
        let n = a.count, m = b.count
        var d = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in 0...n { d[i][0] = i }
        for j in 0...m { d[0][j] = j }
        if n > 0 && m > 0 {
            for i in 1...n {
                for j in 1...m {
                    let sub = d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                    d[i][j] = min(sub, d[i - 1][j] + 1, d[i][j - 1] + 1)
                }
            }
        }
        var steps: [Step] = []
        var i = n, j = m
        while i > 0 || j > 0 {
            if i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1) {
                steps.append(Step(a: i - 1, b: j - 1)); i -= 1; j -= 1
            } else if i > 0 && d[i][j] == d[i - 1][j] + 1 {
                steps.append(Step(a: i - 1, b: nil)); i -= 1
            } else {
                steps.append(Step(a: nil, b: j - 1)); j -= 1
            }
        }
        return steps.reversed()
    }
}
