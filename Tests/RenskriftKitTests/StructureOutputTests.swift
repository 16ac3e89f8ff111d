import Foundation
import Testing
@testable import RenskriftKit
import RenskriftTestSupport

@Suite struct StructureOutputTests {
    /// A document with every optional field filled: OCR boxes, confidences, a repair, a DPI.
    private func ocrDocument() throws -> Document {
        var doc = try StructureFixtures.document("dev04")
        for p in doc.pages.indices {
            doc.pages[p].source = .ocr
            doc.pages[p].dpi = 300
            doc.pages[p].width = 2480
            doc.pages[p].height = 3508
            doc.pages[p].meanConfidence = 91.5
            for b in doc.pages[p].blocks.indices {
                for l in doc.pages[p].blocks[b].lines.indices {
                    var line = doc.pages[p].blocks[b].lines[l]
                    for w in line.words.indices {
                        line.words[w].box = BoundingBox(x: 100 + 60 * w, y: 200 + 40 * (b * 10 + l), width: 55, height: 30)
                        line.words[w].confidence = 88
                    }
                    if line.words.first?.text == "§" {
                        line.words[0].correction = Correction(original: "$", replacement: "§", score: 4.2, rule: "section-sign")
                    }
                    doc.pages[p].blocks[b].lines[l] = Line(words: line.words)
                }
                doc.pages[p].blocks[b] = Block(lines: doc.pages[p].blocks[b].lines)
            }
        }
        doc.provenance = Provenance(ocrEngine: "tesseract 5.3.0", languages: "swe", model: "test", rules: "test")
        return StructureFixtures.detector.apply(to: doc)
    }

    @Test func everyJSONOutputValidatesAgainstTheSchema() throws {
        let dir = try Fixtures.temporaryDirectory("structure-schema")
        defer { try? FileManager.default.removeItem(at: dir) }
        var files: [URL] = []
        for name in StructureFixtures.names {
            for (variant, text) in [("clean", try StructureFixtures.text(name)),
                                    ("damaged", StructureFixtures.damageSectionSigns(StructureFixtures.wrap(try StructureFixtures.text(name), width: 80)))] {
                let doc = try StructureFixtures.document(name, text: text)
                #expect(doc.structure != nil)
                let url = dir.appendingPathComponent("\(name)-\(variant).json")
                try JSONWriter.encode(doc).write(to: url)
                files.append(url)
            }
        }
        let ocr = try ocrDocument()
        #expect(ocr.structure?.items.first?.source?.box != nil)
        let ocrURL = dir.appendingPathComponent("ocr.json")
        try JSONWriter.encode(ocr).write(to: ocrURL)
        files.append(ocrURL)
        let noStructure = Document(name: "empty", sourcePath: "x.txt", pages: [], provenance: Provenance())
        let emptyURL = dir.appendingPathComponent("empty.json")
        try JSONWriter.encode(noStructure).write(to: emptyURL)
        files.append(emptyURL)
        let problems = try StructureFixtures.validateAgainstSchema(files)
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func schemaRejectsWrongDocuments() throws {
        let dir = try Fixtures.temporaryDirectory("structure-schema-bad")
        defer { try? FileManager.default.removeItem(at: dir) }
        var doc = try StructureFixtures.document("dev03")
        doc.structure?.metadata.date = DateMention(text: "16 mars", iso: "16 mars")
        let url = dir.appendingPathComponent("bad.json")
        var json = String(decoding: try JSONWriter.encode(doc), as: UTF8.self)
        json = json.replacingOccurrences(of: "\"mötesordförande\"", with: "\"kung\"")
        try json.write(to: url, atomically: true, encoding: .utf8)
        let problems = try StructureFixtures.validateAgainstSchema([url])
        #expect(problems.contains("iso"), "\(problems)")
        #expect(problems.contains("kung"), "\(problems)")
    }

    @Test func jsonRoundTripsTheStructure() throws {
        let doc = try ocrDocument()
        let back = try JSONWriter.decode(try JSONWriter.encode(doc))
        #expect(back == doc)
    }

    @Test(arguments: StructureFixtures.names)
    func htmlIsSemanticSelfContainedAndSwedish(name: String) throws {
        let doc = try StructureFixtures.document(name)
        let html = HTMLWriter.render(doc)
        let s = try #require(doc.structure)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"sv\">"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("@media print"))
        #expect(html.contains("<header>") && html.contains("<main>") && html.contains("<footer>"))
        #expect(html.components(separatedBy: "<article ").count - 1 == s.items.count)
        #expect(html.components(separatedBy: "<section id=").count - 1 == s.sections.count)
        #expect(html.contains("<table>") == !s.people.isEmpty)
        // Self-contained: nothing is fetched from elsewhere.
        for bad in ["<script", "<link", "src=", "href=\"http", "@import", "url("] { #expect(!html.contains(bad), "\(bad)") }
        // Balanced tags, checked by Python's HTML parser.
        let dir = try Fixtures.temporaryDirectory("structure-html")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("\(name).html")
        try html.write(to: url, atomically: true, encoding: .utf8)
        let problems = try balance(url)
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func htmlEscapesMarkup() throws {
        let doc = try StructureFixtures.document("x", text: "Möte <script>alert(1)</script>\nDatum: 2024-01-02\n\n§ 1 A & B <i>\nText.\n")
        let html = HTMLWriter.render(doc)
        #expect(!html.contains("<script>"))
        #expect(html.contains("A &amp; B &lt;i&gt;"))
    }

    @Test func markdownHasHeadingsListsAndPeopleTable() throws {
        let doc = try StructureFixtures.document("dev03")
        let md = MarkdownWriter.render(doc)
        #expect(md.hasPrefix("# Årsmöte i Älmhults hembygdsförening\n"))
        #expect(md.contains("| Namn | Organisation | Titel | Roller | Närvarande |"))
        #expect(md.contains("| Bengt-Åke Svärd |  |  | mötesordförande | ja |"))
        #expect(md.contains("### § 13 Val av styrelseledamöter och ersättare"))
        #expect(md.contains("- Lars-Göran Nyström (omval)"))
        #expect(md.contains("## Justeras"))
        // A paragraph starting "1. " must not turn into a list.
        #expect(MarkdownWriter.paragraph("1. a *b*") == "1\\. a \\*b\\*")
        #expect(MarkdownWriter.inline("08.30") == "08.30")
    }

    private func balance(_ url: URL) throws -> String {
        let script = """
            import sys
            from html.parser import HTMLParser
            VOID = {"meta", "br", "hr", "img", "input", "link", "col", "wbr"}
            class P(HTMLParser):
                def __init__(self):
                    super().__init__(); self.stack = []; self.errors = []
                def handle_starttag(self, tag, attrs):
                    if tag not in VOID: self.stack.append(tag)
                def handle_endtag(self, tag):
                    if not self.stack or self.stack[-1] != tag:
                        self.errors.append(f"unexpected </{tag}> with open {self.stack[-3:]}")
                    else:
                        self.stack.pop()
            p = P(); p.feed(open(sys.argv[1], encoding="utf-8").read()); p.close()
            if p.stack: p.errors.append(f"unclosed {p.stack}")
            print("\\n".join(p.errors))
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script, url.path]
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return p.terminationStatus == 0 ? out.trimmingCharacters(in: .whitespacesAndNewlines) : "python3 failed: \(out)"
    }
}
