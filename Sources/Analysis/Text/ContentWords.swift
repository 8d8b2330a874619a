/// The words that carry a line's meaning (not "the", "I", "really"), and
/// what a reply shares of them with the other person's previous line.
///
/// Reflections are recognised partly by this overlap: a paraphrase reuses
/// the other person's content words, or words from the same stem.
struct ContentWords: Sendable {
    /// Stems of the previous line's content words.
    let stems: StemSet
    /// The line denies something ("I'm not lazy"), so a reply echoing it
    /// with a negation can still be a paraphrase.
    let hasNegation: Bool

    init(of line: ParsedText) {
        self.init(tokens: line.tokens)
    }

    /// From the line's tokens alone: the other person's line needs no
    /// sentences or negation scopes, so the analyzer skips parsing it.
    init(tokens: TokenList) {
        var stems = StemSet()
        let vocabulary = TokenVocabulary.shared
        tokens.withUnsafeBufferPointer { tokens in
            // In place: no Token copied per word.
            for position in tokens.indices where tokens[position].isWord {
                let id = Int(tokens[position].id)
                if id >= 0 {
                    // A vocabulary word: its reading and stem were computed once.
                    if vocabulary.isContent[id] { stems.insert(vocabulary.stems[id], hash: vocabulary.stemHashes[id]) }
                    continue
                }
                let norm = tokens.norm(position)
                if Self.isContent(word: norm, isWord: true) { stems.insert(Stemmer.stem(norm)) }
            }
        }
        self.stems = stems
        addressesListener = tokens.withUnsafeBufferPointer { Self.addressesListener($0) }
        isQuestion = tokens.withUnsafeBufferPointer { $0.count > 0 && $0.norm($0.count - 1, is: "?") }
        // One pass for the readings of their line the detectors ask about,
        // each token's table memberships as bits (`lineFlags`): a vocabulary
        // word's were computed once, any other word's are looked up here.
        var hasNegation = false
        var hasChargeMarker = false
        var speaksOfThemselves = false
        var complains = false
        var asks = false
        tokens.withUnsafeBufferPointer { tokens in
            for position in tokens.indices {
                let id = Int(tokens[position].id)
                let flags = id >= 0 ? vocabulary.lineFlags[id] : Self.lineFlags(of: tokens.normBytes(position))
                if flags == 0 { continue }
                if flags & Self.negatorFlag != 0 { hasNegation = true }
                if flags & Self.chargeMarkerFlag != 0 { hasChargeMarker = true }
                guard tokens[position].isWord || tokens.norm(position, is: "!") else { continue }
                if flags & Self.firstPersonFlag != 0 { speaksOfThemselves = true }
                if flags & (Self.chargeMarkerFlag | Self.complaintFlag) != 0 { complains = true }
                if flags & Self.askingFlag != 0 { asks = true }
            }
        }
        self.hasNegation = hasNegation
        chargesListener = addressesListener && hasChargeMarker
        self.speaksOfThemselves = speaksOfThemselves
        self.complains = complains
        asksForInformation = isQuestion && !asks
        // A yes/no question counts here: "Are you hurting yourself?" asks it.
        mentionsSelfHarm = tokens.withUnsafeBufferPointer { tokens in
            tokens.indices.contains { tokens.norm($0, is: "you") || tokens.norm($0, is: "your") || tokens.norm($0, is: "yourself") }
                && Self.mentionsSelfHarm(tokens)
        }
    }

    static let negatorFlag: UInt8 = 1
    static let chargeMarkerFlag: UInt8 = 2
    static let firstPersonFlag: UInt8 = 4
    static let complaintFlag: UInt8 = 8
    static let askingFlag: UInt8 = 16

    /// Which of the partner-line word tables hold `word`, as the flags above
    /// (`TokenVocabulary.lineFlags` keeps them for every vocabulary word).
    static func lineFlags(of word: String) -> UInt8 {
        var word = word
        return word.withUTF8 { lineFlags(of: $0) }
    }

    /// `lineFlags(of:)` by the word's bytes (the tables are byte tables).
    static func lineFlags(of word: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var flags: UInt8 = 0
        if NegationScope.negatorTable.contains(word) { flags |= negatorFlag }
        if chargeMarkerTable.contains(word) { flags |= chargeMarkerFlag }
        if firstPersonTable.contains(word) { flags |= firstPersonFlag }
        if complaintTable.contains(word) { flags |= complaintFlag }
        if askingWordTable.contains(word) { flags |= askingFlag }
        return flags
    }

