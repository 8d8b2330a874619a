import Analysis
import Scenarios
import Testing

@Suite struct ConditionParserTests {
    func parse(_ source: String) throws -> Condition {
        try ConditionParser.parse(source).0
    }

    @Test func precedenceIsNotThenAndThenOr() throws {
        let condition = try parse("validation or reflection and not blame")
        #expect(condition == .or(.cue("validation"), .and(.cue("reflection"), .not(.cue("blame")))))
        #expect(condition.description == "validation or reflection and not blame")
    }

    @Test func parenthesesGroup() throws {
        let condition = try parse("(validation or reflection) and not blame")
        #expect(condition == .and(.or(.cue("validation"), .cue("reflection")), .not(.cue("blame"))))
        #expect(condition.description == "(validation or reflection) and not blame")
    }

    @Test func metersTurnsAndVisited() throws {
        #expect(try parse("tension >= 7") == .meter("tension", .greaterOrEqual, 7))
        #expect(try parse("turn>5") == .turn(.greater, 5))
        #expect(try parse("visited(opening) and trust != -1") == .and(.visited("opening"), .meter("trust", .notEqual, -1)))
    }

    @Test func hyphenatedCueNames() throws {
        #expect(try parse("open-question and not i-statement") == .and(.cue("open-question"), .not(.cue("i-statement"))))
    }

    @Test func mentionsKeepOffsets() throws {
        let (_, mentions) = try ConditionParser.parse("blame or  trust < 2 or visited(x)")
        #expect(mentions.map(\.name) == ["blame", "trust", "x"])
        #expect(mentions.map(\.offset) == [0, 10, 31])
    }

    @Test(arguments: [
        ("", 0, "empty"),
        ("blame and", 9, "ends too early"),
        ("and blame", 0, "needs something on its left"),
        ("(blame or insult", 16, "expected `)`"),
        ("tension = 3", 8, "use `==`"),
        ("blame && insult", 6, "use `and`"),
        ("tension > high", 10, "expected a number"),
        ("turn", 0, "compare `turn`"),
        ("blame insult", 6, "expected `and`, `or`"),
        ("visited opening", 8, "write `visited(node)`"),
        ("blame; insult", 5, "unexpected character"),
    ])
    func errorsPointAtTheProblem(source: String, offset: Int, message: String) {
        #expect {
            try ConditionParser.parse(source)
        } throws: { error in
            guard let error = error as? ConditionSyntaxError else { return false }
            return error.offset == offset && error.message.contains(message)
        }
    }

    @Test func evaluation() throws {
        let context = Condition.Context(cues: ["validation"], meters: ["tension": 7], turn: 3, visited: ["opening"])
        #expect(try parse("validation and tension >= 7").evaluate(in: context))
        #expect(try !parse("validation and tension > 7").evaluate(in: context))
        #expect(try parse("not blame and visited(opening) and turn == 3").evaluate(in: context))
        #expect(try !parse("visited(escalation) or blame").evaluate(in: context))
    }

    @Test func positiveCuesSkipNegatedOnes() throws {
        #expect(try parse("(validation or reflection) and not blame").positiveCues == ["validation", "reflection"])
    }
}
