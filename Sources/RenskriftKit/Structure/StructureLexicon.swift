import Foundation

/// The vocabulary prepared for fast lookups: lower-cased sets and tokenised phrases.
struct StructureLexicon: Sendable {
    let vocabulary: StructureVocabulary
    let sectionHeadings: Set<String>
    let itemSubheadings: Set<String>
    let decisionHeadings: Set<String>
    let nonDecisionHeadings: Set<String>
    let decisionSections: Set<String>
    let documentTypes: Set<String>
    let organisationWords: Set<String>
    let firstNames: Set<String>
    let notNames: Set<String>
    let itemWords: Set<String>
    let damagedSigns: Set<String>
    let parties: Set<String>
    let titleSuffixes: [String]
    let signatureContainers: Set<String>
    let signatureLabels: [String: Role]
    let otherBusiness: Set<String>
    /// Role forms, longest first so that "vice ordförande" wins over "ordförande".
    let roleForms: [(words: [String], role: Role)]
    let decisionCues: [[String]]
    let nonDecisionCues: [[String]]
    let reportVerbs: [[String]]
    let actingVerbs: [[String]]
    let electionVerbs: [[String]]
    let referenceCues: [[String]]
    let scheduleWords: [[String]]
    let rolePhrases: [(words: [String], role: Role)]
    let abbreviations: Set<String>
    let weekdays: Set<String>
    let months: [String: Int]
    let connectors: Set<String>

