import Testing

@testable import Analysis

@Suite struct WordTableTests {
    @Test func findsEveryWordAndNothingElse() {
        let words = ["you", "i", "not", "zoë", "’", "…", "can't", "a", "", "feeling-reflection"] + (0..<500).map { "w\($0)" }
        let table = WordTable(words + ["you", "a"])  // repeats are ignored
        #expect(table.count == words.count)
        for (entry, word) in words.enumerated() {
            #expect(table.entry(word) == entry, "\(word)")
        }
        for missing in ["yo", "youu", "You", "zoe", "w500", "w-1", "can’t", " "] {
            #expect(!table.contains(missing), "\(missing)")
        }
    }

    @Test func stemsAgreeWithTheSuffixRules() {
        // Irregular forms, each suffix rule, the final "e" and "i", and words left alone.
        let cases = [
            ("felt", "feel"), ("happiness", "happy"), ("kindness", "kind"), ("payment", "pay"),
            ("worries", "worry"), ("worried", "worry"), ("stopping", "stop"), ("falling", "fall"),
            ("stopped", "stop"), ("quickly", "quick"), ("cats", "cat"), ("actress", "actress"), ("bus", "bus"),
            // Suffix tests need two letters to spare, so "miss" and "this" lose their "s".
            ("miss", "mis"), ("this", "thi"), ("making", "mak"), ("make", "mak"), ("taxi", "taxy"), ("cat", "cat"), ("café", "café"),
        ]
        for (word, stem) in cases {
            #expect(Stemmer.stem(word) == stem, "\(word)")
        }
    }
}
