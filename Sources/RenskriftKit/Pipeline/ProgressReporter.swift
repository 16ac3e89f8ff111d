import Foundation

/// Shows a run's progress on standard error: a bar on a terminal, one line per document otherwise.
public final class ProgressReporter: @unchecked Sendable {
    public enum Verbosity: Sendable { case quiet, normal, verbose }

    private let lock = NSLock()
    private let verbosity: Verbosity
    private let isTerminal: Bool
    private let start = Date()
    private var totalPages = 0
    private var donePages = 0
    private var barShown = false
    private let output: FileHandle

    /// `terminal` defaults to whether standard error is a TTY.
    public init(verbosity: Verbosity, terminal: Bool? = nil, output: FileHandle = .standardError) {
        self.verbosity = verbosity
        self.output = output
        self.isTerminal = terminal ?? (isatty(output.fileDescriptor) != 0)
    }

    public func handle(_ event: ConvertEvent) {
        lock.lock()
        defer { lock.unlock() }
        switch event {
        case .planned(_, let pages):
            totalPages += pages
            drawBar()
        case .documentStarted:
            break
        case .pageDone(let name, let page, let of, let seconds):
            donePages += 1
            if verbosity == .verbose {
                line("\(name): page \(page)/\(of) in \(String(format: "%.1f", seconds)) s")
            }
            drawBar()
        case .documentDone(let s):
            if verbosity != .quiet && (!isTerminal || verbosity == .verbose) {
                let outputs = s.outputs.map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")
                var text = "\(s.path): \(s.pages) page\(s.pages == 1 ? "" : "s"), \(s.words) words"
                if s.corrections > 0 { text += ", \(s.corrections) correction\(s.corrections == 1 ? "" : "s")" }
                if let c = s.meanConfidence { text += ", confidence \(Int(c.rounded()))" }
                text += String(format: ", %.1f s → ", s.seconds) + outputs
                line(text)
            }
            drawBar()
        case .documentFailed(let path, let error):
            line("renskrift: \(path.isEmpty ? "" : path + ": ")\(error.reason)")
            drawBar()
        }
    }

    /// Clears the bar at the end of a run.
    public func finish() {
        lock.lock()
        defer { lock.unlock() }
        if barShown { write("\r\u{1B}[2K") }
        barShown = false
    }

    private func line(_ text: String) {
        if barShown { write("\r\u{1B}[2K") }
        barShown = false
        write(text + "\n")
    }

    private func drawBar() {
        guard isTerminal, verbosity != .quiet, totalPages > 0 else { return }
        let width = 30
        let fraction = Double(donePages) / Double(totalPages)
        let filled = Int(fraction * Double(width))
        let elapsed = Date().timeIntervalSince(start)
        let rate = elapsed > 0 ? Double(donePages) / elapsed * 60 : 0
        var eta = "–"
        if donePages > 0 {
            let remaining = elapsed / Double(donePages) * Double(totalPages - donePages)
            eta = String(format: "%d:%02d", Int(remaining) / 60, Int(remaining) % 60)
        }
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        write(String(format: "\r\u{1B}[2K%@ %d/%d pages · %.1f pages/min · ETA %@", bar, donePages, totalPages, rate, eta))
        barShown = true
    }

    private func write(_ s: String) {
        output.write(Data(s.utf8))
    }
}
