import Foundation
import GRDB

/// One inbox document as the ledger knows it, keyed by its path relative to the inbox.
public struct LedgerEntry: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "document"

    /// Where a document stands; `running` and `interrupted` are both redone by the next run.
    public enum Status: String, Codable, Sendable, CaseIterable {
        case running, done, failed, interrupted
    }

    public var path: String
    /// Output base name relative to the output folder (e.g. "a/protokoll"); stays fixed once given.
    public var outputName: String
    /// SHA-256 of the content, or a marker such as "link:TARGET" for files that were never read.
    public var identity: String?
    public var size: Int64
    public var mtime: Double
    public var ctime: Double
    public var inode: Int64
    public var status: Status
    /// Short failure class ("corrupt", "encrypted", "link-outside", …) and the reason in words.
    public var failureKind: String?
    public var reason: String?
    /// The pipeline fingerprint the outputs were made with.
    public var fingerprint: String?
    /// Output formats the document has, comma-separated.
    public var formats: String
    /// Output files (relative to the output folder) that belong to this document and may exist.
    public var outputs: [String]
    public var pages: Int?
    public var words: Int?
    public var corrections: Int?
    public var meanConfidence: Double?
    /// Conversion wall time in seconds.
    public var seconds: Double?
    public var startedAt: Date?
    public var finishedAt: Date?
    public var attempts: Int
    public var runID: String?
    public var movedTo: String?
    public var model: String?
    public var rules: String?

    public init(path: String, outputName: String, stamp: FileStamp) {
        self.path = path
        self.outputName = outputName
        self.size = stamp.size
        self.mtime = stamp.mtime
        self.ctime = stamp.ctime
        self.inode = stamp.inode
        self.status = .running
        self.formats = ""
        self.outputs = []
        self.attempts = 0
    }

    public var stamp: FileStamp {
        get { FileStamp(size: size, mtime: mtime, ctime: ctime, inode: inode) }
        set {
            size = newValue.size
            mtime = newValue.mtime
            ctime = newValue.ctime
            inode = newValue.inode
        }
    }
}

/// One batch run as recorded in the ledger.
public struct RunRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "run"

    /// `crashed` is given by the next run to a run that never finished (killed, or the machine went down).
    public enum State: String, Codable, Sendable {
        case running, finished, interrupted, crashed
    }

    public var id: String
    public var startedAt: Date
    public var finishedAt: Date?
    public var state: State
    public var pid: Int32
    public var fingerprint: String
    public var converted: Int = 0
    public var failed: Int = 0
    public var upToDate: Int = 0
    public var waiting: Int = 0
    public var pages: Int = 0
    public var seconds: Double = 0
    public var pagesPerMinute: Double = 0
    /// The JSON report, relative to the output folder.
    public var report: String?

    public init(id: String, startedAt: Date, pid: Int32, fingerprint: String) {
        self.id = id
        self.startedAt = startedAt
        self.state = .running
        self.pid = pid
        self.fingerprint = fingerprint
    }
}

/// The SQLite ledger under OUTPUT/.renskrift: what each document's state is, and every run.
public final class Ledger: Sendable {
    public let url: URL
    private let db: DatabaseQueue

    /// The ledger's place inside an output folder.
    public static func location(in output: URL) -> URL {
        output.appendingPathComponent(".renskrift/ledger.sqlite")
    }

