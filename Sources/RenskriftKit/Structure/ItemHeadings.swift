import Foundation

/// One line of the document as structure detection sees it.
struct SourceLine: Sendable {
    var index: Int
    var text: String
    var ref: SourceRef
    /// First line of its block (a paragraph start).
    var blockFirst: Bool
    /// Last line of its block.
    var blockLast: Bool
    /// Horizontal gaps between words in pixels, when the line came from OCR.
    var gaps: [Int]?
    /// How full the line is compared with the text width (0 when the text is not wrapped).
    var fill: Double = 0
}

/// An agenda item's heading line: its number as printed and its title.
struct ItemHead: Sendable {
    var line: Int
    var number: String
    var value: Int
    var title: String
    /// The title stood alone on the next line ("§ 45" / "Fastställande av dagordning").
    var titleLine: Int?
}

/// Finds agenda-item headings by numbering patterns, then keeps the best consecutive run.
///
/// Lines such as "3. Ekonomi" also open numbered lists and agendas, so each candidate gets a score from
/// its shape and the chosen chain must count upwards; that keeps lists and stray numbers out.
struct ItemHeadingFinder: Sendable {
    enum Family: Sendable { case sectionSign, word, plain }

    struct Candidate: Sendable {
        var head: ItemHead
        var family: Family
        var score: Double
    }

    let lexicon: StructureLexicon

    func find(_ lines: [SourceLine]) -> [ItemHead] {
        var candidates: [Candidate] = []
        for (i, line) in lines.enumerated() {
            if var c = candidate(line.text, at: i) {
                if c.head.title.isEmpty {
                    // The title may stand on the next line of its own.
                    guard i + 1 < lines.count, isTitleShaped(lines[i + 1].text),
                          candidate(lines[i + 1].text, at: i + 1) == nil else { continue }
                    c.head.title = lines[i + 1].text
                    c.head.titleLine = i + 1
                } else if let more = titleContinuation(lines, at: i, title: c.head.title) {
                    c.head.title += " " + more
                    c.head.titleLine = i + 1
                }
                c.score += shapeScore(c, lines: lines, at: i)
                if c.score > 0 { candidates.append(c) }
            }
        }
        var best: [Candidate] = []
        var bestScore = 0.0
        for family in [Family.sectionSign, .word, .plain] {
            let chain = bestChain(candidates.filter { $0.family == family })
            let score = chain.reduce(0) { $0 + $1.score }
            if score > bestScore { best = chain; bestScore = score }
        }
        // A lone plain "1. …" is more likely a list than an agenda.
        if best.count == 1 && best[0].family == .plain { return [] }
        return best.map(\.head)
    }

    /// Parses a line opening with an item number; the score reflects how sure the marker is.
    func candidate(_ text: String, at index: Int) -> Candidate? {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard let first = t.first else { return nil }
        if first == "§" || lexicon.damagedSigns.contains(String(first)), let c = sectionSignCandidate(t, at: index) {
            return c
        }
        if let c = smudgedSignCandidate(t, at: index) { return c }
        return otherCandidate(t, at: index)
    }

