import Foundation

/// Finds dates and clock times in Swedish text: "2025-10-14", "tisdagen den 14 oktober 2025", "18/11 2025".
struct SwedishDates: Sendable {
    /// A date found in a string, with its place there.
    struct Found: Sendable {
        var text: String
        var iso: String?
        var range: Range<String.Index>
    }

    private let months: [String: Int]
    private let iso: NSRegularExpression
    private let written: NSRegularExpression
    private let slashed: NSRegularExpression
    private let clock: NSRegularExpression

    init(lexicon: StructureLexicon) {
        months = lexicon.months
        let monthNames = lexicon.vocabulary.months.keys.sorted { $0.count > $1.count }.map(NSRegularExpression.escapedPattern(for:))
        let days = lexicon.vocabulary.weekdays.sorted { $0.count > $1.count }.map(NSRegularExpression.escapedPattern(for:))
        // swiftlint:disable force_try — the patterns are built from escaped words and cannot fail.
        iso = try! NSRegularExpression(pattern: #"(?<![\d])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])"#)
        written = try! NSRegularExpression(
            pattern: #"(?:(?:\#(days.joined(separator: "|")))\s+)?(?:den\s+)?(?<![\d])(\d{1,2})(?::[ae])?\s+(\#(monthNames.joined(separator: "|")))\.?(?![\p{L}])(?:\s+(\d{4})(?![\d]))?"#,
            options: [.caseInsensitive])
        slashed = try! NSRegularExpression(pattern: #"(?<![\d/])(\d{1,2})/(\d{1,2})(?:\s+|-|\s*/\s*)(\d{4})(?![\d])"#)
        clock = try! NSRegularExpression(
            pattern: #"(?:kl\.?\s*)?(?<![\d.:])([01]?\d|2[0-3])[.:]([0-5]\d)(?:\s*[-–—]\s*([01]?\d|2[0-3])[.:]([0-5]\d))?(?![\d])"#,
            options: [.caseInsensitive])
    }

    /// Every date in `s`, in order of appearance.
    func dates(in s: String) -> [Found] {
        let ns = s as NSString
        let whole = NSRange(location: 0, length: ns.length)
        var found: [Found] = []
        func group(_ m: NSTextCheckingResult, _ i: Int) -> String? {
            let r = m.range(at: i)
            return r.location == NSNotFound ? nil : ns.substring(with: r)
        }
        func add(_ m: NSTextCheckingResult, year: Int?, month: Int?, day: Int?) {
            guard let r = Range(m.range, in: s) else { return }
            if found.contains(where: { $0.range.overlaps(r) }) { return }
            var isoText: String?
            if let year, let month, let day, (1...12).contains(month), (1...31).contains(day), (1800...2200).contains(year) {
                isoText = String(format: "%04d-%02d-%02d", year, month, day)
            }
            found.append(Found(text: String(s[r]), iso: isoText, range: r))
        }
        for m in iso.matches(in: s, range: whole) {
            add(m, year: Int(group(m, 1)!), month: Int(group(m, 2)!), day: Int(group(m, 3)!))
        }
        for m in written.matches(in: s, range: whole) {
            let month = months[TextTools.fold(group(m, 2)!)]
            add(m, year: group(m, 3).flatMap { Int($0) }, month: month, day: Int(group(m, 1)!))
        }
        for m in slashed.matches(in: s, range: whole) {
            add(m, year: Int(group(m, 3)!), month: Int(group(m, 2)!), day: Int(group(m, 1)!))
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The first date in `s` whose year is given.
    func firstFullDate(in s: String) -> Found? { dates(in: s).first { $0.iso != nil } }

    /// The first clock time or time span, as written without "kl.": "08.30–12.10".
    func time(in s: String) -> String? {
        let ns = s as NSString
        for m in clock.matches(in: s, range: NSRange(location: 0, length: ns.length)) {
            let matched = ns.substring(with: m.range)
            // A bare "14.00" only counts when it says "kl." or is a span; "22,53" and dates never match.
            let hasKl = matched.lowercased().hasPrefix("kl")
            let isSpan = m.range(at: 3).location != NSNotFound
            guard hasKl || isSpan else { continue }
            // The time without its "kl." prefix.
            return String(matched.drop(while: { !$0.isNumber }))
        }
        return nil
    }
}
