import Foundation
import Yams

/// One weighted OCR confusion: the probability that `truth` comes out of OCR as `ocr` ("" = lost).
public struct ConfusionPair: Codable, Sendable, Hashable {
    public var truth: String
    public var ocr: String
    public var p: Double
    /// How often the pair was seen when it was learned; nil for hand-set pairs.
    public var count: Int?

    public init(truth: String, ocr: String, p: Double, count: Int? = nil) {
        self.truth = truth
        self.ocr = ocr
        self.p = p
        self.count = count
    }
}

/// Confusion tables for the two kinds of OCR the repair stage meets; documents get a mix of both.
public struct ChannelProfiles: Codable, Sendable, Hashable {
    /// Engines without Swedish data (Tesseract `eng`, old archive OCR).
    public var legacy: [ConfusionPair]
    /// Tesseract's Swedish model on poor scans.
    public var swe: [ConfusionPair]

    /// What a sign between two letters of a word stands for (gocr's ";" for i, "%" for é), whatever the engine: such
    /// a sign is never right there, while the same sign after a word is punctuation, so these pairs apply only inside
    /// words (`Channel.innerSignReadings`).
    public var innerSigns: [ConfusionPair]

    public init(legacy: [ConfusionPair] = [], swe: [ConfusionPair] = [], innerSigns: [ConfusionPair] = []) {
        self.legacy = legacy
        self.swe = swe
        self.innerSigns = innerSigns
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        legacy = try c.decode([ConfusionPair].self, forKey: .legacy)
        swe = try c.decode([ConfusionPair].self, forKey: .swe)
        innerSigns = try c.decodeIfPresent([ConfusionPair].self, forKey: .innerSigns) ?? []
    }
}

/// Numbers that set how bold the corrector is; all log values are natural logarithms.
public struct ScoringSettings: Codable, Sendable, Hashable {
    /// Log-probability of a lower-case word the lexicon does not know.
    public var unknownLogP = -17.0
    /// Log-probability of an unknown capitalised word (a name, most likely).
    public var unknownNameLogP = -13.5
    /// The same in a document OCR'd without Swedish data, which strips å/ä/ö from names too ("Savstrom").
    public var unknownNameLogPLegacy = -13.5
    /// Cost of each compound split.
    public var compoundPenalty = 3.0
    /// Smallest gain over keeping an unknown word.
    public var minGain = 0.5
    /// Smallest gain over keeping a word the lexicon knows (real-word errors need more evidence).
    public var realWordMargin = 1.0
    /// The same for a document whose OCR kept å/ä/ö (Swedish OCR): its real words rarely need repair.
    public var realWordMarginSwe = 4.0
    /// The same where a real word and its reading differ only by a letter this document's OCR writes for another
    /// all along ("får" for "för" from an engine set up for Danish).
    public var realWordMarginHabitual = 1.0
    /// How much of a noisy document's edit gain (from `noisyUnknownMinEditBoost` on) comes off `realWordMarginSwe`,
    /// down to `realWordMargin`: a poor scan that loses å/ä/ö turns listed words into other listed ones ("där" into
    /// "dar", "mål" into "mal") as often as it garbles the rest.
    public var realWordMarginNoisyRelief = 0.0
    /// Cost for an unknown word holding a letter the channel mostly writes for another ("é" for ö).
    public var suspiciousLetterPenalty = 4.0
    /// Highest log-probability a compound's tail lends it (a compound is much rarer than its tail).
    public var compoundTailCap = -10.0
    /// Cost beyond `compoundPenalty` of a word as written that is a listed head, a linking s and a listed word
    /// hunspell does not flag as a compound's end ("kunskaps|noden"): Swedish joins almost any noun after such a head.
    public var looseCompoundPenalty = 3.0
    /// Context bonus of a listed name for a capitalised word beside another on its line ("Osten Backman": Östen).
    public var nameCueWeight = 0.0
    /// Log-probability added to the domain lexicon's words (meeting vocabulary, roles, places): protocols use them
    /// far more than the web text the frequencies come from ("val" beside "väl").
    public var domainBonus = 0.0
    /// Most a compound's head costs for being rarer than `compoundTailCap` (0 = heads cost nothing).
    public var compoundHeadMaxPenalty = 0.0
    /// Cost of a proper name or abbreviation written in lower case.
    public var caseMismatchPenalty = 3.0
    /// Share of letters that are å, ä or ö in Swedish text; a document far below it lost them in OCR.
    public var expectedDiacriticRate = 0.04
    /// Most channel edits per word.
    public var maxEdits = 4
    /// Cost of a letter that OCR lost or added, for any letter not in the tables.
    public var genericEditLogP = -9.0
    /// Extra cost of a letter OCR would have added that is neither a doubled letter nor a thin glyph.
    public var addedLetterLogP = 0.0
    /// Candidates whose channel log-probability falls below this are not considered.
    public var channelFloor = -16.0
    /// Weight of a word seen as-is elsewhere in the same document.
    public var documentCacheWeight = 0.7
    /// A hyphen between two words is split into a space when one of them is at least this frequent ("och-ett"):
    /// poor scans turn a gap into a dash, and writers never join a function word to its neighbour with one.
    public var splitFunctionWordLogP = -8.0
    /// In a document no noisier than clean text (no edit gain), only a side at least this frequent splits: writers join
    /// words with hyphens ("norsk-svenska", "Internet-problem"), scans that turn gaps into dashes are noisy.
    public var splitCleanFunctionWordLogP = -6.0
    /// Log-probability of a letter OCR tripled ("Halllhagen"): no word has one, so it costs little to take away.
    public var tripledLetterLogP = -1.0
    /// Log-probability that OCR put a space inside a word ("ordforan den"): what joining two neighbours must win by.
    public var splitSpaceLogP = -6.0
    /// A spaced "-" whose ink is at least this share of the line's median letter width is an en dash read as a
    /// hyphen (en dashes are about twice as wide); only where OCR boxes exist.
    public var enDashWidthRatio = 0.66
    /// Share of small-letter words a lexicon misses in clean protocols (names, rare compounds); a document above it
    /// is noisier OCR, and each edit of a reading gains log(share / this), up to `maxEditBoost`.
    public var cleanUnknownShare = 0.04
    public var maxEditBoost = 3.0
    /// Share of the words with å/ä/ö that Swedish OCR of a fair scan writes without them as no word ("Tjorn");
    /// a document above it strips them more often, and each restored å/ä/ö gains log(share / this), up to
    /// `maxEditBoost`.
    public var cleanDiacriticLoss = 0.002
    /// How many letters the tables' rate for reading one letter with dots or a ring as another (å as ä) counts as,
    /// before a document's own words: an engine set up for a language without å writes ä for it in every word
    /// (0 = documents learn nothing).
    public var documentConfusionPrior = 0.0
    /// Log-probability an unknown word loses for each letter beyond `unknownFreeLetters` (0 = none): there are
    /// ever more strings of a length, and a long token the lexicon cannot read even as a compound is mostly
    /// garbled, where the listed readings of a long word are already as rare as long words are.
    public var unknownLetterLogP = 0.0
    public var unknownFreeLetters = 10
    /// The same in a noisy document, one whose edit gain (see `maxEditBoost`) reaches `noisyUnknownMinEditBoost`:
    /// there a long token no list reads is a garbled word more often still, and one or two generic edits from a
    /// listed word it mostly is one. (Clean prose full of foreign words and names gets a gain of its own, below
    /// that of a poor scan.)
    public var noisyUnknownLetterLogP = 0.0
    public var noisyUnknownFreeLetters = 10
    public var noisyUnknownMinEditBoost = 0.8
    /// Groups of small letters print gives one shape (strokes, arches, rounds): a word read two letters wrong
    /// mostly has them read as look-alikes, and a reading that swaps letters of different shapes pays
    /// `unlikeLetterLogP` more for each.
    public var lookalikeLetters: [String] = []
    public var unlikeLetterLogP = 0.0
    /// Extra cost, past a generic edit, of reading one wide glyph ("w", or M, W, N between small letters) for two
    /// narrow small letters that ran together ("awaktar" for "avvaktar").
    public var mergedGlyphLogP = 0.0