    /// "§ 19", "§19", "§ 19." and what OCR makes of the sign: "8 19", "$ 20", "& 21", "$& 15";
    /// a number read with letters ("§ I", "§ l0") counts when a capitalised title follows.
    private func sectionSignCandidate(_ t: String, at index: Int) -> Candidate? {
        guard var first = t.first else { return nil }
        var rest = t.dropFirst()
        if rest.first == "§" { return nil }  // "§§ 45–52" is a range, not an item.
        // The sign read as two symbols ("$&", "&$", "§$"): one damaged sign.
        if let second = rest.first, "$&".contains(second), first == "§" || "$&".contains(first) {
            first = "$"
            rest = rest.dropFirst()
        }
        // OCR sometimes puts a speck between sign and number: "$.41".
        if first != "§", rest.first == "." || rest.first == ",", rest.dropFirst().first?.isNumber == true {
            rest = " " + rest.dropFirst()
        }
        let spaced = rest.first == " "
        let afterSign = rest.drop(while: { $0 == " " })
        var digits = String(afterSign.prefix(while: \.isNumber))
        var misread = false
        if digits.count < 3, let token = afterSign.split(separator: " ", maxSplits: 1).first,
           token.count <= 3, token.count > digits.count, let fixed = Self.misreadNumber(String(token)) {
            // "§ I Mötets öppnande", "§ l2": letters standing for digits.
            digits = fixed
            misread = true
        }
        guard !digits.isEmpty, digits.count <= 4, let value = Int(digits) else { return nil }
        let damaged = first != "§" || misread
        // A damaged sign needs the space ("8 19"), else "819" or "$20" money could pass.
        if damaged && !(spaced || first == "$" || first == "&") { return nil }
        if misread && !spaced && first != "§" { return nil }
        var title = afterSign.dropFirst(misread ? (afterSign.split(separator: " ", maxSplits: 1).first?.count ?? 0) : digits.count)
        if let c = title.first, c == "." || c == ":" || c == ")" { title = title.dropFirst() }
        if let c = title.first, !(c == " " || c == "\t") { return nil }
        let titleText = cleanTitle(String(title))
        if damaged {
            guard let f = titleText.first, f.isLetter, f.isUppercase else { return nil }
            if titleText.split(separator: " ").first.map({ lexicon.months[TextTools.fold(String($0))] != nil }) == true { return nil }
        }
        let number = "§" + (spaced ? " " : "") + digits
        return Candidate(head: ItemHead(line: index, number: number, value: value, title: titleText),
                         family: .sectionSign, score: damaged ? 1.5 : 3)
    }

    /// The sign read as a sign glyph plus a speck digit, "83 14 Val av revisorer": a short token
    /// starting like a damaged sign, then the number and a capitalised title. Scored low; only a
    /// chain of neighbouring items keeps it.
    private func smudgedSignCandidate(_ t: String, at index: Int) -> Candidate? {
        let parts = t.split(separator: " ", maxSplits: 2).map(String.init)
        guard parts.count == 3, let f = parts[0].first, lexicon.damagedSigns.contains(String(f)),
              (2...3).contains(parts[0].count), parts[0].dropFirst().allSatisfy({ $0.isNumber || "$&§".contains($0) }),
              parts[1].count <= 3, let value = Int(parts[1]),
              let c = parts[2].first, c.isLetter, c.isUppercase else { return nil }
        let title = cleanTitle(parts[2])
        if let w = title.split(separator: " ").first, lexicon.months[TextTools.fold(String(w))] != nil { return nil }
        return Candidate(head: ItemHead(line: index, number: "§ " + parts[1], value: value, title: title),
                         family: .sectionSign, score: 0.75)
    }

    /// A short token of digits and the letters OCR mistakes for them ("I" and "l" for 1, "O" for 0),
    /// e.g. "I" → "1", "l2" → "12", "2O" → "20"; nil when any character is something else.
    static func misreadNumber(_ token: String) -> String? {
        var out = ""
        var t = Substring(token)
        while let l = t.last, ".:)".contains(l) { t = t.dropLast() }
        guard !t.isEmpty else { return nil }
        for c in t {
            switch c {
            case "0"..."9": out.append(c)
            case "I", "l", "|", "i": out.append("1")
            case "O", "o": out.append("0")
            default: return nil
            }
        }
        // A lone "o" or "i" is a word, not a number.
        if t.count == 1, t == "o" || t == "i" { return nil }
        return out
    }

    private func otherCandidate(_ t: String, at index: Int) -> Candidate? {
        // "Punkt 2", "Ärende 4:".
        let parts = t.split(separator: " ", maxSplits: 2).map(String.init)
        if parts.count >= 2, lexicon.itemWords.contains(TextTools.headingKey(parts[0])) {
            var num = parts[1]
            while let l = num.last, ".:)".contains(l) { num.removeLast() }
            guard let value = Int(num) else { return nil }
            let title = parts.count > 2 ? cleanTitle(parts[2]) : ""
            return Candidate(head: ItemHead(line: index, number: "\(parts[0]) \(num)", value: value, title: title),
                             family: .word, score: 2.5)
        }
        // "1. Titel", "1) Titel", "1 Titel".
        let digits = t.prefix(while: \.isNumber)
        guard !digits.isEmpty, digits.count <= 3, let value = Int(digits) else { return nil }
        var rest = t.dropFirst(digits.count)
        if let c = rest.first, c == "." || c == ")" || c == ":" { rest = rest.dropFirst() }
        guard let c = rest.first, c == " " || c == "\t" else { return nil }
        let title = cleanTitle(String(rest))
        guard let f = title.first, f.isLetter, f.isUppercase else { return nil }
        // "14 oktober 2025" is a date, not item 14.
        if let w = title.split(separator: " ").first, lexicon.months[TextTools.fold(String(w)).trimmingCharacters(in: .punctuationCharacters)] != nil {
            return nil
        }
        return Candidate(head: ItemHead(line: index, number: String(digits), value: value, title: title),
                         family: .plain, score: 1)
    }

