import Foundation

/// The one place that decides where `models/` (repair lexicon, rules, structure vocabulary, PDF resources)
/// is looked for, so that every stage of a run reads the same files.
public enum ModelSearchPath {
    /// Folders to try, in order: the explicit folder alone when given; else $RENSKRIFT_MODELS alone when set;
    /// else `models/` (or `share/renskrift/models/`) beside the executable or up to eight folders above it,
    /// then the source tree this library was built from (development builds and tests).
    public static func candidates(explicit: String? = nil,
                                  environment: [String: String] = ProcessInfo.processInfo.environment,
                                  executable: URL? = Bundle.main.executableURL) -> [URL] {
        if let explicit { return [URL(fileURLWithPath: explicit)] }
        if let env = environment["RENSKRIFT_MODELS"], !env.isEmpty { return [URL(fileURLWithPath: env)] }
        var dirs: [URL] = []
        if var dir = executable?.resolvingSymlinksInPath().deletingLastPathComponent() {
            for _ in 0..<8 {
                dirs.append(dir.appendingPathComponent("models"))
                dirs.append(dir.appendingPathComponent("share/renskrift/models"))
                let up = dir.deletingLastPathComponent()
                if up.path == dir.path { break }
                dir = up
            }
        }
        let source = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        dirs.append(source.appendingPathComponent("models"))
        return dirs
    }

    /// The first candidate folder that holds `file`, or nil.
    public static func folder(holding file: String, explicit: String? = nil) -> URL? {
        candidates(explicit: explicit).first {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent(file).path)
        }
    }
}
