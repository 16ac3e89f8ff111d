import Foundation

/// Collects the people of a protocol from attendance lists, signature blocks and running text.
struct PeopleFinder {
    let lexicon: StructureLexicon
    private(set) var people: [Person] = []
    private var index: [String: Int] = [:]
    /// The same keys without diacritics.
    private var folded: [String: Int] = [:]

    /// Roles held at the meeting; the attendance-only roles give way to them.
    static let informalRoles: Set<Role> = [.presenter, .present, .absent, .mentioned]
    /// Roles that mean the person acted at this very meeting.
    static let meetingRoles: Set<Role> = [.meetingChair, .secretary, .adjuster, .teller]

    init(lexicon: StructureLexicon) { self.lexicon = lexicon }

    // MARK: - Registry

    private static func key(_ name: String) -> String { TextTools.normalizeSpace(name).lowercased() }

    /// The fields of a list line. OCR reads "," as ";" now and then, so both separate fields, and a
    /// role in brackets after a name ("Anna Lind (ordförande)") becomes a field of its own.
    func fields(_ s: String) -> [String] {
        var out: [String] = []
        for f in Self.splitTopLevel(s.replacingOccurrences(of: "; ", with: ", "), on: ",") {
            if f.hasSuffix(")"), let open = f.lastIndex(of: "("), open != f.startIndex {
                let inner = String(f[f.index(after: open)..<f.index(before: f.endIndex)])
                if lexicon.role(exactly: inner) != nil {
                    out.append(f[..<open].trimmingCharacters(in: .whitespaces))
                    out.append(inner)
                    continue
                }
            }
            out.append(f)
        }
        return out
    }

    /// Adds or updates a person; roles accumulate, known facts are not overwritten.
    @discardableResult
    mutating func record(_ name: String, organisation: String? = nil, title: String? = nil, roles: [Role] = [],
                         present: Bool? = nil, source: SourceRef?) -> Int {
        let name = TextTools.normalizeSpace(name)
        let k = Self.key(name)
        let i: Int
        if let existing = index[k] {
            i = existing
        } else if let existing = folded[TextTools.fold(k)] {
            // The same name with diacritics lost or misread ("Asa Jonsson", "Åsa Jönsson"): one person,
            // written the way with more diacritics, as OCR loses them far more often than it adds them.
            i = existing
            index[k] = i
            if Self.diacritics(name) > Self.diacritics(people[i].name) { people[i].name = name }
        } else {
            i = people.count
            people.append(Person(name: name))
            index[k] = i
            folded[TextTools.fold(k)] = i
        }
        if people[i].organisation == nil, let organisation, !organisation.isEmpty { people[i].organisation = organisation }
        if people[i].title == nil, let title, !title.isEmpty { people[i].title = title }
        for r in roles where !people[i].roles.contains(r) { people[i].roles.append(r) }
        if let present {
            // An attendance list outranks what running text suggests.
            if people[i].present == nil { people[i].present = present }
        }
        if let source, !people[i].source.contains(source) { people[i].source.append(source) }
        return i
    }

    private static func diacritics(_ s: String) -> Int {
        s.filter { $0.isLetter && !$0.isASCII }.count
    }

    /// The known person a name refers to, allowing a genitive "s" ("Anna-Karin Sjögrens") and,
    /// for OCR, lost diacritics or one slip per eight letters ("Karin Sjodin").
    func known(_ name: String) -> Int? {
        let k = Self.key(name)
        if let i = index[k] ?? folded[TextTools.fold(k)] { return i }
        if k.hasSuffix("s"), let i = index[String(k.dropLast())] ?? folded[TextTools.fold(String(k.dropLast()))] { return i }
        let f = Array(TextTools.fold(k))
        guard f.count >= 6 else { return nil }
        var best: (Int, Int)?
        for (i, p) in people.enumerated() {
            let g = Array(TextTools.fold(Self.key(p.name)))
            guard abs(g.count - f.count) <= 2 else { continue }
            let d = EditDistance.distance(f, g)
            if d <= max(1, f.count / 8), best == nil || d < best!.1 { best = (i, d) }
        }
        return best?.0
    }

    /// People whose first name is `token`, for tying "John" to "John Nelander".
    func knownByFirstName(_ token: String) -> [Int] {
        let t = token.lowercased()
        return people.indices.filter { people[$0].name.lowercased().split(separator: " ").first.map(String.init) == t }
    }