    public init() {}

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = ScoringSettings()
        unknownLogP = try c.decodeIfPresent(Double.self, forKey: .unknownLogP) ?? d.unknownLogP
        unknownNameLogP = try c.decodeIfPresent(Double.self, forKey: .unknownNameLogP) ?? d.unknownNameLogP
        unknownNameLogPLegacy = try c.decodeIfPresent(Double.self, forKey: .unknownNameLogPLegacy) ?? unknownNameLogP
        compoundPenalty = try c.decodeIfPresent(Double.self, forKey: .compoundPenalty) ?? d.compoundPenalty
        minGain = try c.decodeIfPresent(Double.self, forKey: .minGain) ?? d.minGain
        realWordMargin = try c.decodeIfPresent(Double.self, forKey: .realWordMargin) ?? d.realWordMargin
        realWordMarginSwe = try c.decodeIfPresent(Double.self, forKey: .realWordMarginSwe) ?? d.realWordMarginSwe
        suspiciousLetterPenalty = try c.decodeIfPresent(Double.self, forKey: .suspiciousLetterPenalty)
            ?? d.suspiciousLetterPenalty
        compoundTailCap = try c.decodeIfPresent(Double.self, forKey: .compoundTailCap) ?? d.compoundTailCap
        compoundHeadMaxPenalty = try c.decodeIfPresent(Double.self, forKey: .compoundHeadMaxPenalty)
            ?? d.compoundHeadMaxPenalty
        caseMismatchPenalty = try c.decodeIfPresent(Double.self, forKey: .caseMismatchPenalty) ?? d.caseMismatchPenalty
        expectedDiacriticRate = try c.decodeIfPresent(Double.self, forKey: .expectedDiacriticRate)
            ?? d.expectedDiacriticRate
        maxEdits = try c.decodeIfPresent(Int.self, forKey: .maxEdits) ?? d.maxEdits
        genericEditLogP = try c.decodeIfPresent(Double.self, forKey: .genericEditLogP) ?? d.genericEditLogP
        channelFloor = try c.decodeIfPresent(Double.self, forKey: .channelFloor) ?? d.channelFloor
        addedLetterLogP = try c.decodeIfPresent(Double.self, forKey: .addedLetterLogP) ?? d.addedLetterLogP
        documentCacheWeight = try c.decodeIfPresent(Double.self, forKey: .documentCacheWeight) ?? d.documentCacheWeight
        splitFunctionWordLogP = try c.decodeIfPresent(Double.self, forKey: .splitFunctionWordLogP)
            ?? d.splitFunctionWordLogP
        splitCleanFunctionWordLogP = try c.decodeIfPresent(Double.self, forKey: .splitCleanFunctionWordLogP)
            ?? d.splitCleanFunctionWordLogP
        splitSpaceLogP = try c.decodeIfPresent(Double.self, forKey: .splitSpaceLogP) ?? d.splitSpaceLogP
        tripledLetterLogP = try c.decodeIfPresent(Double.self, forKey: .tripledLetterLogP) ?? d.tripledLetterLogP
        enDashWidthRatio = try c.decodeIfPresent(Double.self, forKey: .enDashWidthRatio) ?? d.enDashWidthRatio
        cleanUnknownShare = try c.decodeIfPresent(Double.self, forKey: .cleanUnknownShare) ?? d.cleanUnknownShare
        maxEditBoost = try c.decodeIfPresent(Double.self, forKey: .maxEditBoost) ?? d.maxEditBoost
        cleanDiacriticLoss = try c.decodeIfPresent(Double.self, forKey: .cleanDiacriticLoss) ?? d.cleanDiacriticLoss
        realWordMarginHabitual = try c.decodeIfPresent(Double.self, forKey: .realWordMarginHabitual)
            ?? d.realWordMarginHabitual
        realWordMarginNoisyRelief = try c.decodeIfPresent(Double.self, forKey: .realWordMarginNoisyRelief)
            ?? d.realWordMarginNoisyRelief
        looseCompoundPenalty = try c.decodeIfPresent(Double.self, forKey: .looseCompoundPenalty) ?? d.looseCompoundPenalty
        nameCueWeight = try c.decodeIfPresent(Double.self, forKey: .nameCueWeight) ?? d.nameCueWeight
        domainBonus = try c.decodeIfPresent(Double.self, forKey: .domainBonus) ?? d.domainBonus
        documentConfusionPrior = try c.decodeIfPresent(Double.self, forKey: .documentConfusionPrior)
            ?? d.documentConfusionPrior
        unknownLetterLogP = try c.decodeIfPresent(Double.self, forKey: .unknownLetterLogP) ?? d.unknownLetterLogP
        unknownFreeLetters = try c.decodeIfPresent(Int.self, forKey: .unknownFreeLetters) ?? d.unknownFreeLetters
        noisyUnknownLetterLogP = try c.decodeIfPresent(Double.self, forKey: .noisyUnknownLetterLogP) ?? unknownLetterLogP
        noisyUnknownFreeLetters = try c.decodeIfPresent(Int.self, forKey: .noisyUnknownFreeLetters) ?? unknownFreeLetters
        noisyUnknownMinEditBoost = try c.decodeIfPresent(Double.self, forKey: .noisyUnknownMinEditBoost)
            ?? d.noisyUnknownMinEditBoost
        lookalikeLetters = try c.decodeIfPresent([String].self, forKey: .lookalikeLetters) ?? d.lookalikeLetters
        unlikeLetterLogP = try c.decodeIfPresent(Double.self, forKey: .unlikeLetterLogP) ?? d.unlikeLetterLogP
        mergedGlyphLogP = try c.decodeIfPresent(Double.self, forKey: .mergedGlyphLogP) ?? d.mergedGlyphLogP
    }
}

