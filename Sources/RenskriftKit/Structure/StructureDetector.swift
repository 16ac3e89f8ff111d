import Foundation

/// Finds the meeting structure of a protocol: header facts, sections, agenda items, people and signatures.
///
/// It works line by line from `Document.sourceLines`, so every element it makes points back to its
/// page, block, line and (for OCR) box. All Swedish words it relies on come from `models/structure.yaml`.
public struct StructureDetector: Sendable {
    let lexicon: StructureLexicon
    let dates: SwedishDates
    let shapes: LineShapes
    let headings: ItemHeadingFinder
    let bodyReader: ItemBodyReader

    public init(vocabulary: StructureVocabulary) {
        lexicon = StructureLexicon(vocabulary)
        dates = SwedishDates(lexicon: lexicon)
        shapes = LineShapes(lexicon: lexicon, dates: dates)
        headings = ItemHeadingFinder(lexicon: lexicon)
        bodyReader = ItemBodyReader(lexicon: lexicon, shapes: shapes)
    }

    /// A detector with the default vocabulary (see `StructureVocabulary.locate`).
    public init() throws { self.init(vocabulary: try StructureVocabulary.shared()) }

    /// A pipeline step that fills in `Document.structure`.
    public static func processor(vocabulary: StructureVocabulary) -> DocumentProcessor {
        let detector = StructureDetector(vocabulary: vocabulary)
        return DocumentProcessor(name: "structure") { detector.apply(to: $0) }
    }

    /// The document with its structure detected.
    public func apply(to document: Document) -> Document {
        var d = document
        d.structure = detect(document: d)
        return d
    }

    /// Structure of plain text; lines are numbered as `TextInput` reads a `.txt` file.
    public func detect(text: String) -> MeetingStructure {
        let doc = Document(name: "text", sourcePath: "", pages: TextInput.pages(from: text), provenance: Provenance())
        return detect(document: doc)
    }

    public func detect(document: Document) -> MeetingStructure {
        detect(lines: sourceLines(document))
    }

    func sourceLines(_ document: Document) -> [SourceLine] {
        let all = document.sourceLines
        let running = RunningLines(lexicon: lexicon).find(
            all.map { (ref: $0.ref, text: TextTools.normalizeSpace($0.line.text)) }, pages: document.pages)
        var out: [SourceLine] = []
        for (i, entry) in all.enumerated() {
            if running.contains(i) { continue }
            let text = TextTools.normalizeSpace(Self.dropSpecks(entry.line))
            if text.isEmpty { continue }
            let prev = i > 0 ? all[i - 1].ref : nil
            let next = i + 1 < all.count ? all[i + 1].ref : nil
            let first = prev == nil || prev!.page != entry.ref.page || prev!.block != entry.ref.block
            let last = next == nil || next!.page != entry.ref.page || next!.block != entry.ref.block
            var gaps: [Int]?
            let boxes = entry.line.words.compactMap(\.box)
            if boxes.count == entry.line.words.count, boxes.count > 1 {
                gaps = zip(boxes.dropFirst(), boxes).map { $0.x - $1.maxX }
            }
            out.append(SourceLine(index: out.count, text: text, ref: entry.ref, blockFirst: first, blockLast: last, gaps: gaps))
        }
        Self.measureFill(&out, document: document)
        return out
    }

    /// The line's text without OCR specks: a lone ".", ",", ":", "'", "|" or the like that is not the
    /// first word ("tekniken. :", "Märit Sjöholm ' Örjan Lindkvist", "Reservation . :"). Printed text
    /// never puts such marks on their own between spaces; OCR output, boxes or not, often does.
    static func dropSpecks(_ line: Line) -> String {
        var kept: [String] = []
        for (k, w) in line.words.enumerated() {
            let t = w.text
            if k > 0, t.count <= 2, t.allSatisfy({ ".,:;'`´’‘|~^_".contains($0) }) { continue }
            kept.append(t)
        }
        return kept.joined(separator: " ")
    }

