import Foundation

/// A logical line of an item's body: a wrapped paragraph joined up, a list entry or a sub-heading.
struct BodyUnit: Sendable {
    enum Kind: Sendable { case text, bullet, numbered, heading }
    var kind: Kind
    var text: String
    var refs: [SourceRef]
    /// Starts a paragraph (block) rather than continuing the lines above it.
    var blockFirst: Bool
}

/// Turns an item's lines into body elements and finds its decisions.
struct ItemBodyReader: Sendable {
    let lexicon: StructureLexicon
    let shapes: LineShapes

    /// Groups lines into units: wrapped lines are joined, list entries and sub-headings stand alone.
    func units(_ lines: [SourceLine]) -> [BodyUnit] {
        var out: [BodyUnit] = []
        let longest = lines.map(\.text.count).max() ?? 0
        for (k, line) in lines.enumerated() {
            let text = line.text
            // A page break inside a sentence ("… och Kerstin" / page 2 "Ljunggren (omval).") starts no paragraph.
            let midSentenceBreak = k > 0 && lines[k - 1].ref.page != line.ref.page && TextTools.bulletEntry(text) == nil
                && TextTools.numberedEntry(text) == nil && out.last.map { $0.kind == .text && !".!?:".contains($0.text.last ?? ".") } == true
            let first = (line.blockFirst && !midSentenceBreak) || k == 0
            if let entry = TextTools.bulletEntry(text) {
                out.append(BodyUnit(kind: .bullet, text: entry, refs: [line.ref], blockFirst: first))
                continue
            }
            if let entry = TextTools.numberedEntry(text) {
                out.append(BodyUnit(kind: .numbered, text: entry.text, refs: [line.ref], blockFirst: first))
                continue
            }
            let nextExists = k + 1 < lines.count
            // A capitalised short line whose sentence wraps on ("… Kjell Åström redogjorde för" /
            // "valberedningens förslag.") or that reaches the margin is text, not a heading.
            let wrapsOn = nextExists && !lines[k + 1].blockFirst && !text.hasSuffix(":")
                && (lines[k + 1].text.first?.isLowercase == true || line.fill >= 0.75)
                && TextTools.bulletEntry(lines[k + 1].text) == nil
            if first, (nextExists && !wrapsOn && shapes.isSubheading(text)) || lexicon.itemSubheadings.contains(TextTools.headingKey(text)) {
                out.append(BodyUnit(kind: .heading, text: stripColon(text), refs: [line.ref], blockFirst: true))
                continue
            }
            if var last = out.last, last.kind != .heading, let end = last.text.last, let start = text.first {
                let open = !".!?:".contains(end)
                // Wrapped lines: a lower-case start, or a long line before it in the same paragraph;
                // a line filled to the margin continues even after a full stop.
                let long = !first && k > 0 && Double(lines[k - 1].text.count) >= 0.6 * Double(longest) && last.kind == .text
                let filled = !first && k > 0 && lines[k - 1].fill >= 0.8 && end != ":"
                if (open && (start.isLowercase || long || midSentenceBreak)) || filled {
                    last.text = join(last.text, text)
                    last.refs.append(line.ref)
                    out[out.count - 1] = last
                    continue
                }
            }
            out.append(BodyUnit(kind: .text, text: text, refs: [line.ref], blockFirst: first))
        }
        return out
    }

    private func stripColon(_ s: String) -> String {
        var t = s
        while let l = t.last, l == ":" || l == " " { t.removeLast() }
        return t
    }

    /// Joins a wrapped line, undoing a hyphen break but keeping "individ- och" style dashes.
    private func join(_ a: String, _ b: String) -> String {
        if a.hasSuffix("-"), let f = b.first, f.isLowercase {
            let next = b.split(separator: " ").first.map(String.init) ?? ""
            if !["och", "eller", "samt", "till", "respektive"].contains(next) {
                let before = a.dropLast()
                if let p = before.last, p.isLetter { return String(before) + b }
            }
        }
        return a + " " + b
    }

