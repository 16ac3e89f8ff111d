import Foundation

/// Everything that stops a batch run as a whole (a bad document never does: it is recorded instead).
public enum BatchError: Error, LocalizedError, Sendable, Equatable {
    /// Another run holds the lock on the output folder.
    case locked(output: String, holder: String?)
    case lockFailed(path: String, reason: String)
    case inboxMissing(path: String)
    /// The output or move-done folder lies inside the inbox, whose walk would then take in its own results.
    case nestedFolder(what: String, path: String, inbox: String)
    case noLedger(output: String)
    case ledger(path: String, reason: String)
    case writeFailed(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .locked(let output, let holder):
            let who = holder.map { " (\($0))" } ?? ""
            return "another batch run\(who) holds the lock on \(output); this run exits without doing anything"
        case .lockFailed(let path, let reason):
            return "cannot take the lock \(path): \(reason)"
        case .inboxMissing(let path):
            return "\(path): no such folder"
        case .nestedFolder(let what, let path, let inbox):
            return "the \(what) folder \(path) lies inside the inbox \(inbox); choose one outside it"
        case .noLedger(let output):
            return "\(output): no batch ledger here (no batch run has written to this folder)"
        case .ledger(let path, let reason):
            return "ledger \(path): \(reason)"
        case .writeFailed(let path, let reason):
            return "\(path): cannot write: \(reason)"
        }
    }
}