    /// Each table `lineFlags(of:)` reads, with its flag (the same five).
    private static var lineFlagTables: [(table: WordTable, flag: UInt8)] {
        [
            (NegationScope.negatorTable, negatorFlag), (chargeMarkerTable, chargeMarkerFlag),
            (firstPersonTable, firstPersonFlag), (complaintTable, complaintFlag), (askingWordTable, askingFlag),
        ]
    }

    /// `lineFlags(of:)` for every entry of `vocabulary` (by entry number),
    /// found from the other side: each table's few words looked up in the
    /// vocabulary, not the vocabulary's 3,700 words in five tables (1.9 M
    /// instructions at start-up). The same flags, since both sides are byte
    /// tables: a table holds a word exactly when it holds its bytes.
    static func lineFlags(ofEntriesOf vocabulary: WordTable) -> [UInt8] {
        var flags = [UInt8](repeating: 0, count: vocabulary.count)
        for (table, flag) in lineFlagTables {
            table.forEachEntry { word in
                if let entry = vocabulary.entry(word) { flags[entry] |= flag }
            }
        }
        return flags
    }

    /// The line names the listener's self-harm or suicidal thoughts ("I
    /// heard you've been cutting again", "Are you thinking of ending your
    /// life?"): the reply is read with that in mind.
    let mentionsSelfHarm: Bool

    /// Norms compared by their bytes (`TokenBuffer.norm(_:is:)`), no String made.
    private static func mentionsSelfHarm(_ tokens: TokenBuffer) -> Bool {
        for index in tokens.indices {
            // "Last session you mentioned some dark thoughts."
            if tokens.norm(index, is: "dark"), index + 1 < tokens.count, tokens.norm(index + 1, is: "thoughts") { return true }
            // "…so that you'll die?", "Do you want to die?": dying as the
            // listener's aim ("Do you think the plant will die?" is not).
            if tokens.norm(index, is: "die"), index >= 2,
                tokens.norm(index - 1, is: "will") || tokens.norm(index - 1, is: "would") || tokens.norm(index - 1, is: "to"),
                (max(0, index - 3)..<(index - 1)).contains(where: { tokens.norm($0, is: "you") })
            {
                return true
            }
            // One table look-up per word: most words are none of these.
            guard let kind = selfHarmWords.entry(tokens.normBytes(index)) else { continue }
            if kind < selfHarmNames.count {
                // "I noticed you asked about suicide directly": a supervisor
                // speaks of the listener's question, not of their harm.
                if index >= 3, tokens.norm(index - 1, is: "about"), tokens.norm(index - 3, is: "you"),
                    tokens.norm(index - 2, is: "asked") || tokens.norm(index - 2, is: "ask") || tokens.norm(index - 2, is: "asking")
                {
                    continue
                }
                return true
            }
            // The next word's tests; past the end, "" is none of them.
            func next(is word: StaticString) -> Bool { index + 1 < tokens.count && tokens.norm(index + 1, is: word) }
            if kind < selfHarmNames.count + harmingVerbs.count, next(is: "yourself") || next(is: "again") {
                // "Stop hurting yourself over what she said" is a figure of speech.
                let after = index + 2 < tokens.count ? tokens.norm(index + 2) : ""
                if !figurativeAfterYourself.contains(after) { return true }
                continue
            }
            if kind >= selfHarmNames.count + harmingVerbs.count, kind < selfHarmWordList.count - 1,
                next(is: "your"), index + 2 < tokens.count, tokens.norm(index + 2, is: "life")
            {
                return true
            }
            if kind == selfHarmWordList.count - 1 && next(is: "yourself") { return true }
            // "Have you hurt yourself since Friday?": a past act asked about
            // over a stretch of time. "Did you hurt yourself when you fell?"
            // asks about an accident.
            if kind >= selfHarmWordList.count, next(is: "yourself"), index + 2 < tokens.count,
                overTimeAfterYourself.contains(tokens.norm(index + 2))
            {
                return true
            }
        }
        return false
    }

