import Foundation

/// Sections and items of a structure in reading order, shared by the Markdown and HTML writers.
enum StructureLayout {
    enum Part {
        case section(Section)
        case item(AgendaItem)
    }

    static func order(_ ref: SourceRef?) -> (Int, Int, Int) {
        guard let r = ref else { return (Int.max, Int.max, Int.max) }
        return (r.page, r.block, r.line)
    }

    /// Sections and items merged by where they stand in the document.
    static func parts(_ s: MeetingStructure) -> [Part] {
        var parts: [(key: (Int, Int, Int), seq: Int, part: Part)] = []
        for (i, sec) in s.sections.enumerated() { parts.append((order(sec.source), i, .section(sec))) }
        for (i, item) in s.items.enumerated() { parts.append((order(item.source), s.sections.count + i, .item(item))) }
        return parts.sorted { a, b in a.key != b.key ? a.key < b.key : a.seq < b.seq }.map(\.part)
    }

    /// Swedish labels for the people table.
    static func presence(_ p: Bool?) -> String {
        switch p {
        case .some(true): return "ja"
        case .some(false): return "nej"
        case .none: return "okänt"
        }
    }

    /// Whether the item's body already shows its decisions in place.
    static func bodyShowsDecisions(_ item: AgendaItem) -> Bool {
        item.body.contains { $0.kind == .decision }
    }

    /// Title of the document: the organ, else the file's name.
    static func heading(_ document: Document) -> String {
        document.structure?.metadata.title ?? document.name
    }
}
