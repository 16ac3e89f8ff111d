import Foundation

/// Everything that can go wrong in RenskriftKit, with the file it concerns and a reason fit for one line.
public enum RenskriftError: Error, LocalizedError, Sendable, Equatable {
    case notFound(path: String)
    case unreadable(path: String, reason: String)
    case emptyFile(path: String)
    case unsupportedFormat(path: String, reason: String)
    case corrupt(path: String, reason: String)
    case encryptedPDF(path: String)
    case imageTooLarge(path: String, width: Int, height: Int, limit: Int)
    case languageDataMissing(language: String, package: String, searched: String)
    case ocrFailed(path: String, page: Int, reason: String)
    case writeFailed(path: String, reason: String)
    case modelMissing(reason: String)
    case invalidModel(path: String, reason: String)
    case invalidRules(path: String, reason: String)
    case invalidArgument(String)

    /// The file the error concerns, if any.
    public var path: String? {
        switch self {
        case .notFound(let p), .unreadable(let p, _), .emptyFile(let p), .unsupportedFormat(let p, _),
             .corrupt(let p, _), .encryptedPDF(let p), .imageTooLarge(let p, _, _, _), .ocrFailed(let p, _, _),
             .writeFailed(let p, _), .invalidModel(let p, _), .invalidRules(let p, _):
            return p
        case .languageDataMissing, .modelMissing, .invalidArgument:
            return nil
        }
    }

    /// The reason alone, without the path, always on one line (library messages such as YAML parser
    /// errors can span several).
    public var reason: String {
        rawReason.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    private var rawReason: String {
        switch self {
        case .notFound: return "no such file or folder"
        case .unreadable(_, let r): return "cannot be read (\(r))"
        case .emptyFile: return "the file is empty (0 bytes)"
        case .unsupportedFormat(_, let r): return "unsupported format: \(r)"
        case .corrupt(_, let r): return "damaged file: \(r)"
        case .encryptedPDF: return "the PDF is encrypted and cannot be opened without a password"
        case .imageTooLarge(_, let w, let h, let limit):
            return "image of \(w)×\(h) pixels exceeds the limit of \(limit / 1_000_000) megapixels"
        case .languageDataMissing(let lang, let package, let searched):
            return "Tesseract language data '\(lang)' is not installed (looked in \(searched)); install it with: apt-get install \(package)"
        case .ocrFailed(_, let page, let r): return "OCR failed on page \(page): \(r)"
        case .writeFailed(_, let r): return "cannot write output: \(r)"
        case .modelMissing(let r): return r
        case .invalidModel(_, let r): return "invalid model: \(r)"
        case .invalidRules(_, let r): return "invalid rules file: \(r)"
        case .invalidArgument(let r): return r
        }
    }

    public var errorDescription: String? {
        if let path { return "\(path): \(reason)" }
        return reason
    }
}
