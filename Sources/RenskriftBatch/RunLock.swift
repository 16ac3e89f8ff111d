import Foundation

/// An exclusive flock(2) on OUTPUT/.renskrift/lock, held for a whole run.
/// The kernel drops it when the process ends however it ends, so a killed run never leaves a stale lock.
public final class RunLock: Sendable {
    public let url: URL
    private let fd: Int32

    public static func location(in output: URL) -> URL {
        output.appendingPathComponent(".renskrift/lock")
    }

    /// Takes the lock or throws `BatchError.locked` at once, naming the holder when it wrote itself down.
    public init(url: URL) throws {
        self.url = url
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let fd = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw BatchError.lockFailed(path: url.path, reason: String(cString: strerror(errno))) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let err = errno
            let holder = Self.holder(fd)
            close(fd)
            if err == EWOULDBLOCK {
                throw BatchError.locked(output: url.deletingLastPathComponent().deletingLastPathComponent().path,
                                        holder: holder)
            }
            throw BatchError.lockFailed(path: url.path, reason: String(cString: strerror(err)))
        }
        self.fd = fd
        // Who holds it, for the message a second run prints; the lock itself is the flock, not this text.
        let note = "pid \(getpid()), started \(ISO8601DateFormatter().string(from: Date()))\n"
        _ = ftruncate(fd, 0)
        _ = note.withCString { pwrite(fd, $0, strlen($0), 0) }
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }

    private static func holder(_ fd: Int32) -> String? {
        var buffer = [UInt8](repeating: 0, count: 256)
        let n = pread(fd, &buffer, buffer.count, 0)
        guard n > 0 else { return nil }
        let text = String(decoding: buffer[0..<n], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}

extension RunLock {
    /// Who holds the lock on `output` right now, without taking it; nil when no run is going on.
    public static func currentHolder(in output: URL) -> String? {
        let path = location(in: output).path
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        if flock(fd, LOCK_SH | LOCK_NB) == 0 {
            flock(fd, LOCK_UN)
            return nil
        }
        return holder(fd) ?? "holder unknown"
    }
}