/// A neighbour cue for a real-word ambiguity: `word` gains `weight` when a neighbour matches.
public struct ContextCue: Codable, Sendable, Hashable {
    public var word: String
    /// Words just before; "#number" matches any number, "#year" a year, "#count" a number that is no year, "#name" a
    /// name.
    public var left: [String]?
    /// Words just after, with the same placeholders.
    public var right: [String]?
    /// Endings of the word just before (a genitive's "-ens" before the noun "far", where the verb "får" cannot stand).
    public var leftSuffix: [String]?
    /// Endings of the word just after (e.g. a supine "-t" after "har").
    public var rightSuffix: [String]?
    /// Endings the word just after must not have (an adverb in "-igen" after "det har" is no definite noun); a
    /// condition to go with others under `all`, since alone it holds for almost any word.
    public var rightNotSuffix: [String]?
    /// Every condition given must hold (a word before and an ending after: "det här" before a definite noun); by
    /// default any one does.
    public var all: Bool?
    public var weight: Double

    public init(word: String, left: [String]? = nil, right: [String]? = nil, leftSuffix: [String]? = nil,
                rightSuffix: [String]? = nil, rightNotSuffix: [String]? = nil, all: Bool? = nil, weight: Double) {
        self.word = word
        self.left = left
        self.right = right
        self.leftSuffix = leftSuffix
        self.rightSuffix = rightSuffix
        self.rightNotSuffix = rightNotSuffix
        self.all = all
        self.weight = weight
    }
}

/// How a lost "§" shows up and where it is restored.
public struct SectionSignRules: Codable, Sendable, Hashable {
    /// What OCR makes of "§" ("8", "$", "&", "S", "s").
    public var single: [String]
    /// What OCR makes of "§§".
    public var double: [String]
    /// Words after which a number is a paragraph reference ("enligt § 4").
    public var cues: [String]
    /// Look-alikes that are ambiguous with real letters or digits and need a cue or a line start.
    public var weak: [String]
    /// Words before a chapter's number in a law citation, where the sign follows the paragraph's number ("11 kap.
    /// 51 § plan- och bygglagen").
    public var citationCues: [String]
    /// Endings of a law's name, which a citation's sign stands before ("2 § förvaltningslagen", "4 § skollagen").
    public var lawEndings: [String]
    /// Laws' abbreviations, which a citation's sign stands before as it does before a name ("6 § LVU", "4 kap. 1 §
    /// SoL").
    public var lawAbbreviations: [String]
    /// Capitals that engines reading by shape write for others in a law's abbreviation, by what they wrote: "LVV" and
    /// "LW" for "LVU" (`"V": "U"`, `"W": "VU"`).
    public var lawAbbreviationLookalikes: [String: String]
    /// Words that follow a paragraph's sign in a citation ("6 § andra stycket", "3 § första punkten").
    public var citationFollowers: [String]

    public init(single: [String] = [], double: [String] = [], cues: [String] = [], weak: [String] = [],
                citationCues: [String] = [], lawEndings: [String] = [], lawAbbreviations: [String] = [],
                citationFollowers: [String] = [], lawAbbreviationLookalikes: [String: String] = [:]) {
        self.single = single
        self.double = double
        self.cues = cues
        self.weak = weak
        self.citationCues = citationCues
        self.lawEndings = lawEndings
        self.lawAbbreviations = lawAbbreviations
        self.lawAbbreviationLookalikes = lawAbbreviationLookalikes
        self.citationFollowers = citationFollowers
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        single = try c.decodeIfPresent([String].self, forKey: .single) ?? []
        double = try c.decodeIfPresent([String].self, forKey: .double) ?? []
        cues = try c.decodeIfPresent([String].self, forKey: .cues) ?? []
        weak = try c.decodeIfPresent([String].self, forKey: .weak) ?? []
        citationCues = try c.decodeIfPresent([String].self, forKey: .citationCues) ?? []
        lawEndings = try c.decodeIfPresent([String].self, forKey: .lawEndings) ?? []
        lawAbbreviations = try c.decodeIfPresent([String].self, forKey: .lawAbbreviations) ?? []
        lawAbbreviationLookalikes = try c.decodeIfPresent([String: String].self, forKey: .lawAbbreviationLookalikes) ?? [:]
        citationFollowers = try c.decodeIfPresent([String].self, forKey: .citationFollowers) ?? []
    }
}