    /// How far each line reaches towards the right margin: from boxes when there are any, else from
    /// the line lengths of hard-wrapped text (many lines of nearly the same length).
    static func measureFill(_ lines: inout [SourceLine], document: Document) {
        let pageWidths = Dictionary(grouping: lines.compactMap { l in l.ref.box.map { (l.ref.page, $0) } }, by: \.0)
            .mapValues { boxes in (boxes.map { $0.1.maxX }.max() ?? 0, boxes.map { $0.1.x }.min() ?? 0) }
        if !pageWidths.isEmpty {
            for i in lines.indices {
                guard let b = lines[i].ref.box, let w = pageWidths[lines[i].ref.page], w.0 > w.1 else { continue }
                lines[i].fill = Double(b.maxX - w.1) / Double(w.0 - w.1)
            }
            return
        }
        let lengths = lines.map(\.text.count).filter { $0 >= 20 }.sorted()
        guard lengths.count >= 8 else { return }
        let p90 = Double(lengths[lengths.count * 9 / 10])
        let near = lengths.filter { Double($0) >= 0.8 * p90 && Double($0) <= 1.05 * p90 }.count
        guard p90 <= 130, near >= 5, Double(near) >= 0.25 * Double(lengths.count) else { return }
        for i in lines.indices { lines[i].fill = min(1, Double(lines[i].text.count) / p90) }
    }

    // MARK: - Detection

    private enum Scope { case preamble, section(Int), item(Int) }