    private static let selfHarmNames = [
        "suicide", "suicidal", "self-harm", "self-harming", "self-harmed", "selfharm", "selfharming", "selfharmed",
        "self-injury", "overdose", "overdosed", "unalive", "unaliving",
    ]
    /// Harming verbs that name self-harm before "yourself" or "again".
    private static let harmingVerbs = ["cutting", "hurting", "harming", "burning", "killing"]
    /// Verbs that name suicide before "your life".
    private static let endingVerbs = ["ending", "end", "take", "taking"]
    /// The names, the harming verbs, the ending verbs and "harm", in that
    /// order: a word's entry in `selfHarmWords` says which group it is in.
    private static let selfHarmWordList = selfHarmNames + harmingVerbs + endingVerbs + ["harm"]
    /// Past forms that name self-harm before "yourself" and a stretch of
    /// time ("since", "again", "recently", "lately", "deliberately"), after
    /// every group above.
    private static let pastHarmingVerbs = ["hurt", "cut", "harmed", "burned", "burnt"]
    private static let overTimeAfterYourself: Set<String> = ["since", "again", "recently", "lately", "deliberately", "intentionally", "this"]
    private static let selfHarmWords = WordTable(selfHarmWordList + pastHarmingVerbs)

    private static let figurativeAfterYourself: Set<String> = ["over", "about", "by", "with", "worrying", "thinking", "trying"]

    /// The line ends with a question mark: "Because…" then answers it.
    let isQuestion: Bool

    /// The line finds fault with the listener ("You never ask about my
    /// day", "Why are you always late?", "You promised…"): a reply that
    /// turns it back, justifies or argues is defensive.
    let chargesListener: Bool

    /// The line is about the speaker ("I", "my", "we"): a "you…" statement
    /// answering it is likely to be about their experience.
    let speaksOfThemselves: Bool
    /// The line is a question that asks for an answer, not for something to
    /// be done ("Did you enjoy the party?", not "Can you help me move?"): a
    /// bare "no" answers it rather than declining.
    let asksForInformation: Bool
    /// The line complains or asks for something to stop ("This is
    /// ridiculous", "Please don't park there again"): "I'm sorry" answering
    /// it apologises; answering "My dog died" it sympathises.
    let complains: Bool
    private static let complaintTable = WordTable([
        "please", "ridiculous", "waiting", "joke", "unacceptable", "cold", "hold", "wrong", "broken", "rude",
        "stupid", "angry", "upset", "annoyed", "furious", "disappointed", "hurt",
    ])
    private static let askingWordTable = WordTable([
        "want", "wanna", "fancy", "mind", "could", "can", "would", "will", "let", "please", "help", "lend",
        "come", "join", "cover", "give", "borrow", "take", "coming", "joining", "up", "free", "should", "shall",
        "need", "agree", "okay", "ok", "alright", "stop", "tell", "sign", "how", "what",
    ])
    private static let firstPersonTable = WordTable(WordClasses.firstPerson)

    private static let chargeMarkerTable = WordTable(chargeMarkers)
    private static let chargeMarkers: Set<String> = [
        "always", "never", "keep", "keeps", "kept", "again", "why", "stop", "fault", "blame",
        "promised", "embarrassed", "forgot", "lied", "ruined", "ignored", "ignore", "left",
        "barely", "even", "anymore", "late", "mess", "selfish", "lazy", "useless", "rude",
        "not", "!", "hardly", "instead", "without", "nagging", "moping", "exaggerate",
    ]

    /// The line says something about the listener ("you're being selfish",
    /// "why don't you ever come?") rather than only asking a plain yes/no
    /// question ("Have you seen my keys?"): a reply that denies its words
    /// wards off a charge.
    let addressesListener: Bool

    /// Norms compared by their bytes (`TokenBuffer.norm(_:is:)`), no String made.
    private static func addressesListener(_ tokens: TokenBuffer) -> Bool {
        // "Stop micromanaging my weekends.", "Stop being so dramatic": an
        // imperative charge names no "you" but aims at the listener.
        if let first = tokens.indices.first(where: { tokens[$0].isWord }), first + 1 < tokens.count,
            tokens.norm(first, is: "stop") || tokens.norm(first, is: "quit"), tokens[first + 1].isWord,
            tokens.norm(first + 1).hasSuffix("ing")
        {
            return true
        }
        guard tokens.indices.contains(where: { tokens.norm($0, is: "you") || tokens.norm($0, is: "your") }) else { return false }
        let isQuestion = tokens.count > 0 && tokens.norm(tokens.count - 1, is: "?")
        // "Do you even care?", "Do you ever listen?" charge rather than ask.
        if isQuestion, let first = tokens.indices.first(where: { tokens[$0].isWord }),
            tokens.norm(first, isIn: plainQuestionOpeners),
            !tokens.indices.contains(where: { tokens.norm($0, is: "even") || tokens.norm($0, is: "ever") }) {
            return false
        }
        return true
    }