/// Punctuation that OCR of poor scans adds or misreads, and what print never does with it.
public struct PunctuationRules: Codable, Sendable, Hashable {
    /// Marks that print never sets alone between spaces: such a token is a speck of dirt read as a mark.
    public var specks: [String]
    /// What OCR makes of a dash at the start of a list line ("=", ">"): restored when the document's other list
    /// lines start with a dash.
    public var bulletLookalikes: [String]
    /// What OCR makes of a round bullet at the start of a list line ("¢", "«"): always "•", as print starts no line
    /// with them.
    public var roundBulletLookalikes: [String]
    /// Abbreviations whose period may be followed by a small letter ("bl.a. om", "resp. ordförande").
    public var abbreviations: [String]
    /// Small letters shaped like their capitals: OCR confuses the two, so a period before one may end a sentence.
    public var caseLookalikes: String
    /// Share of words repair changed before a document counts as poor OCR, where ";" is a "," and a ":" inside a
    /// sentence a "." (clean text keeps its rare real ones, and so does legacy OCR, which comes from clean pages).
    public var noisyDocumentShare: Double
    /// What OCR makes of the "@" of an e-mail address ("Q", "©"): restored where it is the one such character between
    /// the small letters of an address.
    public var atLookalikes: [String]
    /// What OCR makes of a bracket glued to a word ("tför", "vuxi"): restored where the document writes that word
    /// with its bracket elsewhere ("(för", "vux)").
    public var openBracketLookalikes: [String]
    public var closeBracketLookalikes: [String]
    /// What OCR makes of an "&" between two words ("gymn b vux", "för £ grund"): restored where the document has
    /// that one between words at least twice.
    public var ampersandLookalikes: [String]
    /// Small letters that engines reading by shape alone write for their capitals ("socialnämnden", "(s)"): a
    /// document that does so where capitals belong gets them back (not k or p, whose capitals such engines tell
    /// apart).
    public var lostCapitalLetters: String
    /// Words that never end a sentence (conjunctions, the infinitive mark, prepositions that do not close a clause):
    /// a period after one is a speck ("frånvaro som. CSN").
    public var nonFinalWords: [String]
    /// Two-word phrases that close a sentence with one of `nonFinalWords` ("innan dess", "sedan dess"): the period
    /// after them is the writer's.
    public var finalPhrases: [String]
    /// Words that end a sentence now and then ("in i."): a period after one is a speck in a poor scan ("heldag i. Åre").
    public var rarelyFinalWords: [String]
    /// Words that announce what a colon after them introduces ("enligt följande:"): such a colon is the writer's.
    public var announcingWords: [String]
    /// Pronouns and articles that open the clause or list a colon introduces ("årets resor: en dagsresa …"): a colon
    /// before one inside a line is the writer's, not a speck.
    public var colonOpeners: [String]
    /// Conjunctions after a compound's first part left with its hyphen ("plan- och bygglagen", "hälso- eller
    /// sjukvård"): a line that ends with such a part and goes on with one of these broke no word.
    public var suspensionConjunctions: [String]
    /// Endings written after a colon on an abbreviation or a loan word ("SKR:s", "tv:n", "sms:et"): a colon before
    /// any other listed word is a speck between two words in a poor scan ("vid:sex", "gärna:in").
    public var colonSuffixes: [String]
    /// Words that open a place's name before its capitalised next word ("Östra Gärdsjö", "Övre Hälleby"): such a
    /// word keeps its capital there.
    public var nameOpeners: [String]
    /// Particles a surname joins to its capitalised rest ("DeGeer", "McGregor"): the capital after one is the name's,
    /// not a glyph OCR wrote for a small letter.
    public var nameParticles: [String]
    /// Thin letters after which an engine may measure a word's gap ("Milj ö", "följ ande"): where a document shows it,
    /// such splits are joined.
    public var narrowSplitLetters: [String]
    /// One-letter prepositions of older protocols ("anslag å mejeriet"): OCR that never writes their letter writes
    /// them stripped ("a"), which is restored between two words.
    public var strippedPrepositions: [String]
    /// The sign of a price per unit ("20 000 gösyngel à 1,40 kr"): OCR writes it as its bare letter or another
    /// accent ("a", "å"), which is restored before a price.
    public var unitPriceSigns: [String]
    /// Words with which no heading ends (prepositions, besides `nonFinalWords` and `rarelyFinalWords`): a short line
    /// that ends with one goes on with its sentence on the next ("Avsättning till" over "underhållsfonden").
    public var headingNonFinalWords: [String]
    /// Units a decimal number stands before ("3,8 mnkr", "0,9 %"): Swedish writes its decimal comma there, and a period
    /// before one is OCR's reading of the comma.
    public var decimalUnits: [String]

