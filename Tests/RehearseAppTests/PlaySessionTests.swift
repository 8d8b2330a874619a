import Engine
import Foundation
import LineEditor
@testable import RehearseApp
import Scenarios
import Scoring
import Testing

/// Feeds the REPL scripted input, as a terminal would.
final class ScriptedReader: LineReader {
    var inputs: [LineInput]
    var history: [String] = []
    var saves = 0
    let isInteractive: Bool

    init(_ inputs: [LineInput], interactive: Bool = true) {
        self.inputs = inputs
        isInteractive = interactive
    }
    func readLine(prompt: String) -> LineInput { inputs.isEmpty ? .endOfInput : inputs.removeFirst() }
    func addHistory(_ line: String) { history.append(line) }
    func saveHistory() { saves += 1 }
}

final class CapturedOutput: Output {
    var text = ""
    func write(_ text: String) { self.text += text }
}

@Suite struct PlaySessionTests {
    static let yaml = """
        format: rehearse/1
        id: repl-test
        title: REPL test
        area: role-dispute
        skills: [assertiveness]
        level: 1
        goal: Test the loop.
        partner: { name: Sam, relation: flatmate }
        state: { tension: 5 }
        cues:
          says-plan: ["plan"]
        start: opening
        nodes:
          opening:
            partner: "Hello."
            coach: Try saying plan to {partner}.
            examples: ["A plan?", "Let's plan."]
            replies:
              - if: says-plan
                set: { tension: -2 }
                go: done
              - else:
                set: { tension: +1 }
                partner: "Hm?"
          done:
            partner: "Deal."
            end: { outcome: success, title: A plan }
        """

    func play(_ inputs: [LineInput], mode: PlayMode = .practice, interactive: Bool = true, yaml: String = Self.yaml) throws -> (String, ScriptedReader) {
        let scenario = try #require(ScenarioLoader().load(yaml: yaml).scenario)
        let reader = ScriptedReader(inputs, interactive: interactive)
        let output = CapturedOutput()
        PlaySession(conversation: Conversation(scenario: scenario, seed: 1), mode: mode, reader: reader, output: output, style: .plain).run()
        return (output.text, reader)
    }

    @Test func repliesGoToHistoryButInterruptedLinesDoNot() throws {
        let (text, reader) = try play([.interrupted, .line("hello there  "), .line("/hint"), .line("our plan")])
        #expect(reader.history == ["hello there", "/hint", "our plan"])
        #expect(reader.saves >= 2, "history is saved after each reply and at the end")
        #expect(text.contains("Hint: Try saying plan to Sam."), "a hint fills in {partner}")
        #expect(text.contains("── Ending: A plan (success) ──"))
    }

    @Test func crisisRepliesAreNeitherAnsweredNorKeptInHistory() throws {
        let (text, reader) = try play([.line("I want to kill myself"), .line("go on"), .line("/quit")])
        #expect(reader.history == ["/quit"])
        #expect(text.contains("Pausing the role-play"))
        #expect(!text.contains("Sam: Hm?"), "no in-character answer")
        #expect(text.contains("No replies to score."), "the crisis reply is not scored")
    }

    @Test func supportShowsHelplinesWithoutEndingOrScoring() throws {
        let (text, reader) = try play([.line("/support"), .line("our plan")])
        #expect(text.contains("── Support ──"))
        #expect(text.contains("988"), "the helplines are shown on request")
        #expect(!text.contains("Pausing the role-play"), "asking for support is not treated as a disclosure")
        #expect(reader.history == ["/support", "our plan"])
        #expect(text.contains("── Ending: A plan (success) ──"), "the role-play goes on afterwards")
    }

    /// Detection misses many disclosures worded in new ways, so a scenario
    /// that may stir up loss or conflict names /support before it starts.
    @Test func headerPointsToSupportWhereTheScenarioMayStirThingsUp() throws {
        let plain = try play([.line("/quit")]).0
        #expect(!plain.contains("/support"), "a light scenario opens without it")
        let withNote = Self.yaml.replacingOccurrences(of: "goal: Test the loop.", with: "goal: Test the loop.\ncontent-note: Sam shouts.")
        let noted = try play([.line("/quit")], yaml: withNote).0
        #expect(noted.contains("type /support at any time for crisis lines"))
        let grief = try play([.line("/quit")], yaml: Self.yaml.replacingOccurrences(of: "area: role-dispute", with: "area: grief")).0
        #expect(grief.contains("type /support at any time for crisis lines"))
    }

    @Test func endOfInputEndsWithTheReport() throws {
        let (text, _) = try play([.line("whatever"), .endOfInput])
        #expect(text.contains("Sam: Hm?"))
        #expect(text.contains("── Stopped before an ending ──"))
        #expect(text.contains("Assertiveness"))
    }

