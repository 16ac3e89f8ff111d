import Foundation

/// Writes files so that readers and crashes only ever see the old file or the complete new one.
public enum AtomicFile {
    /// Temporary files carry this marker so an interrupted run's leftovers can be recognized and removed.
    public static let temporaryMarker = ".renskrift-tmp-"

    public static func write(_ data: Data, to url: URL) throws {
        let dir = url.deletingLastPathComponent()
        let tmp = dir.appendingPathComponent(".\(url.lastPathComponent)\(temporaryMarker)\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            // (open(2), not FileManager.createFile: Foundation creates that file through a temporary of its own,
            // ".dat.nosync…", which a kill at that moment leaves behind without our marker)
            let fd = open(tmp.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard fd >= 0 else {
                throw RenskriftError.writeFailed(path: url.path, reason: "cannot create a file in \(dir.path): "
                                                 + String(cString: strerror(errno)))
            }
            let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
            try handle.write(contentsOf: data)
            try handle.synchronize()
            try handle.close()
            guard rename(tmp.path, url.path) == 0 else {
                throw RenskriftError.writeFailed(path: url.path, reason: String(cString: strerror(errno)))
            }
        } catch let error as RenskriftError {
            try? FileManager.default.removeItem(at: tmp)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: tmp)
            throw RenskriftError.writeFailed(path: url.path, reason: error.localizedDescription)
        }
    }

    /// Removes temporary files left in `dir` by an interrupted run.
    public static func removeLeftovers(in dir: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return }
        for name in names where name.contains(temporaryMarker) {
            try? FileManager.default.removeItem(at: dir.appendingPathComponent(name))
        }
    }
}
