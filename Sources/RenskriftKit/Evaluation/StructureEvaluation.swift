import Foundation

/// Structure ground truth in the corpus format (`NAME.structure.json`).
public struct StructureTruth: Codable, Sendable, Hashable {
    /// One person of the ground truth.
    public struct Person: Codable, Sendable, Hashable {
        public var name: String
        public var organisation: String?
        public var title: String?
        public var roles: [String]
        public var present: Bool?
    }

    /// One agenda item of the ground truth.
    public struct Item: Codable, Sendable, Hashable {
        public var number: String
        public var title: String
        public var decisions: [String]
    }

    public var title: String?
    public var date: String?
    public var nextMeeting: String?
    public var people: [Person]
    public var items: [Item]
    public var sections: [String]

    enum CodingKeys: String, CodingKey {
        case title, date, people, items, sections
        case nextMeeting = "next_meeting"
    }

    public static func load(_ url: URL) throws -> StructureTruth {
        do {
            return try JSONDecoder().decode(StructureTruth.self, from: Data(contentsOf: url))
        } catch {
            throw RenskriftError.corrupt(path: url.path, reason: "invalid structure ground truth: \(error)")
        }
    }

    /// A detected structure in the ground-truth form, for comparison and for writing new truth files.
    public init(_ s: MeetingStructure) {
        title = s.metadata.title
        date = s.metadata.date?.iso
        nextMeeting = s.nextMeeting?.iso
        people = s.people.map {
            Person(name: $0.name, organisation: $0.organisation, title: $0.title, roles: $0.roles.map(\.rawValue),
                   present: $0.present)
        }
        items = s.items.map { Item(number: $0.number, title: $0.title, decisions: $0.decisions) }
        sections = s.sections.map(\.title)
    }
}

/// Precision, recall and F1 of one kind of element, from matched, predicted and true counts.
public struct MatchCount: Codable, Sendable, Hashable {
    public var matched: Int
    public var predicted: Int
    public var truth: Int

    public init(matched: Int = 0, predicted: Int = 0, truth: Int = 0) {
        self.matched = matched
        self.predicted = predicted
        self.truth = truth
    }

    /// Multiset agreement of two lists of keys.
    public init(predicted p: [String], truth t: [String]) {
        var counts: [String: Int] = [:]
        for k in t { counts[k, default: 0] += 1 }
        var m = 0
        for k in p where counts[k, default: 0] > 0 {
            counts[k]! -= 1
            m += 1
        }
        self.init(matched: m, predicted: p.count, truth: t.count)
    }

    /// Both empty counts as perfect: nothing to find and nothing invented.
    public var precision: Double { predicted == 0 ? (truth == 0 ? 1 : 0) : Double(matched) / Double(predicted) }
    public var recall: Double { truth == 0 ? (predicted == 0 ? 1 : 0) : Double(matched) / Double(truth) }
    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    public static func + (a: MatchCount, b: MatchCount) -> MatchCount {
        MatchCount(matched: a.matched + b.matched, predicted: a.predicted + b.predicted, truth: a.truth + b.truth)
    }
}

/// How a detected structure agrees with its ground truth.
public struct StructureScores: Codable, Sendable, Hashable {
    /// Items by number and title.
    public var items = MatchCount()
    /// Decisions by item number and text.
    public var decisions = MatchCount()
    /// People by name and set of roles.
    public var people = MatchCount()
    /// Section headings by title.
    public var sections = MatchCount()
    /// Title, date and next meeting: how many of the three agree.
    public var metadata = MatchCount()

    public init() {}

    public static func + (a: StructureScores, b: StructureScores) -> StructureScores {
        var s = StructureScores()
        s.items = a.items + b.items
        s.decisions = a.decisions + b.decisions
        s.people = a.people + b.people
        s.sections = a.sections + b.sections
        s.metadata = a.metadata + b.metadata
        return s
    }
}

