import Foundation
import Testing

@testable import Analysis

/// The statistical layer (`CueModel`): it reads words as the training script
/// does, only adds cues the rules missed, explains each with the reply's own
/// words, and leaves question forms and crisis to the rules.
@Suite struct WordModelTests {
    static let withModel = Analyzer(usesWordModel: true)
    static let rulesOnly = Analyzer()

    func words(_ text: String) -> [String] {
        var text = text
        var buffer: [UInt8] = []
        var words: [CueModel.Word] = []
        text.withUTF8 { CueModel.scan($0, into: &buffer, words: &words) }
        return words.map { String(decoding: buffer[Int($0.offset)..<Int($0.offset + $0.length)], as: UTF8.self) }
    }

    /// Expected lists printed by `words()` in Evaluation/train-cue-model.py:
    /// the two must read text the same way or the weights mean nothing.
    @Test func readsWordsAsTheTrainingScriptDoes() {
        #expect(words("I don’t know, can't you SEE?!") == ["i", "do", "not", "know", "can", "not", "you", "see", "?", "!"])
        #expect(words("'quoted' won't — café José’s") == ["quoted", "will", "not", "caf", "jos", "s"])
        #expect(words("I'm sure you'd've said so") == ["i", "am", "sure", "you'd", "have", "said", "so"])
        #expect(words("rock'n'roll isn't't") == ["rock'n'roll", "isn't't"])
        #expect(words("ok!!") == ["ok", "!", "!"])
        #expect(words("") == [])
        // Fillers, speaker labels and stage directions are nobody's words.
        #expect(words("T: [laughs] Um, I feel (long pause) hurt.") == ["i", "feel", "hurt"])
        #expect(words("MARIA: mm-hmm, yes") == ["yes"])
        #expect(words("Speaker 2: so\nClient: no") == ["so", "no"])
        #expect(words("Sorry: I told [name] (and I mean it)") == ["sorry", "i", "told", "and", "i", "mean", "it"])
    }

    /// The model's filler check compares packed bytes; it must say what
    /// `Disfluency.fillers` says for every word of letters.
    @Test func theFillerCheckMatchesTheFillerList() {
        func check(_ word: String) -> Bool {
            // Eight bytes of room past the word, as in the scan's buffer.
            var bytes = Array(word.utf8) + [UInt8](repeating: 0x61, count: 8)
            return bytes.withUnsafeMutableBufferPointer { CueModel.isFiller($0.baseAddress!, word.utf8.count) }
        }
        for filler in Disfluency.fillers where !filler.contains("-") {
            #expect(check(filler), "\(filler)")
        }
        for word in ["u", "m", "me", "he", "her", "hum", "mum", "ehh", "help", "hmmmm", "mmmm", "uhhh", "even", "mhmm"] {
            #expect(check(word) == Disfluency.fillers.contains(word), "\(word)")
        }
    }

    @Test func base64DecodesAcrossLinesAndPadding() {
        #expect(Base64.decode("aGVs\nbG8h") == Array("hello!".utf8))
        #expect(Base64.decode("aGVsbG8=") == Array("hello".utf8))
        #expect(Base64.decode("aGk=\n") == Array("hi".utf8))
        #expect(Base64.decode("") == [])
    }

    @Test func theModelDataDecodesAndNamesNoFormOrCrisisCue() {
        #expect(CueModel.featureCount > 1000)
        #expect(CueModel.cues.count == CueModel.scales.count && CueModel.cues.count == CueModel.biases.count)
        for cue in [CueName.question, .openQuestion, .closedQuestion, .crisis] {
            #expect(!CueModel.cues.contains(cue), "\(cue) is left to the rules")
        }
        // Decoding checks the data's length against the feature count.
        #expect(CueModel.shared.additions(to: "", present: 0).isEmpty)
    }

    /// A third party called names: no insult rule lists "brat", the model's
    /// words do, and the evidence quotes the reply and names the word.
    @Test func addsACueTheRulesMissWithTheRepliesOwnWords() throws {
        let reply = "Maya sounds like a brat, honestly."
        #expect(!Self.rulesOnly.analyze(reply).cues.contains(.insult))
        let analysis = Self.withModel.analyze(reply)
        let match = try #require(analysis.matches.first { $0.cue == .insult })
        #expect(match.evidence.rule.contains("word model"))
        #expect(match.evidence.rule.contains("'brat'"))
        // The model's probability, 80–99 %, is part of the explanation.
        #expect(match.evidence.rule.contains(#/insult: word model (8|9)\d %, /#))
        #expect(match.evidence.excerpt == reply)
        #expect(match.evidence.span == Span(start: 0, end: reply.unicodeScalars.count))
    }

