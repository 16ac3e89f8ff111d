import Foundation
import RenskriftTestSupport
import Testing
@testable import RenskriftKit

/// Collects events from a run for assertions.
final class EventLog: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [ConvertEvent] = []

    func add(_ e: ConvertEvent) { lock.withLock { events.append(e) } }

    var failures: [(path: String, error: RenskriftError)] {
        lock.withLock {
            events.compactMap { if case .documentFailed(let p, let e) = $0 { return (p, e) } else { return nil } }
        }
    }
}

/// Runs the OCR pipeline without repair on inputs and returns the documents by name.
func convertRaw(_ urls: [URL], options: ConvertOptions = ConvertOptions(), log: EventLog = EventLog()) async
    -> [String: Document]
{
    let converter = Converter(options: options)
    let box = DocumentBox()
    await converter.convert(InputFile.naming(urls), events: { log.add($0) }) { file, result in
        if case .success(let doc) = result { await box.put(file.name, doc) }
        return []
    }
    return await box.all
}

actor DocumentBox {
    var all: [String: Document] = [:]
    func put(_ name: String, _ doc: Document) { all[name] = doc }
}

@Suite(.serialized) struct ConvertTests {
    @Test func cleanPageReachesHighWordAccuracy() async throws {
        let docs = await convertRaw([Fixtures.url("scans/dev04-clean.png")])
        let doc = try #require(docs["dev04-clean"])
        let truth = try Fixtures.text("truth/dev04-clean.txt")
        let metrics = TextMetrics(hypothesis: doc.text, truth: truth)
        #expect(metrics.wordAccuracy >= 0.95, "word accuracy \(metrics.wordAccuracy)")
        let page = try #require(doc.pages.first)
        #expect(page.source == .ocr)
        #expect(page.dpi == 300)
        let words = doc.words
        #expect(words.allSatisfy { $0.box != nil && $0.confidence != nil })
        #expect((page.meanConfidence ?? 0) > 80)
    }

    @Test func aPageOnGrayPaperIsBinarisedAdaptively() async throws {
        func page(paper: UInt8) -> PageImage {
            // a line of black text on paper of the given gray
            var pixels = [UInt8](repeating: paper, count: 200 * 100)
            for y in 40..<52 { for x in 20..<180 where x % 7 < 4 { pixels[y * 200 + x] = 20 } }
            return PageImage(width: 200, height: 100, dpi: 300, pixels: pixels)
        }
        #expect(Preprocessor().binarization(for: page(paper: 255)) == .global)
        #expect(Preprocessor().binarization(for: page(paper: 232)) == .adaptive)
        #expect(Preprocessor(adaptiveThreshold: false).binarization(for: page(paper: 232)) == .global)
        // the fixtures: a black-and-white scan and a JPEG on gray paper
        let bw = try LeptonicaReader.read(Fixtures.url("scans/dev02-p1.png"), format: .png, index: 0, defaultDPI: 300)
        #expect(Preprocessor().binarization(for: bw) == .global)
        let gray = try LeptonicaReader.read(Fixtures.url("scans/dev03-p1.jpg"), format: .jpeg, index: 0, defaultDPI: 300)
        #expect(Preprocessor().binarization(for: gray) == .adaptive)
        // recognized the adaptive way, the gray page reads as well as a clean one
        let docs = await convertRaw([Fixtures.url("scans/dev03-p1.jpg")])
        let doc = try #require(docs["dev03-p1"])
        let truth = try Fixtures.text("truth/dev03-p1.txt")
        #expect(TextMetrics(hypothesis: doc.text, truth: truth).wordAccuracy >= 0.95)
    }

