/// Groups positioned words into lines, and lines into paragraph blocks, from their geometry.
enum PageLayout {
    /// Words must arrive in reading order; a line ends where a word no longer shares the vertical band
    /// of the line or jumps back to the left.
    static func lines(from words: [Word]) -> [Line] {
        var lines: [Line] = []
        var current: [Word] = []
        for word in words {
            guard let box = word.box else { continue }
            if let last = current.last?.box {
                let overlap = min(last.maxY, box.maxY) - max(last.y, box.y)
                let sameBand = overlap > min(last.height, box.height) / 2
                if !sameBand || box.x < last.x {
                    lines.append(Line(words: current))
                    current = []
                }
            }
            current.append(word)
        }
        if !current.isEmpty { lines.append(Line(words: current)) }
        return lines
    }

    /// Splits lines into blocks where the gap to the previous line clearly exceeds the page's usual line
    /// pitch (a blank line in the source), and at every index in `breaks` (layout blocks found by OCR).
    static func blocks(from lines: [Line], breaks: Set<Int> = []) -> [Block] {
        guard !lines.isEmpty else { return [] }
        let pitches: [Int] = zip(lines, lines.dropFirst()).map { a, b in (b.box?.y ?? 0) - (a.box?.y ?? 0) }
        let positive = pitches.filter { $0 > 0 }.sorted()
        let pitch = positive.isEmpty ? 0 : positive[positive.count / 3]
        var blocks: [Block] = []
        var group: [Line] = [lines[0]]
        for i in 1..<lines.count {
            let gap = pitches[i - 1]
            if breaks.contains(i) || (pitch > 0 && (gap > pitch * 3 / 2 || gap < 0)) {
                blocks.append(Block(lines: group))
                group = []
            }
            group.append(lines[i])
        }
        blocks.append(Block(lines: group))
        return blocks
    }
}
