import Foundation

/// "§" read as a digit look-alike ("8") and glued to the item number ("845 Gemensam upphandling"): the document's
/// own numbering decides.
///
/// A number after the look-alike is only a misread "§ N" when N is the item the agenda expects next (headings) or an
/// item the document has (references such as "kommunalförbund, 8 44"); "845 deltagare" and "8 12-åringar" stay.
extension DocumentState {
    func itemNumberPass(_ out: inout [Correction?], tokens: [String], lineStarts: [Bool]) {
        // the single-sign look-alikes in rules.yaml that are digits
        let signs = Set(r.singleSigns.compactMap { $0.count == 1 && $0.first!.isNumber ? $0.first! : nil })
        guard !signs.isEmpty, tokens.contains(where: { $0.first.map(signs.contains) == true }) else { return }
        let current = tokens.indices.map { out[$0]?.replacement ?? tokens[$0] }
        func number(_ s: Substring) -> Int? {
            s.count <= 3 && s.allSatisfy({ $0.isASCII && $0.isNumber }) ? Int(s) : nil
        }
        /// The item number a line-start heading carries ("§ 12", "§12", "§ 12."), if it is one.
        func heading(_ k: Int) -> Int? {
            let t = current[k]
            guard lineStarts[k], t.hasPrefix("§"), !t.hasPrefix("§§") else { return nil }
            let rest = t.dropFirst().drop { $0 == " " }
            if rest.isEmpty { return k + 1 < tokens.count ? number(Substring(current[k + 1]).prefix { $0 != "." }) : nil }
            return number(rest.prefix { $0 != "." })
        }
        var items = Set<Int>()
        for k in tokens.indices { if let n = heading(k) { items.insert(n) } }
        guard !items.isEmpty else { return }
        // the number of the next heading after each token, for the first item, which has no heading before it
        var nextHeading = [Int?](repeating: nil, count: tokens.count + 1)
        for k in tokens.indices.reversed() { nextHeading[k] = heading(k) ?? nextHeading[k + 1] }
        var last: Int?
        var lineReferences: [(k: Int, n: Int)] = []
        for k in tokens.indices {
            if let n = heading(k) { last = n; continue }
            let t = current[k]
            guard out[k] == nil, let f = t.first, signs.contains(f) else { continue }
            let next = k + 1 < tokens.count ? current[k + 1] : ""
            // (with or without a speck between sign and number: "8.45 Fastställande av dagordning" after § 44; a clock
            // time would have to follow the item before it by chance)
            let body = t.dropFirst()
            let digits = body.first.map { ".:'".contains($0) } == true ? body.dropFirst() : body
            // (the item before or the one after vouches for the number, so that one garbled heading does not cost its
            // neighbour the sign)
            if lineStarts[k], let n = number(digits), next.first?.isUppercase == true,
               last.map({ n == $0 + 1 }) == true || nextHeading[k + 1] == n + 1 {
                out[k] = Correction(original: tokens[k], replacement: "§ \(n)", score: 3, rule: "section-sign")
                items.insert(n)
                last = n
            } else if lineStarts[k], digits.count == body.count, digits.count >= 2, let n = number(digits),
                      next.first?.isUppercase == true {
                // decided once every heading is known (glued only: "8.45 Kaffe" is a clock time)
                lineReferences.append((k, n))
            } else if t.count == 1, !lineStarts[k], k > 0, current[k - 1].hasSuffix(","), let n = number(Substring(next)),
                      items.contains(n) {
                out[k] = Correction(original: tokens[k], replacement: "§", score: 2, rule: "section-sign")
            }
        }
        // at a line start, before a capital, a number the document has as an item refers to it, as an attendance
        // list's "§ 49 Maria Gärdin, kommunsekreterare" does
        for (k, n) in lineReferences where out[k] == nil && items.contains(n) {
            out[k] = Correction(original: tokens[k], replacement: "§ \(n)", score: 2, rule: "section-sign")
        }
    }
}
