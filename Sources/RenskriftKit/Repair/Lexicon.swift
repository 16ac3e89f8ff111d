import Foundation

/// Properties of a lexicon entry; the bit values are those written by scripts/build-model.
public struct LexiconFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// A standalone Swedish word (hunspell or domain lexicon).
    public static let valid = LexiconFlags(rawValue: 1)
    /// May begin or continue a compound ("skol", "spett").
    public static let compoundPart = LexiconFlags(rawValue: 2)
    public static let domain = LexiconFlags(rawValue: 4)
    /// Written with a capital first letter: a proper name.
    public static let capitalized = LexiconFlags(rawValue: 8)
    /// Written in capitals: an abbreviation.
    public static let uppercase = LexiconFlags(rawValue: 16)
    /// Frequent in wordfreq but rejected by hunspell (names, foreign words, OCR junk).
    public static let unverified = LexiconFlags(rawValue: 32)
    /// May begin or continue a compound (hunspell accepts it before a tail): "stats", "annons", but not "stat" or "ful".
    public static let compoundBegin = LexiconFlags(rawValue: 64)
    /// May end a compound (hunspell's COMPOUNDEND): "rum", "bidrag", but not "ful" or "nås".
    public static let compoundEnd = LexiconFlags(rawValue: 128)
}

/// One lexicon entry: natural-log unigram probability and flags.
public struct LexiconEntry: Sendable, Hashable {
    public var logP: Double
    public var flags: LexiconFlags
}

/// The Swedish word list with frequencies, loaded from models/sv-lexicon.bin; keys are lower case.
public struct Lexicon: Sendable {
    /// Keys, lower case UTF-8, back to back.
    private let blob: [UInt8]
    private let offsets: [UInt32]
    private let costs: [UInt8]
    private let flagBytes: [UInt8]
    /// Open-addressing table of entry index + 1 (0 = empty), built at load time.
    private let table: [UInt32]
    private let mask: Int
    /// Extra entries from the rules file, which take precedence: key, skeleton, the key's hash and the skeleton's
    /// table slot (looked up on every search, so compared as bytes, never as strings).
    private let extra: [(key: [UInt8], skeleton: [UInt8], hash: UInt32, skeletonSlot: Int, entry: LexiconEntry)]
    /// One bit per extra key hash and per extra skeleton slot, modulo 64: most look-ups miss every extra entry.
    private let extraKeyBits: UInt64
    private let extraSkeletonBits: UInt64
    /// Chains of entries by skeleton (å/ä→a, ö→o, é→e): head per hash slot, next per entry; -1 ends.
    private let skelHead: [Int32]
    /// One bit per skeleton hash (2^23 bits): a compact first test that stays in cache.
    private let skelBits: [UInt64]
    private let skelNext: [Int32]
    /// The same kind of filter for every skeleton prefix of every key: a search that builds a text from the left
    /// stops where no word can begin the way it has.
    private let prefixBits: [UInt64]

    public var count: Int { costs.count + extra.count }
    /// log P of the most frequent word.
    public let maxLogP: Double