    func detect(lines original: [SourceLine]) -> MeetingStructure {
        // List entries wrapped onto a second line are joined into their first line below.
        var lines = original
        var people = PeopleFinder(lexicon: lexicon)
        let heads = headings.find(lines)
        var headAt: [Int: ItemHead] = [:]
        var titleLines = Set<Int>()
        for h in heads {
            headAt[h.line] = h
            if let t = h.titleLine { titleLines.insert(t) }
        }
        let headerEnd = headerLength(lines, headAt: headAt, people: people)

        var sections: [Section] = []
        var sectionLines: [[Int]] = []
        var items: [AgendaItem] = []
        var itemLines: [[Int]] = []
        var preamble: [Int] = []
        var scope = Scope.preamble
        var group: String?

        func nextLine(after i: Int) -> Int? {
            var j = i + 1
            while j < lines.count && titleLines.contains(j) { j += 1 }
            return j < lines.count ? j : nil
        }
        func openSection(_ i: Int) {
            var title = Self.stripTrailingColon(lines[i].text)
            // Headings are capitalised in print; "ventilen" is OCR that lost the capital.
            if let f = title.first, f.isLowercase, lexicon.isSectionHeading(TextTools.headingKey(title)) {
                title = f.uppercased() + title.dropFirst()
            }
            sections.append(Section(title: title, source: lines[i].ref))
            sectionLines.append([])
            scope = .section(sections.count - 1)
            if let n = nextLine(after: i), headAt[n] != nil { group = title } else { group = nil }
        }

        for i in headerEnd..<lines.count where !titleLines.contains(i) {
            if let h = headAt[i] {
                items.append(AgendaItem(number: h.number, title: h.title, section: group, source: lines[i].ref))
                itemLines.append([])
                scope = .item(items.count - 1)
                continue
            }
            // "Henrik Söderlund, digitaliseringschef Uddevalla kommun," / "ordförande": one entry.
            if case .item = scope {} else {
                let last: Int?
                switch scope {
                case .section(let k): last = sectionLines[k].last
                default: last = preamble.last
                }
                if let last, last == i - 1, continuesEntry(lines[i], after: lines[last], people: people) {
                    lines[last].text += " " + lines[i].text
                    lines[last].gaps = nil
                    lines[last].fill = lines[i].fill
                    lines[last].blockLast = lines[i].blockLast
                    continue
                }
            }
            switch scope {
            case .item(let k):
                let first = lines[i].blockFirst || itemLines[k].isEmpty
                if isTopLevel(i, lines: lines, headAt: headAt, inItem: true, paragraphStart: first, people: people) {
                    openSection(i)
                } else {
                    itemLines[k].append(i)
                }
            case .section(let k):
                let key = TextTools.headingKey(sections[k].title)
                let inContainer = lexicon.signatureContainers.contains(key)
                    || (!sectionLines[k].isEmpty && lexicon.signatureContainers.contains(TextTools.headingKey(lines[sectionLines[k][0]].text)))
                if inContainer && lexicon.signatureLabels[TextTools.headingKey(lines[i].text)] != nil {
                    sectionLines[k].append(i)
                } else if isTopLevel(i, lines: lines, headAt: headAt, inItem: false, paragraphStart: lines[i].blockFirst, people: people) {
                    openSection(i)
                } else {
                    sectionLines[k].append(i)
                }
            case .preamble:
                if isTopLevel(i, lines: lines, headAt: headAt, inItem: false, paragraphStart: lines[i].blockFirst, people: people) {
                    openSection(i)
                } else {
                    preamble.append(i)
                }
            }
        }
        for k in sections.indices {
            sections[k].lines = sectionLines[k].map { lines[$0].text }
            sections[k].lineSources = sectionLines[k].map { lines[$0].ref }
        }

        // People: lists first so that running text can tie names to them.
        var signatures: [Signature] = []
        for (k, section) in sections.enumerated() {
            let key = TextTools.headingKey(section.title)
            if lexicon.signatureLabels[key] != nil || lexicon.signatureContainers.contains(key) { continue }
            guard let att = lexicon.attendance(for: section.title) else { continue }
            for i in sectionLines[k] {
                _ = people.addListLine(lines[i].text, source: lines[i].ref, gaps: lines[i].gaps,
                                       defaultRole: att.role, present: att.present)
            }
        }
        for (k, section) in sections.enumerated() {
            let key = TextTools.headingKey(section.title)
            var label: (text: String, role: Role)? = lexicon.signatureLabels[key].map { (section.title, $0) }
            guard label != nil || lexicon.signatureContainers.contains(key) else { continue }
            for i in sectionLines[k] {
                let text = lines[i].text
                if let role = lexicon.signatureLabels[TextTools.headingKey(text)] { label = (Self.stripTrailingColon(text), role); continue }
                guard let current = label else { continue }
                let segs = people.fields(text)
                let names = people.namesIn(segs[0], gaps: lines[i].gaps)
                if people.addListLine(text, source: lines[i].ref, gaps: lines[i].gaps, defaultRole: nil,
                                      extraRoles: [current.role], present: true) {
                    for n in names { signatures.append(Signature(label: current.text, name: n.name, source: lines[i].ref)) }
                }
            }
        }

        // "Närvarande: A, B och C", "Justerare: D" outside the items.
        for i in preamble + sectionLines.flatMap({ $0 }) {
            guard let lv = shapes.labelValue(lines[i].text) else { continue }
            if let role = lexicon.signatureLabels[lv.label] {
                for entry in listEntries(lv.value, people: people)
                where people.addListLine(entry, source: lines[i].ref, gaps: nil, defaultRole: nil, extraRoles: [role], present: true) {
                    for n in people.namesIn(people.fields(entry)[0], gaps: nil) {
                        signatures.append(Signature(label: lv.label, name: n.name, source: lines[i].ref))
                    }
                }
            } else if let att = lexicon.attendance(for: lv.label) {
                for entry in listEntries(lv.value, people: people) {
                    _ = people.addListLine(entry, source: lines[i].ref, gaps: nil, defaultRole: att.role, present: att.present)
                }
            }
        }

        // Items: body, decisions, and the people acting in them.
        for k in items.indices {
            let itemSourceLines = itemLines[k].map { lines[$0] }
            let units = bodyReader.units(itemSourceLines)
            let inDecisionSection = items[k].section.map { lexicon.decisionSections.contains(TextTools.headingKey($0)) } ?? false
            let read = bodyReader.read(units, inDecisionSection: inDecisionSection)
            items[k].body = read.body
            items[k].decisions = read.decisions
            let presents = !lexicon.otherBusiness.contains(TextTools.headingKey(items[k].title))
            scanPeople(units, presents: presents, people: &people)
        }
        for (k, section) in sections.enumerated() {
            let key = TextTools.headingKey(section.title)
            if lexicon.attendance(for: section.title) != nil || lexicon.signatureLabels[key] != nil
                || lexicon.signatureContainers.contains(key) { continue }
            let units = bodyReader.units(sectionLines[k].map { lines[$0] })
            scanPeople(units, presents: false, people: &people)
        }

        var structure = MeetingStructure()
        structure.metadata = metadata(lines: lines, header: Array(0..<headerEnd), preamble: preamble,
                                      sections: sections, sectionLines: sectionLines)
        structure.sections = sections
        structure.items = items
        structure.people = people.finish()
        structure.signatures = signatures
        structure.nextMeeting = nextMeeting(lines: lines, meetingDate: structure.metadata.date?.iso)
        return structure
    }

