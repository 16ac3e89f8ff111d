import Foundation

/// Size, times and inode of a file: when all are unchanged the stored content hash is still good.
public struct FileStamp: Sendable, Equatable, Codable {
    public var size: Int64
    public var mtime: Double
    /// ctime cannot be set by users, so a rewrite that restores mtime still shows here.
    public var ctime: Double
    public var inode: Int64

    public init(size: Int64, mtime: Double, ctime: Double, inode: Int64) {
        self.size = size
        self.mtime = mtime
        self.ctime = ctime
        self.inode = inode
    }

    init(_ st: stat) {
        size = Int64(st.st_size)
        mtime = Double(st.st_mtim.tv_sec) + Double(st.st_mtim.tv_nsec) / 1e9
        ctime = Double(st.st_ctim.tv_sec) + Double(st.st_ctim.tv_nsec) / 1e9
        inode = Int64(bitPattern: UInt64(st.st_ino))
    }
}

/// Why a file is refused without being read; recorded as a failure with `kind` and `reason`.
public struct Rejection: Sendable, Equatable {
    public var kind: String
    public var reason: String
    /// What "changed" means for a file never read: a different link target, mode or owner.
    public var identity: String
}

/// What the scan makes of one inbox entry.
public enum InboxItemKind: Sendable, Equatable {
    /// A readable regular file, ready to hash.
    case file(FileStamp)
    /// Modified less than the settle time ago: probably still being copied in; left for a later run.
    case waiting(age: Double)
    case rejected(Rejection, FileStamp?)
}

/// One entry found in the inbox.
public struct InboxItem: Sendable, Equatable {
    /// Path relative to the inbox, with "/" between folders; the ledger key.
    public var path: String
    /// Where to read it (through a link inside the inbox, when it is one).
    public var url: URL
    public var kind: InboxItemKind
}

/// The raw facts about an inbox entry, gathered by system calls, so that classifying them needs none.
public struct FileProbe: Sendable, Equatable {
    public enum FileType: String, Sendable { case regular, directory, fifo, socket, device, missing }

    public var isSymlink = false
    /// readlink(2)'s text, for links.
    public var linkTarget: String?
    /// The fully resolved path; nil when a link dangles.
    public var resolvedPath: String?
    /// The type of what the entry (or the link's target) is.
    public var type: FileType = .missing
    public var stamp: FileStamp?
    public var mode: UInt32 = 0
    public var owner: UInt32 = 0
    /// errno of open(O_RDONLY) on a regular file; nil when it opened.
    public var openError: Int32?

    public init(isSymlink: Bool = false, linkTarget: String? = nil, resolvedPath: String? = nil,
                type: FileType = .missing, stamp: FileStamp? = nil, mode: UInt32 = 0, owner: UInt32 = 0,
                openError: Int32? = nil) {
        self.isSymlink = isSymlink
        self.linkTarget = linkTarget
        self.resolvedPath = resolvedPath
        self.type = type
        self.stamp = stamp
        self.mode = mode
        self.owner = owner
        self.openError = openError
    }

    /// Looks at `path` without following a link except to see what it points to; opens regular files only,
    /// so a FIFO never blocks the scan.
    public static func probe(_ path: String) -> FileProbe {
        var p = FileProbe()
        var ls = stat()
        guard lstat(path, &ls) == 0 else { return p }
        var st = ls
        if (ls.st_mode & S_IFMT) == S_IFLNK {
            p.isSymlink = true
            var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = buffer.withUnsafeMutableBufferPointer { b in
                b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: b.count) { readlink(path, $0, b.count - 1) }
            }
            if n >= 0 { p.linkTarget = String(decoding: buffer[0..<n], as: UTF8.self) }
            if let resolved = realpath(path, nil) {
                p.resolvedPath = String(cString: resolved)
                free(resolved)
            }
            guard p.resolvedPath != nil, stat(path, &st) == 0 else { return p }
        }
        switch st.st_mode & S_IFMT {
        case S_IFREG: p.type = .regular
        case S_IFDIR: p.type = .directory
        case S_IFIFO: p.type = .fifo
        case S_IFSOCK: p.type = .socket
        default: p.type = .device
        }
        p.stamp = FileStamp(st)
        p.mode = UInt32(st.st_mode & 0o7777)
        p.owner = UInt32(st.st_uid)
        if p.type == .regular {
            let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
            if fd < 0 { p.openError = errno } else { close(fd) }
        }
        return p
    }
}

