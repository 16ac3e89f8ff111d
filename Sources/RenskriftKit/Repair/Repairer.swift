import Foundation

/// One scored reading of a word: lexicon probability plus channel probability (plus context).
public struct RepairCandidate: Sendable, Hashable, Codable {
    public var text: String
    /// log P(word): from the lexicon, a compound analysis, or the unknown-word floor.
    public var lexiconLogP: Double
    /// log P(OCR | word) − log P(OCR | OCR read right).
    public var channelLogP: Double
    public var contextBonus: Double
    /// Where lexiconLogP came from.
    public var source: CandidateSource
    public var edits: Int

    public var total: Double { lexiconLogP + channelLogP + contextBonus }
}

/// Where a candidate's word probability came from (written as its name in JSON and `explain`).
public enum CandidateSource: String, Sendable, Hashable, Codable {
    /// A listed word.
    case lexicon
    /// A compound or genitive of listed words.
    case compound
    /// A word the document itself writes often, by its share of the document's words.
    case document
    /// Frequent in wordfreq but rejected by hunspell.
    case unverified
    /// No list knows it: the unknown-word floor.
    case unknown
}

/// What repair did to one token.
public struct RepairChange: Sendable, Hashable, Codable {
    /// Index of the token (whitespace-delimited) in the text or document.
    public var index: Int
    public var correction: Correction
}

/// Repaired text with its changes and what the corrector concluded about the document.
public struct RepairResult: Sendable, Codable {
    public var text: String
    public var changes: [RepairChange]
    /// 0 = Swedish OCR, 1 = OCR without Swedish data.
    public var legacyWeight: Double
    public var tokens: Int
}

/// Candidates and the decision for one word, for `renskrift explain`.
public struct RepairExplanation: Sendable, Codable {
    public var word: String
    public var core: String
    public var legacyWeight: Double
    /// Log-odds the document's noise lends each edit of a reading (already in the candidates' channel scores).
    public var editGain: Double
    /// The same for each å/ä/ö a reading restores.
    public var diacriticGain: Double
    public var candidates: [RepairCandidate]
    public var decision: String
    public var rule: String?
    public var reason: String
    /// Letters the context's OCR writes as others, learned from its words, with the rate used ("å as ä 0.71").
    public var learnedMisreadings: [String] = []
    /// Words the context writes without their å/ä/ö (no word as written, one with them), with their counts: the
    /// evidence behind `diacriticGain`.
    public var strippedWords: [String] = []
}

/// The noisy-channel corrector: OCR confusions × word probabilities × neighbours, adapted per document.
public struct Repairer: Sendable {
    public let model: RepairModel
    let keepSymbols: Set<Character>
    let protected: Set<String>
    let singleSigns: Set<String>
    let doubleSigns: Set<String>
    let weakSigns: Set<String>
    let signCues: Set<String>
    let citationCues: Set<String>
    let lawEndings: [String]
    let citationFollowers: Set<String>
    /// `DocumentState.loneLetterReadings` of the rules, once per model.
    let loneLetterReadings: [String: (preposition: String?, price: String?)]
    let lawAbbreviations: Set<String>
    let cuesByWord: [String: [ContextCue]]
    let rangeWords: Set<String>
    let monthWords: Set<String>
    let clockWords: Set<String>
    let abbreviations: Set<String>
    let nonFinalWords: Set<String>
    let finalPhrases: Set<String>
    let rarelyFinalWords: Set<String>
    /// Words with which no heading ends: `nonFinalWords`, `rarelyFinalWords` and `headingNonFinalWords`.
    let headingNonFinalWords: Set<String>
    /// `decimalUnits`, for the decimal-point rule.
    let decimalUnits: Set<String>
    let announcingWords: Set<String>
    let colonOpeners: Set<String>
    let suspensionConjunctions: Set<String>
    /// Whether a forced replacement's key opens with this byte, in either case: most tokens open with none of them,
    /// and skip the look-up.
    let forcedFirstBytes: [Bool]
    let percentLookalikes: Set<String>
    let percentShapes: Set<String>
    /// First bytes of the percent look-alikes made of letters ("Jo"), so that other tokens skip the rule.
    let percentFirstLetters: [Bool]
    /// First bytes of `digitLookalikes` ("I", "O", "l", "o", "|"), so that other tokens skip the thousands-group rule.
    let digitLookalikeFirstBytes: [Bool]
    /// The tables' readings of å, ä or ö as two glyphs or more, all letters ("ii" for ä), most likely first: a
    /// document that breaks one letter so all along learns its own rate.
    let multiGlyphReadings: [(ocr: String, truth: Unicode.Scalar, ocrBytes: [UInt8], truthBytes: [UInt8])]

    public init(model: RepairModel) {
        self.model = model
        let rules = model.rules
        var symbols = Set<Character>()
        for p in rules.channel.legacy + rules.channel.swe {
            for c in p.ocr where !c.isLetter && !c.isWhitespace { symbols.insert(c) }
        }
        // a digit next to letters is treated as part of the word, so only letter look-alikes here
        keepSymbols = symbols.filter { !$0.isNumber }
        protected = Set(rules.protected.map { $0.lowercased() })
        singleSigns = Set(rules.sectionSign.single)
        // each sign of "§§" is misread on its own: any two single look-alikes (or one and a sign read right) are a
        // double one, weak when both halves are ("&$ 40-42")
        let halves = rules.sectionSign.single + ["§"]
        var doubles = Set(rules.sectionSign.double)
        var weak = Set(rules.sectionSign.weak)
        for a in halves {
            for b in halves where a + b != "§§" {
                doubles.insert(a + b)
                if weak.contains(a) && weak.contains(b) { weak.insert(a + b) }
            }
        }
        doubleSigns = doubles
        weakSigns = weak
        signCues = Set(rules.sectionSign.cues.map { $0.lowercased() })
        citationCues = Set(rules.sectionSign.citationCues.map { $0.lowercased() })
        lawEndings = rules.sectionSign.lawEndings.map { $0.lowercased() }
        citationFollowers = Set(rules.sectionSign.citationFollowers.map { $0.lowercased() })
        loneLetterReadings = DocumentState.loneLetterReadings(rules.punctuation)
        lawAbbreviations = Set(rules.sectionSign.lawAbbreviations)
        cuesByWord = Dictionary(grouping: rules.context, by: { $0.word.lowercased() })
        rangeWords = Set(rules.rangeWords.map { $0.lowercased() })
        monthWords = Set(rules.monthWords.map { $0.lowercased() })
        clockWords = Set(rules.clockWords.map { $0.lowercased() })
        abbreviations = Set(rules.punctuation.abbreviations.map { $0.lowercased() })
        var forcedFirst = [Bool](repeating: false, count: 256)
        for key in rules.forced.keys {
            for form in [key.lowercased(), key.uppercased()] {
                if let b = form.utf8.first { forcedFirst[Int(b)] = true }
            }
        }
        forcedFirstBytes = forcedFirst
        percentLookalikes = Set(rules.percentLookalikes)
        percentShapes = Set(rules.percentShapes)
        var letters = [Bool](repeating: false, count: 256)
        for l in rules.percentLookalikes { if let b = l.utf8.first, b >= 0x41 { letters[Int(b)] = true } }
        percentFirstLetters = letters
        var lookalikeBytes = [Bool](repeating: false, count: 256)
        for l in rules.digitLookalikes.keys { if let b = l.utf8.first { lookalikeBytes[Int(b)] = true } }
        digitLookalikeFirstBytes = lookalikeBytes
        nonFinalWords = Set(rules.punctuation.nonFinalWords)
        finalPhrases = Set(rules.punctuation.finalPhrases)
        rarelyFinalWords = Set(rules.punctuation.rarelyFinalWords)
        headingNonFinalWords = nonFinalWords.union(rarelyFinalWords).union(rules.punctuation.headingNonFinalWords)
        decimalUnits = Set(rules.punctuation.decimalUnits)
        announcingWords = Set(rules.punctuation.announcingWords)
        colonOpeners = Set(rules.punctuation.colonOpeners)
        suspensionConjunctions = Set(rules.punctuation.suspensionConjunctions)
        var best: [String: (truth: Unicode.Scalar, p: Double)] = [:]
        for c in rules.channel.legacy + rules.channel.swe where c.ocr.unicodeScalars.count >= 2
            && c.ocr.allSatisfy({ $0.isLetter && $0.isLowercase }) && c.truth.unicodeScalars.count == 1
            && "åäö".contains(c.truth) {
            if (best[c.ocr]?.p ?? 0) < c.p { best[c.ocr] = (c.truth.unicodeScalars.first!, c.p) }
        }
        multiGlyphReadings = best.sorted { $0.value.p != $1.value.p ? $0.value.p > $1.value.p : $0.key < $1.key }.map {
            (ocr: $0.key, truth: $0.value.truth, ocrBytes: Array($0.key.utf8), truthBytes: Array(String($0.value.truth).utf8))
        }
    }

    // MARK: - Public entry points

    /// Repairs plain text; every whitespace character is kept, only words change.
    public func repair(text: String) -> RepairResult {
        // letters written as a base and a combining mark ("o" + U+0308, as some PDF text layers and engines give
        // them) are composed first: the lexicon and every later reader expect "ö"
        let text = TextShape.composed(text)
        var tokens: [String] = []
        var lineStarts: [Bool] = []
        var ranges: [Range<String.Index>] = []
        var atLineStart = true
        // split on whitespace scalars (a combining mark never follows whitespace in OCR text)
        let scalars = text.unicodeScalars
        @inline(__always) func space(_ u: Unicode.Scalar) -> Bool {
            u.value < 0x80 ? (u.value == 0x20 || (u.value >= 0x09 && u.value <= 0x0D)) : u.properties.isWhitespace
        }
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let c = scalars[i]
            if space(c) {
                if (c.value >= 0x0A && c.value <= 0x0D) || c.value == 0x85 || c.value == 0x2028 || c.value == 0x2029 {
                    atLineStart = true
                }
                i = scalars.index(after: i)
                continue
            }
            var j = i
            while j < scalars.endIndex && !space(scalars[j]) { j = scalars.index(after: j) }
            tokens.append(String(text[i..<j]))
            ranges.append(i..<j)
            lineStarts.append(atLineStart)
            atLineStart = false
            i = j
        }
        let (decisions, lw) = repair(tokens: tokens, lineStarts: lineStarts)
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        var last = text.startIndex
        var changes: [RepairChange] = []
        for (k, r) in ranges.enumerated() {
            out += text[last..<r.lowerBound]
            if let d = decisions[k] {
                out += d.replacement
                changes.append(RepairChange(index: k, correction: d))
            } else {
                out += text[r]
            }
            last = r.upperBound
        }
        out += text[last...]
        return RepairResult(text: out, changes: changes, legacyWeight: lw, tokens: tokens.count)
    }

    /// Repairs every word of a document: Word.text becomes the repaired reading, Word.correction keeps the OCR.
    public func repair(document: Document) -> Document {
        var tokens: [String] = []
        var lineStarts: [Bool] = []
        // a spaced dash between words: its width tells an en dash from a hyphen, which the OCR text cannot
        var wide: [(Int, Correction)] = []
        for page in document.pages {
            for block in page.blocks {
                for line in block.lines {
                    for (w, d) in Repairer.wideDashes(in: line.words, ratio: model.rules.scoring.enDashWidthRatio) {
                        wide.append((tokens.count + w, d))
                    }
                    for (w, word) in line.words.enumerated() {
                        tokens.append(TextShape.composed(word.ocrText))
                        lineStarts.append(w == 0)
                    }
                }
            }
        }
        var (decisions, _) = repair(tokens: tokens, lineStarts: lineStarts)
        for (k, d) in wide where decisions[k] == nil { decisions[k] = d }
        var doc = document
        var k = 0
        for p in doc.pages.indices {
            for b in doc.pages[p].blocks.indices {
                for l in doc.pages[p].blocks[b].lines.indices {
                    for w in doc.pages[p].blocks[b].lines[l].words.indices {
                        let original = doc.pages[p].blocks[b].lines[l].words[w].ocrText
                        if let d = decisions[k] {
                            doc.pages[p].blocks[b].lines[l].words[w].text = d.replacement
                            doc.pages[p].blocks[b].lines[l].words[w].correction = d
                        } else {
                            doc.pages[p].blocks[b].lines[l].words[w].text = TextShape.composed(original)
                            doc.pages[p].blocks[b].lines[l].words[w].correction = nil
                        }
                        k += 1
                    }
                }
            }
        }
        let prov = model.provenance
        doc.provenance.model = prov.model
        doc.provenance.rules = prov.rules
        return doc
    }

    /// Spaced "-" words between two words whose box is as wide as an en dash, as corrections to "–".
    static func wideDashes(in words: [Word], ratio: Double) -> [(Int, Correction)] {
        guard words.count >= 3, words.contains(where: { $0.ocrText == "-" }) else { return [] }
        // the line's own letter width: fonts and resolutions differ, a dash is compared with its neighbours
        let perLetter = words.compactMap { w -> Double? in
            let t = w.ocrText
            guard let b = w.box, t.count >= 3, t.allSatisfy(\.isLetter) else { return nil }
            return Double(b.width) / Double(t.count)
        }.sorted()
        guard perLetter.count >= 2, perLetter[perLetter.count / 2] > 0 else { return [] }
        let median = perLetter[perLetter.count / 2]
        var out: [(Int, Correction)] = []
        for i in 1..<(words.count - 1) where words[i].ocrText == "-" {
            guard let b = words[i].box else { continue }
            let r = Double(b.width) / median
            guard r >= ratio, words[i - 1].ocrText.last?.isLetter == true || words[i - 1].ocrText.last?.isNumber == true,
                  words[i + 1].ocrText.first?.isLetter == true else { continue }
            out.append((i, Correction(original: "-", replacement: "–", score: (r * 100).rounded() / 100, rule: "dash")))
        }
        return out
    }

    /// Candidates and decision for one word, optionally inside a context phrase holding it.
    public func explain(word: String, context: String? = nil) -> RepairExplanation {
        var tokens: [String] = []
        // (the context's lines, as a document's: the passes that look at line starts decide as they do in repair)
        var lineStarts: [Bool] = []
        var focus = 0
        if let context, !context.isEmpty {
            for line in context.split(whereSeparator: \.isNewline) {
                let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
                tokens += words
                lineStarts += words.indices.map { $0 == 0 }
            }
            // (the word as written, or else with the marks the context has around it: "Hostlov" is the context's
            // "Hostlov.", whose decision an appended copy would not show)
            let core = TokenParts(word, keepSymbols: keepSymbols).core
            focus = tokens.firstIndex(of: word)
                ?? tokens.firstIndex { TokenParts($0, keepSymbols: keepSymbols).core == core } ?? tokens.count
            if focus == tokens.count {
                tokens.append(word)
                lineStarts.append(tokens.count == 1)
            }
        } else {
            tokens = [word]
            lineStarts = [true]
        }
        let state = DocumentState(repairer: self, tokens: tokens, lineStarts: lineStarts)
        let parts = TokenParts(word, keepSymbols: keepSymbols)
        var analysis = state.analyze(parts.core)
        let bonus = state.contextBonuses(at: focus, candidates: analysis.candidates, tokens: tokens)
        for i in analysis.candidates.indices { analysis.candidates[i].contextBonus = bonus[i] }
        let lossGain = state.addDocumentGains(to: &analysis.candidates, of: parts.core)
        let decisions = state.decide(tokens: tokens, lineStarts: lineStarts)
        let d = decisions[focus]
        let reason: String
        if let d {
            reason = "changed by \(d.rule): the replacement beats keeping the word by \(String(format: "%.2f", d.score)) (log-odds)"
        } else if let why = state.protectionReason(for: word, at: focus, tokens: tokens) ?? analysis.protectedReason {
            reason = "kept: \(why)"
        } else if let best = analysis.candidates.max(by: { $0.total < $1.total }), best.text != parts.core {
            let id = analysis.candidates.first { $0.text == parts.core }
            let margin = id.map { state.requiredGain(identity: $0, best: best) } ?? model.rules.scoring.minGain
            let gain = best.total - (id?.total ?? 0)
            let starts = DocumentState.startsSentence(at: focus, tokens: tokens, lineStarts: lineStarts)
            _ = state.wordDecision(tokens[focus], at: focus, tokens: tokens, sentenceStart: starts)
            let gains = "best alternative \(best.text) gains \(String(format: "%.2f", gain))"
            if gain >= margin, let why = state.keepReason {
                reason = "kept: \(gains), but \(why)"
            } else if gain >= margin {
                reason = "kept by a pass over the document's words, although \(gains)"
            } else {
                reason = "kept: \(gains) < required \(String(format: "%.2f", margin))"
            }
        } else {
            reason = "kept: the word itself scores best"
        }
        let prior = model.rules.scoring.documentConfusionPrior
        let learned = state.learnedMisreadings.sorted { ($0.truth.value, $0.ocr) < ($1.truth.value, $1.ocr) }
            .map { "\($0.truth) as \($0.ocr) \(String(format: "%.2f", $0.rate(prior: prior, tableRate: 0))) (\($0.hits) of \($0.total))" }
        return RepairExplanation(word: word, core: parts.core, legacyWeight: state.channel.legacyWeight,
                                 editGain: state.editBoost, diacriticGain: max(lossGain, state.editBoost),
                                 candidates: analysis.candidates.sorted { $0.total > $1.total },
                                 decision: d?.replacement ?? word, rule: d?.rule, reason: reason,
                                 learnedMisreadings: learned,
                                 strippedWords: state.strippedCounts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
                                     .map { "\($0.key) (\($0.value))" })
    }

    /// Repairs a token sequence; returns one correction (or nil) per token and the document's legacy weight.
    public func repair(tokens: [String], lineStarts: [Bool]) -> ([Correction?], Double) {
        // a word whose UTF-8 was decoded once more as Windows-1252 ("MÃ¶tets", from a file moved between systems) is
        // read as it was written first, and then repaired as any other
        var tokens = tokens
        var doubled: [(Int, String)] = []
        for k in tokens.indices {
            if let u = TextDecoding.undoingDoubleEncoding(tokens[k]) {
                doubled.append((k, tokens[k]))
                tokens[k] = u
            }
        }
        let state = DocumentState(repairer: self, tokens: tokens, lineStarts: lineStarts)
        var decisions = state.decide(tokens: tokens, lineStarts: lineStarts)
        var legacyWeight = state.channel.legacyWeight
        // words run together by a lost space are read again as the words they are, then written back as one token's
        // replacement (the text between tokens stays as it was)
        let splits = LostSpaces(lexicon: model.lexicon, functionWordLogP: model.rules.scoring.splitCleanFunctionWordLogP,
                                signs: Set(singleSigns.compactMap { $0.count == 1 ? $0.first : nil }),
                                marksLost: state.channel.legacyWeight >= 0.5)
            .splits(tokens, ids: state.tokenIDs, typeCount: state.typeCount, lineStarts: lineStarts,
                    keepSymbols: keepSymbols) { k in
                // (a reading two letters away is a guess a split may beat: "introduktionfor" is no "introduktioner")
                // (on skeletons: restored å/ä/ö are the tables' readings, not guesses)
                guard let d = decisions[k] else { return nil }
                func skeleton(_ t: String) -> [UInt8] { Lexicon.skeleton(TextShape.lowerBytes(Array(t.utf8))) }
                let far = EditDistance.distance(skeleton(tokens[k]), skeleton(d.replacement), atMost: 2) >= 2
                return d.rule == "channel" && far ? nil : d.rule
            }
        if !splits.isEmpty {
            var pieces: [String] = [], pieceStarts: [Bool] = [], firstPiece: [Int] = []
            for k in tokens.indices {
                firstPiece.append(pieces.count)
                for (i, p) in (splits[k] ?? [tokens[k]]).enumerated() {
                    pieces.append(p)
                    pieceStarts.append(i == 0 && lineStarts[k])
                }
            }
            let split = DocumentState(repairer: self, tokens: pieces, lineStarts: pieceStarts)
            let pieceDecisions = split.decide(tokens: pieces, lineStarts: pieceStarts)
            legacyWeight = split.channel.legacyWeight
            decisions = tokens.indices.map { k in
                let first = firstPiece[k]
                guard let parts = splits[k] else { return pieceDecisions[first] }
                let ds = pieceDecisions[first..<(first + parts.count)]
                // (a piece a join emptied has gone into its neighbour)
                let words = zip(parts, ds).map { p, d in d?.replacement ?? p }.filter { !$0.isEmpty }
                return Correction(original: tokens[k], replacement: words.joined(separator: " "),
                                  score: ds.compactMap { $0?.score }.min() ?? Repairer.lostSpaceScore,
                                  rule: (["space"] + ds.compactMap { $0?.rule }).joined(separator: "+"))
            }
        }
        for (k, original) in doubled {
            let d = decisions[k]
            decisions[k] = Correction(original: original, replacement: d?.replacement ?? tokens[k],
                                      score: d?.score ?? Repairer.doubleEncodingScore,
                                      rule: d.map { "encoding+" + $0.rule } ?? "encoding")
        }
        return (decisions, legacyWeight)
    }

    /// The score of a split where no part needed repair: a space lost in a document that shows the habit.
    static let lostSpaceScore = 2.0

    /// The score of undoing a double encoding: bytes that decode as UTF-8 this way are almost never meant as written.
    static let doubleEncodingScore = 9.0
}

/// The per-document part: channel mix, word cache and per-type analyses.
final class DocumentState {
    /// Why the last `wordDecision` kept a word whose best reading scored past the required gain (for `explain`).
    var keepReason: String?
    let r: Repairer
    let lexicon: Lexicon
    let s: ScoringSettings
    let channel: Channel
    /// How often each word occurs in the document, by `foldKey` of its core.
    var seen: [UInt64: Int] = [:]
    var typeCache: [String: TypeAnalysis] = [:]
    /// Per distinct token of the document (by `tokenIDs`): the pass-1 decision and whether context cues apply.
    /// Arrays indexed by token id: hashing a token with å/ä/ö (normalised for String hashing) costs more than the
    /// work these memos save.
    var decisionMemo: [Correction??] = []
    var cueMemo: [CueKind?] = []
    /// Tokens of the context pass that stand inside a name: a capitalised word beside another on its line.
    var namePositions: [Bool] = []
    /// `bracketLookalikeRule` per distinct token, by the token ids `decide` uses.
    var bracketMemo: [Correction??] = []
    var bracketMemoIDs: [Int] = []
    /// Which of a token's readings have context cues.
    enum CueKind { case none, identityOnly, readings, names }
    /// Id of each token of the document the state was made for (equal tokens share an id).
    var tokenIDs: [Int] = []
    /// The tokens the state was made for.
    let documentTokens: [String]
    var typeCount = 0
    var partsMemo: [String: TokenParts] = [:]
    /// How often the most frequent word of the document occurs.
    var maxSeenCount = 0
    /// The largest bonus context cues can give a reading.
    let maxCueWeight: Double

    /// TokenParts of a token, computed once per distinct token.
    func tokenParts(_ token: String) -> TokenParts {
        if let p = partsMemo[token] { return p }
        let p = TokenParts(token, keepSymbols: r.keepSymbols)
        partsMemo[token] = p
        return p
    }
    /// The document writes "§ 12" rather than "§12" (Swedish typography; only a document that glues them
    /// consistently keeps its style).
    let sectionSignSpaced: Bool
    /// log P of an unknown capitalised word in this document (lower where the OCR strips å/ä/ö).
    let unknownNameLogP: Double
    /// Log-odds added per edit to every reading: how much noisier this document is than clean text.
    let editBoost: Double
    /// Words with å/ä/ö written without them as no word ("Tjorn"), and words read with them, in this document.
    let lossCounts: (stripped: Int, readWith: Int)
    /// How often each stripped word occurs: a word is no evidence about itself.
    let strippedCounts: [String: Int]
    /// Letters with dots or a ring that this document's OCR writes as another one most of the time, as `letterPair`s
    /// in small letters: å as ä from an engine without å.
    let habitualMisreadings: Set<UInt64>
    /// Every misreading the document's words taught its channel (for `explain`).
    let learnedMisreadings: [Channel.DocumentConfusion]
    /// Least rate at which a document's misreading of one such letter as another is a habit of its OCR.
    static let habitualMisreadRate = 0.5
    /// Digits this document's OCR writes for a letter inside its words, often enough to be a habit (gocr's "1" for l:
    /// "bes1utar", "ti11"): a word whose digits are all such is a misread word, as in OCR without Swedish data.
    let letterDigits: Set<UInt8>
    /// Least times, and least rate, at which a document writes a digit for a letter before that is its habit.
    static let letterDigitMinHits = 5
    static let letterDigitMinRate = 0.05
    /// Words the document writes at least `documentWordMinCount` times (letters only, in small letters), with their
    /// counts: a garbled copy of one is a reading whatever the lexicon says ("Yymn" in a table of "gymn").
    /// Worked out on first use, in a document noisy enough to use them; common words the lexicon lists are left out
    /// (the channel reads them already), and each word is kept with its letters case-folded for the edit distance.
    lazy var documentWords: [(text: [Unicode.Scalar], folded: [UInt32], count: Int)] = {
        documentWordCounts.compactMap { id, count in
            let text = Array(idCoresForWords[id].unicodeScalars)
            if let e = listedWord(idCoresForWords[id]), !e.flags.contains(.capitalized) { return nil }
            return (text: text, folded: text.map(DocumentState.foldScalar), count: count)
        }
    }()
    /// Distinct cores of the document (by token id) and the ids of those written `documentWordMinCount` times or more.
    var idCoresForWords: [String] = []
    var documentWordCounts: [(id: Int, count: Int)] = []
    /// Words in the document, for the in-document probability of `documentWords`.
    var documentWordTotal = 0
    /// The document's OCR never wrote an en dash: its "-" and "—" in ranges and between words stand for one.
    let enDashLost: Bool
    /// `digitLookalikes`, and the letters of `yearDigitShapes` this document writes for their digit in a year, a date
    /// or a time of day at least `digitShapeMinCount` times ("202b", "1b.40", "2023-0b-13" from ocrad): in its numbers
    /// elsewhere the letter is that digit too ("2b", "48b").
    let digitShapes: [String: String]
    static let digitShapeMinCount = 2
    /// Whether the document writes a case number's or a season's slash as a one at least `digitShapeMinCount` times
    /// ("201610042" for 2016/0042, "2014115" for 2014/15, from ocrad): its other such numbers have one too.
    let slashReadAsOne: Bool
    /// Whether the document shows at least `gapDashMinCount` gaps read as hyphens beside a frequent word ("fört-om",
    /// "Nämnden-och"): its OCR makes dashes of gaps, and its hyphens between two words no writer joins are gaps too.
    let gapDashes: Bool
    static let gapDashMinCount = 2
    /// Longest word after a hyphen that `gapDashes` counts by `splitFunctionWordLogP`: function words are short.
    static let gapDashShortWordLetters = 5
    /// Shortest word before a hyphen that a document with `gapDashes` splits off when neither side is frequent: the
    /// prefixes and short words writers join by hyphens ("icke-", "ja-", "nej-") are shorter.
    static let gapDashMinLetters = 6
    /// The separator most of the document's clock times use ("09.00" or "09:00"; "." when it has none).
    let clockSeparator: Character
    /// The document writes party abbreviations after names ("(S)") rightly at least twice.
    var partyEvidence = false
    /// The party abbreviations the document writes rightly ("S" for "(S)").
    lazy var writtenParties: Set<String> = {
        var out: Set<String> = []
        for t in documentTokens where t.utf8.first == 0x28 && isPartyToken(t) {
            out.insert(String(t.dropFirst().prefix { $0 != ")" }))
        }
        return out
    }()
    /// Words given the two-edit search so far (`twoEditMaxWords`).
    var twoEditSearches = 0
    /// Words the document writes with a bracket glued on ("(för", "vux)"), by skeleton: how often, and as written.
    var openBracketWords: [UInt32: (count: Int, word: String)] = [:]
    var closeBracketWords: [UInt32: (count: Int, word: String)] = [:]
    /// The first bytes of `openBracketLookalikes` and `closeBracketLookalikes`, for a test before any string work.
    /// Words the document writes before a small number ("bilaga 2", "punkt 3"), in small letters: a lone "l" after
    /// one of them is that number's 1.
    lazy var numberedWords: Set<String> = {
        var out: Set<String> = []
        for k in tokenIDs.indices.dropFirst() {
            let core = tokenParts(documentTokens[k]).core
            guard (1...2).contains(core.utf8.count), core.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { continue }
            let prev = tokenParts(documentTokens[k - 1])
            guard prev.suffix.isEmpty, prev.core.unicodeScalars.count >= 2,
                  prev.core.unicodeScalars.allSatisfy({ TextShape.isLetter($0) }) else { continue }
            out.insert(TextShape.lowercased(prev.core))
        }
        return out
    }()
    /// First bytes of the open-bracket look-alikes and last bytes of the closing ones, as tables by byte.
    lazy var bracketOpenBytes: [Bool] = DocumentState.byteTable(r.model.rules.punctuation.openBracketLookalikes.compactMap(\.utf8.first))
    lazy var bracketCloseBytes: [Bool] = DocumentState.byteTable(r.model.rules.punctuation.closeBracketLookalikes.compactMap(\.utf8.last))

    static func byteTable(_ bytes: [UInt8]) -> [Bool] {
        var t = [Bool](repeating: false, count: 256)
        for b in bytes { t[Int(b)] = true }
        return t
    }
    /// The document writes Roman numerals ("II", "III", "IV"): a lone "I" may be one.
    let romanNumerals: Bool
    /// The longest "§" look-alike in UTF-8 bytes: a longer token is none, without hashing it against both sets.
    let signMaxBytes: Int

    struct TypeAnalysis {
        var candidates: [RepairCandidate]   // identity first
        var protectedReason: String?
    }

