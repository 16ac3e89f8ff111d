/// The exit statuses the command documents in the README; scripts rely on them.
enum ExitCodes {
    static let success: Int32 = 0
    /// Some inputs could not be processed; the others were.
    static let someFailed: Int32 = 1
    /// The command line was wrong (ArgumentParser's own usage status).
    static let usage: Int32 = 2
    /// Another batch run holds the lock on the output folder.
    static let locked: Int32 = 3
    /// Set-up is incomplete: language data, model or rules missing or invalid.
    static let setup: Int32 = 4
    /// A batch run cannot use its output folder: the lock, the ledger or the reports cannot be written.
    static let cannotRun: Int32 = 5
    /// Stopped by SIGINT/SIGTERM after finishing the pages in flight.
    static let interrupted: Int32 = 130
}
