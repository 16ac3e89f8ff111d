import Foundation

/// The document as one self-contained, semantic HTML page in Swedish, readable on screen and in print.
public enum HTMLWriter {
    public static func render(_ document: Document) -> String {
        let title = StructureLayout.heading(document)
        var h: [String] = []
        h.append("<!DOCTYPE html>")
        h.append("<html lang=\"sv\">")
        h.append("<head>")
        h.append("<meta charset=\"utf-8\">")
        h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        h.append("<meta name=\"generator\" content=\"\(esc(document.provenance.software)) \(esc(document.provenance.softwareVersion))\">")
        h.append("<title>\(esc(title))</title>")
        h.append("<style>\n\(css)\n</style>")
        h.append("</head>")
        h.append("<body>")
        if let s = document.structure {
            body(s, document: document, into: &h)
        } else {
            h.append("<header><h1>\(esc(title))</h1></header>")
            h.append("<main>")
            for page in document.pages {
                for block in page.blocks {
                    h.append("<p>" + block.lines.map { esc($0.text) }.joined(separator: "<br>") + "</p>")
                }
            }
            h.append("</main>")
        }
        h.append("<footer><p>Källa: \(esc(document.sourcePath.isEmpty ? document.name : document.sourcePath))</p></footer>")
        h.append("</body>")
        h.append("</html>")
        return h.joined(separator: "\n") + "\n"
    }

    private static func body(_ s: MeetingStructure, document: Document, into h: inout [String]) {
        h.append("<header>")
        if let org = s.metadata.organisation { h.append("<p class=\"organisation\">\(esc(org))</p>") }
        h.append("<h1>\(esc(StructureLayout.heading(document)))</h1>")
        var facts: [(String, String)] = []
        if let d = s.metadata.date { facts.append(("Datum", time(d))) }
        if let t = s.metadata.time { facts.append(("Tid", esc(t))) }
        if let p = s.metadata.place { facts.append(("Plats", esc(p))) }
        if let r = s.metadata.paragraphRange { facts.append(("Paragrafer", esc(r))) }
        if let n = s.nextMeeting { facts.append(("Nästa möte", time(n))) }
        if !facts.isEmpty {
            h.append("<dl class=\"meta\">")
            for (k, v) in facts { h.append("<dt>\(k)</dt><dd>\(v)</dd>") }
            h.append("</dl>")
        }
        h.append("</header>")
        h.append("<main>")
        if !s.people.isEmpty {
            h.append("<section class=\"people\" aria-labelledby=\"people-heading\">")
            h.append("<h2 id=\"people-heading\">Personer och roller</h2>")
            h.append("<table>")
            h.append("<thead><tr><th scope=\"col\">Namn</th><th scope=\"col\">Organisation</th><th scope=\"col\">Titel</th><th scope=\"col\">Roller</th><th scope=\"col\">Närvarande</th></tr></thead>")
            h.append("<tbody>")
            for p in s.people {
                let roles = p.roles.map(\.rawValue).joined(separator: ", ")
                h.append("<tr\(source(p.source.first))><th scope=\"row\">\(esc(p.name))</th><td>\(esc(p.organisation ?? ""))</td><td>\(esc(p.title ?? ""))</td><td>\(esc(roles))</td><td>\(StructureLayout.presence(p.present))</td></tr>")
            }
            h.append("</tbody>")
            h.append("</table>")
            h.append("</section>")
        }
        var n = 0
        for part in StructureLayout.parts(s) {
            n += 1
            switch part {
            case .section(let sec):
                h.append("<section id=\"s\(n)\" class=\"section\"\(source(sec.source))>")
                h.append("<h2>\(esc(sec.title))</h2>")
                if !sec.lines.isEmpty {
                    h.append("<ul class=\"lines\">")
                    for l in sec.lines { h.append("<li>\(esc(l))</li>") }
                    h.append("</ul>")
                }
                h.append("</section>")
            case .item(let item):
                h.append("<article id=\"p\(n)\" class=\"item\"\(source(item.source))>")
                h.append("<h3><span class=\"number\">\(esc(item.number))</span> \(esc(item.title))</h3>")
                for el in item.body { h.append(render(el)) }
                if !item.decisions.isEmpty && !StructureLayout.bodyShowsDecisions(item) {
                    h.append("<section class=\"decisions\"><h4>Beslut</h4><ul>")
                    for d in item.decisions { h.append("<li>\(esc(d))</li>") }
                    h.append("</ul></section>")
                }
                h.append("</article>")
            }
        }
        h.append("</main>")
    }

    private static func render(_ el: BodyElement) -> String {
        let src = source(el.source.first)
        switch el.kind {
        case .paragraph: return "<p\(src)>\(esc(el.text.joined(separator: " ")))</p>"
        case .subheading: return "<h4\(src)>\(esc(el.text.joined(separator: " ")))</h4>"
        case .bulletList: return "<ul\(src)>" + el.text.map { "<li>\(esc($0))</li>" }.joined() + "</ul>"
        case .numberedList: return "<ol\(src)>" + el.text.map { "<li>\(esc($0))</li>" }.joined() + "</ol>"
        case .decision: return "<p class=\"decision\"\(src)><strong>Beslut:</strong> \(esc(el.text.joined(separator: " ")))</p>"
        case .reference: return "<p class=\"reference\"\(src)>\(esc(el.text.joined(separator: " ")))</p>"
        }
    }

    private static func time(_ d: DateMention) -> String {
        if let iso = d.iso { return "<time datetime=\"\(esc(iso))\">\(esc(d.text))</time>" }
        return esc(d.text)
    }

    /// Where an element came from, for tools that link back to the scan.
    private static func source(_ ref: SourceRef?) -> String {
        guard let r = ref else { return "" }
        var s = " data-page=\"\(r.page)\" data-block=\"\(r.block)\" data-line=\"\(r.line)\""
        if let b = r.box { s += " data-box=\"\(b.x),\(b.y),\(b.width),\(b.height)\"" }
        return s
    }

    static func esc(_ s: String) -> String { XMLText.escape(s) }

    static let css = """
    :root { color-scheme: light; }
    body { font-family: Georgia, "Times New Roman", serif; line-height: 1.5; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #111; background: #fff; }
    header { border-bottom: 2px solid #333; margin-bottom: 1.5rem; }
    .organisation { text-transform: uppercase; letter-spacing: 0.05em; font-size: 0.9rem; margin: 0; }
    h1 { margin: 0.2rem 0 0.6rem; }
    dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
    dl.meta dt { font-weight: bold; }
    dl.meta dd { margin: 0; }
    table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
    th, td { border: 1px solid #bbb; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
    thead th { background: #eee; }
    tbody th { font-weight: normal; }
    article.item { margin: 1.5rem 0; }
    article.item h3 .number { font-variant-numeric: tabular-nums; margin-right: 0.4rem; }
    .decision, .decisions { border-left: 4px solid #2a6; padding-left: 0.8rem; }
    .reference { font-style: italic; }
    ul.lines { list-style: none; padding-left: 0; }
    footer { border-top: 1px solid #ccc; margin-top: 2rem; font-size: 0.8rem; color: #555; }
    @media print {
      body { max-width: none; margin: 0; font-size: 11pt; }
      header, article.item, section { break-inside: avoid-page; }
      h2, h3, h4 { break-after: avoid-page; }
      thead { display: table-header-group; }
      tr { break-inside: avoid; }
      a { color: inherit; text-decoration: none; }
    }
    @page { margin: 2cm; }
    """
}
