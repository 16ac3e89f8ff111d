import Foundation

/// Judges what a single line looks like: heading, label line, name line.
struct LineShapes: Sendable {
    let lexicon: StructureLexicon
    let dates: SwedishDates

    /// "Datum: 2025-11-21" → ("datum", "2025-11-21"); a label is a few words without digits.
    func labelValue(_ text: String) -> (label: String, value: String)? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let label = text[..<colon].trimmingCharacters(in: .whitespaces)
        let value = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        guard !label.isEmpty, !value.isEmpty, label.count <= 40, label.split(separator: " ").count <= 5,
              label.first?.isLetter == true, !label.contains(where: \.isNumber) else { return nil }
        // "SKR:s" and "kl. 10:30" are not labels.
        if let next = text[text.index(after: colon)...].first, next != " " && next != "\t" { return nil }
        return (TextTools.headingKey(label), value)
    }

    /// Short, capitalised, no sentence end, no date or value: how headings look.
    func isHeadingShaped(_ raw: String) -> Bool {
        let text = TextTools.normalizeSpace(raw)
        let key = TextTools.headingKey(text)
        if lexicon.isSectionHeading(key) || lexicon.itemSubheadings.contains(key) { return true }
        guard let f = text.first, f.isLetter, f.isUppercase else { return false }
        let words = text.split(separator: " ")
        guard text.count <= 60, words.count <= 7 else { return false }
        if TextTools.endsSentence(text) { return false }
        if text.hasSuffix(":") && words.count > 2 { return false }
        if labelValue(text) != nil { return false }
        if TextTools.bulletEntry(text) != nil || TextTools.numberedEntry(text) != nil { return false }
        let digits = text.filter(\.isNumber).count
        if Double(digits) > 0.2 * Double(text.count) { return false }
        if dates.firstFullDate(in: text) != nil { return false }
        if text.contains(" – ") || text.contains(" - ") { return words.count <= 5 }
        return true
    }

    /// A sub-heading inside an item ("Ärendebeskrivning", "Hembygdsdagen"); names and lists are not.
    func isSubheading(_ text: String) -> Bool {
        guard isHeadingShaped(text) else { return false }
        let words = text.split(separator: " ")
        // Lower-case words after the first: a heading, not a short sentence fragment with a verb list.
        return words.count <= 6
    }

    func isDecisionHeading(_ text: String) -> Bool {
        let key = TextTools.headingKey(text)
        if lexicon.nonDecisionHeadings.contains(key) { return false }
        if lexicon.decisionHeadings.contains(key) { return true }
        return lexicon.vocabulary.decisionHeadingSuffixes.contains { key.hasSuffix($0) } && key.split(separator: " ").count <= 3
    }
}
