import Foundation

/// Escaping for XML and HTML text and attribute values.
public enum XMLText {
    /// Escapes `&`, `<`, `>`, `"` and `'`, and drops the control characters XML 1.0 does not allow.
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                // OCR output occasionally carries stray control bytes; one would make the whole file ill-formed.
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// Number formatting for file formats that must never see exponents or locale separators.
enum ArchiveNumber {
    /// `x` with at most `digits` decimals, trailing zeros removed ("12", "0.5", "-3.25").
    static func decimal(_ x: Double, digits: Int = 3) -> String {
        guard x.isFinite else { return "0" }
        var s = String(format: "%.\(digits)f", x)
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        return s == "-0" ? "0" : s
    }
}

/// Small files the archive writers need at run time, found beside the models.
enum ArchiveResources {
    /// Tesseract's glyph-less font: one empty glyph, so invisible text adds no visible marks.
    static let glyphlessFontName = "pdf.ttf"
    /// The ICC profile for the PDF/A output intent.
    static let sRGBProfileName = "sRGB.icc"

    /// Places searched, in order: the model folders (`ModelSearchPath`), then the Debian packages that
    /// ship the same files.
    static func searchLocations(for name: String) -> [URL] {
        var dirs = ModelSearchPath.candidates()
        switch name {
        case glyphlessFontName:
            dirs.append(URL(fileURLWithPath: "/usr/share/tesseract-ocr/5/tessdata"))
            dirs.append(URL(fileURLWithPath: "/usr/share/tesseract-ocr/4.00/tessdata"))
        case sRGBProfileName:
            dirs.append(URL(fileURLWithPath: "/usr/share/color/icc"))  // icc-profiles-free
            dirs.append(URL(fileURLWithPath: "/usr/share/color/icc/colord"))  // colord
        default:
            break
        }
        return dirs.map { $0.appendingPathComponent(name) }
    }

    /// The contents of the first copy of `name` found, or `modelMissing` naming every place looked at.
    static func load(_ name: String) throws -> Data {
        let candidates = searchLocations(for: name)
        for url in candidates where FileManager.default.isReadableFile(atPath: url.path) {
            if let data = try? Data(contentsOf: url), !data.isEmpty { return data }
        }
        throw RenskriftError.modelMissing(
            reason: "\(name) not found (looked in \(candidates.map(\.path).joined(separator: ", "))); "
                + "it ships in models/ of the source tree")
    }

    static let glyphlessFont: Result<Data, RenskriftError> = loadOnce(glyphlessFontName)
    static let sRGBProfile: Result<Data, RenskriftError> = loadOnce(sRGBProfileName)

    private static func loadOnce(_ name: String) -> Result<Data, RenskriftError> {
        do { return .success(try load(name)) } catch let e as RenskriftError { return .failure(e) } catch {
            return .failure(.modelMissing(reason: "\(name): \(error.localizedDescription)"))
        }
    }
}

extension Provenance {
    /// The document's main language as a BCP 47 tag, from the first Tesseract language ("swe+eng" → "sv");
    /// nil when it is unknown.
    var languageTag: String? {
        guard let first = languages?.split(separator: "+").first else { return nil }
        let tags = ["swe": "sv", "eng": "en", "fin": "fi", "nor": "no", "dan": "da", "deu": "de", "fra": "fr"]
        return tags[String(first)]
    }
}

extension Word {
    /// Confidence below which the review page marks a word for a second look.
    static let lowConfidence = 60.0

    var isLowConfidence: Bool { (confidence ?? 100) < Self.lowConfidence }
}
