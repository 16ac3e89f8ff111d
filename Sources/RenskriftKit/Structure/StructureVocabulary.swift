import Foundation
import Yams

/// Swedish words and phrases that structure detection relies on, read from `models/structure.yaml`.
public struct StructureVocabulary: Sendable, Decodable {
    /// One attendance heading and what it says about the people listed under it.
    public struct Attendance: Sendable, Decodable {
        public var heading: String
        public var role: Role
        public var present: Bool
    }

    /// Label words of header lines ("Datum:", "Plats och tid").
    public struct Labels: Sendable, Decodable {
        public var date: [String]
        public var time: [String]
        public var place: [String]
        public var placeAndTime: [String]
        public var paragraphs: [String]
        public var title: [String]
        public var nextMeeting: [String]

        enum CodingKeys: String, CodingKey {
            case date, time, place, paragraphs, title
            case placeAndTime = "place_and_time"
            case nextMeeting = "next_meeting"
        }
    }

    public var version: Int
    public var months: [String: Int]
    public var weekdays: [String]
    public var itemWords: [String]
    public var damagedSectionSigns: [String]
    public var documentTypes: [String]
    public var organisationWords: [String]
    public var labels: Labels
    public var meetingScheduleWords: [String]
    public var sectionHeadings: [String]
    public var itemSubheadings: [String]
    public var decisionHeadings: [String]
    public var decisionHeadingSuffixes: [String]
    public var nonDecisionHeadings: [String]
    public var decisionSections: [String]
    public var decisionCues: [String]
    public var nonDecisionCues: [String]
    public var reportVerbs: [String]
    public var actingVerbs: [String]
    public var otherBusinessItems: [String]
    public var electionVerbs: [String]
    public var rolePhrases: [String: Role]
    public var roles: [Role: [String]]
    public var attendance: [Attendance]
    public var signatureContainers: [String]
    public var signatureLabels: [String: Role]
    public var titleSuffixes: [String]
    public var parties: [String]
    public var abbreviations: [String]
    public var referenceCues: [String]
    public var notNames: [String]
    public var firstNames: [String]
    /// Words of page-number lines in running headers and footers ("Sida 2 (5)", "Blad 3").
    public var pageNumberWords: [String]
    /// Words that cannot end a phrase, so a line ending in one goes on ("… ersättare för" / "Leif Sandström").
    public var connectorWords: [String]

