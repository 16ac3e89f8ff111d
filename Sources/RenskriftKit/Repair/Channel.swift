import Foundation

/// The OCR channel of one document: P(OCR text | true text) from the confusion tables, mixed by `legacyWeight`.
public struct Channel: Sendable {
    /// One way a stretch of OCR text may have come from a different true text.
    public struct Option: Sendable, Hashable {
        public var ocr: [UInt8]
        public var truth: [UInt8]
        public var logP: Double
    }

    /// How much the document looks like OCR without Swedish data (0 = Swedish OCR, 1 = legacy).
    public let legacyWeight: Double
    /// Substitutions indexed by the first byte of their OCR side.
    let byFirstByte: [[Option]]
    /// Letters that OCR lost: the OCR side is empty.
    let losses: [Option]
    /// Diacritic confusions (same skeleton, e.g. ä read as a), resolved against the lexicon's skeleton index:
    /// (packed truth << 32 | packed OCR) → log P(ocr | truth) − log P(ocr | ocr).
    let restore: [UInt64: Double]
    /// Log-probability that a character was read correctly: ASCII by code, others by packed UTF-8.
    let asciiKeep: [Double]
    let keep: [UInt32: Double]
    let defaultKeep: Double
    let settings: ScoringSettings
    /// Non-ASCII letters that this channel writes for another letter at least 5 % of the time ("é" for ö).
    let suspicious: Set<Unicode.Scalar>

    public init(rules: RepairRules, legacyWeight: Double) {
        let lw = min(1, max(0, legacyWeight))
        self.legacyWeight = lw
        self.settings = rules.scoring
        var mixed: [String: [String: Double]] = [:]  // truth -> ocr -> p
        func add(_ pairs: [ConfusionPair], _ w: Double) {
            for p in pairs where w > 0 {
                mixed[p.truth, default: [:]][p.ocr, default: 0] += w * p.p
            }
        }
        add(rules.channel.legacy, lw)
        add(rules.channel.swe, 1 - lw)
        // a table learned from mixed-case data may lack the capital forms: derive them from the small letters
        for (truth, outs) in mixed {
            let upT = truth.uppercased()
            guard upT != truth, mixed[upT] == nil || mixed[upT]!.isEmpty else { continue }
            var derived: [String: Double] = [:]
            for (o, p) in outs {
                let upO = o.uppercased()
                if o.isEmpty || upO != o { derived[upO] = p }
            }
            if !derived.isEmpty { mixed[upT] = derived }
        }
        var written: [Unicode.Scalar: Double] = [:]
        for (truth, outs) in mixed {
            for (o, p) in outs where o != truth && o.unicodeScalars.count == 1 {
                let u = o.unicodeScalars.first!
                if u.value >= 0x80 && Character(u).isLetter && !"åäöÅÄÖ".unicodeScalars.contains(u) {
                    written[u, default: 0] = max(written[u, default: 0], p)
                }
            }
        }
        self.suspicious = Set(written.filter { $0.value >= 0.05 }.keys)
        var table = [[Option]](repeating: [], count: 256)
        var losses: [Option] = []
        var keep: [UInt32: Double] = [:]
        for (truth, outs) in mixed {
            var leave = 0.0
            for (o, p) in outs where p > 0 && o != truth {
                leave += p
                let opt = Option(ocr: Array(o.utf8), truth: Array(truth.utf8), logP: log(p))
                if let first = opt.ocr.first {
                    table[Int(first)].append(opt)
                } else {
                    losses.append(opt)
                }
            }
            keep[Channel.pack(Array(truth.utf8)[...])] = log(max(0.05, 1 - leave))
        }
        var restore: [UInt64: Double] = [:]
        let dk = log(1 - exp(rules.scoring.genericEditLogP))
        table = table.map { opts in
            opts.filter { opt in
                guard Channel.sameSkeleton(opt.truth, opt.ocr) else { return true }
                let o = Channel.pack(opt.ocr[...])
                restore[UInt64(Channel.pack(opt.truth[...])) << 32 | UInt64(o)] = opt.logP - (keep[o] ?? dk)
                return false
            }
        }
        self.restore = restore
        for i in table.indices { table[i].sort { $0.logP > $1.logP } }
        self.byFirstByte = table
        self.losses = losses.sorted { $0.logP > $1.logP }
        self.keep = keep
        self.defaultKeep = dk
        self.asciiKeep = (0..<128).map { keep[UInt32($0)] ?? dk }
    }

    /// The mix for a document from its OCR text: the share of å/ä/ö it holds against what Swedish text holds.
    public static func legacyWeight(letters: Int, diacritics: Int, expectedRate: Double) -> Double {
        guard letters > 0 else { return 0.5 }
        let observed = Double(diacritics) / Double(letters)
        let deficit = max(0, 1 - observed / expectedRate)
        // with little text the evidence is weak: pull towards an even mix
        // å/ä/ö that did come through are strong evidence of Swedish OCR even in a short text
        let evidence = min(1, Double(letters) / 400 + Double(diacritics) / 3)
        let w = deficit * deficit
        return evidence * w + (1 - evidence) * 0.5
    }

