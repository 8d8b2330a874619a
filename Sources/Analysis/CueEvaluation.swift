/// Precision, recall and F1 per cue, from labelled replies: how far the
/// analyzer agrees with people. Pure counting; the command line reads files.
public struct CueEvaluation: Sendable {
    public struct Counts: Hashable, Sendable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0
        public init() {}
        public var support: Int { truePositives + falseNegatives }
        public var precision: Double? {
            truePositives + falsePositives == 0 ? nil : Double(truePositives) / Double(truePositives + falsePositives)
        }
        public var recall: Double? { support == 0 ? nil : Double(truePositives) / Double(support) }
        /// F1, or nil when the cue neither occurs nor is predicted.
        public var f1: Double? {
            if support == 0 && falsePositives == 0 { return nil }
            let p = precision ?? 0, r = recall ?? 0
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
    }

    /// One labelled reply the analyzer got wrong.
    public struct Miss: Hashable, Sendable {
        public let line: Int
        public let text: String
        public let missing: [CueName]
        public let extra: [CueName]
    }

    public private(set) var counts: [CueName: Counts] = [:]
    /// (expected but missed, predicted but not expected) → how often they came together.
    public private(set) var confusions: [Pair: Int] = [:]
    public private(set) var misses: [Miss] = []
    public private(set) var items = 0

    public struct Pair: Hashable, Sendable {
        public let missed: CueName
        public let instead: CueName
        public init(missed: CueName, instead: CueName) {
            self.missed = missed
            self.instead = instead
        }
    }

    public init() {}

    /// Adds one labelled reply.
    public mutating func add(line: Int, text: String, expected: Set<CueName>, predicted: Set<CueName>) {
        items += 1
        for cue in expected.union(predicted) {
            var count = counts[cue, default: Counts()]
            switch (expected.contains(cue), predicted.contains(cue)) {
            case (true, true): count.truePositives += 1
            case (false, true): count.falsePositives += 1
            case (true, false): count.falseNegatives += 1
            case (false, false): break
            }
            counts[cue] = count
        }
        let missing = expected.subtracting(predicted).sorted()
        let extra = predicted.subtracting(expected).sorted()
        for m in missing {
            for e in extra { confusions[Pair(missed: m, instead: e), default: 0] += 1 }
        }
        if !missing.isEmpty || !extra.isEmpty {
            misses.append(Miss(line: line, text: text, missing: missing, extra: extra))
        }
    }

    /// The mean F1 over the given cues that occur or are predicted.
    public func macroF1(over cues: [CueName] = CueName.builtIn) -> Double? {
        let scores = cues.compactMap { counts[$0]?.f1 }
        return scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count)
    }

    /// The most frequent confusions, most first.
    public func worstConfusions(_ limit: Int) -> [(Pair, Int)] {
        // Ties are broken by name, so the report is the same on every run.
        confusions.sorted {
            if $0.value != $1.value { return $0.value > $1.value }
            return ($0.key.missed.rawValue, $0.key.instead.rawValue) < ($1.key.missed.rawValue, $1.key.instead.rawValue)
        }.prefix(limit).map { ($0.key, $0.value) }
    }
}
