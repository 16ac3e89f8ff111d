import Foundation

/// Changes, fixes and breakages attributed to one repair rule.
public struct RuleStats: Sendable, Codable, Hashable {
    public var changes = 0
    /// Wrong in the OCR, right after repair.
    public var fixed = 0
    /// Right in the OCR, wrong after repair.
    public var broken = 0
    public init() {}
}

/// One OCR token as evaluated: what OCR said, what repair made of it, and the aligned truth.
public struct EvalToken: Sendable, Codable, Hashable {
    public var file: String
    public var index: Int
    public var ocr: String
    public var repaired: String
    /// The aligned ground-truth word; nil when OCR inserted the token.
    public var truth: String?
    public var rule: String?

    public var rawRight: Bool { truth == ocr }
    public var repairedRight: Bool { truth == repaired }
}

/// Repair measured on one OCR/ground-truth pair.
public struct FileEvaluation: Sendable, Codable, Hashable {
    public var name: String
    public var raw: TextMetrics
    public var repaired: TextMetrics
    public var legacyWeight: Double
    public var fixed: Int
    public var broken: Int
    public var changes: Int
}

/// What `renskrift eval` measures: word accuracy, CER, å/ä/ö words, fixed and broken words, per rule.
public struct RepairEvaluation: Sendable, Codable {
    public var raw: TextMetrics
    public var repaired: TextMetrics
    /// Ground-truth words containing å, ä or ö, and how many of them OCR and repair got right.
    public var diacriticWords: Int
    public var diacriticRightRaw: Int
    public var diacriticRightRepaired: Int
    public var fixed: Int
    public var broken: Int
    public var changes: Int
    /// Tokens that were right in the OCR.
    public var rawRightTokens: Int
    public var perRule: [String: RuleStats]
    public var files: [FileEvaluation]
    /// Every token, so that a later run can be diffed against this one.
    public var tokens: [EvalToken]

    public var diacriticAccuracyRaw: Double { diacriticWords == 0 ? 1 : Double(diacriticRightRaw) / Double(diacriticWords) }
    public var diacriticAccuracyRepaired: Double {
        diacriticWords == 0 ? 1 : Double(diacriticRightRepaired) / Double(diacriticWords)
    }
    /// Share of right OCR words that repair broke.
    public var brokenRate: Double { rawRightTokens == 0 ? 0 : Double(broken) / Double(rawRightTokens) }
    /// Relative reduction of word errors.
    public var errorReduction: Double {
        raw.wordErrors == 0 ? 0 : 1 - Double(repaired.wordErrors) / Double(raw.wordErrors)
    }
}