    public init(specks: [String] = [], bulletLookalikes: [String] = [], roundBulletLookalikes: [String] = [],
                abbreviations: [String] = [],
                caseLookalikes: String = "", noisyDocumentShare: Double = 0.01, atLookalikes: [String] = [],
                openBracketLookalikes: [String] = [], closeBracketLookalikes: [String] = [],
                ampersandLookalikes: [String] = [], lostCapitalLetters: String = "", nonFinalWords: [String] = [],
                finalPhrases: [String] = [], rarelyFinalWords: [String] = [], announcingWords: [String] = [],
                colonOpeners: [String] = [],
                suspensionConjunctions: [String] = [], colonSuffixes: [String] = [], nameOpeners: [String] = [],
                nameParticles: [String] = [], narrowSplitLetters: [String] = [],
                strippedPrepositions: [String] = [], unitPriceSigns: [String] = [],
                headingNonFinalWords: [String] = [], decimalUnits: [String] = []) {
        self.specks = specks
        self.bulletLookalikes = bulletLookalikes
        self.roundBulletLookalikes = roundBulletLookalikes
        self.abbreviations = abbreviations
        self.caseLookalikes = caseLookalikes
        self.noisyDocumentShare = noisyDocumentShare
        self.atLookalikes = atLookalikes
        self.openBracketLookalikes = openBracketLookalikes
        self.closeBracketLookalikes = closeBracketLookalikes
        self.ampersandLookalikes = ampersandLookalikes
        self.lostCapitalLetters = lostCapitalLetters
        self.nonFinalWords = nonFinalWords
        self.finalPhrases = finalPhrases
        self.rarelyFinalWords = rarelyFinalWords
        self.announcingWords = announcingWords
        self.colonOpeners = colonOpeners
        self.suspensionConjunctions = suspensionConjunctions
        self.colonSuffixes = colonSuffixes
        self.nameOpeners = nameOpeners
        self.nameParticles = nameParticles
        self.narrowSplitLetters = narrowSplitLetters
        self.strippedPrepositions = strippedPrepositions
        self.unitPriceSigns = unitPriceSigns
        self.headingNonFinalWords = headingNonFinalWords
        self.decimalUnits = decimalUnits
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        specks = try c.decodeIfPresent([String].self, forKey: .specks) ?? []
        bulletLookalikes = try c.decodeIfPresent([String].self, forKey: .bulletLookalikes) ?? []
        roundBulletLookalikes = try c.decodeIfPresent([String].self, forKey: .roundBulletLookalikes) ?? []
        abbreviations = try c.decodeIfPresent([String].self, forKey: .abbreviations) ?? []
        caseLookalikes = try c.decodeIfPresent(String.self, forKey: .caseLookalikes) ?? ""
        noisyDocumentShare = try c.decodeIfPresent(Double.self, forKey: .noisyDocumentShare) ?? 0.01
        atLookalikes = try c.decodeIfPresent([String].self, forKey: .atLookalikes) ?? []
        openBracketLookalikes = try c.decodeIfPresent([String].self, forKey: .openBracketLookalikes) ?? []
        closeBracketLookalikes = try c.decodeIfPresent([String].self, forKey: .closeBracketLookalikes) ?? []
        ampersandLookalikes = try c.decodeIfPresent([String].self, forKey: .ampersandLookalikes) ?? []
        lostCapitalLetters = try c.decodeIfPresent(String.self, forKey: .lostCapitalLetters) ?? ""
        nonFinalWords = try c.decodeIfPresent([String].self, forKey: .nonFinalWords) ?? []
        finalPhrases = try c.decodeIfPresent([String].self, forKey: .finalPhrases) ?? []
        rarelyFinalWords = try c.decodeIfPresent([String].self, forKey: .rarelyFinalWords) ?? []
        announcingWords = try c.decodeIfPresent([String].self, forKey: .announcingWords) ?? []
        colonOpeners = try c.decodeIfPresent([String].self, forKey: .colonOpeners) ?? []
        suspensionConjunctions = try c.decodeIfPresent([String].self, forKey: .suspensionConjunctions) ?? []
        colonSuffixes = try c.decodeIfPresent([String].self, forKey: .colonSuffixes) ?? []
        nameOpeners = try c.decodeIfPresent([String].self, forKey: .nameOpeners) ?? []
        nameParticles = try c.decodeIfPresent([String].self, forKey: .nameParticles) ?? []
        narrowSplitLetters = try c.decodeIfPresent([String].self, forKey: .narrowSplitLetters) ?? []
        strippedPrepositions = try c.decodeIfPresent([String].self, forKey: .strippedPrepositions) ?? []
        unitPriceSigns = try c.decodeIfPresent([String].self, forKey: .unitPriceSigns) ?? []
        headingNonFinalWords = try c.decodeIfPresent([String].self, forKey: .headingNonFinalWords) ?? []
        decimalUnits = try c.decodeIfPresent([String].self, forKey: .decimalUnits) ?? []
    }
}

/// The developer-tuned rules in models/rules.yaml.
public struct RepairRules: Codable, Sendable, Hashable {
    public var version: Int
    public var scoring: ScoringSettings
    public var channel: ChannelProfiles
    /// Words never changed (matched case-insensitively).
    public var protected: [String]
    /// Replacements made whatever the scores say (lower-case key; case of the input kept).
    public var forced: [String: String]
    /// Words added to the lexicon.
    public var lexicon: [String]
    public var sectionSign: SectionSignRules
    /// Digits and signs that OCR gives for letters of party abbreviations: "(5)" for "(S)".
    public var partyLookalikes: [String: String]
    /// What OCR gives for the brackets around a party abbreviation ("(S1", "fKD)"): `open` and `close` look-alikes.
    public var partyBrackets: [String: [String]]
    /// Letters that OCR gives for digits inside numbers: "l5" for "15", "2O24" for "2024", "l:e" for "1:e".
    public var digitLookalikes: [String: String]
    /// Letters shaped like a digit ("202b" for 2026, "202S" for 2025), read as it only in a year whose other three
    /// characters are digits: elsewhere they are letters ("bilaga 2b").
    public var yearDigitShapes: [String: String]
    /// What Swedish OCR of a poor scan gives for "%" after a number ("4,12 96", "40 90"): it never read the sign itself
    /// in the samples.
    public var percentLookalikes: [String]
    /// What engines that read by shape make of "%" after a number ("0/o", "_o", ocrad's "_"): the sign wherever such
    /// an engine wrote it, no number of its own.
    public var percentShapes: [String]
    public var context: [ContextCue]
    /// Words that form ranges ("januari–augusti"): between two of them a hyphen stands for a lost en dash.
    public var rangeWords: [String]
    /// Names of the months, full and abbreviated: before one a lone l, I or bar is the day's 1 ("den l maj").
    public var monthWords: [String]
    /// Words before a time of day ("kl. 19.00"): after them a number with most of its digits misread is still a time.
    public var clockWords: [String]
    public var punctuation: PunctuationRules

