import Foundation

/// The document as Markdown: header facts, a table of people and roles, sections and agenda items.
public enum MarkdownWriter {
    public static func render(_ document: Document) -> String {
        var out: [String] = []
        guard let s = document.structure else {
            out.append("# " + inline(document.name))
            for page in document.pages {
                for block in page.blocks { out.append(block.lines.map { inline($0.text) }.joined(separator: "\n")) }
            }
            return out.joined(separator: "\n\n") + "\n"
        }
        if let org = s.metadata.organisation { out.append("*" + inline(org) + "*") }
        out.append("# " + inline(StructureLayout.heading(document)))
        var facts: [String] = []
        if let d = s.metadata.date { facts.append("- **Datum:** " + inline(d.iso ?? d.text)) }
        if let t = s.metadata.time { facts.append("- **Tid:** " + inline(t)) }
        if let p = s.metadata.place { facts.append("- **Plats:** " + inline(p)) }
        if let r = s.metadata.paragraphRange { facts.append("- **Paragrafer:** " + inline(r)) }
        if let n = s.nextMeeting { facts.append("- **Nästa möte:** " + inline(n.iso ?? n.text)) }
        if !facts.isEmpty { out.append(facts.joined(separator: "\n")) }

        if !s.people.isEmpty {
            out.append("## Personer och roller")
            var table = ["| Namn | Organisation | Titel | Roller | Närvarande |", "| --- | --- | --- | --- | --- |"]
            for p in s.people {
                let cells = [p.name, p.organisation ?? "", p.title ?? "", p.roles.map(\.rawValue).joined(separator: ", "),
                             StructureLayout.presence(p.present)]
                table.append("| " + cells.map(cell).joined(separator: " | ") + " |")
            }
            out.append(table.joined(separator: "\n"))
        }

        for part in StructureLayout.parts(s) {
            switch part {
            case .section(let sec):
                out.append("## " + inline(sec.title))
                if !sec.lines.isEmpty {
                    out.append(sec.lines.map { "- " + inline($0) }.joined(separator: "\n"))
                }
            case .item(let item):
                out.append("### " + inline(item.number + " " + item.title))
                for el in item.body { out.append(render(el)) }
                if !item.decisions.isEmpty && !StructureLayout.bodyShowsDecisions(item) {
                    out.append("**Beslut:**\n\n" + item.decisions.map { "- " + inline($0) }.joined(separator: "\n"))
                }
            }
        }
        return out.joined(separator: "\n\n") + "\n"
    }

    private static func render(_ el: BodyElement) -> String {
        switch el.kind {
        case .paragraph: return paragraph(el.text.joined(separator: " "))
        case .subheading: return "#### " + inline(el.text.joined(separator: " "))
        case .bulletList: return el.text.map { "- " + inline($0) }.joined(separator: "\n")
        case .numberedList: return el.text.enumerated().map { "\($0.offset + 1). " + inline($0.element) }.joined(separator: "\n")
        case .decision: return "> **Beslut:** " + el.text.map(inline).joined(separator: " ")
        case .reference: return "*" + el.text.map(inline).joined(separator: " ") + "*"
        }
    }

    /// Escapes what Markdown would read as inline markup.
    static func inline(_ s: String) -> String {
        var out = ""
        for c in TextTools.normalizeSpace(s) {
            if "\\`*_[]<>|#".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    /// A paragraph: inline escapes, and "1. foo" or "- foo" at its start must not become a list.
    static func paragraph(_ s: String) -> String {
        var out = inline(s)
        if let f = out.first, f == "-" || f == "+" { out = "\\" + out }
        if let dot = out.firstIndex(where: { !$0.isNumber }), dot != out.startIndex, out[dot] == "." || out[dot] == ")" {
            out.insert("\\", at: dot)
        }
        return out
    }

    private static func cell(_ s: String) -> String { inline(s) }
}
