import Foundation

/// The kinds of input Renskrift reads, told apart by content rather than by file name.
public enum InputFormat: String, Sendable, Codable, CaseIterable {
    case pdf, tiff, png, jpeg, text

    /// File name extensions that discovery picks up in folders.
    static let knownExtensions: Set<String> = ["pdf", "tif", "tiff", "png", "jpg", "jpeg", "txt"]

    /// Decides the format from the first bytes; `.txt` files are text when they are valid UTF-8.
    public static func detect(at url: URL) throws -> InputFormat {
        let path = url.path
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw RenskriftError.notFound(path: path)
        }
        if isDir.boolValue { throw RenskriftError.unsupportedFormat(path: path, reason: "a folder") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw RenskriftError.unreadable(path: path, reason: "permission denied")
        }
        defer { try? handle.close() }
        let head: Data
        do {
            head = try handle.read(upToCount: 4096) ?? Data()
        } catch {
            throw RenskriftError.unreadable(path: path, reason: error.localizedDescription)
        }
        if head.isEmpty { throw RenskriftError.emptyFile(path: path) }
        if let format = sniff(head) { return format }
        if url.pathExtension.lowercased() == "txt" {
            guard TextDecoding.decode(head, truncated: head.count == 4096) != nil else {
                throw RenskriftError.unsupportedFormat(path: path, reason: "a .txt file holding binary data (NUL bytes)")
            }
            return .text
        }
        let ext = url.pathExtension.lowercased()
        if ["pdf", "tif", "tiff", "png", "jpg", "jpeg"].contains(ext) {
            throw RenskriftError.corrupt(path: path, reason: "the content is not a \(ext.uppercased()) file")
        }
        throw RenskriftError.unsupportedFormat(path: path, reason: "not a PDF, TIFF, PNG, JPEG or .txt file")
    }

    static func sniff(_ head: Data) -> InputFormat? {
        let b = [UInt8](head.prefix(1024))
        func starts(_ sig: [UInt8]) -> Bool { b.count >= sig.count && Array(b.prefix(sig.count)) == sig }
        if starts([0x89, 0x50, 0x4E, 0x47]) { return .png }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if starts([0x49, 0x49, 0x2A, 0x00]) || starts([0x4D, 0x4D, 0x00, 0x2A]) { return .tiff }
        // PDF readers accept the header anywhere in the first kilobyte.
        let marker: [UInt8] = Array("%PDF-".utf8)
        if b.count >= marker.count {
            for i in 0...(b.count - marker.count) where b[i] == 0x25 && Array(b[i..<(i + marker.count)]) == marker {
                return .pdf
            }
        }
        return nil
    }
}

/// Expands files and folders into the input files to convert, in a stable order.
public enum InputDiscovery {
    /// Files are taken as given; folders are walked recursively for known extensions. Hidden files are skipped.
    /// Missing paths are returned as failures rather than thrown, so the other inputs still run.
    public static func expand(_ paths: [String]) -> (files: [URL], failures: [RenskriftError]) {
        var files: [URL] = []
        var failures: [RenskriftError] = []
        var seen = Set<String>()
        for path in paths {
            let url = URL(fileURLWithPath: path)
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) else {
                failures.append(.notFound(path: path))
                continue
            }
            if isDir.boolValue {
                for file in walk(url) where seen.insert(file.standardizedFileURL.path).inserted {
                    files.append(file)
                }
            } else if seen.insert(url.standardizedFileURL.path).inserted {
                files.append(url)
            }
        }
        return (files, failures)
    }

    static func walk(_ dir: URL) -> [URL] {
        guard let e = FileManager.default.enumerator(
            at: dir, includingPropertiesForKeys: [.isRegularFileKey],
            options: [.skipsHiddenFiles, .skipsPackageDescendants])
        else { return [] }
        var out: [URL] = []
        for case let url as URL in e {
            guard InputFormat.knownExtensions.contains(url.pathExtension.lowercased()) else { continue }
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                out.append(url)
            }
        }
        return out.sorted { $0.path < $1.path }
    }
}
