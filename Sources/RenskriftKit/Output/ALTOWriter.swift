import Foundation

/// ALTO 4.4 XML: pages, text blocks, lines and words in page pixels, with the raw OCR reading of every
/// repaired word kept as an ALTERNATIVE.
public enum ALTOWriter {
    public static let namespace = "http://www.loc.gov/standards/alto/ns-v4#"
    public static let schemaLocation = "http://www.loc.gov/alto/v4/alto-4-4.xsd"

    /// Renders `document`; `date` is recorded as the processing time.
    public static func render(_ document: Document, date: Date = Date()) -> String {
        var x = XMLBuilder()
        x.line(#"<?xml version="1.0" encoding="UTF-8"?>"#)
        x.open("alto", [
            ("xmlns", namespace),
            ("xmlns:xlink", "http://www.w3.org/1999/xlink"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ("xsi:schemaLocation", "\(namespace) \(schemaLocation)"),
            ("SCHEMAVERSION", "4.4"),
        ])
        let rules = ruleTags(document)
        let repaired = rules.isEmpty == false || document.provenance.model != nil || document.provenance.rules != nil
        description(&x, document, date: date, repaired: repaired)
        if !rules.isEmpty {
            x.open("Tags")
            for (rule, id) in rules {
                x.empty("OtherTag", [("ID", id), ("TYPE", "correction-rule"), ("LABEL", rule),
                                     ("DESCRIPTION", "Renskrift repair rule that changed the word")])
            }
            x.close("Tags")
        }
        let lang = document.provenance.languageTag.map { [("LANG", $0)] } ?? []
        x.open("Layout")
        for page in document.pages {
            let pid = "P\(page.number)"
            var attributes: [(String, String)] = [("ID", pid), ("PHYSICAL_IMG_NR", "\(page.number)")]
            if page.width > 0 && page.height > 0 {
                attributes += [("WIDTH", "\(page.width)"), ("HEIGHT", "\(page.height)")]
            }
            if let mean = page.meanConfidence { attributes.append(("PC", ArchiveNumber.decimal(clamp(mean / 100), digits: 4))) }
            x.open("Page", attributes)
            var space: [(String, String)] = [("ID", "\(pid)_PS")]
            if page.width > 0 && page.height > 0 {
                space += [("HPOS", "0"), ("VPOS", "0"), ("WIDTH", "\(page.width)"), ("HEIGHT", "\(page.height)")]
            }
            x.open("PrintSpace", space)
            for (b, block) in page.blocks.enumerated() {
                let bid = "\(pid)_B\(b + 1)"
                x.open("TextBlock", [("ID", bid)] + position(block.box) + lang)
                for (l, line) in block.lines.enumerated() {
                    // a speck that repair removed has no text to carry; its correction stays in the JSON
                    let words = line.words.enumerated().filter { !$0.element.text.isEmpty }
                    if words.isEmpty { continue }
                    let lid = "\(bid)_L\(l + 1)"
                    x.open("TextLine", [("ID", lid)] + position(line.box))
                    for (i, (w, word)) in words.enumerated() {
                        string(&x, word, id: "\(lid)_W\(w + 1)", rules: rules)
                        if i + 1 < words.count {
                            x.empty("SP", gap(word.box, words[i + 1].element.box))
                        }
                    }
                    x.close("TextLine")
                }
                x.close("TextBlock")
            }
            x.close("PrintSpace")
            x.close("Page")
        }
        x.close("Layout")
        x.close("alto")
        return x.text
    }

    private static func description(_ x: inout XMLBuilder, _ document: Document, date: Date, repaired: Bool) {
        let p = document.provenance
        let when = ISO8601DateFormatter.string(from: date, timeZone: TimeZone(identifier: "UTC")!,
                                               formatOptions: [.withInternetDateTime])
        x.open("Description")
        x.leaf("MeasurementUnit", "pixel")
        x.open("sourceImageInformation")
        x.leaf("fileName", URL(fileURLWithPath: document.sourcePath).lastPathComponent)
        x.close("sourceImageInformation")
        x.open("Processing", [("ID", "OCR")])
        x.leaf("processingCategory", "contentGeneration")
        x.leaf("processingDateTime", when)
        let engine = [p.ocrEngine, p.languages.map { "languages \($0)" }].compactMap { $0 }.joined(separator: ", ")
        x.leaf("processingStepDescription", "Text recognition" + (engine.isEmpty ? "" : " (\(engine))"))
        software(&x, p, detail: p.ocrEngine.map { "OCR engine \($0)" })
        x.close("Processing")
        if repaired {
            x.open("Processing", [("ID", "REPAIR")])
            x.leaf("processingCategory", "contentModification")
            x.leaf("processingDateTime", when)
            x.leaf("processingStepDescription", "Swedish spelling and diacritics repair; the OCR reading is kept as ALTERNATIVE")
            let settings = [p.model.map { "model \($0)" }, p.rules.map { "rules \($0)" }].compactMap { $0 }
            if !settings.isEmpty { x.leaf("processingStepSettings", settings.joined(separator: "; ")) }
            software(&x, p, detail: settings.isEmpty ? nil : settings.joined(separator: "; "))
            x.close("Processing")
        }
        x.close("Description")
    }

    private static func software(_ x: inout XMLBuilder, _ p: Provenance, detail: String?) {
        x.open("processingSoftware")
        x.leaf("softwareName", p.software)
        x.leaf("softwareVersion", p.softwareVersion)
        if let detail { x.leaf("applicationDescription", detail) }
        x.close("processingSoftware")
    }

    private static func string(_ x: inout XMLBuilder, _ word: Word, id: String, rules: [(String, String)]) {
        var attributes: [(String, String)] = [("ID", id)] + position(word.box) + [("CONTENT", word.text)]
        if let c = word.confidence { attributes.append(("WC", ArchiveNumber.decimal(clamp(c / 100), digits: 4))) }
        guard let correction = word.correction else {
            x.empty("String", attributes)
            return
        }
        attributes.append(("PROCESSINGREFS", "REPAIR"))
        if let tag = rules.first(where: { $0.0 == correction.rule })?.1 { attributes.append(("TAGREFS", tag)) }
        x.open("String", attributes)
        x.leaf("ALTERNATIVE", correction.original, [("PURPOSE", "OCR")])
        x.close("String")
    }

    /// One tag per correction rule used, with an ID fit for xsd:ID.
    private static func ruleTags(_ document: Document) -> [(String, String)] {
        var seen: [String] = []
        for word in document.words {
            if let rule = word.correction?.rule, !seen.contains(rule) { seen.append(rule) }
        }
        return seen.enumerated().map { i, rule in
            let safe = String(rule.unicodeScalars.map {
                ($0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_")) ? Character($0) : "_"
            })
            return (rule, "RULE\(i + 1)_\(safe)")
        }
    }

    private static func position(_ box: BoundingBox?) -> [(String, String)] {
        guard let box else { return [] }
        return [("HPOS", "\(box.x)"), ("VPOS", "\(box.y)"), ("WIDTH", "\(box.width)"), ("HEIGHT", "\(box.height)")]
    }

    private static func gap(_ a: BoundingBox?, _ b: BoundingBox?) -> [(String, String)] {
        guard let a, let b, b.x > a.maxX else { return [] }
        return [("HPOS", "\(a.maxX)"), ("VPOS", "\(min(a.y, b.y))"), ("WIDTH", "\(b.x - a.maxX)")]
    }

    private static func clamp(_ v: Double) -> Double { min(1, max(0, v)) }
}

/// Indented XML text, built element by element with escaped values.
struct XMLBuilder {
    private(set) var text = ""
    private var depth = 0

    mutating func line(_ s: String) { text += String(repeating: "  ", count: depth) + s + "\n" }

    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        line("<\(name)\(Self.attributes(attributes))>")
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        line("</\(name)>")
    }

    mutating func empty(_ name: String, _ attributes: [(String, String)] = []) {
        line("<\(name)\(Self.attributes(attributes))/>")
    }

    mutating func leaf(_ name: String, _ value: String, _ attributes: [(String, String)] = []) {
        line("<\(name)\(Self.attributes(attributes))>\(XMLText.escape(value))</\(name)>")
    }

    static func attributes(_ list: [(String, String)]) -> String {
        list.map { " \($0.0)=\"\(XMLText.escape($0.1))\"" }.joined()
    }
}
