import Foundation

/// The files `convert` can write for each document.
public enum OutputFormat: String, Sendable, CaseIterable, Codable {
    case txt, json, md, html
    /// Archive outputs: ALTO 4 XML, a searchable PDF (PDF/A-2b) and an HTML review page.
    case alto, pdf, review

    public var fileExtension: String {
        switch self {
        case .alto: return "alto.xml"
        case .review: return "review.html"
        default: return rawValue
        }
    }

    /// Parses a comma-separated list such as "json,md,html".
    public static func parseList(_ list: String) throws -> [OutputFormat] {
        var out: [OutputFormat] = []
        for part in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) where !part.isEmpty {
            guard let f = OutputFormat(rawValue: part == "text" ? "txt" : part == "markdown" ? "md" : part) else {
                let known = OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")
                throw RenskriftError.invalidArgument("unknown output format '\(part)' (known: \(known))")
            }
            if !out.contains(f) { out.append(f) }
        }
        return out
    }

    /// The document rendered in this format.
    public func render(_ document: Document) throws -> Data {
        switch self {
        case .txt: return Data(TextWriter.render(document).utf8)
        case .json: return try JSONWriter.encode(document)
        case .md: return Data(MarkdownWriter.render(document).utf8)
        case .html: return Data(HTMLWriter.render(document).utf8)
        case .alto: return Data(ALTOWriter.render(document).utf8)
        case .pdf: return try SearchablePDFWriter.render(document)
        case .review: return Data(try ReviewPageWriter.render(document).utf8)
        }
    }
}

/// Plain text in reading order, paragraphs separated by blank lines.
public enum TextWriter {
    public static func render(_ document: Document) -> String {
        let text = document.text
        return text.isEmpty ? "" : text + "\n"
    }
}

/// The full document model as JSON (pages → blocks → lines → words, with repairs and structure).
public enum JSONWriter {
    public static func encoder() -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return e
    }

    public static func encode(_ document: Document) throws -> Data {
        var data = try encoder().encode(document)
        data.append(0x0A)
        return data
    }

    public static func decode(_ data: Data) throws -> Document {
        try JSONDecoder().decode(Document.self, from: data)
    }
}
