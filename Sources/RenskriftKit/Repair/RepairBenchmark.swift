import Foundation

/// Times the repair stage on a text, for `renskrift repair --benchmark` and scripts/bench.
public enum RepairBenchmark {
    public struct Result: Sendable, Codable {
        public var words: Int
        public var runs: Int
        public var seconds: Double
        /// Each run's time: on a shared machine a run is now and then slowed by others, which the median ignores.
        public var runSeconds: [Double]
        public var wordsPerSecond: Double { seconds > 0 ? Double(words * runs) / seconds : 0 }
        /// Words per second of the median run.
        public var medianWordsPerSecond: Double {
            let sorted = runSeconds.sorted()
            guard !sorted.isEmpty else { return 0 }
            let mid = sorted.count / 2
            let t = sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
            return t > 0 ? Double(words) / t : 0
        }
    }

    /// Repairs `text` `repeats` times after one warm-up; each run starts a fresh document, as in production.
    public static func run(repairer: Repairer, text: String, repeats: Int = 5) -> Result {
        run(repairer: repairer, documents: [text], repeats: repeats)
    }

    /// Repairs each of `documents` as a document of its own, `repeats` times after one warm-up: a run is one pass
    /// over them all, as a batch of files is repaired (each file's words decide its own channel and noise).
    public static func run(repairer: Repairer, documents: [String], repeats: Int = 5) -> Result {
        for d in documents { _ = repairer.repair(text: d) }
        var words = 0
        var times: [Double] = []
        for _ in 0..<max(1, repeats) {
            let start = DispatchTime.now().uptimeNanoseconds
            words = documents.reduce(0) { $0 + repairer.repair(text: $1).tokens }
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return Result(words: words, runs: times.count, seconds: times.reduce(0, +), runSeconds: times)
    }
}

/// Reading text files for the repair commands, with the project's error messages.
public enum RepairIO {
    public static func read(_ path: String) throws -> String {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw RenskriftError.notFound(path: path) }
        // (as `InputFormat.detect` words it; Foundation's own error for reading a folder names no reason)
        if isDir.boolValue { throw RenskriftError.unsupportedFormat(path: path, reason: "a folder") }
        // (UTF-8, UTF-16 with a mark, or the Windows-1252 older OCR software wrote)
        return try TextDecoding.readFile(URL(fileURLWithPath: path))
    }
}
