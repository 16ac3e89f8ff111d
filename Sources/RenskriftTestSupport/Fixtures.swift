import Foundation

/// Locates the repository's fixtures, models and the shared corpus from test code.
public enum Fixtures {
    /// The repository root, found from this file's compile-time path.
    public static let root: URL = {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // RenskriftTestSupport
            .deletingLastPathComponent()  // Sources
            .deletingLastPathComponent()
    }()

    public static func url(_ relative: String) -> URL {
        root.appendingPathComponent("fixtures").appendingPathComponent(relative)
    }

    /// The shared ground-truth corpus beside the project root.
    public static var corpus: URL {
        if let env = ProcessInfo.processInfo.environment["RENSKRIFT_CORPUS"] {
            return URL(fileURLWithPath: env)
        }
        return root.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    }

    public static func text(_ relative: String) throws -> String {
        try String(contentsOf: url(relative), encoding: .utf8)
    }

    /// A fresh empty temporary directory.
    public static func temporaryDirectory(_ label: String = "renskrift-test") throws -> URL {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }
}