/// Walks the inbox without following links out of it and sorts every entry into file, waiting or rejected.
public struct InboxScanner: Sendable {
    /// The inbox, fully resolved.
    public var root: URL
    /// Seconds a file must have been left alone before it is read.
    public var settle: Double
    public var now: Date

    public init(root: URL, settle: Double, now: Date = Date()) {
        self.root = root
        self.settle = settle
        self.now = now
    }

    /// Every non-hidden entry under the root, sorted by path; links to folders inside the inbox are left out
    /// because the folder itself is walked.
    public func scan() -> [InboxItem] {
        var out: [InboxItem] = []
        walk(root, relative: "", into: &out)
        return out.sorted { $0.path < $1.path }
    }

    private func walk(_ dir: URL, relative: String, into out: inout [InboxItem]) {
        var names: [String] = []
        if let handle = opendir(dir.path) {
            while let entry = readdir(handle) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
                }
                if name != "." && name != ".." { names.append(name) }
            }
            closedir(handle)
        } else {
            let reason = "the folder cannot be read (\(String(cString: strerror(errno))))"
            if !relative.isEmpty {
                out.append(InboxItem(path: relative, url: dir,
                                     kind: .rejected(Rejection(kind: "unreadable", reason: reason,
                                                               identity: "unreadable-folder"), nil)))
            }
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let url = dir.appendingPathComponent(name)
            let rel = relative.isEmpty ? name : relative + "/" + name
            let probe = FileProbe.probe(url.path)
            if probe.type == .directory && !probe.isSymlink {
                walk(url, relative: rel, into: &out)
                continue
            }
            guard let kind = classify(probe) else { continue }
            out.append(InboxItem(path: rel, url: url, kind: kind))
        }
    }

    /// Decides what an entry is from its probe alone; nil for entries that are not documents and need no record.
    public func classify(_ p: FileProbe) -> InboxItemKind? {
        if p.isSymlink {
            let target = p.linkTarget ?? "?"
            guard let resolved = p.resolvedPath, p.type != .missing else {
                return .rejected(Rejection(kind: "broken-link",
                                           reason: "symbolic link to \(target), which does not exist",
                                           identity: "link:\(target)"), nil)
            }
            let base = root.path.hasSuffix("/") ? root.path : root.path + "/"
            guard resolved.hasPrefix(base) else {
                return .rejected(Rejection(kind: "link-outside",
                                           reason: "symbolic link to \(resolved), outside the inbox (not followed)",
                                           identity: "link:\(target)"), nil)
            }
            if p.type == .directory { return nil }
        }
        switch p.type {
        case .missing, .directory:
            return nil
        case .fifo, .socket, .device:
            return .rejected(Rejection(kind: "special", reason: "not a regular file (a \(p.type.rawValue))",
                                       identity: "special:\(p.type.rawValue)"), p.stamp)
        case .regular:
            break
        }
        guard let stamp = p.stamp else { return nil }
        if let err = p.openError {
            // Mode and owner are the identity: fixing the permissions is a change, so the file is tried again.
            return .rejected(Rejection(kind: "unreadable", reason: "cannot be read (\(String(cString: strerror(err))))",
                                       identity: String(format: "unreadable:%o:%u", p.mode, p.owner)), stamp)
        }
        let age = now.timeIntervalSince1970 - stamp.mtime
        if age >= 0 && age < settle { return .waiting(age: age) }
        return .file(stamp)
    }
}