    /// The item's body elements and decision strings.
    func read(_ units: [BodyUnit], inDecisionSection: Bool) -> (body: [BodyElement], decisions: [String]) {
        var decisions: [String] = []
        var decisionUnits = Set<Int>()
        let hasDecisionHeading = units.contains { $0.kind == .heading && shapes.isDecisionHeading($0.text) }
        if hasDecisionHeading {
            // Formal protocols: everything under "Beslut" up to the next sub-heading is the decision.
            var inDecision = false
            for (i, u) in units.enumerated() {
                if u.kind == .heading { inDecision = shapes.isDecisionHeading(u.text); continue }
                if let labelled = decisionLabel(u.text) {
                    decisions.append(labelled); decisionUnits.insert(i); continue
                }
                if inDecision { decisions.append(TextTools.normalizeSpace(u.text)); decisionUnits.insert(i) }
            }
        } else {
            var i = 0
            while i < units.count {
                let u = units[i]
                guard u.kind == .text else { i += 1; continue }
                if let labelled = decisionLabel(u.text) {
                    decisions.append(labelled); decisionUnits.insert(i)
                    i += 1
                    if labelled.hasSuffix(":") { i = takeLeadIn(units, from: i, into: &decisions, marking: &decisionUnits) }
                    continue
                }
                var leadIn = false
                if inDecisionSection && isDecisionSentence(u.text) {
                    decisions.append(TextTools.normalizeSpace(u.text)); decisionUnits.insert(i)
                    leadIn = u.text.hasSuffix(":")
                } else {
                    let sentences = TextTools.sentences(u.text, abbreviations: lexicon.abbreviations)
                    for (k, s) in sentences.enumerated() where isDecisionSentence(s) {
                        decisions.append(TextTools.normalizeSpace(s)); decisionUnits.insert(i)
                        if k == sentences.count - 1 && s.hasSuffix(":") { leadIn = true }
                    }
                }
                i += 1
                if leadIn { i = takeLeadIn(units, from: i, into: &decisions, marking: &decisionUnits) }
            }
        }
        return (elements(units, decisionUnits: decisionUnits, whole: hasDecisionHeading || inDecisionSection), decisions)
    }

    /// After "Mötet beslutar att:": the list entries that follow, or else the lines of the same paragraph.
    private func takeLeadIn(_ units: [BodyUnit], from start: Int, into decisions: inout [String],
                            marking marked: inout Set<Int>) -> Int {
        var i = start
        if i < units.count, units[i].kind == .bullet || units[i].kind == .numbered {
            let kind = units[i].kind
            while i < units.count, units[i].kind == kind {
                decisions.append(TextTools.normalizeSpace(units[i].text)); marked.insert(i); i += 1
            }
            return i
        }
        while i < units.count, units[i].kind == .text, !units[i].blockFirst {
            decisions.append(TextTools.normalizeSpace(units[i].text)); marked.insert(i); i += 1
        }
        return i
    }

    /// "Beslut: Kommunstyrelsen …" → the text after the label.
    private func decisionLabel(_ text: String) -> String? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let label = String(text[..<colon])
        guard label.split(separator: " ").count <= 3, shapes.isDecisionHeading(label) else { return nil }
        let rest = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        return rest.isEmpty ? nil : TextTools.normalizeSpace(rest)
    }

    /// A sentence that states a decision: a decision cue, not preceded by a report verb or a proposal.
    func isDecisionSentence(_ s: String) -> Bool {
        let w = TextTools.words(s)
        guard let cue = lexicon.firstPhrase(lexicon.decisionCues, in: w) else { return false }
        if let r = lexicon.firstPhrase(lexicon.reportVerbs, in: w), r.at < cue.at { return false }
        if let n = lexicon.firstPhrase(lexicon.nonDecisionCues, in: w), n.at < cue.at { return false }
        return true
    }

    private func elements(_ units: [BodyUnit], decisionUnits: Set<Int>, whole: Bool) -> [BodyElement] {
        var out: [BodyElement] = []
        var i = 0
        while i < units.count {
            let u = units[i]
            switch u.kind {
            case .heading:
                out.append(BodyElement(kind: .subheading, text: [u.text], source: u.refs))
                i += 1
            case .bullet, .numbered:
                var texts: [String] = []
                var refs: [SourceRef] = []
                while i < units.count, units[i].kind == u.kind {
                    texts.append(units[i].text); refs.append(contentsOf: units[i].refs); i += 1
                }
                out.append(BodyElement(kind: u.kind == .bullet ? .bulletList : .numberedList, text: texts, source: refs))
            case .text:
                let kind: BodyKind
                if decisionUnits.contains(i) && whole {
                    kind = .decision
                } else if lexicon.hasPhrase(lexicon.referenceCues, in: TextTools.words(u.text)) && u.text.count <= 200 {
                    kind = .reference
                } else {
                    kind = .paragraph
                }
                out.append(BodyElement(kind: kind, text: [u.text], source: u.refs))
                i += 1
            }
        }
        return out
    }
}
