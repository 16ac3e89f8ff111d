import Foundation

/// A self-contained HTML review page: each page image with its text beside it, every correction and
/// every low-confidence word marked, and a click on a word showing its box on the image.
public enum ReviewPageWriter {
    /// Page images wider than this are scaled down, which keeps the file near 200 KB a page.
    public static let maxImageWidth = 1400

    /// The review page among a document's output files (names such as "NAME.review.html"), for reports to link.
    public static func reviewOutput(in outputs: [String]) -> String? {
        outputs.first { $0.hasSuffix("." + OutputFormat.review.fileExtension) }
    }

    public static func render(_ document: Document) throws -> String {
        let sources = try SourcePages(document)
        let words = document.words
        let corrections = words.filter { $0.correction != nil }.count
        let low = words.filter(\.isLowConfidence).count
        let e = XMLText.escape
        var h = """
            <!DOCTYPE html>
            <html lang="sv">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="\(e(document.provenance.software)) \(e(document.provenance.softwareVersion))">
            <title>Granskning: \(e(document.name))</title>
            <style>\(style)</style>
            </head>
            <body>
            <header>
            <h1>\(e(document.name))</h1>
            <p class="summary">Källa: <code>\(e(URL(fileURLWithPath: document.sourcePath).lastPathComponent))</code> ·
             <span id="count-pages">\(document.pages.count)</span> sid\(document.pages.count == 1 ? "a" : "or") ·
             <span id="count-words">\(words.count)</span> ord ·
             <span id="count-corrections">\(corrections)</span> rättelse\(corrections == 1 ? "" : "r") ·
             <span id="count-low">\(low)</span> med låg säkerhet</p>
            <p class="legend"><span class="w corr">rättat ord</span> <span class="w low">låg säkerhet (under \(Int(Word.lowConfidence)))</span>
             Klicka på ett ord för att se var det står på sidan.</p>
            <p class="provenance">\(e(provenanceLine(document.provenance)))</p>
            </header>
            <main>

            """
        for page in document.pages {
            h += try section(page, sources: sources)
        }
        h += """
            </main>
            <script>\(script)</script>
            </body>
            </html>

            """
        return h
    }

    private static func section(_ page: Page, sources: SourcePages) throws -> String {
        let e = XMLText.escape
        let pid = "p\(page.number)"
        var h = "<section class=\"page\" id=\"page-\(page.number)\" data-page=\"\(page.number)\">\n"
        var title = "Sida \(page.number)"
        if let mean = page.meanConfidence { title += " · medelsäkerhet \(Int(mean.rounded()))" }
        h += "<h2>\(e(title))</h2>\n<div class=\"sheet\">\n<div class=\"scan-col\">\n"
        if sources.hasImages, page.width > 0, page.height > 0 {
            let image = try sources.displayImage(for: page, maxWidth: maxImageWidth)
            h += "<div class=\"scan\">\n<img src=\"data:image/jpeg;base64,\(image.jpeg.base64EncodedString())\" "
            h += "width=\"\(image.width)\" height=\"\(image.height)\" alt=\"Sida \(page.number) som skannad\">\n"
            for (id, word) in identified(page, pid) {
                guard let box = word.box else { continue }
                h += "<div class=\"box\(marks(word))\" id=\"box-\(id)\" data-id=\"\(id)\" style=\""
                h += "left:\(percent(box.x, page.width));top:\(percent(box.y, page.height));"
                h += "width:\(percent(box.width, page.width));height:\(percent(box.height, page.height))\""
                h += " title=\"\(e(tooltip(word)))\"></div>\n"
            }
            h += "</div>\n"
        } else {
            h += "<p class=\"noimage\">Ingen sidbild: texten kom från en textfil.</p>\n"
        }
        var index = 0
        var listed: [(String, Word)] = []
        var text = ""
        for block in page.blocks {
            text += "<p class=\"block\">"
            for line in block.lines {
                // Each scanned line stays one line here; a wrapped remainder is indented, not run on.
                text += "<span class=\"line\">"
                for (w, word) in line.words.enumerated() {
                    index += 1
                    let id = "\(pid)-w\(index)"
                    if w > 0 { text += " " }
                    text += "<span class=\"w\(marks(word))\" data-id=\"\(id)\""
                    if word.correction != nil || word.isLowConfidence { text += " title=\"\(e(tooltip(word)))\"" }
                    text += ">\(e(word.text))</span>"
                    if word.correction != nil { listed.append((id, word)) }
                }
                text += "</span>\n"
            }
            text += "</p>\n"
        }
        // The list comes first: it is what a reviewer works through, and a click on an entry shows the
        // word in the text below and on the image.
        h += "</div>\n<div class=\"text-col\">\n<aside class=\"corrections\">\n"
        h += "<h3>Rättelser på sidan \(page.number)</h3>\n"
        if listed.isEmpty {
            h += "<p class=\"none\">Inga rättelser.</p>\n"
        } else {
            h += "<table>\n<thead><tr><th>OCR</th><th></th><th>Rättat</th><th>Poäng</th><th>Regel</th></tr></thead>\n<tbody>\n"
            for (id, word) in listed {
                let c = word.correction!
                h += "<tr class=\"correction\" data-id=\"\(id)\"><td><del>\(e(c.original))</del></td><td>→</td>"
                h += "<td><ins>\(e(c.replacement))</ins></td><td class=\"num\">\(String(format: "%.2f", c.score))</td>"
                h += "<td>\(e(c.rule))</td></tr>\n"
            }
            h += "</tbody>\n</table>\n"
        }
        h += "</aside>\n<div class=\"text\">\n\(text)</div>\n"
        h += "</div>\n</div>\n</section>\n"
        return h
    }