    private static let plainQuestionOpeners = WordTable([
        "have", "did", "do", "are", "can", "could", "would", "will", "is", "was", "were", "has", "should", "shall",
        "may", "what", "where", "when", "which", "who", "how",
    ])

    /// For each token of `reply`: its stem when it is a content word whose
    /// stem appears in the other line, else nil. Computed once per reply so
    /// that `shared(in:range:sharedStems:)` does no stemming or hashing.
    func sharedStems(of reply: ParsedText) -> [String?] {
        guard !stems.isEmpty else { return [] }
        let vocabulary = TokenVocabulary.shared
        return reply.tokens.withUnsafeBufferPointer { tokens in
            // In place: no Token copied per word.
            tokens.indices.map { position in
                guard tokens[position].isWord else { return nil }
                let id = Int(tokens[position].id)
                if id >= 0 {
                    // A vocabulary word: its reading and stem were computed once.
                    guard vocabulary.isContent[id] else { return nil }
                    let stem = vocabulary.stems[id]
                    return stems.contains(stem, hash: vocabulary.stemHashes[id]) ? stem : nil
                }
                let norm = tokens.norm(position)
                guard Self.isContent(word: norm, isWord: true) else { return nil }
                let stem = Stemmer.stem(norm)
                return stems.contains(stem) ? stem : nil
            }
        }
    }

    /// `shared(in:range:)` from `sharedStems(of: reply)`.
    func shared(in reply: ParsedText, range: Range<Int>, sharedStems: [String?]) -> [String] {
        guard !sharedStems.isEmpty else { return [] }
        var words: [String] = []
        var seen: [String] = []
        for position in range {
            guard let stem = sharedStems[position] else { continue }
            if !seen.contains(stem) {
                seen.append(stem)
                words.append(reply.tokens[position].norm)
            }
        }
        return words
    }

    /// The reply's content words in `range` whose stem appears in the other
    /// line, in order of first use, each once.
    func shared(in reply: ParsedText, range: Range<Int>) -> [String] {
        guard !stems.isEmpty else { return [] }
        var words: [String] = []
        var seen = Set<String>()
        for position in range {
            let token = reply.tokens[position]
            guard Self.isContent(token) else { continue }
            let stem = Stemmer.stem(token.norm)
            if stems.contains(stem), seen.insert(stem).inserted { words.append(token.norm) }
        }
        return words
    }

    /// How many of the reply's content words in `range` there are at all.
    static func count(in reply: ParsedText, range: Range<Int>) -> Int {
        range.reduce(0) { $0 + (isContent(reply.tokens[$1]) ? 1 : 0) }
    }

    static func isContent(_ token: TokenView) -> Bool {
        isContent(word: token.norm, isWord: token.isWord)
    }

    @inline(__always)
    static func isContent(word: String, isWord: Bool) -> Bool {
        isWord && hasTwoScalars(word) && !stopwordTable.contains(word)
    }

    /// `word.unicodeScalars.count > 1` without counting: over four bytes is
    /// always two scalars or more, and an ASCII first byte is a whole scalar.
    @inline(__always)
    private static func hasTwoScalars(_ word: String) -> Bool {
        let utf8 = word.utf8
        let count = utf8.count
        if count > 4 { return true }
        if count < 2 { return false }
        if let first = utf8.first, first < 0x80 { return true }
        return word.unicodeScalars.count > 1
    }

    private static let stopwordTable = WordTable(stopwords)