    /// A long title wrapped onto the next line: "… Göteborgs universitet" / "(Utbildningsvetenskapliga fakulteten)".
    private func titleContinuation(_ lines: [SourceLine], at i: Int, title: String) -> String? {
        guard lines[i].fill >= 0.75, !lines[i].blockLast, i + 1 < lines.count else { return nil }
        let next = lines[i + 1].text
        guard candidate(next, at: i + 1) == nil, next.count <= 90, !TextTools.endsSentence(next),
              TextTools.bulletEntry(next) == nil, let f = next.first else { return nil }
        // "… kompetensförsörjning" / "2026": a short year or number closing the title.
        let shortNumber = f.isNumber && next.count <= 25
        guard f.isLowercase || f == "(" || shortNumber || lexicon.endsWithConnector(title) else { return nil }
        return next
    }

    private func cleanTitle(_ s: String) -> String {
        var t = TextTools.normalizeSpace(s)
        while let f = t.first, "-–—:.".contains(f) { t.removeFirst(); t = t.trimmingCharacters(in: .whitespaces) }
        return t
    }

    private func isTitleShaped(_ s: String) -> Bool {
        guard let f = s.first, f.isLetter, f.isUppercase else { return false }
        return s.count <= 120 && !TextTools.endsSentence(s)
    }

    /// Headings stand apart, are short and do not end like sentences; list entries come in runs.
    private func shapeScore(_ c: Candidate, lines: [SourceLine], at i: Int) -> Double {
        var s = 0.0
        let line = lines[i]
        let title = c.head.title
        let words = title.split(separator: " ").count
        if line.blockFirst { s += 0.75 }
        if title.last == "." && words > 6 { s -= 1.5 }
        if title.last == ":" || title.last == "," || title.last == ";" { s -= 1 }
        if words > 18 { s -= 1 }
        if TextTools.isAllCaps(title) { s += 0.25 }
        if c.family == .plain {
            // Runs of numbered lines in one block are lists or an agenda overview.
            let prevSameBlock = i > 0 && !line.blockFirst
            let nextSameBlock = i + 1 < lines.count && !line.blockLast
            let prevNumbered = prevSameBlock && TextTools.numberedEntry(lines[i - 1].text) != nil
            let nextNumbered = nextSameBlock && TextTools.numberedEntry(lines[i + 1].text) != nil
            if prevNumbered || nextNumbered { s -= 1.25 }
            if line.blockFirst && line.blockLast { s += 0.5 }
        }
        return s
    }

    /// The highest-scoring run whose numbers count upwards, allowing a missed heading now and then.
    private func bestChain(_ cs: [Candidate]) -> [Candidate] {
        guard !cs.isEmpty else { return [] }
        var best = [Double](repeating: 0, count: cs.count)
        var prev = [Int?](repeating: nil, count: cs.count)
        for i in cs.indices {
            best[i] = cs[i].score
            for j in 0..<i {
                let step = cs[i].head.value - cs[j].head.value
                guard step >= 1 && step <= 3 else { continue }
                let penalty = Double(step - 1) * 0.9
                let s = best[j] + cs[i].score - penalty
                if s > best[i] { best[i] = s; prev[i] = j }
            }
        }
        guard let end = best.indices.max(by: { best[$0] < best[$1] }) else { return [] }
        var chain: [Candidate] = []
        var k: Int? = end
        while let i = k { chain.append(cs[i]); k = prev[i] }
        return chain.reversed()
    }
}