    /// A line that carries on the list entry above it rather than starting one: same block, the
    /// entry names a person and has fields, and the line starts in lower case, with "§", a digit or
    /// "(" — or the entry ended with a comma. The entry must reach the right margin when line
    /// lengths are known. Headings, item headings and bullets never continue an entry.
    private func continuesEntry(_ line: SourceLine, after prev: SourceLine, people: PeopleFinder) -> Bool {
        // A page break may fall inside an entry; a new block on the same page may not.
        guard !line.blockFirst || line.ref.page != prev.ref.page, let f = line.text.first else { return false }
        let entry = prev.text
        guard entry.contains(","), people.isPersonLine(entry) || shapes.labelValue(entry) != nil else { return false }
        if headings.candidate(line.text, at: 0) != nil || TextTools.bulletEntry(line.text) != nil { return false }
        if lexicon.endsOpen(entry), !lexicon.isSectionHeading(TextTools.headingKey(line.text)), !people.isPersonLine(line.text) {
            return true
        }
        if entry.hasSuffix(",") { return f.isLowercase || !people.isPersonLine(line.text) || shapes.labelValue(entry) != nil }
        guard f.isLowercase || f == "§" || f.isNumber || f == "(" else { return false }
        if people.isPersonLine(line.text) || lexicon.isSectionHeading(TextTools.headingKey(line.text))
            || lexicon.attendance(for: line.text) != nil || shapes.labelValue(line.text) != nil { return false }
        return prev.fill == 0 || prev.fill >= 0.7
    }

    /// "A (S), B, ordförande, C och D" → ["A (S)", "B, ordförande", "C", "D"]: a role joins the name before it.
    private func listEntries(_ value: String, people: PeopleFinder) -> [String] {
        var out: [String] = []
        for field in people.fields(value) {
            for part in field.components(separatedBy: " och ") {
                let p = part.trimmingCharacters(in: CharacterSet(charactersIn: " ."))
                guard !p.isEmpty else { continue }
                if lexicon.role(exactly: p) != nil || !people.isPersonLine(p), !out.isEmpty {
                    out[out.count - 1] += ", " + p
                } else {
                    out.append(p)
                }
            }
        }
        return out
    }

    private func scanPeople(_ units: [BodyUnit], presents: Bool, people: inout PeopleFinder) {
        var electedRoles: [Role]?
        for u in units {
            switch u.kind {
            case .bullet, .numbered:
                if let roles = electedRoles { people.addElected(u.text, roles: roles, source: u.refs.first); continue }
                people.addSentence(u.text, source: u.refs.first, context: .init(presentsItem: presents))
            case .heading:
                electedRoles = nil
            case .text:
                electedRoles = nil
                for s in TextTools.sentences(u.text, abbreviations: lexicon.abbreviations) {
                    people.addSentence(s, source: u.refs.first, context: .init(presentsItem: presents))
                    // "Till ordinarie ledamöter … valdes:" — the list below holds the elected.
                    let w = TextTools.words(s)
                    if s.hasSuffix(":"), let e = lexicon.firstPhrase(lexicon.electionVerbs, in: w) {
                        let roles = lexicon.roles(in: Array(w[0..<e.at]))
                        electedRoles = roles.isEmpty ? nil : roles
                    }
                }
            }
        }
    }

    static func stripTrailingColon(_ s: String) -> String {
        var t = TextTools.normalizeSpace(s)
        while let l = t.last, l == ":" { t.removeLast() }
        return t.trimmingCharacters(in: .whitespaces)
    }

    /// Top lines naming organisation and organ, up to the first label, date, heading word, list or item.
    private func headerLength(_ lines: [SourceLine], headAt: [Int: ItemHead], people: PeopleFinder) -> Int {
        var i = 0
        while i < lines.count && i < 8 {
            let t = lines[i].text
            let key = TextTools.headingKey(t)
            if headAt[i] != nil || shapes.labelValue(t) != nil || dates.firstFullDate(in: t) != nil
                || lexicon.isSectionHeading(key) || lexicon.attendance(for: t) != nil
                || people.isPersonLine(t) || TextTools.endsSentence(t) || t.count > 100 {
                break
            }
            if labelPrefix(t) != nil { break }
            i += 1
        }
        return i
    }