    /// "Not once" here tells how a day went; the absolute rule fires on
    /// the words, and the model, which has read how people label such
    /// lines, puts it under absolute's floor. The match is kept aside with
    /// the model's figure, so the reader sees what was overruled and why;
    /// rehearsals (rules only) keep the rule's cue.
    @Test func overrulesARulesCueAndSaysWhy() throws {
        let reply = "I didn't sleep on the flight. Not once."
        #expect(Self.rulesOnly.analyze(reply).cues.contains(.absolute))
        #expect(Self.rulesOnly.analyze(reply).overruled.isEmpty)
        let analysis = Self.withModel.analyze(reply)
        #expect(!analysis.cues.contains(.absolute))
        let item = try #require(analysis.overruled.first)
        #expect(analysis.overruled.count == 1)
        #expect(item.match.cue == .absolute)
        #expect(item.match.evidence.excerpt == "Not once")
        #expect(item.match.evidence.rule == "absolute: all-or-nothing word")
        let floor = CueModel.shared.overrulePercent(.absolute)
        #expect(floor > 0)
        #expect(item.reason.contains(#/^word model: absolute \d{1,2} %, under its floor of \d+ %$/#))
        let percent = try #require(Int(item.reason.split(separator: " ")[3]))
        #expect(percent < floor)
    }

    /// Saved conversations keep loading: an analysis saved before
    /// `overruled` existed decodes with none, one without any is saved as
    /// before, and one with some round-trips.
    @Test func overruledMatchesSaveAndLoad() throws {
        let rulesOnly = Self.rulesOnly.analyze("You never listen to me.")
        let saved = try JSONEncoder().encode(rulesOnly)
        #expect(!String(decoding: saved, as: UTF8.self).contains("overruled"))
        #expect(try JSONDecoder().decode(ReplyAnalysis.self, from: saved) == rulesOnly)
        let overruled = Self.withModel.analyze("I didn't sleep on the flight. Not once.")
        #expect(!overruled.overruled.isEmpty)
        #expect(try JSONDecoder().decode(ReplyAnalysis.self, from: JSONEncoder().encode(overruled)) == overruled)
    }

    /// The thresholds make sense as a pair: a cue is overruled only well
    /// under where it would be added, and every cue can be added.
    @Test func eachCueAddsAboveWhereItOverrules() {
        for (index, cue) in CueModel.cues.enumerated() {
            let add = CueModel.addThresholds[index], overrule = CueModel.overruleThresholds[index]
            #expect(overrule < add, "\(cue)")
            // A probability of 0.5 to 0.95 (a logit of 0 to about 2.94).
            #expect(add >= 0 && add < 3, "\(cue)")
        }
    }

    /// Whatever the rules found stays, with the same evidence, unless the
    /// model overrules it; what the model adds says so.
    @Test(arguments: [
        ("You never listen to me.", "I was busy."),
        ("That sounds exhausting. What happened next?", ""),
        ("I'm sorry you feel that way.", "You hurt me."),
        ("I don't want to be here anymore.", "How are you doing?"),
        ("Could you take the bins out?", ""),
    ])
    func onlyAddsToWhatTheRulesFound(reply: String, previous: String) {
        let rules = Self.rulesOnly.analyze(reply, previous: previous.isEmpty ? nil : previous)
        let both = Self.withModel.analyze(reply, previous: previous.isEmpty ? nil : previous)
        for match in rules.matches {
            #expect(both.matches.contains(match), "\(match.cue) lost")
        }
        for match in both.matches where !rules.matches.contains(match) {
            #expect(match.evidence.rule.contains("word model"))
            #expect(!rules.cues.contains(match.cue), "the model repeated a rule's cue")
        }
    }

    /// A cue a rule's cue overrules (`CueConflicts`) is never added: a
    /// disclosure's feelings, needs and hedges stay with crisis.
    @Test func respectsTheRulesConflicts() {
        let replies = [
            "I don't want to be here anymore, I'm so tired and I just need it to stop.",
            "I'm sorry you feel that way, I really am.",
            "No thanks, I appreciate it though.",
        ]
        for reply in replies {
            let analysis = Self.withModel.analyze(reply)
            var present: UInt32 = 0
            for match in analysis.matches where !match.evidence.rule.contains("word model") && match.cue.rank >= 0 {
                present |= 1 << UInt32(match.cue.rank)
            }
            for match in analysis.matches where match.evidence.rule.contains("word model") {
                #expect(!CueConflicts.isBeaten(match.cue, present: present), "\(reply): \(match.cue)")
            }
        }
    }

    /// The documented relations hold for what the model adds: a
    /// feeling-reflection is a reflection; an i-statement owns a feeling or need.
    @Test func keepsTheLabelRelations() {
        let replies = [
            ("It sounds like you've been carrying all of this on your own, and you're worn out.", "Nobody helps."),
            ("Honestly I just get so lonely in the evenings.", "How have the evenings been?"),
            ("You must have felt so alone at the funeral.", "Nobody from his side even spoke to me."),
        ]
        for (reply, previous) in replies {
            let cues = Set(Self.withModel.analyze(reply, previous: previous).cues)
            if cues.contains(.feelingReflection) { #expect(cues.contains(.reflection), "\(reply)") }
            if cues.contains(.iStatement) { #expect(cues.contains(.feeling) || cues.contains(.need), "\(reply)") }
        }
    }
}