    /// The page's words with the same IDs the text column gives them.
    private static func identified(_ page: Page, _ pid: String) -> [(String, Word)] {
        let words = page.blocks.flatMap { $0.lines.flatMap(\.words) }
        return words.enumerated().map { ("\(pid)-w\($0.offset + 1)", $0.element) }
    }

    private static func marks(_ word: Word) -> String {
        (word.correction != nil ? " corr" : "") + (word.isLowConfidence ? " low" : "")
    }

    private static func tooltip(_ word: Word) -> String {
        var parts: [String] = []
        if let c = word.correction {
            parts.append("OCR: \(c.original) → \(c.replacement) (poäng \(String(format: "%.2f", c.score)), regel \(c.rule))")
        }
        if let conf = word.confidence { parts.append("säkerhet \(Int(conf.rounded()))") }
        return parts.isEmpty ? word.text : parts.joined(separator: "; ")
    }

    private static func percent(_ v: Int, _ total: Int) -> String {
        ArchiveNumber.decimal(Double(v) * 100 / Double(max(1, total)), digits: 3) + "%"
    }

    private static func provenanceLine(_ p: Provenance) -> String {
        var parts = ["\(p.software) \(p.softwareVersion)"]
        if let ocr = p.ocrEngine { parts.append("OCR \(ocr)\(p.languages.map { " (\($0))" } ?? "")") }
        if let model = p.model { parts.append("modell \(model)") }
        if let rules = p.rules { parts.append("regler \(rules)") }
        return parts.joined(separator: " · ")
    }

    static let style = """
        :root{--corr:#c2410c;--corr-bg:#ffedd5;--low:#7c3aed;--low-bg:#ede9fe;--active:#0284c7}
        *{box-sizing:border-box}
        body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1f2937;background:#f3f4f6}
        header{padding:12px 20px;background:#fff;border-bottom:1px solid #d1d5db}
        h1{margin:0 0 4px;font-size:20px}
        header p{margin:2px 0}
        .provenance{color:#6b7280;font-size:13px}
        .page{margin:16px 20px;background:#fff;border:1px solid #d1d5db;border-radius:6px;padding:8px 16px 16px}
        h2{font-size:17px;margin:4px 0 10px}
        .sheet{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:20px;align-items:start}
        .scan-col{position:sticky;top:8px}
        .scan{position:relative;display:inline-block;max-width:100%;line-height:0;box-shadow:0 0 0 1px #9ca3af}
        .scan img{display:block;max-width:100%;max-height:calc(100vh - 24px);width:auto;height:auto}
        .box{position:absolute;cursor:pointer;border-radius:1px}
        .box.corr{background:rgba(234,88,12,.22);outline:1px solid rgba(194,65,12,.75)}
        .box.low{background:rgba(124,58,237,.16)}
        .box.corr.low{background:rgba(234,88,12,.22)}
        .box.active{outline:3px solid var(--active);background:rgba(2,132,199,.18);z-index:2}
        .text{font-size:15px;line-height:1.7}
        .block{margin:0 0 12px}
        .line{display:block;padding-left:1.5em;text-indent:-1.5em}
        .w{cursor:pointer;border-radius:3px;padding:0 1px}
        .w:hover{background:#e0f2fe}
        .w.corr{background:var(--corr-bg);color:var(--corr);border-bottom:2px solid var(--corr)}
        .w.low{text-decoration:underline wavy var(--low);text-decoration-skip-ink:none}
        .w.low:not(.corr){background:var(--low-bg)}
        .w.active{outline:2px solid var(--active);background:#e0f2fe}
        .corrections{margin:0 0 14px;padding:0 0 8px;border-bottom:1px solid #e5e7eb}
        .corrections h3{font-size:15px;margin:4px 0 6px}
        .corrections table{border-collapse:collapse;font-size:14px}
        .corrections td,.corrections th{padding:2px 8px;border-bottom:1px solid #e5e7eb;text-align:left}
        .corrections tr.correction{cursor:pointer}
        .corrections tr.active{background:#e0f2fe}
        .corrections del{color:#6b7280}
        .corrections ins{text-decoration:none;color:var(--corr);font-weight:600}
        .num{text-align:right;font-variant-numeric:tabular-nums}
        .none,.noimage{color:#6b7280}
        @media (max-width:900px){.sheet{grid-template-columns:1fr}.scan-col{position:static}}
        """

    /// Selecting a word marks it everywhere it appears (image box, text, correction list); the URL keeps
    /// the selection (#w=ID) so that a link, or a test, can open the page with a word selected.
    static let script = """
        (function(){
        function select(id, scroll){
        document.querySelectorAll('.active').forEach(function(e){e.classList.remove('active');});
        var hits=document.querySelectorAll('[data-id="'+id+'"]');
        hits.forEach(function(e){e.classList.add('active');});
        var box=document.getElementById('box-'+id);
        if(scroll&&box){box.scrollIntoView({block:'nearest'});}
        document.body.setAttribute('data-selected',id);
        }
        document.addEventListener('click',function(ev){
        var t=ev.target.closest('[data-id]');
        if(!t){return;}
        var id=t.getAttribute('data-id');
        select(id,true);
        try{history.replaceState(null,'','#w='+id);}catch(e){}
        });
        var m=location.hash.match(/^#w=([A-Za-z0-9-]+)$/);
        if(m){select(m[1],true);}
        })();
        """
}