    /// A heading that starts a top-level section here.
    private func isTopLevel(_ i: Int, lines: [SourceLine], headAt: [Int: ItemHead], inItem: Bool,
                            paragraphStart: Bool, people: PeopleFinder) -> Bool {
        let text = lines[i].text
        let key = TextTools.headingKey(text)
        guard paragraphStart || lexicon.isSectionHeading(key) else { return false }
        // The end of a wrapped sentence ("… med ett tillägg under" / "Ventilen.", "… enligt bifogad" /
        // "närvarolista") is no heading.
        if !lines[i].blockFirst, i > 0, !TextTools.endsSentence(lines[i - 1].text), !lines[i - 1].text.hasSuffix(":") {
            if lines[i - 1].fill >= 0.75 && TextTools.endsSentence(text) { return false }
            if text.first?.isLowercase == true || lexicon.endsWithConnector(lines[i - 1].text) { return false }
        }
        if lexicon.isSectionHeading(key) && !lexicon.itemSubheadings.contains(key) {
            return inItem ? paragraphStart : true
        }
        guard shapes.isHeadingShaped(text), !text.contains(","), !people.isPersonLine(text) else { return false }
        // A sentence wrapped onto the next line of its block: "Lyftes reflektioner kring" / "resultaten …".
        if i + 1 < lines.count, !lines[i + 1].blockFirst, !text.hasSuffix(":"),
           lines[i + 1].text.first?.isLowercase == true || lexicon.endsOpen(text) { return false }
        if labelPrefix(text) != nil { return false }
        // A heading right above an item heads a group of items ("Beslut", "Informationsärenden").
        if i + 1 < lines.count, headAt[i + 1] != nil { return true }
        // A heading above a list of people is an attendance block.
        if lexicon.attendance(for: text) != nil, i + 1 < lines.count, people.isPersonLine(lines[i + 1].text) { return true }
        return !inItem
    }

    /// "Sammanträdesdatum 2025-10-14": a label word starting a line without a colon.
    private func labelPrefix(_ text: String) -> (kind: String, value: String)? {
        let w = text.split(separator: " ").map(String.init)
        guard w.count >= 2 else { return nil }
        let labels = lexicon.vocabulary.labels
        let groups: [(String, [String])] = [("date", labels.date), ("paragraphs", labels.paragraphs)]
        for (kind, list) in groups {
            for label in list {
                let lw = label.split(separator: " ").map { TextTools.fold(String($0)) }
                if w.count > lw.count, w[0..<lw.count].map({ TextTools.fold($0) }) == lw {
                    let value = w[lw.count...].joined(separator: " ")
                    if value.first?.isNumber == true || value.first == "§" { return (kind, value) }
                }
            }
        }
        return nil
    }

    // MARK: - Metadata

