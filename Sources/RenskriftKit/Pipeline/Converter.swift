import Foundation

/// A whole-document step after recognition, such as spelling repair or structure detection.
public struct DocumentProcessor: Sendable {
    public var name: String
    public var process: @Sendable (Document) throws -> Document

    public init(name: String, process: @escaping @Sendable (Document) throws -> Document) {
        self.name = name
        self.process = process
    }
}

/// One input file and the base name its outputs get.
public struct InputFile: Sendable, Hashable {
    public var url: URL
    public var name: String

    public init(url: URL, name: String) {
        self.url = url
        self.name = name
    }

    /// Names outputs after the file's base name, adding "-2", "-3" … where two inputs share one.
    public static func naming(_ urls: [URL]) -> [InputFile] {
        var used: [String: Int] = [:]
        return urls.map { url in
            let base = url.deletingPathExtension().lastPathComponent
            let n = used[base, default: 0] + 1
            used[base] = n
            return InputFile(url: url, name: n == 1 ? base : "\(base)-\(n)")
        }
    }
}

/// Reads inputs, recognizes their pages on all workers, and hands finished documents on.
public struct Converter: Sendable {
    public var options: ConvertOptions
    public var engine: OCREngineFactory
    public var processors: [DocumentProcessor]

    public init(options: ConvertOptions, engine: OCREngineFactory? = nil, processors: [DocumentProcessor] = []) {
        self.options = options
        self.engine = engine ?? .tesseract(languages: options.languages, dataPath: options.tessdataPath)
        self.processors = processors
    }

    /// Converts `inputs` (files or folders) and writes the chosen formats to `outputDirectory`.
    public func run(inputs: [String], outputDirectory: URL,
                    events: @escaping @Sendable (ConvertEvent) -> Void) async -> ConvertReport {
        let start = Date()
        let (urls, missing) = InputDiscovery.expand(inputs)
        let collected = ReportCollector()
        for error in missing {
            events(.documentFailed(path: error.path ?? "", error: error))
            await collected.fail(path: error.path ?? "", error: error)
        }
        let formats = options.formats
        // An output must never replace an input, e.g. `scan.txt` converted into its own folder.
        let inputPaths = Set(urls.map { $0.standardizedFileURL.resolvingSymlinksInPath().path })
        await convert(InputFile.naming(urls), events: events) { file, result in
            switch result {
            case .success(let document):
                do {
                    let targets = formats.map {
                        (format: $0, url: outputDirectory.appendingPathComponent("\(file.name).\($0.fileExtension)"))
                    }
                    if let clash = targets.first(where: {
                        inputPaths.contains($0.url.standardizedFileURL.resolvingSymlinksInPath().path)
                    }) {
                        throw RenskriftError.writeFailed(
                            path: clash.url.path,
                            reason: "the output would overwrite an input file; choose another --output folder")
                    }
                    for target in targets {
                        try AtomicFile.write(try target.format.render(document), to: target.url)
                    }
                    return targets.map(\.url.path)
                } catch let error as RenskriftError {
                    await collected.fail(path: file.url.path, error: error)
                    throw error
                } catch {
                    let wrapped = RenskriftError.writeFailed(path: outputDirectory.path, reason: error.localizedDescription)
                    await collected.fail(path: file.url.path, error: wrapped)
                    throw wrapped
                }
            case .failure(let error):
                await collected.fail(path: file.url.path, error: error)
                return []
            }
        } done: { summary in
            await collected.done(summary)
        }
        return await collected.report(seconds: Date().timeIntervalSince(start))
    }