    /// Function words, pronouns, fillers, and the verbs that frame a
    /// reflection ("sounds", "feel", "saying"): sharing them says nothing.
    static let stopwords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "if", "so", "of", "to", "in", "on", "at", "by",
        "for", "with", "about", "from", "into", "onto", "over", "under", "up", "down", "out",
        "off", "as", "than", "then", "too", "very", "really", "just", "also", "still", "even",
        "i", "me", "my", "mine", "myself", "you", "your", "yours", "yourself", "we", "us", "our",
        "ours", "they", "them", "their", "theirs", "he", "him", "his", "she", "her", "hers",
        "it", "its", "itself", "this", "that", "these", "those", "there", "here", "what",
        "which", "who", "whom", "whose", "when", "where", "why", "how", "all", "any", "some",
        "no", "not", "nor", "is", "am", "are", "was", "were", "be", "been", "being", "'s",
        "do", "does", "did", "doing", "done", "have", "has", "had", "having", "will", "would",
        "shall", "should", "can", "could", "may", "might", "must", "ought", "get", "got",
        "gets", "getting", "go", "going", "goes", "went", "gonna", "like", "well", "okay", "ok",
        "yeah", "yes", "oh", "um", "uh", "hmm", "right", "sure", "maybe", "perhaps", "kind",
        "sort", "bit", "lot", "lots", "thing", "things", "stuff", "something", "anything",
        "everything", "nothing", "someone", "anyone", "everyone", "nobody", "one", "ones",
        "sound", "sounds", "sounded", "seem", "seems", "seemed", "feel", "feels", "felt",
        "feeling", "say", "says", "said", "saying", "mean", "means", "meant", "think",
        "thinks", "thought", "know", "knows", "knew", "guess", "hear", "hearing", "heard",
        "want", "wants", "wanted", "make", "makes", "made", "let", "because", "though", "while",
        "again", "now", "always", "never", "ever", "much", "many", "more", "most", "such",
        "own", "same", "other", "another", "each", "every", "both", "either", "neither",
        "only", "quite", "pretty", "way", "actually", "basically", "totally", "literally",
        "honestly", "please", "thanks", "thank", "sorry",
    ]
}

/// A line's few content-word stems: a list with a cheap byte hash (FNV-1a)
/// beside each, scanned linearly — a partner line has a handful of content
/// words, so this beats hashing every stem with `Set<String>`'s SipHash.
///
/// Membership is String equality, as in a `Set<String>`: two different ASCII
/// strings are never canonically equivalent, so a hash mismatch rules out a
/// pair only when both are ASCII; a non-ASCII stem is compared with every
/// entry (hash `nonASCII`).
struct StemSet: Sendable {
    private var stems: [String] = []
    private var hashes: [UInt32] = []

    var isEmpty: Bool { stems.isEmpty }

    /// The hash of every stem with a non-ASCII byte (an ASCII stem's hash has bit 31 clear).
    private static let nonASCII: UInt32 = 1 << 31

    /// The hash `insert` and `contains` use (`TokenVocabulary.stemHashes`
    /// keeps it for every vocabulary word's stem).
    @inline(__always)
    static func hash(_ word: String) -> UInt32 {
        var word = word
        return word.withUTF8 { bytes in
            var hash: UInt32 = 2_166_136_261
            for byte in bytes {
                if byte >= 0x80 { return nonASCII }
                hash = (hash ^ UInt32(byte)) &* 16_777_619
            }
            return hash & ~nonASCII
        }
    }

    private func index(of stem: String, hash: UInt32) -> Int? {
        var position = 0
        while position < hashes.count {
            if hashes[position] == hash || hashes[position] == Self.nonASCII || hash == Self.nonASCII,
                stems[position] == stem
            {
                return position
            }
            position += 1
        }
        return nil
    }

    func contains(_ stem: String) -> Bool {
        guard !stems.isEmpty else { return false }
        return index(of: stem, hash: Self.hash(stem)) != nil
    }

    /// `contains(stem)`, with `hash == StemSet.hash(stem)` given.
    func contains(_ stem: String, hash: UInt32) -> Bool {
        guard !stems.isEmpty else { return false }
        return index(of: stem, hash: hash) != nil
    }

    mutating func insert(_ stem: String) {
        insert(stem, hash: Self.hash(stem))
    }

    /// `insert(stem)`, with `hash == StemSet.hash(stem)` given.
    mutating func insert(_ stem: String, hash: UInt32) {
        guard index(of: stem, hash: hash) == nil else { return }
        stems.append(stem)
        hashes.append(hash)
    }
}