    @Test func practiceShowsFeedbackAndExamDoesNot() throws {
        let (practice, _) = try play([.line("whatever"), .line("/quit")])
        #expect(practice.contains("tension 5→6"))
        let (exam, _) = try play([.line("whatever"), .line("/undo"), .line("/hint"), .line("/why"), .line("/score"), .line("/quit")], mode: .exam)
        #expect(!exam.contains("tension 5→6"))
        #expect(exam.contains("Undo is off in exam mode"))
        #expect(exam.contains("Hints are off in exam mode"))
        #expect(exam.contains("Explanations are off in exam mode"))
        #expect(exam.contains("Scores are off in exam mode"))
    }

    @Test func undoTakesBackAReplyAndRepeatsTheLine() throws {
        let (text, _) = try play([.line("whatever"), .line("/undo"), .line("/undo"), .line("/quit")])
        #expect(text.contains("Took back reply 1."))
        #expect(text.contains("Nothing to take back yet."))
        #expect(text.contains("No replies to score."))
    }

    @Test func examplesCycleAndUnknownCommandsAreExplained() throws {
        let (text, _) = try play([.line("/example"), .line("/example"), .line("/example"), .line("/nope"), .line("/quit")])
        #expect(text.components(separatedBy: "For example: \"A plan?\"").count == 3)
        #expect(text.contains("For example: \"Let's plan.\""))
        #expect(text.contains("Unknown command /nope. Type /help for the list."))
    }

    @Test func pipedInputIsEchoedSoTranscriptsRead() throws {
        let (text, _) = try play([.line("our plan")], interactive: false)
        #expect(text.contains("you> our plan\n"))
    }

    @Test func whyExplainsTheBranchWithTheUsersWords() throws {
        let (text, _) = try play([.line("no idea"), .line("/why"), .line("/quit")])
        #expect(text.contains("Reply 1: \"no idea\""))
        #expect(text.contains("None of the conditions held (says-plan), so the `else` branch was taken."))
        #expect(text.contains("tension: 5 → 6"))
    }

    @Test func rubricsComeFromTheScenarioThenItsSkills() throws {
        var scenario = try #require(ScenarioLoader().load(yaml: Self.yaml).scenario)
        #expect(Rubric.selection(for: scenario).map(\.name) == ["assertiveness"])
        scenario.rubrics = ["active-listening"]
        #expect(Rubric.selection(for: scenario).map(\.name) == ["active-listening"])
        scenario.rubrics = []
        scenario.skills = ["small talk"]
        #expect(Rubric.selection(for: scenario).count == 2)
    }
}

@Suite struct SettingsTests {
    @Test func dataHomeFollowsTheDocumentedOrder() {
        #expect(DataHome.folder(environment: ["REHEARSE_HOME": "/a", "XDG_DATA_HOME": "/b", "HOME": "/c"]) == "/a")
        #expect(DataHome.folder(environment: ["XDG_DATA_HOME": "/b", "HOME": "/c"]) == "/b/rehearse")
        #expect(DataHome.folder(environment: ["HOME": "/c"]) == "/c/.local/share/rehearse")
    }

    @Test func dataHomeIsPrivate() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rehearse-\(UUID().uuidString)/nested").path
        let prepared = try #require(DataHome.prepare(environment: ["REHEARSE_HOME": folder]))
        let mode = try FileManager.default.attributesOfItem(atPath: prepared)[.posixPermissions] as? Int
        #expect(mode == 0o700)
    }

    @Test func colourOnlyOnATerminalAndNeverWithNoColor() {
        #expect(Style.choose(isTerminal: true, environment: [:]).enabled)
        #expect(!Style.choose(isTerminal: false, environment: [:]).enabled)
        #expect(!Style.choose(isTerminal: true, environment: ["NO_COLOR": "1"]).enabled)
        #expect(Style.choose(isTerminal: true, environment: ["NO_COLOR": ""]).enabled)
    }

    @Test func everyBuiltInCueHasATone() {
        #expect(CueTone.of(.blame) == .harmful)
        #expect(CueTone.of(.reflection) == .helpful)
        #expect(CueTone.of(.question) == .neutral)
    }
}

@Suite struct AnalysisJSONTests {
    @Test func stringsAreEscapedOnlyWhereJSONNeedsIt() throws {
        for text in ["plain words, Zoë 😔", "a \"quote\" and a \\ backslash", "tab\tand\nnewline\u{01}"] {
            var out = ""
            AnalysisJSON.appendString(text, to: &out)
            let decoded = try JSONSerialization.jsonObject(with: Data(out.utf8), options: [.fragmentsAllowed]) as? String
            #expect(decoded == text)
        }
    }
}
