import Testing
import LineEditor

@Suite struct CommandCompletionTests {
    let commands = ["/help", "/hint", "/example", "/why", "/undo", "/restart", "/score", "/quit"]

    @Test func prefixMatchesKeepOrder() {
        #expect(completeCommand("/h", among: commands) == ["/help", "/hint"])
        #expect(completeCommand("/he", among: commands) == ["/help"])
    }

    @Test func matchingIgnoresCase() {
        #expect(completeCommand("/HE", among: commands) == ["/help"])
        #expect(completeCommand("/q", among: ["/Quit"]) == ["/Quit"])
    }

    @Test func trailingSpaceFromAnEarlierCompletionIsIgnored() {
        #expect(completeCommand("/help ", among: commands) == ["/help"])
        #expect(completeCommand("/und\t", among: commands) == ["/undo"])
    }

    @Test func emptyWordOffersEverything() {
        #expect(completeCommand("", among: commands) == commands)
    }

    @Test func noMatchGivesNothing() {
        #expect(completeCommand("/x", among: commands).isEmpty)
        #expect(completeCommand("help", among: commands).isEmpty)
    }
}
