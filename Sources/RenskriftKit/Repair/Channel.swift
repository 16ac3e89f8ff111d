import Foundation

/// The OCR channel of one document: P(OCR text | true text) from the confusion tables, mixed by `legacyWeight`.
public struct Channel: Sendable {
    /// One way a stretch of OCR text may have come from a different true text.
    public struct Option: Sendable, Hashable {
        public var ocr: [UInt8]
        public var truth: [UInt8]
        public var logP: Double
        /// Where in a word the option applies.
        public var at: Place = .anywhere
    }

    /// Where in a word an option applies (an engine reads a word's first glyph apart: capitals, a caseless sign).
    public enum Place: UInt8, Sendable, Hashable {
        case anywhere, first, inside
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
    /// The same options without reference-counted fields, for the hypothesis walk: every option's bytes sit in
    /// `flatBytes`, substitutions by first OCR byte are the range `flatByFirst[b]` of `flatOptions`, losses are
    /// `flatLosses`. Walking `[[Option]]` retained and released two arrays per option tried.
    let flatOptions: [FlatOption]
    /// Most bytes an option writes for what it reads (at least a character's four): bounds a reading's length.
    let maxTruthBytes: Int
    let flatBytes: [UInt8]
    let flatByFirst: [Range<Int>]
    let flatLosses: Range<Int>

    /// An Option as offsets into `flatBytes`.
    struct FlatOption {
        var ocrStart: Int32
        var ocrCount: Int32
        var truthStart: Int32
        var truthCount: Int32
        var logP: Double
        /// `Option.at`'s raw value.
        var at: UInt8
    }
    /// Non-ASCII letters that this channel writes for another letter at least 5 % of the time ("é" for ö).
    let suspicious: Set<Unicode.Scalar>
    /// ASCII glyphs the tables write for å, ä or ö: an engine that does not know those letters breaks them into such
    /// pieces ("Sdéderlund", "obegrdansad"), so one of them left over is a plausible added glyph.
    let pieceGlyphs: [Bool]
    /// Cost of a lost å, ä, ö (in that order) as a generic insertion: an engine that loses one of the three letters it
    /// does not know loses the others as often, so a letter the tables have no loss for takes its sibling's rate.
    let siblingLoss: [Double?]
    /// log P(sign | letter) for a sign between two letters of a word, by sign << 32 | the letter's packed UTF-8.
    let innerSignLogP: [UInt64: Double]
    /// Pairs of small ASCII letters of one shape (`ScoringSettings.lookalikeLetters`), by 26 × truth + OCR letter.
    let lookalike: [Bool]

    /// What one document's own words say about how its OCR reads a letter with dots or a ring: `hits` times it wrote
    /// `ocr` in a word listed only with `truth` there, out of `total` times the document holds `truth` read any way.
    public struct DocumentConfusion: Sendable, Hashable {
        public var truth: Unicode.Scalar
        /// One letter or sign, or the glyphs an engine breaks the letter into ("ii" for ä).
        public var ocr: String
        public var hits: Int
        public var total: Int
        /// The document's rate replaces the tables' even where it is lower: an engine that writes the sign for one
        /// letter all along reads the others right ("_" for å, never for ö, in gocr's pages).
        public var replacesTable = false

        /// The document's rate, with the tables' `tableRate` as a prior worth `prior` letters.
        public func rate(prior: Double, tableRate: Double) -> Double {
            (Double(hits) + prior * tableRate) / (Double(total) + prior)
        }
    }