    /// The core of every run: plans pages, recognizes them in parallel, assembles and post-processes documents.
    /// `sink` receives each document (or its failure) once and returns the outputs it wrote; `done` follows a success.
    public func convert(
        _ files: [InputFile],
        events: @escaping @Sendable (ConvertEvent) -> Void,
        sink: @escaping @Sendable (InputFile, Result<Document, RenskriftError>) async throws -> [String],
        done: @escaping @Sendable (DocumentSummary) async -> Void = { _ in }
    ) async {
        let provenance = Provenance(ocrEngine: engine.name, languages: options.languages)
        var plans: [DocumentPlan] = []
        var jobs: [PageJob] = []
        for file in files {
            do {
                let plan = try DocumentPlanner(options: options).plan(file)
                if plan.sources.isEmpty {
                    // Plain text needs no worker: assemble and finish it right here.
                    let doc = Document(name: file.name, sourcePath: file.url.path, pages: plan.textPages,
                                       provenance: provenance)
                    await finish(doc, file: file, started: Date(), events: events, sink: sink, done: done)
                    continue
                }
                let index = plans.count
                plans.append(plan)
                for (p, source) in plan.sources.enumerated() {
                    jobs.append(PageJob(document: index, page: p, source: source))
                }
            } catch let error as RenskriftError {
                events(.documentFailed(path: file.url.path, error: error))
                _ = try? await sink(file, .failure(error))
            } catch {
                let wrapped = RenskriftError.unreadable(path: file.url.path, reason: error.localizedDescription)
                events(.documentFailed(path: file.url.path, error: wrapped))
                _ = try? await sink(file, .failure(wrapped))
            }
        }
        events(.planned(documents: plans.count, pages: jobs.count))
        guard !jobs.isEmpty else { return }

        let queue = JobQueue(jobs)
        let assembler = DocumentAssembler(plans: plans)
        let workers = max(1, min(options.jobs, jobs.count))
        let options = self.options
        let factory = self.engine
        let plannedDocuments = plans
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<workers {
                group.addTask {
                    let worker = PageWorker(options: options, factory: factory)
                    while !Task.isCancelled, let job = await queue.next() {
                        if await assembler.hasFailed(job.document) { continue }
                        let begin = Date()
                        let result: Result<Page, RenskriftError>
                        do {
                            result = .success(try worker.process(job))
                        } catch let error as RenskriftError {
                            result = .failure(error)
                        } catch {
                            result = .failure(.ocrFailed(path: job.source.url.path, page: job.page + 1,
                                                         reason: error.localizedDescription))
                        }
                        let plan = plannedDocuments[job.document]
                        if case .success = result {
                            events(.pageDone(name: plan.file.name, page: job.page + 1, of: plan.sources.count,
                                             seconds: Date().timeIntervalSince(begin)))
                        }
                        switch await assembler.add(job, result, started: begin) {
                        case .pending:
                            break
                        case .complete(let pages, let started):
                            let doc = Document(name: plan.file.name, sourcePath: plan.file.url.path, pages: pages,
                                               provenance: provenance)
                            await self.finish(doc, file: plan.file, started: started, events: events, sink: sink, done: done)
                        case .failed(let error):
                            events(.documentFailed(path: plan.file.url.path, error: error))
                            _ = try? await sink(plan.file, .failure(error))
                        }
                    }
                }
            }
        }
    }

    private func finish(
        _ document: Document, file: InputFile, started: Date,
        events: @Sendable (ConvertEvent) -> Void,
        sink: @Sendable (InputFile, Result<Document, RenskriftError>) async throws -> [String],
        done: @Sendable (DocumentSummary) async -> Void
    ) async {
        var doc = document
        do {
            for processor in processors {
                doc = try processor.process(doc)
            }
        } catch {
            let wrapped = (error as? RenskriftError)
                ?? .corrupt(path: file.url.path, reason: "processing failed: \(error.localizedDescription)")
            events(.documentFailed(path: file.url.path, error: wrapped))
            _ = try? await sink(file, .failure(wrapped))
            return
        }
        do {
            let outputs = try await sink(file, .success(doc))
            let summary = DocumentSummary(document: doc, seconds: Date().timeIntervalSince(started), outputs: outputs)
            events(.documentDone(summary))
            await done(summary)
        } catch {
            let wrapped = (error as? RenskriftError)
                ?? .writeFailed(path: file.url.path, reason: error.localizedDescription)
            events(.documentFailed(path: file.url.path, error: wrapped))
        }
    }
}

/// Gathers the outcome of a run for its report.
actor ReportCollector {
    private var documents: [DocumentSummary] = []
    private var failures: [ConvertReport.Failure] = []

    func done(_ summary: DocumentSummary) { documents.append(summary) }

    func fail(path: String, error: RenskriftError) {
        failures.append(ConvertReport.Failure(path: path, reason: error.reason))
    }

    func report(seconds: Double) -> ConvertReport {
        ConvertReport(documents: documents, failures: failures, pages: documents.reduce(0) { $0 + $1.pages },
                      seconds: seconds)
    }
}