    public init(version: Int = 1, scoring: ScoringSettings = ScoringSettings(), channel: ChannelProfiles = .init(),
                protected: [String] = [], forced: [String: String] = [:], lexicon: [String] = [],
                sectionSign: SectionSignRules = .init(), partyLookalikes: [String: String] = [:],
                partyBrackets: [String: [String]] = [:], digitLookalikes: [String: String] = [:],
                yearDigitShapes: [String: String] = [:], context: [ContextCue] = [], rangeWords: [String] = [],
                monthWords: [String] = [],
                clockWords: [String] = [], punctuation: PunctuationRules = .init(), percentLookalikes: [String] = [],
                percentShapes: [String] = []) {
        self.version = version
        self.scoring = scoring
        self.channel = channel
        self.protected = protected
        self.forced = forced
        self.lexicon = lexicon
        self.sectionSign = sectionSign
        self.partyLookalikes = partyLookalikes
        self.digitLookalikes = digitLookalikes
        self.yearDigitShapes = yearDigitShapes
        self.percentLookalikes = percentLookalikes
        self.percentShapes = percentShapes
        self.partyBrackets = partyBrackets
        self.context = context
        self.rangeWords = rangeWords
        self.monthWords = monthWords
        self.clockWords = clockWords
        self.punctuation = punctuation
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        version = try c.decodeIfPresent(Int.self, forKey: .version) ?? 1
        scoring = try c.decodeIfPresent(ScoringSettings.self, forKey: .scoring) ?? ScoringSettings()
        channel = try c.decodeIfPresent(ChannelProfiles.self, forKey: .channel) ?? ChannelProfiles()
        protected = try c.decodeIfPresent([String].self, forKey: .protected) ?? []
        forced = try c.decodeIfPresent([String: String].self, forKey: .forced) ?? [:]
        lexicon = try c.decodeIfPresent([String].self, forKey: .lexicon) ?? []
        sectionSign = try c.decodeIfPresent(SectionSignRules.self, forKey: .sectionSign) ?? SectionSignRules()
        partyLookalikes = try c.decodeIfPresent([String: String].self, forKey: .partyLookalikes) ?? [:]
        digitLookalikes = try c.decodeIfPresent([String: String].self, forKey: .digitLookalikes) ?? [:]
        yearDigitShapes = try c.decodeIfPresent([String: String].self, forKey: .yearDigitShapes) ?? [:]
        percentLookalikes = try c.decodeIfPresent([String].self, forKey: .percentLookalikes) ?? []
        percentShapes = try c.decodeIfPresent([String].self, forKey: .percentShapes) ?? []
        partyBrackets = try c.decodeIfPresent([String: [String]].self, forKey: .partyBrackets) ?? [:]
        context = try c.decodeIfPresent([ContextCue].self, forKey: .context) ?? []
        rangeWords = try c.decodeIfPresent([String].self, forKey: .rangeWords) ?? []
        monthWords = try c.decodeIfPresent([String].self, forKey: .monthWords) ?? []
        clockWords = try c.decodeIfPresent([String].self, forKey: .clockWords) ?? []
        punctuation = try c.decodeIfPresent(PunctuationRules.self, forKey: .punctuation) ?? PunctuationRules()
    }

    /// Reads a rules file.
    public static func load(from url: URL) throws -> RepairRules {
        try parse(readText(from: url), path: url.path)
    }

