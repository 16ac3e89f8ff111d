import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import RenskriftTestSupport
import Testing
@testable import RenskriftKit

/// Runs external tools (xmllint, poppler's utilities, chromium) for the archive-format tests.
enum ArchiveTools {
    static func path(_ tool: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let p = "\(dir)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }

    static let chromium: String? = path("chromium") ?? path("chromium-browser")

    /// Runs `tool`, which must be installed (scripts/setup installs it); output is read before waiting.
    static func run(_ tool: String, _ arguments: [String], environment: [String: String] = [:]) throws
        -> (status: Int32, stdout: Data, stderr: String)
    {
        guard let exe = path(tool) else {
            throw RenskriftError.invalidArgument("\(tool) is not installed: run scripts/setup")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: exe)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        // stderr goes to a file so that neither pipe can fill up and block the child.
        let errURL = FileManager.default.temporaryDirectory.appendingPathComponent("archive-tool-\(UUID().uuidString).err")
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errURL) }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let e = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
        return (process.terminationStatus, o, e)
    }

    /// Validates an ALTO file against the vendored ALTO 4.4 schema, offline.
    static func validateALTO(_ url: URL) throws -> (valid: Bool, messages: String) {
        let schema = Fixtures.url("schema/alto-4-4.xsd").path
        let r = try run("xmllint", ["--noout", "--nonet", "--schema", schema, url.path],
                        environment: ["XML_CATALOG_FILES": Fixtures.url("schema/catalog.xml").path])
        return (r.status == 0, r.stderr)
    }

    static func pdftotext(_ url: URL, _ extra: [String] = []) throws -> String {
        let r = try run("pdftotext", extra + ["-enc", "UTF-8", url.path, "-"])
        #expect(r.status == 0, "pdftotext: \(r.stderr)")
        return String(decoding: r.stdout, as: UTF8.self)
    }
}

/// OCR'd fixture documents, recognized once and shared by the archive tests.
actor ArchiveDocuments {
    static let shared = ArchiveDocuments()
    private var cache: [String: Document] = [:]

    func document(_ fixture: String) async throws -> Document {
        if let doc = cache[fixture] { return doc }
        let url = Fixtures.url("scans/\(fixture)")
        let docs = await convertRaw([url])
        let doc = try #require(docs[url.deletingPathExtension().lastPathComponent], "\(fixture) was not converted")
        cache[fixture] = doc
        return doc
    }
}

/// Test documents with hand-made repairs, so that writers can be checked against a known correction.
enum ArchiveSamples {
    static let raw = "Motets"
    static let repaired = "Mötets"

    /// `doc` with its first word of at least four letters replaced by a repair raw → repaired, and the
    /// next long word given a low confidence; returns the two words' positions too.
    static func withCorrection(_ doc: Document) -> (doc: Document, corrected: Word, low: Word) {
        var doc = doc
        doc.provenance.model = "channel-2026-01"
        doc.provenance.rules = "rules-7"
        var done = false, lowDone = false
        var corrected = Word(text: ""), low = Word(text: "")
        for p in doc.pages.indices {
            for b in doc.pages[p].blocks.indices {
                for l in doc.pages[p].blocks[b].lines.indices {
                    for w in doc.pages[p].blocks[b].lines[l].words.indices {
                        var word = doc.pages[p].blocks[b].lines[l].words[w]
                        guard word.text.count >= 4, word.box != nil else { continue }
                        if !done {
                            word.text = repaired
                            word.correction = Correction(original: raw, replacement: repaired, score: 3.25, rule: "channel")
                            corrected = word
                            done = true
                        } else if !lowDone {
                            word.confidence = 31
                            low = word
                            lowDone = true
                        }
                        doc.pages[p].blocks[b].lines[l].words[w] = word
                    }
                }
            }
        }
        return (doc, corrected, low)
    }
}

@Suite(.serialized) struct ArchiveOutputTests {
    // MARK: ALTO

