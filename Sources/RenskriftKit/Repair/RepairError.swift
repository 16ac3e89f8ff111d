import Foundation

/// What can go wrong when loading or using the repair model, with a message fit for one line.
public enum RepairError: Error, LocalizedError, Sendable, Equatable {
    case modelsNotFound(searched: [String])
    case modelUnreadable(path: String, reason: String)
    case modelCorrupt(path: String, reason: String)
    case rulesInvalid(path: String, reason: String)
    case noPairs(truth: String, ocr: String)
    case baselineUnreadable(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .modelsNotFound(let searched):
            return "no repair model found (looked in: \(searched.joined(separator: ", "))); "
                + "pass --models DIR, set RENSKRIFT_MODELS, or run scripts/build-model"
        case .modelUnreadable(let path, let reason):
            return "\(path): cannot read the repair model (\(reason))"
        case .modelCorrupt(let path, let reason):
            return "\(path): damaged repair model: \(reason); rebuild it with scripts/build-model"
        case .rulesInvalid(let path, let reason):
            return "\(path): invalid repair rules: \(reason)"
        case .noPairs(let truth, let ocr):
            return "no file in \(ocr) has a ground-truth file of the same name in \(truth)"
        case .baselineUnreadable(let path, let reason):
            return "\(path): cannot read the saved evaluation run (\(reason))"
        }
    }
}
