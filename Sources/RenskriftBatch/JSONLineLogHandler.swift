import Foundation
import Logging

/// A swift-log handler that writes one JSON object per line, for log files and journald.
public struct JSONLineLogHandler: LogHandler {
    /// Serializes writes from all loggers sharing one file.
    public final class Sink: @unchecked Sendable {
        private let lock = NSLock()
        private let handle: FileHandle
        private let closeOnDeinit: Bool

        public static let standardError = Sink(handle: .standardError, closeOnDeinit: false)

        init(handle: FileHandle, closeOnDeinit: Bool) {
            self.handle = handle
            self.closeOnDeinit = closeOnDeinit
        }

        /// Appends to `url`, creating it (and its folder) when missing.
        public convenience init(appendingTo url: URL) throws {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            if !FileManager.default.fileExists(atPath: url.path) {
                _ = FileManager.default.createFile(atPath: url.path, contents: nil)
            }
            let handle = try FileHandle(forWritingTo: url)
            try handle.seekToEnd()
            self.init(handle: handle, closeOnDeinit: true)
        }

        func write(_ line: Data) {
            lock.withLock { try? handle.write(contentsOf: line) }
        }

        deinit {
            if closeOnDeinit { try? handle.close() }
        }
    }

    public var logLevel: Logger.Level
    public var metadata: Logger.Metadata = [:]
    private let label: String
    private let sink: Sink

    public init(label: String, sink: Sink, level: Logger.Level = .info) {
        self.label = label
        self.sink = sink
        self.logLevel = level
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var object: [String: Any] = [
            "time": Self.timestamp(),
            "level": event.level.rawValue,
            "logger": label,
            "message": event.message.description,
        ]
        var merged = metadata
        if let extra = event.metadata { merged.merge(extra) { $1 } }
        for (key, value) in merged where object[key] == nil {
            object[key] = Self.json(value)
        }
        guard var data = try? JSONSerialization.data(withJSONObject: object,
                                                     options: [.sortedKeys, .withoutEscapingSlashes])
        else { return }
        data.append(0x0A)
        sink.write(data)
    }

    private static func timestamp() -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f.string(from: Date())
    }

    private static func json(_ value: Logger.Metadata.Value) -> Any {
        switch value {
        case .string(let s):
            return s
        case .stringConvertible(let c):
            // Keep numbers numbers, so log tools can sum and compare them.
            if let n = c as? Int { return n }
            if let d = c as? Double { return d.isFinite ? d : String(describing: d) }
            if let b = c as? Bool { return b }
            return c.description
        case .array(let a):
            return a.map(json)
        case .dictionary(let d):
            return d.mapValues(json)
        }
    }
}