    @Test func altoIsSchemaValidWithRepairedContentAndRawAlternative() async throws {
        let (doc, corrected, _) = ArchiveSamples.withCorrection(try await ArchiveDocuments.shared.document("dev04-clean.png"))
        let dir = try Fixtures.temporaryDirectory("archive-alto")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("dev04-clean.\(OutputFormat.alto.fileExtension)")
        try OutputFormat.alto.render(doc).write(to: url)
        #expect(url.lastPathComponent == "dev04-clean.alto.xml")

        let validation = try ArchiveTools.validateALTO(url)
        #expect(validation.valid, "xmllint: \(validation.messages)")

        func xpath(_ expr: String) throws -> String {
            let r = try ArchiveTools.run("xmllint", ["--xpath", expr, url.path])
            return String(decoding: r.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        func string(_ attribute: String) -> String { "//*[local-name()='String'][@PROCESSINGREFS]/@\(attribute)" }
        #expect(try xpath("count(//*[local-name()='String'])") == "\(doc.words.count)")
        #expect(try xpath("string(\(string("CONTENT")))") == ArchiveSamples.repaired)
        #expect(try xpath("count(//*[local-name()='ALTERNATIVE'])") == "1")
        #expect(try xpath("string(//*[local-name()='String'][@PROCESSINGREFS]/*[local-name()='ALTERNATIVE'])") == ArchiveSamples.raw)
        #expect(try xpath("string(\(string("HPOS")))") == "\(corrected.box!.x)")
        #expect(try xpath("string(\(string("WIDTH")))") == "\(corrected.box!.width)")
        #expect(try xpath("string(\(string("PROCESSINGREFS")))") == "REPAIR")
        // Word confidence is 0...1 in ALTO; the OCR gives 0...100.
        #expect(try xpath("count(//*[local-name()='String'][@WC >= 0 and @WC <= 1])") == "\(doc.words.count)")
        #expect(try xpath("string(//*[local-name()='Page']/@WIDTH)") == "\(doc.pages[0].width)")
        #expect(try xpath("string(//*[local-name()='Page']/@HEIGHT)") == "\(doc.pages[0].height)")
        #expect(try xpath("string(//*[local-name()='TextBlock']/@LANG)") == "sv")
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        #expect(text.contains("<MeasurementUnit>pixel</MeasurementUnit>"))
        #expect(text.contains("<softwareName>renskrift</softwareName>"))
        #expect(text.contains("<softwareVersion>\(RenskriftVersion.current)</softwareVersion>"))
        #expect(text.contains("model channel-2026-01") && text.contains("rules rules-7"))
    }

    @Test func altoValidationRejectsABrokenFile() async throws {
        // Guards the check above: a schema violation must make xmllint fail, not pass quietly.
        let doc = try await ArchiveDocuments.shared.document("dev04-clean.png")
        let dir = try Fixtures.temporaryDirectory("archive-alto-bad")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("bad.alto.xml")
        let broken = ALTOWriter.render(doc).replacingOccurrences(of: " PHYSICAL_IMG_NR=\"1\"", with: "")
        try Data(broken.utf8).write(to: url)
        let validation = try ArchiveTools.validateALTO(url)
        #expect(!validation.valid)
        #expect(validation.messages.contains("PHYSICAL_IMG_NR"))
    }

    @Test func altoOfPlainTextHasNoCoordinatesAndStaysValid() throws {
        let pages = TextInput.pages(from: "Mötets öppnande\n\n§ 1 Val av justerare")
        let doc = Document(name: "plain", sourcePath: "/nonexistent/plain.txt", pages: pages, provenance: Provenance())
        let dir = try Fixtures.temporaryDirectory("archive-alto-text")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("plain.alto.xml")
        try Data(ALTOWriter.render(doc).utf8).write(to: url)
        let validation = try ArchiveTools.validateALTO(url)
        #expect(validation.valid, "xmllint: \(validation.messages)")
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains("CONTENT=\"§\""))
        #expect(!text.contains("HPOS"))
    }

    // MARK: Searchable PDF

    @Test func pdfRoundTripGivesTheTextBack() async throws {
        let doc = try await ArchiveDocuments.shared.document("dev04-clean.png")
        let dir = try Fixtures.temporaryDirectory("archive-pdf")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("dev04-clean.pdf")
        try OutputFormat.pdf.render(doc).write(to: url)
        let text = try ArchiveTools.pdftotext(url)
        let truth = try Fixtures.text("truth/dev04-clean.txt")
        let metrics = TextMetrics(hypothesis: text, truth: truth)
        #expect(metrics.wordAccuracy >= 0.95, "word accuracy \(metrics.wordAccuracy)")
        // The text layer says what the document says, word for word, in reading order.
        #expect(TextMetrics(hypothesis: text, truth: doc.text).wordAccuracy >= 0.99)
        #expect(text.contains("Mötets öppnande"))
    }

    @Test func pdfCarriesTheRepairedWordOverItsBox() async throws {
        let (doc, corrected, _) = ArchiveSamples.withCorrection(try await ArchiveDocuments.shared.document("dev04-clean.png"))
        let dir = try Fixtures.temporaryDirectory("archive-pdf-repair")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("repaired.pdf")
        try SearchablePDFWriter.render(doc).write(to: url)
        let plain = try ArchiveTools.pdftotext(url)
        let tokens = plain.split(whereSeparator: \.isWhitespace).map(String.init)
        #expect(tokens.contains(ArchiveSamples.repaired))
        #expect(!tokens.contains(ArchiveSamples.raw))

        // pdftotext's word boxes (points) match the word box (pixels × 72/dpi) horizontally,
        // and sit within the line vertically.
        let html = try ArchiveTools.pdftotext(url, ["-bbox"])
        let pattern = #"<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">"#
            + NSRegularExpression.escapedPattern(for: ArchiveSamples.repaired) + "</word>"
        let regex = try NSRegularExpression(pattern: pattern)
        let match = try #require(regex.firstMatch(in: html, range: NSRange(html.startIndex..., in: html)))
        func value(_ i: Int) -> Double { Double(html[Range(match.range(at: i), in: html)!])! }
        let s = 72.0 / Double(doc.pages[0].dpi!)
        let box = corrected.box!
        #expect(abs(value(1) - Double(box.x) * s) < 1, "xMin \(value(1)) vs \(Double(box.x) * s)")
        #expect(abs(value(3) - Double(box.maxX) * s) < 1, "xMax \(value(3)) vs \(Double(box.maxX) * s)")
        #expect(value(2) <= Double(box.y) * s + 1 && value(4) >= Double(box.maxY) * s - 1)
    }

    @Test func pdfIsArchivalGrade() async throws {
        let doc = try await ArchiveDocuments.shared.document("dev04-clean.png")
        let dir = try Fixtures.temporaryDirectory("archive-pdfa")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("dev04-clean.pdf")
        let data = try SearchablePDFWriter.render(doc, date: Date(timeIntervalSince1970: 1_770_000_000))
        try data.write(to: url)

        let check = try ArchiveTools.run("qpdf", ["--check", url.path])
        let checkOut = String(decoding: check.stdout, as: UTF8.self)
        #expect(check.status == 0, "qpdf --check: \(checkOut) \(check.stderr)")
        #expect(checkOut.contains("No syntax or stream encoding errors"))

        let fonts = String(decoding: try ArchiveTools.run("pdffonts", [url.path]).stdout, as: UTF8.self)
        let fontLine = try #require(fonts.split(separator: "\n").first { $0.hasPrefix("GlyphLessFont") })
        // name, type (2 words), encoding, emb, sub, uni: every font embedded and with a ToUnicode map.
        let columns = fontLine.split(separator: " ", omittingEmptySubsequences: true)
        #expect(columns.suffix(5).prefix(3) == ["yes", "no", "yes"], "\(fontLine)")

        let info = String(decoding: try ArchiveTools.run("pdfinfo", [url.path]).stdout, as: UTF8.self)
        #expect(field(info, "Pages") == "1")
        #expect(field(info, "PDF version") == "1.7")
        #expect(info.range(of: #"Page size:\s+595\.[0-9]+ x 841\.[0-9]+ pts \(A4\)"#, options: .regularExpression) != nil, "\(info)")
        #expect(field(info, "Title") == "dev04-clean")

        let meta = String(decoding: try ArchiveTools.run("pdfinfo", ["-meta", url.path]).stdout, as: UTF8.self)
        let xmp = try XMLDocument(xmlString: meta.replacingOccurrences(of: "\u{FEFF}", with: ""), options: [])
        let part = try xmp.nodes(forXPath: "//*[local-name()='part']").first?.stringValue
        let conformance = try xmp.nodes(forXPath: "//*[local-name()='conformance']").first?.stringValue
        #expect(part == "2" && conformance == "B")
        #expect(try xmp.nodes(forXPath: "//*[local-name()='CreateDate']").first?.stringValue == "2026-02-02T02:40:00Z")

        // Header and the binary comment (four bytes over 127) that PDF/A asks for.
        #expect(data.prefix(10) == Data("%PDF-1.7\n%".utf8) && data.dropFirst(10).prefix(4).allSatisfy { $0 > 127 })
        let raw = String(decoding: data, as: UTF8.self)
        #expect(raw.contains("/OutputIntents [") && raw.contains("/S /GTS_PDFA1") && raw.contains("/DestOutputProfile"))
        #expect(raw.contains("/CreationDate (D:20260202024000Z)") && raw.contains("/Lang (sv)"))
        #expect(raw.range(of: #"/ID \[<[0-9A-F]{32}> <[0-9A-F]{32}>\]"#, options: .regularExpression) != nil)
        #expect(!raw.contains("/Encrypt") && !raw.contains("/JavaScript") && !raw.contains("/LZWDecode"))
        // Same input and date, same bytes: the file ID comes from the content.
        #expect(try SearchablePDFWriter.render(doc, date: Date(timeIntervalSince1970: 1_770_000_000)) == data)
    }

    @Test func pdfKeepsJPEGBytesAndG4Pages() async throws {
        let dir = try Fixtures.temporaryDirectory("archive-pdf-images")
        defer { try? FileManager.default.removeItem(at: dir) }

        let jpegDoc = try await ArchiveDocuments.shared.document("dev03-p1.jpg")
        let jpegURL = dir.appendingPathComponent("dev03-p1.pdf")
        let jpegPDF = try SearchablePDFWriter.render(jpegDoc)
        try jpegPDF.write(to: jpegURL)
        let original = try Data(contentsOf: Fixtures.url("scans/dev03-p1.jpg"))
        #expect(jpegPDF.range(of: original) != nil, "the JPEG is not embedded byte for byte")
        #expect(try imageEncodings(jpegURL) == ["jpeg"])
        #expect(try meanGray(jpegURL, page: 1) > 180)

        let tiffDoc = try await ArchiveDocuments.shared.document("gr01.tif")
        let tiffURL = dir.appendingPathComponent("gr01.pdf")
        try SearchablePDFWriter.render(tiffDoc).write(to: tiffURL)
        #expect(try imageEncodings(tiffURL) == ["ccitt", "ccitt"])
        // A bilevel page drawn with the wrong polarity would come out mostly black.
        #expect(try meanGray(tiffURL, page: 1) > 200)
        #expect(try meanGray(tiffURL, page: 2) > 200)
        let truth = try Fixtures.text("truth/gr01.txt")
        #expect(TextMetrics(hypothesis: try ArchiveTools.pdftotext(tiffURL), truth: truth).wordAccuracy >= 0.9)

        let pngDoc = try await ArchiveDocuments.shared.document("dev04-clean.png")
        let pngURL = dir.appendingPathComponent("dev04-clean.pdf")
        try SearchablePDFWriter.render(pngDoc).write(to: pngURL)
        #expect(try imageEncodings(pngURL) == ["image"])
        #expect(try meanGray(pngURL, page: 1) > 200)
    }

    @Test func pdfFromATextLayerPDFRendersThePages() async throws {
        let doc = try await ArchiveDocuments.shared.document("dev03-text.pdf")
        #expect(doc.pages.allSatisfy { $0.source == .textLayer })
        let dir = try Fixtures.temporaryDirectory("archive-pdf-text")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("dev03-text.pdf")
        try SearchablePDFWriter.render(doc).write(to: url)
        let info = String(decoding: try ArchiveTools.run("pdfinfo", [url.path]).stdout, as: UTF8.self)
        #expect(field(info, "Pages") == "\(doc.pages.count)")
        let truth = try Fixtures.text("truth/dev03-text.txt")
        #expect(TextMetrics(hypothesis: try ArchiveTools.pdftotext(url), truth: truth).wordAccuracy >= 0.95)
        #expect(try meanGray(url, page: 1) > 200)
    }

    @Test func pdfOfPlainTextIsRefusedWithAReason() throws {
        let doc = Document(name: "plain", sourcePath: Fixtures.url("truth/dev04-clean.txt").path,
                           pages: TextInput.pages(from: "Mötets öppnande"), provenance: Provenance())
        #expect {
            try SearchablePDFWriter.render(doc)
        } throws: { error in
            guard case .unsupportedFormat(_, let reason) = error as? RenskriftError else { return false }
            return reason.contains("plain text")
        }
    }