    init(repairer: Repairer, tokens: [String], lineStarts: [Bool]) {
        r = repairer
        documentTokens = tokens
        lexicon = repairer.model.lexicon
        s = repairer.model.rules.scoring
        var letters = 0, diacritics = 0
        var enDashes = 0
        var ids: [String: Int] = [:]
        var idCores: [String] = []
        tokenIDs.reserveCapacity(tokens.count)
        var clockDots = 0, clockColons = 0
        for t in tokens {
            if TextShape.hasByte(t, 0xE2), t.unicodeScalars.contains("–") { enDashes += 1 }
            if let f = t.utf8.first, f >= 0x30 && f <= 0x39,
               TextShape.hasByte(t, where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ":") }) {
                for piece in t.split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == "—" }) where TextShape.clockMinutes(piece) != nil {
                    if piece.contains(".") { clockDots += 1 } else { clockColons += 1 }
                }
            }
            for u in t.unicodeScalars where TextShape.isLetter(u) {
                letters += 1
                switch u { case "å", "ä", "ö", "Å", "Ä", "Ö": diacritics += 1
                default: break }
            }
            let id: Int
            if let i = ids[t] { id = i } else {
                let p = TokenParts(t, keepSymbols: repairer.keepSymbols)
                partsMemo[t] = p
                id = idCores.count
                ids[t] = id
                idCores.append(TextShape.lowercased(p.core))
            }
            tokenIDs.append(id)
        }
        typeCount = idCores.count
        // (tokens that differ only by their marks or case, "Rosén" and "Rosén,", are one word: evidence that takes two
        // words takes two of these)
        var coresSeen = Set<String>()
        let firstOfCore = idCores.map { coresSeen.insert($0).inserted }
        var spacedSigns = 0, gluedSigns = 0
        for (k, t) in tokens.enumerated() where t.utf8.first == 0xC2 && t.hasPrefix("§") {
            if t == "§" || t == "§§" {
                if k + 1 < tokens.count, TextShape.isNumberLike(tokens[k + 1]) { spacedSigns += 1 }
            } else if TextShape.isNumberLike(String(t.drop { $0 == "§" })) {
                gluedSigns += 1
            }
        }
        sectionSignSpaced = !(gluedSigns >= 2 && spacedSigns == 0)
        // how much of the document's running text the lexicon does not know: names and rare compounds in clean
        // text (2–7 %), far more in a poor scan; each edit of a reading gets cheaper by as much as this exceeds
        // the clean level, since the chance that a letter was misread grows with it
        var counts = [Int](repeating: 0, count: idCores.count)
        var firstToken = [Int](repeating: -1, count: idCores.count)
        for (k, id) in tokenIDs.enumerated() {
            counts[id] += 1
            if firstToken[id] < 0 { firstToken[id] = k }
        }
        // (counted per distinct token, not per token)
        for (id, core) in idCores.enumerated() where !core.isEmpty { seen[DocumentState.foldKey(core), default: 0] += counts[id] }
        // in the same pass, how often this scan strips å/ä/ö: words the lexicon knows only with them ("Tjorn",
        // "forslag") against words read with them; real words ("for") say nothing and are not counted
        var byFold: [UInt64: (id: Int, count: Int, best: Int)] = [:]
        for (id, core) in idCores.enumerated() where core.unicodeScalars.count >= 3
            && core.unicodeScalars.allSatisfy({ TextShape.isLetter($0) }) {
            let key = DocumentState.foldKey(core)
            let e = byFold[key]
            byFold[key] = (id: e == nil || counts[id] > e!.best ? id : e!.id, count: (e?.count ?? 0) + counts[id],
                           best: max(e?.best ?? 0, counts[id]))
        }
        // (in a fixed order: readings of equal score are then offered the same way in every run)
        documentWordCounts = byFold.values.filter { $0.count >= DocumentState.documentWordMinCount }
            .map { (id: $0.id, count: $0.count) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : idCores[$0.id] < idCores[$1.id] }
        idCoresForWords = idCores
        documentWordTotal = tokens.count
        var words = 0, unknown = 0
        var readWith = 0, stripped = 0
        var strippedCounts: [String: Int] = [:]
        // and how it reads each letter with dots or a ring: as itself in listed words, or as another in words listed
        // only with the first ("fräga" for "fråga" from an engine that has ä but no å)
        var readRight: [Unicode.Scalar: Int] = [:]
        var misread: [UInt64: (hits: Int, words: Int)] = [:]  // by `letterPair`
        var asciiRight = [Int](repeating: 0, count: 128)
        var unlistedIDs: [Int] = []
        for (id, core) in idCores.enumerated() {
            guard core.utf8.count >= 3, core.unicodeScalars.allSatisfy({ TextShape.isLetter($0) }) else { continue }
            let bytes = Array(core.utf8)
            let valid = repairer.model.lexicon.entry(bytes).map { $0.flags.contains(.valid) } ?? false
            if !valid && bytes.count >= DocumentState.letterSwapMinBytes { unlistedIDs.append(id) }
            let diacritics = TextShape.diacriticCount(core)
            // small-letter words only: capitalised ones are names as often as not
            if let f = tokens[firstToken[id]].unicodeScalars.first(where: { TextShape.isLetter($0) }),
               f.properties.isLowercase {
                words += counts[id]
                if !valid { unknown += counts[id] }
            }
            // a capital inside a small-letter word is a marked letter too, even where the word in small letters is
            // one ("stOd" from ocrad, which writes every ö as O)
            func record(_ pairs: [(Unicode.Scalar, Unicode.Scalar)]) {
                for (t, o) in pairs {
                    misread[DocumentState.letterPair(t, o), default: (0, 0)].hits += counts[id]
                    misread[DocumentState.letterPair(t, o), default: (0, 0)].words += firstOfCore[id] ? 1 : 0
                }
            }
            let inner = DocumentState.innerCapitalMisreadings(tokens[firstToken[id]], in: repairer.model.lexicon)
            record(inner)
            if !inner.isEmpty { continue }
            if valid {
                if diacritics > 0 {
                    readWith += counts[id]
                    for u in core.unicodeScalars where u.value >= 0x80 { readRight[u, default: 0] += counts[id] }
                }
                for b in bytes where b < 0x80 { asciiRight[Int(b)] += counts[id] }
                continue
            }
            var pairs = DocumentState.skeletonMisreadings(bytes, in: repairer.model.lexicon)
            if pairs.isEmpty { pairs = DocumentState.foreignMisreadings(core, in: repairer.model.lexicon) }
            record(pairs)
            guard diacritics == 0 else { continue }
            if DocumentState.strippedOfDiacritics(bytes, in: repairer.model.lexicon) {
                stripped += counts[id]
                strippedCounts[core] = counts[id]
            }
        }
        lossCounts = (stripped, readWith)
        // (a letter misread as another with dots or a ring; one read as the plain letter is `lossBoost`'s)
        var misreadTotal: [UInt32: Int] = [:]
        for (k, n) in misread { misreadTotal[UInt32(k >> 32), default: 0] += n.hits }
        // (one word misread again and again may be a name spelt so: it takes two)
        var documentConfusions = misread.compactMap { k, n -> Channel.DocumentConfusion? in
            // (or a capital inside a small-letter word: ocrad's "mOtet", "stOd")
            guard let (t, o) = DocumentState.letters(ofPair: k),
                  o.value >= 0x80 || TextShape.isUpperLetter(o) && t.properties.isLowercase, t.value >= 0x80,
                  n.words >= 2 else { return nil }
            return Channel.DocumentConfusion(truth: t, ocr: String(o), hits: n.hits,
                                             total: (readRight[t] ?? 0) + (misreadTotal[t.value] ?? 0))
        }
        // a sign the engine writes for a letter inside words ("D4tum", "För5lag", "Rev¡derad"): where one letter in
        // its place gives a listed word, in two words or more, it stands for that letter, at the rate the document
        // shows (against that letter read right in its listed words)
        var glyphs: [UInt64: (hits: Int, words: Int)] = [:]
        for (id, core) in idCores.enumerated() {
            guard let (letter, glyph) = DocumentState.glyphMisreading(core, in: repairer.model.lexicon) else { continue }
            // (the unread-glyph sign stands for a letter the engine cannot read: a plain one it gives is the listed
            // twin of a word with é, "Linn_a" read as Linnea)
            if glyph.value == UInt32(Channel.unreadGlyph) && letter.isASCII { continue }
            glyphs[DocumentState.letterPair(letter, glyph), default: (0, 0)].hits += counts[id]
            glyphs[DocumentState.letterPair(letter, glyph), default: (0, 0)].words += firstOfCore[id] ? 1 : 0
        }
        for (k, n) in glyphs where n.words >= 2 {
            guard let (t, o) = DocumentState.letters(ofPair: k) else { continue }
            let right = t.value < 0x80 ? asciiRight[Int(t.value)] : (readRight[t] ?? 0)
            documentConfusions.append(Channel.DocumentConfusion(truth: t, ocr: String(o), hits: n.hits, total: right + n.hits))
            // the sign an engine writes for a glyph it cannot read stands for one letter all along (gocr's "_" for å,
            // which it never reads): where that letter is a habit, each other letter with a ring or dots gets the rate
            // the document shows for it, however low ("f_r" is "får" where every ö was read right)
            guard o == Unicode.Scalar(Channel.unreadGlyph), t.value >= 0x80, n.hits * 2 > right + n.hits else { continue }
            // (a letter the sign stands for in two words or more has its own rate from the loop)
            for other in DocumentState.ringAndDotLetters where other != t
                && (glyphs[DocumentState.letterPair(other, o)]?.words ?? 0) < 2 {
                let hits = glyphs[DocumentState.letterPair(other, o)]?.hits ?? 0
                var c = Channel.DocumentConfusion(truth: other, ocr: String(o), hits: hits, total: (readRight[other] ?? 0) + hits)
                c.replacesTable = true
                documentConfusions.append(c)
            }
        }
        // glyphs an engine breaks å/ä/ö into, as the tables list them ("ii" for ä: "hemstiilla", "smiiltningen"): a
        // font that breaks one so does it all along, far more often than the tables' average; where putting the
        // letter in their place makes a listed word in two words or more, the document's rate counts (against the
        // letter read any way, its stripped words included)
        // (on the bytes: most unlisted words hold none of the pieces)
        var pieces: [Int: (hits: Int, words: Int)] = [:]  // by index in `multiGlyphReadings`
        for id in unlistedIDs {
            let bytes = Array(idCores[id].utf8)
            search: for (i, m) in repairer.multiGlyphReadings.enumerated() where bytes.count > m.ocrBytes.count {
                for at in 0...(bytes.count - m.ocrBytes.count) where bytes[at] == m.ocrBytes[0]
                    && bytes[at..<(at + m.ocrBytes.count)].elementsEqual(m.ocrBytes) {
                    var v = bytes
                    v.replaceSubrange(at..<(at + m.ocrBytes.count), with: m.truthBytes)
                    guard let e = repairer.model.lexicon.entry(v), e.flags.contains(.valid),
                          !e.flags.contains(.unverified) else { continue search }
                    pieces[i, default: (0, 0)].hits += counts[id]
                    pieces[i, default: (0, 0)].words += firstOfCore[id] ? 1 : 0
                    break search
                }
            }
        }
        for (i, n) in pieces where n.words >= 2 {
            let m = repairer.multiGlyphReadings[i]
            let total = n.hits + (readRight[m.truth] ?? 0) + (misreadTotal[m.truth.value] ?? 0) + stripped
            documentConfusions.append(Channel.DocumentConfusion(truth: m.truth, ocr: m.ocr, hits: n.hits, total: total))
        }
        self.strippedCounts = strippedCounts
        // (with the clean level as a prior worth `sharePriorWords` words: a short text says little about its scan)
        let prior = DocumentState.sharePriorWords
        let unknownShare = (Double(unknown) + s.cleanUnknownShare * prior) / (Double(words) + prior)
        let boost = unknownShare > 0 && s.cleanUnknownShare > 0
            ? min(max(0, log(unknownShare / s.cleanUnknownShare)), s.maxEditBoost) : 0
        // a letter the engine reads as another that no table lists (gocr's h for k, "Marhanvisningsavtal",
        // "programhvällar"; its I for l inside words, "HudiksvaIls"): in a document with more unknown words than clean
        // text, a word no list holds that one such letter turns into a listed word, far more frequent than any other
        // swap's, teaches the pair;
        // three places make it the document's (`letterSwapMinPlaces`), at its rate against the letter read right
        if boost > 0 {
            // (counted by the letters around the swap: the forms of one word, "yippie", "yippier", "yippierna", are
            // one piece of evidence, not three)
            var swaps: [UInt64: (hits: Int, sites: Set<UInt16>)] = [:]
            // (a habit shows in a document's first unlisted words: a long document searches no more of them than a
            // page's worth, each search costing some twenty lexicon look-ups at random places in memory)
            for id in unlistedIDs.prefix(DocumentState.letterSwapMaxWords) {
                let core = idCores[id]
                let cased = partsMemo[tokens[firstToken[id]]]?.core ?? core
                guard let (t, o, site) = DocumentState.letterSwap(cased, lower: core, in: repairer.model.lexicon) else { continue }
                swaps[DocumentState.letterPair(t, o), default: (0, [])].hits += counts[id]
                swaps[DocumentState.letterPair(t, o), default: (0, [])].sites.insert(site)
            }
            // (and a habit, not chance: clean prose has a few such words too, "televerkens" for "televerkets", but
            // against thousands of the letter read right)
            for (k, n) in swaps where n.sites.count >= DocumentState.letterSwapMinPlaces {
                guard let (t, o) = DocumentState.letters(ofPair: k) else { continue }
                let total = asciiRight[Int(t.value)] + n.hits
                guard Double(n.hits) >= DocumentState.letterSwapMinRate * Double(total) else { continue }
                documentConfusions.append(Channel.DocumentConfusion(truth: t, ocr: String(o), hits: n.hits, total: total))
            }
        }
        let confusionPrior = repairer.model.rules.scoring.documentConfusionPrior
        habitualMisreadings = Set(documentConfusions.compactMap { c in
            guard c.rate(prior: confusionPrior, tableRate: 0) >= DocumentState.habitualMisreadRate,
                  c.ocr.unicodeScalars.count == 1, let o = c.ocr.unicodeScalars.first else { return nil }
            return DocumentState.letterPair(c.truth, o)
        })
        learnedMisreadings = documentConfusions
        letterDigits = Set(documentConfusions.compactMap { c in
            guard c.hits >= DocumentState.letterDigitMinHits,
                  c.rate(prior: 0, tableRate: 0) >= DocumentState.letterDigitMinRate,
                  c.ocr.utf8.count == 1, let b = c.ocr.utf8.first, b >= 0x30 && b <= 0x39 else { return nil }
            return b
        })
        enDashLost = enDashes == 0
        digitShapes = DocumentState.digitShapes(in: tokens, rules: repairer.model.rules)
        gapDashes = DocumentState.gapDashCount(tokens, lexicon: repairer.model.lexicon,
                                               frequentLogP: s.splitCleanFunctionWordLogP,
                                               shortWordLogP: s.splitFunctionWordLogP) >= DocumentState.gapDashMinCount
        slashReadAsOne = tokens.lazy.filter { t in
            // (on the bytes first: a year's digits, then a one or an "l" where its slash stood)
            t.utf8.count >= 7 && t.utf8.withContiguousStorageIfAvailable({ b in
                (b[0] == UInt8(ascii: "1") || b[0] == UInt8(ascii: "2")) && (b[4] == UInt8(ascii: "1") || b[4] == UInt8(ascii: "l"))
            }) != false && DocumentState.slashReadAsOne(TokenParts(t, keepSymbols: []).core) != nil
        }.prefix(DocumentState.digitShapeMinCount).count == DocumentState.digitShapeMinCount
        // (on the bytes: "II", "IV.", "(III)"; most tokens fail at their first or second byte)
        // (a numeral after a name belongs to it, "Apple II", "Karl XII", as an "I" there does: only one that numbers
        // a heading or follows a common word, "kapitel II", "Bilaga IV", says the document counts so)
        let lexicon = repairer.model.lexicon
        romanNumerals = tokens.indices.contains { k in
            var n = 0
            for b in tokens[k].utf8 {
                switch b {
                case UInt8(ascii: "I"), UInt8(ascii: "V"), UInt8(ascii: "X"): n += 1
                case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "."), UInt8(ascii: ","): if n > 0 && n < 2 { return false }
                default: return false
                }
            }
            guard n >= 2 && n <= 4 else { return false }
            guard k > 0, !lineStarts[k], tokens[k - 1].unicodeScalars.contains(where: { TextShape.isUpperLetter($0) })
            else { return true }
            guard let e = lexicon.entry(tokens[k - 1]), e.flags.contains(.valid), !e.flags.contains(.unverified) else { return false }
            return !e.flags.contains(.capitalized)
        }
        clockSeparator = clockColons > clockDots ? ":" : "."
        signMaxBytes = (repairer.singleSigns.map(\.utf8.count) + repairer.doubleSigns.map(\.utf8.count)).max() ?? 0
        maxSeenCount = seen.values.max() ?? 0
        // (a name's bonus and a cue's do not add up: cue words are common words, more frequent than `nameMaxLogP`)
        maxCueWeight = max(repairer.model.rules.context.map(\.weight).max() ?? 0, s.nameCueWeight)
        channel = Channel(rules: repairer.model.rules,
                          legacyWeight: Channel.legacyWeight(letters: letters, diacritics: diacritics,
                                                             expectedRate: s.expectedDiacriticRate),
                          documentConfusions: documentConfusions)
        // OCR without Swedish data misses å/ä/ö in most words, which its tables already expect
        editBoost = boost * (1 - channel.legacyWeight)
        // it strips names of them as well: an unknown name is then as likely a stripped known one
        unknownNameLogP = s.unknownNameLogP + channel.legacyWeight * (s.unknownNameLogPLegacy - s.unknownNameLogP)
    }

    // MARK: decisions

    func decide(tokens: [String], lineStarts: [Bool]) -> [Correction?] {
        var out = [Correction?](repeating: nil, count: tokens.count)
        var current = tokens
        // every caller passes the tokens the state was made for; anything else gets ids of its own
        var idOf = tokenIDs
        if idOf.count != tokens.count {
            var ids: [String: Int] = [:]
            idOf = tokens.map { t in
                if let i = ids[t] { return i }
                ids[t] = ids.count
                return ids.count - 1
            }
            typeCount = ids.count
        }
        // a capitalised word is a name mid-sentence but may be a common word at a sentence start: the memo keeps both
        decisionMemo = [Correction??](repeating: .none, count: 2 * typeCount)
        cueMemo = [CueKind?](repeating: nil, count: typeCount)
        bracketMemo = [Correction??](repeating: .none, count: typeCount)
        bracketMemoIDs = idOf
        // a document that writes "(S)" after names twice is one where a misread bracket after a name is a party's
        partyEvidence = tokens.lazy.filter { $0.utf8.first == 0x28 && self.isPartyToken($0) }.prefix(2).count == 2
        collectBracketWords(tokens)
        // pass 1: words hyphenated across a line break, token rules and per-word decisions
        let joins = lineBreakJoins(tokens: tokens, lineStarts: lineStarts)
        let heading = DocumentState.capitalsHeadings(tokens: tokens, lineStarts: lineStarts)
        for k in tokens.indices {
            if heading[k], let c = headingWordDecision(at: k, tokens: tokens) {
                out[k] = c
                current[k] = c.replacement
                continue
            }
            if let j = joins[k] {
                if let j {
                    out[k] = j
                    current[k] = j.replacement
                }
                continue
            }
            if let c = tokenRule(at: k, tokens: tokens, lineStarts: lineStarts) {
                out[k] = c
                current[k] = c.replacement
                continue
            }
            // a bracket that a later word of its line closes is the writer's, not a look-alike of "I" or "l"
            // ("[bilaga 2]")
            if let open = tokens[k].unicodeScalars.first, open == "[" || open == "{",
               tokens[k].unicodeScalars.count > 1,
               DocumentState.closesOnLine(k, open: open, tokens: tokens, lineStarts: lineStarts) {
                let rest = String(tokens[k].dropFirst())
                if let d = wordDecision(rest, at: k, tokens: nil, sentenceStart: false) {
                    let c = Correction(original: tokens[k], replacement: String(open) + d.replacement, score: d.score,
                                       rule: d.rule)
                    out[k] = c
                    current[k] = c.replacement
                }
                continue
            }
            if abbreviationBesideNumber(at: k, tokens: tokens, lineStarts: lineStarts) { continue }
            // without neighbours a token's decision depends on its text alone
            let c: Correction?
            let initial = DocumentState.startsSentence(at: k, tokens: tokens, lineStarts: lineStarts)
            let slot = 2 * idOf[k] + (initial ? 1 : 0)
            if let memo = decisionMemo[slot] {
                c = memo
            } else {
                var d = protectionReason(for: tokens[k], at: k, tokens: tokens) != nil ? nil
                    : innerCapitalIDecision(tokens[k], at: k, sentenceStart: initial)
                        ?? mixedCaseDecision(tokens[k], at: k, sentenceStart: initial)
                        ?? wordDecision(tokens[k], at: k, tokens: nil, sentenceStart: initial)
                // the words on each side of a hyphen as repaired may show that it was a gap ("om-behös" → "om behövs")
                if let w = d, TextShape.hasByte(w.replacement, UInt8(ascii: "-")), let sp = splitRule(w.replacement) {
                    d = Correction(original: tokens[k], replacement: sp.replacement, score: min(w.score, sp.score),
                                   rule: "split")
                }
                c = d
                decisionMemo[slot] = .some(c)
            }
            if let c {
                out[k] = c
                current[k] = c.replacement
            }
        }
        joinPass(&out, current: &current, tokens: tokens, lineStarts: lineStarts, idOf: idOf)
        if channel.legacyWeight >= 0.5 { initialCasePass(&out, current: current, lineStarts: lineStarts) }
        if editBoost > 0 { capitalIPass(&out, current: current, lineStarts: lineStarts) }
        abbreviationPass(&out, tokens: tokens)
        nameConsistencyPass(&out, tokens: tokens, idOf: idOf)
        // pass 2: neighbours, read from the pass-1 result
        if !r.cuesByWord.isEmpty {
            contextPass(&out, current: current, tokens: tokens, lineStarts: lineStarts, idOf: idOf, joined: joins)
        }
        foreignRunPass(&out, tokens: tokens, legacy: channel.legacyWeight >= 0.5)
        nameRunPass(&out, tokens: tokens, lineStarts: lineStarts, idOf: idOf)
        // "§" read as a digit before the item number the agenda implies
        learnedSignPass(&out, tokens: tokens, lineStarts: lineStarts)
        listOnePass(&out, tokens: tokens, lineStarts: lineStarts)
        itemNumberPass(&out, tokens: tokens, lineStarts: lineStarts)
        let narrowDigits = narrowDigitPass(&out, tokens: tokens, lineStarts: lineStarts)
        splitNumberPass(&out, tokens: tokens, lineStarts: lineStarts)
        numberGapJoins(&out, tokens: tokens, lineStarts: lineStarts)
        if narrowDigits { narrowDigitPairs(&out, tokens: tokens, lineStarts: lineStarts) }
        ampersandPass(&out, tokens: tokens, lineStarts: lineStarts)
        voteMarkPass(&out, tokens: tokens)
        loneLetterPass(&out, tokens: tokens)
        // (after the item headings' "§" is back: the word after one opens its text)
        lostCapitalPass(&out, tokens: tokens, lineStarts: lineStarts)
        // pass 3: punctuation, around the words as repaired
        curlyBracketPass(&out, tokens: tokens, lineStarts: lineStarts)
        dotLeaderPass(&out, tokens: tokens, lineStarts: lineStarts)
        punctuationPass(&out, tokens: tokens, lineStarts: lineStarts)
        return out
    }

    /// Whether a later token on token k's line closes the bracket `open` that opens token k (before another opens).
    static func closesOnLine(_ k: Int, open: Unicode.Scalar, tokens: [String], lineStarts: [Bool]) -> Bool {
        let close: Unicode.Scalar = open == "[" ? "]" : "}"
        var j = k + 1
        while j < tokens.count && !lineStarts[j] {
            for u in tokens[j].unicodeScalars {
                if u == close { return true }
                if u == open { return false }
            }
            j += 1
        }
        return false
    }

    /// Undoes word repairs inside runs of foreign words: a word of the foreign list ("over", "Star") next to a
    /// kept foreign word that is no Swedish word ("game", "Wars") is part of a quotation or a title, not a misread
    /// Swedish word. OCR without Swedish data writes a stripped "för" as "for" before any word, so there only a
    /// word Swedish does not list anchors a run ("Star Wars", not "for all").
    func foreignRunPass(_ out: inout [Correction?], tokens: [String], legacy: Bool) {
        let foreign = r.model.foreignWords
        guard !foreign.isEmpty else { return }
        func core(_ k: Int) -> String? {
            let c = tokenParts(tokens[k]).core
            guard c.unicodeScalars.count >= 2, c.unicodeScalars.allSatisfy({ $0.isASCII && TextShape.isLetter($0) })
            else { return nil }
            return c
        }
        // (a sentence end between two words cuts the run)
        func joined(_ a: Int, _ b: Int) -> Bool {
            guard let last = tokens[a].unicodeScalars.last else { return false }
            return !".!?:;".unicodeScalars.contains(last)
        }
        // an anchor is a common English word that repair kept, of three letters or more and no abbreviation, since
        // "GR", "at" and "on" are Swedish OCR's too
        let pass1 = out.map { $0 == nil }
        func anchor(_ j: Int) -> Bool {
            guard pass1[j], let c = core(j), c.utf8.count >= 3, !TextShape.isAllCaps(c) else { return false }
            return commonEnglishWord(c) && !(legacy && listedWord(c) != nil)
        }
        // (only words repair kept anchor a run: an undone repair does not spread to the next word)
        for k in tokens.indices {
            guard let c = out[k], c.rule == "channel" || c.rule == "compound", let w = core(k),
                  foreign[w] != nil else { continue }
            if k > 0 && joined(k - 1, k) && anchor(k - 1) || k + 1 < tokens.count && joined(k, k + 1) && anchor(k + 1) {
                out[k] = nil
            }
        }
    }

    /// Two words glued by a speck read as "." or ":" ("mål.och", "möte:i", "att.dela"): a lost space, since no word
    /// holds one and a sentence's next word starts with a capital. The right word is a listed small-letter word; the
    /// left one a listed word, or any word when the right one is as frequent as `splitCleanFunctionWordLogP` allows
    /// ("Fröberg.och"). Addresses ("skolverket.se", "niklas.svensson"), abbreviations ("bl.a", "t.ex") and suffixes
    /// after a colon ("BBS:er", "rap:are") do not qualify.
    /// "SKR;s" → "SKR:s": a semicolon between an abbreviation in capitals and a short small-letter ending is its
    /// colon misread (gocr); the glyph rule would otherwise read it as a letter, "SKRis".
    func abbreviationSemicolonRule(_ t: String) -> Correction? {
        let parts = tokenParts(t)
        let halves = parts.core.split(separator: ";", omittingEmptySubsequences: false)
        guard halves.count == 2, (2...DocumentState.genitiveAbbreviationMaxLetters).contains(halves[0].unicodeScalars.count),
              halves[0].unicodeScalars.allSatisfy(TextShape.isUpperLetter), (1...3).contains(halves[1].unicodeScalars.count),
              halves[1].unicodeScalars.allSatisfy(TextShape.isLowerLetter) else { return nil }
        return Correction(original: t, replacement: parts.prefix + halves[0] + ":" + halves[1] + parts.suffix, score: 3,
                          rule: "punctuation")
    }

    func gluedWordsRule(_ t: String) -> Correction? {
        func glue(_ c: Character) -> Bool { c == "." || c == ":" || c == "'" || c == "’" }
        // (most tokens hold no sign with a letter after it: settle them on the bytes; "’" begins with 0xE2)
        let inside: Bool = t.utf8.withContiguousStorageIfAvailable { buf in
            var signAt = false, quoteAt = false
            for b in buf {
                if signAt {
                    if b >= 0x61 && b <= 0x7A || b >= 0xC3 { return true }
                    // (an apostrophe before a number or a capital too: "till'212", "Elin'Dahlgren")
                    if quoteAt && (b >= 0x30 && b <= 0x39 || b >= 0x41 && b <= 0x5A) { return true }
                }
                quoteAt = b == UInt8(ascii: "'") || b == 0x99
                signAt = quoteAt || b == UInt8(ascii: ".") || b == UInt8(ascii: ":")
            }
            return false
        } ?? true
        guard inside else { return nil }
        let parts = tokenParts(t)
        let core = parts.core
        guard let cut = core.firstIndex(where: glue),
              core.filter({ glue($0) || $0 == "@" || $0 == "/" }).count == 1 else { return nil }
        let a = String(core[..<cut]), b = String(core[core.index(after: cut)...])
        let sign = core[cut]
        let apostrophe = sign == "'" || sign == "’"
        // a poor scan's speck in a gap reads as an apostrophe, before a number or a name as well ("till'212",
        // "sedan'1968", "Elin'Dahlgren", "seminarieserie'om"): Swedish sets none between two words, and a name's
        // "O'Brien" or "d'Artagnan" has one letter before it, a contraction's "can't" one after it
        if apostrophe, editBoost > 0, channel.legacyWeight < 0.5, a.count >= 2, b.count >= 2,
           a.allSatisfy(\.isLetter) && !a.dropFirst().contains(where: \.isUppercase) || a.allSatisfy(\.isNumber),
           b.allSatisfy(\.isNumber) || b.allSatisfy(\.isLetter) && !b.dropFirst().contains(where: \.isUppercase),
           listedWord(a) != nil && (listedWord(b) != nil || b.allSatisfy(\.isNumber))
            || listedWord(b).map({ $0.logP >= s.splitCleanFunctionWordLogP && b.first!.isLowercase }) == true {
            return Correction(original: t, replacement: parts.prefix + a + " " + b + parts.suffix, score: 2, rule: "split")
        }
        // (a number before a period and a small-letter word, "000.kronor": a list number, "3.", has one or two digits
        // and a capital after it)
        // (a number before a colon and a word, "15:mars", "1:från", unless the word is an ordinal's or inflection's
        // ending, "1:a", "3:e")
        let number = (sign == "." && a.count >= 2 || sign == ":") && a.allSatisfy(\.isNumber)
        let ea = listedWord(a)
        // a frequent one-letter word before a period is "i" or "å", not an initial ("i.uppdrag", but "J.Andersson")
        let frequentLetter = a.count == 1 && sign == "." && b.count >= 3 && a.first!.isLowercase
            && (ea?.logP ?? -.infinity) >= s.splitCleanFunctionWordLogP
        guard a.count >= (apostrophe || number ? 1 : 2) || frequentLetter, b.count >= 1,
              number || a.allSatisfy(\.isLetter), b.allSatisfy(\.isLetter),
              !(TextShape.isAllCaps(a) && a.count > 1), !a.dropFirst().contains(where: \.isUppercase),
              b.first!.isLowercase, !r.abbreviations.contains(TextShape.lowercased(core)) else { return nil }
        // (a word nobody listed after the sign counts when the lexicon reads it as written, "en.avtalstid")
        let eb = listedWord(b) ?? (b.count >= DocumentState.gluedCompoundMinLetters && ea != nil
            && analyze(b).candidates.first?.source == .compound ? LexiconEntry(logP: s.compoundTailCap, flags: .valid) : nil)
        guard let eb, !eb.flags.contains(.capitalized), !eb.flags.contains(.uppercase) else { return nil }
        let frequent = eb.logP >= s.splitCleanFunctionWordLogP
        if b.count < (sign == "." || apostrophe ? 2 : 1) {
            // (one letter after a period or an apostrophe only when a frequent word after a word of three letters or
            // more, "tas.i", "beslut'i": "bl.a" and "t.ex" are abbreviations)
            guard frequent, a.count >= 3, ea != nil || number else { return nil }
        }
        // (two letters after a period are a word when a frequent one, "behov.av", or both words are listed and the first
        // has three letters or more, "för.år", and no address's ending, ".se")
        if sign == "." && b.count < 3 && (!(frequent || ea != nil && a.count >= 3) || number || TextShape.isAddress(core)) {
            return nil
        }
        if number {
            if sign == ":" && (b.count < 2 || r.model.rules.punctuation.colonSuffixes.contains(b)) { return nil }
            return Correction(original: t, replacement: parts.prefix + a + " " + b + parts.suffix, score: 2, rule: "split")
        }
        // (a colon before a suffix inflects an abbreviation or a loan word: only a frequent word follows a lost space,
        // or in a poor scan a listed word after a listed word that no such ending is, "avser:ombyggnaden", "vid:sex")
        // (or, on any page, a listed word after a frequent one that no inflection follows, "av:kassören", "och:herr")
        let functionWordBefore = (ea?.logP ?? -.infinity) >= s.splitCleanFunctionWordLogP && b.count >= 4
            && !r.model.rules.punctuation.colonSuffixes.contains(b)
        if sign == ":" && !frequent && !functionWordBefore,
           !(editBoost > 0 && ea != nil && (b.count >= DocumentState.colonSplitMinLetters
                                            || !r.model.rules.punctuation.colonSuffixes.contains(b))) {
            return nil
        }
        // (an apostrophe also joins English contractions and names, "can't", "O'Brien": a frequent Swedish word on one
        // side of it, "fram'en")
        if apostrophe {
            guard let ea, ea.logP >= s.splitCleanFunctionWordLogP || frequent else { return nil }
        }
        guard frequent || ea != nil else { return nil }
        let head = sign == "." && r.abbreviations.contains(TextShape.lowercased(a)) ? a + "." : a
        return Correction(original: t, replacement: parts.prefix + head + " " + b + parts.suffix, score: 2, rule: "split")
    }

    /// The skeleton hash of a word (small letters, å/ä→a, ö→o, é→e), the key of the bracket evidence: "för" and "for"
    /// share one.
    static func bracketKey(_ w: Substring) -> UInt32 {
        var h = Lexicon.SkeletonHasher()
        for b in w.utf8 { h.feed(b) }
        return h.value
    }

    /// Strips the marks after a word's last bracket or letter ("grund),": "grund)" and ",").
    static func trailingMarks(_ t: String) -> (body: Substring, marks: Substring) {
        let body = t.prefix(upTo: t.lastIndex { !",.;:".contains($0) }.map { t.index(after: $0) } ?? t.startIndex)
        return (body, t[body.endIndex...])
    }

    /// Counts the words the document writes with a bracket glued on: "(för" and "(gymn)" open, "vux)" and "(gymn)" close.
    func collectBracketWords(_ tokens: [String]) {
        let p = r.model.rules.punctuation
        guard !p.openBracketLookalikes.isEmpty || !p.closeBracketLookalikes.isEmpty else { return }
        func note(_ inner: Substring, in table: inout [UInt32: (count: Int, word: String)]) {
            guard inner.count >= 2, inner.allSatisfy(\.isLetter) else { return }
            let key = DocumentState.bracketKey(inner)
            table[key] = (count: (table[key]?.count ?? 0) + 1, word: table[key]?.word ?? String(inner))
        }
        for t in tokens where TextShape.hasByte(t, where: { $0 == 0x28 || $0 == 0x29 }) {
            let body = DocumentState.trailingMarks(t).body
            let opened = body.first == "(", closed = body.last == ")"
            let inner = body.dropFirst(opened ? 1 : 0).dropLast(closed ? 1 : 0)
            if opened { note(inner, in: &openBracketWords) }
            if closed { note(inner, in: &closeBracketWords) }
        }
    }

    /// A bracket OCR read as a letter glued to a word ("tför", "Ifor", "vuxi", "grund]"): restored where the document
    /// writes the same word with that bracket at least twice ("(för", "vux)"), a table's repeated notes; a token that
    /// is a word as written stays.
    func bracketLookalikeRule(_ t: String) -> Correction? {
        // (most tokens begin and end with no look-alike: settle them on the bytes)
        let p = r.model.rules.punctuation
        let open = bracketOpenBytes, close = bracketCloseBytes
        let edge: Bool = t.utf8.withContiguousStorageIfAvailable { buf in
            guard let first = buf.first else { return false }
            if open[Int(first)] { return true }
            var i = buf.count - 1
            while i >= 0, buf[i] == UInt8(ascii: ",") || buf[i] == UInt8(ascii: ".") || buf[i] == UInt8(ascii: ";")
                    || buf[i] == UInt8(ascii: ":") { i -= 1 }
            return i >= 0 && close[Int(buf[i])]
        } ?? true
        guard edge else { return nil }
        let (body, marks) = DocumentState.trailingMarks(t)
        guard body.count >= 3, let f = body.first, let l = body.last else { return nil }
        var replacement: String?
        if p.openBracketLookalikes.contains(String(f)), let e = openBracketWords[DocumentState.bracketKey(body.dropFirst())],
           e.count >= 2, body.dropFirst().allSatisfy(\.isLetter) {
            replacement = "(" + e.word
        } else if p.closeBracketLookalikes.contains(String(l)),
                  let e = closeBracketWords[DocumentState.bracketKey(body.dropLast())], e.count >= 2,
                  body.dropLast().allSatisfy(\.isLetter) {
            replacement = e.word + ")"
        }
        guard let replacement, listedWord(String(body)) == nil else { return nil }
        return Correction(original: t, replacement: replacement + marks, score: 2, rule: "punctuation")
    }

    /// "I" alone inside a sentence, between a small-letter word and another, is the preposition "i": Swedish has no
    /// pronoun "I", and OCR reads a small i with a speck above as a capital. Not after a capitalised word ("Bilaga I",
    /// "Karl I"), not at a line start (a heading may end without a period), not in a document that writes Roman
    /// numerals ("II", "III", "IV"), and not beside a common English word ("and I think").
    func loneCapitalIRule(at k: Int, tokens: [String], lineStarts: [Bool]) -> Correction? {
        guard k > 0, k + 1 < tokens.count, !lineStarts[k], !romanNumerals else { return nil }
        let prev = tokenParts(tokens[k - 1]), next = tokenParts(tokens[k + 1])
        guard let last = tokens[k - 1].unicodeScalars.last, TextShape.isLowerLetter(last) || last == ",",
              prev.prefix.isEmpty, let pf = prev.core.unicodeScalars.first, TextShape.isLowerLetter(pf),
              next.prefix.isEmpty, let nf = next.core.unicodeScalars.first, TextShape.isLowerLetter(nf)
        else { return nil }
        if commonEnglishWord(prev.core) || commonEnglishWord(next.core) { return nil }
        return Correction(original: "I", replacement: "i", score: 2, rule: "case")
    }

    /// A lone small "l" inside a sentence is no word: OCR that reads by shape writes it for the digit 1 and for the
    /// letter i. After a word the document numbers elsewhere ("bilaga 2"), or before "och 2" or "-3", it is the 1;
    /// between two words it is the preposition i. (At a sentence start the channel reads it as "I".) A lone "I" or
    /// "|" in those places is the 1 as well ("den I januari", "Motion I från" where the document writes "den 12 maj",
    /// "Motion 2"), but not in a document that numbers with Roman numerals; so is any of them for a law's paragraph
    /// between a chapter and the sign ("26 kap. I $ OSL").
    func loneSmallLRule(at k: Int, tokens: [String], lineStarts: [Bool]) -> Correction? {
        let t = tokens[k]
        guard let b = t.utf8.first, b == UInt8(ascii: "l") || b == UInt8(ascii: "I") || b == UInt8(ascii: "|"),
              t.utf8.count <= 2, k > 0, k + 1 < tokens.count, !lineStarts[k] else { return nil }
        let parts = tokenParts(t)
        // (a bar alone is all sign to the token parts, which leave it no core)
        let bar = t == "|"
        let core = bar ? "|" : parts.core, suffix = bar ? "" : parts.suffix
        let small = core == "l"
        let prevToken = tokens[k - 1]
        // a day of the month before its name that opens a period ("tiden I juni–31 augusti") or follows an
        // abbreviation's period ("fr.o.m. I januari", "t.o.m. l maj"), in a document with Roman numerals too: elsewhere
        // a capital I before a month is as often the preposition a legacy engine wrote large ("klart I februari"), and
        // a sentence's "I" opens one ("Kaffet. I maj")
        if suffix.isEmpty, parts.prefix.isEmpty || bar, !lineStarts[k + 1], let one = r.model.rules.digitLookalikes[core] {
            let pieces = tokens[k + 1].split(omittingEmptySubsequences: false, whereSeparator: { $0 == "–" || $0 == "-" })
            let month = pieces.first.map { TextShape.lowercased(tokenParts(String($0)).core) }
            let afterAbbreviation = prevToken.hasSuffix(".")
                && r.abbreviations.contains(TextShape.lowercased(tokenParts(prevToken).core))
            let opensPeriod = pieces.count == 2 && pieces[1].first.map { $0.isNumber } == true
            if let month, r.monthWords.contains(month),
               afterAbbreviation || opensPeriod && !DocumentState.startsSentence(at: k, tokens: tokens, lineStarts: lineStarts) {
                return Correction(original: t, replacement: one, score: 2, rule: "digit")
            }
        }
        guard small || (core == "I" && !romanNumerals) || bar, parts.prefix.isEmpty || bar,
              let one = r.model.rules.digitLookalikes[core] else { return nil }
        let prev = tokenParts(prevToken)
        let next = tokens[k + 1]
        // (the chapter's abbreviation ends with a period, which is no sentence's end)
        if suffix.isEmpty, prevToken.hasSuffix("."), r.citationCues.contains(TextShape.lowercased(prev.core)),
           next == "§" || r.singleSigns.contains(next) {
            return Correction(original: t, replacement: one, score: 2, rule: "digit")
        }
        guard !DocumentState.startsSentence(at: k, tokens: tokens, lineStarts: lineStarts) else { return nil }
        guard prev.suffix.isEmpty, let pf = prev.core.unicodeScalars.first, TextShape.isLetter(pf),
              prev.core.unicodeScalars.allSatisfy({ TextShape.isLetter($0) }) else { return nil }
        func smallNumber(_ s: String) -> Bool {
            let c = tokenParts(s).core
            return (1...3).contains(c.utf8.count) && c.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }
        // ("l och 2", "l - 3", "socialgrupp I och 2": a short common word or a dash, then a number; not a bar, which
        // before a word and a number is mostly a speck, "avslutades | kl. 15")
        let listed = !bar && suffix.isEmpty && k + 2 < tokens.count && smallNumber(tokens[k + 2])
            && (next == "-" || next == "–" || next.unicodeScalars.count <= 4 && listedCommonWord(next))
        if numberedWords.contains(TextShape.lowercased(prev.core)) || listed
            || !bar && suffix.isEmpty && next.hasPrefix("-") && smallNumber(String(next.dropFirst())) {
            return Correction(original: t, replacement: one + suffix, score: 2, rule: "digit")
        }
        guard small else { return nil }
        // (between words as repair reads them: an engine that breaks words into pieces, "nfu l l mä", leaves no i)
        func word(_ s: String) -> Bool {
            let c = tokenParts(s).core
            guard c.unicodeScalars.count >= 2, c.unicodeScalars.allSatisfy({ TextShape.isLetter($0) }),
                  let w = decidedReading(c) else { return false }
            return w.source == .lexicon || w.source == .compound
        }
        guard suffix.isEmpty, TextShape.isLowerLetter(prev.core.unicodeScalars.last!),
              let nf = next.unicodeScalars.first, TextShape.isLetter(nf), word(tokens[k - 1]), word(next) else { return nil }
        return Correction(original: t, replacement: "i", score: 2, rule: "case")
    }

    /// A word common in English that is no Swedish word, or one far more common in English ("the", "game").
    func commonEnglishWord(_ word: String) -> Bool {
        guard let f = r.model.foreignWords[word], f.englishZipf >= ForeignRun.anchorMinZipf else { return false }
        return listedWord(word) == nil || f.englishZipf >= f.swedishZipf + ForeignRun.listedAnchorMargin
    }

    /// Thresholds of `foreignRunPass`, on wordfreq's Zipf scale.
    enum ForeignRun {
        /// An anchor is at least this common in English (about one word in 100 000).
        static let anchorMinZipf = 4.0
        /// A word Swedish lists too anchors only when it is this much more common in English ("the", not "game").
        static let listedAnchorMargin = 1.0
    }

    /// Rules whose first-pass repair the neighbours do not decide again: they read the token as a whole, not as a
    /// word ("tför" is "(för" by the bracket the document writes it with, whatever the neighbours say of "för").
    static let rulesContextKeeps: Set<String> = ["section-sign", "party", "dash", "split", "join", "punctuation"]

    /// Re-decides the words whose readings have context cues, with their neighbours as pass 1 read them; the
    /// halves of a word `joined` across a line break are no words of their own.
    func contextPass(_ out: inout [Correction?], current: [String], tokens: [String], lineStarts: [Bool], idOf: [Int],
                     joined: [Int: Correction?] = [:]) {
        // (only where the scan is poor or OCR had no Swedish data: in clean text a name no list holds is the writer's,
        // "Paterson", "Fransisco")
        if channel.legacyWeight >= 0.5 || editBoost >= DocumentState.nameCueMinEditBoost {
            namePositions = DocumentState.namePositions(current, lineStarts: lineStarts)
        }
        defer { namePositions = [] }
        for k in tokens.indices where out[k].map({ !DocumentState.rulesContextKeeps.contains($0.rule) }) ?? true
            && (joined.isEmpty || joined[k] == nil) {
            // (a cue on the word as written only strengthens keeping it: it matters where pass 1 changed the word,
            // so "att", which pass 1 keeps everywhere, is not decided again at every occurrence)
            let cues: CueKind
            if let m = cueMemo[idOf[k]] {
                cues = m
            } else {
                let parts = tokenParts(tokens[k])
                if protectionReason(for: tokens[k], at: k, tokens: tokens) != nil || parts.core.isEmpty
                    || TextShape.hasByte(parts.core, UInt8(ascii: "-")) || TextShape.hasByte(parts.core, UInt8(ascii: "/")) {
                    cues = .none
                } else {
                    let a = analyze(parts.core)
                    if a.protectedReason != nil || a.candidates.isEmpty {
                        cues = .none
                    } else if a.candidates.dropFirst().contains(where: { r.cuesByWord[TextShape.lowercased($0.text)] != nil }) {
                        cues = .readings
                    } else if !namePositions.isEmpty, let f = parts.core.unicodeScalars.first, TextShape.isUpperLetter(f),
                              a.candidates.dropFirst().contains(where: { isListedName($0.text) }) {
                        cues = .names
                    } else {
                        cues = r.cuesByWord[TextShape.lowercased(a.candidates[0].text)] != nil ? .identityOnly : .none
                    }
                }
                cueMemo[idOf[k]] = cues
            }
            // (a name reading counts only where the word stands beside another name, and not against the name the
            // document itself shows with its å/ä/ö: "Märit" elsewhere makes "Marit" Märit)
            guard cues == .readings || cues == .identityOnly && out[k] != nil
                || cues == .names && namePositions[k] && out[k]?.rule != "document" else { continue }
            if var c = wordDecision(tokens[k], at: k, tokens: current,
                                    sentenceStart: DocumentState.startsSentence(at: k, tokens: tokens, lineStarts: lineStarts)) {
                // the case pass found the word's capital a misreading ("speciella. Det Ar dessa"): the reading the
                // neighbours choose keeps its small letter
                if let was = out[k], was.rule == "case", let w = tokenParts(was.replacement).core.unicodeScalars.first,
                   TextShape.isLowerLetter(w) {
                    let parts = tokenParts(c.replacement)
                    if let f = parts.core.unicodeScalars.first, TextShape.isUpperLetter(f), listedCommonWord(parts.core) {
                        c = Correction(original: c.original, replacement: parts.prefix + TextShape.lowercased(parts.core) + parts.suffix,
                                       score: c.score, rule: c.rule + "+case")
                    }
                }
                out[k] = c
            } else if out[k]?.rule != "case" {
                // (the neighbours choose the word as written: a case pass-1 settled stands, "särskilt stÖd" → "stöd")
                out[k] = nil
            }
        }
    }

    /// A 64-bit key of a word in small letters (FNV-1a over its UTF-8 with A–Z and the Latin-1 capitals folded),
    /// for counting words without building lower-case strings; other scripts are keyed as written.
    @inline(__always)
    static func foldKey(_ w: String) -> UInt64 { foldKey(bytes: w.utf8) }

    @inline(__always)
    static func foldKey<S: Sequence>(bytes: S) -> UInt64 where S.Element == UInt8 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        var afterC3 = false
        for b in bytes {
            var c = b
            if c >= 0x41 && c <= 0x5A { c += 0x20 } else if afterC3 && c >= 0x80 && c <= 0x9E && c != 0x97 { c += 0x20 }
            afterC3 = b == 0xC3
            h ^= UInt64(c)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }

    /// The skeleton hash of a word (lower case, å/ä→a, ö→o, é→e), without building the skeleton.
    @inline(__always)
    static func skeletonKey(_ w: String) -> UInt32 {
        var w = w
        return w.withUTF8 { Lexicon.skeletonHash($0) }
    }

    /// False for a token whose first bytes show a small letter (most tokens), without decoding it.
    @inline(__always)
    static func mayStartCapital(_ t: String) -> Bool {
        var it = t.utf8.makeIterator()
        while let b = it.next() {
            if b >= 0x41 && b <= 0x5A { return true }
            if b >= 0x61 && b <= 0x7A || b >= 0x30 && b <= 0x39 { return false }
            // a two-byte Latin-1 letter: capitals are C3 80–9E, small letters C3 9F–BF
            if b == 0xC3 { return it.next().map { $0 < 0x9F } ?? false }
            // other non-ASCII: decide on the characters
            if b >= 0x80 { return true }
            // ASCII punctuation before the word ("(Anna", "”Gårdar"): look further
        }
        return false
    }

    /// A name the document shows with its å/ä/ö where OCR read them (or left a trace of them: "Jénsson") is that
    /// name where OCR wrote it without them too ("Marta" beside "Märta" → "Märta"). Swedish OCR also invents
    /// diacritics now and then, so there the form read with them must occur at least as often as the plain one;
    /// OCR without Swedish data strips nearly all of them, and one trace settles it.
    func nameConsistencyPass(_ out: inout [Correction?], tokens: [String], idOf: [Int]) {
        func capitalisedCore(_ text: String) -> String? {
            let core = tokenParts(text).core
            // (a name's capital comes first: "ÅVENgEr" is OCR's mixed case, no evidence for "Avenger")
            guard core.unicodeScalars.count >= 3, let c0 = core.unicodeScalars.first, TextShape.isUpperLetter(c0),
                  core.unicodeScalars.dropFirst().allSatisfy({ TextShape.isLowerLetter($0) }) else { return nil }
            return core
        }
        // (worked out once per distinct token that repair left alone: most of them)
        var memo = [String??](repeating: .none, count: typeCount)
        /// The capitalised word core of a token as repaired, or nil.
        func nameCore(_ k: Int) -> String? {
            if let c = out[k] { return capitalisedCore(c.replacement) }
            if let m = memo[idOf[k]] { return m }
            let c = capitalisedCore(tokens[k])
            memo[idOf[k]] = .some(c)
            return c
        }
        // the forms OCR itself wrote with something other than plain letters (most documents have few; most tokens
        // are settled on their bytes)
        var evidence: [UInt32: Set<String>] = [:]
        var lengths = Set<Int>()
        var minBytes = Int.max, maxBytes = 0
        for k in tokens.indices where DocumentState.mayStartCapital(tokens[k]) && TextShape.hasByte(tokens[k], where: { $0 >= 0x80 }) {
            guard let core = nameCore(k), TextShape.diacriticCount(core) > 0,
                  tokenParts(tokens[k]).core.unicodeScalars.contains(where: { $0.value >= 0x80 }) else { continue }
            evidence[DocumentState.skeletonKey(core), default: []].insert(core)
            lengths.insert(core.unicodeScalars.count)
            // a form of it with fewer å/ä/ö is 1 byte shorter for each; a token may carry a few marks around it
            let bytes = core.utf8.count
            minBytes = min(minBytes, bytes - TextShape.diacriticCount(core))
            maxBytes = max(maxBytes, bytes + 3)
        }
        guard !evidence.isEmpty else { return }
        var members: [UInt32: [(k: Int, core: String)]] = [:]
        for k in tokens.indices where (minBytes...maxBytes).contains(tokens[k].utf8.count) && DocumentState.mayStartCapital(tokens[k]) {
            guard let core = nameCore(k), lengths.contains(core.unicodeScalars.count) else { continue }
            let sk = DocumentState.skeletonKey(core)
            if evidence[sk] != nil { members[sk, default: []].append((k, core)) }
        }
        let legacy = channel.legacyWeight >= 0.5
        // a common word between two capitalised words is part of a title or a name in another language
        // ("Hacking For Girlies", "Music For Airports"): Swedish writes no title case
        func inTitle(_ k: Int) -> Bool {
            guard k > 0, k + 1 < tokens.count, let a = tokenParts(tokens[k - 1]).core.unicodeScalars.first,
                  let b = tokenParts(tokens[k + 1]).core.unicodeScalars.first, TextShape.isUpperLetter(a),
                  TextShape.isUpperLetter(b), !tokens[k - 1].hasSuffix("."), !tokens[k - 1].hasSuffix(":"),
                  let w = lexicon.entry(TextShape.lowerBytes(Array(tokenParts(tokens[k]).core.utf8)))
            else { return false }
            return w.flags.contains(.valid) && !w.flags.contains(.capitalized) && !w.flags.contains(.unverified)
        }
        for (sk, group) in members {
            guard let forms = evidence[sk], forms.count == 1, let e = forms.first else { continue }
            let eCount = group.filter { $0.core == e }.count
            let eDiacritics = TextShape.diacriticCount(e)
            // (only where OCR wrote fewer of them: a word repaired away from the same reading keeps its repair)
            let plain = group.filter { $0.core != e && TextShape.diacriticCount($0.core) < eDiacritics
                && $0.core.unicodeScalars.count == e.unicodeScalars.count
                && TextShape.diacriticCount(tokenParts(tokens[$0.k]).core) < eDiacritics
                && Lexicon.skeleton(Array($0.core.utf8)) == Lexicon.skeleton(Array(e.utf8)) }
            guard !plain.isEmpty, legacy || eCount >= plain.count else { continue }
            for m in plain where !inTitle(m.k) {
                let parts = tokenParts(out[m.k]?.replacement ?? tokens[m.k])
                out[m.k] = Correction(original: tokens[m.k], replacement: parts.prefix + e + parts.suffix,
                                      score: min(out[m.k]?.score ?? 2, 2), rule: "document")
            }
        }
    }

    /// Undoes the å/ä/ö a word got where the document writes it as a name: a capitalised listed word that stands
    /// inside a run of names ("Karin Hall", "ersättare för Saga Lind", "Lisa Hall (S)"), or is a place of the domain
    /// lexicon, is a name, and a common word that only its letters' marks tell from it ("håll", "säga", "märks") is
    /// no better reading of a name than the name as written, however much more often the common word is used. A
    /// name the lexicon lists (`isListedName`: "Pär" for "Par") is a reading of a name, and a word no list holds
    /// ("Bjork") has none of its own to keep; words as frequent as the function words are no names ("For Anna" is
    /// "För Anna").
    func nameRunPass(_ out: inout [Correction?], tokens: [String], lineStarts: [Bool], idOf: [Int]) {
        // (most documents change no such word: the neighbours are looked at only where one is found)
        var changed: [Int: Bool] = [:]
        var forms: [Int] = []
        for k in tokens.indices {
            guard let c = out[k], c.rule == "channel", let f = tokens[k].utf8.first, f >= 0x41 && f <= 0x5A else { continue }
            let id = idOf[k]
            if changed[id] == nil {
                changed[id] = nameLikeDiacriticRepair(original: tokens[k], replacement: c.replacement)
            }
            if changed[id] == true { forms.append(k) }
        }
        guard !forms.isEmpty else { return }
        // (the run's other word must read as a name too: a listed name, a word no list holds, or a rare listed word
        // capitalised inside a sentence, "Linnea Hall"; a frequent common word before it is a label whose colon OCR
        // lost, "Plats Radhuset"; a sentence may open with the run, "Saga Lundgren svarade")
        // (as repaired: "Bla Lador" is "Blå Lådor")
        func nameLike(_ j: Int) -> Bool {
            let parts = tokenParts(out[j]?.replacement ?? tokens[j])
            let core = parts.core
            guard let f = core.unicodeScalars.first, TextShape.isUpperLetter(f), core.unicodeScalars.count >= 2,
                  core.unicodeScalars.dropFirst().allSatisfy({ TextShape.isLowerLetter($0) || $0 == "-" }) else { return false }
            guard let e = listedWord(core), !e.flags.contains(.capitalized) else { return true }
            // (at a sentence start only a word as rare as the first names that are also plants, "Linnea", "Iris":
            // an attendee list's line opens with the first name, and a title's common words are more frequent)
            return e.logP < DocumentState.nameMaxLogP
                && (e.logP < DocumentState.openingNameMaxLogP
                    || !DocumentState.startsSentence(at: j, tokens: tokens, lineStarts: lineStarts))
        }
        func bare(_ j: Int) -> Bool { let p = tokenParts(tokens[j]); return p.prefix.isEmpty && p.suffix.isEmpty }
        // a word the document writes inside runs of names in at least half of its places is a name in the others
        // too ("Anders Marks redogjorde …" and "Marks påminde om …"), but a word that a title puts beside names once
        // is not ("Hacking For Girlies" beside "För skojs")
        var runs: [Int: (inRuns: Int, all: Int)] = [:]
        var inRun = [Bool](repeating: false, count: forms.count)
        // (a party's letters after a word mark a politician's name: "Lisa Hall (S)", ocrad's "(s)")
        for (i, k) in forms.enumerated() {
            inRun[i] = k + 1 < tokens.count && !lineStarts[k + 1] && bare(k) && isPartyToken(tokens[k + 1].uppercased())
                || !lineStarts[k] && k > 0 && bare(k - 1) && nameLike(k - 1)
                || k + 1 < tokens.count && !lineStarts[k + 1] && bare(k) && tokenParts(tokens[k + 1]).prefix.isEmpty
                && nameLike(k + 1)
            runs[idOf[k], default: (0, 0)].all += 1
            if inRun[i] { runs[idOf[k]]!.inRuns += 1 }
        }
        for (i, k) in forms.enumerated() {
            let r = runs[idOf[k]]!
            // (a place's name needs no run: "Marks kommun" is Mark's)
            if inRun[i] || r.inRuns > 0 && 2 * r.inRuns >= r.all || isPlaceName(tokenParts(tokens[k]).core) { out[k] = nil }
        }
    }

    /// The core of `original` is a capitalised listed word, rarer than function words, and `replacement` only gives
    /// its letters å/ä/ö to make a listed word that is no name.
    func nameLikeDiacriticRepair(original: String, replacement: String) -> Bool {
        let a = tokenParts(original), b = tokenParts(replacement)
        guard a.prefix == b.prefix, a.suffix == b.suffix, let f = a.core.unicodeScalars.first, TextShape.isUpperLetter(f),
              a.core.unicodeScalars.dropFirst().allSatisfy({ TextShape.isLowerLetter($0) }),
              TextShape.letterCount(a.core) >= 3, TextShape.diacriticCount(a.core) < TextShape.diacriticCount(b.core),
              Lexicon.skeleton(Array(a.core.utf8)) == Lexicon.skeleton(Array(b.core.utf8)),
              let e = listedWord(a.core), e.logP < DocumentState.nameMaxLogP,
              listedWord(b.core) != nil, !isListedName(b.core)
        else { return false }
        return true
    }

    /// "I" and "l" are one glyph in sans-serif type, and OCR's language model writes the word it knows: "AI" comes
    /// out as "Al". A hyphen compound whose short capitalised head reads as a listed abbreviation with "I" for "l"
    /// (or for a first "1": "1T-chef") and whose tail is a small-letter word is that abbreviation ("Al-tjänster" →
    /// "AI-tjänster"; compounds with small words are written closed, and a name's tail is capitalised: "Al-Hassan");
    /// the same head standing alone elsewhere in the document is read so too ("generativ Al" → "generativ AI").
    func abbreviationPass(_ out: inout [Correction?], tokens: [String]) {
        var heads: [String: String] = [:]
        for k in tokens.indices {
            // on the bytes first: a capital, then a small "l" before a hyphen at the second to fourth byte (or a "1"
            // for the first capital, as OCR without Swedish data reads "IT-chef": "1T-chef")
            var hyphenAt = -1, sawL = false, i = 0
            for b in tokens[k].utf8 {
                if i == 0 && !(b >= 0x41 && b <= 0x5A) && b != UInt8(ascii: "1") { break }
                if b == UInt8(ascii: "l") || i == 0 && b == UInt8(ascii: "1") { sawL = true }
                if b == UInt8(ascii: "-") { hyphenAt = i; break }
                i += 1
                if i > 3 { break }
            }
            guard hyphenAt >= 2, sawL else { continue }
            // (the tail may have been repaired already: "Al-tjanster" → "Al-tjänster")
            let text = out[k]?.replacement ?? tokens[k]
            let parts = tokenParts(text)
            guard let dash = parts.core.firstIndex(of: "-") else { continue }
            let head = parts.core[..<dash], tail = parts.core[parts.core.index(after: dash)...]
            guard (2...3).contains(head.count), let f = head.unicodeScalars.first, TextShape.isUpperLetter(f) || f == "1",
                  f == "1" || head.dropFirst().contains("l"), let t = tail.unicodeScalars.first, TextShape.isLetter(t),
                  !TextShape.isUpperLetter(t), tail.count >= 3, !tail.contains("-") else { continue }
            let reading = String(head.enumerated().map { i, c in c == "l" || i == 0 && c == "1" ? "I" : c })
            guard TextShape.isAllCaps(reading), let e = lexicon.entry(reading), e.flags.contains(.uppercase)
            else { continue }
            guard listedWord(String(tail)) != nil || analyze(String(tail)).candidates.first?.source == .compound else { continue }
            heads[String(head)] = reading
            out[k] = Correction(original: tokens[k], replacement: parts.prefix + reading + "-" + tail + parts.suffix,
                                score: min(out[k]?.score ?? 2, 2), rule: "abbreviation")
        }
        guard !heads.isEmpty else { return }
        for k in tokens.indices where out[k] == nil && tokens[k].utf8.count <= 8 {
            let parts = tokenParts(tokens[k])
            guard let reading = heads[parts.core] else { continue }
            out[k] = Correction(original: tokens[k], replacement: parts.prefix + reading + parts.suffix, score: 2,
                                rule: "abbreviation")
        }
    }

    /// OCR without Swedish data reads a word-initial small ö, å or ä as "O" or "A" about as often as it reads the
    /// capitals so (13 % of initial ö, 7 % of ä, 3.5 % of å in the learning data, against Ö, Å, Ä read so nearly
    /// always): the table's capital reading is then a small letter wherever a capital is unlikely, for a word the
    /// lexicon lists in small letters. That is after a small word inside a sentence ("ny Överenskommelse"), at the
    /// start of a line under a full line that goes on with its sentence, and after a capitalised common word whose
    /// capital its place explains ("Motets Oppnande" under "§ 41", "Lyftes Aven" after a period).
    func initialCasePass(_ out: inout [Correction?], current: [String], lineStarts: [Bool]) {
        // (ocrad's habit: "mOtet", "stOd")
        let oForSmallO = habitualMisreadings.contains(DocumentState.letterPair("ö", "O"))
        func opensItem(_ k: Int) -> Bool {
            DocumentState.startsSentence(at: k, tokens: current, lineStarts: lineStarts)
                || k >= 1 && current[k - 1].unicodeScalars.last.map({ TextShape.isDigit($0) }) == true
        }
        // a line as long as the text's lines goes on with its sentence on the next; a heading's line is shorter
        var lineChars = [Int](repeating: 0, count: current.count)
        var lengths: [Int] = []
        for line in DocumentState.lines(count: current.count, lineStarts: lineStarts) {
            let chars = current[line].reduce(line.count - 1) { $0 + $1.count }
            for j in line { lineChars[j] = chars }
            lengths.append(chars)
        }
        lengths.sort()
        let fullLine = lengths.isEmpty ? Int.max : lengths[lengths.count * 9 / 10] * 7 / 10
        // words the document capitalises where nothing else explains a capital are names ("och Mats Ångström")
        var names = Set<String>()
        for k in current.indices where !opensItem(k) {
            let core = tokenParts(current[k]).core
            if let f = core.unicodeScalars.first, TextShape.isUpperLetter(f) { names.insert(TextShape.lowercased(core)) }
        }
        for k in out.indices where k > 0 {
            guard let c = out[k] else { continue }
            let parts = tokenParts(c.replacement)
            guard let f = parts.core.unicodeScalars.first, ["Å", "Ä", "Ö"].contains(f), parts.prefix.isEmpty,
                  let o = tokenParts(c.original).core.unicodeScalars.first, o == "A" || o == "O",
                  !parts.core.unicodeScalars.dropFirst().contains(where: { TextShape.isUpperLetter($0) }),
                  listedCommonWord(parts.core), !isPlaceName(parts.core)
            else { continue }
            // after a number inside a line that a small-letter word leads up to ("vid en ålder av 89 År.", "18–29 År,"),
            // the word counts what the number numbers; an item's number follows a sign or opens its line ("§ 5 Övriga")
            let afterCount = k >= 2 && !lineStarts[k] && !lineStarts[k - 1]
                && current[k - 1].utf8.last.map({ $0 >= 0x30 && $0 <= 0x39 }) == true && TextShape.isNumberLike(current[k - 1])
                && current[k - 2].unicodeScalars.last.map(TextShape.isLowerLetter) == true
            let last = current[k - 1].unicodeScalars.last ?? " "
            let p = tokenParts(current[k - 1]).core.unicodeScalars.first ?? " "
            guard afterCount || (TextShape.isLetter(last) || last == ",") && TextShape.isLetter(p) else { continue }
            // (a name's first word before its capitalised next: "till Östra Gärdsjö 2:17", "i Övre Hälleby")
            if parts.suffix.isEmpty, k + 1 < current.count, !lineStarts[k + 1],
               r.model.rules.punctuation.nameOpeners.contains(TextShape.lowercased(parts.core)),
               let n = tokenParts(current[k + 1]).core.unicodeScalars.first, TextShape.isUpperLetter(n) { continue }
            if lineStarts[k] {
                guard !TextShape.isUpperLetter(p), lineChars[k - 1] >= fullLine, lineChars[k] >= fullLine else { continue }
            } else if TextShape.isUpperLetter(p) && !afterCount {
                // after a first name the word is a surname ("Mats Ångström"): only a common word whose capital opens
                // a sentence or an item's heading, and that the document never writes as a name, leaves no room for one
                // (after its comma a list goes on with a name: "Plats: Föreningslokalen, Ängsvägen 14")
                // (where the document writes every small ö as "O", its "O" says nothing of case: a common word that is
                // no listed name is small after any capitalised word, "Mötets Öppnande", "Kerstin Öppnade mötet")
                let prev = tokenParts(current[k - 1]).core
                let caseless = o == "O" && oForSmallO && !isListedName(parts.core)
                guard caseless || opensItem(k - 1) && last != "," && listedCommonWord(prev)
                        && !names.contains(TextShape.lowercased(prev))
                else { continue }
            }
            out[k] = Correction(original: c.original, replacement: parts.prefix + TextShape.lowercased(parts.core) + parts.suffix,
                                score: c.score, rule: "case")
        }
    }

    /// Swedish OCR of a poor scan mixes case inside a word ("OCh", "UPPenbart", "ANKAGADeS"), which no writer does
    /// with a common word: such a word is read in small letters (with a capital at a sentence start), and is that
    /// word when the lexicon lists it so or repair finds one for it. A clean text's "DoS" and "McAfee" are the
    /// writer's, and OCR without Swedish data writes a small ö as "O" ("FOr" for "För"): both stay for the other
    /// rules.
    func mixedCaseDecision(_ token: String, at k: Int, sentenceStart: Bool) -> Correction? {
        guard editBoost > 0, channel.legacyWeight < 0.5,
              token.unicodeScalars.dropFirst().contains(where: { TextShape.isUpperLetter($0) }) else { return nil }
        let parts = tokenParts(token)
        // (an abbreviation the lexicon writes so, "SoL", is the writer's)
        guard !r.model.mixedCaseWords.contains(parts.core) else { return nil }
        let scalars = parts.core.unicodeScalars
        guard scalars.count >= 2, scalars.dropFirst().contains(where: { TextShape.isUpperLetter($0) }),
              scalars.contains(where: { TextShape.isLowerLetter($0) }), scalars.allSatisfy({ TextShape.isLetter($0) })
        else { return nil }
        let lower = TextShape.lowercased(parts.core)
        let capital = sentenceStart && TextShape.isUpperLetter(scalars.first!)
        let regular = capital ? TextShape.capitalizingFirst(lower) : lower
        if listedCommonWord(lower) {
            return Correction(original: token, replacement: parts.prefix + regular + parts.suffix, score: 2, rule: "case")
        }
        guard lexicon.entry(lower) == nil,
              let c = wordDecision(parts.prefix + regular + parts.suffix, at: k, tokens: nil, sentenceStart: sentenceStart),
              c.rule == "channel" || c.rule == "compound", c.rule == "compound" || listedCommonWord(tokenParts(c.replacement).core)
        else { return nil }
        return Correction(original: token, replacement: c.replacement, score: c.score, rule: c.rule)
    }

    /// A small l and a capital I are one upright stroke in most sans fonts, and every engine confuses them; inside a
    /// word, after a small letter, only the l is Swedish ("tiII", "vaIdes", "kI.", "samhäIIsbyggnad"). Such a word
    /// is read with l there when that gives a word the lexicon reads (listed, or a compound) or one repair finds a
    /// word for. A name or brand written so ("BankID", "McIntosh") gives no such word and stays.
    /// A typewriter face's small l has a foot that engines read as a capital L ("BesLut", "BesLutsunderlag"), which is
    /// read so after a small letter too.
    func innerCapitalIDecision(_ token: String, at k: Int, sentenceStart: Bool) -> Correction? {
        guard TextShape.hasByte(token, UInt8(ascii: "I")) || TextShape.hasByte(token, UInt8(ascii: "L")) else { return nil }
        let parts = tokenParts(token)
        var scalars = Array(parts.core.unicodeScalars)
        guard scalars.count >= 2 else { return nil }
        var changed = false
        // (after a capital too, before a small letter: "PIats", "BIand")
        for i in scalars.indices.dropFirst() where scalars[i] == "I" && (TextShape.isLowerLetter(scalars[i - 1])
            || i == 1 && TextShape.isUpperLetter(scalars[0]) && scalars.count > 2 && TextShape.isLowerLetter(scalars[2])) {
            scalars[i] = "l"
            changed = true
        }
        // (an L after three letters or more, and only for a listed word: a name's particle keeps its capital after it,
        // "McLaren", "MacLean", which the compound analysis would read as "mc|laren")
        var footedL = false
        for i in scalars.indices.dropFirst(3) where scalars[i] == "L" && TextShape.isLowerLetter(scalars[i - 1]) {
            scalars[i] = "l"
            changed = true
            footedL = true
        }
        func reads(_ lower: String) -> Bool {
            listedWord(lower) != nil
                || !footedL && analyze(lower).candidates.first.map({ $0.source == .compound }) == true
        }
        // a first I before small letters is an l too where the word as written reads as none ("Iedamot",
        // "Ieverantörer"; not "Ingrid" or "Inom"), and only for a word read so at once (a name no list holds is
        // no misread word)
        var initial = false
        if scalars.count >= 3, scalars[0] == "I", TextShape.isLowerLetter(scalars[1]), !changed,
           !reads(TextShape.lowercased(parts.core)) {
            scalars[0] = "l"
            changed = true
            initial = true
        }
        // (a word of letters, small after its first: "LindIkNist" has other capitals and is no word this reads)
        guard changed, scalars.allSatisfy({ TextShape.isLetter($0) }),
              scalars.dropFirst().allSatisfy({ TextShape.isLowerLetter($0) }) else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        let fixed = String(view)
        let lower = TextShape.lowercased(fixed)
        if reads(lower) {
            return Correction(original: token, replacement: parts.prefix + fixed + parts.suffix, score: 2, rule: "glyph")
        }
        guard !initial, !footedL,
              let c = wordDecision(parts.prefix + fixed + parts.suffix, at: k, tokens: nil, sentenceStart: sentenceStart),
              c.rule == "channel" || c.rule == "compound" else { return nil }
        return Correction(original: token, replacement: c.replacement, score: c.score, rule: c.rule)
    }

    /// Why a short word in capitals is left alone (a heading of capitals reads it as a word after all).
    static let allCapsReason = "all-caps abbreviation"

    /// Lines written in capitals only, with at least three words and one of five letters or more: a typed heading
    /// ("ÄRENDE 4 BESLUT OM ÄNDRAD TAXA FOR AVFALL"), whose short words are words, not abbreviations.
    static func capitalsHeadings(tokens: [String], lineStarts: [Bool]) -> [Bool] {
        var out = [Bool](repeating: false, count: tokens.count)
        for line in lines(count: tokens.count, lineStarts: lineStarts) {
            var words = 0, long = false, lower = false
            for k in line {
                var letters = 0
                for u in tokens[k].unicodeScalars where TextShape.isLetter(u) {
                    if !TextShape.isUpperLetter(u) { lower = true }
                    letters += 1
                }
                if letters >= 2 { words += 1 }
                if letters >= 5 { long = true }
            }
            if !lower && words >= 3 && long { for k in line { out[k] = true } }
        }
        return out
    }

    /// A short word in a heading of capitals that the all-caps rule shields as an abbreviation, decided as the small
    /// word it is and written in capitals again ("FOR" → "FÖR").
    /// (Its neighbours are read as the context cues read them, in small letters.)
    func headingWordDecision(at k: Int, tokens: [String]) -> Correction? {
        let token = tokens[k]
        let parts = tokenParts(token)
        guard parts.core.unicodeScalars.allSatisfy({ TextShape.isLetter($0) }),
              analyze(parts.core).protectedReason == DocumentState.allCapsReason,
              let c = wordDecision(parts.prefix + TextShape.lowercased(parts.core) + parts.suffix, at: k, tokens: tokens,
                                   sentenceStart: false)
        else { return nil }
        let rep = tokenParts(c.replacement)
        return Correction(original: token, replacement: rep.prefix + rep.core.uppercased() + rep.suffix, score: c.score,
                          rule: c.rule)
    }

    /// A poor scan thins a capital I to a small one: a word of small letters that starts with "i" opens a sentence
    /// after a sentence's end or at the start of a line under a heading ("Ventilen" over "informerades om att …"),
    /// where Swedish writes a capital. A line under a long line goes on with its sentence ("… hur uppföljningen av"
    /// over "insatser kan utvecklas"), and so does one under a line ending with a comma.
    func capitalIPass(_ out: inout [Correction?], current: [String], lineStarts: [Bool]) {
        var lineLength = [Int](repeating: 0, count: current.count)
        for line in DocumentState.lines(count: current.count, lineStarts: lineStarts) {
            for j in line { lineLength[j] = line.count }
        }
        // a page whose OCR leaves specks after words shows them before small letters of other shapes than their
        // capitals ("sjukvården. som", "yrkanden. med"): there a period before an "i" is a speck as often ("för.
        // inköp", "men. inom"), and only a heading above says that a sentence starts
        let periodsSpeckled = periodsBeforeSmallLetters(current, lineStarts: lineStarts, acrossLines: true,
                                                        sparing: ["i", "l"]) >= DocumentState.speckledMinPeriods
        for k in current.indices.dropFirst() {
            let t = current[k]
            guard t.utf8.first == UInt8(ascii: "i"), let second = t.unicodeScalars.dropFirst().first,
                  TextShape.isLetter(second), second.properties.isLowercase,
                  !t.unicodeScalars.contains(where: { TextShape.isUpperLetter($0) }) else { continue }
            let prev = current[k - 1]
            guard let last = prev.unicodeScalars.last else { continue }
            let prevCore = tokenParts(prev).core
            // (a speck alone is no sentence's end: ". introduktion")
            let sentenceEnd = (last == "." || last == "!" || last == "?") && !prevCore.isEmpty
                && !r.abbreviations.contains(TextShape.lowercased(prevCore)) && !(periodsSpeckled && last == ".")
            // (a heading starts with a capital or its number and ends with a word no sentence breaks off at: "är",
            // "och", "av" end the short last line of a paragraph, "54Denna filosofi är")
            // (a heading's number is no word of it: "5. Aktuellt från SKR:s nätverk")
            let underHeading = lineStarts[k] && TextShape.isLetter(last) && { () -> Bool in
                    let headingStart = current[k - lineLength[k - 1]]
                    let numbered = headingStart.allSatisfy { $0.isNumber || $0 == "." }
                    return lineLength[k - 1] - (numbered ? 1 : 0) <= DocumentState.headingMaxWords
                        && (numbered || headingStart.unicodeScalars.first.map { TextShape.isUpperLetter($0) } == true)
                }()
                && (listedWord(prevCore).map { $0.logP < s.splitCleanFunctionWordLogP } ?? true)
            guard sentenceEnd || underHeading else { continue }
            let core = tokenParts(t).core
            guard listedWord(core) != nil else { continue }
            let rep = "I" + t.dropFirst()
            out[k] = Correction(original: out[k]?.original ?? t, replacement: rep, score: min(out[k]?.score ?? 2, 2),
                                rule: out[k].map { $0.rule + "+case" } ?? "case")
        }
    }

    /// The token ranges of the document's lines, in order.
    static func lines(count: Int, lineStarts: [Bool]) -> [ClosedRange<Int>] {
        var out: [ClosedRange<Int>] = []
        var start = 0
        for k in 0..<count where k + 1 == count || lineStarts[k + 1] {
            out.append(start...k)
            start = k + 1
        }
        return out
    }

    /// Most words a heading line has (a line under one starts a sentence).
    static let headingMaxWords = 4

    /// True where a capital letter says nothing about names: a line start or after a sentence end.
    static func startsSentence(at k: Int, tokens: [String], lineStarts: [Bool]) -> Bool {
        if k == 0 || lineStarts[k] { return true }
        guard let last = tokens[k - 1].unicodeScalars.last else { return true }
        if last == "." || last == "!" || last == "?" || last == ":" { return true }
        // a list item starts after its bullet: "- Höstlov 2026 infaller vecka 44"
        if lineStarts[k - 1] && DocumentState.bullets.contains(tokens[k - 1]) { return true }
        // an item's heading starts after its number: "§ 48 Lägesrapport", "$.48 Lägesrapport" (one or two tokens
        // without letters, a digit among them, first on their line)
        guard TextShape.isDigit(last) else { return false }
        var j = k - 1
        while true {
            guard !tokens[j].unicodeScalars.contains(where: { TextShape.isLetter($0) }) else { return false }
            if j == 0 || lineStarts[j] { return k - j <= 2 }
            j -= 1
            if k - j > 2 { return false }
        }
    }

    /// Why a token is left alone, or nil when repair may look at it.
    func protectionReason(for token: String, at k: Int, tokens: [String]) -> String? {
        let parts = tokenParts(token)
        if parts.core.isEmpty { return "punctuation only" }
        if TextShape.isAddress(token) { return "e-mail address or URL" }
        if TextShape.isNumberLike(parts.core) { return "number or date" }
        // (a lone letter after a number is a unit, "2 l", whatever the channel makes of it)
        if parts.core.utf8.count == 1, k > 0, let u = parts.core.unicodeScalars.first, TextShape.isLowerLetter(u),
           case let before = tokenParts(tokens[k - 1]), before.suffix.isEmpty, TextShape.isNumberLike(before.core) {
            return "unit after a number"
        }
        if !r.protected.isEmpty && r.protected.contains(TextShape.lowercased(parts.core)) { return "listed as protected in rules.yaml" }
        // (a capital and a small letter alone in brackets are a symbol or a code, "natrium (Na)", "kalcium (Ca)": no
        // word of two letters stands so; party letters, "(Sd)", were the token rule's)
        if parts.prefix.hasSuffix("("), parts.suffix.hasPrefix(")"), parts.core.unicodeScalars.count == 2,
           let f = parts.core.unicodeScalars.first, let l = parts.core.unicodeScalars.last,
           TextShape.isUpperLetter(f), TextShape.isLowerLetter(l) {
            return "symbol in brackets"
        }
        // ("sekr." is no garbled "ser.": an abbreviation the rules list keeps its letters before its period; a short
        // one may be a legacy misreading, "dir." for "där.")
        if parts.suffix.hasPrefix("."), parts.core.utf8.count >= 4, r.abbreviations.contains(TextShape.lowercased(parts.core)) {
            return "abbreviation"
        }
        return nil
    }

    /// The sign at `k`, after a paragraph's number, stands in a law citation: a chapter precedes the number ("11 kap.
    /// 51 8 plan- och bygglagen") or a law's name or abbreviation follows ("2 8 förvaltningslagen", "6 8 LVU").
    func citesLaw(at k: Int, tokens: [String]) -> Bool {
        if k >= 2 && r.citationCues.contains(TextShape.lowercased(tokenParts(tokens[k - 2]).core)) { return true }
        // (or a paragraph's part: "6 § andra stycket")
        if k + 1 < tokens.count, r.citationFollowers.contains(TextShape.lowercased(tokenParts(tokens[k + 1]).core)) {
            return true
        }
        return namesLaw(at: k + 1, tokens: tokens)
    }

    /// The token at `k` is a law's name or abbreviation ("förvaltningslagen", "LVU", or "LVV" read for it).
    func namesLaw(at k: Int, tokens: [String]) -> Bool {
        guard k < tokens.count else { return false }
        let next = tokenParts(tokens[k]).core
        if lawAbbreviation(next) != nil { return true }
        let core = TextShape.lowercased(next)
        return r.lawEndings.contains { core.hasSuffix($0) }
    }

    /// The law's abbreviation `core` is, as written or with capitals an engine reading by shape wrote for others
    /// (`lawAbbreviationLookalikes`: "LVV", "LW" for "LVU"); nil for anything else. Only a capital in one place is
    /// read otherwise, and only where the word as written is no listed one.
    func lawAbbreviation(_ core: String) -> String? {
        if r.lawAbbreviations.contains(core) { return core }
        let lookalikes = r.model.rules.sectionSign.lawAbbreviationLookalikes
        guard !lookalikes.isEmpty, (2...4).contains(core.utf8.count),
              core.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }), listedWord(core) == nil,
              listedWord(TextShape.lowercased(core)) == nil else { return nil }
        let letters = Array(core)
        for (i, c) in letters.enumerated() {
            guard let truth = lookalikes[String(c)] else { continue }
            let candidate = String(letters[..<i]) + truth + String(letters[(i + 1)...])
            if r.lawAbbreviations.contains(candidate) { return candidate }
        }
        return nil
    }

    /// "LVV" → "LVU": a law's abbreviation with a capital an engine reading by shape misread (`lawAbbreviation`).
    func lawAbbreviationRule(_ t: String) -> Correction? {
        let parts = tokenParts(t)
        guard let a = lawAbbreviation(parts.core), a != parts.core else { return nil }
        return Correction(original: t, replacement: parts.prefix + a + parts.suffix, score: 2, rule: "abbreviation")
    }

    /// A decimal number with a period before one of `decimalUnits` ("3.8 mnkr", "0.9 %") is OCR's reading of the
    /// decimal comma; one digit after the period, so that no clock time ("kl. 9.30") is one, nor a section's number
    /// before its title ("3.2 Bakgrund") or a version's ("Windows 4.0").
    func decimalPointRule(_ t: String, at k: Int, tokens: [String], lineStarts: [Bool]) -> Correction? {
        // (on the bytes first, without copying them: one to three digits, a period, one digit)
        let count = t.utf8.count
        guard (3...5).contains(count), k + 1 < tokens.count, !lineStarts[k + 1] else { return nil }
        var i = 0
        for c in t.utf8 {
            guard i == count - 2 ? c == UInt8(ascii: ".") : c >= 0x30 && c <= 0x39 else { return nil }
            i += 1
        }
        let next = tokens[k + 1]
        let unit = next.hasPrefix("%") ? "%" : TextShape.lowercased(tokenParts(next).core)
        guard r.decimalUnits.contains(unit) else { return nil }
        return Correction(original: t, replacement: String(t.dropLast(2)) + "," + String(t.suffix(1)), score: 2,
                          rule: "punctuation")
    }

    /// "§" restoration, party abbreviations and forced replacements: rules over whole tokens.
    func tokenRule(at k: Int, tokens: [String], lineStarts: [Bool]) -> Correction? {
        let t = tokens[k]
        if TextShape.hasByte(t, UInt8(ascii: "-")) {
            // OCR that does write "–" still reads some as "-": a range of month or day names is one whatever the page
            let next = k + 1 < tokens.count && !lineStarts[k + 1] ? tokens[k + 1] : nil
            if let d = rangeWordDash(t, next: next) { return d }
            if let sp = splitRule(t, next: next) { return sp }
        }
        if let c = percentShapeRule(t, at: k, tokens: tokens, lineStarts: lineStarts) { return c }
        if let c = decimalPointRule(t, at: k, tokens: tokens, lineStarts: lineStarts) { return c }
        if let c = clockWordRule(t, at: k, tokens: tokens, lineStarts: lineStarts) { return c }
        if slashReadAsOne, t.utf8.count >= 7 {
            let parts = tokenParts(t)
            if let read = DocumentState.slashReadAsOne(parts.core) {
                let ranged = rangeWithDash(read, at: k, tokens: tokens, lineStarts: lineStarts) ?? read
                return Correction(original: t, replacement: parts.prefix + ranged + parts.suffix, score: 2, rule: "digit")
            }
        }
        if !r.model.rules.digitLookalikes.isEmpty, TextShape.hasByte(t, where: { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x3A }) {
            let afterClockWord = k > 0 && r.clockWords.contains(tokenParts(tokens[k - 1]).core.lowercased())
            if let d = digitLookalikeRule(t, clock: afterClockWord) {
                guard let ranged = rangeWithDash(d.replacement, at: k, tokens: tokens, lineStarts: lineStarts) else { return d }
                return Correction(original: t, replacement: ranged, score: d.score, rule: d.rule)
            }
        }
        if TextShape.hasByte(t, where: { $0 >= 0x30 && $0 <= 0x39 }), let y = yearShapeRule(t) { return y }
        // a thousands group's lone first digit read as a small l ("l 200 000 kronor"): no Swedish word is a lone l
        // (an "I" or "|" only before two groups inside a sentence, "vilket är I 250 000": "i 250 kommuner" is the
        // preposition)
        if t == "l" || t == "I" || t == "|", let d = r.model.rules.digitLookalikes[t], k + 1 < tokens.count,
           tokens[k + 1].prefix(while: { $0.isASCII && $0.isNumber }).count == 3,
           t == "l" || (k + 2 < tokens.count && tokens[k + 1].utf8.count == 3
                         && tokens[k + 2].prefix(while: { $0.isASCII && $0.isNumber }).count == 3
                         && !DocumentState.startsSentence(at: k, tokens: tokens, lineStarts: lineStarts)) {
            return Correction(original: t, replacement: d, score: 3, rule: "digit")
        }
        // (a digit, an m, or the first letter of a percent look-alike's letters opens the few tokens these two read;
        // the rest skip them on the first byte)
        if k > 0, !lineStarts[k], let f = t.utf8.first, f >= 0x30 && f <= 0x39 || f == UInt8(ascii: "m")
            || f == UInt8(ascii: "i") || r.percentFirstLetters[Int(f)],
           let c = f == UInt8(ascii: "m") ? squareMetreRule(t, after: tokens[k - 1])
            : (f == UInt8(ascii: "i") ? squareMetreRule(t, after: tokens[k - 1]) : nil)
                ?? percentRule(t, at: k, tokens: tokens, lineStarts: lineStarts) {
            return c
        }
        // (two to four capitals, on the bytes first)
        if (2...6).contains(t.utf8.count), TextShape.hasByte(t, where: { $0 == UInt8(ascii: "V") || $0 == UInt8(ascii: "W") }),
           let c = lawAbbreviationRule(t) {
            return c
        }
        if k > 0, let c = thousandsGroupRule(t, after: tokens[k - 1],
                                             before: k + 1 < tokens.count && !lineStarts[k + 1] ? tokens[k + 1] : nil) {
            return c
        }
        if let c = loneSmallLRule(at: k, tokens: tokens, lineStarts: lineStarts) { return c }
        if partyEvidence, t.utf8.count <= 8, TextShape.hasByte(t, where: { $0 == 0x28 || $0 == 0x29 }),
           let p = partyRule(t, at: k, tokens: tokens) { return p }
        if t == "I", let c = loneCapitalIRule(at: k, tokens: tokens, lineStarts: lineStarts) { return c }
        if let g = gluedNumberRule(t, at: k, tokens: tokens, lineStarts: lineStarts) { return g }
        if let g = gluedWordsRule(t) { return g }
        if TextShape.hasByte(t, UInt8(ascii: ";")), let c = abbreviationSemicolonRule(t) { return c }
        if !openBracketWords.isEmpty || !closeBracketWords.isEmpty {
            let id = bracketMemoIDs[k]
            if bracketMemo[id] == nil { bracketMemo[id] = .some(bracketLookalikeRule(t)) }
            if let b = bracketMemo[id]! { return b }
        }
        if let c = clockRangeRule(t) { return c }
        if enDashLost, let d = dashRule(t, at: k, tokens: tokens, lineStarts: lineStarts) { return d }
        if TextShape.hasByte(t, UInt8(ascii: ".")), let a = atSignRule(t) { return a }
        if let c = gluedCitationRule(t, at: k, tokens: tokens) { return c }
        if let b = t.utf8.first, !r.forcedFirstBytes[Int(b)],
           let f = t.unicodeScalars.first, TextShape.isLetter(f),
           t.utf8.count > signMaxBytes || !r.singleSigns.contains(t) && !r.doubleSigns.contains(t) {
            return nil
        }
        let next = k + 1 < tokens.count ? tokens[k + 1] : nil
        let prev = k > 0 ? tokens[k - 1] : nil
        @inline(__always) func paragraphNumber(_ p: String) -> Bool {
            !p.isEmpty && p.utf8.count <= 3 && p.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }
        // a law citation's sign follows the paragraph's number, or its letter ("53 a 8 PBL"): after a chapter ("11
        // kap. 51 8 plan- och bygglagen") or before a law's name or abbreviation ("2 8 förvaltningslagen")
        if r.singleSigns.contains(t) || r.doubleSigns.contains(t), let p = prev, !lineStarts[k],
           paragraphNumber(p) || p.utf8.count == 1 && p.utf8.first.map({ $0 >= 0x61 && $0 <= 0x7A }) == true
               && k >= 2 && paragraphNumber(tokens[k - 2]) && !lineStarts[k - 1],
           citesLaw(at: k, tokens: tokens) {
            return Correction(original: t, replacement: r.doubleSigns.contains(t) ? "§§" : "§", score: 3, rule: "section-sign")
        }
        // a reference in brackets keeps its bracket: "(§ 4)", "(§§ 4–6)", "(§ 87/2023)"
        let bracket = t.utf8.count >= 2 && t.utf8.first == UInt8(ascii: "(")
        let sign = bracket ? String(t.dropFirst()) : t
        // (a number that opens the next line as a list's, "1." or "1)", is no reference's: "punkt 4 och 5" ends its line
        // before "1. Mötet öppnas")
        let nextIsNumber = next.map { n in
            TextShape.isNumberLike(n) && !(lineStarts[k + 1] && (n.hasSuffix(".") || n.hasSuffix(")")))
        } ?? false
        if nextIsNumber {
            // (a digit before a group of three digits is a number written in groups, whatever word precedes it: "till
            // 8 412 miljoner kronor")
            let grouped = sign.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && next.map { n in
                let body = n.utf8.prefix { $0 >= 0x30 && $0 <= 0x39 }
                return body.count == 3 && n.utf8.dropFirst(3).allSatisfy { ",.;:".utf8.contains($0) }
            } == true
            // (at a line start too, unless more than the heading's title follows: "kostnaderna till" over "8 957 000 kr
            // (31,9 %)"; a heading "8 101 Yttrande" goes on with its title's capital)
            let groupedOn = grouped && k + 2 < tokens.count && !lineStarts[k + 2]
                && tokens[k + 2].unicodeScalars.first.map { !TextShape.isUpperLetter($0) } == true
            // (a reference's other places: after a meeting's date and its comma, "nämnden 2011-06-14, 8 48"; before a
            // number with its year, "8 38/2024"; in brackets that close after the number, "(8 87/2023)", "($ 4)")
            let nextCore = next.map { TokenParts($0, keepSymbols: []).core } ?? ""
            let halves = nextCore.split(separator: "/")
            let ofYear = halves.count == 2 && halves[0].utf8.count <= 3 && halves[1].utf8.count == 4
                && halves.allSatisfy { $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
            // (not a digit look-alike before a share's sign read as digits: "(88 96)" is "(88 %)"; a lone digit after a
            // lone sign is the item's number, "(8 9)")
            let closes = bracket && next.map { n in n.hasSuffix(")") || n.hasSuffix("),") || n.hasSuffix(").") } == true
                && !(sign.contains(where: \.isNumber) && nextCore.utf8.count >= 2
                     && r.percentLookalikes.contains(nextCore))
            let strongContext = lineStarts[k] && !groupedOn || closes || !grouped && (ofYear || prev.map { p in
                let pl = TextShape.lowercased(p).trimmingCharacters(in: .punctuationCharacters)
                let pc = tokenParts(p).core
                return r.signCues.contains(pl) || p.hasPrefix("§") || p.hasSuffix(",") && k >= 2 && tokens[k - 2].hasPrefix("§")
                    || p.hasSuffix(",") && (DocumentState.isISODate(pc) || TextShape.isYear(pc))
            } ?? true)
            // a rising range of item numbers ("8-10", "34—41"): after a comma a double look-alike before one is "§§"
            // ("ekonomichef, 88 61-63"), and a single one anywhere "§" (no count stands before a range of numbers:
            // "påminde om att 8 8-10 behandlas sist")
            let risingRange = next.map { n in
                let ends = n.trimmingCharacters(in: CharacterSet(charactersIn: ",.;:"))
                    .split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == "—" })
                guard ends.count == 2, ends.allSatisfy({ $0.count <= 3 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
                      let a = Int(ends[0]), let b = Int(ends[1]) else { return false }
                return b > a
            } == true
            let itemRange = prev?.hasSuffix(",") == true && risingRange
            let open = bracket ? "(" : ""
            if r.doubleSigns.contains(sign) && (!r.weakSigns.contains(sign) || strongContext || itemRange) {
                return Correction(original: t, replacement: open + "§§", score: r.weakSigns.contains(sign) ? 2 : 4,
                                  rule: "section-sign")
            }
            if r.singleSigns.contains(sign) && (!r.weakSigns.contains(sign) || strongContext || risingRange) {
                return Correction(original: t, replacement: open + "§", score: r.weakSigns.contains(sign) ? 2 : 4,
                                  rule: "section-sign")
            }
        }
        // a look-alike glued to the number, perhaps with a speck between: "$12", "$.41", "$'17" → "§ 12"; poor scans
        // close the gap even where the sign was read right ("§7"), so the document's style decides the space
        if let f = t.first, f == "§" || r.singleSigns.contains(String(f)) && !r.weakSigns.contains(String(f)), t.count > 1 {
            var rest = t.dropFirst()
            if rest.count > 1, let c = rest.first, c == "." || c == ":" || c == "," || c == "'" { rest = rest.dropFirst() }
            // (a price is no item number: "$12.95")
            let inner = rest.last.map { ".,:;".contains($0) } == true ? rest.dropLast() : rest
            if TextShape.isNumberLike(String(rest)), !inner.contains("."), !inner.contains(",") {
                let rep = (sectionSignSpaced ? "§ " : "§") + rest
                if rep != t { return Correction(original: t, replacement: rep, score: 3, rule: "section-sign") }
            }
        }
        // "(5)" after a name → "(S)" ("Bilaga (1)" is a number)
        if t.hasPrefix("("), let close = t.firstIndex(of: ")"), k > 0, isName(at: k - 1, tokens: tokens),
           !closesListOfNamesWithoutParties(at: k, tokens: tokens) {
            let inner = String(t[t.index(after: t.startIndex)..<close])
            if (1...3).contains(inner.count), inner.contains(where: { r.model.rules.partyLookalikes[String($0)] != nil }) {
                let mapped = String(inner.map { c in r.model.rules.partyLookalikes[String(c)].flatMap(\.first) ?? c })
                if mapped != inner, let e = lexicon.entry(mapped), e.flags.contains(.uppercase) {
                    return Correction(original: t, replacement: "(" + mapped + t[close...], score: 3, rule: "party")
                }
            }
        }
        let parts = tokenParts(t)
        if let f = r.model.rules.forced[TextShape.lowercased(parts.core)] {
            let rep = parts.prefix + TextShape.matchCase(f, like: parts.core) + parts.suffix
            if rep != t { return Correction(original: t, replacement: rep, score: 99, rule: "forced") }
        }
        return nil
    }

    /// "7$ miljöbalken" → "7 § miljöbalken", "53 a'$ PBL" → "53 a § PBL": a paragraph's number (up to three digits) or
    /// letter glued to the sign, perhaps with a speck between, before a law's name or abbreviation.
    func gluedCitationRule(_ t: String, at k: Int, tokens: [String]) -> Correction? {
        // (on the bytes, without copying them: most tokens are longer, end in no look-alike, or open with neither a
        // digit nor a letter after a number)
        let u = t.utf8
        guard u.count >= 2, u.count <= 6, let last = u.last, let first = u.first,
              last == UInt8(ascii: "$") || last == UInt8(ascii: "&") || last == UInt8(ascii: "8")
                || last == UInt8(ascii: "5") || last == UInt8(ascii: "S") || last == UInt8(ascii: "s") else { return nil }
        @inline(__always) func digit(_ x: UInt8) -> Bool { x >= 0x30 && x <= 0x39 }
        var head = u.dropLast()
        if let m = head.last, m == UInt8(ascii: "'") || m == UInt8(ascii: ".") || m == UInt8(ascii: ":") { head = head.dropLast() }
        let digits = digit(first) && head.count <= 3 && head.allSatisfy(digit)
        let letter = !digits && head.count == 1 && first >= 0x61 && first <= 0x7A && k > 0
            && tokens[k - 1].utf8.count <= 3 && tokens[k - 1].utf8.allSatisfy(digit)
        // (a digit before a digit look-alike is a number, "15": only a sign that is no digit may follow one straight)
        guard digits && (head.count < u.count - 1 || !digit(last)) || letter,
              r.singleSigns.contains(String(UnicodeScalar(last))), namesLaw(at: k + 1, tokens: tokens) else { return nil }
        return Correction(original: t, replacement: String(decoding: head, as: UTF8.self) + " §", score: 3, rule: "section-sign")
    }

    /// How much a reading must beat the word as written by: little for unknown words, more for real words, most
    /// for real words in Swedish OCR; a compound read as written yields to a listed word, but another compound
    /// must clearly beat it.
    func requiredGain(identity id: RepairCandidate, best: RepairCandidate) -> Double {
        // a fair page's Swedish OCR reads å/ä/ö right, as it reads its real words; a compound that only other dots or
        // a ring make of a word no list holds ("brukningsvärd" as "bruknings|vård"), or more of them where the page
        // shows no loss ("attefallsåtgärd" as "ätte|falls|åtgärd"), is one of the many that lie so near any long word,
        // and weaker evidence than a listed one (dots or an accent taken away are another matter: a fair scan still
        // adds some, "takrenöveringen")
        if id.source == .unknown || id.source == .unverified, best.source == .compound, channel.legacyWeight < 0.5,
           editBoost < s.noisyUnknownMinEditBoost,
           Lexicon.skeleton(Array(id.text.utf8)) == Lexicon.skeleton(Array(best.text.utf8)),
           !DocumentState.onlyDotsRemoved(id.text, best.text),
           !DocumentState.onlyDotsLostOrAdded(id.text, best.text) || lossBoost(excluding: id.text) <= 0 {
            // (less as the page gets poorer, down to the usual gain where it counts as noisy)
            let clean = s.realWordMarginSwe + s.compoundPenalty
            return clean - (clean - s.minGain) * max(0, editBoost) / s.noisyUnknownMinEditBoost
        }
        if id.source == .unknown || id.source == .unverified { return s.minGain }
        if id.source == .compound {
            // a split nobody listed ("revider|ät") is weak evidence against a listed word one confusion away
            if best.source == .lexicon { return channel.legacyWeight < 0.5 ? s.realWordMargin : s.minGain }
            return s.realWordMargin + s.compoundPenalty
        }
        if channel.legacyWeight < 0.5 {
            // a scan so poor that it garbles names as often as words strips capitalised words of å/ä/ö as well: a
            // listed name's more frequent twin with them ("Backström" → "Bäckström") needs only the usual margin
            if editBoost >= DocumentState.noisyNameBoost,
               let f = id.text.unicodeScalars.first, TextShape.isUpperLetter(f), !TextShape.isAllCaps(id.text),
               TextShape.diacriticCount(best.text) > TextShape.diacriticCount(id.text),
               Lexicon.skeleton(Array(id.text.utf8)) == Lexicon.skeleton(Array(best.text.utf8)) {
                return s.realWordMargin
            }
            // nor does a real word that differs from its reading only where this OCR misreads all along: "får" for
            // "för" from an engine set up for Danish, which writes å for every ö
            if onlyHabitualMisreadings(id.text, best.text) { return s.realWordMarginHabitual }
            // a poor scan that loses å/ä/ö turns listed words into other listed ones ("dar" for "där") as often as it
            // garbles the rest: its edit gain lowers the margin
            let relief = editBoost >= s.noisyUnknownMinEditBoost ? editBoost * s.realWordMarginNoisyRelief : 0
            return max(s.realWordMargin, s.realWordMarginSwe - relief)
        }
        return s.realWordMargin
    }

    /// A party abbreviation after a name whose bracket OCR misread ("(S1", "(53", "fKD)", "SD)." → "(S)", "(S)",
    /// "(KD)", "(SD)."): one real bracket, the other a look-alike from `partyBrackets`, and letters that read as an
    /// abbreviation the lexicon lists in capitals. Only in a document that writes party notation rightly elsewhere
    /// (`partyEvidence`), where a list number "(1" is as unlikely after a name as a party is likely.
    func partyRule(_ t: String, at k: Int, tokens: [String]) -> Correction? {
        guard k > 0, isName(at: k - 1, tokens: tokens), tokens[k - 1].last?.isLetter == true else { return nil }
        let rules = r.model.rules
        var body = Substring(t)
        var trail = ""
        while let l = body.last, l == "." || l == "," || l == ";" || l == ":" {
            trail = String(l) + trail
            body.removeLast()
        }
        guard body.count >= 2, body.first == "(" || body.last == ")" else { return nil }
        let opens = rules.partyBrackets["open"] ?? [], closes = rules.partyBrackets["close"] ?? []
        if let f = body.first, opens.contains(String(f)) { body.removeFirst() }
        if body.count >= 2, let l = body.last, closes.contains(String(l)) { body.removeLast() }
        guard (1...2).contains(body.count) else { return nil }
        var mapped = String(body.map { c in rules.partyLookalikes[String(c)].flatMap(\.first) ?? c })
        // (in capitals where the document writes that party rightly elsewhere: an engine that reads glyphs by their
        // size writes a party's letters small, "(sD)", "(m)"; "(tf)" after a name is an abbreviation)
        if !mapped.allSatisfy({ $0.isUppercase }), writtenParties.contains(mapped.uppercased()) {
            mapped = mapped.uppercased()
        }
        guard mapped.allSatisfy({ $0.isUppercase }), let e = lexicon.entry(mapped), e.flags.contains(.uppercase)
        else { return nil }
        if closesListOfNamesWithoutParties(at: k, tokens: tokens) { return nil }
        let rep = "(" + mapped + ")" + trail
        return rep == t ? nil : Correction(original: t, replacement: rep, score: 2, rule: "party")
    }

    /// The bracket at `k` follows the last of a list of names none of which has a party ("Ja-röster: Roger Åberg,
    /// Kent Holmqvist, Lars Hägg (5)"): a protocol writes a party after every name of a list or after none, so the
    /// bracket counts the names.
    func closesListOfNamesWithoutParties(at k: Int, tokens: [String]) -> Bool {
        // (back over the name the bracket follows, first names and surnames: at most three words)
        @inline(__always) func bareName(_ t: Substring) -> Bool {
            guard let f = t.unicodeScalars.first, TextShape.isUpperLetter(f), t.unicodeScalars.count >= 2 else { return false }
            return t.unicodeScalars.allSatisfy { TextShape.isLetter($0) || $0 == "-" }
        }
        var j = k - 1
        while j > 0, k - j < 3, bareName(Substring(tokens[j - 1])) { j -= 1 }
        guard j > 0, tokens[j - 1].hasSuffix(",") else { return false }
        return bareName(tokens[j - 1].dropLast())
    }

    /// Token `k` reads as a surname: capitalised, after a capitalised first name or no common noun itself (a list
    /// number follows a noun as often as a party follows a name: "Bilaga (1)", "Mats Ek (5)").
    func isName(at k: Int, tokens: [String]) -> Bool {
        let t = tokens[k]
        guard let f = t.first, f.isUppercase, t.count >= 2 else { return false }
        if k > 0, let g = tokens[k - 1].first, g.isUppercase, tokens[k - 1].last?.isLetter == true { return true }
        let core = tokenParts(t).core
        if let e = lexicon.entry(core), e.flags.contains(.valid), !e.flags.contains(.capitalized),
           !e.flags.contains(.unverified) { return false }
        return true
    }

    /// A party abbreviation read as written ("(S)", "(KD),"): its letters the lexicon lists in capitals.
    func isPartyToken(_ t: String) -> Bool {
        guard t.utf8.count <= 7, t.hasPrefix("(") else { return false }
        var body = Substring(t)
        while let l = body.last, l == "." || l == "," || l == ";" { body.removeLast() }
        guard body.hasSuffix(")"), (3...4).contains(body.count) else { return false }
        let inner = body.dropFirst().dropLast()
        guard inner.allSatisfy({ $0.isUppercase }), let e = lexicon.entry(String(inner)) else { return false }
        return e.flags.contains(.uppercase)
    }

    /// "202b" → "2026": a year whose one non-digit is a letter shaped like a digit (`yearDigitShapes`), where the
    /// three digits leave no other reading; also where the year opens a date, a case number or a span of years.
    func yearShapeRule(_ t: String) -> Correction? {
        let shapes = r.model.rules.yearDigitShapes
        guard !shapes.isEmpty else { return nil }
        let parts = tokenParts(t)
        // a year alone, or opening a date, a case number or a span of years ("202b-02-11", "202b/9", "202b-2028")
        let head = parts.core.prefix(4), rest = parts.core.dropFirst(4)
        guard head.utf8.count == 4, rest.isEmpty || rest.first == "-" || rest.first == "/" else { return nil }
        var year = "", shape: (letter: Character, digit: String)?
        for c in head {
            if c.isASCII && c.isNumber {
                year.append(c)
            } else if shape == nil, let d = shapes[String(c)] {
                year += d
                shape = (c, d)
            } else {
                return nil
            }
        }
        guard let shape, let n = Int(year), (1900...2099).contains(n) else { return nil }
        // (the same letter is the same digit in the rest of the token: "202b-01-2b"; what comes out must be a date,
        // a case number or a later year, not "202b-x")
        var tail = ""
        for c in rest {
            if c.isASCII && c.isNumber || c == "-" || c == "/" {
                tail.append(c)
            } else if c == shape.letter {
                tail += shape.digit
            } else {
                return nil
            }
        }
        if !tail.isEmpty {
            let after = tail.dropFirst()
            let isDate = DocumentState.isISODate(year + tail)
            let isCaseNumber = tail.first == "/" && !after.isEmpty && after.utf8.count <= 5
                && after.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
            let isSpan = tail.first == "-" && after.utf8.count == 4 && Int(after).map { $0 > n && $0 <= 2099 } == true
            guard isDate || isCaseNumber || isSpan else { return nil }
            // (a span gets the en dash that `dashRule` gives years in a document whose OCR never wrote one)
            if isSpan && enDashLost { tail = "–" + after }
        }
        return Correction(original: t, replacement: parts.prefix + year + tail + parts.suffix, score: 3, rule: "digit")
    }

    /// "2016/0042" for "201610042", "2017/18-2019/20" for "2017118-2019120": a year, a one (or "l") where the slash
    /// stood, and two to four digits, once or on both sides of a hyphen; nil for anything else.
    static func slashReadAsOne(_ core: String) -> String? {
        let pieces = core.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(pieces.count) else { return nil }
        var out: [String] = []
        for p in pieces {
            let u = Array(p.utf8)
            guard (7...9).contains(u.count), TextShape.isYear(String(p.prefix(4))),
                  u[4] == UInt8(ascii: "1") || u[4] == UInt8(ascii: "l"),
                  u[5...].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            out.append(String(p.prefix(4)) + "/" + String(p.dropFirst(5)))
        }
        return out.joined(separator: "-")
    }

    /// See `digitShapes`.
    static func digitShapes(in tokens: [String], rules: RepairRules) -> [String: String] {
        var map = rules.digitLookalikes
        let shapes = rules.yearDigitShapes
        guard !shapes.isEmpty else { return map }
        var seen: [String: Int] = [:]
        var letterBytes = [Bool](repeating: false, count: 256)
        for letter in shapes.keys where letter.utf8.count == 1 { letterBytes[Int(letter.utf8.first!)] = true }
        for t in tokens {
            // (most tokens hold no digit, and most numbers none of the letters: settle them on the bytes)
            // (and a number with other letters, "2020-talet", is none for any of them)
            guard t.utf8.count >= 4, t.utf8.count <= 24, TextShape.hasByte(t, where: { $0 >= 0x30 && $0 <= 0x39 }),
                  TextShape.hasByte(t, where: { letterBytes[Int($0)] }),
                  !TextShape.hasByte(t, where: { $0 >= 0x80 || ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A && !letterBytes[Int($0)] })
            else { continue }
            let core = TokenParts(t, keepSymbols: []).core
            for (letter, digit) in shapes where core.contains(letter) && map[letter] == nil {
                let read = core.replacingOccurrences(of: letter, with: digit)
                guard read.allSatisfy({ $0.isASCII && ($0.isNumber || "-–./:".contains($0)) }) else { continue }
                let pieces = read.split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == "/" })
                let strong = DocumentState.isISODate(read)
                    || pieces.contains { $0.count == 4 && TextShape.isYear(String($0)) }
                    || !pieces.isEmpty && pieces.allSatisfy { $0.count >= 4 && TextShape.clockMinutes($0) != nil }
                if strong { seen[letter, default: 0] += 1 }
            }
        }
        for (letter, n) in seen where n >= digitShapeMinCount { map[letter] = shapes[letter] }
        return map
    }

    /// A number with a letter that OCR reads for a digit (`digitShapes`: "l5 mars", "2O24", "1O.00") gets the digit, and
    /// so does an ordinal ("l:e vice ordförande" → "1:e"); a token with any other letter ("CO2", "3D") is no number.
    /// (`clock`: the token follows one of `clockWords` ("kl."), where a time of day with most of its digits misread is
    /// still one, "l9.OO")
    func digitLookalikeRule(_ t: String, clock: Bool = false) -> Correction? {
        let map = digitShapes
        let parts = tokenParts(t)
        let core = Array(parts.core)
        guard core.count >= 2, core.count <= 16 else { return nil }
        var out = ""
        if core.count == 3, let d = map[String(core[0])], core[1] == ":", core[2] == "e" || core[2] == "a" {
            out = d + ":" + String(core[2])
        } else {
            var digits = 0, looks = 0
            for c in core {
                if c.isASCII && c.isNumber {
                    digits += 1
                    out.append(c)
                } else if let d = map[String(c)] {
                    looks += 1
                    out += d
                } else if c == "." || c == ":" || c == "-" || c == "–" || c == "/" || c == "," {
                    out.append(c)
                } else {
                    return nil
                }
            }
            // (a letter between two separators is no digit: "1.a", "2-O")
            let time = clock && digits >= 1
                && out.split(whereSeparator: { $0 == "-" || $0 == "–" }).allSatisfy { TextShape.clockMinutes($0) != nil }
            guard looks >= 1, digits >= max(1, looks) || time, TextShape.isNumberLike(out),
                  out.last.map({ $0.isNumber }) == true else { return nil }
            // (a year with such a letter is `yearShapeRule`'s, which knows what may follow one: "202b-2020" stays)
            if core.prefix(4).contains(where: { digitShapes[String($0)] != nil && r.model.rules.digitLookalikes[String($0)] == nil }),
               TextShape.isYear(String(out.prefix(4))) {
                return nil
            }
        }
        return Correction(original: t, replacement: parts.prefix + out + parts.suffix, score: 3, rule: "digit")
    }

    /// En dash restoration for a document whose OCR never wrote "–": a spaced dash between words, "—" inside a
    /// token, and numeric ranges of years, times and small numbers; ISO dates, phone numbers and IDs are left.
    func dashRule(_ t: String, at k: Int, tokens: [String], lineStarts: [Bool]) -> Correction? {
        guard TextShape.hasByte(t, UInt8(ascii: "-")) || TextShape.hasByte(t, 0xE2) && t.unicodeScalars.contains("—") else { return nil }
        // a spaced hyphen may be the writer's own: only the long dash is this OCR's reading of "–"
        // (a list's dash too, first on its line before its words: Swedish print sets "–" there, never "—", while "-"
        // may be the writer's own)
        // (a typewriter face's dash fills its cell, and an engine may read it as two glyphs, "—-")
        if t == "—" || t == "—-" || t == "-—" {
            guard k + 1 < tokens.count, lineStarts[k] ? !lineStarts[k + 1] : k > 0 else { return nil }
            return Correction(original: t, replacement: "–", score: 2, rule: "dash")
        }
        // a spaced hyphen between two ISO dates, the second the later, is a period's en dash ("2025-09-01 - 2025-09-30")
        if t == "-" {
            guard k > 0, k + 1 < tokens.count, !lineStarts[k], !lineStarts[k + 1] else { return nil }
            let from = TokenParts(tokens[k - 1], keepSymbols: []).core
            let to = TokenParts(tokens[k + 1], keepSymbols: []).core
            guard DocumentState.isISODate(from), DocumentState.isISODate(to), to > from else { return nil }
            return Correction(original: t, replacement: "–", score: 2, rule: "dash")
        }
        let parts = TokenParts(t, keepSymbols: [])
        let core = parts.core
        guard !core.isEmpty else { return nil }
        if core.unicodeScalars.contains("—") {
            let pieces = core.split(separator: "—", omittingEmptySubsequences: false)
            guard pieces.count == 2, !pieces[0].isEmpty, !pieces[1].isEmpty else { return nil }
            // (a hyphen beside it between two dates is the same dash read twice: "2026-01-10-—2026-02-09")
            var a = pieces[0], b = pieces[1]
            func date(_ s: Substring) -> Bool { DocumentState.isISODate(String(s)) }
            if a.hasSuffix("-"), date(a.dropLast()), date(b) { a = a.dropLast() }
            if b.hasPrefix("-"), date(a), date(b.dropFirst()) { b = b.dropFirst() }
            return Correction(original: t, replacement: parts.prefix + a + "–" + b + parts.suffix,
                              score: 2, rule: "dash")
        }
        let pieces = core.split(separator: "-", omittingEmptySubsequences: false)
        // two ISO dates: a period "2025-08-01–2025-08-31", whose second date is the later
        if pieces.count == 6 {
            let from = pieces[0..<3].joined(separator: "-"), to = pieces[3..<6].joined(separator: "-")
            guard DocumentState.isISODate(from), DocumentState.isISODate(to), to > from else { return nil }
            return Correction(original: t, replacement: parts.prefix + from + "–" + to + parts.suffix, score: 2, rule: "dash")
        }
        guard pieces.count == 2 else { return nil }
        if let range = DocumentState.decimalOrSeasonRange(pieces[0], pieces[1]) {
            return Correction(original: t, replacement: parts.prefix + range + parts.suffix, score: 2, rule: "dash")
        }
        // a range of items or cases in one year, "§§ 41-52/2015": the range before the year's slash
        var a = pieces[0], b = pieces[1], year: Substring = ""
        if let slash = b.firstIndex(of: "/"), TextShape.isYear(String(b[b.index(after: slash)...])) {
            year = b[slash...]
            b = b[..<slash]
            guard a.allSatisfy({ $0.isASCII && $0.isNumber }), b.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        }
        guard TextShape.isRangeEnd(a), TextShape.isRangeEnd(b) else { return nil }
        let isTime = a.count >= 4 && b.count >= 4 && a.contains(where: { $0 == "." || $0 == ":" })
            && b.contains(where: { $0 == "." || $0 == ":" })
        let isNumber = !a.contains(where: { !$0.isNumber }) && !b.contains(where: { !$0.isNumber })
        if isTime {
            guard TextShape.clockMinutes(a).map({ x in TextShape.clockMinutes(b).map { $0 > x } ?? false }) == true
            else { return nil }
        } else if isNumber {
            // a leading zero is a phone prefix or an ID; a range must rise, years span both sides
            guard a.first != "0", b.first != "0", let x = Int(a), let y = Int(b), y > x,
                  a.count == b.count || (a.count <= 3 && b.count <= 3) else { return nil }
            // (four digits or more that are no years are an account's groups, "bankgiro 5412-7788", unless both are
            // round amounts, "1200-1500 kr")
            if a.count >= 4, !(TextShape.isYear(String(a)) && TextShape.isYear(String(b))),
               !(a.hasSuffix("0") && b.hasSuffix("0")) { return nil }
        } else {
            return nil
        }
        return Correction(original: t, replacement: parts.prefix + a + "–" + b + year + parts.suffix, score: 2, rule: "dash")
    }

    /// A number these rules made of misread glyphs, with the dash a range of it gets when read right ("13.00-1b.40" →
    /// "13.00–16.40", "2017118-2019120" → "2017/18–2019/20"); nil when it is no such range.
    func rangeWithDash(_ text: String, at k: Int, tokens: [String], lineStarts: [Bool]) -> String? {
        (clockRangeRule(text) ?? (enDashLost ? dashRule(text, at: k, tokens: tokens, lineStarts: lineStarts) : nil))?
            .replacement
    }

    /// "2,0–2,9" for "2,0-2,9" (decimals with as many places on both sides, rising) and "2017/18–2019/20" for a span of
    /// seasons or financial years, each a year and the next one's last two digits; nil for anything else.
    static func decimalOrSeasonRange(_ a: Substring, _ b: Substring) -> String? {
        func decimal(_ s: Substring) -> (Double, Int)? {
            let p = s.split(separator: ",", omittingEmptySubsequences: false)
            guard p.count == 2, (1...4).contains(p[0].count), (1...3).contains(p[1].count),
                  p.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
                  let v = Double(p[0] + "." + p[1]) else { return nil }
            return (v, p[1].count)
        }
        func season(_ s: Substring) -> Int? {
            let p = s.split(separator: "/", omittingEmptySubsequences: false)
            guard p.count == 2, TextShape.isYear(String(p[0])), p[1].count == 2, let y = Int(p[0]), let n = Int(p[1]),
                  n == (y + 1) % 100 else { return nil }
            return y
        }
        if let x = decimal(a), let y = decimal(b), x.1 == y.1, y.0 > x.0 { return a + "–" + b }
        if let x = season(a), let y = season(b), y > x { return a + "–" + b }
        return nil
    }

    /// Whether `s` is an ISO date ("2025-09-01"); such dates order as text.
    static func isISODate(_ s: String) -> Bool {
        let pieces = s.split(separator: "-", omittingEmptySubsequences: false)
        return pieces.count == 3 && zip(pieces, [4, 2, 2]).allSatisfy { p, n in
            p.count == n && p.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
    }

    /// "niklas.svenssonQgoteborgsregionen.se" → "niklas.svensson@goteborgsregionen.se": an address without "@" whose
    /// small letters hold exactly one of `atLookalikes` (or a bracket, or a look-alike twice: the sign read as two
    /// glyphs), with a name before it and a domain after.
    func atSignRule(_ t: String) -> Correction? {
        let looks = r.model.rules.punctuation.atLookalikes
        guard !looks.isEmpty, !TextShape.hasByte(t, UInt8(ascii: "@")), TextShape.isAddress(t) else { return nil }
        let parts = tokenParts(t)
        let core = Array(parts.core.unicodeScalars)
        // (the sign is wider than a letter: a poor scan reads it as two look-alikes, "styrelsenQQbrf.se",
        // "tradgardÖQbrf.se", or as a bracket alone or before a look-alike or a capital, "styrelsen(Qrodonsvag.se",
        // "ungdom(Walidensok.se"; no address holds a bracket or a capital)
        var at: Int?
        var end = 0
        var pos = 0
        while pos < core.count {
            let u = core[pos]
            if looks.contains(String(u)) || u == "(" {
                guard at == nil else { return nil }
                at = pos
                end = pos + 1
                if end < core.count, u == "(" ? looks.contains(String(core[end])) || TextShape.isUpperLetter(core[end])
                    : looks.contains(String(core[end])) {
                    end += 1
                }
                pos = end
                continue
            } else if !(u.value >= 0x61 && u.value <= 0x7A || u.value >= 0x30 && u.value <= 0x39
                        || u == "." || u == "-" || u == "_") {
                // addresses are written in small letters: a capital elsewhere makes this something else
                return nil
            }
            pos += 1
        }
        guard let i = at, i > 0, core[i - 1] != ".", end < core.count, core[end] != "." else { return nil }
        let domain = String(String.UnicodeScalarView(core[end...]))
        guard domain.contains("."), TextShape.isAddress(domain) else { return nil }
        let rep = parts.prefix + String(String.UnicodeScalarView(core[..<i])) + "@" + domain + parts.suffix
        return Correction(original: t, replacement: rep, score: 3, rule: "address")
    }

    /// A listed abbreviation beside a number is one, on a noisy page too: written with its period before it ("tel.
    /// 070-612 34 96" is no "fel."), or a unit after it on its line ("1,2 mkr" is no "1,2 mer"). Elsewhere a short one
    /// may be a legacy misreading ("dir." for "där.").
    func abbreviationBesideNumber(at k: Int, tokens: [String], lineStarts: [Bool]) -> Bool {
        let beforeNumber = k + 1 < tokens.count && tokens[k].utf8.last == UInt8(ascii: ".")
            && tokens[k + 1].utf8.first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true
        let afterNumber = k > 0 && !lineStarts[k] && tokens[k].utf8.count <= 6
            && tokens[k - 1].utf8.last.map({ $0 >= 0x30 && $0 <= 0x39 }) == true && TextShape.isNumberLike(tokens[k - 1])
        guard beforeNumber || afterNumber else { return false }
        let p = tokenParts(tokens[k])
        guard p.prefix.isEmpty, r.abbreviations.contains(TextShape.lowercased(p.core)) else { return false }
        return beforeNumber && p.suffix == "." || afterNumber && p.core.utf8.count >= 2
    }

    /// "KI. 10.00" → "kl. 10.00": a clock word (`clockWords`) whose l OCR read as a capital I, a one or a bar, before a
    /// time of day; its comma before the time is a speck on the period ("kl, 14.00"). It keeps a capital where it opens
    /// its line or a sentence, or follows a field's label at the line's start ("Tid KI. 10.00–13.20" → "Tid Kl.").
    func clockWordRule(_ t: String, at k: Int, tokens: [String], lineStarts: [Bool]) -> Correction? {
        // (on the bytes: a letter, one more glyph, and a mark at most, before a number)
        let u = t.utf8
        guard u.count >= 2, u.count <= 3, let f = u.first, k + 1 < tokens.count,
              !lineStarts[k + 1], let n = tokens[k + 1].utf8.first, n >= 0x30 && n <= 0x39 else { return nil }
        let b = Array(u)
        // (a clock word read right keeps its case; only its comma is read: "kl, 14.00")
        let glyph = b[1] == UInt8(ascii: "I") || b[1] == UInt8(ascii: "1") || b[1] == UInt8(ascii: "|")
        guard glyph || b[1] == UInt8(ascii: "l") && b.count == 3 && b[2] == UInt8(ascii: ","),
              b.count == 2 || b[2] == UInt8(ascii: ".") || b[2] == UInt8(ascii: ","),
              let word = r.clockWords.first(where: { $0.utf8.count == 2 && $0.utf8.first == f | 0x20
                  && $0.utf8.last == UInt8(ascii: "l") }) else { return nil }
        // a time: "10.00", "9.00,", "08.30–11.40", "9)" (an hour alone, as "kl. 9")
        let next = tokens[k + 1]
        let start = next.prefix { $0 != "-" && $0 != "–" && $0 != "—" && $0 != ")" && $0 != "," }
        let body = start.hasSuffix(".") ? start.dropLast() : start
        guard TextShape.clockMinutes(body) != nil
                || b.count == 3 && (1...2).contains(body.count) && body.allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        let label = k > 0 && lineStarts[k - 1] && tokens[k - 1].first?.isUppercase == true
            && tokens[k - 1].dropLast(tokens[k - 1].hasSuffix(":") ? 1 : 0).allSatisfy(\.isLetter)
        let opens = k == 0 || lineStarts[k] || tokens[k - 1].last.map { ".!?".contains($0) } == true
        let capital = f >= 0x41 && f <= 0x5A && (label || opens)
        let rep = (capital ? TextShape.capitalizingFirst(word) : word) + (b.count == 3 ? "." : "")
        return rep == t ? nil : Correction(original: t, replacement: rep, score: 2, rule: "digit")
    }

    /// "60 0/o" → "60 %", "4,12 _o." → "4,12 %.": the shapes engines that read by shape make of the percent sign
    /// (`percentShapes`), after a number on its line. A section sign's look-alike among them ("64 $ av", "8,7 &,")
    /// is one only where no law is cited and no number follows: "§" stands after a paragraph's number in a citation
    /// ("14 $ miljöbalken") and before an item's.
    func percentShapeRule(_ t: String, at k: Int, tokens: [String], lineStarts: [Bool]) -> Correction? {
        // (on the first byte: most tokens open with none of these)
        guard k > 0, !lineStarts[k], t.utf8.count <= 8, let f = t.utf8.first,
              f == UInt8(ascii: "0") || f == UInt8(ascii: "O") || f == UInt8(ascii: "o") || f == Channel.unreadGlyph
                || f == 0xEF || f == UInt8(ascii: "$") || f == UInt8(ascii: "&"),
              let l = tokens[k - 1].utf8.last, l >= 0x30 && l <= 0x39, !r.percentShapes.isEmpty,
              TextShape.isNumberLike(tokenParts(tokens[k - 1]).core) else { return nil }
        var core = Substring(t)
        while let c = core.last, ").,;:".contains(c) { core = core.dropLast() }
        guard !core.isEmpty, r.percentShapes.contains(String(core)) else { return nil }
        if f == UInt8(ascii: "$") || f == UInt8(ascii: "&") {
            guard !citesLaw(at: k, tokens: tokens) else { return nil }
            // (a dollar only in OCR of a poor scan or without Swedish data: clean text writes "12 $")
            if TextShape.hasByte(t, UInt8(ascii: "$")), editBoost <= 0, channel.legacyWeight < 0.5 { return nil }
            // (nor before a number or a law's name split over "och", "plan- och bygglagen"; nor before a capital in
            // the same sentence, "Jesper 69 & Johansson")
            if k + 1 < tokens.count {
                let next = tokenParts(tokens[k + 1]).core
                if TextShape.isNumberLike(next) || next.hasSuffix("-") { return nil }
                if core.count == t.count, let n = next.unicodeScalars.first, TextShape.isUpperLetter(n) { return nil }
                // (an "&" inside brackets that open before the number and close after the next word joins the two,
                // "(gymn & vux)" garbled as "(2940 & vu)")
                if f == UInt8(ascii: "&"), tokens[k - 1].utf8.first == UInt8(ascii: "("),
                   tokens[k + 1].utf8.contains(UInt8(ascii: ")")) { return nil }
            }
        }
        return Correction(original: t, replacement: "%" + t.dropFirst(core.count), score: 2, rule: "percent")
    }

    /// "4,12 96" → "4,12 %": Swedish OCR reads the percent sign as digits (`percentLookalikes`), on fair pages as on
    /// poor ones, and no two-digit number follows another on its line (a thousands group has three digits). Not after
    /// a year or a postcode's first three digits before its town ("796 94 Hällesjö").
    ///
    /// A number that opens its line may be an item's sign read as a digit ("88 26 Delegationsbeslut"): only one in
    /// brackets or before small letters is a share's ("(60 96) och", "25 96 till"). A lone digit may be an item's sign
    /// again ("(MAS), 8 24 Johan") or a number an engine split ("ca 1 20 platser"): after one, only a look-alike no
    /// split number begins with (a nine, a letter) or one that ends its clause ("5 26.") is a share's. A single digit
    /// read for the sign ("86 2 av", "4,12 9.") only after a number of two characters or more, where no law is cited
    /// ("14 8 skollagen") and no number follows.
    func percentRule(_ t: String, at k: Int, tokens: [String], lineStarts: [Bool]) -> Correction? {
        // (the number may open a bracket: "(88 96)")
        let opened = tokens[k - 1].utf8.first == UInt8(ascii: "(")
        let previous = opened ? String(tokens[k - 1].dropFirst()) : tokens[k - 1]
        guard !r.percentLookalikes.isEmpty, t.utf8.count <= 6, channel.legacyWeight < 0.5,
              !previous.isEmpty else { return nil }
        // (nor inside a run of numbers, a telephone number's "070-612 34 96")
        if k >= 2, TextShape.isNumberLike(tokens[k - 2]) { return nil }
        let sameLineNext = k + 1 < tokens.count && !lineStarts[k + 1] ? tokens[k + 1] : nil
        let nextCapital = sameLineNext?.unicodeScalars.first.map(TextShape.isUpperLetter) ?? false
        let nextSmall = sameLineNext?.unicodeScalars.first.map(TextShape.isLowerLetter) ?? false
        if previous.utf8.count == 3, nextCapital { return nil }
        let core = t.prefix { $0.isASCII && ($0.isNumber || $0.isLetter) }
        let suffix = t.dropFirst(core.count)
        guard r.percentLookalikes.contains(String(core)), suffix.allSatisfy({ ").,;:".contains($0) }),
              let l = previous.unicodeScalars.last, TextShape.isDigit(l), TextShape.isNumberLike(previous),
              !previous.contains(where: { ".:-/".contains($0) }) else { return nil }
        if lineStarts[k - 1] && !opened && !nextSmall { return nil }
        if previous.utf8.count == 1 {
            guard let first = core.utf8.first, core.utf8.count >= 2, !lineStarts[k - 1],
                  first == UInt8(ascii: "9") || first >= 0x41 || !suffix.isEmpty,
                  !nextCapital || suffix.hasPrefix(".") else { return nil }
        }
        if core.utf8.count == 1 {
            // (nor after three digits: a year or a number an engine split, "201 6")
            guard previous.utf8.count >= 2, previous.contains(",") || previous.utf8.count != 3,
                  !citesLaw(at: k, tokens: tokens),
                  !(sameLineNext.map { TextShape.isNumberLike(tokenParts($0).core) } ?? false) else { return nil }
        }
        // (a year: "1990 96" is no share)
        if previous.utf8.count == 4, let y = Int(previous), (1800...2100).contains(y) { return nil }
        // (three digits after a whole number are a thousands group as often, "24 960 kr": only a poor scan's, and only
        // after a decimal one on a fair page, "11,8 246")
        if core.utf8.count >= 3, !previous.contains(","), editBoost <= 0 { return nil }
        return Correction(original: t, replacement: "%" + suffix, score: 2, rule: "percent")
    }

    /// "120 m?" → "120 m²": no engine here reads the raised two, and writes a mark in its place ("m?", "m*", "m’", "m”")
    /// that no unit after a number has. ("m2" stays: writers use it for m² as well.)
    /// The m may be read as "im" or "in" before the mark ("42 im”.", as Swedish OCR splits an m's strokes).
    func squareMetreRule(_ t: String, after previous: String) -> Correction? {
        guard t.utf8.count >= 2, let l = previous.unicodeScalars.last,
              TextShape.isDigit(l), TextShape.isNumberLike(previous) else { return nil }
        let m = t.hasPrefix("m") ? 1 : t.hasPrefix("im") || t.hasPrefix("in") ? 2 : 0
        guard m > 0, t.unicodeScalars.count > m else { return nil }
        let mark = t.unicodeScalars.dropFirst(m).first!
        let rest = t.unicodeScalars.dropFirst(m + 1)
        guard "?*’'”\"".unicodeScalars.contains(mark), rest.allSatisfy({ ").,;:".unicodeScalars.contains($0) })
        else { return nil }
        return Correction(original: t, replacement: "m²" + String(String.UnicodeScalarView(rest)), score: 2,
                          rule: "unit")
    }

    /// A thousands group read with letters for its digits after a number's first group ("1 200 0oo kronor", "58 ooo",
    /// as neural engines without a Swedish model write zeros): three characters, each a digit or a `digitLookalikes`
    /// letter, with a digit among them, one letter three times or a capital O, are no word after one to three
    /// characters with a digit among them, look-alikes too ("85O OOO kronor"). Two or three such characters with a
    /// capital O are a number before a unit of `decimalUnits` or a chapter ("om IOO meter", "enligt IO kap.").
    func thousandsGroupRule(_ t: String, after previous: String, before next: String?) -> Correction? {
        // (on the bytes first: two or three characters and a mark, the first a digit or a look-alike's; most tokens
        // fail here)
        guard (2...6).contains(t.utf8.count), let f = t.utf8.first,
              f >= 0x30 && f <= 0x39 || r.digitLookalikeFirstBytes[Int(f)] else { return nil }
        let lookalikes = r.model.rules.digitLookalikes
        guard !lookalikes.isEmpty else { return nil }
        /// The digits `body` reads as, its look-alikes read as digits; nil when another character is among them.
        func read(_ body: Substring) -> String? {
            var digits = ""
            for c in body {
                if c.isASCII && c.isNumber { digits.append(c) } else if let d = lookalikes[String(c)] { digits += d } else { return nil }
            }
            return digits
        }
        let body = t.prefix { !".,;:".contains($0) }
        guard (2...3).contains(body.count), t.dropFirst(body.count).allSatisfy({ ".,;:".contains($0) }),
              let digits = read(body), digits != String(body) else { return nil }
        // (a digit among them, one letter three times, or a capital O: "lol" after a number is no group, "IOO" no word)
        let sure = body.contains(where: { $0.isASCII && $0.isNumber }) || body.count == 3 && Set(body).count == 1
            || body.contains("O")
        guard sure else { return nil }
        // a group after a number, or after one that has look-alikes too ("85O OOO kronor"); a number of look-alikes
        // with its capital O before a unit ("om IOO meter", "enligt IO kap.")
        let afterNumber = body.count == 3 && (1...3).contains(previous.utf8.count)
            && previous.contains(where: { $0.isASCII && $0.isNumber }) && read(Substring(previous)) != nil
        let unit = next.map { TextShape.lowercased(tokenParts($0).core) }
        let beforeUnit = body.contains("O") && !(previous.last.map { $0.isNumber } ?? false)
            && unit.map { r.decimalUnits.contains($0) || r.citationCues.contains($0) } == true
        guard afterNumber || beforeUnit else { return nil }
        return Correction(original: t, replacement: digits + t.dropFirst(body.count), score: 3, rule: "digit")
    }

    /// A word glued to a number by a speck where the scan lost the space ("till:365", "budget.2026", "kl.08.30"):
    /// split, keeping the period of a listed abbreviation and the colon of a line-start label ("Tid: 09.00").
    func gluedNumberRule(_ t: String, at k: Int, tokens: [String], lineStarts: [Bool]) -> Correction? {
        // most tokens hold no digit after a "." or ":": settle them on the bytes
        let glued: Bool = t.utf8.withContiguousStorageIfAvailable { buf in
            var sign = false
            for b in buf {
                if b == UInt8(ascii: ".") || b == UInt8(ascii: ":") { sign = true } else if sign && b >= 0x30 && b <= 0x39 { return true }
            }
            return false
        } ?? true
        guard glued, let f = t.unicodeScalars.first, !TextShape.isDigit(f) else { return nil }
        let parts = tokenParts(t)
        let sc = Array(parts.core.unicodeScalars)
        var i = 0
        while i < sc.count && TextShape.isLetter(sc[i]) { i += 1 }
        let wordEnd = i
        while i < sc.count && (sc[i] == "." || sc[i] == ":" || sc[i] == "-" || sc[i] == "–") { i += 1 }
        guard wordEnd >= 2, i > wordEnd, i < sc.count, TextShape.isDigit(sc[i]) else { return nil }
        let word = String(String.UnicodeScalarView(sc[..<wordEnd]))
        let glue = sc[wordEnd..<i]
        let number = String(String.UnicodeScalarView(sc[i...]))
        // (an abbreviation in capitals may be glued on purpose: "SFS:2001")
        guard glue.contains(where: { $0 == "." || $0 == ":" }), TextShape.isNumberLike(number), !TextShape.isAllCaps(word),
              listedWord(word) != nil
        else { return nil }
        // a sentence's last word with a footnote number, before the next sentence ("världen.11 Efter hand"): the
        // period is the text's
        // (or at the end of its line: "alster.93", "på...56"; the next sentence may open with a bracket or a quote,
        // "industrier.45 (Vilket", and a closing bracket may follow, "post.121 )")
        if glue.allSatisfy({ $0 == "." }), glue.count == 1 || glue.count == 3, number.allSatisfy(\.isNumber),
           number.count <= 3, k + 1 == tokens.count || lineStarts[k + 1] || {
               let next = tokenParts(tokens[k + 1]).core
               return next.isEmpty ? !tokens[k + 1].contains(where: \.isNumber) : next.first?.isUppercase == true
           }() {
            return nil
        }
        var head = word
        if glue.contains("."), r.abbreviations.contains(TextShape.lowercased(word)) {
            head += "."
        } else if glue.contains(":"), lineStarts[k], word.first?.isUppercase == true {
            head += ":"
        }
        var tail = number
        if enDashLost, let d = dashRule(number, at: k, tokens: tokens, lineStarts: lineStarts) { tail = d.replacement }
        return Correction(original: t, replacement: parts.prefix + head + " " + tail + parts.suffix, score: 2,
                          rule: "split")
    }

    /// A clock-time range whose two times use different separators, or whose dash OCR doubled or read as a long
    /// dash ("09:00–12.15", "10.05—-10.20"): both times get the separator most of the document's times use, and "–".
    func clockRangeRule(_ t: String) -> Correction? {
        guard let f = t.utf8.first, f >= 0x30 && f <= 0x39, TextShape.hasByte(t, where: { $0 == 0x2D || $0 == 0xE2 }),
              TextShape.hasByte(t, where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ":") }) else { return nil }
        let parts = TokenParts(t, keepSymbols: [])
        let core = parts.core
        let dashes: Set<Character> = ["-", "–", "—"]
        guard let dashStart = core.firstIndex(where: { dashes.contains($0) }) else { return nil }
        let dashEnd = core[dashStart...].firstIndex(where: { !dashes.contains($0) }) ?? core.endIndex
        let a = core[..<dashStart], b = core[dashEnd...], dash = core[dashStart..<dashEnd]
        guard dash.count <= 2, let x = TextShape.clockMinutes(a), let y = TextShape.clockMinutes(b), y > x else { return nil }
        let sepA = a.first { $0 == "." || $0 == ":" }!, sepB = b.first { $0 == "." || $0 == ":" }!
        guard sepA != sepB || dash.count > 1 || dash.contains("—") else { return nil }
        func with(_ s: Substring) -> String {
            String(s.map { $0 == "." || $0 == ":" ? clockSeparator : $0 })
        }
        let d = dash.count > 1 || enDashLost || dash != "-" ? "–" : "-"
        return Correction(original: t, replacement: parts.prefix + with(a) + d + with(b) + parts.suffix, score: 2,
                          rule: "dash")
    }

    /// "januari-augusti" → "januari–augusti": a hyphen between two words of `rangeWords`.
    /// (also a span of dates whose first month ends at the hyphen, "7 augusti-13 september": a day of a month comes
    /// next, and the month after it)
    func rangeWordDash(_ t: String, next: String? = nil) -> Correction? {
        let parts = tokenParts(t)
        let pieces = parts.core.split(separator: "-", omittingEmptySubsequences: false)
        guard pieces.count == 2, r.rangeWords.contains(pieces[0].lowercased()) else { return nil }
        let day = (1...2).contains(pieces[1].count) && pieces[1].allSatisfy({ $0.isASCII && $0.isNumber })
            && (1...31).contains(Int(pieces[1]) ?? 0)
        guard r.rangeWords.contains(pieces[1].lowercased())
                || day && next.map({ r.rangeWords.contains(TextShape.lowercased(tokenParts($0).core)) }) == true
        else { return nil }
        return Correction(original: t, replacement: parts.prefix + pieces[0] + "–" + pieces[1] + parts.suffix, score: 2,
                          rule: "dash")
    }

    /// A small-letter compound whose last part, a listed common word of `elidedTailMinLetters` or more, follows a
    /// listed first part and its linking "s" ("utbildnings|nämnden", "fritids|nämnden", "sekretess|lagen"): the tail a
    /// coordinated first part before "och" leaves out ("Barn- och utbildningsnämnden"). A simple word ("ungdomar",
    /// "revisorer") or a compound without the "s" ("midsommar|firande") has none such.
    func sharesElidedTail(_ token: String) -> Bool {
        let core = tokenParts(token).core
        let sc = Array(core.unicodeScalars)
        guard sc.count >= DocumentState.elidedTailMinLetters + 4, sc.allSatisfy(TextShape.isLowerLetter) else { return false }
        for i in 3...(sc.count - DocumentState.elidedTailMinLetters) where sc[i - 1] == "s" {
            let tail = String(String.UnicodeScalarView(sc[i...]))
            let head = String(String.UnicodeScalarView(sc[..<i]))
            guard listedCommonWord(tail) else { continue }
            if listedCommonWord(head) || listedCommonWord(String(head.dropLast())) { return true }
        }
        return false
    }
    static let elidedTailMinLetters = 5

    /// Tokens of two words joined by one hyphen where the word after it is a frequent small-letter word and the joined
    /// form no word ("fört-om", "Nämnden-och"): what `gapDashes` counts. Function words are short, and a short word
    /// as frequent as `shortWordLogP` counts too ("fört-vid", "frågan-under"; not "norsk-svenska"). A word written
    /// in capitals before it ("LVU-ska") is an abbreviation a writer may join.
    static func gapDashCount(_ tokens: [String], lexicon: Lexicon, frequentLogP: Double, shortWordLogP: Double) -> Int {
        var n = 0
        for t in tokens where t.utf8.count >= 5 && TextShape.hasByte(t, UInt8(ascii: "-")) {
            let core = TokenParts(t, keepSymbols: []).core
            let halves = core.split(separator: "-", omittingEmptySubsequences: false)
            guard halves.count == 2, halves[0].count >= 2, halves[1].count >= 2,
                  halves[0].unicodeScalars.allSatisfy(TextShape.isLetter),
                  !halves[0].unicodeScalars.dropFirst().contains(where: TextShape.isUpperLetter),
                  halves[1].unicodeScalars.allSatisfy(TextShape.isLowerLetter),
                  lexicon.entry(core) == nil,
                  let a = lexicon.entry(String(halves[0])), a.flags.contains(.valid), !a.flags.contains(.unverified),
                  let b = lexicon.entry(String(halves[1])), b.flags.contains(.valid), !b.flags.contains(.unverified),
                  !b.flags.contains(.capitalized),
                  b.logP >= frequentLogP || halves[1].count <= DocumentState.gapDashShortWordLetters && b.logP >= shortWordLogP
            else { continue }
            n += 1
        }
        return n
    }

    /// Two words joined by a hyphen that a writer would never join ("och-ett", "Val-av", "e-post-och", "till-246"): a
    /// gap the scan turned into a dash. Only when one side is a frequent function-like word and the joined form is
    /// no word; the split is at the last hyphen, and a number may follow a small-letter word. `next`, the token after
    /// it on its line, tells a writer's suspension hyphen ("Barn-och utbildningsnämnden") from a gap.
    func splitRule(_ t: String, next: String? = nil) -> Correction? {
        let parts = tokenParts(t)
        guard let cut = parts.core.lastIndex(of: "-") else { return nil }
        let a = String(parts.core[..<cut]), b = String(parts.core[parts.core.index(after: cut)...])
        guard b.count >= 2, lexicon.entry(parts.core) == nil else { return nil }
        func word(_ w: String) -> LexiconEntry? {
            guard let e = listedWord(w), !e.flags.contains(.uppercase) else { return nil }
            return e
        }
        // (a page whose OCR shows `gapDashes` is as poor as that where its hyphens are concerned)
        let poor = editBoost > 0 || gapDashes
        // a party's letters in brackets before a word ("(MP)-och", "(V)-yrkar"): no writer joins those
        if poor, parts.prefix.hasSuffix("("), isPartyToken("(" + a), b.allSatisfy(\.isLetter), b.first!.isLowercase,
           word(b) != nil {
            return Correction(original: t, replacement: parts.prefix + a + " " + b + parts.suffix, score: 2, rule: "split")
        }
        // a year or a number before a frequent small-letter word ("2027-och"); "1900-talet" and "3-åring" keep theirs
        if poor, a.count >= 2, a.allSatisfy(\.isNumber), b.allSatisfy(\.isLetter), b.first!.isLowercase,
           let eb = word(b), eb.logP >= s.splitCleanFunctionWordLogP {
            return Correction(original: t, replacement: parts.prefix + a + " " + b + parts.suffix, score: 2, rule: "split")
        }
        // (and any number before a unit's abbreviation, "155-kr", "3-st", or a day before its month, "31-mars": no
        // writer joins those, while "3-åring" and "5-årsjubileum" keep theirs)
        if poor, !a.isEmpty, a.allSatisfy({ $0.isASCII && $0.isNumber }), b.allSatisfy(\.isLetter),
           b.first!.isLowercase, r.abbreviations.contains(b)
            || (1...31).contains(Int(a) ?? 0) && a.count <= 2 && r.rangeWords.contains(b) {
            return Correction(original: t, replacement: parts.prefix + a + " " + b + parts.suffix, score: 2, rule: "split")
        }
        // a compound's first part before a `suspensionConjunctions` word and a compound that shares its tail
        // ("Barn-och utbildningsnämnden", "Kultur-och fritidsnämnden"): the hyphen is the writer's, the gap after it
        // was lost
        if a.count >= 2, a.allSatisfy(\.isLetter), !a.dropFirst().contains(where: \.isUppercase),
           r.suspensionConjunctions.contains(b), word(a) != nil, let next, sharesElidedTail(next) {
            return Correction(original: t, replacement: parts.prefix + a + "- " + b + parts.suffix, score: 2, rule: "split")
        }
        // a writer's hyphen before a `suspensionConjunctions` word with a gap read as a second one
        // ("offentlighets--och", "Miljö--och"): the first hyphen stays with its word
        if a.count >= 3, a.last == "-", a.dropLast().allSatisfy(\.isLetter), r.suspensionConjunctions.contains(b) {
            return Correction(original: t, replacement: parts.prefix + a + " " + b + parts.suffix, score: 2, rule: "split")
        }
        // (in a poor scan a frequent one-letter word may be the left side too: "i-uppdrag")
        guard a.count >= 2 || poor && a.count == 1 && a.first!.isLowercase, a.last != "-", a.first!.isLetter,
              a.allSatisfy({ $0.isLetter || $0 == "-" }), !TextShape.isAllCaps(a),
              !a.dropFirst().contains(where: \.isUppercase) else { return nil }
        guard let ea = word(a), a.count >= 2 || ea.logP >= s.splitCleanFunctionWordLogP else { return nil }
        if b.allSatisfy(\.isLetter) && !b.first!.isLowercase {
            // a frequent small-letter word before a name ("och-Malin") in a poor scan: no writer joins those
            guard editBoost > 0, a.first!.isLowercase, ea.logP >= s.splitCleanFunctionWordLogP,
                  !b.dropFirst().contains(where: \.isUppercase) else { return nil }
        } else if b.allSatisfy(\.isLetter) {
            guard let eb = word(b) else { return nil }
            // (a clean document's writer joins words with hyphens; only a very frequent side says it was a gap; a scan
            // so poor that it garbles names as often as words turns gaps into dashes between any two words,
            // "Mötet-avslutades")
            let either = max(ea.logP, eb.logP)
            // (or where the document's OCR shows `gapDashes`, two words a writer joins by no hyphen: a long word that
            // begins no compound before a word of three letters or more, "Nämnden-beslutar", "öringar-per")
            let gap = gapDashes && a.count >= DocumentState.gapDashMinLetters && b.count >= 3
                && !ea.flags.contains(.compoundBegin) && !ea.flags.contains(.capitalized)
            if either < s.splitFunctionWordLogP && !gap && (editBoost < DocumentState.noisyNameBoost || a.count < 3
                                                            || b.count < 3 || ea.flags.contains(.capitalized)) { return nil }
            if editBoost <= 0, !gapDashes, either < s.splitCleanFunctionWordLogP { return nil }
        } else {
            // a small-letter word before a number ("till-246", "varav-58"); "COVID-19" and "Agenda-2030" keep theirs
            guard a.first!.isLowercase, ea.logP >= s.splitFunctionWordLogP, TextShape.isNumberLike(b),
                  b.first!.isNumber else { return nil }
        }
        return Correction(original: t, replacement: parts.prefix + a + " " + b + parts.suffix, score: 2, rule: "split")
    }

    /// The word-level decision for a token; `tokens` given = use neighbours from it.
    func wordDecision(_ token: String, at k: Int, tokens: [String]?, sentenceStart: Bool) -> Correction? {
        keepReason = nil
        var parts = tokenParts(token)
        // typeset ligatures ("ﬁ", "ﬂ") that some engines keep are their letters
        let ligatures = TextShape.expandingLigatures(parts.core)
        if let ligatures { parts.core = ligatures }
        // hyphen and slash compounds of separate words ("Per-Erik", "ANSLAG/BEVIS") are repaired part by part
        var segments: [String] = []
        var seps: [Character] = []
        // (most words hold none of the three: their bytes say so without comparing characters)
        if TextShape.hasByte(parts.core, where: { $0 == 0x2D || $0 == 0x2F || $0 == 0xE2 }) {
            var cur = ""
            for c in parts.core {
                if (c == "-" || c == "/" || c == "–") && !cur.isEmpty {
                    segments.append(cur); seps.append(c); cur = ""
                } else {
                    cur.append(c)
                }
            }
            segments.append(cur)
        } else {
            segments = [parts.core]
        }
        var newSegs: [String] = []
        var bestScore = Double.infinity
        var rule: String?
        var changed = false
        for (si, whole) in segments.enumerated() {
            guard whole.count >= 1 else { newSegs.append(whole); continue }
            // (signs beside a hyphen belong to the text, not to the word: "\"spam\"-typ", "(stor-)företagen")
            let edges = segments.count == 1 ? nil : tokenParts(whole)
            let seg = edges?.core ?? whole
            func keep() { newSegs.append(whole) }
            func take(_ text: String) { newSegs.append((edges?.prefix ?? "") + text + (edges?.suffix ?? "")) }
            guard !seg.isEmpty else { keep(); continue }
            // a measure after a numeral and a hyphen is a genitive that opens a compound as written ("30-dagarsbiljett",
            // "24-timmarsjour"): a plural's genitive is no head hunspell flags, so the compound search restores letters
            // to make one ("dag|års|biljett")
            if si > 0, seps[si - 1] == "-", segments[si - 1].unicodeScalars.allSatisfy({ TextShape.isDigit($0) }),
               isMeasureCompoundAsWritten(seg) {
                keepReason = "a measure's genitive after a numeral opens a compound as written"
                keep(); continue
            }
            // a single letter beside a slash is a unit's or an abbreviation's ("mg/l", "km/h", "l/s"), no word to read
            if segments.count > 1, seg.unicodeScalars.count == 1,
               si > 0 && seps[si - 1] == "/" || si + 1 < segments.count && seps[si] == "/" {
                keepReason = "a single letter beside a slash is a unit's or an abbreviation's"
                keep(); continue
            }
            var a = analyze(seg)
            if a.protectedReason != nil || a.candidates.count < 2 { keep(); continue }
            if let tokens, segments.count == 1 {
                let b = contextBonuses(at: k, candidates: a.candidates, tokens: tokens)
                for i in a.candidates.indices { a.candidates[i].contextBonus = b[i] }
            }
            let lossBoost = addDocumentGains(to: &a.candidates, of: seg)
            if sentenceStart && a.candidates[0].source == .unknown && segments.count == 1,
               let f = seg.unicodeScalars.first, TextShape.isUpperLetter(f), !TextShape.isAllCaps(seg) {
                // a capital at a sentence start says less about a name than one inside a sentence
                a.candidates[0].lexiconLogP -= DocumentState.sentenceStartNameCost
            }
            let id = a.candidates[0]
            var best = a.candidates.dropFirst().max { $0.total < $1.total }!
            let capitalInsideSentence = !sentenceStart && seg.unicodeScalars.first.map(TextShape.isUpperLetter) == true
                && !TextShape.isAllCaps(seg)
            // a capital inside a sentence marks a name among the readings too: a listed name or a place of the domain
            // lexicon is read before a common word that nobody writes with one there, unless that word is far more
            // likely ("i Laxa" is Laxå, not "Läxa")
            if capitalInsideSentence, segments.count == 1, listedCommonWord(best.text),
               let name = a.candidates.dropFirst().filter({ isListedName($0.text) || isPlaceName($0.text) })
                   .max(by: { $0.total < $1.total }),
               name.total + s.caseMismatchPenalty > best.total {
                best = name
            }
            var gain = best.total - id.total
            let swedishOCR = channel.legacyWeight < 0.5
            var need = requiredGain(identity: id, best: best)
            // a double name's second part after a capitalised first is a name: a listed one stays unless the reading is
            // a name too ("Maj-Lis" is no "Maj-Läs", "Per-Ake" becomes "Per-Åke")
            if si > 0, seps[si - 1] == "-", segments[si - 1].first?.isUppercase == true, seg.first?.isUppercase == true,
               !TextShape.isAllCaps(seg), id.source == .lexicon, isListedName(seg), !isListedName(best.text) {
                keepReason = "a double name's second part is a name"
                keep(); continue
            }
            // a capital inside a sentence marks a name: a common word that nobody writes with one there is less likely
            // than the listed name it becomes with its å/ä/ö taken away or given back ("med hjälp av Lärs" is Lars)
            if capitalInsideSentence, id.source == .lexicon, best.source == .lexicon, isListedName(best.text),
               lexicon.entry(seg).map({ !$0.flags.contains(.capitalized) }) == true,
               Lexicon.skeleton(Array(seg.utf8)) == Lexicon.skeleton(Array(best.text.utf8)) {
                gain += s.caseMismatchPenalty
                need = min(need, s.realWordMargin)
            }
            // an unknown name only gets its å/ä/ö back when the OCR lost them all along, or when the scan is so poor
            // that it garbles names as often as words (`noisyNameBoost`)
            // (Swedish OCR that invents a diacritic on a capitalised common word at a sentence start is still
            // repaired: "Ordförånde" → "Ordförande"; nor is a word longer than names mostly are, "Norrlåndskusten")
            // (nor a word the document itself writes with them as often as without: "Arsmötet" beside "Årsmötet")
            // (a spelling only wordfreq knows is one too, "Plantaget", "Star": but at a sentence start, or a quoted
            // title's, it is as often a common word web text wrote without them, "Adjo", "\"Gardar och torp\"")
            let opensQuote = segments.count == 1 && parts.prefix.unicodeScalars.contains { DocumentState.quoteMarks.contains($0) }
            let unverifiedName = id.source == .unverified && !((sentenceStart || opensQuote) && listedCommonWord(best.text))
            let nameRestore = (id.source == .unknown || unverifiedName) && (seg.first?.isUppercase ?? false)
                && !TextShape.isAllCaps(seg)
                && (seen[DocumentState.foldKey(best.text)] ?? 0) < (seen[DocumentState.foldKey(seg)] ?? 0)
                && Lexicon.skeleton(Array(seg.utf8)) == Lexicon.skeleton(Array(best.text.utf8))
                && !(sentenceStart && TextShape.diacriticCount(seg) > TextShape.diacriticCount(best.text))
                && TextShape.letterCount(seg) <= DocumentState.nameMaxLetters
            // (a scan that strips å/ä/ö often gives them back to names the lexicon lists as names, "Tjorn" → "Tjörn",
            // but a surname is no common noun: "Balte" stays)
            // (nor a name whose letters differ only where the document's OCR misreads all along: "Häkansson" from an
            // engine that writes ä for every å)
            if nameRestore && swedishOCR && editBoost < DocumentState.noisyNameBoost
                && !onlyHabitualMisreadings(seg, best.text)
                && !(lossBoost >= DocumentState.noisyNameBoost
                     && (lexicon.entry(best.text)?.flags.contains(.capitalized) == true
                         || sentenceStart && TextShape.letterCount(seg) >= 6 && listedCommonWord(best.text))) {
                keepReason = "an unknown name keeps its letters where this scan does not lose å/ä/ö all along"
                keep(); continue
            }
            // OCR without Swedish data reads English as printed, and a clean text prints it: a common English word is
            // a quotation or a loan word there ("layer", "enter"), not a garbled Swedish one, unless all it lacks is
            // its å/ä/ö ("Star", "Står") (a word as English writes it: "lT" is an abbreviation's misread "IT")
            func moreThanDiacritics() -> Bool { Lexicon.skeleton(Array(seg.utf8)) != Lexicon.skeleton(Array(best.text.utf8)) }
            if !swedishOCR || editBoost <= 0, id.source != .lexicon, seg.utf8.count >= 3,
               !seg.unicodeScalars.dropFirst().contains(where: { TextShape.isUpperLetter($0) }), commonEnglishWord(seg),
               moreThanDiacritics() {
                keepReason = "a common English word, as OCR without Swedish data reads it"
                keep(); continue
            }
            // a clean text that writes a form three times or more writes it so: OCR's misreadings do not repeat
            // letter for letter ("siter" three times is no "sitter"), all but dots or a ring lost or added; in a word
            // no list holds, one letter with them read as another is no such slip either ("Hallsåkra" written six times
            // is no "Hallsäkra"), nor a name with them that a listed one lacks ("Hälltorps" four times is no
            // "Halltorps"), while a listed one repeats because it is common ("är" for "år" in "per år")
            // (not where the engine wrote its sign for a glyph it could not read, or another sign inside the word: that
            // it repeats, "fr_n", "Ros%n", as it repeats a digit between letters, gocr's "bes1utar"; nor for a long
            // form one edit from a listed word: an engine that cuts a heading word's last letter does so at every
            // item, "Ärendebeskrivnin", "Beslutsunderla", as the generic edits' `genericRepeatedMinLetters` says)
            if swedishOCR, editBoost < DocumentState.documentWordMinEditBoost,
               (seen[DocumentState.foldKey(seg)] ?? 0) >= DocumentState.genericMaxRepeats,
               moreThanDiacritics() || id.source != .lexicon && (!DocumentState.onlyDotsLostOrAdded(seg, best.text)
                   || seg.first?.isUppercase == true && DocumentState.onlyDotsRemoved(seg, best.text)),
               !TextShape.hasByte(seg, where: { $0 == Channel.unreadGlyph || Channel.innerSign[Int($0)] }),
               !TextShape.hasDigitBetweenLetters(seg),
               TextShape.letterCount(seg) < DocumentState.genericRepeatedMinLetters || best.source != .lexicon {
                keepReason = "the document writes this form \(seen[DocumentState.foldKey(seg)] ?? 0) times, and OCR's "
                    + "misreadings do not repeat letter for letter"
                keep(); continue
            }
            if gain >= need {
                take(best.text)
                changed = true
                bestScore = min(bestScore, gain)
                let thisRule = best.contextBonus != 0 && gain - best.contextBonus + id.contextBonus < need ? "context"
                    : best.source == .compound ? "compound" : best.source == .document ? "document" : "channel"
                rule = rule == nil ? thisRule : rule
            } else {
                keep()
            }
        }
        guard changed || ligatures != nil else { return nil }
        if !changed { rule = "ligature"; bestScore = 3 }
        var core = newSegs[0]
        for (i, sep) in seps.enumerated() { core.append(sep); core += newSegs[i + 1] }
        let rep = parts.prefix + core + parts.suffix
        return Correction(original: token, replacement: rep, score: (bestScore * 100).rounded() / 100, rule: rule ?? "channel")
    }

    // MARK: per-type analysis

    func analyze(_ seg: String) -> TypeAnalysis {
        if let c = typeCache[seg] { return c }
        let a = computeAnalysis(seg)
        typeCache[seg] = a
        return a
    }

    /// The reading the word-level decision takes for a bare word (the word itself when no reading wins), or nil when
    /// repair leaves it alone; `withGains: false` gives it without what the document's noise lends it.
    func decidedReading(_ core: String, withGains: Bool = true) -> RepairCandidate? {
        let a = analyze(core)
        guard a.protectedReason == nil, !a.candidates.isEmpty else { return nil }
        var scored = a.candidates
        addDocumentGains(to: &scored, of: core)
        let id = scored[0]
        guard let i = scored.indices.dropFirst().max(by: { scored[$0].total < scored[$1].total }) else {
            return withGains ? id : a.candidates[0]
        }
        let pick = scored[i].total - id.total >= requiredGain(identity: id, best: scored[i]) ? i : 0
        return withGains ? scored[pick] : a.candidates[pick]
    }

    /// How often a document may repeat a form before the generic edits leave it alone.
    static let genericMaxRepeats = 3
    /// Shortest form the generic edits read however often the document repeats it: abbreviations and names that
    /// repeat are short, while an engine that cuts a long heading word's last letter does so every time
    /// ("Ärendebeskrivnin", "Beslutsunderla").
    static let genericRepeatedMinLetters = 12

    /// How many small-letter words the clean unknown-word share counts as, before a document's own words.
    static let sharePriorWords = 50.0

    /// log odds against an unknown capitalised word being a name when it starts a sentence (where common words are
    /// capitalised too), against one inside a sentence.
    static let sentenceStartNameCost = log(2.0)
    /// Signs that open a list item on their own: the word after one on a line's start begins a sentence.
    static let bullets: Set<String> = ["-", "–", "—", "•", "*", "·", "▪"]

    /// How many words with å/ä/ö the clean loss share counts as, before a document's own words.
    static let lossPriorWords = 200.0

    /// Adds what this document's noise lends each reading of `seg` (the identity comes first and gets nothing);
    /// returns the å/ä/ö gain used.
    @discardableResult
    func addDocumentGains(to candidates: inout [RepairCandidate], of seg: String) -> Double {
        if editBoost > 0 {
            for i in candidates.indices.dropFirst() { candidates[i].channelLogP += editBoost * Double(candidates[i].edits) }
        }
        let lossBoost = self.lossBoost(excluding: seg)
        if lossBoost > editBoost {
            for i in candidates.indices.dropFirst() {
                candidates[i].channelLogP += (lossBoost - editBoost) * Double(DocumentState.restoredDiacritics(seg, candidates[i].text))
            }
        }
        return lossBoost
    }

    /// Log-odds added per restored å/ä/ö (in place of `editBoost` when larger): how much more often than a fair
    /// scan this document's OCR dropped them, judged from its other words.
    func lossBoost(excluding seg: String) -> Double {
        guard s.cleanDiacriticLoss > 0, channel.legacyWeight < 1 else { return 0 }
        let own = strippedCounts[TextShape.lowercased(seg)] ?? 0
        // (a listed word is read as another listed word with å/ä/ö only on the evidence of more than one other word:
        // one name or rare word without them, "Tran", "lan", is what a clean page holds too)
        if strippedCounts.count - (own > 0 ? 1 : 0) < 2, listedWord(seg) != nil { return 0 }
        let prior = DocumentState.lossPriorWords
        let share = (Double(lossCounts.stripped - own) + s.cleanDiacriticLoss * prior)
            / (Double(lossCounts.stripped - own + lossCounts.readWith) + prior)
        return min(max(0, log(share / s.cleanDiacriticLoss)), s.maxEditBoost) * (1 - channel.legacyWeight)
    }

    /// How many å/ä/ö `candidate` has where `ocr` has the plain letter, letter by letter (0 when their lengths differ).
    static func restoredDiacritics(_ ocr: String, _ candidate: String) -> Int {
        // the two scalar views side by side, without copying them (this runs for every reading of every word)
        var ia = ocr.unicodeScalars.makeIterator(), ib = candidate.unicodeScalars.makeIterator()
        var n = 0
        while true {
            switch (ia.next(), ib.next()) {
            case (nil, nil): return n
            case (nil, _), (_, nil): return 0
            case let (x?, y?):
                guard x != y else { continue }
                switch (x, y) {
                case ("a", "å"), ("a", "ä"), ("o", "ö"), ("A", "Å"), ("A", "Ä"), ("O", "Ö"): n += 1
                default: break
                }
            }
        }
    }

    /// Whether `candidate` differs from `ocr` only by the plain letter where `ocr` has å/ä/ö or é.
    static func onlyDotsRemoved(_ ocr: String, _ candidate: String) -> Bool {
        differsOnly(ocr, candidate) { TextShape.plainLetter($0) == $1 }
    }

    /// Whether `candidate` differs from `ocr` only by dots or a ring lost or added: å/ä/ö for the plain letter, or
    /// the plain letter for one of them.
    static func onlyDotsLostOrAdded(_ ocr: String, _ candidate: String) -> Bool {
        differsOnly(ocr, candidate) { x, y in
            !"éÉ".unicodeScalars.contains(x) && TextShape.plainLetter(x) == y
                || !"éÉ".unicodeScalars.contains(y) && TextShape.plainLetter(y) == x
        }
    }

    /// Whether `candidate` has as many letters as `ocr` and each that differs is a pair `allowed` accepts.
    static func differsOnly(_ ocr: String, _ candidate: String,
                            _ allowed: (Unicode.Scalar, Unicode.Scalar) -> Bool) -> Bool {
        var ia = ocr.unicodeScalars.makeIterator(), ib = candidate.unicodeScalars.makeIterator()
        while true {
            switch (ia.next(), ib.next()) {
            case (nil, nil): return true
            case (nil, _), (_, nil): return false
            case let (x?, y?): if x != y && !allowed(x, y) { return false }
            }
        }
    }

    /// The edit boost (log of the unknown-word share over the clean level) from which Swedish OCR is taken to strip
    /// names of å/ä/ö as well: about 2.7 times the clean share.
    static let noisyNameBoost = 1.0

    /// Shortest listed word after a colon that a poor scan's lost space explains better than a suffix ("SKR:s",
    /// "BBS:erna" stay).
    static let colonSplitMinLetters = 5
    /// Shortest word after a sign glued between two words that counts when the lexicon reads it only as a compound.
    static let gluedCompoundMinLetters = 6

    /// Shortest capitalised word that gets a generic edit: the readings it finds for short names are mostly
    /// inventions, while a long capitalised word is as often a common word at a line start ("Församlingshemimet").
    static let genericCapitalizedMinLetters = 9
    /// Shortest capitalised word, or compound nobody listed, that gets the search for readings the document writes
    /// elsewhere: four letters have too many such neighbours ("Siut" in a novel read as the "sitt" of its prose).
    static let seenReadingMinLetters = 5

    /// Longest word taken for a name whose å/ä/ö the lexicon cannot judge: longer capitalised words are mostly
    /// compounds of common words (organisations, places like "Norrlandskusten") that the lexicon does judge.
    static let nameMaxLetters = 12

    /// Most letters a word may have for the search to read it: Swedish compounds in print stay well below (the corpus's
    /// longest is 33, "informationssäkerhetsspecialister").
    static let maxWordLetters = 64

    /// How many readings of a word get a compound analysis (the most probable ones that are no listed word), and
    /// how long they must be.
    static let compoundReadings = 8
    /// The same for OCR without Swedish data, which misreads more letters of a long word, and more of them for a
    /// word of `compoundLongLetters` or more.
    static let compoundReadingsLegacy = 10
    static let compoundReadingsLegacyLong = 16
    static let compoundLongLetters = 20
    static let compoundMinChars = 7
    /// Least log-probability of the two-letter word a blurred three-letter one stands for ("om", "av", "en").
    static let shortDoubledMinLogP = -7.0
    /// Listed small-letter words with one letter of `word` changed, at least `minLogP` frequent, with their
    /// log-probabilities.
    static func frequentNeighbours(of word: [Unicode.Scalar], minLogP: Double, in lexicon: Lexicon) -> [(String, Double)] {
        // (each position and letter gives a text of its own: no text comes twice)
        var out: [(String, Double)] = []
        func check(_ v: [Unicode.Scalar]) {
            let text = String(String.UnicodeScalarView(v))
            guard let e = lexicon.entry(Array(text.utf8)), e.flags.contains(.valid), !e.flags.contains(.unverified),
                  !e.flags.contains(.capitalized), !e.flags.contains(.uppercase), e.logP >= minLogP else { return }
            out.append((text, e.logP))
        }
        for i in word.indices {
            for l in genericLetterScalars where l != word[i] {
                var v = word
                v[i] = l
                check(v)
            }
        }
        return out
    }

    /// Shortest word whose reading may lie two generic edits away.
    static let twoEditMinLetters = 9
    /// How many words of a document get that search.
    static let twoEditMaxWords = 64
    /// Shortest word whose doubled letters are tried away for a compound reading.
    static let doubledCompoundMinLetters = 10

    private func computeAnalysis(_ seg: String) -> TypeAnalysis {
        let allCaps = TextShape.isAllCaps(seg)
        let letters = TextShape.letterCount(seg)
        let simple = TextShape.isSimpleLatin(seg)
        let digits = simple ? seg.utf8.reduce(0) { $0 + ($1 >= 0x30 && $1 <= 0x39 ? 1 : 0) }
            : seg.reduce(0) { $0 + ($1.isNumber ? 1 : 0) }
        if letters == 0 || seg.count < 2 && !(seg.first?.isLetter ?? false) {
            return TypeAnalysis(candidates: [], protectedReason: "not a word")
        }
        if seg.count == 1 && seg.first!.isUppercase {
            return TypeAnalysis(candidates: [], protectedReason: "initial or abbreviation")
        }
        // (letters run together past any word's length are no word to read: a table's rules read as "lllll…", lines
        // OCR ran into one; the searches grow faster than the length, and a 3 000-letter token took seconds)
        if letters > DocumentState.maxWordLetters {
            return TypeAnalysis(candidates: [], protectedReason: "longer than any word")
        }
        // (a short word whose one digit the tables read as a letter is no number: "4r", "4n" without Swedish data;
        // "4K" and "5G" are codes)
        // (nor is a word whose two digits do: "Sj66" for "Sjöö", "r6rel" for "rörel-")
        // (or where the document's own words show its OCR writing those digits for letters: "ti11" from gocr)
        let habitDigits = digits == 2 && !letterDigits.isEmpty
            && seg.utf8.allSatisfy { $0 < 0x30 || $0 > 0x39 || letterDigits.contains($0) }
        let letterDigit = digits == 1 && letters >= 1 && channel.legacyWeight >= 0.5
            && seg.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 && channel.readsAsLetter($0) } == true
            && seg.unicodeScalars.dropFirst().allSatisfy { TextShape.isLowerLetter($0) }
            || digits == 2 && letters >= 2 && (channel.legacyWeight >= 0.5 || habitDigits)
            && seg.unicodeScalars.contains(where: { TextShape.isLowerLetter($0) })
            && seg.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 ? channel.readsAsLetter($0) || habitDigits : $0 >= 0x41 }
            && seg.unicodeScalars.allSatisfy { TextShape.isLetter($0) || TextShape.isDigit($0) }
        if digits > 0 && (digits > 2 || digits >= letters && !letterDigit || TextShape.hasByte(seg, UInt8(ascii: ":"))) {
            return TypeAnalysis(candidates: [], protectedReason: "number with letters")
        }
        if TextShape.hasByte(seg, UInt8(ascii: ":")) || TextShape.hasByte(seg, UInt8(ascii: ".")) {
            return TypeAnalysis(candidates: [], protectedReason: "abbreviation")
        }
        let ocr = Array(seg.utf8)
        let idLower = TextShape.lowerBytes(ocr)
        let idEntry = lexicon.entry(idLower)
        // (wordfreq's junk is no word here either: "GUID" is an abbreviation, not a misread "GUD"; but a word that
        // lost only its å/ä/ö is one, "ARET")
        if allCaps && (letters <= 3 || letters <= 5 && (idEntry == nil || idEntry!.flags.contains(.uppercase)
                                                         || !idEntry!.flags.contains(.valid)
                                                             && !DocumentState.strippedOfDiacritics(idLower, in: lexicon))) {
            return TypeAnalysis(candidates: [], protectedReason: DocumentState.allCapsReason)
        }
        // no word has a letter three times in a row, nor opens with its capital twice: the extra one is OCR's
        // ("Halllhagen", "kommunfuulllmaktige", "BBeslut"), and the word is read as the word without it would be, one
        // edit further ("lllegal" keeps its own readings too)
        let tripled: RepairCandidate? = letters >= 4 && !allCaps
            ? DocumentState.withoutImpossibleRepeats(seg).flatMap { decidedReading($0, withGains: false) } : nil
        let capitalized = seg.first?.isUppercase ?? false
        // a letter-word with digits or signs inside is almost never right as it stands
        let foreign = simple ? seg.unicodeScalars.contains { !TextShape.isLetter($0) && $0 != "'" }
            : seg.contains { !$0.isLetter && $0 != "'" }
        var best: [String: RepairCandidate] = [:]
        var foundValid = false
        // (a listed word, not a compound: a compound the deep walk puts together from a garbled word, "insatser|or",
        // is weak evidence and must not keep the generic edits from "insatser")
        var foundListed = false

        // Swedish OCR gets case right; OCR without Swedish data reads ö as G or O whatever the case
        let segFirst = seg.unicodeScalars.first
        let firstIsLetter = segFirst.map { TextShape.isLetter($0) } == true && channel.legacyWeight < 0.5
        let firstIsUpper = segFirst.map { TextShape.isUpperLetter($0) } == true
        let firstIsCaseless = segFirst.map { !TextShape.isLetter($0) } == true
        let segUpperInside = seg.unicodeScalars.dropFirst().contains { TextShape.isUpperLetter($0) }
        var onlyWordsSeen = false
        func add(_ text: String, _ lp: Double, _ src: CandidateSource, _ chan: Double, _ edits: Int) {
            let text = allCaps ? text.uppercased() : text
            if onlyWordsSeen && (seen[DocumentState.foldKey(text)] ?? 0) == 0 { return }
            // a reading never changes the word's case pattern (only the I/l glyph pair is ambiguous)
            if firstIsLetter, let f = segFirst, let g = text.unicodeScalars.first, TextShape.isLetter(g),
               firstIsUpper != TextShape.isUpperLetter(g), !((f == "l" && g == "I") || (f == "I" && g == "l")) { return }
            // nor does it put a capital inside a word OCR wrote in small letters: "bIdspel" (the i/I pair) is only the
            // identity again at a channel cost, since the lexicon folds case, and "dataFranchen" is no word
            if !segUpperInside && !TextShape.isAllCaps(text)
                && text.unicodeScalars.dropFirst().contains(where: { TextShape.isUpperLetter($0) }) { return }
            var c = RepairCandidate(text: text, lexiconLogP: lp, channelLogP: chan, contextBonus: 0, source: src, edits: edits)
            if text != seg, let n = seen[DocumentState.foldKey(text)], n > 0 { c.lexiconLogP += s.documentCacheWeight * log(1 + Double(n)) }
            if let old = best[text], old.total >= c.total { return }
            if text != seg && src != .unknown { foundValid = true }
            if text != seg && src == .lexicon { foundListed = true }
            best[text] = c
        }

        // (OCR without Swedish data misreads more letters of a long word, so its right compound lies deeper)
        let compoundReadings = channel.legacyWeight < 0.5 ? DocumentState.compoundReadings
            : letters >= DocumentState.compoundLongLetters ? DocumentState.compoundReadingsLegacyLong
            : DocumentState.compoundReadingsLegacy
        // (a reading both searches make is analysed once)
        var compoundDone: Set<[UInt8]> = []
        func consider(_ hyps: [Channel.Hypothesis], compounds: Bool, compoundEditGain: Double = 0) {
            var compoundBudget = compoundReadings
            var chars: [UInt32] = []
            for h in hyps {
                // (readings that are no word were already dropped by the skeleton filter while the channel made them, all but
                // the long ones the compound search can use; once its budget is spent, a reading the filter rules out
                // has nothing left to give: matches() would return [] after the same test)
                let mayBeWord = !compounds || h.text.withUnsafeBufferPointer { lexicon.mayHaveSkeleton(bytes: $0) }
                if !mayBeWord && compoundBudget <= 0 { continue }
                Packed.fill(&chars, from: h.text)
                var direct = false
                for m in mayBeWord ? matches(chars[...]) : [] {
                    // a reading in capitals is written as an abbreviation is ("lT" read for "IT": the I/l glyph
                    // pair is the one case change a reading may make)
                    let readAllCaps = allCaps || m.entry.flags.contains(.uppercase) && TextShape.isAllCaps(m.text)
                    // a word that starts with a caseless look-alike ("0berg", "6stersund") has the case of its
                    // reading: a name is capitalised
                    let asName = firstIsCaseless && m.entry.flags.contains(.capitalized) && !readAllCaps
                    guard let (lp, src) = wordLogP(m.entry, capitalized: capitalized || asName, allCaps: readAllCaps)
                    else { continue }
                    add(asName ? TextShape.capitalizingFirst(m.text) : m.text, lp, src, h.logP + m.logP, h.edits + m.edits)
                    if src != .unverified { direct = true }
                }
                if compounds && !direct && chars.count >= DocumentState.compoundMinChars && compoundBudget > 0
                    && compoundDone.insert(h.text).inserted {
                    compoundBudget -= 1
                    var memo = CompoundMemo(count: chars.count, editGain: compoundEditGain)
                    if let c = compound(chars, from: 0, depth: 0, memo: &memo) {
                        add(Packed.string(c.chars), c.lexLogP, .compound, h.logP + c.chanLogP, h.edits + c.edits)
                    }
                }
            }
        }
        // (most channel readings are no word and need no compound analysis: the lexicon's skeleton filter settles
        // them inside the channel walk, so that rejected readings are never stored or sorted)
        // the identity as a word: listed, or a compound of listed parts exactly as written
        var idWord = idEntry.flatMap { wordLogP($0, capitalized: capitalized, allCaps: allCaps) }
        // (a capital after a small letter is no compound's: "kassGren" is a misread "kassören", not "kass|gren"; an
        // abbreviation may open one, "SIDstation")
        var caseOK = true
        var prevLower = false
        for u in seg.unicodeScalars {
            if prevLower && TextShape.isUpperLetter(u) { caseOK = false; break }
            prevLower = TextShape.isLowerLetter(u)
        }
        if idWord == nil || idWord!.1 == .unverified, letters >= 7, digits == 0, !foreign, caseOK {
            let idChars = Packed.chars(ocr)
            var memo = CompoundMemo(count: idChars.count)
            if let c = compound(idChars, from: 0, depth: 0, memo: &memo, exact: true) {
                // a compound nobody listed is weaker evidence than a listed word
                idWord = (c.lexLogP - s.compoundPenalty, .compound)
            }
        }
        // a genitive -s on a form the lexicon or the compound walk knows ("annonsernas", "telefonväxlarnas"): Swedish
        // adds it to any noun form, and no word list spells them all out (a word ending in s, x or z takes no second
        // s: "tillsammanss" is a doubled letter)
        if idWord == nil || idWord!.1 == .unverified, letters >= 5, digits == 0, !foreign, caseOK,
           let last = ocr.last, last == UInt8(ascii: "s") || allCaps && last == UInt8(ascii: "S"),
           let stemLast = ocr.dropLast().last.map({ $0 | 0x20 }), !"sxz".utf8.contains(stemLast) {
            let stem = Array(ocr.dropLast())
            if let e = lexicon.entry(TextShape.lowerBytes(stem)),
               let (lp, src) = wordLogP(e, capitalized: capitalized, allCaps: allCaps), src == .lexicon {
                idWord = (lp - s.compoundPenalty, .compound)
            } else if letters >= 8 {
                let stemChars = Packed.chars(stem)
                var memo = CompoundMemo(count: stemChars.count)
                if let c = compound(stemChars, from: 0, depth: 0, memo: &memo, exact: true) {
                    idWord = (c.lexLogP - 2 * s.compoundPenalty, .compound)
                }
            }
        }
        // a verb's s-passive, made from its stem as the present in -er is ("tillträds" beside "tillträder" and
        // "tillträda"; "tjänsten tillträds den 4 maj"): word lists leave some out, and the compound walk reads such a
        // word only as weak parts
        if idWord == nil || idWord!.1 != .lexicon, letters >= 5, digits == 0, !foreign, caseOK,
           ocr.last == UInt8(ascii: "s"), let stemLast = ocr.dropLast().last, !"sxz".utf8.contains(stemLast) {
            let stemLower = TextShape.lowerBytes(Array(ocr.dropLast()))
            if let present = lexicon.entry(stemLower + Array("er".utf8)),
               let infinitive = lexicon.entry(stemLower + [UInt8(ascii: "a")]),
               present.flags.contains(.valid), infinitive.flags.contains(.valid),
               let (lp, src) = wordLogP(present, capitalized: capitalized, allCaps: allCaps), src == .lexicon,
               lp - s.compoundPenalty > idWord?.0 ?? -.infinity {
                idWord = (lp - s.compoundPenalty, .compound)
            }
        }
        // older written Swedish's plural past, the singular with an o ("beslöto", "förelågo", "blevo") or, in the
        // passive, "os" ("föredrogos"), a consonant doubled after a short vowel dropped again ("kommo"): protocols
        // wrote it until the 1940s, and no word list holds it (the irregular ones, "voro", "gingo", are lexicon
        // additions in rules.yaml)
        if idWord == nil || idWord!.1 != .lexicon, letters >= 5, digits == 0, !foreign, caseOK, !allCaps {
            let lower = TextShape.lowerBytes(ocr)
            let o = UInt8(ascii: "o"), sB = UInt8(ascii: "s")
            let ending = lower.last == o ? 1 : lower.count > 2 && lower.last == sB && lower[lower.count - 2] == o ? 2 : 0
            // (not a listed form without its å/ä/ö: "halso-" is the compound's "hälso-", not "hals" in the plural)
            if ending > 0, !DocumentState.strippedOfDiacritics(lower, in: lexicon) {
                var stem = Array(lower.dropLast(ending))
                @inline(__always) func consonant(_ b: UInt8?) -> Bool {
                    guard let b, b >= 0x61 && b <= 0x7A else { return false }
                    return !"aeiouy".utf8.contains(b)
                }
                var found: LexiconEntry?
                if consonant(stem.last), stem.count >= 3 {
                    found = lexicon.entry(stem)
                    if found?.flags.contains(.valid) != true || found?.flags.contains(.unverified) == true,
                       stem.count >= 4, stem[stem.count - 1] == stem[stem.count - 2] {
                        stem.removeLast()
                        found = lexicon.entry(stem)
                    }
                }
                if let e = found, e.flags.contains(.valid), !e.flags.contains(.unverified),
                   !e.flags.contains(.capitalized), !e.flags.contains(.uppercase),
                   let (lp, src) = wordLogP(e, capitalized: capitalized, allCaps: false), src == .lexicon,
                   lp - s.compoundPenalty > idWord?.0 ?? -.infinity {
                    idWord = (lp - s.compoundPenalty, .compound)
                }
            }
        }
        let looseLP: Double? = idWord == nil && letters >= DocumentState.looseCompoundMinLetters && digits == 0 && !foreign
            && caseOK ? looseLinkedCompound(Packed.chars(ocr)).map { $0 - s.compoundPenalty - s.looseCompoundPenalty }
            : nil
        let idValid = idWord.map { $0.1 == .lexicon || $0.1 == .compound && channel.legacyWeight < 0.5 } ?? false
        if idValid {
            // a real word: only single confusions and restored diacritics can beat it, and only readings whose
            // channel cost leaves room to win against the most frequent word with every bonus are worth a look
            // (as `requiredGain` asks of a listed reading)
            let isCompound = idWord!.1 == .compound
            let need = isCompound ? (channel.legacyWeight < 0.5 ? s.realWordMargin : s.minGain)
                : channel.legacyWeight < 0.5 ? s.realWordMarginSwe : s.realWordMargin
            let maxSeen = Double(maxSeenCount)
            // (a one-edit reading also gets the document's edit gain, added when the word is decided)
            let room = lexicon.maxLogP + maxCueWeight + s.documentCacheWeight * log(1 + maxSeen) - idWord!.0
                + max(editBoost, lossBoost(excluding: seg))
            let floor = need - room
            if floor <= 0 {
                // a compound as written may be a garbled one whose own reading is a compound too, with fewer or more
                // frequent parts: "remissforslag" splits as remiss|fors|lag, but stands for remiss|förslag
                // (a small-letter word: a capitalised compound as written is as often a name, "Hallhagen")
                let searchWrittenCompound = isCompound && letters >= DocumentState.compoundMinChars && !capitalized
                let hyps = channel.hypotheses(for: ocr, limit: 48, maxEdits: 1, floor: max(floor, s.channelFloor),
                                              wordsOf: lexicon)
                consider(hyps, compounds: false)
                // (the compound search of the word as written restores and takes away å/ä/ö itself, part by part; it
                // weighs each restoration as the decision will, with what this document's noise lends it: otherwise
                // the compound as written wins inside the search, and the decision never sees the restored one)
                if searchWrittenCompound && !foundValid {
                    consider([Channel.Hypothesis(text: ocr, logP: 0, edits: 0)], compounds: true,
                             compoundEditGain: max(editBoost, lossBoost(excluding: seg)))
                }
                // in a noisy document a compound nobody listed may be a listed word with one letter misread outside
                // the tables, which split it into rare parts ("fe|gistrering" for "registrering")
                if searchWrittenCompound && !foundListed && editBoost >= DocumentState.documentWordMinEditBoost {
                    consider(channel.hypotheses(for: ocr, limit: 400, generic: true, maxEdits: 1, wordsOf: lexicon),
                             compounds: false)
                }
                // a compound nobody listed that one look-alike letter makes a word the document writes elsewhere
                // ("Förstag" for the "Förslag" of every item, "Kammunstyrelsen")
                if isCompound && !foundListed && letters >= DocumentState.seenReadingMinLetters {
                    onlyWordsSeen = true
                    consider(channel.lookalikeSubstitutions(for: ocr, wordsOf: lexicon), compounds: false)
                    onlyWordsSeen = false
                }
            }
        } else {
            // bounded search: single confusions and restored diacritics first; deeper readings and compounds
            // only when those find no word
            // (single confusions are linear in the word's length: the limit only guards against junk)
            let single = channel.hypotheses(for: ocr, limit: 400, maxEdits: 1, wordsOf: lexicon,
                                            spare: (DocumentState.compoundMinChars, compoundReadings))
            consider(single, compounds: false)
            if !foundValid {
                consider(single, compounds: true)
                // (Swedish OCR misreads fewer letters per word than OCR without Swedish data: 150 readings deep gave
                // the same swe figures as 1 500. The walk is depth first and edits the word's end first, so a long
                // legacy word's early misreading ("of6rindrad", "samhillsbyggnadschefen") came after the first 300
                // readings; 3 000 gave the same figures as 10 000, and so does 1 500 on every sample set at 2 % fewer
                // instructions per legacy document; 800 lost "M0tesordfdranden", three misreadings deep)
                consider(channel.hypotheses(for: ocr, limit: channel.legacyWeight < 0.5 ? 150 : 1500, wordsOf: lexicon,
                                            spare: (DocumentState.compoundMinChars, compoundReadings)),
                         compounds: true)
            }
            // a sign between two letters is a misread glyph: "t;ll", "Ros%n" (after the tables, which hold the sign
            // where the document showed what it stands for, and at their rate)
            if foreign { consider(channel.innerSignReadings(for: ocr, wordsOf: lexicon), compounds: false) }
        }
        let idLP: Double
        let idSrc: CandidateSource
        if let w = idWord {
            idLP = w.0
            idSrc = w.1
        } else {
            idLP = max((capitalized && !allCaps ? unknownNameLogP : s.unknownLogP) + unknownLengthLogP(letters),
                       looseLP ?? -.infinity)
            idSrc = .unknown
        }
        var identity = RepairCandidate(text: seg, lexiconLogP: idLP, channelLogP: 0, contextBonus: 0, source: idSrc, edits: 0)
        if idSrc == .unverified {
            // junk that wordfreq picked up from OCR'd web text must not shield a word from repair
            identity.lexiconLogP = max(idLP, (capitalized ? unknownNameLogP : s.unknownLogP) + unknownLengthLogP(letters))
        }
        if foreign && idSrc != .lexicon { identity.lexiconLogP -= DocumentState.impossibleWordPenalty }
        // a word no list holds, with glyphs no Swedish word has where they stand and that this OCR writes for å, ä or
        // ö, is that word with the letters the engine could not read ("M6rtsj6", "SjOhamra", "Hékfelt"): a name or
        // place the lexicon cannot judge keeps the reading the glyphs themselves give
        // (the sign an engine writes for a glyph it cannot read is such a glyph in any document's name, "Röd_kra": a
        // small-letter word with one is mostly a garbled common word, whose listed readings are found elsewhere)
        // (or one that opens such a word, its capital: "_kersvik")
        let nameWithUnreadSign = TextShape.hasByte(seg, Channel.unreadGlyph)
            && (capitalized || seg.utf8.first == Channel.unreadGlyph)
        let unread = idSrc == .unknown && (channel.legacyWeight >= 0.5 || nameWithUnreadSign) && !allCaps
            ? unreadLetters(seg) : nil
        if let unread {
            identity.lexiconLogP -= DocumentState.impossibleWordPenalty * Double(unread.innerCapitals + unread.unreadSigns)
        }
        // a capital inside a small-letter word that this document's OCR writes for å/ä/ö ("stOd" from ocrad) is such a
        // letter more likely than a capital misprint in the word as written
        if !allCaps, !habitualMisreadings.isEmpty, DocumentState.innerCapitalMisreadings(seg, in: lexicon).contains(where: {
            habitualMisreadings.contains(DocumentState.letterPair($0.0, $0.1)) }) {
            identity.lexiconLogP -= s.caseMismatchPenalty
        }
        // an unknown word holding a letter this channel mostly writes for another one ("é" for ö without Swedish
        // data) is more likely a misreading than a name
        if idSrc == .unknown && !foreign && seg.unicodeScalars.contains(where: { channel.isSuspicious($0) }) {
            identity.lexiconLogP -= s.suspiciousLetterPenalty
        }
        best[seg] = nil
        // (in a noisy document a listed reading that the word itself outscores is no answer: "mesost" for "messt" must
        // not keep a lost or doubled letter from "mest"; substitutions, which found that reading, are not tried again)
        let weakListed = foundListed && (channel.legacyWeight >= 0.5 || editBoost >= DocumentState.documentWordMinEditBoost)
            && !best.values.contains(where: { $0.source == .lexicon && $0.total > identity.total })
        // letters lost or added outside the tables, for a word that is none and has no good reading yet
        // (not for a form the document repeats: a letter lost or added at random does not come out the same way
        // three times, while an abbreviation or a name does: "gymn" is no "gym")
        // (a digit is no letter, except where OCR without Swedish data reads å/ä/ö as one: "f6reegaende")
        let digitsReadAsLetters = digits <= 2 && channel.legacyWeight >= 0.5
            && seg.utf8.allSatisfy { $0 < 0x30 || $0 > 0x39 || channel.readsAsLetter($0) }
        let mayHaveLostOrAddedLetters = (!foundListed || weakListed) && (idSrc == .unknown || idSrc == .unverified)
            && (digits == 0 || digitsReadAsLetters)
            && ((seen[DocumentState.foldKey(seg)] ?? 0) < DocumentState.genericMaxRepeats
                || letters >= DocumentState.genericRepeatedMinLetters)
        // (nor for short capitalised words, names, whose readings the generic edits mostly invent)
        if mayHaveLostOrAddedLetters && letters >= 4
            && !(capitalized && !allCaps && letters < DocumentState.genericCapitalizedMinLetters) {
            consider(channel.hypotheses(for: ocr, limit: 400, generic: true, substitutions: !foundListed, maxEdits: 2,
                                        wordsOf: lexicon), compounds: false)
            best[seg] = nil
        } else if mayHaveLostOrAddedLetters && letters >= DocumentState.seenReadingMinLetters && capitalized
                    && !allCaps && !foundListed {
            // but a letter lost or added, or one small letter read as its look-alike or as an unread glyph's sign
            // ("Besiut", "Jämtiand", "Delto", "Götebo_g"), gives a short capitalised word the reading the document
            // writes elsewhere: a name or heading misread once, where a name nobody listed ("Cari" in a novel) has a
            // listed look-alike the text never uses; a letter of another shape would make "Volle" the text's "Ville"
            // (what this search finds is no evidence for the searches below, which look at the document's own words)
            let listedBefore = foundListed, validBefore = foundValid
            onlyWordsSeen = true
            consider(channel.hypotheses(for: ocr, limit: 400, generic: true, substitutions: false, maxEdits: 2,
                                        wordsOf: lexicon), compounds: false)
            consider(channel.lookalikeSubstitutions(for: ocr, wordsOf: lexicon), compounds: false)
            onlyWordsSeen = false
            foundListed = listedBefore
            foundValid = validBefore
            best[seg] = nil
        }
        // a long word of a noisy document that one such letter does not make a listed word may need two
        // ("imiversitet"): few long strings lie two letters from a listed word by chance
        // (a search costs tens of thousands of filter look-ups at random places in memory: a document gets a few pages'
        // worth of them, for its words in reading order)
        if mayHaveLostOrAddedLetters && letters >= DocumentState.twoEditMinLetters && !foreign
            && editBoost >= s.noisyUnknownMinEditBoost && twoEditSearches < DocumentState.twoEditMaxWords
            && !best.values.contains(where: { ($0.source == .lexicon || $0.source == .compound) && $0.total > identity.total }) {
            twoEditSearches += 1
            consider(channel.twoGenericEdits(for: ocr, wordsOf: lexicon), compounds: false)
            best[seg] = nil
        }
        // a long word with a doubled letter that a compound of listed parts reads without it ("Inköpsscentralen",
        // "Kommunchefsgruppenn"): the generic edits above only look for listed words, and compounds are too many to
        // look for behind every edit, but a doubled letter is one candidate per pair
        // (unless the generic edits just found a listed reading)
        if mayHaveLostOrAddedLetters && (!foundListed || weakListed) && !foreign
            && letters >= DocumentState.doubledCompoundMinLetters {
            let chars = Packed.chars(ocr)
            for i in chars.indices.dropLast() where Packed.lower(chars[i]) == Packed.lower(chars[i + 1])
                && (i + 2 == chars.count || Packed.lower(chars[i + 2]) != Packed.lower(chars[i])) {
                var v = chars
                v.remove(at: i)
                var memo = CompoundMemo(count: v.count)
                if let c = compound(v, from: 0, depth: 0, memo: &memo, exact: true) {
                    add(Packed.string(c.chars), c.lexLogP, .compound, s.genericEditLogP + c.chanLogP, 1 + c.edits)
                }
            }
            best[seg] = nil
        }
        // a long word that is a compound but for one letter lost, added or misread inside one of its parts
        // ("informationssäkerhetssamordnhare", "Ärendebeskrivnin"): the generic edits above only find listed words,
        // and one edit anywhere in the word is too many compound searches, but the edit lies in the part that the
        // parts read as written leave over
        // (also where every listed reading found so far takes two edits or more: "Utbildningsehefs" is not only the
        // listed "Utbildningschef" with its s taken away, but the compound "Utbildnings|chefs" with one letter misread)
        let listedFar = !best.values.contains(where: { ($0.source == .lexicon || $0.source == .compound) && $0.edits < 2 })
        if mayHaveLostOrAddedLetters && (!foundListed || weakListed || listedFar) && !foreign
            && letters >= DocumentState.editedCompoundMinLetters
            && (channel.legacyWeight >= 0.5 || editBoost >= DocumentState.documentWordMinEditBoost)
            && !best.values.contains(where: { ($0.source == .lexicon || $0.source == .compound) && $0.total > identity.total }) {
            for r in compoundsWithEditedPart(Packed.chars(ocr)) {
                add(Packed.string(r.part.chars), r.part.lexLogP, .compound, r.logP + r.part.chanLogP, r.edits + r.part.edits)
            }
            best[seg] = nil
        }
        // a garbled copy of a word the document writes again and again: the document's own frequency is its prior
        let own = seen[DocumentState.foldKey(seg)] ?? 0
        if (idSrc == .unknown || idSrc == .unverified) && !foundListed && digits == 0 && !foreign && letters >= 4
            && own < DocumentState.genericMaxRepeats, documentWordTotal > 0,
           editBoost >= DocumentState.documentWordMinEditBoost {
            let folded = seg.unicodeScalars.map(DocumentState.foldScalar)
            let maxD = letters >= 5 ? 2 : 1
            for d in documentWords where abs(d.folded.count - folded.count) <= maxD && d.count > 2 * own {
                // (the word with an ending is an inflection of it, not a garble: "junglens", "acidpartynas")
                let e = EditDistance.distance(folded, d.folded, atMost: maxD)
                guard e > 0, e <= maxD, !(folded.count > d.folded.count && folded.starts(with: d.folded)) else { continue }
                // (the document's words are kept in small letters; a capital at the token's start is kept: "Yymn" at a
                // line start is "Gymn")
                let text = String(String.UnicodeScalarView(d.text))
                let lp = log(Double(d.count) / Double(documentWordTotal))
                add(firstIsUpper ? TextShape.capitalizingFirst(text) : text, lp, .document,
                    Double(e) * s.genericEditLogP, e)
            }
            best[seg] = nil
        }
        if var t = tripled {
            identity.lexiconLogP -= s.suspiciousLetterPenalty
            t.channelLogP += s.tripledLetterLogP
            t.edits += 1
            if let old = best[t.text], old.total >= t.total {} else { best[t.text] = t }
        }
        // a three-letter word no list holds with a letter doubled, in a noisy document, is a frequent two-letter word
        // OCR blurred ("oom", "avv"): the generic edits leave words this short alone
        // (three letters and three scalars: no digit, no sign)
        let u = Array(seg.unicodeScalars)
        if letters == 3, u.count == 3, u[0] == u[1] || u[1] == u[2], !allCaps, mayHaveLostOrAddedLetters,
           channel.legacyWeight >= 0.5 || editBoost >= DocumentState.documentWordMinEditBoost {
            let reduced = String(String.UnicodeScalarView(u[0] == u[1] ? u.dropFirst() : u.dropLast()))
            if let e = lexicon.entry(Array(TextShape.lowercased(reduced).utf8)),
               let (lp, src) = wordLogP(e, capitalized: capitalized, allCaps: false),
               src == .lexicon, lp >= DocumentState.shortDoubledMinLogP {
                add(reduced, lp, src, s.genericEditLogP, 1)
            }
        }
        // a three-letter small-letter word no list verifies, in a noisy document, is one misread letter away from a
        // frequent word more often than it is an abbreviation nobody listed ("ovh", "sem", "dep"): the tables know the
        // commonest swaps, the rest of a poor scan's misreadings come at the generic cost; only words as frequent as
        // the function words are worth the guess, as any three letters are one letter from dozens of rare ones
        // (a letter added or lost makes a function word of most two- and four-letter debris: "uni", "dub"; a doubled
        // letter is the blur above, "oom")
        if letters == 3, u.count == 3, u[0] != u[1] && u[1] != u[2], !capitalized, mayHaveLostOrAddedLetters,
           editBoost >= DocumentState.documentWordMinEditBoost {
            for (text, lp) in DocumentState.frequentNeighbours(of: u, minLogP: DocumentState.shortDoubledMinLogP, in: lexicon) {
                add(text, lp, .lexicon, s.genericEditLogP, 1)
            }
        }
        // (only where no list nor the document gives a reading: "ndémnden" is "nämnden", not "ndömnden")
        if let unread, !best.values.contains(where: { $0.source != .unknown }) {
            add(unread.text, (capitalized ? unknownNameLogP : s.unknownLogP) + unknownLengthLogP(letters), .unknown,
                unread.logP, unread.edits)
        }
        var cands = [identity]
        // (ties are broken the same way in every run: a reading keeping the word's initial case first, then by text;
        // dictionary order differs from process to process)
        let segUpper = segFirst.map { TextShape.isUpperLetter($0) } ?? false
        func keepsCase(_ c: RepairCandidate) -> Bool {
            (c.text.unicodeScalars.first.map { TextShape.isUpperLetter($0) } ?? false) == segUpper
        }
        // (a noisy document's long unknown word loses more for its length against listed readings; wordfreq's
        // spellings that no dictionary holds, "webbinariet", are OCR junk and variants as often as words, and get
        // no more of a chance against it than in a clean document)
        var readings = Array(best.values)
        if idSrc == .unknown && editBoost >= s.noisyUnknownMinEditBoost {
            let cleanTotal = identity.total - unknownLengthLogP(letters) + unknownLengthLogP(letters, noisy: false)
            readings.removeAll { $0.source == .unverified && $0.total + Double($0.edits) * editBoost < cleanTotal + s.minGain }
        }
        cands.append(contentsOf: readings.sorted {
            if $0.total != $1.total { return $0.total > $1.total }
            if keepsCase($0) != keepsCase($1) { return keepsCase($0) }
            return $0.text < $1.text
        }.prefix(6))
        return TypeAnalysis(candidates: cands, protectedReason: nil)
    }

    static let vowels: Set<Unicode.Scalar> = Set("aeiouyåäöéAEIOUYÅÄÖÉ".unicodeScalars)

    /// How much less likely a word is as written for each glyph that no word has there: a digit or sign between its
    /// letters, a capital inside a small-letter word.
    static let impossibleWordPenalty = 6.0

    /// `seg` with each glyph that no Swedish word has where it stands read as the å, ä or ö the channel most often
    /// writes it for: a digit after a letter, a capital after a small letter or between a first capital and a small
    /// letter ("JOnsson"), a letter the channel mostly writes for another ("é" for ö) that no word's last syllable
    /// holds ("Ahlén", "Linnéa" keep theirs), and in a name the engine's sign for a glyph it could not read, between
    /// small letters or, as the capital, before them ("Röd_kra", "_kersvik"). Nil when there is none, or one the tables
    /// give no such letter for.
    func unreadLetters(_ seg: String) -> (text: String, logP: Double, edits: Int, innerCapitals: Int, unreadSigns: Int)? {
        let u = Array(seg.unicodeScalars)
        guard u.count >= 2 else { return nil }
        var out = String.UnicodeScalarView()
        var logP = 0.0, edits = 0, innerCapitals = 0, unreadSigns = 0
        for i in u.indices {
            let g = u[i]
            var glyph = false, capital = false
            // the sign that opens a name before small letters stands for its capital: "_kersvik", "_sskolans"
            if i == 0, g.value == UInt32(Channel.unreadGlyph), u.count >= 4,
               u.dropFirst().allSatisfy({ TextShape.isLowerLetter($0) }),
               let reading = channel.diacriticReading(insideWord: [Channel.unreadGlyph]),
               let upper = String(reading.letter).uppercased().unicodeScalars.first {
                out.append(upper)
                logP += reading.logP
                edits += 1
                unreadSigns += 1
                continue
            }
            if i > 0 && TextShape.isLetter(u[i - 1]) {
                if TextShape.isDigit(g) {
                    glyph = true
                } else if g.value == UInt32(Channel.unreadGlyph) {
                    // (between two small letters of a name: "Röd_kra", "Sörby_n"; a small-letter word with one is
                    // mostly a garbled common word, and "FILE_NAME" an identifier)
                    glyph = (TextShape.isUpperLetter(u[0]) || u[0].value == UInt32(Channel.unreadGlyph))
                        && TextShape.isLowerLetter(u[i - 1]) && i + 1 < u.count
                        && TextShape.isLowerLetter(u[i + 1])
                    if glyph { unreadSigns += 1 }
                } else if g.isASCII && TextShape.isUpperLetter(g) {
                    capital = TextShape.isLowerLetter(u[i - 1])
                        || i == 1 && i + 1 < u.count && TextShape.isLowerLetter(u[i + 1])
                    // (a word with other capitals inside is an abbreviation's mix or OCR's garble: "ALVaSA"; a
                    // surname's particle keeps the capital after it, "DeGeer")
                    guard capital, !r.model.rules.punctuation.nameParticles.contains(
                        TextShape.lowercased(String(String.UnicodeScalarView(u[..<i])))) else { return nil }
                    glyph = true
                } else if channel.isSuspicious(g) {
                    // (two letters or more after it, opening with a consonant: not "-én", "-éns", "-ér", nor "éa")
                    let rest = u[(i + 1)...]
                    glyph = rest.count >= 2 && TextShape.isLowerLetter(rest.first!)
                        && !rest.contains(where: { TextShape.isUpperLetter($0) })
                        && !DocumentState.vowels.contains(rest.first!)
                        && !(rest.count == 2 && rest.last == "s" && (rest.first == "n" || rest.first == "r"))
                }
            }
            guard glyph else { out.append(g); continue }
            guard let reading = channel.diacriticReading(insideWord: Array(String(g).utf8)) else { return nil }
            out.append(reading.letter)
            logP += reading.logP
            edits += 1
            if capital { innerCapitals += 1 }
        }
        return edits > 0 ? (String(out), logP, edits, innerCapitals, unreadSigns) : nil
    }

    /// `w` with every run of three or more equal letters cut to two and a doubled initial capital before a small
    /// letter cut to one, or nil when it has neither.
    static func withoutImpossibleRepeats(_ w: String) -> String? {
        var first = w.unicodeScalars.makeIterator()
        if let a = first.next(), let b = first.next(), let c = first.next(), a == b,
           TextShape.isUpperLetter(a), TextShape.isLowerLetter(c) {
            return withoutImpossibleRepeats(String(w.unicodeScalars.dropFirst())) ?? String(w.unicodeScalars.dropFirst())
        }
        // (nearly every word has none: a byte scan settles it without building anything)
        var run = 0
        var last: UInt8 = 0
        var found = false
        for b in w.utf8 {
            run = b == last ? run + 1 : 1
            last = b
            if run == 3 { found = true; break }
        }
        guard found else { return nil }
        var out = String.UnicodeScalarView()
        var changed = false
        var p1: Unicode.Scalar?, p2: Unicode.Scalar?
        for u in w.unicodeScalars {
            if u == p1 && u == p2 && TextShape.isLetter(u) {
                changed = true
                continue
            }
            out.append(u)
            (p2, p1) = (p1, u)
        }
        return changed ? String(out) : nil
    }

    /// A letter in small case, for comparisons that ignore case (ASCII and Latin-1 without a table look-up).
    static func foldScalar(_ u: Unicode.Scalar) -> UInt32 {
        let v = u.value
        if v >= 0x41 && v <= 0x5A || v >= 0xC0 && v <= 0xDE && v != 0xD7 { return v + 0x20 }
        if v < 0x80 || v >= 0xDF && v <= 0xFF { return v }
        return u.properties.lowercaseMapping.unicodeScalars.first?.value ?? v
    }

    /// Fewest times the document must write a word before a garbled copy of it reads as it (`documentWords`).
    static let documentWordMinCount = 3
    /// Least edit gain of a document whose garbled words are read as its own frequent words: a clean text's rare
    /// forms beside its frequent ones are inflections and variants ("phreakande" beside "phreakare").
    static let documentWordMinEditBoost = 0.5

    /// `lower` is a listed word with å/ä/ö it lacks ("aret" of "året").
    static func strippedOfDiacritics(_ lower: [UInt8], in lexicon: Lexicon) -> Bool {
        var found = false
        Lexicon.skeleton(lower).withUnsafeBufferPointer { sk in
            lexicon.skeletonMatches(sk) { key, m in
                if !found, key.count > lower.count, m.flags.contains(.valid), !m.flags.contains(.unverified) { found = true }
            }
        }
        return found
    }

    /// The letters where `lower`, no listed word, differs from the most frequent listed word with its skeleton and
    /// as many letters, as (listed letter, OCR letter) pairs: "fräga" gives (å, ä), "fraga" (å, a).
    static func skeletonMisreadings(_ lower: [UInt8], in lexicon: Lexicon) -> [(Unicode.Scalar, Unicode.Scalar)] {
        var best: [UInt8]?
        var bestLogP = -Double.infinity
        Lexicon.skeleton(lower).withUnsafeBufferPointer { sk in
            lexicon.skeletonMatches(sk) { key, m in
                if m.logP > bestLogP, m.flags.contains(.valid), !m.flags.contains(.unverified) {
                    best = Array(key)
                    bestLogP = m.logP
                }
            }
        }
        guard let best else { return [] }
        let a = Array(String(decoding: best, as: UTF8.self).unicodeScalars)
        let b = Array(String(decoding: lower, as: UTF8.self).unicodeScalars)
        guard a.count == b.count else { return [] }
        return zip(a, b).filter { $0 != $1 }
    }

    /// The capitals inside a small-letter word ("stOd", "mOtet", "JOnsson") that stand for one of å/ä/ö,
    /// as (listed letter, OCR capital) pairs, when writing them so gives a listed word; at most two.
    static func innerCapitalMisreadings(_ token: String, in lexicon: Lexicon) -> [(Unicode.Scalar, Unicode.Scalar)] {
        // (most words have no ASCII capital after their first byte, and so none after their first letter)
        guard token.utf8.dropFirst().contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return [] }
        let scalars = Array(token.unicodeScalars)
        var inner: [Int] = []
        // (or after a first capital, before a small letter: "JOnsson")
        for i in scalars.indices.dropFirst() where TextShape.isUpperLetter(scalars[i]) && scalars[i].isASCII
            && (TextShape.isLowerLetter(scalars[i - 1])
                || i == 1 && i + 1 < scalars.count && TextShape.isLowerLetter(scalars[i + 1])) { inner.append(i) }
        guard !inner.isEmpty, inner.count <= 2,
              scalars.allSatisfy({ TextShape.isLetter($0) || !$0.properties.isAlphabetic }),
              scalars.filter({ TextShape.isLetter($0) }).count >= 3 else { return [] }
        let best = mostFrequentListed(slots: inner.count, options: { _ in swedishLetters }, word: { chosen in
            var out = String.UnicodeScalarView()
            for (i, u) in scalars.enumerated() where TextShape.isLetter(u) {
                if let j = inner.firstIndex(of: i) { out.append(chosen[j]) } else {
                    out.append(contentsOf: String(u).lowercased().unicodeScalars)
                }
            }
            return String(out)
        }, in: lexicon)
        guard let best else { return [] }
        return inner.indices.map { (best[$0], scalars[inner[$0]]) }
    }

    /// The letters with dots or a ring that `lower` (no listed word) writes for others, as (listed letter, OCR letter)
    /// pairs, when writing each of them as one of å/ä/ö gives a listed word: "fürslag" gives (ö, ü) from an engine set
    /// up for French or German, "ordfårande" (ö, å) from one set up for Danish. Each such letter stands for one letter
    /// throughout the word; the most frequent word decides; at most two such letters. (é is Swedish too, "idé", and
    /// the tables' own look-alike for ö.)
    static func foreignMisreadings(_ lower: String, in lexicon: Lexicon) -> [(Unicode.Scalar, Unicode.Scalar)] {
        var marked: [Unicode.Scalar] = []
        for u in lower.unicodeScalars where u.value >= 0x80 && u != "é" && !marked.contains(u) { marked.append(u) }
        guard !marked.isEmpty, marked.count <= 2 else { return [] }
        let best = mostFrequentListed(slots: marked.count, options: { k in
            swedishLetters + (swedishLetters.contains(marked[k]) ? [] : [marked[k]])
        }, word: { chosen in
            guard chosen != marked else { return nil }
            var out = String.UnicodeScalarView()
            for u in lower.unicodeScalars { out.append(marked.firstIndex(of: u).map { chosen[$0] } ?? u) }
            return String(out)
        }, in: lexicon)
        return best.map { zip($0, marked).filter { $0 != $1 } } ?? []
    }

    /// Shortest measure word of a genitive compound after a numeral ("dagar", "timmar"; "ar" is no measure of its own).
    static let measureHeadMinLetters = 4

    /// `seg` reads as written as a listed word, a genitive s and a listed word that may end a compound
    /// ("dagars|biljett").
    func isMeasureCompoundAsWritten(_ seg: String) -> Bool {
        let b = Array(TextShape.lowercased(seg).utf8)
        guard b.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A || $0 >= 0x80 }) else { return false }
        @inline(__always) func listed(_ w: ArraySlice<UInt8>) -> LexiconEntry? {
            guard let e = lexicon.entry(Array(w)), e.flags.contains(.valid), !e.flags.contains(.unverified) else { return nil }
            return e
        }
        // (every byte is a letter's: the head's letters are its bytes that start one)
        for q in b.indices where q + 3 < b.count && b[q] == UInt8(ascii: "s")
            && b[..<q].lazy.filter({ $0 & 0xC0 != 0x80 }).count >= DocumentState.measureHeadMinLetters {
            guard listed(b[..<q]) != nil, let tail = listed(b[(q + 1)...]), DocumentState.isCompoundTail(tail) else { continue }
            return true
        }
        return false
    }

    /// The small letters with a ring or dots, the ones an engine without Swedish data cannot read.
    static let ringAndDotLetters: [Unicode.Scalar] = ["å", "ä", "ö"]

    /// The letter a sign inside a word stands for, with the sign, when writing that letter in its place (once or
    /// twice) gives a listed word and the word has three letters besides: "d4tum" gives (a, 4), "för5lag" (s, 5).
    /// The signs are digits, Latin-1's symbols (¡ ¢ £ …) that are no punctuation, the unread-glyph sign and
    /// `Channel.innerSigns`.
    static func glyphMisreading(_ lower: String, in lexicon: Lexicon) -> (Unicode.Scalar, Unicode.Scalar)? {
        guard lower.utf8.count >= 4, TextShape.hasByte(lower, where: {
            $0 >= 0x30 && $0 <= 0x39 || $0 == 0xC2 || $0 == Channel.unreadGlyph || Channel.innerSigns.utf8.contains($0)
        }) else { return nil }
        let sc = Array(lower.unicodeScalars)
        var glyph: Unicode.Scalar?
        var letters = 0, times = 0
        for u in sc {
            if TextShape.isLetter(u) { letters += 1; continue }
            guard TextShape.isDigit(u) || u.value >= 0xA1 && u.value <= 0xBF && !"§«»°·".unicodeScalars.contains(u)
                    || Channel.innerSigns.unicodeScalars.contains(u) || u.value == UInt32(Channel.unreadGlyph),
                  glyph == nil || glyph == u else { return nil }
            glyph = u
            times += 1
        }
        guard let g = glyph, letters >= 3, times <= 2 else { return nil }
        let best = mostFrequentListed(slots: 1, options: { _ in genericLetterScalars }, word: { chosen in
            var out = String.UnicodeScalarView()
            for u in sc { out.append(u == g ? chosen[0] : u) }
            return String(out)
        }, in: lexicon)
        return best.map { ($0[0], g) }
    }

    /// Words shorter than this teach no letter swap: one letter changed makes a listed word of too many of them.
    static let letterSwapMinBytes = 5
    static let letterSwapMinPlaces = 3
    static let letterSwapMinRate = 0.02
    static let letterSwapMaxWords = 200
    /// How much more probable (log) a swap's reading must be than any reading another swap gives.
    static let letterSwapMinDominance = log(20.0)

    /// The (listed letter, OCR letter) pair when one ASCII letter of `word` after its first, written as another small
    /// ASCII letter, makes a listed word (or one whose å/ä/ö OCR lost too) of a word no list holds, and no other swap
    /// makes a word nearly as frequent: "marhanvisningsavtal" gives (k, h), "HudiksvaIls" (l, I), "piats" (l, i).
    /// `lower` is the word in small letters. The third value is where: the bytes before and after the letter.
    static func letterSwap(_ word: String, lower: String, in lexicon: Lexicon) -> (Unicode.Scalar, Unicode.Scalar, UInt16)? {
        var b = Array(lower.utf8)
        let cased = Array(word.utf8)
        // (a listed word read with its å/ä/ö as well: "foresiar" is "föreslår" with an l read as i and its marks lost,
        // which the channel's tables restore; a word that is only such a listed word needs no swap)
        // (with the swapped letter itself in the listed word: a "d" that stands for ä, "sammantrddesrum", is a mark
        // lost, which the tables know, not the "a" the skeleton has there; `at` is that letter's byte in `w`)
        func listedLogP(_ w: [UInt8], at: Int? = nil) -> Double? {
            if let e = lexicon.entry(w), e.flags.contains(.valid), !e.flags.contains(.unverified) { return e.logP }
            var best: Double?
            let ci = at.map { p in w[..<p].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) } }
            Lexicon.skeleton(w).withUnsafeBufferPointer { sk in
                lexicon.skeletonMatches(sk) { key, e in
                    guard e.flags.contains(.valid), !e.flags.contains(.unverified), e.logP > (best ?? -.infinity) else { return }
                    if let ci, let at {
                        // the key's byte where its ci-th character starts
                        var n = 0, j = 0
                        while j < key.count && n < ci {
                            j += 1
                            while j < key.count && key[j] & 0xC0 == 0x80 { j += 1 }
                            n += 1
                        }
                        guard j < key.count, key[j] | 0x20 == w[at] else { return }
                    }
                    best = e.logP
                }
            }
            return best
        }
        guard cased.count == b.count, lexicon.entry(b) == nil,
              lower.unicodeScalars.allSatisfy({ TextShape.isLetter($0) }), listedLogP(b) == nil else { return nil }
        // (the lexicon's prefix and skeleton filters settle most swaps before a key is looked up)
        return lexicon.withSkeletonFilter { bits, prefixes -> (Unicode.Scalar, Unicode.Scalar, UInt16)? in
            var prefix = [Lexicon.SkeletonHasher](repeating: Lexicon.SkeletonHasher(), count: b.count + 1)
            for p in b.indices {
                var h = prefix[p]
                h.feed(b[p])
                prefix[p + 1] = h
            }
            var found: (Unicode.Scalar, Unicode.Scalar, UInt16)?
            // (the most frequent reading's pair, when no other pair's reading comes near it: "piats" is "plats" far
            // more often than "prats", "besiut" "beslut" rather than "besitt")
            var foundLogP = -Double.infinity, otherLogP = -Double.infinity
            for i in 1..<b.count where b[i] >= 0x61 && b[i] <= 0x7A {
                let was = b[i]
                for l in UInt8(ascii: "a")...UInt8(ascii: "z") where l != was {
                    var h = prefix[i]
                    h.feed(l)
                    guard Lexicon.filterHas(prefixes, h.value) else { continue }
                    for x in (i + 1)..<b.count { h.feed(b[x]) }
                    guard Lexicon.filterHas(bits, h.value) else { continue }
                    b[i] = l
                    defer { b[i] = was }
                    if let logP = listedLogP(b, at: i) {
                        let site = UInt16(b[i - 1]) << 8 | UInt16(i + 1 < b.count ? b[i + 1] : 0)
                        let pair = (Unicode.Scalar(l), Unicode.Scalar(cased[i]), site)
                        if let f = found, f.0 != pair.0 || f.1 != pair.1 {
                            if logP > foundLogP {
                                otherLogP = foundLogP
                                found = pair
                                foundLogP = logP
                            } else {
                                otherLogP = max(otherLogP, logP)
                            }
                        } else if logP >= foundLogP {
                            found = pair
                            foundLogP = logP
                        }
                    }
                }
            }
            return foundLogP - otherLogP >= letterSwapMinDominance ? found : nil
        }
    }

    /// The letters a misread sign may stand for.
    static let genericLetterScalars: [Unicode.Scalar] = Channel.genericLetters.map {
        String(decoding: $0, as: UTF8.self).unicodeScalars.first!
    }

    /// Of every way to choose one of `options(k)` for each of `slots` places, the one whose `word` is the most
    /// frequent listed word (a `word` of nil is none), or nil when no choice gives one.
    static func mostFrequentListed(slots: Int, options: (Int) -> [Unicode.Scalar], word: ([Unicode.Scalar]) -> String?,
                                   in lexicon: Lexicon) -> [Unicode.Scalar]? {
        var best: [Unicode.Scalar]?
        var bestLogP = -Double.infinity
        func tryAll(_ k: Int, _ chosen: [Unicode.Scalar]) {
            if k == slots {
                guard let w = word(chosen), let e = lexicon.entry(Array(w.utf8)), e.logP > bestLogP,
                      e.flags.contains(.valid), !e.flags.contains(.unverified) else { return }
                best = chosen
                bestLogP = e.logP
                return
            }
            for o in options(k) { tryAll(k + 1, chosen + [o]) }
        }
        tryAll(0, [])
        return best
    }

    /// A (listed letter, OCR letter) pair as one key: the listed letter's scalar value above the OCR letter's.
    static func letterPair(_ truth: Unicode.Scalar, _ ocr: Unicode.Scalar) -> UInt64 {
        UInt64(truth.value) << 32 | UInt64(ocr.value)
    }

    /// The (listed letter, OCR letter) of a `letterPair` key.
    static func letters(ofPair k: UInt64) -> (Unicode.Scalar, Unicode.Scalar)? {
        guard let t = Unicode.Scalar(UInt32(k >> 32)), let o = Unicode.Scalar(UInt32(k & 0xFFFF_FFFF)) else { return nil }
        return (t, o)
    }

    /// The letters with dots or a ring that Swedish writes, in small letters.
    static let swedishLetters: [Unicode.Scalar] = ["å", "ä", "ö"]

    /// `ocr` and `reading` differ only where this document's OCR habitually writes one letter for another
    /// (`habitualMisreadings`), and somewhere.
    func onlyHabitualMisreadings(_ ocr: String, _ reading: String) -> Bool {
        guard !habitualMisreadings.isEmpty else { return false }
        var ia = ocr.unicodeScalars.makeIterator(), ib = reading.unicodeScalars.makeIterator()
        var n = 0
        while true {
            switch (ia.next(), ib.next()) {
            case (nil, nil): return n > 0
            case (nil, _), (_, nil): return false
            case let (x?, y?):
                guard x != y else { continue }
                let key = UInt64(DocumentState.foldScalar(y)) << 32 | UInt64(DocumentState.foldScalar(x))
                guard habitualMisreadings.contains(key) else { return false }  // (letterPair, case folded)
                n += 1
            }
        }
    }

    /// What an unknown word of `letters` letters loses for its length, in this document or (`noisy`) in one as noisy
    /// or not.
    func unknownLengthLogP(_ letters: Int, noisy: Bool? = nil) -> Double {
        (noisy ?? (editBoost >= s.noisyUnknownMinEditBoost))
            ? s.noisyUnknownLetterLogP * Double(max(0, letters - s.noisyUnknownFreeLetters))
            : s.unknownLetterLogP * Double(max(0, letters - s.unknownFreeLetters))
    }

    /// The lexicon's entry for a word it lists as a word of its own (not OCR junk that wordfreq picked up).
    func listedWord(_ w: String) -> LexiconEntry? {
        guard let e = lexicon.entry(w), e.flags.contains(.valid), !e.flags.contains(.unverified) else { return nil }
        return e
    }

    /// A word the lexicon lists in small letters: neither a name nor an abbreviation.
    func listedCommonWord(_ w: String) -> Bool {
        guard let e = listedWord(w) else { return false }
        return !e.flags.contains(.capitalized) && !e.flags.contains(.uppercase)
    }

    /// Lexicon log-probability for an entry as a candidate, with case penalties; nil when it is not a word.
    func wordLogP(_ e: LexiconEntry, capitalized: Bool, allCaps: Bool) -> (Double, CandidateSource)? {
        guard e.flags.contains(.valid) || e.flags.contains(.unverified) else { return nil }
        var lp = e.logP
        if e.flags.contains(.domain) { lp += s.domainBonus }
        if !allCaps {
            if e.flags.contains(.uppercase) && !e.flags.contains(.domain) { lp -= s.caseMismatchPenalty }
            if e.flags.contains(.uppercase) && e.flags.contains(.domain) { lp -= 2 * s.caseMismatchPenalty }
            if e.flags.contains(.capitalized) && !capitalized { lp -= s.caseMismatchPenalty }
        }
        return (lp, e.flags.contains(.unverified) ? .unverified : .lexicon)
    }

    struct Match {
        var text: String
        var entry: LexiconEntry
        var logP: Double
        var edits: Int
    }

    /// Lexicon words with the same skeleton as `chars`, with the channel cost of restoring their diacritics.
    func matches(_ chars: ArraySlice<UInt32>, entryFilter: ((LexiconEntry) -> Bool)? = nil, exact: Bool = false) -> [Match] {
        guard lexicon.mayHaveSkeleton(packed: chars) else { return [] }
        var out: [Match] = []
        // a capital inside a word that is not all capitals is a misread small letter ("mOjligheter")
        let mixedCase = chars.dropFirst().contains { Packed.isUpper($0) } && chars.contains { Packed.lower($0) == $0 && $0 >= 0x61 }
        // (the skeleton and each reading are written into buffers on the stack: two arrays per call cost more than the
        // lexicon look-up, and most calls find nothing)
        let capacity = 4 * chars.count + 4
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * capacity) { buffer in
            let skel = UnsafeMutableBufferPointer(rebasing: buffer[0..<capacity])
            let text = UnsafeMutableBufferPointer(rebasing: buffer[capacity...])
            // the skeleton straight from the packed characters (what Lexicon.skeleton gives for their UTF-8), without
            // an intermediate byte array
            var skelCount = 0
            for c in chars {
                if c < 0x80 {
                    skel[skelCount] = c >= 0x41 && c <= 0x5A ? UInt8(c) + 32 : UInt8(c)
                    skelCount += 1
                } else if c >> 8 == 0xC3, let m = Lexicon.skeletonByte(UInt8(c & 0xFF)) {
                    skel[skelCount] = m
                    skelCount += 1
                } else {
                    skelCount = Packed.writeBytes(c, to: skel, at: skelCount)
                }
            }
            // (the key's characters are read off its bytes and the reading's bytes written as they are compared: most
            // keys of a skeleton fail)
            lexicon.skeletonMatches(UnsafeBufferPointer(rebasing: skel[0..<skelCount])) { key, entry in
                if let f = entryFilter, !f(entry) { return }
                var lp = 0.0, edits = 0
                var textCount = 0
                var i = chars.startIndex
                var j = 0
                while j < key.count {
                    guard i < chars.endIndex else { return }
                    let n = min(Channel.charLength(key[j]), key.count - j)
                    var wc: UInt32 = 0
                    for t in 0..<n { wc = wc << 8 | UInt32(key[j + t]) }
                    j += n
                    let hc = chars[i]
                    i += 1
                    if Packed.lower(hc) == wc { textCount = Packed.writeBytes(hc, to: text, at: textCount); continue }
                    if exact { return }
                    let truth = Packed.isUpper(hc) ? Packed.upper(wc) : wc
                    guard let r = channel.restoreLogP(truth: truth, ocr: hc) else { return }
                    lp += r
                    edits += 1
                    textCount = Packed.writeBytes(mixedCase && i - 1 > chars.startIndex && Packed.isUpper(hc) ? wc : truth,
                                                  to: text, at: textCount)
                }
                guard i == chars.endIndex else { return }
                out.append(Match(text: String(decoding: UnsafeBufferPointer(rebasing: text[0..<textCount]), as: UTF8.self),
                                 entry: entry, logP: lp, edits: edits))
            }
        }
        return out
    }

    struct Part {
        var chars: [UInt32]
        var lexLogP: Double
        var chanLogP: Double
        var edits: Int
        var total: Double { lexLogP + chanLogP }
    }

    /// Memo of one compound search over one character sequence.
    /// Positions index plain arrays (no hashing); `.none` = not worked out yet, `.some(nil)` = there is none.
    struct CompoundMemo {
        /// Best compound of chars[from...], by `from`.
        var best: [Part??]
        /// Best single-word tail chars[q...], by `q`: it does not depend on where the head starts, so every head
        /// start of the search shares it instead of looking the same tail up again.
        var tails: [Part??]
        /// Log-odds the document lends each restoration, added when parts are compared (not to their `chanLogP`).
        let editGain: Double

        init(count: Int, editGain: Double = 0) {
            best = [Part??](repeating: .none, count: count + 1)
            tails = [Part??](repeating: .none, count: count + 1)
            self.editGain = editGain
        }
    }

    /// A listed word that may end a compound.
    static func isCompoundTail(_ e: LexiconEntry) -> Bool {
        e.flags.contains(.valid) && e.flags.contains(.compoundEnd) && !e.flags.contains(.unverified)
            && !e.flags.contains(.capitalized) && !e.flags.contains(.uppercase)
    }

    /// A listed form that may open a compound or stand inside one.
    static func isCompoundHead(_ e: LexiconEntry) -> Bool {
        // a form hunspell lists for compounds only counts even when wordfreq's OCR junk also holds it ("familje")
        // (a word hunspell accepts before a tail, or a domain word, which no hunspell flag covers)
        (e.flags.contains(.compoundPart) || e.flags.contains(.valid) && !e.flags.contains(.unverified)
            && (e.flags.contains(.compoundBegin) || e.flags.contains(.domain)))
            && !e.flags.contains(.uppercase)
    }

    /// Lowest word log-probability that tells two listed heads of one skeleton apart (`compound`).
    static let headVariantFloorLogP = -25.0

    /// Best compound reading of chars[from...]: a head (word, compound-only part, or word + linking s) and a tail.
    func compound(_ chars: [UInt32], from: Int, depth: Int, memo: inout CompoundMemo, exact: Bool = false) -> Part? {
        if let m = memo.best[from] { return m }
        let n = chars.count
        var best: Part?
        let tailOK = DocumentState.isCompoundTail, headOK = DocumentState.isCompoundHead
        guard n - from >= 6 else { memo.best[from] = .some(nil); return nil }
        // skeleton hashes of the heads chars[from..<q - 1] and chars[from..<q], carried along as q grows: most heads
        // and head variants are no word, and the filter says so from these without building the head (matches()
        // would give [] after the same test)
        var hashBefore = Lexicon.skeletonSeed
        for k in from..<(from + 2) { Lexicon.mixSkeleton(&hashBefore, packed: chars[k]) }
        var hashAt = hashBefore
        // a head rarer than the tail cap makes the compound rarer ("ståts|bidrag" beside "stats|bidrag"); a
        // compound-only part has no frequency of its own and costs nothing
        let headCap = s.compoundTailCap, headMax = s.compoundHeadMaxPenalty
        @inline(__always) func headTerm(_ e: LexiconEntry) -> Double {
            guard headMax > 0, e.flags.contains(.valid) else { return 0 }
            return max(min(e.logP, headCap) - headCap, -headMax)
        }
        let gain = memo.editGain
        @inline(__always) func headScore(_ m: Match) -> Double { m.logP + gain * Double(m.edits) + headTerm(m.entry) }
        @inline(__always) func score(_ p: Part) -> Double { p.total + gain * Double(p.edits) }
        // between two listed words for the same head the more frequent one, below the cap too: a document that wrote
        // no å/ä/ö says nothing of its vowels, and "alv|stjärnan" is "älv|stjärnan" (a part the lexicon holds only for
        // compounds competes by `headScore`, as before)
        @inline(__always) func betterHead(_ a: Match, than b: Match?) -> Bool {
            guard let b else { return true }
            if a.entry.flags.contains(.valid) && b.entry.flags.contains(.valid) {
                let floor = DocumentState.headVariantFloorLogP
                return a.logP + gain * Double(a.edits) + max(a.entry.logP, floor)
                    > b.logP + gain * Double(b.edits) + max(b.entry.logP, floor)
            }
            return headScore(a) > headScore(b)
        }
        // (the hash is passed in: a local function that reads the loop's variables makes every access to them a
        // checked one)
        @inline(__always) func headMay(_ hash: UInt32, plus extra: UInt32? = nil) -> Bool {
            var h = hash
            if let extra { Lexicon.mixSkeleton(&h, packed: extra) }
            return lexicon.mayHaveSkeleton(hash: h)
        }
        var q = from + 2
        while q < n - 3 {
            q += 1
            hashBefore = hashAt
            Lexicon.mixSkeleton(&hashAt, packed: chars[q - 1])
            var tail: Part?
            if let cached = memo.tails[q] {
                tail = cached
            } else {
                for m in matches(chars[q...], entryFilter: tailOK, exact: exact) {
                    // a compound is much rarer than its tail: a frequent short tail ("år", "den") must not make it likely
                    let p = Part(chars: Packed.chars(Array(m.text.utf8)), lexLogP: min(m.entry.logP, s.compoundTailCap),
                                 chanLogP: m.logP, edits: m.edits)
                    if tail == nil || score(p) > score(tail!) { tail = p }
                }
                memo.tails[q] = .some(tail)
            }
            if depth < 2 && n - q >= 6, let t = compound(chars, from: q, depth: depth + 1, memo: &memo, exact: exact) {
                if tail == nil || score(t) > score(tail!) { tail = t }
            }
            guard let t = tail else { continue }
            // (a head only lowers a split's score, unless the document lends a restoration more than it costs; the
            // search may then stop short of such a split, but never returns a worse one than it saw)
            if let b = best, score(t) - s.compoundPenalty <= score(b) { continue }
            var head: Match?
            if headMay(hashAt) {
                for m in matches(chars[from..<q], entryFilter: headOK, exact: exact) where betterHead(m, than: head) { head = m }
            }
            var headChars: [UInt32]?
            var headLP = 0.0, headEdits = 0
            // a head ending in s may be a word and a linking s, and a listed one ("starts", a rare genitive) is also
            // tried so: "bok|start|s|projekt" links the frequent "start" (a head the lexicon holds only for compounds,
            // "tårt-", costs nothing, and would otherwise outscore it with an å the OCR never read)
            // (a head ending in s, x or z takes no linking s: "processsledare" is a doubled letter, not "process|s|ledare")
            var linked: Match?
            if q - from > 3, Packed.lower(chars[q - 1]) == UInt32(UInt8(ascii: "s")), headMay(hashBefore) {
                for m in matches(chars[from..<(q - 1)], entryFilter: headOK, exact: exact)
                where betterHead(m, than: linked) && !"sxz".utf8.contains(m.text.utf8.last.map { $0 | 0x20 } ?? 0) {
                    linked = m
                }
            }
            if let l = linked, head.map({ headScore(l) > headScore($0) }) ?? true {
                head = l
                headChars = Packed.chars(Array(l.text.utf8)) + [chars[q - 1]]; headLP = l.logP; headEdits = l.edits
            } else if let h = head {
                headChars = Packed.chars(Array(h.text.utf8)); headLP = h.logP; headEdits = h.edits
            }
            if headChars == nil {
                // heads that drop a final vowel ("skol-" of skola) or a third equal consonant ("nat|tillsyn");
                // each variant as (end of the stem it keeps, character added), built only when the filter passes
                // (in this order: +a, +e, then the two below when they apply; no array per split)
                let last = Packed.lower(chars[q - 1])
                // "förskole-" of förskola, "kyrko-" of kyrka
                let dropVowel = q - from >= 4 && (last == 0x65 || last == 0x6F)
                let tripled = Packed.lower(chars[q - 1]) == Packed.lower(chars[q])
                for k in 0..<4 {
                    let end: Int, added: UInt32
                    switch k {
                    case 0: (end, added) = (q, 0x61)
                    case 1: (end, added) = (q, 0x65)
                    case 2:
                        guard dropVowel else { continue }
                        (end, added) = (q - 1, 0x61)
                    default:
                        guard tripled else { continue }
                        (end, added) = (q, chars[q])
                    }
                    guard headMay(end == q ? hashAt : hashBefore, plus: added) else { continue }
                    let v = Array(chars[from..<end]) + [added]
                    for m in matches(v[...], entryFilter: headOK, exact: exact) where betterHead(m, than: head) { head = m }
                    if head != nil { break }
                }
                if let h = head {
                    headChars = Array(Packed.chars(Array(h.text.utf8)).prefix(q - from - 1)) + [chars[q - 1]]
                    headLP = h.logP; headEdits = h.edits
                }
            }
            guard let hc = headChars, let h = head else { continue }
            let p = Part(chars: hc + t.chars, lexLogP: t.lexLogP - s.compoundPenalty + headTerm(h.entry),
                         chanLogP: t.chanLogP + headLP,
                         edits: t.edits + headEdits)
            if best == nil || score(p) > score(best!) { best = p }
        }
        memo.best[from] = .some(best)
        return best
    }

    /// Shortest word, and shortest tail, read as a loosely linked compound (a four-letter tail, "fasts|tala", is
    /// as often a garbled word's chance split).
    static let looseCompoundMinLetters = 10
    static let looseCompoundMinTailLetters = 5

    /// Log-probability of `chars` read as written as a listed head, a linking s and a listed word that hunspell does
    /// not flag as a compound's end ("kunskaps|noden"); nil when no such split exists.
    func looseLinkedCompound(_ chars: [UInt32]) -> Double? {
        let n = chars.count
        let minHead = DocumentState.editedPartMinChars, minTail = DocumentState.looseCompoundMinTailLetters
        guard n >= minHead + 1 + minTail else { return nil }
        let looseTail: (LexiconEntry) -> Bool = {
            $0.flags.contains(.valid) && !$0.flags.contains(.unverified) && !$0.flags.contains(.capitalized)
                && !$0.flags.contains(.uppercase)
        }
        var best: Double?
        // (the head with its s, as hunspell lists "kunskaps" for compounds, or a word and a linking s)
        for q in minHead...(n - 1 - minTail)
        where Packed.lower(chars[q]) == 0x73 && isHeadAsWritten(chars[...q], exact: true) {
            for m in matches(chars[(q + 1)...], entryFilter: looseTail, exact: true) where m.edits == 0 {
                let lp = min(m.entry.logP, s.compoundTailCap)
                if best == nil || lp > best! { best = lp }
            }
        }
        return best
    }

    /// Whether `slice` as written may open a compound: a listed head, or one of `editedPartMinChars` letters or more
    /// and a linking s (a head ending in s, x or z takes no linking s).
    func isHeadAsWritten(_ slice: ArraySlice<UInt32>, exact: Bool = false) -> Bool {
        if !matches(slice, entryFilter: DocumentState.isCompoundHead, exact: exact).isEmpty { return true }
        guard slice.count > DocumentState.editedPartMinChars, let l = slice.last, Packed.lower(l) == 0x73
        else { return false }
        return matches(slice.dropLast(), entryFilter: DocumentState.isCompoundHead, exact: exact).contains {
            !"sxz".utf8.contains($0.text.utf8.last.map { $0 | 0x20 } ?? 0)
        }
    }

    /// Shortest word the edited-part compound search reads.
    static let editedCompoundMinLetters = 10
    /// Shortest part read as written around the edited one, and most characters of the edited part.
    static let editedPartMinChars = 4
    static let editedPartMaxChars = 16
    /// Most edited parts one word's search reads.
    static let editedPartMaxSearches = 12

    /// Compound readings of `chars` with one letter lost, added or misread inside one part, between parts read as
    /// written (with the channel's usual restorations), each with the channel log-probability and edits of the
    /// edited part's reading.
    func compoundsWithEditedPart(_ chars: [UInt32]) -> [(part: Part, logP: Double, edits: Int)] {
        let n = chars.count
        let minPart = DocumentState.editedPartMinChars
        guard n >= 2 * minPart else { return [] }
        // where the heads read as written may end (0: before any) ...
        var headsEnd = [Bool](repeating: false, count: n + 1)
        headsEnd[0] = true
        for p in 0...(n - 2 * minPart) where headsEnd[p] {
            for q in (p + minPart)...(n - minPart) where !headsEnd[q] && isHeadAsWritten(chars[p..<q]) {
                headsEnd[q] = true
            }
        }
        // ... and where the parts read as written up to the word's end may start (n: after the last)
        var tailStarts = [Bool](repeating: false, count: n + 1)
        tailStarts[n] = true
        for q in stride(from: n - minPart, through: minPart, by: -1) {
            tailStarts[q] = !matches(chars[q...], entryFilter: DocumentState.isCompoundTail).isEmpty
                || q + 2 * minPart <= n
                && ((q + minPart)...(n - minPart)).contains { tailStarts[$0] && isHeadAsWritten(chars[q..<$0]) }
        }
        var out: [(part: Part, logP: Double, edits: Int)] = []
        var tried: Set<[UInt32]> = []
        var searches = 0
        for p in 0...(n - minPart) where headsEnd[p] {
            for q in (p + minPart - 1)...n where tailStarts[q] && q - p <= DocumentState.editedPartMaxChars
                && !(p == 0 && q == n) {
                // (a part that is a word as written is one the lexicon cannot put into compounds, not a garbled one:
                // "kunskaps|noden", "pulp|tidning")
                guard matches(chars[p..<q]).isEmpty,
                      !(q < n && q - p > minPart && Packed.lower(chars[q - 1]) == 0x73 && !matches(chars[p..<(q - 1)]).isEmpty)
                else { continue }
                guard searches < DocumentState.editedPartMaxSearches else { return out }
                searches += 1
                var bytes: [UInt8] = []
                for c in chars[p..<q] { Packed.appendBytes(c, to: &bytes) }
                var readings = channel.hypotheses(for: bytes, limit: 64, generic: true, maxEdits: 1, wordsOf: lexicon)
                // (a head with its linking s: the s is no part of the listed word)
                if q < n, let l = bytes.last, l | 0x20 == 0x73, bytes.count > minPart {
                    readings += channel.hypotheses(for: Array(bytes.dropLast()), limit: 64, generic: true, maxEdits: 1,
                                                   wordsOf: lexicon).map { var h = $0; h.text.append(l); return h }
                }
                for h in readings where h.edits > 0 {
                    // (the generic edits also swap a letter for its other case, which is no reading of a part)
                    let edited = Packed.chars(h.text)
                    guard edited.count != q - p || !zip(edited, chars[p..<q]).allSatisfy({ Packed.lower($0) == Packed.lower($1) })
                    else { continue }
                    let v = Array(chars[..<p]) + edited + Array(chars[q...])
                    guard tried.insert(v).inserted else { continue }
                    var memo = CompoundMemo(count: v.count)
                    if let c = compound(v, from: 0, depth: 0, memo: &memo) { out.append((c, h.logP, h.edits)) }
                }
            }
        }
        return out
    }

    // MARK: context

    func contextBonuses(at k: Int, candidates: [RepairCandidate], tokens: [String]) -> [Double] {
        func norm(_ t: String?) -> String? {
            guard let t else { return nil }
            let core = tokenParts(t).core
            return core.isEmpty ? nil : TextShape.lowercased(core)
        }
        // a sentence end or line end cuts the context
        let leftTok = k > 0 ? tokens[k - 1] : nil
        let left = leftTok.flatMap { $0.last.map { ".!?:".contains($0) } == true ? nil : norm($0) }
        let thisEndsSentence = tokens[k].last.map { ".!?:,;".contains($0) } ?? false
        let right = thisEndsSentence ? nil : norm(k + 1 < tokens.count ? tokens[k + 1] : nil)
        /// A neighbour (token `j`) in a cue's list of words, where "#number" stands for any number, "#year" for a year,
        /// "#count" for a number that is no year, and "#name" for a name: one the lexicon lists, or a capitalised word
        /// inside a run of them ("Annika Wärn").
        /// (a count is no reference: a law's or a case's number, "(2010:800)", "79/2023)", counts nothing)
        func listed(_ list: [String], _ word: String, at j: Int) -> Bool {
            list.contains(word) || (list.contains("#number") && TextShape.isNumberLike(word))
                || (list.contains("#year") && TextShape.isYear(word))
                || (list.contains("#count") && TextShape.isNumberLike(word) && !TextShape.isYear(word)
                    && !TextShape.hasByte(word, where: { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "/") })
                    && tokens[j].utf8.last != UInt8(ascii: ")"))
                || (list.contains("#name") && (j < namePositions.count && namePositions[j]
                                               || isListedName(String(tokenParts(tokens[j]).core))))
        }
        let nameCue = k < namePositions.count && namePositions[k]
        let writtenMarks = nameCue ? DocumentState.swedishMarks(tokenParts(tokens[k]).core) : []
        return candidates.map { c in
            var bonus = 0.0
            for cue in r.cuesByWord[TextShape.lowercased(c.text)] ?? [] {
                // each condition the cue gives: whether the neighbour meets it (a missing neighbour does not)
                var any = false, every = true
                func note(_ met: Bool) { any = any || met; every = every && met }
                if let cl = cue.left { note(left.map { listed(cl, $0, at: k - 1) } ?? false) }
                if let cr = cue.right { note(right.map { listed(cr, $0, at: k + 1) } ?? false) }
                if let suf = cue.leftSuffix {
                    note(left.map { ll in suf.contains { ll.count > $0.count + 2 && ll.hasSuffix($0) } } ?? false)
                }
                if let suf = cue.rightSuffix {
                    note(right.map { rr in suf.contains { rr.count > $0.count + 2 && rr.hasSuffix($0) } } ?? false)
                }
                if let notSuf = cue.rightNotSuffix { note(right.map { rr in !notSuf.contains { rr.hasSuffix($0) } } ?? false) }
                if cue.all == true ? any && every : any { bonus += cue.weight }
            }
            // a first name or a surname beside another name reads as a name the lexicon lists ("Osten Backman" is
            // Östen, not the cheese; "Kare Lovgren" is Kåre): only a bonus, as a surname may be a common word too
            // (a fair page's Swedish OCR reads the å, ä and ö of a name as printed, whatever else it garbles: "Frida
            // Wästerlund" is no "Westerlund", while "Håkarsson" is Håkansson)
            if nameCue, isListedName(c.text),
               channel.legacyWeight >= 0.5 || editBoost >= s.noisyUnknownMinEditBoost || writtenMarks.isEmpty
                || DocumentState.swedishMarks(c.text) == writtenMarks {
                bonus += s.nameCueWeight
            }
            return bonus
        }
    }

    /// The word's å, ä and ö in order, in small letters.
    static func swedishMarks(_ w: String) -> [Unicode.Scalar] {
        w.unicodeScalars.compactMap { u in
            switch u {
            case "å", "Å": return "å"
            case "ä", "Ä": return "ä"
            case "ö", "Ö": return "ö"
            default: return nil
            }
        }
    }

    /// The capitalised word is a municipality or region of the domain lexicon, or its genitive ("Marks", "Älvdalens").
    func isPlaceName(_ core: String) -> Bool {
        let places = r.model.placeNames
        guard !places.isEmpty, let f = core.unicodeScalars.first, TextShape.isUpperLetter(f) else { return false }
        let lower = TextShape.lowercased(core)
        return places.contains(lower) || lower.hasSuffix("s") && places.contains(String(lower.dropLast()))
    }

    /// Marks that open a quotation or a title.
    static let quoteMarks: Set<Unicode.Scalar> = ["\"", "”", "“", "„", "«", "»", "'", "’"]

    /// A capitalised word the lexicon lists as a name.
    func isListedName(_ text: String) -> Bool {
        guard let f = text.unicodeScalars.first, TextShape.isUpperLetter(f), !TextShape.isAllCaps(text),
              let e = listedWord(text) else { return false }
        // (a frequent word is a common one that sentences start with, "Här", "Vår": no name is that frequent)
        return e.flags.contains(.capitalized) && e.logP < DocumentState.nameMaxLogP
    }

    /// Highest log-probability of a word read as a name by its position.
    static let nameMaxLogP = -9.0
    /// The same for a word that opens a sentence, where every word is capitalised.
    static let openingNameMaxLogP = -11.5
    /// Least edit gain of a Swedish OCR document whose names beside names read as listed ones (0.1 read "Paterson"
    /// in clean prose as "Patterson"; 0.5 left "Håkarsson" in a scan with a gain of 0.36).
    static let nameCueMinEditBoost = 0.25

    /// Which tokens stand inside a run of names: a capitalised word of letters, not opening a sentence, with another
    /// such word right beside it on its line and no sign between them ("valdes Osten Backman och").
    static func namePositions(_ tokens: [String], lineStarts: [Bool]) -> [Bool] {
        // (on the bytes: a capital of A–Z or Latin-1, then small letters or hyphens; other scripts count as no name)
        func capitalizedWord<S: Collection>(_ t: S) -> Bool where S.Element == UInt8 {
            var it = t.makeIterator()
            var first = true, n = 0
            while let b = it.next() {
                n += 1
                if b == 0xC3 {
                    guard let c = it.next() else { return false }
                    if first ? !(c >= 0x80 && c <= 0x9E && c != 0x97) : !(c >= 0x9F && c <= 0xBF && c != 0xB7) { return false }
                } else if first ? !(b >= 0x41 && b <= 0x5A) : !(b >= 0x61 && b <= 0x7A || b == UInt8(ascii: "-")) {
                    return false
                }
                first = false
            }
            return n >= 2
        }
        // (most tokens show a small letter, a digit or a sign at their first bytes)
        let mayBe = tokens.map { $0.utf8.first.map { $0 >= 0x41 && $0 <= 0x5A || $0 == 0xC3 } ?? false }
        /// The token is a capitalised word, with signs after it or (`bare`) without: a word followed by a sign ends
        /// the run ("Osten, Backman" are two entries of a list).
        func capitalized(_ k: Int, bare: Bool) -> Bool {
            guard mayBe[k] else { return false }
            let u = tokens[k].utf8
            if bare { return capitalizedWord(u) }
            // (signs after the word are ASCII: a byte of a letter is a letter's, `capitalizedWord` judges it)
            var end = u.endIndex
            while end > u.startIndex {
                let b = u[u.index(before: end)]
                guard b < 0x80, !(b >= 0x41 && b <= 0x5A || b >= 0x61 && b <= 0x7A) else { break }
                end = u.index(before: end)
            }
            return capitalizedWord(u[u.startIndex..<end])
        }
        var out = [Bool](repeating: false, count: tokens.count)
        for k in tokens.indices where capitalized(k, bare: false) {
            let opens = startsSentence(at: k, tokens: tokens, lineStarts: lineStarts)
            let joinsNext = k + 1 < tokens.count && !lineStarts[k + 1] && capitalized(k, bare: true)
                && capitalized(k + 1, bare: false)
            let joinsPrev = k > 0 && !lineStarts[k] && capitalized(k - 1, bare: true)
            out[k] = !opens && joinsNext || joinsPrev
        }
        return out
    }
}
