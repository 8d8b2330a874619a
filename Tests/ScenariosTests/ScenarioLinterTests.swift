import Scenarios
import Scoring
import Testing

/// The linter's reasoning about which branches a conversation can take:
/// what it must find, and what it must not claim.
@Suite struct ScenarioLinterTests {
    static let checker = ScenarioChecker(
        loader: ScenarioLoader(knownRubrics: Set(Rubric.builtInNames)),
        linter: ScenarioLinter(requirements: { Rubric.requirements(for: $0) }))

    /// A scenario whose `opening` node has the given replies (indented as
    /// list items under `replies:`), an ending `done` and a node `other`.
    static func scenario(state: String = "{ tension: 5 }", replies: String, skills: String = "[assertiveness]") -> String {
        """
        format: rehearse/1
        id: lint
        title: Lint
        area: skills-drill
        skills: \(skills)
        level: 1
        goal: Say it.
        partner: { name: Sam }
        state: \(state)
        start: opening
        nodes:
          opening:
            partner: "Hello."
            coach: Say it.
            examples: ["I need help."]
            replies:
        \(replies)
          other:
            partner: "Other."
            coach: Say it.
            examples: ["I need help."]
            replies:
              - if: request
                set: { tension: +1 }
                go: done
              - else:
                go: done
          done:
            partner: "Bye."
            end: success
        """
    }

    /// Errors and warnings (the templates leave `tension` unread: RH026 notes).
    static func findings(_ yaml: String) -> [Finding] {
        checker.check(yaml: yaml).findings.filter { $0.severity != .note }
    }

    static func codes(_ yaml: String) -> [String] {
        findings(yaml).map(\.code.id)
    }

    @Test func comparisonsOfOneMeterAreSeenTogether() {
        let yaml = Self.scenario(replies: """
                  - if: tension > 5 and tension < 3
                    go: other
                  - if: request
                    set: { tension: -1 }
                    go: other
                  - else:
            """)
        let findings = Self.findings(yaml)
        #expect(findings.map(\.code.id) == ["RH025"], "\(findings)")
        #expect(findings.first?.message.contains("(here tension is 5)") == true, "\(findings)")
    }

    @Test func aMeterRaisedInALoopReachesTheThreshold() {
        // tension climbs from 5 by staying: `tension >= 9` is reachable.
        let yaml = Self.scenario(replies: """
                  - if: tension >= 9
                    go: other
                  - if: request
                    go: done
                  - else:
                    set: { tension: +1 }
            """)
        #expect(Self.codes(yaml) == [])
    }

    @Test func aMeterThatOnlyFallsNeverReachesAHighThreshold() {
        let yaml = Self.scenario(replies: """
                  - if: tension >= 7
                    go: other
                  - if: request
                    go: done
                  - else:
                    set: { tension: -1 }
            """)
        // `other` is then unreachable too.
        #expect(Self.codes(yaml) == ["RH025", "RH021"])
    }

    @Test func laterTurnsAreReachableOnANodeThatCanStay() {
        let yaml = Self.scenario(replies: """
                  - if: turn >= 4 and tension >= 5
                    go: other
                  - if: request
                    go: done
                  - else:
            """)
        #expect(Self.codes(yaml) == [])
    }

    @Test func anAlwaysTrueConditionShadowsTheRest() {
        let yaml = Self.scenario(replies: """
                  - if: visited(opening) or request
                    go: other
                  - if: blame
                    go: done
                  - else:
            """)
        let findings = Self.findings(yaml)
        #expect(findings.map(\.code.id) == ["RH024", "RH024"], "\(findings)")
    }

    @Test func sameCueTwiceIsNotAssumedContradictory() {
        // `blame and not blame` is false, but three-valued logic cannot tell;
        // the linter must then stay silent rather than guess.
        let yaml = Self.scenario(replies: """
                  - if: blame and not blame
                    go: other
                  - if: request
                    go: done
                  - else:
            """)
        #expect(Self.codes(yaml) == [])
    }

    @Test func aCrisisBranchIsNeverTaken() {
        let yaml = Self.scenario(replies: """
                  - if: crisis
                    go: other
                  - if: request
                    go: done
                  - else:
            """)
        let findings = Self.findings(yaml)
        #expect(findings.map(\.code.id) == ["RH025", "RH021"], "\(findings)")
    }

    @Test func aLoopThatCanStayHoldsAnyNumberOfReplies() {
        // Active listening needs 2 reflections; `else` without `go` lets the
        // conversation stay, so no criterion is out of reach.
        let yaml = Self.scenario(replies: """
                  - if: request
                    go: other
                  - else:
            """, skills: "[active-listening]")
        #expect(Self.codes(yaml) == [])
    }

    @Test func aCriterionFitsWhenTwoRepliesCanShowIt() {
        let yaml = Self.scenario(replies: """
                  - if: request
                    go: other
                  - else:
                    go: done
            """, skills: "[active-listening]")
        let findings = Self.findings(yaml)
        // Two replies at most (opening → other → done), but `other` only
        // leaves: a reflection can show in both, so 2 fit; no finding.
        #expect(findings.isEmpty, "\(findings)")
    }

    @Test func tooManyMeterCombinationsCountAsUnknown() {
        // Ten meters of six possible values each, read together, exceed the
        // enumeration limit: they count as unknown and nothing is claimed.
        let meters = (0..<10).map { "m\($0): 5" }.joined(separator: ", ")
        let condition = (0..<10).map { "m\($0) > 7" }.joined(separator: " and ")
        let yaml = Self.scenario(state: "{ tension: 5, \(meters) }", replies: """
                  - if: \(condition)
                    go: other
                  - if: request
                    go: done
                  - else:
                    set: { \((0..<10).map { "m\($0): +1" }.joined(separator: ", ")) }
            """)
        #expect(Self.codes(yaml) == [])
    }
}

extension ScenarioLinterTests {
    @Test func examplesOnRepliesCountForTheNode() {
        let yaml = Self.scenario(replies: """
                  - if: request
                    examples: ["Could you help me?"]
                    go: other
                  - else:
            """).replacingOccurrences(of: "    examples: [\"I need help.\"]\n    replies:\n      - if: request\n        examples", with: "    replies:\n      - if: request\n        examples")
        // The node's own examples are gone; only the reply's remain.
        #expect(yaml.contains("    coach: Say it.\n    replies:\n      - if: request\n        examples"))
        #expect(Self.codes(yaml) == [], "\(Self.findings(yaml))")
        let without = yaml.replacingOccurrences(of: "        examples: [\"Could you help me?\"]\n", with: "")
        #expect(Self.codes(without) == ["RH032"], "\(Self.findings(without))")
    }
}