    public init(rules: RepairRules, legacyWeight: Double, documentConfusions: [DocumentConfusion] = []) {
        let lw = min(1, max(0, legacyWeight))
        self.legacyWeight = lw
        self.settings = rules.scoring
        var signs: [UInt64: Double] = [:]
        for p in rules.channel.innerSigns where p.p > 0 {
            guard let sign = p.ocr.utf8.first else { continue }
            signs[UInt64(sign) << 32 | UInt64(Channel.pack(Array(p.truth.utf8)[...]))] = log(p.p)
        }
        self.innerSignLogP = signs
        var alike = [Bool](repeating: false, count: 26 * 26)
        for group in rules.scoring.lookalikeLetters {
            let g = group.utf8.filter { $0 >= 0x61 && $0 <= 0x7A }
            for a in g { for b in g { alike[Int(a - 0x61) * 26 + Int(b - 0x61)] = true } }
        }
        self.lookalike = alike
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
        // the document's own rate, with the tables' as a prior worth `documentConfusionPrior` letters (in both cases:
        // the capital is one glyph more of the same engine)
        let prior = rules.scoring.documentConfusionPrior
        // (the tables' rates for the unread-glyph sign, kept for a word's first character: a document's rates come from
        // inside its words, and an engine reads capitals apart, gocr's "_" is a small å inside words but Å or Ö first)
        var firstOnly: [String: [String: Double]] = [:]
        let unreadSign = String(UnicodeScalar(Channel.unreadGlyph))
        for c in documentConfusions where prior > 0 && c.total > 0 {
            // (a sign without case, "5" for s, stands for the small letter: a capital is its place's, not the sign's;
            // so does another letter's capital inside a word, "I" for l, "R" for e; a capital for å/ä/ö is also read
            // for their own capitals, "O" for Ö)
            let ocrText = c.ocr
            let smallOnly = ocrText.uppercased() == ocrText.lowercased() || c.truth.isASCII && ocrText != ocrText.lowercased()
            for (t, o) in [(String(c.truth), ocrText), (String(c.truth).uppercased(), ocrText.uppercased())]
            where !(smallOnly && t != String(c.truth)) {
                let p0 = mixed[t]?[o] ?? 0
                let p = c.rate(prior: prior, tableRate: p0)
                if p > p0 || c.replacesTable {
                    if o == unreadSign, firstOnly[t]?[o] == nil { firstOnly[t, default: [:]][o] = p0 }
                    mixed[t, default: [:]][o] = p
                }
            }
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
        var pieces = [Bool](repeating: false, count: 256)
        for (truth, outs) in mixed where truth.count == 1 && "åäöÅÄÖ".contains(truth) {
            for (o, p) in outs where p > 0 { for b in o.utf8 where b < 0x80 { pieces[Int(b)] = true } }
        }
        self.pieceGlyphs = pieces
        let lost = Dictionary(mixed.compactMap { t, outs in outs[""].map { (t, log($0)) } }, uniquingKeysWith: max)
        let sibling = ["å", "ä", "ö"].compactMap { lost[$0] }.max()
        self.siblingLoss = ["å", "ä", "ö"].map { lost[$0] == nil ? sibling.map { max($0, rules.scoring.genericEditLogP) } : nil }
        var table = [[Option]](repeating: [], count: 256)
        var losses: [Option] = []
        var keep: [UInt32: Double] = [:]
        for (truth, outs) in mixed {
            var leave = 0.0
            for (o, p) in outs where p > 0 && o != truth {
                leave += p
                var opt = Option(ocr: Array(o.utf8), truth: Array(truth.utf8), logP: log(p))
                // (small letters merged into a capital, gocr's N for "rv", happen inside a word: a word's first capital
                // is its own, "Nelander")
                if truth.unicodeScalars.count >= 2, truth == truth.lowercased(), let f = o.unicodeScalars.first,
                   f.isASCII, f.properties.isUppercase {
                    opt.at = .inside
                }
                if let p0 = firstOnly[truth]?[o] {
                    opt.at = .inside
                    if p0 > 0 { table[Int(opt.ocr[0])].append(Option(ocr: opt.ocr, truth: opt.truth, logP: log(p0), at: .first)) }
                }
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
        var flatOptions: [FlatOption] = []
        var flatBytes: [UInt8] = []
        func flatten(_ opt: Option) {
            let o = Int32(flatBytes.count)
            flatBytes.append(contentsOf: opt.ocr)
            let t = Int32(flatBytes.count)
            flatBytes.append(contentsOf: opt.truth)
            flatOptions.append(FlatOption(ocrStart: o, ocrCount: Int32(opt.ocr.count), truthStart: t,
                                          truthCount: Int32(opt.truth.count), logP: opt.logP, at: opt.at.rawValue))
        }
        var flatByFirst: [Range<Int>] = []
        flatByFirst.reserveCapacity(256)
        for opts in table {
            let start = flatOptions.count
            for opt in opts { flatten(opt) }
            flatByFirst.append(start..<flatOptions.count)
        }
        let lossStart = flatOptions.count
        for opt in self.losses { flatten(opt) }
        self.flatLosses = lossStart..<flatOptions.count
        self.flatByFirst = flatByFirst
        self.flatOptions = flatOptions
        self.flatBytes = flatBytes
        self.maxTruthBytes = max(4, flatOptions.map { Int($0.truthCount) }.max() ?? 0)
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

    /// The tables read this ASCII character alone as a letter ("4" as ä without Swedish data).
    /// (rare: only tokens that hold a digit ask)
    func readsAsLetter(_ b: UInt8) -> Bool {
        byFirstByte[Int(b)].contains { $0.ocr.count == 1 && String(decoding: $0.truth, as: UTF8.self).first?.isLetter == true }
    }

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
    ///
    /// `wordsOf`, when given, drops texts whose skeleton no entry of that lexicon can have
    /// (`Lexicon.mayHaveSkeleton`) before they are stored; they still count towards `limit`, in the order of the
    /// unfiltered walk (the sort is stable). Most texts are no word: testing the hash carried along the walk saves an
    /// array and a sort slot each. Without `spare`, a text is also given up as soon as it begins like no entry; those
    /// never reach `limit`, so a filtered call may return words an unfiltered one cut off.
    ///
    /// `spare` keeps, of the texts the filter drops, the `count` most probable with at least `minChars` characters
    /// (the compound search looks at no more than that many, best first): the result is then exactly what a filter
    /// that let every such text through would give, less the ones nobody reads.
    func hypotheses(for ocr: [UInt8], limit: Int = 400, generic: Bool = false, substitutions: Bool = true,
                    maxEdits editCap: Int? = nil, floor floorOverride: Double? = nil,
                    wordsOf lexicon: Lexicon? = nil,
                    spare: (minChars: Int, count: Int)? = nil) -> [Hypothesis] {
        guard let lexicon else {
            return hypotheses(for: ocr, limit: limit, generic: generic, substitutions: substitutions, maxEdits: editCap,
                              floor: floorOverride, filter: nil, prefixes: nil, spare: spare)
        }
        return lexicon.withSkeletonFilter { bits, prefixes in
            // (readings kept for the compound search need not begin like a word, so no prefix test for them)
            hypotheses(for: ocr, limit: limit, generic: generic, substitutions: substitutions, maxEdits: editCap,
                       floor: floorOverride, filter: bits, prefixes: spare == nil ? prefixes : nil, spare: spare)
        }
    }

    private func hypotheses(for ocr: [UInt8], limit: Int, generic: Bool, substitutions: Bool, maxEdits editCap: Int?,
                            floor floorOverride: Double?, filter: UnsafeBufferPointer<UInt64>?,
                            prefixes: UnsafeBufferPointer<UInt64>?,
                            spare: (minChars: Int, count: Int)?) -> [Hypothesis] {
        @inline(__always) func accepts(_ h: UInt32) -> Bool { filter.map { Lexicon.filterHas($0, h) } ?? true }
        var out: [Hypothesis] = []
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
        // the walk reads every position many times: its character end and keep cost are worked out once here
        // (for every byte position, as an option may end anywhere), without slicing `ocr` on each visit, with the
        // cost of reading everything from a position on right, for walks that have no edit left; all on the stack
        // (three arrays per call were a tenth of a short word's walk)
        // the walk runs on pinned buffers: arrays captured by a recursive local function were retained and
        // released at every step
        let n = ocr.count
        // (each byte read becomes at most `maxTruthBytes` bytes, and one lost character is put back at most)
        let textCapacity = (n + 1) * maxTruthBytes
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: textCapacity) { text in
        withUnsafeTemporaryAllocation(of: Int.self, capacity: n) { charEnd in
          withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * n + 1) { costs in
            let keepCost = UnsafeMutableBufferPointer(rebasing: costs[0..<n])
            let restKeep = UnsafeMutableBufferPointer(rebasing: costs[n..<(2 * n + 1)])
            ocr.withUnsafeBufferPointer { ocrP in
                for p in 0..<n {
                    let e = min(n, p + Channel.charLength(ocrP[p]))
                    charEnd[p] = e
                    keepCost[p] = keepLogP(ocr[p..<e])
                }
                restKeep[n] = 0
                for p in (0..<n).reversed() { restKeep[p] = keepCost[p] + restKeep[charEnd[p]] }
                flatOptions.withUnsafeBufferPointer { optsP in
                    flatBytes.withUnsafeBufferPointer { bytesP in
                        flatByFirst.withUnsafeBufferPointer { byFirstP in
                            pieceGlyphs.withUnsafeBufferPointer { piecesP in
                                var w = Walker(ocr: ocrP, opts: optsP, bytes: bytesP, byFirst: byFirstP, lossRange: flatLosses,
                                               charEnd: UnsafeBufferPointer(charEnd), keepCost: UnsafeBufferPointer(keepCost),
                                               restKeep: UnsafeBufferPointer(restKeep), limit: limit,
                                               maxEdits: maxEdits,
                                               threshold: floor + identityTotal, generic: generic,
                                               genericEditLogP: settings.genericEditLogP,
                                               addedLetterLogP: settings.addedLetterLogP, pieceGlyphs: piecesP,
                                               filter: filter,
                                               prefixes: prefixes,
                                               spareMinChars: spare?.minChars ?? Int.max, spareCount: spare?.count ?? 0,
                                               buffer: text.baseAddress!, capacity: textCapacity, count: 0,
                                               out: [], outSeq: [], spare: [], produced: 0)
                                w.walk(0, 0, 0, false, Lexicon.SkeletonHasher())
                                out = w.merged()
                            }
                        }
                    }
                }
            }
          }
        }
        }
        // the skeleton hash of every prefix of the OCR text, shared by the generic edits below: each text is hashed
        // from it and built only when the filter lets it through
        if generic {
            var prefix = [Lexicon.SkeletonHasher](repeating: Lexicon.SkeletonHasher(), count: ocr.count + 1)
            for p in ocr.indices {
                var h = prefix[p]
                h.feed(ocr[p])
                prefix[p + 1] = h
            }
            var t: [UInt8] = []
            t.reserveCapacity(ocr.count + 4)
            /// Offers the text with ocr[span] replaced by `l`, hashed before it is built.
            // (a text whose beginning begins no word is no word: the prefix filter settles most offers before the
            // rest of the word is hashed, and every offer after the first such beginning of the OCR text itself)
            @inline(__always) func begins(_ h: Lexicon.SkeletonHasher) -> Bool {
                prefixes.map { Lexicon.filterHas($0, h.value) } ?? true
            }
            // (`l` is the letter's UTF-8 packed into one number, `Packed`'s way: an array per letter was retained and
            // released at every offer)
            func offer(_ l: UInt32, replacing span: Range<Int>, logP: Double? = nil) {
                var h = prefix[span.lowerBound]
                if l > 0xFF { h.feed(UInt8(l >> 8)) }
                h.feed(UInt8(l & 0xFF))
                guard begins(h) else { return }
                for x in span.upperBound..<ocr.count { h.feed(ocr[x]) }
                guard accepts(h.value) else { return }
                t.removeAll(keepingCapacity: true)
                t.append(contentsOf: ocr[..<span.lowerBound])
                Packed.appendBytes(l, to: &t)
                t.append(contentsOf: ocr[span.upperBound...])
                out.append(Hypothesis(text: t, logP: identityTotal + (logP ?? settings.genericEditLogP), edits: 1))
            }
            let reach = (charStarts.dropFirst() + [ocr.count]).first { !begins(prefix[$0]) } ?? ocr.count
            // a letter OCR lost, for letters the tables do not cover (a word's first letter too: "idigare")
            for at in charStarts + [ocr.count] where at <= reach {
                for (i, l) in Channel.genericPacked.enumerated() {
                    let d = i - Channel.firstDiacriticLetter
                    offer(l, replacing: at..<at, logP: d >= 0 && d < siblingLoss.count ? siblingLoss[d] : nil)
                }
            }
            // a small letter misread as another one the tables do not list: one per word
            for at in charStarts where substitutions && at <= reach {
                let end = at + Channel.charLength(ocr[at])
                let b = ocr[at]
                // (and the sign an engine writes for a glyph it cannot read, gocr's and ocrad's "_")
                guard end == at + 1 && (b >= 0x61 && b <= 0x7A || b == Channel.unreadGlyph)
                        || end == at + 2 && b == 0xC3 && ocr[at + 1] >= 0xA0
                else { continue }
                let read = end == at + 1 ? UInt32(b) : UInt32(b) << 8 | UInt32(ocr[at + 1])
                for l in Channel.genericPacked where l != read {
                    // (a small letter read as one of another shape costs `unlikeLetterLogP` more than one read as its
                    // look-alike, as in the two-edit search: a clean text's "enter" and "memer" are no misread "efter"
                    // and "meter", while "tygga" is "trygga" rather than "bygga")
                    if read >= 0x61 && read <= 0x7A && l >= 0x61 && l <= 0x7A {
                        offer(l, replacing: at..<end, logP: substitutionLogP(truth: UInt8(l), read: UInt8(read)))
                    } else {
                        offer(l, replacing: at..<end)
                    }
                }
            }
            // two narrow small letters run into one wide glyph, "w" or a capital inside a small-letter word:
            // shape-only engines and poor print merge them ("awaktar", "huwdman", "NaMarande", "utvecWing"); one per
            // word, as the misread letter above
            for at in charStarts where substitutions && at <= reach && Channel.wideGlyphs[Int(ocr[at])] {
                let b = ocr[at]
                if b < 0x61 {
                    // (a capital only between small letters: "Wärna", "EMMA" and "IT-WAN" are written so)
                    @inline(__always) func small(_ x: UInt8) -> Bool { x >= 0x61 && x <= 0x7A || x >= 0x80 }
                    guard at > 0, at + 1 < ocr.count, small(ocr[at - 1]), small(ocr[at + 1]) else { continue }
                }
                for first in Channel.narrowLetters {
                    for second in Channel.narrowLetters where second != first || first == UInt8(ascii: "v") {
                        offer(UInt32(first) << 8 | UInt32(second), replacing: at..<(at + 1),
                              logP: settings.genericEditLogP + settings.mergedGlyphLogP)
                    }
                }
            }
        }
        // relative to reading everything right, most probable first
        for k in out.indices { out[k].logP -= identityTotal }
        out.sort { $0.logP > $1.logP }
        return out
    }

    /// The small å, ä or ö this channel most often writes `glyph` for inside a word, with log P(glyph | letter)
    /// relative to the glyph read as itself; nil when the tables have none.
    func diacriticReading(insideWord glyph: [UInt8]) -> (letter: Unicode.Scalar, logP: Double)? {
        guard let b = glyph.first else { return nil }
        var best: (letter: Unicode.Scalar, logP: Double)?
        for opt in byFirstByte[Int(b)] where opt.ocr == glyph && opt.at != .first {
            let truth = String(decoding: opt.truth, as: UTF8.self).unicodeScalars
            guard truth.count == 1, let t = truth.first, DocumentState.ringAndDotLetters.contains(t) else { continue }
            if best == nil || opt.logP > best!.logP { best = (t, opt.logP) }
        }
        return best.map { ($0.letter, $0.logP - keepLogP(glyph[...])) }
    }

    /// Readings of a word with signs between two of its letters ("t;ll", "Ros%n", "He;kk;nen"): each such sign is a
    /// glyph the engine misread, one letter all through the word, at `innerSignLogP` per place or else the generic
    /// cost; then the tables' single confusions of each such text ("t;lmen" → "filmen"). Empty for a word without such
    /// a sign.
    func innerSignReadings(for ocr: [UInt8], wordsOf lexicon: Lexicon) -> [Hypothesis] {
        @inline(__always) func letterByte(_ b: UInt8) -> Bool {
            b >= 0x61 && b <= 0x7A || b >= 0x41 && b <= 0x5A || b >= 0x80
        }
        @inline(__always) func capital(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
        // (not after two capitals: an abbreviation's genitive colon, "SKR;s" for "SKR:s", is the colon's look-alike)
        @inline(__always) func inside(_ p: Int) -> Bool {
            p > 0 && p + 1 < ocr.count && letterByte(ocr[p - 1]) && letterByte(ocr[p + 1])
                && !(p > 1 && capital(ocr[p - 1]) && capital(ocr[p - 2]))
        }
        // (the first such sign; a word with two different ones is read at the second in another pass, if ever)
        guard let sign = ocr.indices.first(where: { Channel.innerSign[Int(ocr[$0])] && inside($0) }).map({ ocr[$0] })
        else { return [] }
        let places = ocr.indices.filter { ocr[$0] == sign && inside($0) }
        var out: [Hypothesis] = []
        for l in Channel.genericLetters {
            var v: [UInt8] = []
            v.reserveCapacity(ocr.count + places.count)
            var from = 0
            for p in places {
                v.append(contentsOf: ocr[from..<p])
                v.append(contentsOf: l)
                from = p + 1
            }
            v.append(contentsOf: ocr[from...])
            let listed = innerSignLogP[UInt64(sign) << 32 | UInt64(Channel.pack(l[...]))] ?? -.infinity
            let cost = Double(places.count) * max(listed, settings.genericEditLogP)
            for h in hypotheses(for: v, limit: 48, maxEdits: 1, wordsOf: lexicon) {
                out.append(Hypothesis(text: h.text, logP: h.logP + cost, edits: h.edits + places.count))
            }
        }
        return out
    }

    /// Readings of a word with one small letter read as a look-alike of its own shape group that the tables do not
    /// list ("Besiut", "Förstag"), or an unread glyph's sign read as any letter, at the generic cost; only those whose
    /// skeleton some listed word has.
    func lookalikeSubstitutions(for ocr: [UInt8], wordsOf lexicon: Lexicon) -> [Hypothesis] {
        var out: [Hypothesis] = []
        var text = ocr
        // (and the sign gocr and ocrad write for a glyph they cannot read, "Götebo_g", as any letter)
        for at in ocr.indices where ocr[at] == Channel.unreadGlyph {
            for l in Channel.genericLetters {
                let t = Array(ocr[..<at]) + l + Array(ocr[(at + 1)...])
                if t.withUnsafeBufferPointer({ lexicon.mayHaveSkeleton(bytes: $0) }) {
                    out.append(Hypothesis(text: t, logP: settings.genericEditLogP, edits: 1))
                }
            }
        }
        for at in ocr.indices where ocr[at] >= 0x61 && ocr[at] <= 0x7A {
            let read = ocr[at]
            for truth in UInt8(ascii: "a")...UInt8(ascii: "z")
            where truth != read && lookalike[Int(truth - 0x61) * 26 + Int(read - 0x61)] {
                text[at] = truth
                if text.withUnsafeBufferPointer({ lexicon.mayHaveSkeleton(bytes: $0) }) {
                    out.append(Hypothesis(text: text, logP: settings.genericEditLogP, edits: 1))
                }
            }
            text[at] = read
        }
        return out
    }

    /// Cost of an ASCII letter `truth` read as the letter `read` where the tables list no such confusion: a letter
    /// read as one of another shape costs `unlikeLetterLogP` more than one read as its look-alike (case aside).
    @inline(__always)
    func substitutionLogP(truth: UInt8, read: UInt8) -> Double {
        lookalike[Int((truth | 0x20) - 0x61) * 26 + Int((read | 0x20) - 0x61)]
            ? settings.genericEditLogP : settings.genericEditLogP + settings.unlikeLetterLogP
    }

    /// Readings of a word with two letters misread, added or lost where the tables know no confusion, as skeletons
    /// (without å/ä/ö, which `matches` restores): a poor scan garbles long words twice as often as the tables' pairs
    /// explain ("imiversitet", "intormörade"). Each costs two generic edits, and a letter read as one of another
    /// shape `unlikeLetterLogP` more. The first edit is a look-alike misread or an added letter, the second any:
    /// every first edit starts a search of the rest, and a free first edit cost a third of a repair's time for a
    /// few more words.
    func twoGenericEdits(for ocr: [UInt8], wordsOf lexicon: Lexicon) -> [Hypothesis] {
        // (in the word's case: a letter put in for a capital is a capital)
        let s = Lexicon.skeleton(ocr)
        guard s.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A || $0 >= 0x41 && $0 <= 0x5A }) else { return [] }
        let n = s.count
        var out: [Hypothesis] = []
        var seenTexts: Set<[UInt8]> = []
        let letters = Array(UInt8(ascii: "a")...UInt8(ascii: "z"))
        let edit = settings.genericEditLogP
        @inline(__always) func cased(_ l: UInt8, like b: UInt8) -> UInt8 { b < 0x61 ? l - 32 : l }
        // (the skeleton pinned: slices of an array in these loops retained and released it at every step)
        s.withUnsafeBufferPointer { s in
        lexicon.withSkeletonFilter { bits, prefixes in
            var prefix = [Lexicon.SkeletonHasher](repeating: Lexicon.SkeletonHasher(), count: n + 1)
            for p in 0..<n {
                var h = prefix[p]
                h.feed(s[p])
                prefix[p + 1] = h
            }
            var text: [UInt8] = []
            // the second edit, on the text after the first: `h` has hashed everything before `from`, whose original
            // positions follow the first edit's
            func second(_ h0: Lexicon.SkeletonHasher, head: [UInt8], from: Int, cost: Double) {
                var h = h0
                for p in from...n {
                    // an edit at p: p letters of the original read before it
                    if p > from {
                        h.feed(s[p - 1])
                        guard Lexicon.filterHas(prefixes, h.value) else { return }
                    }
                    // (`letter` is the one put in, if any: a one-letter array per call cost more than the filter)
                    func finish(_ g0: Lexicon.SkeletonHasher, _ letter: UInt8?, rest: Int, cost2: Double) {
                        var g = g0
                        if let letter { g.feed(letter) }
                        guard Lexicon.filterHas(prefixes, g.value) else { return }
                        // (every longer beginning must begin a word too: most readings fail a letter or two on)
                        for x in s[rest...] {
                            g.feed(x)
                            guard Lexicon.filterHas(prefixes, g.value) else { return }
                        }
                        guard Lexicon.filterHas(bits, g.value) else { return }
                        text = head + s[from..<p]
                        if let letter { text.append(letter) }
                        text += s[rest...]
                        if seenTexts.insert(text).inserted {
                            out.append(Hypothesis(text: text, logP: cost + cost2, edits: 2))
                        }
                    }
                    for l in letters { finish(h, l, rest: p, cost2: edit) }  // a letter lost
                    guard p < n else { continue }
                    finish(h, nil, rest: p + 1, cost2: edit)  // a letter added
                    for l in letters where l != s[p] | 0x20 {
                        finish(h, cased(l, like: s[p]), rest: p + 1, cost2: substitutionLogP(truth: l, read: s[p]))
                    }
                }
            }
            for p in 0...n {
                guard p == 0 || Lexicon.filterHas(prefixes, prefix[p].value) else { break }
                guard p < n else { continue }
                second(prefix[p], head: Array(s[..<p]), from: p + 1, cost: edit)
                for l in letters where l != s[p] | 0x20 && substitutionLogP(truth: l, read: s[p]) == edit {
                    var h = prefix[p]
                    h.feed(l)
                    if Lexicon.filterHas(prefixes, h.value) {
                        second(h, head: Array(s[..<p]) + [cased(l, like: s[p])], from: p + 1, cost: edit)
                    }
                }
            }
        }
        }
        // (cheapest first, as `hypotheses` gives them)
        out.sort { $0.logP > $1.logP }
        return out
    }

    /// The depth-first search of `hypotheses`: read each character right or through an option, up to `limit` texts.
    struct Walker {
        let ocr: UnsafeBufferPointer<UInt8>
        let opts: UnsafeBufferPointer<FlatOption>
        let bytes: UnsafeBufferPointer<UInt8>
        let byFirst: UnsafeBufferPointer<Range<Int>>
        let lossRange: Range<Int>
        let charEnd: UnsafeBufferPointer<Int>
        let keepCost: UnsafeBufferPointer<Double>
        let restKeep: UnsafeBufferPointer<Double>
        let limit: Int
        let maxEdits: Int
        /// floor + identity cost: options scoring below it are not tried (they are sorted, so the rest neither).
        let threshold: Double
        let generic: Bool
        let genericEditLogP: Double
        /// Extra cost of taking away a letter that is neither doubled nor a thin glyph (`plausiblyAdded`).
        let addedLetterLogP: Double
        let pieceGlyphs: UnsafeBufferPointer<Bool>
        let filter: UnsafeBufferPointer<UInt64>?
        /// Skeleton prefixes of the lexicon (`Lexicon.withSkeletonFilter`): a text that begins like no word is
        /// given up before its end.
        let prefixes: UnsafeBufferPointer<UInt64>?
        let spareMinChars: Int
        let spareCount: Int
        /// The text read so far, `count` bytes of it: a pinned buffer, not an array, as the walk appends and drops a
        /// byte at every step (an array checks its uniqueness and capacity each time).
        let buffer: UnsafeMutablePointer<UInt8>
        let capacity: Int
        var count: Int
        var out: [Hypothesis]
        /// Leaf number of each text in `out`, so that spare texts merge back in walk order.
        var outSeq: [Int]
        var spare: [(seq: Int, hyp: Hypothesis)]
        var produced: Int

        /// Drops the bytes after `mark`.
        @inline(__always)
        mutating func truncate(_ mark: Int) { count = mark }

        @inline(__always)
        mutating func append(_ b: UInt8) {
            assert(count < capacity)
            buffer[count] = b
            count += 1
        }

        var text: [UInt8] { Array(UnsafeBufferPointer(start: buffer, count: count)) }

        /// `out` and `spare` in walk order (what `out` alone would hold had the filter let the spare texts through).
        func merged() -> [Hypothesis] {
            if spare.isEmpty { return out }
            let extra = spare.sorted { $0.seq < $1.seq }
            var all: [Hypothesis] = []
            all.reserveCapacity(out.count + extra.count)
            var j = 0
            for (i, h) in out.enumerated() {
                while j < extra.count && extra[j].seq < outSeq[i] { all.append(extra[j].hyp); j += 1 }
                all.append(h)
            }
            while j < extra.count { all.append(extra[j].hyp); j += 1 }
            return all
        }

        /// Keeps a dropped text when it is among the `spareCount` most probable long ones so far (an earlier one wins
        /// a tie, as in the stable sort that follows).
        mutating func offerSpare(_ seq: Int, _ logP: Double, _ edits: Int) {
            var worst = -1
            if spare.count == spareCount {
                worst = 0
                for i in spare.indices.dropFirst() where spare[i].hyp.logP < spare[worst].hyp.logP
                    || spare[i].hyp.logP == spare[worst].hyp.logP && spare[i].seq > spare[worst].seq { worst = i }
                guard logP > spare[worst].hyp.logP else { return }
            }
            var chars = 0
            for b in UnsafeBufferPointer(start: buffer, count: count) where b & 0xC0 != 0x80 { chars += 1 }
            guard chars >= spareMinChars else { return }
            let kept = (seq: seq, hyp: Hypothesis(text: text, logP: logP, edits: edits))
            if worst < 0 { spare.append(kept) } else { spare[worst] = kept }
        }

        /// `hash` is the skeleton hash of `buffer`, carried along as bytes are added.
        mutating func walk(_ pos: Int, _ logP: Double, _ edits: Int, _ lossUsed: Bool, _ hash: Lexicon.SkeletonHasher) {
            if produced >= limit { return }
            if pos >= ocr.count {
                let seq = produced
                produced += 1
                if let filter, !Lexicon.filterHas(filter, hash.value) {
                    if spareCount > 0 && count >= spareMinChars { offerSpare(seq, logP, edits) }
                    return
                }
                out.append(Hypothesis(text: text, logP: logP, edits: edits))
                outSeq.append(seq)
                return
            }
            if let prefixes, count > 0, !Lexicon.filterHas(prefixes, hash.value) { return }
            let end = charEnd[pos]
            let mark = count
            if edits >= maxEdits {
                // no edit left: the rest is read right, with no branch to take on the way
                var h = hash
                for x in pos..<ocr.count { append(ocr[x]); h.feed(ocr[x]) }
                walk(ocr.count, logP + restKeep[pos], edits, lossUsed, h)
                truncate(mark)
                return
            }
            // read right
            var h = hash
            for x in pos..<end { append(ocr[x]); h.feed(ocr[x]) }
            walk(end, logP + keepCost[pos], edits, lossUsed, h)
            truncate(mark)
            guard edits < maxEdits else { return }
            for oi in byFirst[Int(ocr[pos])] {
                let opt = opts[oi]
                let cand = logP + opt.logP
                if cand < threshold { break }
                if opt.at != Place.anywhere.rawValue && (opt.at == Place.first.rawValue) != (pos == 0) { continue }
                let oc = Int(opt.ocrCount), os = Int(opt.ocrStart)
                guard pos + oc <= ocr.count else { continue }
                var same = true
                for x in 0..<oc where ocr[pos + x] != bytes[os + x] { same = false; break }
                guard same else { continue }
                let ts = Int(opt.truthStart)
                var h = hash
                for x in ts..<(ts + Int(opt.truthCount)) { append(bytes[x]); h.feed(bytes[x]) }
                walk(pos + oc, cand, edits + 1, lossUsed, h)
                truncate(mark)
            }
            // (a word's first letter too: legacy OCR drops an initial ö as it drops one inside, "kad" for "ökad")
            if !lossUsed {
                for oi in lossRange {
                    let opt = opts[oi]
                    let cand = logP + opt.logP
                    if cand < threshold { break }
                    let ts = Int(opt.truthStart)
                    var h = hash
                    for x in ts..<(ts + Int(opt.truthCount)) { append(bytes[x]); h.feed(bytes[x]) }
                    walk(pos, cand, edits + 1, true, h)
                    truncate(mark)
                }
            }
            if generic && !lossUsed {
                // a character OCR added (doubled letters, specks)
                let cost = pieceGlyphs[Int(ocr[pos])] || Channel.plausiblyAdded(ocr, pos, end)
                    ? genericEditLogP : genericEditLogP + addedLetterLogP
                walk(end, logP + cost, edits + 1, true, hash)
            }
        }
    }

    /// Glyphs wide enough to stand for two narrow letters run together: "w" and the capitals M, W, N (an "m" is
    /// too common a letter: the tables read "rn" for it).
    static let wideGlyphs: [Bool] = (0..<256).map { "wMWN".utf8.contains(UInt8($0)) }
    /// Small letters of strokes, narrow enough that two of them run into one wide glyph ("rv", "vv", "tr", "kl", "ft";
    /// a doubled one other than "vv" stays two strokes apart).
    static let narrowLetters: [UInt8] = Array("fijklrtuvy".utf8)

    /// What gocr and ocrad write for a glyph they cannot read: any letter, most often one of Swedish's own.
    static let unreadGlyph = UInt8(ascii: "_")
    /// ASCII signs that print never puts between two letters of a word: inside one they are a glyph the engine
    /// misread (gocr's ";" for i or j, "fören;ngen", "bevil;ade", and "%" for é, "Linn%a").
    static let innerSigns = ";%{}"
    static let innerSign: [Bool] = (0..<256).map { innerSigns.utf8.contains(UInt8($0)) }

    /// Letters a generic insertion may restore, as UTF-8 (built once, not per word).
    static let genericLetters: [[UInt8]] = Array("abcdefghijklmnopqrstuvwxyzåäöé".unicodeScalars).map {
        Array(String($0).utf8)
    }
    /// The same letters, each one number (`Packed`).
    static let genericPacked: [UInt32] = genericLetters.map { $0.reduce(0) { $0 << 8 | UInt32($1) } }
    /// Index of "å" in `genericLetters`; "å", "ä", "ö" follow in that order.
    static let firstDiacriticLetter = genericLetters.firstIndex(of: Array("å".utf8))!

    /// OCR adds a glyph by writing a letter twice (blur), by reading a speck or a broken stroke as a thin glyph, or
    /// punctuation; a round letter of its own out of nothing ("frgan" for "från") it hardly ever adds.
    static func plausiblyAdded(_ ocr: UnsafeBufferPointer<UInt8>, _ pos: Int, _ end: Int) -> Bool {
        let b = ocr[pos]
        if end == pos + 1 {
            let letter = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A
            if !letter || thinGlyphs[Int(b)] { return true }
        }
        // doubled: the same letter (é and e alike) before or after it
        let me = baseLetter(ocr, pos, end)
        if pos > 0 {
            var s = pos - 1
            while s > 0 && ocr[s] & 0xC0 == 0x80 { s -= 1 }
            if baseLetter(ocr, s, pos) == me { return true }
        }
        if end < ocr.count && baseLetter(ocr, end, min(ocr.count, end + charLength(ocr[end]))) == me { return true }
        return false
    }

    /// Glyphs a speck or a broken stroke is read as.
    static let thinGlyphs: [Bool] = (0..<256).map { "ilIjtfr1".utf8.contains(UInt8($0)) }

    /// A character's small ASCII letter, é counting as e; other characters by their first two bytes.
    @inline(__always)
    static func baseLetter(_ ocr: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt32 {
        let b = ocr[start]
        if end == start + 1 { return UInt32(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
        if end == start + 2 && b == 0xC3 && (ocr[start + 1] == 0xA9 || ocr[start + 1] == 0x89) { return 0x65 }
        return UInt32(b) << 8 | UInt32(ocr[start + 1])
    }

    @inline(__always)
    static func charLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }
}