    /// A rules file's text, for a caller that parses it and writes it back (`learn`).
    public static func readText(from url: URL) throws -> String {
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw RenskriftError.invalidRules(path: url.path, reason: error.localizedDescription)
        }
    }

    public static func parse(_ text: String, path: String = "<rules>") throws -> RepairRules {
        do {
            let rules = try YAMLDecoder().decode(RepairRules.self, from: text)
            for pair in rules.channel.legacy + rules.channel.swe where !(0...1).contains(pair.p) || pair.truth == pair.ocr {
                throw RenskriftError.invalidRules(path: path,
                    reason: "confusion \(pair.truth) → \(pair.ocr) has p = \(pair.p); p must lie in 0…1 and the two sides differ")
            }
            for pair in rules.channel.innerSigns where pair.ocr.count != 1 || !Channel.innerSigns.contains(pair.ocr)
                || pair.truth.count != 1 || !pair.truth.allSatisfy(\.isLetter) {
                throw RenskriftError.invalidRules(path: path, reason: "inner sign \(pair.truth) → \(pair.ocr): "
                    + "the sign must be one of \(Channel.innerSigns) and the truth one letter")
            }
            return rules
        } catch let e as RenskriftError {
            throw e
        } catch {
            throw RenskriftError.invalidRules(path: path, reason: String(describing: error))
        }
    }

    /// One entry of a channel table as `yaml()` writes it (without its indentation).
    static func entryLine(_ p: ConfusionPair) -> String {
        var y = "- {truth: \(yamlQuoted(p.truth)), ocr: \(yamlQuoted(p.ocr)), p: \(yamlNumber(p.p))"
        if let c = p.count { y += ", count: \(c)" }
        return y + "}"
    }

    static func yamlQuoted(_ s: String) -> String {
        var out = "\""
        for ch in s.unicodeScalars {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out + "\""
    }

    static func yamlNumber(_ d: Double) -> String {
        if d == d.rounded() && abs(d) < 1e6 { return String(format: "%.1f", d) }
        return String(format: "%.6g", d)
    }

    /// `text`, a rules file, with the entries of channel table `profile` ("legacy" or "swe") set to `pairs`, and every
    /// other line as it was: the developers' comments are the reasons for their hand-set entries.
    ///
    /// An entry the table already has (same truth and OCR side) keeps its place and the comment lines above it, with
    /// the new values; an entry that `pairs` lacks goes, and so do the comments above it unless the next entry has none
    /// of its own (they were the group's); new entries follow at the table's end.
    /// Nil when the file has no such table in the layout `yaml()` writes (one flow mapping per line).
    public static func replacingChannel(_ profile: String, with pairs: [ConfusionPair], in text: String) -> String? {
        // (a file saved on Windows keeps its line ends)
        let newline = text.contains("\r\n") ? "\r\n" : "\n"
        var lines = text.components(separatedBy: newline)
        guard let channel = lines.firstIndex(of: "channel:"),
              let start = lines[(channel + 1)...].firstIndex(of: "  \(profile):") else { return nil }
        var end = start + 1
        while end < lines.count, lines[end].hasPrefix("    ") { end += 1 }
        func key(_ p: ConfusionPair) -> String { p.truth + "\u{1}" + p.ocr }
        var wanted: [String: ConfusionPair] = [:]
        for p in pairs { wanted[key(p)] = p }
        var block: [String] = []
        var comments: [String] = []
        // (a comment over a group of entries stays with the group when its first entry goes; one over an entry that
        // went and the next comment's entries, or the table's end, goes with it)
        var carried = false
        var placed = Set<String>()
        for line in lines[(start + 1)..<end] {
            let body = line.dropFirst(4)
            if body.hasPrefix("#") {
                if carried { comments = []; carried = false }
                comments.append(line)
                continue
            }
            if body == "[]" { continue }
            guard body.hasPrefix("- {"), let old = try? YAMLDecoder().decode(ConfusionPair.self, from: String(body.dropFirst(2)))
            else { return nil }
            if let p = wanted[key(old)], !placed.contains(key(old)) {
                block += comments
                block.append("    " + entryLine(p))
                placed.insert(key(old))
                comments = []
                carried = false
            } else {
                carried = !comments.isEmpty
            }
        }
        if !carried { block += comments }
        for p in pairs where !placed.contains(key(p)) {
            block.append("    " + entryLine(p))
            placed.insert(key(p))
        }
        if block.allSatisfy({ $0.dropFirst(4).hasPrefix("#") }) { block.append("    []") }
        lines.replaceSubrange((start + 1)..<end, with: block)
        return lines.joined(separator: newline)
    }

    /// What to write for these rules over the file `original` after channel tables `tables` changed: `original` with
    /// those tables replaced (`replacingChannel`) when it reads back as these rules, the order of entries aside; else
    /// `yaml()`, which keeps no comment of the developers'.
    public func text(over original: String?, replacingTables tables: [String]) -> String {
        guard var text = original else { return yaml() }
        for name in tables {
            guard let t = RepairRules.replacingChannel(name, with: name == "legacy" ? channel.legacy : channel.swe, in: text)
            else { return yaml() }
            text = t
        }
        func sorted(_ r: RepairRules) -> RepairRules {
            var r = r
            let order: (ConfusionPair, ConfusionPair) -> Bool = { ($0.truth, $0.ocr) < ($1.truth, $1.ocr) }
            r.channel.legacy.sort(by: order)
            r.channel.swe.sort(by: order)
            return r
        }
        guard let back = try? RepairRules.parse(text), sorted(back) == sorted(self) else { return yaml() }
        return text
    }

    /// The rules as YAML in the layout of models/rules.yaml, with a comment per section.
    public func yaml() -> String {
        func q(_ s: String) -> String { RepairRules.yamlQuoted(s) }
        func list(_ xs: [String]) -> String { "[" + xs.map(q).joined(separator: ", ") + "]" }
        func num(_ d: Double) -> String { RepairRules.yamlNumber(d) }
        var y = """
        # Renskrift repair rules: read by the repair stage, tuned by developers, the channel tables
        # rewritten by `renskrift learn`. Log values are natural logarithms.
        version: \(version)

        # How bold the corrector is.
        scoring:
          unknownLogP: \(num(scoring.unknownLogP))
          unknownNameLogP: \(num(scoring.unknownNameLogP))
          unknownNameLogPLegacy: \(num(scoring.unknownNameLogPLegacy))
          compoundPenalty: \(num(scoring.compoundPenalty))
          minGain: \(num(scoring.minGain))
          realWordMargin: \(num(scoring.realWordMargin))
          realWordMarginSwe: \(num(scoring.realWordMarginSwe))
          suspiciousLetterPenalty: \(num(scoring.suspiciousLetterPenalty))
          compoundTailCap: \(num(scoring.compoundTailCap))
          compoundHeadMaxPenalty: \(num(scoring.compoundHeadMaxPenalty))
          caseMismatchPenalty: \(num(scoring.caseMismatchPenalty))
          expectedDiacriticRate: \(num(scoring.expectedDiacriticRate))
          maxEdits: \(scoring.maxEdits)
          genericEditLogP: \(num(scoring.genericEditLogP))
          channelFloor: \(num(scoring.channelFloor))
          addedLetterLogP: \(num(scoring.addedLetterLogP))
          documentCacheWeight: \(num(scoring.documentCacheWeight))
          splitFunctionWordLogP: \(num(scoring.splitFunctionWordLogP))
          splitCleanFunctionWordLogP: \(num(scoring.splitCleanFunctionWordLogP))
          splitSpaceLogP: \(num(scoring.splitSpaceLogP))
          tripledLetterLogP: \(num(scoring.tripledLetterLogP))
          enDashWidthRatio: \(num(scoring.enDashWidthRatio))
          cleanUnknownShare: \(num(scoring.cleanUnknownShare))
          maxEditBoost: \(num(scoring.maxEditBoost))
          cleanDiacriticLoss: \(num(scoring.cleanDiacriticLoss))
          documentConfusionPrior: \(num(scoring.documentConfusionPrior))
          realWordMarginHabitual: \(num(scoring.realWordMarginHabitual))
          realWordMarginNoisyRelief: \(num(scoring.realWordMarginNoisyRelief))
          looseCompoundPenalty: \(num(scoring.looseCompoundPenalty))
          nameCueWeight: \(num(scoring.nameCueWeight))
          domainBonus: \(num(scoring.domainBonus))
          unknownLetterLogP: \(num(scoring.unknownLetterLogP))
          unknownFreeLetters: \(scoring.unknownFreeLetters)
          noisyUnknownLetterLogP: \(num(scoring.noisyUnknownLetterLogP))
          noisyUnknownFreeLetters: \(scoring.noisyUnknownFreeLetters)
          noisyUnknownMinEditBoost: \(num(scoring.noisyUnknownMinEditBoost))
          lookalikeLetters: [\(scoring.lookalikeLetters.map { "\"\($0)\"" }.joined(separator: ", "))]
          unlikeLetterLogP: \(num(scoring.unlikeLetterLogP))
          mergedGlyphLogP: \(num(scoring.mergedGlyphLogP))

        # P(OCR writes `ocr` | the page said `truth`); ocr "" = the letter was lost. `legacy` is OCR
        # without Swedish data, `swe` Tesseract's Swedish model on poor scans; each document gets a
        # mix of the two according to how many å/ä/ö its OCR produced.
        channel:

        """
        for (name, pairs) in [("legacy", channel.legacy), ("swe", channel.swe)] {
            y += "  \(name):\n"
            if pairs.isEmpty { y += "    []\n" }
            for p in pairs { y += "    " + RepairRules.entryLine(p) + "\n" }
        }
        if !channel.innerSigns.isEmpty {
            y += "  # what a sign between two letters of a word stands for, as P(sign | letter)\n  innerSigns:\n"
            for p in channel.innerSigns { y += "    " + RepairRules.entryLine(p) + "\n" }
        }
        y += "\n# Words never changed (case-insensitive).\nprotected: \(list(protected))\n"
        y += "\n# Replacements made whatever the scores say (lower-case key; the input's case is kept).\nforced:"
        if forced.isEmpty { y += " {}\n" } else {
            y += "\n"
            for k in forced.keys.sorted() { y += "  \(q(k)): \(q(forced[k]!))\n" }
        }
        let lawLookalikes = sectionSign.lawAbbreviationLookalikes.sorted { $0.key < $1.key }
            .map { "\(q($0.key)): \(q($0.value))" }.joined(separator: ", ")
        y += "\n# Words added to the lexicon (scripts/build-model also puts them into sv-lexicon.bin).\n"
        y += "lexicon: \(list(lexicon))\n"
        y += """

        # "§" restoration: what OCR makes of § and §§, and words after which a number is a reference.
        # `weak` look-alikes are also letters or digits and need a line start or a cue word. Any two single look-alikes
        # make a double one too (weak when both are); `double` lists more.
        sectionSign:
          single: \(list(sectionSign.single))
          double: \(list(sectionSign.double))
          weak: \(list(sectionSign.weak))
          cues: \(list(sectionSign.cues))
          citationCues: \(list(sectionSign.citationCues))
          lawEndings: \(list(sectionSign.lawEndings))
          lawAbbreviations: \(list(sectionSign.lawAbbreviations))
          citationFollowers: \(list(sectionSign.citationFollowers))
          lawAbbreviationLookalikes: {\(lawLookalikes)}

        # Party abbreviations in parentheses after a name: what OCR gives for their letters.
        partyLookalikes:

        """
        for k in partyLookalikes.keys.sorted() { y += "  \(q(k)): \(q(partyLookalikes[k]!))\n" }
        y += "\n# What OCR makes of the brackets around a party abbreviation (\"(S1\", \"fKD)\").\npartyBrackets:"
        if partyBrackets.isEmpty { y += " {}\n" }
        else {
            y += "\n"
            for k in partyBrackets.keys.sorted() { y += "  \(q(k)): \(list(partyBrackets[k]!))\n" }
        }
        y += "\n# Letters read for digits inside numbers (\"l5 mars\", \"2O24\", \"l:e vice ordförande\").\ndigitLookalikes:"
        if digitLookalikes.isEmpty { y += " {}\n" }
        else {
            y += "\n"
            for k in digitLookalikes.keys.sorted() { y += "  \(q(k)): \(q(digitLookalikes[k]!))\n" }
        }
        y += "\n# Letters shaped like a digit, read as it only in a year whose other three characters are digits "
        y += "(\"202b\" for 2026).\nyearDigitShapes:"
        if yearDigitShapes.isEmpty { y += " {}\n" }
        else {
            y += "\n"
            for k in yearDigitShapes.keys.sorted() { y += "  \(q(k)): \(q(yearDigitShapes[k]!))\n" }
        }
        y += "\n# What Swedish OCR of a poor scan gives for \"%\" after a number (\"4,12 96\").\n"
        y += "percentLookalikes: \(list(percentLookalikes))\n"
        y += "percentShapes: \(list(percentShapes))\n"
        y += "\n# Neighbour cues for real-word ambiguities; \"#number\" matches any number, \"#year\" a year, "
            + "\"#count\" a number\n# that is no year, \"#name\" a name (listed, or a capitalised word inside a run "
            + "of them).\ncontext:\n"
        if context.isEmpty { y += "  []\n" }
        for c in context {
            y += "  - {word: \(q(c.word))"
            if let l = c.left { y += ", left: \(list(l))" }
            if let r = c.right { y += ", right: \(list(r))" }
            if let s = c.leftSuffix { y += ", leftSuffix: \(list(s))" }
            if let s = c.rightSuffix { y += ", rightSuffix: \(list(s))" }
            if let s = c.rightNotSuffix { y += ", rightNotSuffix: \(list(s))" }
            if c.all == true { y += ", all: true" }
            y += ", weight: \(num(c.weight))}\n"
        }
        y += "\n# Words that form ranges: a hyphen between two of them (\"januari-augusti\") becomes an en dash.\n"
        y += "rangeWords: \(list(rangeWords))\n"
        y += "monthWords: \(list(monthWords))\n"
        y += "\n# Words before a time of day: after them \"l9.OO\" is \"19.00\" though most of its digits were misread.\n"
        y += "clockWords: \(list(clockWords))\n"
        y += """

        # Punctuation of poor scans: lone specks read as marks (removed), list dashes read as other signs,
        # abbreviations whose period may precede a small letter, the share of changed words from which
        # a document other than legacy OCR counts as poor OCR (";" → ",", ":" inside a sentence → "."),
        # and what OCR makes of a bracket glued to a word ("tför", "vuxi" for "(för", "vux)": restored only
        # where the document writes that word with its bracket at least twice), of an "&" between words, and
        # the small letters that engines reading by shape write for capitals, and words that never or hardly ever end
        # a sentence (a period after one is a speck; after the second kind, in a poor scan).
        punctuation:
          specks: \(list(punctuation.specks))
          bulletLookalikes: \(list(punctuation.bulletLookalikes))
          roundBulletLookalikes: \(list(punctuation.roundBulletLookalikes))
          abbreviations: \(list(punctuation.abbreviations))
          caseLookalikes: \(q(punctuation.caseLookalikes))
          noisyDocumentShare: \(num(punctuation.noisyDocumentShare))
          atLookalikes: \(list(punctuation.atLookalikes))
          openBracketLookalikes: \(list(punctuation.openBracketLookalikes))
          closeBracketLookalikes: \(list(punctuation.closeBracketLookalikes))
          ampersandLookalikes: \(list(punctuation.ampersandLookalikes))
          lostCapitalLetters: \(q(punctuation.lostCapitalLetters))
          nonFinalWords: \(list(punctuation.nonFinalWords))
          finalPhrases: \(list(punctuation.finalPhrases))
          rarelyFinalWords: \(list(punctuation.rarelyFinalWords))
          announcingWords: \(list(punctuation.announcingWords))
          colonOpeners: \(list(punctuation.colonOpeners))
          suspensionConjunctions: \(list(punctuation.suspensionConjunctions))
          colonSuffixes: \(list(punctuation.colonSuffixes))
          nameOpeners: \(list(punctuation.nameOpeners))
          nameParticles: \(list(punctuation.nameParticles))
          narrowSplitLetters: \(list(punctuation.narrowSplitLetters))
          strippedPrepositions: \(list(punctuation.strippedPrepositions))
          unitPriceSigns: \(list(punctuation.unitPriceSigns))
          headingNonFinalWords: \(list(punctuation.headingNonFinalWords))
          decimalUnits: \(list(punctuation.decimalUnits))

        """
        return y
    }
}
