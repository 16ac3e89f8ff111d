import Foundation
import RenskriftKit

/// What decides a document's output besides its own content: when this changes, finished documents are redone.
public struct PipelineFingerprint: Sendable, Equatable, Codable {
    /// Human-readable parts, e.g. "renskrift 0.1.0", "lang swe", "models 3f2a…".
    public var parts: [String]

    /// A short stable digest of `parts`, stored per document in the ledger.
    public var value: String { String(SHA256.hex(Data(parts.joined(separator: "\n").utf8)).prefix(16)) }

    public var description: String { parts.joined(separator: "; ") }

    public init(parts: [String]) {
        self.parts = parts
    }

    /// Output formats are left out on purpose: a new format only needs the missing files, which the ledger notices.
    public init(options: ConvertOptions, repair: Bool, modelsDirectory: URL?) {
        var parts = [
            "renskrift \(RenskriftVersion.current)",
            "json format \(Document.formatVersion)",
            "lang \(options.languages)",
            "pdf \(options.forceOCR ? "force-ocr" : "text-layer") \(options.pdfDPI) dpi",
            "images \(options.defaultImageDPI) dpi",
            "deskew \(options.preprocessor.deskew ? "on" : "off")",
            "threshold \(options.preprocessor.adaptiveThreshold ? "adaptive on gray paper" : "global")",
            "repair \(repair ? "on" : "off")",
        ]
        if let modelsDirectory {
            parts.append("models \(Self.folderDigest(modelsDirectory) ?? "absent")")
        }
        self.init(parts: parts)
    }

    /// Names and content hashes of every file under `dir` (hidden ones and Markdown aside), as one digest; nil when
    /// it is absent. Another stage's model or rules files live there, so editing or replacing one redoes the
    /// documents; the folder's notes (models/README.md) change no output, and a release that only rewrites them must
    /// not redo an archive.
    public static func folderDigest(_ dir: URL) -> String? {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue,
              let walker = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: [.isRegularFileKey],
                                                         options: [.skipsHiddenFiles])
        else { return nil }
        let base = dir.standardizedFileURL.path
        var lines: [String] = []
        for case let url as URL in walker {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                  url.pathExtension.lowercased() != "md" else { continue }
            var rel = url.standardizedFileURL.path
            if rel.hasPrefix(base + "/") { rel.removeFirst(base.count + 1) }
            let hash = (try? SHA256.hex(fileAt: url)) ?? "unreadable"
            lines.append("\(rel) \(hash)")
        }
        lines.sort()
        return String(SHA256.hex(Data(lines.joined(separator: "\n").utf8)).prefix(16))
    }
}

/// Where the model and rules files are, as the pipeline's stages find them (RenskriftKit's ModelSearchPath).
public enum ModelsLocation {
    /// The first existing folder of the stages' search path; nil when there is none (the fingerprint then
    /// records no models).
    public static func resolve(explicit: String?) -> URL? {
        ModelSearchPath.candidates(explicit: explicit).first { url in
            var isDir: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) && isDir.boolValue
        }
    }
}