    /// Final clean-up: attendance roles and "mentioned" give way to real roles.
    mutating func finish() -> [Person] {
        for i in people.indices {
            var roles = people[i].roles
            if roles.contains(where: { !Self.informalRoles.contains($0) }) {
                roles.removeAll { $0 == .present || $0 == .absent }
            }
            if roles.contains(where: { $0 != .mentioned }) { roles.removeAll { $0 == .mentioned } }
            if roles.isEmpty { roles = [.mentioned] }
            people[i].roles = roles
        }
        return people
    }

    // MARK: - Name shapes

    /// A word that can be part of a personal name: capitalised, letters and hyphens, not in capitals.
    func isNameToken(_ raw: String) -> Bool {
        let t = raw.trimmingCharacters(in: TextTools.edgePunctuation)
        guard let f = t.first, f.isUppercase, t.count >= 2 else { return false }
        guard t.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" }) else { return false }
        guard t.contains(where: \.isLowercase) else { return false }
        // "IT-chef": a capitalised acronym before a lower-case word is a title.
        if let dash = t.firstIndex(of: "-") {
            let after = t[t.index(after: dash)...]
            if let a = after.first, a.isLowercase, !t[..<dash].contains(where: \.isLowercase) { return false }
        }
        return !lexicon.notNames.contains(TextTools.fold(t))
    }

    /// Splits "Name (S)" into the name and a party abbreviation.
    func nameAndParty(_ s: String) -> (name: String, party: String?)? {
        var text = TextTools.normalizeSpace(s)
        var party: String?
        if let open = text.lastIndex(of: "("), text.hasSuffix(")") {
            let inner = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
            if inner.count <= 5, inner.first?.isUppercase == true {
                party = inner
                text = String(text[..<open]).trimmingCharacters(in: .whitespaces)
            } else {
                return nil
            }
        }
        let tokens = text.split(separator: " ").map { String($0).trimmingCharacters(in: TextTools.edgePunctuation) }
        guard (2...4).contains(tokens.count), tokens.allSatisfy(isNameToken) else { return nil }
        if lexicon.sectionHeadings.contains(TextTools.headingKey(text)) { return nil }
        return (tokens.joined(separator: " "), party)
    }

    /// True when a line reads as a list entry for a person: "Name", "Name (S), …", "Name, Org".
    func isPersonLine(_ text: String) -> Bool {
        let segs = fields(text)
        guard let first = segs.first else { return false }
        return namesIn(first, gaps: nil).first != nil
    }

    /// The names in the first field of a list line: "A (S) och B (KD)", or two names side by side.
    func namesIn(_ field: String, gaps: [Int]?) -> [(name: String, party: String?)] {
        let parts = field.replacingOccurrences(of: " och ", with: "\u{1}").replacingOccurrences(of: " & ", with: "\u{1}")
            .replacingOccurrences(of: " samt ", with: "\u{1}").split(separator: "\u{1}").map(String.init)
        var out: [(String, String?)] = []
        for part in parts {
            if let np = nameAndParty(part) {
                let tokens = np.name.split(separator: " ").map(String.init)
                if tokens.count == 4 && np.party == nil {
                    out.append(contentsOf: splitSideBySide(tokens, gaps: gaps).map { ($0, nil) })
                } else {
                    out.append(np)
                }
            } else {
                let tokens = TextTools.normalizeSpace(part).split(separator: " ").map(String.init)
                if tokens.count >= 4, tokens.count <= 8, tokens.allSatisfy(isNameToken) {
                    out.append(contentsOf: splitSideBySide(tokens, gaps: gaps).map { ($0, nil) })
                } else {
                    return []
                }
            }
        }
        return out
    }

    /// Names printed side by side on a signature line: known names first, then word gaps, then pairs.
    private func splitSideBySide(_ tokens: [String], gaps: [Int]?) -> [String] {
        var out: [String] = []
        var i = 0
        while i < tokens.count {
            var matched = false
            for len in stride(from: min(4, tokens.count - i), through: 2, by: -1) {
                let cand = tokens[i..<(i + len)].joined(separator: " ")
                if index[Self.key(cand)] ?? folded[TextTools.fold(Self.key(cand))] != nil { out.append(cand); i += len; matched = true; break }
            }
            if matched { continue }
            if let gaps, gaps.count == tokens.count - 1 {
                let median = gaps.sorted()[gaps.count / 2]
                var j = i + 1
                while j < tokens.count && gaps[j - 1] <= max(3 * median, median + 20) { j += 1 }
                if j - i >= 2 { out.append(tokens[i..<j].joined(separator: " ")); i = j; continue }
            }
            let len = tokens.count - i >= 2 ? 2 : 1
            if len == 2 { out.append(tokens[i..<(i + 2)].joined(separator: " ")) }
            i += len
        }
        return out
    }

