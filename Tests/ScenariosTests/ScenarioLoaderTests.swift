import Analysis
import Scenarios
import Testing

@Suite struct ScenarioLoaderTests {
    static let yaml = """
        format: rehearse/1
        id: sample
        title: Sample
        area: role-dispute
        skills: [assertiveness, active-listening]
        level: 2
        goal: Agree a plan.
        content-note: Mentions an argument.
        partner: { name: Zoë, relation: flatmate, manner: tired }
        state: { tension: 6, trust: 4 }
        cues:
          mentions-rota: ["rota", "take turns"]
        start: opening
        nodes:
          opening:
            partner: ["Seriously?", "Again?"]
            coach: Describe, don't blame.
            examples: ["I can see you're fed up."]
            replies:
              - if: blame or insult
                set: { tension: +2, trust: -1 }
                partner: "Oh, so it's my fault now?"
                go: fight
              - if: mentions-rota and tension <= 6
                set: { tension: 3 }
                go: agreement
              - else:
                partner: "Are you listening?"
          fight:
            partner: "Forget it."
            end: { outcome: breakdown, title: Walked out }
          agreement:
            partner: "Okay."
            end: success
        rubric: [assertiveness]
        """

    @Test func loadsEveryPart() throws {
        let result = ScenarioLoader(knownRubrics: ["assertiveness"]).load(yaml: Self.yaml)
        #expect(result.findings.isEmpty, "\(result.findings)")
        let scenario = try #require(result.scenario)
        #expect(scenario.id == "sample")
        #expect(scenario.area == .roleDispute)
        #expect(scenario.level == 2)
        #expect(scenario.contentNote == "Mentions an argument.")
        #expect(scenario.partner == Partner(name: "Zoë", relation: "flatmate", manner: "tired"))
        #expect(scenario.meters == [Meter(name: "tension", initial: 6), Meter(name: "trust", initial: 4)])
        #expect(scenario.phraseCues.map(\.name) == ["mentions-rota"])
        #expect(scenario.nodeOrder == ["opening", "fight", "agreement"])
        let opening = try #require(scenario.node("opening"))
        #expect(opening.partnerLines == ["Seriously?", "Again?"])
        #expect(opening.replies.count == 3)
        #expect(opening.replies[0].effects == [MeterEffect(meter: "tension", change: .add(2)), MeterEffect(meter: "trust", change: .add(-1))])
        #expect(opening.replies[0].target == "fight")
        #expect(opening.replies[1].effects == [MeterEffect(meter: "tension", change: .set(3))])
        #expect(opening.replies[2].isElse)
        #expect(opening.replies[2].target == nil)
        #expect(scenario.node("fight")?.ending == Ending(outcome: .breakdown, title: "Walked out"))
        #expect(scenario.node("agreement")?.ending == Ending(outcome: .success, title: "agreement"))
    }

    @Test func effectsStayWithinRange() {
        #expect(MeterEffect(meter: "t", change: .add(5)).apply(to: 8) == 10)
        #expect(MeterEffect(meter: "t", change: .add(-5)).apply(to: 2) == 0)
        #expect(MeterEffect(meter: "t", change: .set(4)).apply(to: 9) == 4)
    }

    @Test func misspeltKeysGetASuggestion() {
        let result = ScenarioLoader().load(yaml: Self.yaml.replacingOccurrences(of: "    coach:", with: "    coahc:"))
        let finding = result.findings.first { $0.code == .unknownKey }
        #expect(finding?.message.contains("did you mean `coach`?") == true)
        #expect(finding?.location == SourceLocation(line: 17, column: 5))
    }

    @Test func meterUsedAsCueIsExplained() {
        let result = ScenarioLoader().load(yaml: Self.yaml.replacingOccurrences(of: "if: blame or insult", with: "if: blame or tension"))
        let finding = result.findings.first { $0.code == .unknownCue }
        #expect(finding?.message.contains("is a meter") == true)
        #expect(finding?.location == SourceLocation(line: 20, column: 22))
    }

    @Test func quotedConditionsPointInsideTheQuotes() {
        let result = ScenarioLoader().load(yaml: Self.yaml.replacingOccurrences(of: "if: blame or insult", with: "if: \"blame or insullt\""))
        #expect(result.findings.first { $0.code == .unknownCue }?.location == SourceLocation(line: 20, column: 23))
    }

    @Test func emptyFileExplainsWhatIsNeeded() {
        let result = ScenarioLoader().load(yaml: "")
        #expect(result.hasErrors)
        #expect(result.findings.first?.message.contains("empty") == true)
    }

    @Test func unreadableFileIsAFinding() {
        let result = ScenarioLoader().load(path: "/nonexistent/file.yaml")
        #expect(result.hasErrors)
    }

    @Test func coachHintsMayNameThePeopleButNotAnUnknownPlaceholder() {
        let good = ScenarioLoader().load(yaml: Self.yaml.replacingOccurrences(of: "coach: Describe, don't blame.", with: "coach: \"{partner} is tired; describe, don't blame.\""))
        #expect(!good.hasErrors && good.findings.isEmpty)
        #expect(good.scenario?.node("opening")?.coach == "{partner} is tired; describe, don't blame.")
        let typo = ScenarioLoader().load(yaml: Self.yaml.replacingOccurrences(of: "coach: Describe, don't blame.", with: "coach: \"{partnr} is tired.\""))
        #expect(typo.findings.map(\.code) == [.unknownPlaceholder])
    }
}