/// Compares detected structures with corpus ground truth.
public enum StructureEvaluation {
    /// Whitespace-normalised, canonically composed text; unless `strict`, dashes (‐ – — −) and
    /// quotation marks (” “ „ « » ’ ‘) count as the plain ASCII "-", "\"" and "'": OCR cannot tell
    /// these glyphs apart, and which one the scan shows says nothing about the structure found.
    static func norm(_ s: String, strict: Bool = true) -> String {
        var t = s.precomposedStringWithCanonicalMapping.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if !strict {
            t = String(t.map { c -> Character in
                switch c {
                case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}": return "-"
                case "\u{201D}", "\u{201C}", "\u{201E}", "\u{00AB}", "\u{00BB}": return "\""
                case "\u{2019}", "\u{2018}": return "'"
                default: return c
                }
            })
        }
        return t
    }

    static func itemKeys(_ items: [StructureTruth.Item], strict: Bool = true) -> [String] {
        items.map { norm($0.number, strict: strict) + "\u{1F}" + norm($0.title, strict: strict) }
    }

    static func decisionKeys(_ items: [StructureTruth.Item], strict: Bool = true) -> [String] {
        items.flatMap { item in item.decisions.map { norm(item.number, strict: strict) + "\u{1F}" + norm($0, strict: strict) } }
    }

    static func personKeys(_ people: [StructureTruth.Person], strict: Bool = true) -> [String] {
        people.map { norm($0.name, strict: strict) + "\u{1F}" + Set($0.roles.map { norm($0) }).sorted().joined(separator: ",") }
    }

    public static func compare(_ detected: MeetingStructure, with truth: StructureTruth, strict: Bool = true) -> StructureScores {
        compare(StructureTruth(detected), with: truth, strict: strict)
    }

    /// Scores of `p` against `t`; `strict: false` ignores dash and quotation-mark glyph differences.
    public static func compare(_ p: StructureTruth, with t: StructureTruth, strict: Bool = true) -> StructureScores {
        var s = StructureScores()
        s.items = MatchCount(predicted: itemKeys(p.items, strict: strict), truth: itemKeys(t.items, strict: strict))
        s.decisions = MatchCount(predicted: decisionKeys(p.items, strict: strict), truth: decisionKeys(t.items, strict: strict))
        s.people = MatchCount(predicted: personKeys(p.people, strict: strict), truth: personKeys(t.people, strict: strict))
        s.sections = MatchCount(predicted: p.sections.map { norm($0, strict: strict) }, truth: t.sections.map { norm($0, strict: strict) })
        let meta = [(p.title.map { norm($0, strict: strict) }, t.title.map { norm($0, strict: strict) }), (p.date, t.date), (p.nextMeeting, t.nextMeeting)]
        s.metadata = MatchCount(matched: meta.filter { $0.0 == $0.1 }.count, predicted: 3, truth: 3)
        return s
    }

    /// Human-readable differences, for finding out why a score is low.
    public static func differences(_ p: StructureTruth, _ t: StructureTruth, strict: Bool = true) -> [String] {
        var out: [String] = []
        func diff(_ label: String, _ pk: [String], _ tk: [String]) {
            var tc: [String: Int] = [:]
            for k in tk { tc[k, default: 0] += 1 }
            var pc: [String: Int] = [:]
            for k in pk { pc[k, default: 0] += 1 }
            for k in pk where tc[k, default: 0] == 0 { out.append("  + \(label): \(k.replacingOccurrences(of: "\u{1F}", with: " | "))") }
            for k in tk where pc[k, default: 0] == 0 { out.append("  - \(label): \(k.replacingOccurrences(of: "\u{1F}", with: " | "))") }
        }
        diff("item", itemKeys(p.items, strict: strict), itemKeys(t.items, strict: strict))
        diff("decision", decisionKeys(p.items, strict: strict), decisionKeys(t.items, strict: strict))
        diff("person", personKeys(p.people, strict: strict), personKeys(t.people, strict: strict))
        diff("section", p.sections.map { norm($0, strict: strict) }, t.sections.map { norm($0, strict: strict) })
        if p.title.map({ norm($0, strict: strict) }) != t.title.map({ norm($0, strict: strict) }) { out.append("  ≠ title: \(p.title ?? "null") vs \(t.title ?? "null")") }
        if p.date != t.date { out.append("  ≠ date: \(p.date ?? "null") vs \(t.date ?? "null")") }
        if p.nextMeeting != t.nextMeeting { out.append("  ≠ next meeting: \(p.nextMeeting ?? "null") vs \(t.nextMeeting ?? "null")") }
        return out
    }

    /// A fixed-width table of per-document and total scores.
    public static func table(_ rows: [(name: String, scores: StructureScores)]) -> String {
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        func cell(_ m: MatchCount) -> String {
            "\(f(m.precision)) \(f(m.recall)) \(f(m.f1))".padding(toLength: 19, withPad: " ", startingAt: 0)
        }
        let nameWidth = max(8, rows.map(\.name.count).max() ?? 0)
        var lines: [String] = []
        let head = "document".padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            + "  items P/R/F1        decisions P/R/F1    people P/R/F1       sections P/R/F1     meta"
        lines.append(head)
        func row(_ name: String, _ s: StructureScores) -> String {
            name.padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  " + cell(s.items) + " " + cell(s.decisions)
                + " " + cell(s.people) + " " + cell(s.sections) + " \(s.metadata.matched)/\(s.metadata.truth)"
        }
        var total = StructureScores()
        for r in rows {
            lines.append(row(r.name, r.scores))
            total = total + r.scores
        }
        lines.append(row("TOTAL", total))
        return lines.joined(separator: "\n") + "\n"
    }
}