    // MARK: Review page

    @Test func reviewPageIsSelfContained() async throws {
        let (doc, _, _) = ArchiveSamples.withCorrection(try await ArchiveDocuments.shared.document("dev04-clean.png"))
        let html = String(decoding: try OutputFormat.review.render(doc), as: UTF8.self)
        #expect(OutputFormat.review.fileExtension == "review.html")
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"sv\">"))
        #expect(html.contains("src=\"data:image/jpeg;base64,"))
        for external in ["src=\"http", "href=\"http", "<link", "<script src", "url(http", "@import"] {
            #expect(!html.contains(external), "external resource: \(external)")
        }
        #expect(html.utf8.count < 1_000_000, "\(html.utf8.count) bytes for one page")
        #expect(html.contains("<del>\(ArchiveSamples.raw)</del>") && html.contains("<ins>\(ArchiveSamples.repaired)</ins>"))
        #expect(html.contains("<td class=\"num\">3.25</td><td>channel</td>"))
    }

    @Test(.enabled(if: ArchiveTools.chromium != nil, "chromium is not installed (apt-get install chromium); the review page DOM test needs it"))
    func reviewPageRendersInChromium() async throws {
        let (doc, corrected, low) = ArchiveSamples.withCorrection(try await ArchiveDocuments.shared.document("dev04-clean.png"))
        let dir = try Fixtures.temporaryDirectory("archive-review")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("dev04-clean.review.html")
        try OutputFormat.review.render(doc).write(to: url)

        let words = doc.words
        let correctedIndex = try #require(words.firstIndex(of: corrected)) + 1
        let lowIndex = try #require(words.firstIndex(of: low)) + 1
        // The fragment selects a word on load, the way a click does, so the script's work shows in the DOM.
        let target = "p1-w\(correctedIndex)"
        let dom = try dumpDOM(url, fragment: "w=\(target)")

        func count(_ pattern: String) -> Int {
            (try? NSRegularExpression(pattern: pattern))?.numberOfMatches(in: dom, range: NSRange(dom.startIndex..., in: dom)) ?? -1
        }
        #expect(count(#"<div class="box[^"]*" id="box-p1-w\d+""#) == words.count)
        #expect(count(#"<span class="w[^"]*" data-id="p1-w\d+""#) == words.count)
        #expect(count(#"<tr class="correction[^"]*" data-id="#) == 1)
        #expect(count(#"<span class="w corr[^"]*" data-id="#) == 1)
        let lowWords = words.filter { ($0.confidence ?? 100) < 60 }.count
        #expect(lowWords >= 1)
        #expect(count(#"<span class="w[^"]* low[^"]*" data-id="#) == lowWords)
        #expect(dom.contains("data-id=\"p1-w\(lowIndex)\""))
        #expect(dom.contains("<span id=\"count-corrections\">1</span>"))
        // The script ran: the selected word's box, text and list entry are all marked.
        #expect(dom.contains("<body data-selected=\"\(target)\">"))
        #expect(dom.contains("class=\"box corr active\" id=\"box-\(target)\""))
        #expect(dom.contains("<span class=\"w corr active\" data-id=\"\(target)\""))
        #expect(dom.contains("<tr class=\"correction active\" data-id=\"\(target)\""))
        // The box sits where the word is: left edge in percent of the page width.
        let left = ArchiveNumber.decimal(Double(corrected.box!.x) * 100 / Double(doc.pages[0].width))
        #expect(dom.contains("id=\"box-\(target)\" data-id=\"\(target)\" style=\"left: \(left)%;")
                    || dom.contains("id=\"box-\(target)\" data-id=\"\(target)\" style=\"left:\(left)%;"))

        let shot = dir.appendingPathComponent("review.png")
        let r = try ArchiveTools.run(ArchiveTools.chromium!.components(separatedBy: "/").last!, [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1400,1000",
            "--screenshot=\(shot.path)", url.absoluteString + "#w=\(target)",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let png = try Data(contentsOf: shot)
        #expect(png.count > 20_000 && png.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
    }

    @Test func reviewOutputIsFoundAmongOutputs() {
        #expect(ReviewPageWriter.reviewOutput(in: ["a.txt", "a.review.html", "a.pdf"]) == "a.review.html")
        #expect(ReviewPageWriter.reviewOutput(in: ["a.txt", "a.html"]) == nil)
    }

    @Test func wordBoxesFitTheScanOfADeskewedPage() async throws {
        // dev02-p1 leans 0.8°: recognition runs on the straightened image, and the boxes are mapped back onto
        // the scan that the PDF and the review page show. Measured as the share of dark pixels inside word boxes.
        let url = Fixtures.url("scans/dev02-p1.png")
        let doc = try await ArchiveDocuments.shared.document("dev02-p1.png")
        let scan = try LeptonicaReader.read(url, format: .png, index: 0, defaultDPI: 300)
        let (straight, angle) = Preprocessor().straighten(scan)
        #expect(abs(angle) > 0.3, "the fixture leans; deskew should act")
        let boxes = doc.words.compactMap(\.box)
        let onScan = inkInside(boxes, scan), onStraight = inkInside(boxes, straight)
        #expect(onScan > 0.9, "boxes cover \(onScan) of the scan's ink")
        #expect(onScan > onStraight, "scan \(onScan) vs straightened \(onStraight)")
    }

    // MARK: Writing through convert

    @Test func convertWritesTheArchiveFormats() async throws {
        let dir = try Fixtures.temporaryDirectory("archive-convert")
        defer { try? FileManager.default.removeItem(at: dir) }
        var options = ConvertOptions()
        options.formats = [.alto, .pdf, .review]
        let report = await Converter(options: options).run(
            inputs: [Fixtures.url("scans/dev02-p1.png").path], outputDirectory: dir) { _ in }
        #expect(report.failures.isEmpty, "\(report.failures.map(\.reason))")
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: dir.path))
        #expect(names == ["dev02-p1.alto.xml", "dev02-p1.pdf", "dev02-p1.review.html"])
        #expect(try ArchiveTools.validateALTO(dir.appendingPathComponent("dev02-p1.alto.xml")).valid)
        let truth = try Fixtures.text("truth/dev02-p1.txt")
        let text = try ArchiveTools.pdftotext(dir.appendingPathComponent("dev02-p1.pdf"))
        #expect(TextMetrics(hypothesis: text, truth: truth).wordAccuracy >= 0.85)
    }

    @Test func archiveFormatsAreParsedFromTheCommandLineList() throws {
        #expect(try OutputFormat.parseList("alto,pdf,review") == [.alto, .pdf, .review])
        #expect(OutputFormat.alto.fileExtension == "alto.xml")
        #expect(OutputFormat.pdf.fileExtension == "pdf")
    }

    // MARK: Helpers

    /// The share of dark pixels (< 128) lying inside any of `boxes`.
    private func inkInside(_ boxes: [BoundingBox], _ image: PageImage) -> Double {
        var inside = [Bool](repeating: false, count: image.width * image.height)
        for b in boxes {
            for y in max(0, b.y)..<min(image.height, b.maxY) {
                for x in max(0, b.x)..<min(image.width, b.maxX) { inside[y * image.width + x] = true }
            }
        }
        var ink = 0, hit = 0
        for (i, p) in image.pixels.enumerated() where p < 128 {
            ink += 1
            if inside[i] { hit += 1 }
        }
        return ink == 0 ? 0 : Double(hit) / Double(ink)
    }

    /// The value of a `Name:   value` line of pdfinfo's output.
    private func field(_ info: String, _ name: String) -> String? {
        for line in info.split(separator: "\n") where line.hasPrefix(name + ":") {
            return line.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// The encodings `pdfimages -list` reports for the file's images, in page order.
    private func imageEncodings(_ url: URL) throws -> [String] {
        let out = String(decoding: try ArchiveTools.run("pdfimages", ["-list", url.path]).stdout, as: UTF8.self)
        return out.split(separator: "\n").dropFirst(2).compactMap { line in
            let c = line.split(separator: " ", omittingEmptySubsequences: true)
            return c.count > 9 ? String(c[8]) : nil
        }
    }

    /// Mean gray level (0 black … 255 white) of a page rendered at 20 dpi.
    private func meanGray(_ url: URL, page: Int) throws -> Double {
        let r = try ArchiveTools.run("pdftoppm", ["-gray", "-r", "20", "-f", "\(page)", "-l", "\(page)", url.path])
        #expect(r.status == 0, "\(r.stderr)")
        // A binary PGM: "P5\nW H\n255\n" then the pixels.
        let data = r.stdout
        var newlines = 0, start = 0
        for (i, byte) in data.enumerated() where byte == 0x0A {
            newlines += 1
            if newlines == 3 { start = i + 1; break }
        }
        let pixels = data[(data.startIndex + start)...]
        guard !pixels.isEmpty else { return 0 }
        return Double(pixels.reduce(0) { $0 + Int($1) }) / Double(pixels.count)
    }

    private func dumpDOM(_ url: URL, fragment: String) throws -> String {
        let exe = ArchiveTools.chromium!.components(separatedBy: "/").last!
        let r = try ArchiveTools.run(exe, [
            "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=2000", "--dump-dom",
            url.absoluteString + "#" + fragment,
        ])
        let dom = String(decoding: r.stdout, as: UTF8.self)
        #expect(r.status == 0 && dom.contains("</html>"), "chromium: \(r.stderr)")
        return dom
    }
}
