/// A half-open range of a reply, counted in Unicode scalars (code points),
/// so that programs reading the JSON output (Python's `str`, for one) can
/// slice the original text with the same numbers.
public struct Span: Hashable, Codable, Sendable {
    public let start: Int
    public let end: Int
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// Why a cue was recognised: where in the reply, and which rule fired.
public struct Evidence: Hashable, Codable, Sendable {
    /// Where in the reply the cue was found.
    public let span: Span
    /// The reply's own words inside `span`, quoted in reports.
    public let excerpt: String
    /// The rule or lexicon entry that fired, readable by a trainee
    /// (e.g. `"i-statement: I feel + emotion word"`).
    public let rule: String
    /// For reflections: content words the reply shares with the other
    /// person's previous line. Empty for other cues.
    public let sharedWords: [String]

    public init(span: Span, excerpt: String, rule: String, sharedWords: [String] = []) {
        self.span = span
        self.excerpt = excerpt
        self.rule = rule
        self.sharedWords = sharedWords
    }
}

/// One cue found in a reply, with its evidence.
public struct CueMatch: Hashable, Codable, Sendable {
    public let cue: CueName
    public let evidence: Evidence
    public init(cue: CueName, evidence: Evidence) {
        self.cue = cue
        self.evidence = evidence
    }
}

/// A match a rule made that the word model overruled (`rehearse analyze`
/// only; rehearsals use the rules alone): the match as the rule made it,
/// and why it does not count.
public struct OverruledMatch: Hashable, Codable, Sendable {
    public let match: CueMatch
    /// E.g. "word model: absolute 12 %, under its floor of 20 %".
    public let reason: String
    public init(match: CueMatch, reason: String) {
        self.match = match
        self.reason = reason
    }
}

/// Everything the analyzer found in one reply.
public struct ReplyAnalysis: Hashable, Codable, Sendable {
    /// The reply as analysed.
    public let text: String
    /// Every match, ordered by span start (then by cue name).
    public let matches: [CueMatch]
    /// Rules' matches the word model overruled, in the order found; their
    /// cues are not in `matches` (unless another match has the same cue).
    public let overruled: [OverruledMatch]

    private enum CodingKeys: String, CodingKey { case text, matches, overruled }

    public init(text: String, matches: consuming [CueMatch], overruled: [OverruledMatch] = []) {
        self.text = text
        self.overruled = overruled
        // Sorted in place (the analyzer hands its array over with `consume`,
        // so it is not copied): no second array, and no match copied,
        // retained or released.
        if Self.sortByKey(&matches) {
            self.matches = matches
        } else {
            self.matches = matches.sorted {
                ($0.evidence.span.start, $0.cue) < ($1.evidence.span.start, $1.cue)
            }
        }
    }

    /// The same order as the tuple sort above, for the usual case (at most
    /// 64 matches, built-in cues, starts below 2^40): each match's key —
    /// start, cue rank, then its position (so equal matches keep their order,
    /// as in the stable `sorted`) — packed in one integer and
    /// insertion-sorted, without comparing the matches themselves; then the
    /// matches are moved (not copied) into that order. False, with
    /// `matches` untouched: not the usual case.
    private static func sortByKey(_ matches: inout [CueMatch]) -> Bool {
        let count = matches.count
        if count < 2 { return true }
        guard count <= 64 else { return false }
        // Nil: not the usual case; else whether the matches are now in order.
        let sorted: Bool? = withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count) { keys -> Bool? in
            // Nil: not the usual case; else whether any key moved.
            let order = matches.withUnsafeBufferPointer { matches -> Bool? in
                var moved = false
                for index in 0..<count {
                    let rank = matches[index].cue.rank
                    let start = matches[index].evidence.span.start
                    guard rank >= 0, start >= 0, start < 1 << 40 else { return nil }
                    let key = UInt64(start) << 11 | UInt64(rank) << 6 | UInt64(index)
                    if keys.insertSorted(key, count: index) { moved = true }
                }
                return moved
            }
            // Already in order (most replies): nothing to do.
            guard order == true else { return order }
            matches.withUnsafeMutableBufferPointer { matches in
                withUnsafeTemporaryAllocation(of: CueMatch.self, capacity: count) { held in
                    // Each match is moved out once and back once (the keys'
                    // positions are a permutation), so none is lost or doubled.
                    guard let from = matches.baseAddress, let base = held.baseAddress else { return }
                    base.moveInitialize(from: from, count: count)
                    for slot in 0..<count {
                        (from + slot).moveInitialize(from: base + Int(keys[slot] & 63), count: 1)
                    }
                }
            }
            return true
        }
        return sorted != nil
    }

    /// Saved conversations from before `overruled` existed have none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decode(String.self, forKey: .text)
        matches = try container.decode([CueMatch].self, forKey: .matches)
        overruled = try container.decodeIfPresent([OverruledMatch].self, forKey: .overruled) ?? []
    }

    /// `overruled` only when there is one, so rules-only analyses (every
    /// rehearsal's) are saved as before.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(matches, forKey: .matches)
        if !overruled.isEmpty { try container.encode(overruled, forKey: .overruled) }
    }

    /// Distinct cue names, in order of first appearance.
    public var cues: [CueName] {
        // A reply has a handful of matches: a linear scan beats hashing names.
        var names: [CueName] = []
        names.reserveCapacity(matches.count)
        for match in matches where !names.contains(match.cue) { names.append(match.cue) }
        return names
    }

    public func contains(_ cue: CueName) -> Bool { matches.contains { $0.cue == cue } }

    public func matches(for cue: CueName) -> [CueMatch] { matches.filter { $0.cue == cue } }
}

extension UnsafeMutableBufferPointer where Element == UInt64 {
    /// Inserts `key` into the sorted first `count` keys (insertion sort's
    /// step; keys are distinct, so `>` keeps the order exact). Returns
    /// whether it moved from position `count`, i.e. the input was out of order.
    @inline(__always)
    func insertSorted(_ key: UInt64, count: Int) -> Bool {
        var slot = count
        while slot > 0, self[slot - 1] > key {
            self[slot] = self[slot - 1]
            slot -= 1
        }
        self[slot] = key
        return slot != count
    }
}
