import Foundation

/// Estimates OCR confusion weights from aligned OCR/ground-truth pairs, for `renskrift learn`.
public enum ChannelLearner {
    /// Confusion counts: truth → OCR → times seen, and how often each truth string occurred at all.
    public struct Counts: Sendable, Codable {
        public var confusions: [String: [String: Int]] = [:]
        public var occurrences: [String: Int] = [:]
        public var wordPairs = 0

        public init() {}

        public mutating func add(_ other: Counts) {
            for (t, m) in other.confusions { for (o, n) in m { confusions[t, default: [:]][o, default: 0] += n } }
            for (t, n) in other.occurrences { occurrences[t, default: 0] += n }
            wordPairs += other.wordPairs
        }
    }

    /// Counts character confusions in one document: words are aligned first, then the letters of each word pair.
    public static func count(ocr: String, truth: String) -> Counts {
        var counts = Counts()
        let o = ocr.split(whereSeparator: \.isWhitespace).map(String.init)
        let t = truth.split(whereSeparator: \.isWhitespace).map(String.init)
        for step in EditDistance.align(o, t) {
            guard let a = step.a, let b = step.b else { continue }
            let oc = Array(o[a]), tc = Array(t[b])
            for c in tc where c.isLetter { counts.occurrences[String(c), default: 0] += 1 }
            if tc.count >= 2 {
                for i in 0..<(tc.count - 1) where tc[i].isLetter && tc[i + 1].isLetter {
                    counts.occurrences[String(tc[i]) + String(tc[i + 1]), default: 0] += 1
                }
            }
            if oc == tc { continue }
            // a word pair that is not the same word misread would teach nonsense
            let d = EditDistance.distance(oc, tc)
            guard d <= max(2, tc.count / 2) else { continue }
            counts.wordPairs += 1
            var blockT = "", blockO = ""
            func flush() {
                defer { blockT = ""; blockO = "" }
                guard !(blockT.isEmpty && blockO.isEmpty) else { return }
                if blockT.count <= 2 && blockO.count <= 2 && (blockT.isEmpty || blockT.allSatisfy(\.isLetter)) {
                    counts.confusions[blockT, default: [:]][blockO, default: 0] += 1
                }
            }
            for s in EditDistance.align(oc, tc) {
                let x = s.a.map { oc[$0] }, y = s.b.map { tc[$0] }
                if let x, let y, x == y { flush(); continue }
                if let y { blockT.append(y) }
                if let x { blockO.append(x) }
            }
            flush()
        }
        return counts
    }

    /// Confusion pairs with at least `minCount` sightings; p = count / (occurrences + 1).
    ///
    /// `cheapOnly` keeps only pairs the channel search pays little for: those whose OCR side is a sequence ("m"
    /// read as "rn") or a character Swedish words rarely hold ("e" read as "é"). The search tries them only where the
    /// OCR wrote that, while an entry for a common letter is tried at every such letter of every word, so a table
    /// can take many more of them at little cost.
    public static func estimate(_ counts: Counts, minCount: Int = 2, minP: Double = 0.002,
                                cheapOnly: Bool = false) -> [ConfusionPair] {
        var out: [ConfusionPair] = []
        let letterTotal = counts.occurrences.filter { $0.key.count == 1 }.values.reduce(0, +)
        for (t, m) in counts.confusions {
            // multi-letter confusions come partly from alignment accidents: they need more sightings
            for (o, n) in m where n >= (t.count > 1 || o.count > 1 ? max(minCount, 5) : minCount) && o != t
                && (!cheapOnly || isCheap(o)) {
                // a lost letter's rate is per letter, an added one's per position
                let base = t.isEmpty ? letterTotal : (counts.occurrences[t] ?? n)
                let p = Double(n) / Double(max(n, base) + 1)
                if p >= minP { out.append(ConfusionPair(truth: t, ocr: o, p: (p * 10000).rounded() / 10000, count: n)) }
            }
        }
        return out.sorted { ($0.truth, -$0.p, $0.ocr) < ($1.truth, -$1.p, $1.ocr) }
    }

    /// An OCR side the channel search rarely meets: two or more characters, or one outside a–z and å/ä/ö.
    public static func isCheap(_ ocr: String) -> Bool {
        guard ocr.count == 1, let u = ocr.lowercased().unicodeScalars.first else { return ocr.count > 1 }
        return !(u.value >= 0x61 && u.value <= 0x7A || u == "å" || u == "ä" || u == "ö")
    }

    /// Learns from every OCR file with a same-named truth file; each file goes to the profile its OCR shows.
    public static func learn(truth: URL, ocr: URL, profile: String?, expectedRate: Double)
        throws -> (legacy: Counts, swe: Counts, files: [(String, String)]) {
        var legacy = Counts(), swe = Counts()
        var files: [(String, String)] = []
        for p in try RepairEvaluator.pairs(truth: truth, ocr: ocr) {
            let o = try RepairIO.read(p.ocr.path), t = try RepairIO.read(p.truth.path)
            let which = profile ?? (legacyWeight(of: o, expectedRate: expectedRate) >= 0.5 ? "legacy" : "swe")
            let c = count(ocr: o, truth: t)
            if which == "legacy" { legacy.add(c) } else { swe.add(c) }
            files.append((p.name, which))
        }
        return (legacy, swe, files)
    }

    static func legacyWeight(of text: String, expectedRate: Double) -> Double {
        var letters = 0, diacritics = 0
        for u in text.unicodeScalars where CharacterSet.letters.contains(u) {
            letters += 1
            if "åäöÅÄÖ".unicodeScalars.contains(u) { diacritics += 1 }
        }
        return Channel.legacyWeight(letters: letters, diacritics: diacritics, expectedRate: expectedRate)
    }
}
