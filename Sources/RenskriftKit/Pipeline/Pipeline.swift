import Foundation

/// The configured stages of a run: recognition, then repair and structure detection per document.
public struct Pipeline: Sendable {
    public var converter: Converter

    /// Builds the standard pipeline; models are loaded once here and shared by every document.
    public static func make(options: ConvertOptions, repair: Bool = true, models: String? = nil,
                            engine: OCREngineFactory? = nil) throws -> Pipeline {
        var processors: [DocumentProcessor] = []
        if repair {
            let repairer = Repairer(model: try RepairModel.shared(explicit: models))
            processors.append(DocumentProcessor(name: "repair") { repairer.repair(document: $0) })
        }
        processors.append(StructureDetector.processor(vocabulary: try StructureVocabulary.locate(modelsDirectory: models)))
        return Pipeline(converter: Converter(options: options, engine: engine, processors: processors))
    }
}