    @Test func pdfPagesAreRenderedAt300DPI() throws {
        let pdf = try PDFFile(Fixtures.url("scans/dev01.pdf"))
        #expect(pdf.pageCount >= 2)
        let size = try pdf.pageSize(0)
        let image = try pdf.render(0, dpi: 300)
        #expect(abs(image.width - Int(size.width * 300 / 72)) <= 1)
        #expect(abs(image.height - Int(size.height * 300 / 72)) <= 1)
        // A rendered scan has ink on it: not all white.
        #expect(image.pixels.contains { $0 < 128 })
    }

    @Test func imagePDFIsRecognizedPageByPage() async throws {
        let docs = await convertRaw([Fixtures.url("scans/dev01.pdf")])
        let doc = try #require(docs["dev01"])
        #expect(doc.pages.count >= 2)
        #expect(doc.pages.map(\.number) == Array(1...doc.pages.count))
        #expect(doc.pages.allSatisfy { $0.source == .ocr && $0.dpi == 300 })
        let truth = try Fixtures.text("truth/dev01.txt")
        #expect(TextMetrics(hypothesis: doc.text, truth: truth).wordAccuracy >= 0.85)
    }

    @Test func pdfTextLayerIsUsedUnlessForced() async throws {
        let url = Fixtures.url("scans/dev03-text.pdf")
        let truth = try Fixtures.text("truth/dev03-text.txt")
        let docs = await convertRaw([url])
        let doc = try #require(docs["dev03-text"])
        #expect(doc.pages.allSatisfy { $0.source == .textLayer })
        #expect(doc.words.allSatisfy { $0.box != nil && $0.confidence == nil })
        #expect(TextMetrics(hypothesis: doc.text, truth: truth).wordAccuracy >= 0.99)

        var options = ConvertOptions()
        options.forceOCR = true
        let forced = await convertRaw([url], options: options)
        let ocrDoc = try #require(forced["dev03-text"])
        #expect(ocrDoc.pages.allSatisfy { $0.source == .ocr })
        #expect(TextMetrics(hypothesis: ocrDoc.text, truth: truth).wordAccuracy >= 0.9)
    }

    @Test func multiPageTIFFGivesEveryPage() async throws {
        let docs = await convertRaw([Fixtures.url("scans/gr01.tif")])
        let doc = try #require(docs["gr01"])
        #expect(doc.pages.count == 2)
        #expect(doc.pages.allSatisfy { !$0.blocks.isEmpty })
    }

    @Test(arguments: [
        ("bad/empty.pdf", "empty"),
        ("bad/truncated.pdf", "damaged"),
        ("bad/encrypted.pdf", "encrypted"),
        ("bad/not-an-image.png", "damaged"),
        ("bad/corrupt.tif", "damaged"),
        ("does-not-exist.png", "no such file"),
    ])
    func badInputIsReportedAndOthersStillRun(file: String, reasonPart: String) async throws {
        let log = EventLog()
        let bad = Fixtures.url(file)
        let good = Fixtures.url("scans/dev03-text.pdf")
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let before = try? Data(contentsOf: bad)
        let report = await Converter(options: ConvertOptions()).run(
            inputs: [bad.path, good.path], outputDirectory: dir) { log.add($0) }
        #expect(report.documents.map(\.name) == ["dev03-text"])
        #expect(report.failures.count == 1)
        let failure = try #require(log.failures.first)
        #expect(failure.path == bad.path)
        #expect(failure.error.reason.contains(reasonPart), "reason: \(failure.error.reason)")
        #expect(!failure.error.reason.contains("\n"))
        // The user's file is untouched.
        #expect((try? Data(contentsOf: bad)) == before)
    }