    /// Opens (and creates or migrates) the ledger; `readOnly` opens an existing one for `status`.
    public init(url: URL, readOnly: Bool = false) throws {
        self.url = url
        var config = Configuration()
        config.readonly = readOnly
        // A status query may meet a batch writing; wait rather than fail.
        config.busyMode = .timeout(10)
        if !readOnly {
            config.prepareDatabase { db in
                // WAL lets `status` read while a run writes; FULL sync keeps a commit once it returns.
                try db.execute(sql: "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL")
            }
        }
        do {
            if readOnly {
                guard FileManager.default.fileExists(atPath: url.path) else {
                    throw BatchError.noLedger(output: url.deletingLastPathComponent().deletingLastPathComponent().path)
                }
            } else {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(),
                                                        withIntermediateDirectories: true)
            }
            db = try DatabaseQueue(path: url.path, configuration: config)
            if !readOnly { try Self.migrator.migrate(db) }
        } catch let error as BatchError {
            throw error
        } catch {
            throw BatchError.ledger(path: url.path, reason: "\(error)")
        }
    }

    private static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.create(table: "document") { t in
                t.primaryKey("path", .text)
                t.column("outputName", .text).notNull()
                t.column("identity", .text)
                t.column("size", .integer).notNull()
                t.column("mtime", .double).notNull()
                t.column("ctime", .double).notNull()
                t.column("inode", .integer).notNull()
                t.column("status", .text).notNull().indexed()
                t.column("failureKind", .text)
                t.column("reason", .text)
                t.column("fingerprint", .text)
                t.column("formats", .text).notNull()
                t.column("outputs", .text).notNull()
                t.column("pages", .integer)
                t.column("words", .integer)
                t.column("corrections", .integer)
                t.column("meanConfidence", .double)
                t.column("seconds", .double)
                t.column("startedAt", .datetime)
                t.column("finishedAt", .datetime)
                t.column("attempts", .integer).notNull()
                t.column("runID", .text)
                t.column("movedTo", .text)
                t.column("model", .text)
                t.column("rules", .text)
            }
            try db.create(table: "run") { t in
                t.primaryKey("id", .text)
                t.column("startedAt", .datetime).notNull()
                t.column("finishedAt", .datetime)
                t.column("state", .text).notNull()
                t.column("pid", .integer).notNull()
                t.column("fingerprint", .text).notNull()
                t.column("converted", .integer).notNull()
                t.column("failed", .integer).notNull()
                t.column("upToDate", .integer).notNull()
                t.column("waiting", .integer).notNull()
                t.column("pages", .integer).notNull()
                t.column("seconds", .double).notNull()
                t.column("pagesPerMinute", .double).notNull()
                t.column("report", .text)
            }
        }
        return m
    }

    // Synchronous on purpose: GRDB's async accessors throw on task cancellation, and a stopping run must still
    // record what it finished.
    private func write<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try db.write(body) } catch { throw BatchError.ledger(path: url.path, reason: "\(error)") }
    }

    private func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try db.read(body) } catch { throw BatchError.ledger(path: url.path, reason: "\(error)") }
    }

    public func entries() throws -> [LedgerEntry] {
        try read { try LedgerEntry.order(Column("path")).fetchAll($0) }
    }

    public func entry(_ path: String) throws -> LedgerEntry? {
        try read { try LedgerEntry.fetchOne($0, key: path) }
    }

    public func save(_ entries: [LedgerEntry]) throws {
        guard !entries.isEmpty else { return }
        try write { db in for e in entries { try e.save(db) } }
    }

    public func save(_ entry: LedgerEntry) throws { try save([entry]) }

    public func delete(paths: [String]) throws {
        guard !paths.isEmpty else { return }
        try write { db in _ = try LedgerEntry.deleteAll(db, keys: paths) }
    }

    public func save(_ run: RunRecord) throws {
        try write { try run.save($0) }
    }

    /// Marks runs that never finished as crashed; only called while holding the lock, so none is still alive.
    @discardableResult
    public func markCrashedRuns() throws -> [String] {
        try write { db in
            let stale = try RunRecord.filter(Column("state") == RunRecord.State.running.rawValue).fetchAll(db)
            for var run in stale {
                run.state = .crashed
                try run.update(db)
            }
            return stale.map(\.id)
        }
    }

    /// The most recent runs, newest first.
    public func runs(limit: Int = 30) throws -> [RunRecord] {
        try read { try RunRecord.order(Column("startedAt").desc).limit(limit).fetchAll($0) }
    }
}
