import ArgumentParser
import Foundation
import RenskriftKit

struct ConvertCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert scans (PDF, TIFF, PNG, JPEG) and OCR text files into clean documents.",
        discussion: """
            Inputs are files or folders (searched recursively). For each document NAME, the chosen formats \
            are written to DIR/NAME.EXT. A bad input is reported as 'renskrift: FILE: reason' and the \
            others are still converted; the exit status is then \(ExitCodes.someFailed).
            """
    )

    @Argument(help: "Files or folders to convert.")
    var inputs: [String]

    @Option(name: [.short, .long], help: "Folder for the results.")
    var output: String

    @OptionGroup var ocr: OCROptions
    @OptionGroup var formatOptions: FormatOptions
    @OptionGroup var verbosity: VerbosityOptions

    func run() async throws {
        var options = try ocr.convertOptions()
        options.formats = try formatOptions.formats()
        let outputURL = URL(fileURLWithPath: output)
        let reporter = ProgressReporter(verbosity: verbosity.level)
        let pipeline = try Pipeline.make(options: options, repair: !ocr.noRepair, models: ocr.models)
        let report = await pipeline.converter.run(inputs: inputs, outputDirectory: outputURL) { reporter.handle($0) }
        reporter.finish()
        if verbosity.level != .quiet {
            let pages = report.pages
            let line = String(format: "%d document%@, %d page%@ in %.1f s (%.1f pages/min); %d failed. Results in %@",
                              report.documents.count, report.documents.count == 1 ? "" : "s", pages,
                              pages == 1 ? "" : "s", report.seconds, report.pagesPerMinute, report.failures.count,
                              outputURL.path)
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        if !report.failures.isEmpty { throw ExitCode(ExitCodes.someFailed) }
        if report.documents.isEmpty { throw ExitCode(ExitCodes.someFailed) }
    }
}

/// OCR settings shared by the commands that recognize pages.
struct OCROptions: ParsableArguments {
    @Option(name: .long, help: "Tesseract languages, e.g. swe or swe+eng.")
    var lang: String = "swe"

    @Option(name: [.short, .long], help: "Pages recognized in parallel (default: the number of cores).")
    var jobs: Int?

    @Flag(name: .long, help: "OCR PDF pages even when they carry a text layer.")
    var forceOCR = false

    @Flag(name: .long, help: "Do not straighten skewed pages before recognition.")
    var noDeskew = false

    @Flag(name: .long, help: "Binarise every page with one global threshold, also pages on gray paper.")
    var noAdaptiveThreshold = false

    @Flag(name: .long, help: "Keep the OCR text as recognized, without spelling repair.")
    var noRepair = false

    @Option(name: .long, help: "Folder holding the repair model and rules (default: the bundled models/).")
    var models: String?

    @Option(name: .long, help: "Folder holding Tesseract's *.traineddata (default: the system's).")
    var tessdata: String?

    func convertOptions() throws -> ConvertOptions {
        var options = ConvertOptions()
        options.languages = lang
        options.tessdataPath = tessdata
        if let jobs {
            guard jobs > 0 else { throw ValidationError("--jobs must be at least 1") }
            options.jobs = jobs
        }
        options.forceOCR = forceOCR
        options.preprocessor.deskew = !noDeskew
        options.preprocessor.adaptiveThreshold = !noAdaptiveThreshold
        try TesseractEngine.checkLanguages(lang, dataPath: tessdata)
        return options
    }
}

/// Which files to write.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "Comma-separated output formats: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ",")).")
    var format: String = "txt,json"

    func formats() throws -> [OutputFormat] {
        let list = try OutputFormat.parseList(format)
        guard !list.isEmpty else { throw ValidationError("--format names no format") }
        return list
    }
}

/// --quiet / --verbose.
struct VerbosityOptions: ParsableArguments {
    @Flag(name: [.short, .long], help: "Print only errors.")
    var quiet = false

    @Flag(name: [.short, .long], help: "Print a line per page.")
    var verbose = false

    var level: ProgressReporter.Verbosity { quiet ? .quiet : verbose ? .verbose : .normal }
}
