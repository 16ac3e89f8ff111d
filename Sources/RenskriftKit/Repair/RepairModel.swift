import Foundation

/// Finds the folder holding the repair model, on the search path every stage shares (`ModelSearchPath`).
public enum ModelLocator {
    public static let lexiconFile = "sv-lexicon.bin"
    public static let rulesFile = "rules.yaml"
    public static let foreignWordsFile = "en-words.txt"
    /// The domain lexicon's folder and the lists of places in it, read for `RepairModel.placeNames`.
    public static let domainFolder = "lexicon"
    public static let placeFiles = ["municipalities.txt", "regions.txt"]

    /// The first folder of the search path that holds sv-lexicon.bin.
    public static func directory(explicit: String? = nil,
                                 environment: [String: String] = ProcessInfo.processInfo.environment,
                                 executable: URL? = Bundle.main.executableURL) throws -> URL {
        let candidates = ModelSearchPath.candidates(explicit: explicit, environment: environment, executable: executable)
        if let dir = candidates.first(where: {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent(lexiconFile).path)
        }) {
            return dir
        }
        throw RenskriftError.modelMissing(
            reason: "no repair model found (looked in: \(candidates.map(\.path).joined(separator: ", "))); "
                + "pass --models DIR, set RENSKRIFT_MODELS, or run scripts/build-model")
    }
}

/// How common a word of the foreign-word list is in English and in Swedish text (wordfreq's Zipf scale: log10 of
/// occurrences per billion words).
public struct ForeignWord: Sendable, Hashable {
    public var englishZipf: Double
    public var swedishZipf: Double
}

/// The foreign-word list (`en-words.txt`), keyed by the document's folded 64-bit word hash (`DocumentState.foldKey`):
/// building 24k strings at every load cost more than the rest of the list.
public struct ForeignWordList: Sendable {
    private var byKey: [UInt64: ForeignWord] = [:]

    public init() {}

    /// Reads `word englishZipf swedishZipf` lines; `#` lines and malformed lines are skipped.
    public init(parsing data: Data) {
        byKey.reserveCapacity(data.count / 14)
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let b = raw.bindMemory(to: UInt8.self)
            var i = 0
            while i < b.count {
                var end = i
                while end < b.count && b[end] != 0x0A { end += 1 }
                defer { i = end + 1 }
                guard end > i, b[i] != UInt8(ascii: "#") else { continue }
                // (three fields split by single spaces; no array per line)
                var s1 = i
                while s1 < end && b[s1] != 0x20 { s1 += 1 }
                var s2 = s1 + 1
                while s2 < end && b[s2] != 0x20 { s2 += 1 }
                guard s2 < end, s1 > i, let en = Self.decimal(b, (s1 + 1)..<s2), let sv = Self.decimal(b, (s2 + 1)..<end)
                else { continue }
                byKey[DocumentState.foldKey(bytes: b[i..<s1])] = ForeignWord(englishZipf: en, swedishZipf: sv)
            }
        }
    }

    public var isEmpty: Bool { byKey.isEmpty }
    public var count: Int { byKey.count }

    /// The entry of `word` in any case.
    public subscript(_ word: String) -> ForeignWord? { byKey[DocumentState.foldKey(word)] }

    /// A non-negative decimal such as "4.5".
    private static func decimal(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Double? {
        guard !r.isEmpty else { return nil }
        var value = 0.0, scale = 0.0
        for j in r {
            let c = b[j]
            if c == UInt8(ascii: ".") && scale == 0 {
                scale = 1
            } else if c >= 0x30 && c <= 0x39 {
                value = value * 10 + Double(c - 0x30)
                if scale > 0 { scale *= 10 }
            } else {
                return nil
            }
        }
        return scale > 0 ? value / scale : value
    }
}

/// The immutable repair model: lexicon plus rules, loaded once per process and shared.
public struct RepairModel: Sendable {
    public let lexicon: Lexicon
    public let rules: RepairRules
    /// Common English words (small letters) with their frequencies, for telling a quoted English phrase from
    /// misread Swedish.
    public let foreignWords: ForeignWordList
    /// Sweden's municipalities and regions as the domain lexicon writes them (one-word names, small letters): a
    /// capitalised word that is one is that place, whatever common word it also is ("Mark", "Älvdalen").
    public let placeNames: Set<String>
    /// Words the domain lexicon or rules.yaml writes in mixed case, exactly so ("SoL", "BoU"): a law's or a
    /// committee's abbreviation, not a word that a poor scan wrote in mixed case.
    public let mixedCaseWords: Set<String>
    /// Where it was loaded from.
    public let directory: URL?
    /// Content hashes of the model and rules files (short SHA-256), so outputs name what made them
    /// without leaking local paths.
    public var fileHashes: (lexicon: String, rules: String)? { givenHashes ?? fileHasher?.hashes }
    private let givenHashes: (lexicon: String, rules: String)?
    private let fileHasher: FileHasher?

    public init(lexicon: Lexicon, rules: RepairRules, foreignWords: ForeignWordList = ForeignWordList(), directory: URL? = nil,
                fileHashes: (lexicon: String, rules: String)? = nil, placeNames: Set<String> = [],
                mixedCaseWords: Set<String> = []) {
        self.lexicon = lexicon
        self.rules = rules
        self.foreignWords = foreignWords
        self.placeNames = placeNames
        self.mixedCaseWords = mixedCaseWords.union(rules.lexicon.filter(TextShape.isMixedCase))
        self.directory = directory
        self.givenHashes = fileHashes
        self.fileHasher = nil
    }