/// Runs the repair stage over OCR/ground-truth folders and compares runs.
public enum RepairEvaluator {
    /// Pairs OCR files with the ground-truth file of the same name.
    public static func pairs(truth: URL, ocr: URL) throws -> [(name: String, truth: URL, ocr: URL)] {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: ocr.path) else {
            throw RenskriftError.notFound(path: ocr.path)
        }
        let out = names.filter { $0.hasSuffix(".txt") }.sorted().compactMap { n -> (String, URL, URL)? in
            let t = truth.appendingPathComponent(n)
            return fm.fileExists(atPath: t.path) ? (String(n.dropLast(4)), t, ocr.appendingPathComponent(n)) : nil
        }
        if out.isEmpty {
            throw RenskriftError.invalidArgument("no file in \(ocr.path) has a ground-truth file of the same name in \(truth.path)")
        }
        return out
    }

    public static func evaluate(repairer: Repairer, truth: URL, ocr: URL) throws -> RepairEvaluation {
        var files: [(String, String, String)] = []
        for p in try pairs(truth: truth, ocr: ocr) {
            files.append((p.name, try RepairIO.read(p.truth.path), try RepairIO.read(p.ocr.path)))
        }
        return evaluate(repairer: repairer, files: files)
    }

    /// Evaluates (name, truth text, OCR text) triples.
    public static func evaluate(repairer: Repairer, files: [(String, String, String)]) -> RepairEvaluation {
        var ev = RepairEvaluation(raw: TextMetrics(truthWords: 0, wordErrors: 0, truthCharacters: 0, characterErrors: 0),
                                  repaired: TextMetrics(truthWords: 0, wordErrors: 0, truthCharacters: 0, characterErrors: 0),
                                  diacriticWords: 0, diacriticRightRaw: 0, diacriticRightRepaired: 0, fixed: 0,
                                  broken: 0, changes: 0, rawRightTokens: 0, perRule: [:], files: [], tokens: [])
        for (name, truthText, ocrText) in files {
            let result = repairer.repair(text: ocrText)
            let ocrTokens = ocrText.split(whereSeparator: \.isWhitespace).map(String.init)
            // per OCR token (a split leaves two words in one slot; the text metrics below count them properly)
            var repTokens = ocrTokens
            for c in result.changes where c.index < repTokens.count { repTokens[c.index] = c.correction.replacement }
            let truthTokens = truthText.split(whereSeparator: \.isWhitespace).map(String.init)
            var rules = [String?](repeating: nil, count: ocrTokens.count)
            for c in result.changes where c.index < rules.count { rules[c.index] = c.correction.rule }
            let raw = TextMetrics(hypothesis: ocrText, truth: truthText)
            let rep = TextMetrics(hypothesis: result.text, truth: truthText)
            ev.raw = ev.raw + raw
            ev.repaired = ev.repaired + rep
            var fe = FileEvaluation(name: name, raw: raw, repaired: rep, legacyWeight: result.legacyWeight,
                                    fixed: 0, broken: 0, changes: result.changes.count)
            // the OCR alignment serves both readings: repair changes tokens in place
            for step in EditDistance.align(ocrTokens, truthTokens) {
                if let a = step.a {
                    let t = EvalToken(file: name, index: a, ocr: ocrTokens[a], repaired: repTokens[a],
                                      truth: step.b.map { truthTokens[$0] }, rule: rules[a])
                    ev.tokens.append(t)
                    if t.rawRight { ev.rawRightTokens += 1 }
                    if let rule = t.rule {
                        ev.perRule[rule, default: RuleStats()].changes += 1
                        if !t.rawRight && t.repairedRight { ev.perRule[rule]!.fixed += 1 }
                        if t.rawRight && !t.repairedRight { ev.perRule[rule]!.broken += 1 }
                    }
                    if !t.rawRight && t.repairedRight { fe.fixed += 1 }
                    if t.rawRight && !t.repairedRight { fe.broken += 1 }
                    if let tr = t.truth, TextShape.hasDiacritic(tr) {
                        ev.diacriticWords += 1
                        if t.rawRight { ev.diacriticRightRaw += 1 }
                        if t.repairedRight { ev.diacriticRightRepaired += 1 }
                    }
                } else if let b = step.b, TextShape.hasDiacritic(truthTokens[b]) {
                    ev.diacriticWords += 1
                }
            }
            ev.fixed += fe.fixed
            ev.broken += fe.broken
            ev.changes += fe.changes
            ev.files.append(fe)
        }
        return ev
    }

    /// Tokens whose correctness differs between a saved run and this one.
    public struct Movement: Sendable, Codable, Hashable {
        public var file: String
        public var ocr: String
        public var truth: String?
        public var before: String
        public var after: String
        public var rule: String?
        /// true = right now and wrong before.
        public var improved: Bool
    }

    public static func diff(baseline: RepairEvaluation, current: RepairEvaluation) -> [Movement] {
        var old: [String: EvalToken] = [:]
        for t in baseline.tokens { old["\(t.file)\u{1}\(t.index)\u{1}\(t.ocr)"] = t }
        var out: [Movement] = []
        for t in current.tokens {
            guard let b = old["\(t.file)\u{1}\(t.index)\u{1}\(t.ocr)"], b.repaired != t.repaired else { continue }
            guard b.repairedRight != t.repairedRight || b.repaired != t.repaired else { continue }
            out.append(Movement(file: t.file, ocr: t.ocr, truth: t.truth, before: b.repaired, after: t.repaired,
                                rule: t.rule ?? b.rule, improved: t.repairedRight && !b.repairedRight))
        }
        return out
    }

    /// A human-readable report.
    public static func summary(_ ev: RepairEvaluation, perFile: Bool = true) -> String {
        func pct(_ d: Double) -> String { String(format: "%.4f", d) }
        var s = ""
        if perFile {
            s += "file                                   words   raw acc  repaired   fixed  broken  legacy\n"
            for f in ev.files {
                s += f.name.padding(toLength: 36, withPad: " ", startingAt: 0)
                    + String(format: " %7d   %.4f    %.4f  %6d  %6d    %.2f\n", f.raw.truthWords, f.raw.wordAccuracy,
                             f.repaired.wordAccuracy, f.fixed, f.broken, f.legacyWeight)
            }
            s += "\n"
        }
        s += "truth words:        \(ev.raw.truthWords)\n"
        s += "word accuracy:      \(pct(ev.raw.wordAccuracy)) → \(pct(ev.repaired.wordAccuracy))\n"
        s += "CER:                \(pct(ev.raw.cer)) → \(pct(ev.repaired.cer))\n"
        s += "å/ä/ö words (\(ev.diacriticWords)): \(pct(ev.diacriticAccuracyRaw)) → \(pct(ev.diacriticAccuracyRepaired))\n"
        s += "word errors:        \(ev.raw.wordErrors) → \(ev.repaired.wordErrors) (\(String(format: "%.1f", ev.errorReduction * 100))% fewer)\n"
        s += "changes:            \(ev.changes); fixed \(ev.fixed), broken \(ev.broken) "
            + "(\(String(format: "%.3f", ev.brokenRate * 100))% of \(ev.rawRightTokens) right words)\n"
        s += "per rule:\n"
        for (rule, st) in ev.perRule.sorted(by: { $0.key < $1.key }) {
            s += "  \(rule.padding(toLength: 14, withPad: " ", startingAt: 0)) changes \(st.changes), fixed \(st.fixed), broken \(st.broken)\n"
        }
        return s
    }
}