    /// True for a letter this channel mostly writes for another letter.
    @inline(__always)
    func isSuspicious(_ u: Unicode.Scalar) -> Bool { u.value >= 0x80 && suspicious.contains(u) }

    @inline(__always)
    func keepLogP(_ bytes: ArraySlice<UInt8>) -> Double {
        if bytes.count == 1, let b = bytes.first, b < 0x80 { return asciiKeep[Int(b)] }
        return keep[Channel.pack(bytes)] ?? defaultKeep
    }

    /// Two single letters that differ only by a diacritic ("ä" and "a", "Ö" and "O").
    static func sameSkeleton(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard !a.isEmpty, !b.isEmpty, a.count <= 2, b.count <= 2, a != b else { return false }
        let sa = Lexicon.skeleton(a), sb = Lexicon.skeleton(b)
        return sa == sb && sa.count == 1 && (upperASCII(a) == upperASCII(b))
    }

    private static func upperASCII(_ a: [UInt8]) -> Bool {
        if a.count == 1 { return a[0] >= 0x41 && a[0] <= 0x5A }
        return a[0] == 0xC3 && a[1] < 0xA0
    }

    /// log P(ocr | truth) − log P(ocr | ocr) for a diacritic confusion, or nil when the channel never does it.
    @inline(__always)
    func restoreLogP(truth: UInt32, ocr: UInt32) -> Double? {
        restore[UInt64(truth) << 32 | UInt64(ocr)]
    }

    @inline(__always)
    static func pack(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        var v: UInt32 = 0
        for b in bytes.prefix(4) { v = v << 8 | UInt32(b) }
        return v
    }

    /// A channel hypothesis: the true text the OCR may have come from.
    public struct Hypothesis: Sendable, Hashable {
        public var text: [UInt8]
        /// log P(OCR | text) relative to reading every character right.
        public var logP: Double
        public var edits: Int
    }

    /// True texts within `maxEdits` edits and above the channel floor, best first; the identity is first.
    func hypotheses(for ocr: [UInt8], limit: Int = 400, generic: Bool = false, maxEdits editCap: Int? = nil,
                    floor floorOverride: Double? = nil) -> [Hypothesis] {
        var out: [Hypothesis] = []
        var buffer: [UInt8] = []
        buffer.reserveCapacity(ocr.count + 8)
        let floor = floorOverride ?? settings.channelFloor
        let maxEdits = min(settings.maxEdits, editCap ?? settings.maxEdits)
        // identity cost per character, so that alternatives are scored relative to it
        var identityTotal = 0.0
        var i = 0
        var charStarts: [Int] = []
        while i < ocr.count {
            charStarts.append(i)
            let n = Channel.charLength(ocr[i])
            identityTotal += keepLogP(ocr[i..<min(ocr.count, i + n)])
            i += n
        }
        func walk(_ pos: Int, _ logP: Double, _ edits: Int, _ lossUsed: Bool) {
            if out.count >= limit { return }
            if pos >= ocr.count {
                out.append(Hypothesis(text: buffer, logP: logP, edits: edits))
                return
            }
            let n = Channel.charLength(ocr[pos])
            let end = min(ocr.count, pos + n)
            // read right
            let mark = buffer.count
            buffer.append(contentsOf: ocr[pos..<end])
            walk(end, logP + keepLogP(ocr[pos..<end]), edits, lossUsed)
            buffer.removeLast(buffer.count - mark)
            guard edits < maxEdits else { return }
            for opt in byFirstByte[Int(ocr[pos])] {
                let cand = logP + opt.logP
                if cand < floor + identityTotal { break }
                guard pos + opt.ocr.count <= ocr.count,
                      ocr[pos..<(pos + opt.ocr.count)].elementsEqual(opt.ocr) else { continue }
                buffer.append(contentsOf: opt.truth)
                walk(pos + opt.ocr.count, cand, edits + 1, lossUsed)
                buffer.removeLast(buffer.count - mark)
            }
            if !lossUsed && pos > 0 {
                for opt in losses {
                    let cand = logP + opt.logP
                    if cand < floor + identityTotal { break }
                    buffer.append(contentsOf: opt.truth)
                    walk(pos, cand, edits + 1, true)
                    buffer.removeLast(buffer.count - mark)
                }
            }
            if generic && !lossUsed {
                // a character OCR added (doubled letters, specks)
                walk(end, logP + settings.genericEditLogP, edits + 1, true)
            }
        }
        walk(0, 0, 0, false)
        if generic {
            // a letter OCR lost, for letters the tables do not cover
            let letters = Array("abcdefghijklmnopqrstuvwxyzåäöé".unicodeScalars).map { Array(String($0).utf8) }
            for at in charStarts.dropFirst() + [ocr.count] {
                for l in letters {
                    var t = Array(ocr[..<at])
                    t.append(contentsOf: l)
                    t.append(contentsOf: ocr[at...])
                    out.append(Hypothesis(text: t, logP: identityTotal + settings.genericEditLogP, edits: 1))
                }
            }
        }
        // relative to reading everything right, most probable first
        for k in out.indices { out[k].logP -= identityTotal }
        out.sort { $0.logP > $1.logP }
        return out
    }

    @inline(__always)
    static func charLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }
}