    private init(lexicon: Lexicon, rules: RepairRules, foreignWords: ForeignWordList, placeNames: Set<String>,
                 mixedCaseWords: Set<String>, directory: URL, hasher: FileHasher) {
        self.lexicon = lexicon
        self.rules = rules
        self.foreignWords = foreignWords
        self.placeNames = placeNames
        self.mixedCaseWords = mixedCaseWords.union(rules.lexicon.filter(TextShape.isMixedCase))
        self.directory = directory
        self.givenHashes = nil
        self.fileHasher = hasher
    }

    /// Loads sv-lexicon.bin and rules.yaml from `directory`; `rules` overrides the rules file.
    public static func load(directory: URL, rules override: RepairRules? = nil) throws -> RepairModel {
        let rules: RepairRules
        if let override {
            rules = override
        } else {
            let path = directory.appendingPathComponent(ModelLocator.rulesFile)
            rules = FileManager.default.fileExists(atPath: path.path) ? try RepairRules.load(from: path) : RepairRules()
        }
        var additions: [String: LexiconEntry] = [:]
        for w in rules.lexicon {
            let flags: LexiconFlags = w.count > 1 && w == w.uppercased() ? [.valid, .domain, .uppercase]
                : w.first?.isUppercase == true ? [.valid, .domain, .capitalized] : [.valid, .domain]
            additions[w.lowercased()] = LexiconEntry(logP: log(2e-6), flags: flags)
        }
        let lexiconURL = directory.appendingPathComponent(ModelLocator.lexiconFile)
        let lexicon = try Lexicon(contentsOf: lexiconURL, additions: additions)
        let rulesURL = directory.appendingPathComponent(ModelLocator.rulesFile)
        // (optional: without it no run of foreign words is recognised)
        let foreignURL = directory.appendingPathComponent(ModelLocator.foreignWordsFile)
        let foreign = (try? Data(contentsOf: foreignURL)).map(ForeignWordList.init(parsing:)) ?? ForeignWordList()
        let domain = directory.appendingPathComponent(ModelLocator.domainFolder)
        return RepairModel(lexicon: lexicon, rules: rules, foreignWords: foreign,
                           placeNames: placeNames(in: domain), mixedCaseWords: mixedCaseWords(in: domain),
                           directory: directory,
                           hasher: FileHasher(lexicon: lexiconURL, rules: override != nil ? nil : rulesURL))
    }

    /// The one-word capitalised names of the domain lexicon's place lists (optional files; `#` lines are comments).
    static func placeNames(in folder: URL) -> Set<String> {
        var out = Set<String>()
        for file in ModelLocator.placeFiles {
            guard let text = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8) else { continue }
            for line in text.split(separator: "\n") {
                let w = line.trimmingCharacters(in: .whitespaces)
                guard let f = w.unicodeScalars.first, TextShape.isUpperLetter(f), !w.contains(" ") else { continue }
                out.insert(TextShape.lowercased(w))
            }
        }
        return out
    }

    /// The mixed-case words of every list in the domain lexicon's folder (`#` lines are comments).
    static func mixedCaseWords(in folder: URL) -> Set<String> {
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        var out = Set<String>()
        for file in files where file.pathExtension == "txt" {
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                let w = line.trimmingCharacters(in: .whitespaces)
                if TextShape.isMixedCase(w) { out.insert(w) }
            }
        }
        return out
    }

    private static let cache = ModelCache()

    /// The process-wide model for a directory found by `ModelLocator`, loaded on first use.
    public static func shared(explicit: String? = nil) throws -> RepairModel {
        let dir = try ModelLocator.directory(explicit: explicit)
        return try cache.model(for: dir)
    }

    /// A short description of the model files for `Provenance.model` / `Provenance.rules`.
    public var provenance: (model: String, rules: String) {
        let hashes = fileHashes ?? (lexicon: "in-memory", rules: "in-memory")
        return ("\(ModelLocator.lexiconFile) sha256:\(hashes.lexicon) (\(lexicon.count) entries)",
                "\(ModelLocator.rulesFile) sha256:\(hashes.rules)")
    }
}

/// The model files' short SHA-256s, worked out on first use: a command that only repairs text (repair, eval,
/// explain) need not hash 3.6 MB at every start, which cost more than the rest of the load.
private final class FileHasher: @unchecked Sendable {
    private let lock = NSLock()
    private let lexiconURL: URL
    private let rulesURL: URL?
    private var value: (lexicon: String, rules: String)?

    init(lexicon: URL, rules: URL?) {
        lexiconURL = lexicon
        rulesURL = rules
    }

    var hashes: (lexicon: String, rules: String) {
        lock.lock()
        defer { lock.unlock() }
        if let value { return value }
        let v = (lexicon: String(((try? SHA256.hex(fileAt: lexiconURL)) ?? "unreadable").prefix(12)),
                 rules: rulesURL.map { String(((try? SHA256.hex(fileAt: $0)) ?? "absent").prefix(12)) } ?? "in-memory")
        value = v
        return v
    }
}

/// Guards the per-process model so that concurrent pages share one load.
private final class ModelCache: @unchecked Sendable {
    private let lock = NSLock()
    private var models: [String: RepairModel] = [:]

    func model(for dir: URL) throws -> RepairModel {
        lock.lock()
        defer { lock.unlock() }
        if let m = models[dir.path] { return m }
        let m = try RepairModel.load(directory: dir)
        models[dir.path] = m
        return m
    }
}