    /// Reads the front-coded file written by scripts/build-model ("RSKLEX02").
    public init(contentsOf url: URL, additions: [String: LexiconEntry] = [:]) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .alwaysMapped)
        } catch {
            throw RenskriftError.invalidModel(path: url.path, reason: "cannot be read (\(error.localizedDescription))")
        }
        try self.init(data: data, path: url.path, additions: additions)
    }

    public init(data: Data, path: String = "<memory>", additions: [String: LexiconEntry] = [:]) throws {
        guard data.count >= 16, data.prefix(8).elementsEqual(Array("RSKLEX02".utf8)) else {
            throw RenskriftError.invalidModel(path: path, reason: "not a Renskrift lexicon (RSKLEX02); rebuild it with scripts/build-model")
        }
        // (the arrays are filled through unsafe buffers: per-element appends and subscripts cost a uniqueness check
        // each, which made the load twice as slow)
        var blob: [UInt8] = []
        var offsets: [UInt32] = []
        var costs: [UInt8] = []
        var flags: [UInt8] = []
        let ok: Bool = data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Bool in
            let p = raw.bindMemory(to: UInt8.self)
            func u32(_ at: Int) -> Int {
                Int(p[at]) | Int(p[at + 1]) << 8 | Int(p[at + 2]) << 16 | Int(p[at + 3]) << 24
            }
            let n = u32(8), bodySize = u32(12)
            guard 16 + bodySize <= p.count else { return false }
            let end = 16 + bodySize
            // pass 1: check the entries and size the key blob
            var pos = 16, prevLen = 0, total = 0
            for _ in 0..<n {
                guard pos + 2 <= end else { return false }
                let shared = Int(p[pos]), suffix = Int(p[pos + 1])
                guard shared <= prevLen, pos + 2 + suffix + 2 <= end else { return false }
                pos += 4 + suffix
                prevLen = shared + suffix
                total += prevLen
            }
            guard pos == end else { return false }
            // pass 2: front-coded keys back to back
            blob = [UInt8](unsafeUninitializedCapacity: total) { b, count in
                offsets = [UInt32](unsafeUninitializedCapacity: n + 1) { o, oCount in
                    costs = [UInt8](unsafeUninitializedCapacity: n) { c, cCount in
                        flags = [UInt8](unsafeUninitializedCapacity: n) { f, fCount in
                            var pos = 16, at = 0, prevStart = 0
                            for i in 0..<n {
                                let shared = Int(p[pos]), suffix = Int(p[pos + 1])
                                pos += 2
                                o[i] = UInt32(at)
                                for k in 0..<shared { b[at + k] = b[prevStart + k] }
                                for k in 0..<suffix { b[at + shared + k] = p[pos + k] }
                                pos += suffix
                                c[i] = p[pos]
                                f[i] = p[pos + 1]
                                pos += 2
                                prevStart = at
                                at += shared + suffix
                            }
                            o[n] = UInt32(at)
                            fCount = n
                        }
                        cCount = n
                    }
                    oCount = n + 1
                }
                count = total
            }
            return true
        }
        guard ok else {
            throw RenskriftError.invalidModel(path: path, reason: "truncated or inconsistent entries; rebuild it with scripts/build-model")
        }
        var size = 1
        while size < costs.count * 2 { size <<= 1 }
        var table = [UInt32](repeating: 0, count: size)
        let mask = size - 1
        let n = costs.count
        blob.withUnsafeBufferPointer { b in
            offsets.withUnsafeBufferPointer { o in
                table.withUnsafeMutableBufferPointer { t in
                    for i in 0..<n {
                        let s = Int(o[i]), e = Int(o[i + 1])
                        var h = Int(Lexicon.hash(UnsafeBufferPointer(rebasing: b[s..<e]))) & mask
                        while t[h] != 0 { h = (h + 1) & mask }
                        t[h] = UInt32(i + 1)
                    }
                }
            }
        }
        // one pass over the keys builds the skeleton chains, the skeleton filter and the prefix filter: keys are
        // sorted, so a key's first `shared` bytes were hashed with the key before it and only the rest is new
        var skelHead = [Int32](repeating: -1, count: size)
        var skelNext = [Int32](repeating: -1, count: n)
        var bits = [UInt64](repeating: 0, count: Lexicon.bitWords)
        var prefixBits = [UInt64](repeating: 0, count: Lexicon.bitWords)
        var states = [SkeletonHasher](repeating: SkeletonHasher(), count: Lexicon.maxSharedPrefix + 1)
        blob.withUnsafeBufferPointer { b in
        offsets.withUnsafeBufferPointer { o in
        skelHead.withUnsafeMutableBufferPointer { head in
        skelNext.withUnsafeMutableBufferPointer { next in
        bits.withUnsafeMutableBufferPointer { skelFilter in
        prefixBits.withUnsafeMutableBufferPointer { prefixFilter in
        states.withUnsafeMutableBufferPointer { states in
            var prevStart = 0, prevLen = 0
            for i in 0..<n {
                let s = Int(o[i]), e = Int(o[i + 1])
                let len = e - s
                var shared = 0
                let most = min(len, prevLen, Lexicon.maxSharedPrefix)
                while shared < most && b[s + shared] == b[prevStart + shared] { shared += 1 }
                var h = states[shared]
                for j in shared..<len {
                    h.feed(b[s + j])
                    if j + 1 <= Lexicon.maxSharedPrefix { states[j + 1] = h }
                    if !h.pendingC3 { Lexicon.filterAdd(prefixFilter, h.h) }
                }
                let full = h.value
                let slot = Int(full) & mask
                next[i] = head[slot]
                head[slot] = Int32(i)
                Lexicon.filterAdd(skelFilter, full)
                prevStart = s
                prevLen = len
            }
        }}}}}}}
        self.skelHead = skelHead
        // words from the rules file pass the same filters, so that adding one keeps every filtered search intact
        for k in additions.keys {
            var h = SkeletonHasher()
            for c in k.utf8 {
                h.feed(c)
                if !h.pendingC3 { Lexicon.filterAdd(&prefixBits, h.h) }
            }
            Lexicon.filterAdd(&bits, h.value)
        }
        self.skelBits = bits
        self.prefixBits = prefixBits
        self.skelNext = skelNext
        self.blob = blob
        self.offsets = offsets
        self.costs = costs
        self.flagBytes = flags
        self.table = table
        self.mask = mask
        var extra: [(key: [UInt8], skeleton: [UInt8], hash: UInt32, skeletonSlot: Int, entry: LexiconEntry)] = []
        var keyBits: UInt64 = 0, skeletonBits: UInt64 = 0
        for (k, e) in additions.sorted(by: { $0.key < $1.key }) {
            let key = Array(k.utf8), skeleton = Lexicon.skeleton(key)
            let hash = key.withUnsafeBufferPointer { Lexicon.hash($0) }
            let slot = skeleton.withUnsafeBufferPointer { Int(Lexicon.skeletonHash($0)) } & mask
            extra.append((key, skeleton, hash, slot, e))
            keyBits |= 1 << (hash & 63)
            skeletonBits |= 1 << UInt64(slot & 63)
        }
        self.extra = extra
        self.extraKeyBits = keyBits
        self.extraSkeletonBits = skeletonBits
        self.maxLogP = -Double(costs.min() ?? 0) / 10 * 2.302_585_093
    }

    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt32 = 0x811C_9DC5
        for c in bytes {
            h ^= UInt32(c)
            h = h &* 0x0100_0193
        }
        return h
    }

    /// Skeleton byte of a two-byte Latin-1 letter (second byte after 0xC3), or nil when it has none.
    @inline(__always)
    static func skeletonByte(_ second: UInt8) -> UInt8? {
        switch second {
        case 0xA4, 0xA5, 0x84, 0x85: return UInt8(ascii: "a")
        case 0xB6, 0x96: return UInt8(ascii: "o")
        case 0xA9, 0x89: return UInt8(ascii: "e")
        default: return nil
        }
    }

    /// Calls `body` with each skeleton byte of `bytes`: lower case, å/ä→a, ö→o, é→e.
    @inline(__always)
    static func forEachSkeletonByte(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt8) -> Void) {
        var i = 0
        let n = bytes.count
        while i < n {
            let c = bytes[i]
            if c == 0xC3, i + 1 < n, let m = skeletonByte(bytes[i + 1]) {
                body(m); i += 2; continue
            }
            if c >= 0x41 && c <= 0x5A { body(c + 32) } else { body(c) }
            i += 1
        }
    }

    static func skeletonHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt32 = 0x811C_9DC5
        forEachSkeletonByte(bytes) { c in
            h ^= UInt32(c)
            h = h &* 0x0100_0193
        }
        return h
    }

    static func skeleton(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        bytes.withUnsafeBufferPointer { forEachSkeletonByte($0) { out.append($0) } }
        return out
    }

    /// False when no entry can have the skeleton of these packed characters (one hash probe, no allocation);
    /// true means "maybe".
    func mayHaveSkeleton(packed chars: ArraySlice<UInt32>) -> Bool {
        var h = Lexicon.skeletonSeed
        for c in chars { Lexicon.mixSkeleton(&h, packed: c) }
        return mayHaveSkeleton(hash: h)
    }

    /// Start of a skeleton hash built character by character with `mixSkeleton`.
    static let skeletonSeed: UInt32 = 0x811C_9DC5

    /// Adds one packed character's skeleton bytes to a skeleton hash: hashing a word's prefixes one character at a
    /// time gives every prefix's hash for the cost of the longest.
    @inline(__always)
    static func mixSkeleton(_ h: inout UInt32, packed c: UInt32) {
        @inline(__always) func mix(_ b: UInt8) { h ^= UInt32(b); h = h &* 0x0100_0193 }
        if c < 0x80 {
            mix(c >= 0x41 && c <= 0x5A ? UInt8(c) + 32 : UInt8(c))
        } else if c >> 8 == 0xC3, let m = Lexicon.skeletonByte(UInt8(c & 0xFF)) {
            mix(m)
        } else {
            var started = false
            for shift in stride(from: 24, through: 0, by: -8) {
                let b = UInt8((c >> UInt32(shift)) & 0xFF)
                if b != 0 || started { started = true; mix(b) }
            }
        }
    }

    /// `skeletonHash` fed one UTF-8 byte at a time (a pending 0xC3 waits for the byte after it), so that a search
    /// that builds texts byte by byte carries the hash along instead of rehashing every finished text.
    struct SkeletonHasher {
        fileprivate(set) var h: UInt32 = Lexicon.skeletonSeed
        fileprivate(set) var pendingC3 = false

        @inline(__always)
        mutating func feed(_ c: UInt8) {
            if pendingC3 {
                pendingC3 = false
                if let m = Lexicon.skeletonByte(c) { mix(m); return }
                mix(0xC3)
            }
            if c == 0xC3 { pendingC3 = true; return }
            mix(c >= 0x41 && c <= 0x5A ? c + 32 : c)
        }

        @inline(__always)
        private mutating func mix(_ b: UInt8) { h ^= UInt32(b); h = h &* 0x0100_0193 }

        /// The hash of everything fed, as `skeletonHash` gives it.
        var value: UInt32 {
            var copy = self
            if copy.pendingC3 { copy.pendingC3 = false; copy.mix(0xC3) }
            return copy.h
        }
    }

    /// `mayHaveSkeleton` for a hash made with `skeletonSeed` and `mixSkeleton`, or `skeletonHash`.
    @inline(__always)
    func mayHaveSkeleton(hash h: UInt32) -> Bool {
        skelBits.withUnsafeBufferPointer { Lexicon.filterHas($0, h) }
    }

    /// The same test for UTF-8 bytes.
    func mayHaveSkeleton(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        mayHaveSkeleton(hash: Lexicon.skeletonHash(bytes))
    }

    /// Calls `body` with the skeleton filter and the prefix filter pinned, for searches that test them at every step
    /// (with `filterHas`).
    func withSkeletonFilter<R>(_ body: (UnsafeBufferPointer<UInt64>, UnsafeBufferPointer<UInt64>) -> R) -> R {
        skelBits.withUnsafeBufferPointer { words in prefixBits.withUnsafeBufferPointer { prefixes in body(words, prefixes) } }
    }

    /// The filter word and the two bits in it for a skeleton hash: the low 25 bits pick the word and one bit, the
    /// top bits a second one in the same word (a blocked Bloom filter). Two bits cut false "maybe"s, each of which
    /// costs a cache miss in `skeletonMatches`, to about a fifth, at no extra miss here.
    @inline(__always)
    static func bitSlot(_ h: UInt32) -> (Int, UInt64) {
        let bit = Int(h) & bitMask
        let second = UInt64((h >> 25) & 63)
        return (bit >> 6, 1 << UInt64(bit & 63) | 1 << second)
    }

    /// True when both of a hash's bits are set in a filter of `bitWords` words (no entry has it when false).
    @inline(__always)
    static func filterHas(_ filter: UnsafeBufferPointer<UInt64>, _ h: UInt32) -> Bool {
        let (word, mask) = bitSlot(h)
        return filter[word] & mask == mask
    }

    @inline(__always)
    static func filterAdd(_ filter: inout [UInt64], _ h: UInt32) {
        let (word, mask) = bitSlot(h)
        filter[word] |= mask
    }

    @inline(__always)
    static func filterAdd(_ filter: UnsafeMutableBufferPointer<UInt64>, _ h: UInt32) {
        let (word, mask) = bitSlot(h)
        filter[word] |= mask
    }

    static let bitMask = (1 << 25) - 1
    /// Longest key prefix whose hash state the load pass keeps for the next key.
    static let maxSharedPrefix = 64
    static let bitWords = 1 << 19

    /// Every entry whose key has the skeleton `skel` (already a skeleton): key bytes and entry.
    public func skeletonMatches(_ skel: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, LexiconEntry) -> Void) {
        let h = Int(Lexicon.skeletonHash(skel)) & mask
        var i = Int(skelHead[h])
        blob.withUnsafeBufferPointer { b in
            while i >= 0 {
                let s = Int(offsets[i]), e = Int(offsets[i + 1])
                let key = UnsafeBufferPointer(rebasing: b[s..<e])
                // each skeleton byte comes from one or two key bytes: other lengths cannot match; otherwise compare
                // byte by byte and stop at the first difference
                var same = key.count >= skel.count && key.count <= 2 * skel.count
                var k = 0, j = 0
                while same && j < key.count {
                    let c = key[j]
                    let m: UInt8
                    if c == 0xC3, j + 1 < key.count, let sb = Lexicon.skeletonByte(key[j + 1]) {
                        m = sb; j += 2
                    } else {
                        m = c >= 0x41 && c <= 0x5A ? c + 32 : c; j += 1
                    }
                    if k >= skel.count || skel[k] != m { same = false }
                    k += 1
                }
                if same && k == skel.count {
                    body(key, LexiconEntry(logP: -Double(costs[i]) / 10 * 2.302_585_093,
                                           flags: LexiconFlags(rawValue: flagBytes[i])))
                }
                i = Int(skelNext[i])
            }
        }
        if extraSkeletonBits & (1 << UInt64(h & 63)) != 0 {
            for x in extra where x.skeletonSlot == h && x.skeleton.elementsEqual(skel) {
                x.key.withUnsafeBufferPointer { body($0, x.entry) }
            }
        }
    }

    /// The entry for a lower-case UTF-8 key.
    public func entry(_ key: UnsafeBufferPointer<UInt8>) -> LexiconEntry? {
        let full = Lexicon.hash(key)
        if extraKeyBits & (1 << (full & 63)) != 0,
           let x = extra.first(where: { $0.hash == full && $0.key.elementsEqual(key) }) {
            return x.entry
        }
        var h = Int(full) & mask
        return blob.withUnsafeBufferPointer { b -> LexiconEntry? in
            while true {
                let slot = Int(table[h])
                if slot == 0 { return nil }
                let i = slot - 1
                let s = Int(offsets[i]), e = Int(offsets[i + 1])
                if e - s == key.count && memcmp(b.baseAddress! + s, key.baseAddress!, key.count) == 0 {
                    return LexiconEntry(logP: -Double(costs[i]) / 10 * 2.302_585_093,
                                        flags: LexiconFlags(rawValue: flagBytes[i]))
                }
                h = (h + 1) & mask
            }
        }
    }

    public func entry(_ key: [UInt8]) -> LexiconEntry? {
        if key.isEmpty { return nil }
        return key.withUnsafeBufferPointer { entry($0) }
    }

    /// The entry for a word in any case.
    public func entry(_ word: String) -> LexiconEntry? {
        entry(TextShape.lowerKey(word))
    }
}
