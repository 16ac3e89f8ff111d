import Foundation

/// Finds the folder holding the repair model, on the search path every stage shares (`ModelSearchPath`).
public enum ModelLocator {
    public static let lexiconFile = "sv-lexicon.bin"
    public static let rulesFile = "rules.yaml"

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

/// The immutable repair model: lexicon plus rules, loaded once per process and shared.
public struct RepairModel: Sendable {
    public let lexicon: Lexicon
    public let rules: RepairRules
    /// Where it was loaded from.
    public let directory: URL?
    /// Content hashes of the model and rules files (short SHA-256), so outputs name what made them
    /// without leaking local paths.
    public var fileHashes: (lexicon: String, rules: String)? { givenHashes ?? fileHasher?.hashes }
    private let givenHashes: (lexicon: String, rules: String)?
    private let fileHasher: FileHasher?

    public init(lexicon: Lexicon, rules: RepairRules, directory: URL? = nil,
                fileHashes: (lexicon: String, rules: String)? = nil) {
        self.lexicon = lexicon
        self.rules = rules
        self.directory = directory
        self.givenHashes = fileHashes
        self.fileHasher = nil
    }

    private init(lexicon: Lexicon, rules: RepairRules, directory: URL, hasher: FileHasher) {
        self.lexicon = lexicon
        self.rules = rules
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
        return RepairModel(lexicon: lexicon, rules: rules, directory: directory,
                           hasher: FileHasher(lexicon: lexiconURL, rules: override != nil ? nil : rulesURL))
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
