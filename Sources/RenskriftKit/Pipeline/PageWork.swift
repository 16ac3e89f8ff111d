import Foundation

/// What is known about a document before its pages are recognized.
struct DocumentPlan: Sendable {
    var file: InputFile
    var format: InputFormat
    /// Pages to load and recognize; empty for plain text.
    var sources: [PageSource]
    /// Pages of plain-text input, ready at once.
    var textPages: [Page] = []
}

/// One page to recognize.
struct PageJob: Sendable {
    var document: Int
    var page: Int
    var source: PageSource
}

/// Checks an input and lists its pages, so that bad files fail before any work is spent on them.
struct DocumentPlanner {
    var options: ConvertOptions

    func plan(_ file: InputFile) throws -> DocumentPlan {
        let url = file.url
        let format = try InputFormat.detect(at: url)
        switch format {
        case .text:
            let text = try TextDecoding.readFile(url)
            return DocumentPlan(file: file, format: format, sources: [], textPages: TextInput.pages(from: text))
        case .pdf:
            let pdf = try PDFFile(url)
            let count = pdf.pageCount
            guard count > 0 else { throw RenskriftError.corrupt(path: url.path, reason: "the PDF has no pages") }
            for i in 0..<count {
                let size = try pdf.pageSize(i)
                let pixels = size.width * size.height * pow(Double(options.pdfDPI) / 72, 2)
                if pixels > Double(options.maxPixels) {
                    let scale = Double(options.pdfDPI) / 72
                    throw RenskriftError.imageTooLarge(path: url.path, width: Int(size.width * scale),
                                                       height: Int(size.height * scale), limit: options.maxPixels)
                }
            }
            return DocumentPlan(file: file, format: format,
                                sources: (0..<count).map { PageSource(url: url, kind: .pdf, index: $0) })
        case .tiff, .png, .jpeg:
            let (w, h) = try LeptonicaReader.dimensions(of: url)
            if w * h > options.maxPixels {
                throw RenskriftError.imageTooLarge(path: url.path, width: w, height: h, limit: options.maxPixels)
            }
            let count = format == .tiff ? try LeptonicaReader.tiffPageCount(url) : 1
            return DocumentPlan(file: file, format: format,
                                sources: (0..<count).map { PageSource(url: url, kind: .image(format), index: $0) })
        }
    }
}

/// Hands out page jobs to workers in document order.
actor JobQueue {
    private var jobs: [PageJob]
    private var nextIndex = 0

    init(_ jobs: [PageJob]) { self.jobs = jobs }

    func next() -> PageJob? {
        guard nextIndex < jobs.count else { return nil }
        defer { nextIndex += 1 }
        return jobs[nextIndex]
    }
}

/// Collects recognized pages until each document is complete.
actor DocumentAssembler {
    enum Outcome {
        case pending
        case complete([Page], started: Date)
        case failed(RenskriftError)
    }

    private let plans: [DocumentPlan]
    private var pages: [Int: [Int: Page]] = [:]
    private var started: [Int: Date] = [:]
    private var failed: Set<Int> = []

    init(plans: [DocumentPlan]) { self.plans = plans }

    func hasFailed(_ document: Int) -> Bool { failed.contains(document) }

    func add(_ job: PageJob, _ result: Result<Page, RenskriftError>, started begin: Date) -> Outcome {
        let d = job.document
        if failed.contains(d) { return .pending }
        started[d] = min(started[d] ?? begin, begin)
        switch result {
        case .failure(let error):
            failed.insert(d)
            pages[d] = nil
            return .failed(error)
        case .success(let page):
            pages[d, default: [:]][job.page] = page
            guard let done = pages[d], done.count == plans[d].sources.count else { return .pending }
            pages[d] = nil
            return .complete(done.keys.sorted().map { done[$0]! }, started: started[d] ?? begin)
        }
    }
}

/// Loads, cleans and recognizes pages; lives inside one worker task with its own engine and open PDF.
final class PageWorker {
    private let options: ConvertOptions
    private let factory: OCREngineFactory
    private var engine: (any OCREngine)?
    private var pdf: PDFFile?

    init(options: ConvertOptions, factory: OCREngineFactory) {
        self.options = options
        self.factory = factory
    }

    func process(_ job: PageJob) throws -> Page {
        let source = job.source
        let image: PageImage
        switch source.kind {
        case .pdf:
            let file = try openPDF(source.url)
            if !options.forceOCR, let page = try textLayerPage(file, index: source.index) {
                return page
            }
            image = try file.render(source.index, dpi: options.pdfDPI)
        case .image(let format):
            image = try LeptonicaReader.read(source.url, format: format, index: source.index,
                                             defaultDPI: options.defaultImageDPI)
        }
        let (clean, angle) = options.preprocessor.straighten(image)
        if engine == nil { engine = try factory.make() }
        var recognized = try engine!.recognize(clean, source: source,
                                               binarization: options.preprocessor.binarization(for: clean))
        if angle != 0 {
            recognized.blocks = recognized.blocks.map { block in
                Block(lines: block.lines.map { line in
                    Line(words: line.words.map { word in
                        var w = word
                        w.box = word.box.map {
                            Preprocessor.unrotate($0, angle: angle, width: clean.width, height: clean.height)
                        }
                        return w
                    })
                })
            }
        }
        return Page(number: source.index + 1, width: image.width, height: image.height, dpi: image.dpi,
                    source: .ocr, meanConfidence: recognized.meanConfidence, blocks: recognized.blocks)
    }

    private func openPDF(_ url: URL) throws -> PDFFile {
        if let pdf, pdf.url == url { return pdf }
        let file = try PDFFile(url)
        pdf = file
        return file
    }

    /// The page from the PDF's own text, in pixels at the rendering resolution; nil when it has no text.
    private func textLayerPage(_ file: PDFFile, index: Int) throws -> Page? {
        let textWords = try file.words(index)
        guard !textWords.isEmpty else { return nil }
        let scale = Double(options.pdfDPI) / 72
        let words = textWords.map { w in
            Word(text: w.text, box: BoundingBox(x: Int((w.x * scale).rounded()), y: Int((w.y * scale).rounded()),
                                                width: Int((w.width * scale).rounded()),
                                                height: Int((w.height * scale).rounded())))
        }
        let size = try file.pageSize(index)
        return Page(number: index + 1, width: Int((size.width * scale).rounded()),
                    height: Int((size.height * scale).rounded()), dpi: options.pdfDPI, source: .textLayer,
                    blocks: PageLayout.blocks(from: PageLayout.lines(from: words)))
    }
}
