import Foundation

/// Finds running headers, footers and page numbers: lines that the printer repeated at the top or
/// bottom of every page and that belong to no part of the protocol.
///
/// A line counts when it stands among the first or last lines of its page (with boxes: also in the
/// top or bottom band of the page) and is either a page number ("3", "Sida 3 (5)", "- 3 -") or
/// recurs, digits aside, at the same place (first line, last but one …) on every page or every page
/// but one, and at least on two. Plain text without form feeds has no pages; there the page-number
/// lines mark the page breaks.
struct RunningLines: Sendable {
    let lexicon: StructureLexicon

    /// How many lines from the top and from the bottom of a page are looked at.
    static let reach = 3
    /// Fraction of the page height that counts as the top or bottom band, when boxes exist.
    static let band = 0.14

    /// Indices into `entries` of the lines to leave out.
    func find(_ entries: [(ref: SourceRef, text: String)], pages: [Page]) -> Set<Int> {
        guard !entries.isEmpty else { return [] }
        // A bare number counts only as a block of its own: "44" under a wrapped "…, §" is not a page number.
        func standalone(_ i: Int) -> Bool {
            let r = entries[i].ref
            let prevApart = i == 0 || entries[i - 1].ref.page != r.page || entries[i - 1].ref.block != r.block
            let nextApart = i + 1 == entries.count || entries[i + 1].ref.page != r.page || entries[i + 1].ref.block != r.block
            return prevApart && nextApart
        }
        func pageNumber(_ i: Int) -> Bool {
            guard isPageNumber(entries[i].text) else { return false }
            return entries[i].text.contains(where: { !$0.isNumber && !$0.isWhitespace }) || standalone(i)
        }
        let heights = Dictionary(pages.map { ($0.number, $0.height) }, uniquingKeysWith: { a, _ in a })
        var byPage: [Int: [Int]] = [:]
        for (i, e) in entries.enumerated() { byPage[e.ref.page, default: []].append(i) }
        let pageNumbers = byPage.keys.sorted()

        // Candidates: entry index, the page run it belongs to and its place from the top or bottom.
        var candidates: [(index: Int, run: Int, place: String)] = []
        if pageNumbers.count >= 2 {
            for (run, p) in pageNumbers.enumerated() {
                let idx = byPage[p]!
                for (rank, i) in idx.enumerated() {
                    let fromTop = rank < Self.reach, fromBottom = idx.count - 1 - rank < Self.reach
                    guard fromTop || fromBottom else { continue }
                    if let h = heights[p], h > 0, let b = entries[i].ref.box {
                        let top = Double(b.y) / Double(h), bottom = Double(b.maxY) / Double(h)
                        guard top <= Self.band || bottom >= 1 - Self.band else { continue }
                    }
                    candidates.append((i, run, fromTop ? "t\(rank)" : "b\(idx.count - 1 - rank)"))
                }
            }
        } else {
            // One long page of text: page numbers mark the page breaks. Lines just after a break (or
            // the start) are page tops, lines just before one (or the end) page bottoms.
            let breaks = entries.indices.filter(pageNumber)
            guard !breaks.isEmpty else { return [] }
            var starts = [0] + breaks.map { $0 + 1 }
            var ends = breaks.map { $0 - 1 } + [entries.count - 1]
            // A page number closing the text leaves no page after it.
            if let last = starts.last, last >= entries.count { starts.removeLast(); ends.removeLast() }
            for (run, (start, end)) in zip(starts, ends).enumerated() where start <= end {
                for k in start...end {
                    let fromTop = k - start, fromBottom = end - k
                    guard fromTop < Self.reach || fromBottom < Self.reach else { continue }
                    candidates.append((k, run, fromTop < Self.reach ? "t\(fromTop)" : "b\(fromBottom)"))
                }
            }
            for b in breaks { candidates.append((b, -1, "n")) }
        }
        guard !candidates.isEmpty else { return [] }

        var out = Set<Int>()
        var runsByKey: [String: Set<Int>] = [:]
        var indicesByKey: [String: [Int]] = [:]
        for c in candidates {
            let text = entries[c.index].text
            if pageNumber(c.index) { out.insert(c.index); continue }
            // Lead-ins and list entries are content, however often they recur.
            if text.hasSuffix(":") || TextTools.bulletEntry(text) != nil { continue }
            let key = Self.repeatKey(text)
            guard key.count >= 4 else { continue }
            // The same words at the same place on the page: "t0" first line, "b1" last but one.
            let placed = c.place + "|" + key
            runsByKey[placed, default: []].insert(c.run)
            indicesByKey[placed, default: []].append(c.index)
        }
        // On every page, or every page but one (the first page often has its own header).
        let runs = Set(candidates.map(\.run).filter { $0 >= 0 }).count
        for (key, seen) in runsByKey where seen.count >= 2 && seen.count >= runs - 1 {
            out.formUnion(indicesByKey[key]!)
        }
        return out
    }

    /// The line with its digits left out, so that "Sida 2" and "Sida 3", or dated headers, compare equal.
    static func repeatKey(_ text: String) -> String {
        let folded = TextTools.headingKey(text)
        var out = ""
        var lastWasDigit = false
        for c in folded {
            if c.isNumber {
                if !lastWasDigit { out.append("#") }
                lastWasDigit = true
            } else if c.isLetter || c == "§" || c == "#" {
                out.append(c); lastWasDigit = false
            } else {
                lastWasDigit = false
            }
        }
        return out
    }

    /// "3", "- 3 -", "3 (5)", "3/5", "Sida 3", "Sida 3 av 5", "sid. 3 (5)".
    func isPageNumber(_ raw: String) -> Bool {
        var words = TextTools.normalizeSpace(raw).split(separator: " ").map(String.init)
        guard !words.isEmpty, words.count <= 5 else { return false }
        if let f = words.first, lexicon.vocabulary.pageNumberWords.contains(TextTools.fold(f).trimmingCharacters(in: TextTools.edgePunctuation)) {
            words.removeFirst()
        }
        let rest = words.joined(separator: " ").replacingOccurrences(of: " av ", with: "/")
        let pattern = #"^[-–—]?\s*\d{1,3}\s*(\(\s*\d{1,3}\s*\)|/\s*\d{1,3})?\s*[-–—]?$"#
        return rest.range(of: pattern, options: .regularExpression) != nil
    }
}
