/// What structure detection found in a protocol: metadata, sections, items, people.
public struct MeetingStructure: Codable, Sendable, Hashable {
    public var metadata: MeetingMetadata
    public var sections: [Section]
    public var items: [AgendaItem]
    public var people: [Person]
    public var signatures: [Signature]
    public var nextMeeting: DateMention?

    public init(metadata: MeetingMetadata = MeetingMetadata(), sections: [Section] = [], items: [AgendaItem] = [],
                people: [Person] = [], signatures: [Signature] = [], nextMeeting: DateMention? = nil) {
        self.metadata = metadata
        self.sections = sections
        self.items = items
        self.people = people
        self.signatures = signatures
        self.nextMeeting = nextMeeting
    }
}

/// A date as printed and, when the year is known, resolved to ISO form.
public struct DateMention: Codable, Sendable, Hashable {
    /// The date as written, e.g. "tisdagen den 14 oktober 2025".
    public var text: String
    /// `YYYY-MM-DD`, or nil when the text leaves the year open.
    public var iso: String?
    public var source: SourceRef?

    public init(text: String, iso: String?, source: SourceRef? = nil) {
        self.text = text
        self.iso = iso
        self.source = source
    }
}

/// The header facts of a meeting.
public struct MeetingMetadata: Codable, Sendable, Hashable {
    /// Organisation above the title, e.g. "Söderhamns kommun".
    public var organisation: String?
    /// Organ or meeting title as written, e.g. "Kommunstyrelsen".
    public var title: String?
    public var date: DateMention?
    public var time: String?
    public var place: String?
    /// Paragraph range as printed, e.g. "§§ 45–52".
    public var paragraphRange: String?
    public var source: [SourceRef]

    public init(organisation: String? = nil, title: String? = nil, date: DateMention? = nil, time: String? = nil,
                place: String? = nil, paragraphRange: String? = nil, source: [SourceRef] = []) {
        self.organisation = organisation
        self.title = title
        self.date = date
        self.time = time
        self.place = place
        self.paragraphRange = paragraphRange
        self.source = source
    }
}

/// A top-level heading that is not an agenda item ("Beslut", "Deltog", "ANSLAG/BEVIS" …).
public struct Section: Codable, Sendable, Hashable {
    public var title: String
    /// Lines under the heading up to the next section or item.
    public var lines: [String]
    public var source: SourceRef?
    /// Where each of `lines` stands, in the same order; nil in JSON written before it existed.
    public var lineSources: [SourceRef]?

    public init(title: String, lines: [String] = [], source: SourceRef? = nil, lineSources: [SourceRef]? = nil) {
        self.title = title
        self.lines = lines
        self.source = source
        self.lineSources = lineSources
    }
}

/// What a block of an item's body is.
public enum BodyKind: String, Codable, Sendable {
    case paragraph
    case subheading
    case bulletList = "bullet-list"
    case numberedList = "numbered-list"
    case decision
    case reference
}

/// A paragraph, sub-heading, list or decision inside an agenda item.
public struct BodyElement: Codable, Sendable, Hashable {
    public var kind: BodyKind
    /// One string for paragraphs and headings; one per entry for lists.
    public var text: [String]
    public var source: [SourceRef]

    public init(kind: BodyKind, text: [String], source: [SourceRef] = []) {
        self.kind = kind
        self.text = text
        self.source = source
    }
}

/// A numbered agenda item ("§ 19 Mötets öppnande", "3. Ekonomi", "Punkt 2").
public struct AgendaItem: Codable, Sendable, Hashable {
    /// The number as printed, without trailing "." or ")": "§ 45", "§1", "3", "Punkt 2".
    public var number: String
    public var title: String
    /// The top-level section the item stands under, if any (e.g. "Beslut").
    public var section: String?
    public var body: [BodyElement]
    /// Decision texts, whitespace-normalised, one string per decision line or list entry.
    public var decisions: [String]
    public var source: SourceRef?

    public init(number: String, title: String, section: String? = nil, body: [BodyElement] = [],
                decisions: [String] = [], source: SourceRef? = nil) {
        self.number = number
        self.title = title
        self.section = section
        self.body = body
        self.decisions = decisions
        self.source = source
    }
}

/// A role a person holds at the meeting.
public enum Role: String, Codable, Sendable, CaseIterable {
    case chair = "ordförande"
    case viceChair = "vice ordförande"
    case secretary = "sekreterare"
    case adjuster = "justerare"
    case member = "ledamot"
    case deputy = "ersättare"
    case servingDeputy = "tjänstgörande ersättare"
    case meetingChair = "mötesordförande"
    case teller = "rösträknare"
    case auditor = "revisor"
    case deputyAuditor = "revisorsersättare"
    case nominationCommittee = "valberedning"
    case presenter = "föredragande"
    case present = "närvarande"
    case absent = "frånvarande"
    case mentioned = "omnämnd"
}

/// A person named in the protocol, with organisation, title and roles.
public struct Person: Codable, Sendable, Hashable {
    public var name: String
    /// Kommun or organisation, or for politicians the party abbreviation.
    public var organisation: String?
    /// Job title or position in base form, or a parenthesised remit.
    public var title: String?
    public var roles: [Role]
    /// true/false from attendance lists or acting in the meeting; nil when unknown.
    public var present: Bool?
    public var source: [SourceRef]

    public init(name: String, organisation: String? = nil, title: String? = nil, roles: [Role] = [],
                present: Bool? = nil, source: [SourceRef] = []) {
        self.name = name
        self.organisation = organisation
        self.title = title
        self.roles = roles
        self.present = present
        self.source = source
    }
}

/// A signature line: the label ("Ordförande", "Justerare") and the name under it.
public struct Signature: Codable, Sendable, Hashable {
    public var label: String
    public var name: String?
    public var source: SourceRef?

    public init(label: String, name: String? = nil, source: SourceRef? = nil) {
        self.label = label
        self.name = name
        self.source = source
    }
}
