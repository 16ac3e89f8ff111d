import Foundation

/// Times the repair stage on a text, for `renskrift repair --benchmark` and scripts/bench.
public enum RepairBenchmark {
    public struct Result: Sendable, Codable {
        public var words: Int
        public var runs: Int
        public var seconds: Double
        public var wordsPerSecond: Double { seconds > 0 ? Double(words * runs) / seconds : 0 }
    }

    /// Repairs `text` `repeats` times after one warm-up; each run starts a fresh document, as in production.
    public static func run(repairer: Repairer, text: String, repeats: Int = 5) -> Result {
        _ = repairer.repair(text: text)
        let start = DispatchTime.now().uptimeNanoseconds
        var words = 0
        for _ in 0..<max(1, repeats) { words = repairer.repair(text: text).tokens }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return Result(words: words, runs: max(1, repeats), seconds: seconds)
    }
}

/// Reading text files for the repair commands, with the project's error messages.
public enum RepairIO {
    public static func read(_ path: String) throws -> String {
        guard FileManager.default.fileExists(atPath: path) else { throw RenskriftError.notFound(path: path) }
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw RenskriftError.unreadable(path: path, reason: error.localizedDescription)
        }
    }
}