    /// Splits on `separator` outside parentheses.
    static func splitTopLevel(_ s: String, on separator: Character) -> [String] {
        var out: [String] = []
        var cur = ""
        var depth = 0
        for c in s {
            if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) }
            if c == separator && depth == 0 {
                out.append(cur.trimmingCharacters(in: .whitespaces))
                cur = ""
            } else {
                cur.append(c)
            }
        }
        out.append(cur.trimmingCharacters(in: .whitespaces))
        return out
    }

    // MARK: - Lists

    /// A lower-case job title, or an acronym title such as "IT-chef".
    private func isTitleWord(_ w: String) -> Bool {
        guard let f = w.first else { return false }
        if f.isLowercase { return true }
        if let dash = w.firstIndex(of: "-"), let a = w[w.index(after: dash)...].first, a.isLowercase,
           !w[..<dash].contains(where: \.isLowercase) { return true }
        return false
    }

    /// Splits "digitaliseringschef Uddevalla kommun" into title and organisation.
    private func titleAndOrganisation(_ s: String) -> (title: String?, organisation: String?) {
        let tokens = s.split(separator: " ").map(String.init)
        var k = 0
        while k < tokens.count && isTitleWord(tokens[k]) { k += 1 }
        let title = k > 0 ? tokens[0..<k].joined(separator: " ") : nil
        let org = k < tokens.count ? tokens[k...].joined(separator: " ") : nil
        return (title, org)
    }

    /// Reads one attendance or signature line: "Name (Party), role", "Name, Org (remit), role",
    /// "Name, title Org, role", "Name, Org, title"; `defaultRole` applies when no role is printed.
    mutating func addListLine(_ text: String, source: SourceRef, gaps: [Int]?, defaultRole: Role?,
                              extraRoles: [Role] = [], present: Bool?) -> Bool {
        let segs = fields(TextTools.normalizeSpace(text))
        guard let first = segs.first else { return false }
        let names = namesIn(first, gaps: gaps)
        guard !names.isEmpty else { return false }
        var org: String?
        var title: String?
        var roles: [Role] = []
        var substitutes: [(String, String?)] = []
        for seg in segs.dropFirst() where !seg.isEmpty {
            if seg.hasPrefix("§") || seg.lowercased().hasPrefix("§§") { continue }
            let words = TextTools.words(seg)
            if let (role, len) = lexicon.rolePrefix(words) {
                roles.append(role)
                // "tjänstgörande ersättare för Leif Sandström (S)": the absent member.
                if len < words.count, words[len] == TextTools.fold("för") {
                    let raw = seg.split(separator: " ").dropFirst(len + 1).joined(separator: " ")
                    substitutes.append(contentsOf: namesIn(raw, gaps: nil))
                }
                continue
            }
            if seg.hasPrefix("("), seg.hasSuffix(")") {
                if title == nil { title = String(seg.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces) }
                continue
            }
            if let open = seg.firstIndex(of: "("), seg.hasSuffix(")") {
                let before = seg[..<open].trimmingCharacters(in: .whitespaces)
                let inner = seg[seg.index(after: open)..<seg.index(before: seg.endIndex)].trimmingCharacters(in: .whitespaces)
                let split = titleAndOrganisation(before)
                if org == nil { org = split.organisation }
                if title == nil { title = split.title ?? inner }
                continue
            }
            let split = titleAndOrganisation(seg)
            if let t = split.title, title == nil { title = t }
            if let o = split.organisation {
                if org == nil { org = o } else if title == nil { title = o }
            }
        }
        if roles.isEmpty, let defaultRole { roles = [defaultRole] }
        roles.append(contentsOf: extraRoles)
        for (name, party) in names {
            record(name, organisation: party ?? org, title: names.count == 1 ? title : nil, roles: roles,
                   present: present, source: source)
        }
        for (name, party) in substitutes {
            record(name, organisation: party, roles: [.member], present: false, source: source)
        }
        return true
    }

    // MARK: - Running text

    /// Context of a sentence in running text.
    struct TextContext {
        /// Inside a numbered agenda item that is not "Övriga frågor" or the like.
        var presentsItem: Bool
    }

    /// A person named in a sentence: token range and the name.
    private struct Mention {
        var start: Int
        var end: Int
        var name: String
    }

    private func clean(_ t: String) -> String { t.trimmingCharacters(in: TextTools.edgePunctuation) }

    /// Names in a token list: known people, given name + surname, or capitalised pairs at `anyPairFrom`.
    private func mentions(_ tokens: [String], trustPairs: Set<Int> = [], from start: Int = 0) -> [Mention] {
        var out: [Mention] = []
        var i = start
        while i < tokens.count {
            var t = clean(tokens[i])
            // OCR that lost a capital: "valdes ulf Dahlström" — only where a name is expected.
            if trustPairs.contains(i), let f = t.first, f.isLowercase, t.count >= 2, lexicon.isFirstName(t),
               i + 1 < tokens.count, isNameToken(clean(tokens[i + 1])), !isTitleOrRoleWord(clean(tokens[i + 1])) {
                t = f.uppercased() + t.dropFirst()
                var fixed = tokens
                fixed[i] = tokens[i].replacingOccurrences(of: String(clean(tokens[i])), with: t)
                return Array(out) + mentions(fixed, trustPairs: trustPairs, from: i)
            }
            guard isNameToken(tokens[i]) || isNameToken(t), !isTitleOrRoleWord(t) else { i += 1; continue }
            var found: Mention?
            // Known names, longest first, also in the genitive.
            for len in stride(from: min(4, tokens.count - i), through: 2, by: -1) {
                let slice = tokens[i..<(i + len)]
                if slice.dropLast().contains(where: { $0.hasSuffix(",") || $0.hasSuffix(".") }) { continue }
                let cand = slice.map(clean).joined(separator: " ")
                if let k = known(cand) { found = Mention(start: i, end: i + len, name: people[k].name); break }
            }
            if found == nil, i + 1 < tokens.count, !tokens[i].hasSuffix(","), !tokens[i].hasSuffix("."),
               isNameToken(clean(tokens[i + 1])), lexicon.isFirstName(t) || trustPairs.contains(i) {
                var end = i + 2
                // A third capitalised word joins only when it is not followed by more capitals.
                if end < tokens.count, !tokens[i + 1].hasSuffix(","), !tokens[i + 1].hasSuffix("."),
                   isNameToken(clean(tokens[end])), lexicon.isFirstName(clean(tokens[end])) == false,
                   end + 1 >= tokens.count || !isNameToken(clean(tokens[end + 1])) {
                    if end + 1 < tokens.count, let n = tokens[end + 1].first, n.isLowercase { end += 1 }
                }
                found = Mention(start: i, end: end, name: tokens[i..<end].map(clean).joined(separator: " "))
            }
            if let m = found { out.append(m); i = m.end } else { i += 1 }
        }
        return out
    }

    /// "Kassören", "Revisor", "Ekonomichef": words that stand before a name but are not part of it.
    func isTitleOrRoleWord(_ token: String) -> Bool {
        let w = TextTools.fold(token)
        if lexicon.isFirstName(w) { return false }
        if lexicon.roleForms.contains(where: { $0.words == [w] }) { return true }
        return w.count > 4 && lexicon.titleSuffixes.contains { w.hasSuffix($0) }
    }

    /// Finds people in one sentence of running text and what they do there.
    mutating func addSentence(_ sentence: String, source: SourceRef?, context: TextContext,
                              electedRoles: [Role] = []) {
        let tokens = sentence.split(separator: " ").map(String.init)
        let lower = tokens.map { TextTools.fold(clean($0)) }
        guard !tokens.isEmpty else { return }
        // Capitalised pairs count as names at the start or right after a role word or election verb.
        var trust: Set<Int> = [0]
        if let f = lexicon.rolePrefix(lower) { trust.insert(f.length) }
        if isTitleOrRoleWord(lower[0]) { trust.insert(1) }
        var electionAt: Int?
        var electionLen = 0
        if let e = lexicon.firstPhrase(lexicon.electionVerbs, in: lower) {
            electionAt = e.at
            electionLen = e.length
            for k in (e.at + e.length)..<tokens.count { trust.insert(k) }
        }
        var ms = mentions(tokens, trustPairs: trust)
        // Report verbs make the capitalised pair before them a name too.
        if ms.isEmpty || ms.first!.start > 0 {
            if tokens.count > 2, isNameToken(tokens[0]), !isTitleOrRoleWord(clean(tokens[0])), isNameToken(clean(tokens[1])),
               lexicon.firstPhrase(lexicon.reportVerbs, in: Array(lower.dropFirst(2)))?.at == 0 {
                ms.insert(Mention(start: 0, end: 2, name: tokens[0..<2].map(clean).joined(separator: " ")), at: 0)
            }
        }
        guard !ms.isEmpty else { return }

        // Election: "Till justerare valdes A och B." — roles from the words before the verb or after "till".
        var electionRoles: [Role] = electedRoles
        if let at = electionAt {
            electionRoles += lexicon.roles(in: Array(lower[0..<at]))
            // "A valdes till ordförande", "A valdes att justera protokollet".
            if electionRoles.isEmpty { electionRoles += lexicon.roles(in: Array(lower[(at + electionLen)...])) }
        }
        var phraseRoles: [Role] = []
        for p in lexicon.rolePhrases where TextTools.find(p.words, in: lower, from: 0) != nil { phraseRoles.append(p.role) }

        for m in ms {
            var roles: [Role] = []
            var title: String?
            var org: String?
            var present: Bool?
            // A role or title right before the name: "Föreningens ordförande Gunnel Åberg", "Kassören …".
            var roleBefore = false
            for form in lexicon.roleForms where form.words.count <= m.start {
                if Array(lower[(m.start - form.words.count)..<m.start]) == form.words {
                    roles.append(form.role)
                    roleBefore = true
                    break
                }
            }
            if !roleBefore, m.start > 0 {
                let w = lower[m.start - 1]
                if lexicon.titleSuffixes.contains(where: { w.hasSuffix($0) }), w.count > 3 {
                    title = baseForm(clean(tokens[m.start - 1]).lowercased())
                }
            }
            // Skip an apposition ", samordnare på Region X," to reach the verb.
            var v = m.end
            if m.end - 1 < tokens.count, tokens[m.end - 1].hasSuffix(",") {
                var j = m.end
                var appos: [String] = []
                while j < tokens.count && j < m.end + 14 {
                    appos.append(clean(tokens[j]))
                    if tokens[j].hasSuffix(",") { break }
                    j += 1
                }
                if j < tokens.count && tokens[j].hasSuffix(",") {
                    v = j + 1
                    let a = appos.joined(separator: " ")
                    if let onAt = a.range(of: " på ", options: .backwards) ?? a.range(of: " i ", options: .backwards) {
                        let before = String(a[..<onAt.lowerBound]).split(separator: " ").first.map(String.init)
                        let after = String(a[onAt.upperBound...])
                        if after.first?.isUppercase == true { org = after; title = before }
                    } else if a.first?.isUppercase == true {
                        org = a
                    } else if a.split(separator: " ").count <= 3 {
                        title = a
                    }
                }
            }
            let rest = Array(lower[min(v, lower.count)...])
            if let r = lexicon.firstPhrase(lexicon.reportVerbs, in: rest), r.at == 0 {
                present = true
                if context.presentsItem { roles.append(.presenter) }
            } else if let a = lexicon.firstPhrase(lexicon.actingVerbs, in: rest), a.at == 0 {
                present = true
            }
            if let at = electionAt, m.start > at {
                roles.append(contentsOf: electionRoles)
                if electionRoles.contains(where: { Self.meetingRoles.contains($0) }) { present = true }
            }
            roles.append(contentsOf: phraseRoles)
            let isKnown = known(m.name) != nil
            if !isKnown && roles.isEmpty && present == nil {
                // Only mentioned: require a real given name so that places and firms stay out.
                guard lexicon.isFirstName(m.name.split(separator: " ").first.map(String.init) ?? "") else { continue }
                roles = [.mentioned]
            }
            let name = isKnown ? people[known(m.name)!].name : m.name
            record(name, organisation: org, title: title, roles: roles, present: present, source: source)
        }
    }

    /// Names in a list entry under an election lead-in ("- Lars-Göran Nyström (omval)").
    mutating func addElected(_ entry: String, roles: [Role], source: SourceRef?) {
        var text = entry
        if let open = text.firstIndex(of: "(") { text = String(text[..<open]) }
        let present: Bool? = roles.contains(where: { Self.meetingRoles.contains($0) }) ? true : nil
        for (name, _) in namesIn(text.trimmingCharacters(in: CharacterSet(charactersIn: " ,.")), gaps: nil) {
            record(name, roles: roles, present: present, source: source)
        }
    }

    /// "Kassören" → "kassör", "revisorn" → "revisor".
    private func baseForm(_ w: String) -> String {
        if w.hasSuffix("ören") || w.hasSuffix("chefen") { return String(w.dropLast(2)) }
        if w.hasSuffix("aren") { return String(w.dropLast()) }
        if w.hasSuffix("orn") { return String(w.dropLast()) }
        return w
    }
}