    private func metadata(lines: [SourceLine], header: [Int], preamble: [Int], sections: [Section],
                          sectionLines: [[Int]]) -> MeetingMetadata {
        var meta = MeetingMetadata()
        let labels = lexicon.vocabulary.labels
        func isLabel(_ key: String, _ list: [String]) -> Bool { list.contains { TextTools.headingKey($0) == key } }

        // Organisation and organ from the header lines, skipping "PROTOKOLL" and the like.
        var candidates: [Int] = []
        for i in header {
            let w = TextTools.words(lines[i].text)
            if let f = w.first, lexicon.documentTypes.contains(f) { continue }
            candidates.append(i)
        }
        if candidates.count >= 2, isOrganisationLine(lines[candidates[0]].text) {
            meta.organisation = lines[candidates[0]].text
            candidates.removeFirst()
        }
        if let t = candidates.first {
            meta.title = lines[t].text
            meta.source.append(lines[t].ref)
        }

        // Labelled lines and "Plats och tid" sections before the first item.
        var valueLines: [(label: String?, text: String, ref: SourceRef)] = []
        for i in header + preamble { valueLines.append((nil, lines[i].text, lines[i].ref)) }
        for (k, s) in sections.enumerated() where isLabel(TextTools.headingKey(s.title), labels.placeAndTime) {
            if let first = sectionLines[k].first { valueLines.append((TextTools.headingKey(s.title), lines[first].text, lines[first].ref)) }
        }
        for s in sections { for (t, r) in zip(s.lines, s.lineSources ?? []) where shapes.labelValue(t) != nil { valueLines.append((nil, t, r)) } }

        for v in valueLines {
            var label = v.label
            var value = v.text
            if label == nil, let lv = shapes.labelValue(v.text) { label = lv.label; value = lv.value }
            if label == nil, let lp = labelPrefix(v.text) { label = lp.kind == "date" ? labels.date.first : labels.paragraphs.first; value = lp.value }
            guard let l = label else { continue }
            if isLabel(l, labels.date) || isLabel(l, labels.placeAndTime) || l == "date" {
                if meta.date == nil, let d = dates.firstFullDate(in: value) {
                    meta.date = DateMention(text: d.text, iso: d.iso, source: v.ref); meta.source.append(v.ref)
                }
                if meta.time == nil, let t = dates.time(in: value) { meta.time = t }
                if isLabel(l, labels.placeAndTime), meta.place == nil { meta.place = place(in: value) }
            }
            if isLabel(l, labels.time), meta.time == nil {
                meta.time = dates.time(in: value) ?? value
            }
            if isLabel(l, labels.place), meta.place == nil, !isLabel(l, labels.placeAndTime) || dates.dates(in: value).isEmpty {
                meta.place = value; meta.source.append(v.ref)
            }
            if isLabel(l, labels.paragraphs), meta.paragraphRange == nil, value.contains("§") { meta.paragraphRange = value }
            if isLabel(l, labels.title), meta.title == nil { meta.title = value; meta.source.append(v.ref) }
        }
        if meta.date == nil {
            for i in header + preamble {
                if let d = dates.firstFullDate(in: lines[i].text) {
                    meta.date = DateMention(text: d.text, iso: d.iso, source: lines[i].ref); break
                }
            }
        }
        if meta.paragraphRange == nil {
            // "Paragrafer §§ 45–52" under the signatures, else a bare range in the header; never the
            // "§§ 46–47" after a name, which says when that person was there.
            let labelled = sections.flatMap(\.lines).filter { labelPrefix($0)?.kind == "paragraphs" }
            for text in labelled + (header + preamble).map({ lines[$0].text }) {
                if let r = text.range(of: #"§§\s*\d+\s*[-–—]\s*\d+"#, options: .regularExpression) {
                    meta.paragraphRange = String(text[r]); break
                }
            }
        }
        return meta
    }

    private func isOrganisationLine(_ text: String) -> Bool {
        let w = TextTools.words(text)
        return w.contains { word in lexicon.organisationWords.contains { word == $0 || word.hasSuffix($0) && $0.count >= 5 } }
    }

    /// "Rådhuset, sessionssalen, tisdagen den 14 oktober 2025 kl. 08.30" → "Rådhuset, sessionssalen".
    private func place(in value: String) -> String? {
        var cut = value.endIndex
        if let d = dates.dates(in: value).first { cut = min(cut, d.range.lowerBound) }
        if let kl = value.range(of: "kl", options: .caseInsensitive) { cut = min(cut, kl.lowerBound) }
        for day in lexicon.weekdays {
            if let r = value.range(of: day, options: [.caseInsensitive, .diacriticInsensitive]) { cut = min(cut, r.lowerBound) }
        }
        let p = value[..<cut].trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
        return p.isEmpty ? nil : p
    }

    /// "Nästa möte: 2026-04-17", or the first coming date the meeting set for itself.
    private func nextMeeting(lines: [SourceLine], meetingDate: String?) -> DateMention? {
        let labels = lexicon.vocabulary.labels.nextMeeting.map { TextTools.words($0) }
        for line in lines {
            let w = TextTools.words(line.text)
            guard labels.contains(where: { TextTools.find($0, in: w, from: 0) != nil }) else { continue }
            if let d = dates.dates(in: line.text).first { return DateMention(text: d.text, iso: d.iso, source: line.ref) }
        }
        for line in lines {
            let w = TextTools.words(line.text)
            guard lexicon.hasPhrase(lexicon.scheduleWords, in: w) else { continue }
            let later = dates.dates(in: line.text).filter { d in
                guard let iso = d.iso else { return false }
                return meetingDate.map { iso > $0 } ?? true
            }
            if let d = later.first { return DateMention(text: d.text, iso: d.iso, source: line.ref) }
        }
        return nil
    }
}
