import Foundation

/// Reads existing OCR text (`.txt`) into pages without recognition.
enum TextInput {
    /// Form feeds separate pages; blank lines separate blocks; words keep their original spelling.
    static func pages(from text: String) -> [Page] {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        let pageTexts = normalized.split(separator: "\u{0C}", omittingEmptySubsequences: false)
        var pages: [Page] = []
        for (i, pageText) in pageTexts.enumerated() {
            var blocks: [Block] = []
            var lines: [Line] = []
            for rawLine in pageText.split(separator: "\n", omittingEmptySubsequences: false) {
                let words = rawLine.split(whereSeparator: \.isWhitespace).map { Word(text: String($0)) }
                if words.isEmpty {
                    if !lines.isEmpty { blocks.append(Block(lines: lines)) }
                    lines = []
                } else {
                    lines.append(Line(words: words))
                }
            }
            if !lines.isEmpty { blocks.append(Block(lines: lines)) }
            if blocks.isEmpty && i == pageTexts.count - 1 && i > 0 { continue }
            pages.append(Page(number: pages.count + 1, width: 0, height: 0, dpi: nil, source: .plainText, blocks: blocks))
        }
        return pages
    }
}
