import Dispatch
import Foundation

/// Turns SIGINT and SIGTERM into a callback, so a run can finish the pages in flight and record its state.
/// A second signal ends the process at once; the ledger then still says "running" and the next run redoes those.
public final class StopSignals: @unchecked Sendable {
    private let sources: [DispatchSourceSignal]
    private let lock = NSLock()
    private var received: Int32?

    /// The first signal received, if any.
    public var signal: Int32? { lock.withLock { received } }

    public init(onStop: @escaping @Sendable (Int32) -> Void, onSecond exitCode: Int32 = 130) {
        var sources: [DispatchSourceSignal] = []
        let queue = DispatchQueue(label: "renskrift.signals")
        for sig in [SIGINT, SIGTERM] {
            // The default action would kill the process before the handler runs.
            Foundation.signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: queue)
            sources.append(source)
        }
        self.sources = sources
        for (source, sig) in zip(sources, [SIGINT, SIGTERM]) {
            source.setEventHandler { [unowned self] in
                let first: Bool = self.lock.withLock {
                    if self.received != nil { return false }
                    self.received = sig
                    return true
                }
                if first { onStop(sig) } else { Foundation.exit(exitCode) }
            }
            source.resume()
        }
    }

    deinit {
        for source in sources { source.cancel() }
    }
}