    @Test func unsupportedFileIsNamed() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let doc = dir.appendingPathComponent("minutes.docx")
        try Data("PK\u{3}\u{4} not really a zip".utf8).write(to: doc)
        #expect(throws: RenskriftError.unsupportedFormat(path: doc.path, reason: "not a PDF, TIFF, PNG, JPEG or .txt file")) {
            try InputFormat.detect(at: doc)
        }
    }

    @Test func contentDecidesTheFormatNotTheExtension() throws {
        #expect(try InputFormat.detect(at: Fixtures.url("bad-but-readable/wrong-extension.jpg")) == .png)
    }

    @Test func jsonOutputDecodesBackToTheSameModel() async throws {
        let docs = await convertRaw([Fixtures.url("scans/dev02-p1.png")])
        let doc = try #require(docs["dev02-p1"])
        let data = try JSONWriter.encode(doc)
        let back = try JSONWriter.decode(data)
        #expect(back == doc)
    }

    @Test func textInputSkipsOCRAndKeepsParagraphs() async throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("legacy.txt")
        try "Motets 6ppnande\nOrdforanden halsar valkommen.\n\n8 2 Val av justerare\n".write(to: file, atomically: true, encoding: .utf8)
        let docs = await convertRaw([file])
        let doc = try #require(docs["legacy"])
        #expect(doc.pages.count == 1)
        #expect(doc.pages[0].source == .plainText)
        #expect(doc.pages[0].blocks.count == 2)
        #expect(doc.text == "Motets 6ppnande\nOrdforanden halsar valkommen.\n\n8 2 Val av justerare")
    }

    @Test func outputsAreWrittenPerDocument() async throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let report = await Converter(options: ConvertOptions()).run(
            inputs: [Fixtures.url("scans/dev03-text.pdf").path], outputDirectory: dir) { _ in }
        #expect(report.failures.isEmpty)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(names == ["dev03-text.json", "dev03-text.txt"])
        let text = try String(contentsOf: dir.appendingPathComponent("dev03-text.txt"), encoding: .utf8)
        #expect(text.hasSuffix("\n"))
        #expect(text.contains("\n\n"))
    }
}

@Suite struct PipelineAssemblyTests {
    /// Many documents over several workers come back whole, with pages in order.
    @Test func parallelWorkersAssembleDocumentsInPageOrder() async throws {
        var recordings: [String: Document] = [:]
        var files: [URL] = []
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let tif = try Data(contentsOf: Fixtures.url("scans/gr01.tif"))
        for d in 0..<6 {
            let name = "doc\(d).tif"
            let url = dir.appendingPathComponent(name)
            try tif.write(to: url)
            files.append(url)
            let pages = (0..<2).map { p in
                Page(number: p + 1, width: 10, height: 10, dpi: 300, source: .ocr,
                     blocks: [Block(lines: [Line(words: [Word(text: "d\(d)p\(p)", box: BoundingBox(x: 0, y: 0, width: 1, height: 1), confidence: 90)])])])
            }
            recordings[name] = Document(name: name, sourcePath: url.path, pages: pages, provenance: Provenance())
        }
        var options = ConvertOptions()
        options.jobs = 3
        options.preprocessor = .none
        let recorded = recordings
        let converter = Converter(options: options, engine: OCREngineFactory(name: "recorded") {
            RecordedEngine(recordings: recorded)
        })
        let box = DocumentBox()
        await converter.convert(InputFile.naming(files), events: { _ in }) { file, result in
            if case .success(let doc) = result { await box.put(file.name, doc) }
            return []
        }
        let docs = await box.all
        #expect(docs.count == 6)
        for d in 0..<6 {
            #expect(docs["doc\(d)"]?.text == "d\(d)p0\n\nd\(d)p1")
        }
    }
}

@Suite struct InputSafetyTests {
    @Test func outputNeverOverwritesAnInput() async throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("scan.txt")
        let original = "Motets 6ppnande\n"
        try original.write(to: input, atomically: true, encoding: .utf8)
        let report = await Converter(options: ConvertOptions()).run(inputs: [dir.path], outputDirectory: dir) { _ in }
        #expect(report.failures.count == 1)
        #expect(report.failures.first?.reason.contains("overwrite an input") == true)
        #expect(try String(contentsOf: input, encoding: .utf8) == original)
    }
}