    init(_ v: StructureVocabulary) {
        vocabulary = v
        func set(_ a: [String]) -> Set<String> { Set(a.map { TextTools.headingKey($0) }) }
        func phrases(_ a: [String]) -> [[String]] {
            a.map { TextTools.words($0) }.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        }
        sectionHeadings = set(v.sectionHeadings)
        itemSubheadings = set(v.itemSubheadings)
        decisionHeadings = set(v.decisionHeadings)
        nonDecisionHeadings = set(v.nonDecisionHeadings)
        decisionSections = set(v.decisionSections)
        documentTypes = set(v.documentTypes)
        organisationWords = set(v.organisationWords)
        firstNames = Set(v.firstNames.map { TextTools.fold($0) })
        notNames = Set(v.notNames.map { TextTools.fold($0) })
        itemWords = set(v.itemWords)
        damagedSigns = Set(v.damagedSectionSigns)
        parties = Set(v.parties)
        titleSuffixes = v.titleSuffixes.map { TextTools.fold($0) }.sorted { $0.count > $1.count }
        signatureContainers = set(v.signatureContainers)
        var labels: [String: Role] = [:]
        for (k, r) in v.signatureLabels { labels[TextTools.headingKey(k)] = r }
        signatureLabels = labels
        otherBusiness = set(v.otherBusinessItems)
        var forms: [(words: [String], role: Role)] = []
        for (role, list) in v.roles { for f in list { forms.append((TextTools.words(f), role)) } }
        roleForms = forms.filter { !$0.words.isEmpty }.sorted { $0.words.count > $1.words.count }
        decisionCues = phrases(v.decisionCues)
        nonDecisionCues = phrases(v.nonDecisionCues)
        reportVerbs = phrases(v.reportVerbs)
        actingVerbs = phrases(v.actingVerbs)
        electionVerbs = phrases(v.electionVerbs)
        referenceCues = phrases(v.referenceCues)
        scheduleWords = phrases(v.meetingScheduleWords)
        rolePhrases = v.rolePhrases.map { (TextTools.words($0.key), $0.value) }.sorted { $0.words.count > $1.words.count }
        abbreviations = Set(v.abbreviations.map { TextTools.fold($0) })
        weekdays = Set(v.weekdays.map { TextTools.fold($0) })
        connectors = Set(v.connectorWords.map { TextTools.fold($0) })
        months = Dictionary(v.months.map { (TextTools.fold($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
    }

    /// The role a whole phrase names ("1:e vice ordförande" → vice ordförande), or nil.
    func role(exactly text: String) -> Role? {
        let w = TextTools.words(text)
        return roleForms.first { $0.words == w }?.role
    }

    /// Roles named anywhere in `words`, longest forms first and without overlaps.
    func roles(in words: [String]) -> [Role] {
        var used = [Bool](repeating: false, count: words.count)
        var found: [(Int, Role)] = []
        for form in roleForms {
            var i = 0
            while let at = TextTools.find(form.words, in: words, from: i) {
                if !used[at..<(at + form.words.count)].contains(true) {
                    for k in at..<(at + form.words.count) { used[k] = true }
                    found.append((at, form.role))
                }
                i = at + 1
            }
        }
        var out: [Role] = []
        for (_, r) in found.sorted(by: { $0.0 < $1.0 }) where !out.contains(r) { out.append(r) }
        return out
    }

    /// The role a phrase starting at the beginning of `words` names, with its length.
    func rolePrefix(_ words: [String]) -> (role: Role, length: Int)? {
        for form in roleForms where words.count >= form.words.count && Array(words[0..<form.words.count]) == form.words {
            return (form.role, form.words.count)
        }
        return nil
    }

    /// Whether a heading is one of the top-level section words, allowing one OCR slip in longer ones.
    func isSectionHeading(_ key: String) -> Bool {
        if sectionHeadings.contains(key) { return true }
        guard key.count >= 8 else { return false }
        return sectionHeadings.contains { abs($0.count - key.count) <= 1 && EditDistance.distance(Array($0), Array(key)) <= 1 }
    }

    /// The attendance entry a section heading matches, exactly or by its last words.
    func attendance(for heading: String) -> StructureVocabulary.Attendance? {
        let key = TextTools.headingKey(heading)
        if let exact = vocabulary.attendance.first(where: { TextTools.headingKey($0.heading) == key }) { return exact }
        if key.count >= 8, let near = vocabulary.attendance.first(where: {
            let h = TextTools.headingKey($0.heading)
            return abs(h.count - key.count) <= 1 && EditDistance.distance(Array(h), Array(key)) <= 1
        }) { return near }
        let w = TextTools.words(key)
        if w.count > 4 { return nil }
        // "Närvarande ledamöter", "Övriga deltagare": the first listed heading contained wins.
        return vocabulary.attendance.first { TextTools.find(TextTools.words($0.heading), in: w, from: 0) != nil }
    }

    /// The line ends in a word that cannot end a phrase ("för", "och").
    func endsWithConnector(_ text: String) -> Bool {
        guard let last = text.split(separator: " ").last else { return false }
        return connectors.contains(TextTools.fold(String(last)))
    }

    /// The line stops where no phrase can: after a connector or a given name ("… för Leif" / "Sandström (S)").
    func endsOpen(_ text: String) -> Bool {
        guard let last = text.split(separator: " ").last else { return false }
        let w = String(last)
        return endsWithConnector(text) || (w.first?.isUppercase == true && w.allSatisfy { $0.isLetter || $0 == "-" } && isFirstName(w))
    }

    func isFirstName(_ token: String) -> Bool {
        let lower = TextTools.fold(token)
        if firstNames.contains(lower) { return true }
        let parts = lower.split(separator: "-")
        return parts.count > 1 && parts.allSatisfy { firstNames.contains(String($0)) }
    }

    func hasPhrase(_ phrases: [[String]], in words: [String]) -> Bool {
        phrases.contains { TextTools.find($0, in: words, from: 0) != nil }
    }

    func firstPhrase(_ phrases: [[String]], in words: [String]) -> (at: Int, length: Int)? {
        var best: (Int, Int)?
        for p in phrases {
            if let at = TextTools.find(p, in: words, from: 0), best == nil || at < best!.0 { best = (at, p.count) }
        }
        return best.map { (at: $0.0, length: $0.1) }
    }
}

/// Small text helpers shared by the structure stages.
enum TextTools {
    /// Collapses runs of whitespace to single spaces and trims the ends.
    static func normalizeSpace(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Lower case without diacritics, so that OCR that lost them ("Narvarande") still matches.
    static func fold(_ s: String) -> String {
        s.lowercased().folding(options: [.diacriticInsensitive], locale: nil)
    }

    /// A heading as a lookup key: folded, single spaces, no trailing colon or period, tight slashes.
    static func headingKey(_ s: String) -> String {
        var t = fold(normalizeSpace(s))
        while let last = t.last, ":.;".contains(last) { t.removeLast() }
        t = t.replacingOccurrences(of: " / ", with: "/").replacingOccurrences(of: " /", with: "/")
            .replacingOccurrences(of: "/ ", with: "/")
        return t.trimmingCharacters(in: .whitespaces)
    }

    static let edgePunctuation = CharacterSet(charactersIn: ",.;:!?()[]{}\"”“'’«»*")

    /// Folded words without edge punctuation ("(omval)," → "omval").
    static func words(_ s: String) -> [String] {
        s.split(whereSeparator: { $0.isWhitespace }).map {
            fold(String($0)).trimmingCharacters(in: edgePunctuation)
        }.filter { !$0.isEmpty }
    }

    /// Position of `phrase` as consecutive words in `words`, from `start`.
    static func find(_ phrase: [String], in words: [String], from start: Int) -> Int? {
        guard !phrase.isEmpty, words.count >= phrase.count, start <= words.count - phrase.count else { return nil }
        for i in start...(words.count - phrase.count) where words[i] == phrase[0] {
            var ok = true
            for k in 1..<phrase.count where words[i + k] != phrase[k] { ok = false; break }
            if ok { return i }
        }
        return nil
    }

    static func isUpper(_ c: Character) -> Bool { c.isLetter && c.isUppercase }
    static func isLower(_ c: Character) -> Bool { c.isLetter && c.isLowercase }

    /// True for lines in capitals such as "ANSLAG/BEVIS" or "SÖDERHAMNS KOMMUN".
    static func isAllCaps(_ s: String) -> Bool {
        let letters = s.filter(\.isLetter)
        return letters.count >= 3 && letters.allSatisfy(\.isUppercase)
    }

    /// Ends like a sentence, not a heading.
    static func endsSentence(_ s: String) -> Bool {
        guard let last = s.last else { return false }
        return ".!?;,".contains(last)
    }

    /// The bullet of a bullet-list line and the entry text, e.g. "- foo" → "foo".
    static func bulletEntry(_ s: String) -> String? {
        guard let first = s.first, "-–—•*·▪◦●o".contains(first) else { return nil }
        // OCR joins a dash bullet to its word or doubles it: "--Ingrid Fröjd", "-Ingrid Fröjd".
        if "-–—".contains(first) {
            let dashes = s.prefix(while: { "-–—".contains($0) })
            let after = s.dropFirst(dashes.count)
            if dashes.count <= 2, let a = after.first, a.isUppercase, after.contains(" ") {
                return after.trimmingCharacters(in: .whitespaces)
            }
        }
        let rest = s.dropFirst()
        guard let next = rest.first, next == " " || next == "\t" else { return nil }
        if first == "o" && rest.count < 2 { return nil }
        let t = rest.trimmingCharacters(in: .whitespaces)
        return t.isEmpty ? nil : t
    }

    /// A numbered-list entry: "1. foo", "2) foo", "a) foo" → ("1", "foo").
    static func numberedEntry(_ s: String) -> (label: String, text: String)? {
        var digits = ""
        var idx = s.startIndex
        while idx < s.endIndex, s[idx].isNumber, digits.count < 3 { digits.append(s[idx]); idx = s.index(after: idx) }
        if digits.isEmpty {
            guard let f = s.first, f.isLetter, f.isLowercase, s.count > 3 else { return nil }
            digits = String(f)
            idx = s.index(after: s.startIndex)
        }
        guard idx < s.endIndex, s[idx] == "." || s[idx] == ")" else { return nil }
        let after = s.index(after: idx)
        guard after < s.endIndex, s[after] == " " else { return nil }
        let text = s[after...].trimmingCharacters(in: .whitespaces)
        guard let f = text.first, f.isLetter || f == "”" || f == "\"" else { return nil }
        return (digits, text)
    }

    /// Splits running text into sentences, keeping abbreviations, decimals and dates whole.
    static func sentences(_ s: String, abbreviations: Set<String>) -> [String] {
        let tokens = s.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var out: [String] = []
        var cur: [String] = []
        for (i, tok) in tokens.enumerated() {
            cur.append(tok)
            guard let last = tok.last, ".!?".contains(last), i + 1 < tokens.count else { continue }
            if abbreviations.contains(fold(tok)) { continue }
            // A single capital with a period is an initial ("A. Svensson").
            if tok.count == 2, tok.first!.isUppercase { continue }
            let next = tokens[i + 1]
            guard let n = next.first, n.isUppercase || n.isNumber || n == "”" || n == "\"" || n == "§" else { continue }
            out.append(cur.joined(separator: " "))
            cur = []
        }
        if !cur.isEmpty { out.append(cur.joined(separator: " ")) }
        return out
    }
}