    enum CodingKeys: String, CodingKey {
        case version, months, weekdays, labels, roles, attendance, parties, abbreviations
        case itemWords = "item_words"
        case damagedSectionSigns = "damaged_section_signs"
        case documentTypes = "document_types"
        case organisationWords = "organisation_words"
        case meetingScheduleWords = "meeting_schedule_words"
        case sectionHeadings = "section_headings"
        case itemSubheadings = "item_subheadings"
        case decisionHeadings = "decision_headings"
        case decisionHeadingSuffixes = "decision_heading_suffixes"
        case nonDecisionHeadings = "non_decision_headings"
        case decisionSections = "decision_sections"
        case decisionCues = "decision_cues"
        case nonDecisionCues = "non_decision_cues"
        case reportVerbs = "report_verbs"
        case actingVerbs = "acting_verbs"
        case otherBusinessItems = "other_business_items"
        case electionVerbs = "election_verbs"
        case rolePhrases = "role_phrases"
        case signatureContainers = "signature_containers"
        case signatureLabels = "signature_labels"
        case titleSuffixes = "title_suffixes"
        case referenceCues = "reference_cues"
        case notNames = "not_names"
        case firstNames = "first_names"
        case pageNumberWords = "page_number_words"
        case connectorWords = "connector_words"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        version = try c.decode(Int.self, forKey: .version)
        months = try c.decode([String: Int].self, forKey: .months)
        weekdays = try c.decode([String].self, forKey: .weekdays)
        itemWords = try c.decode([String].self, forKey: .itemWords)
        damagedSectionSigns = try c.decode([String].self, forKey: .damagedSectionSigns)
        documentTypes = try c.decode([String].self, forKey: .documentTypes)
        organisationWords = try c.decode([String].self, forKey: .organisationWords)
        labels = try c.decode(Labels.self, forKey: .labels)
        meetingScheduleWords = try c.decode([String].self, forKey: .meetingScheduleWords)
        sectionHeadings = try c.decode([String].self, forKey: .sectionHeadings)
        itemSubheadings = try c.decode([String].self, forKey: .itemSubheadings)
        decisionHeadings = try c.decode([String].self, forKey: .decisionHeadings)
        decisionHeadingSuffixes = try c.decode([String].self, forKey: .decisionHeadingSuffixes)
        nonDecisionHeadings = try c.decode([String].self, forKey: .nonDecisionHeadings)
        decisionSections = try c.decode([String].self, forKey: .decisionSections)
        decisionCues = try c.decode([String].self, forKey: .decisionCues)
        nonDecisionCues = try c.decode([String].self, forKey: .nonDecisionCues)
        reportVerbs = try c.decode([String].self, forKey: .reportVerbs)
        actingVerbs = try c.decode([String].self, forKey: .actingVerbs)
        otherBusinessItems = try c.decode([String].self, forKey: .otherBusinessItems)
        electionVerbs = try c.decode([String].self, forKey: .electionVerbs)
        pageNumberWords = try c.decodeIfPresent([String].self, forKey: .pageNumberWords) ?? []
        connectorWords = try c.decodeIfPresent([String].self, forKey: .connectorWords) ?? []
        rolePhrases = try Self.roleMap(c.decode([String: String].self, forKey: .rolePhrases), key: "role_phrases")
        let rawRoles = try c.decode([String: [String]].self, forKey: .roles)
        var roles: [Role: [String]] = [:]
        for (name, forms) in rawRoles {
            guard let role = Role(rawValue: name) else {
                throw DecodingError.dataCorruptedError(forKey: .roles, in: c, debugDescription: "unknown role '\(name)'")
            }
            roles[role] = forms
        }
        self.roles = roles
        attendance = try c.decode([Attendance].self, forKey: .attendance)
        signatureContainers = try c.decode([String].self, forKey: .signatureContainers)
        signatureLabels = try Self.roleMap(c.decode([String: String].self, forKey: .signatureLabels), key: "signature_labels")
        titleSuffixes = try c.decode([String].self, forKey: .titleSuffixes)
        parties = try c.decode([String].self, forKey: .parties)
        abbreviations = try c.decode([String].self, forKey: .abbreviations)
        referenceCues = try c.decode([String].self, forKey: .referenceCues)
        notNames = try c.decode([String].self, forKey: .notNames)
        firstNames = try c.decode([String].self, forKey: .firstNames)
    }

    private static func roleMap(_ raw: [String: String], key: String) throws -> [String: Role] {
        var out: [String: Role] = [:]
        for (phrase, name) in raw {
            guard let role = Role(rawValue: name) else {
                throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "\(key): unknown role '\(name)'"))
            }
            out[phrase] = role
        }
        return out
    }

    /// Parses the vocabulary from YAML text.
    public static func parse(_ yaml: String, path: String = "structure.yaml") throws -> StructureVocabulary {
        do {
            return try YAMLDecoder().decode(StructureVocabulary.self, from: yaml)
        } catch {
            throw RenskriftError.invalidModel(path: path, reason: "structure vocabulary: \(error)")
        }
    }

    /// Reads the vocabulary from a file.
    public static func load(from url: URL) throws -> StructureVocabulary {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw RenskriftError.invalidModel(path: url.path, reason: "structure vocabulary: \(error.localizedDescription)")
        }
        return try parse(text, path: url.path)
    }

    /// The file name inside a models folder.
    public static let fileName = "structure.yaml"

    /// Where `structure.yaml` is looked for: the same folders as every other model file.
    public static func searchLocations(modelsDirectory: String? = nil) -> [URL] {
        ModelSearchPath.candidates(explicit: modelsDirectory)
    }

    /// Loads `structure.yaml` from `modelsDirectory` or the first of the default locations that has one.
    public static func locate(modelsDirectory: String? = nil) throws -> StructureVocabulary {
        let dirs = searchLocations(modelsDirectory: modelsDirectory)
        for dir in dirs {
            let url = dir.appendingPathComponent(fileName)
            if FileManager.default.fileExists(atPath: url.path) { return try load(from: url) }
        }
        throw RenskriftError.modelMissing(
            reason: "structure vocabulary \(fileName) not found (looked in \(dirs.map(\.path).joined(separator: ", ")))")
    }

    private static let cached: Result<StructureVocabulary, RenskriftError> = {
        do { return .success(try locate()) } catch let e as RenskriftError { return .failure(e) } catch {
            return .failure(.invalidModel(path: fileName, reason: error.localizedDescription))
        }
    }()

    /// The default vocabulary, loaded once per process.
    public static func shared() throws -> StructureVocabulary { try cached.get() }
}
