import ArgumentParser

/// `rehearse`: rehearse hard conversations, scored with evidence.
public struct RehearseCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "rehearse",
        abstract: "Rehearse a hard conversation: Rehearse plays the other person and explains how your replies land.",
        discussion: """
            Run with no arguments to pick a scenario from the built-in library.
            Everything you type stays on this machine.
            """,
        version: "0.1.0",
        subcommands: [PlayCommand.self, ListCommand.self, CheckCommand.self, GraphCommand.self, AnalyzeCommand.self, TestCommand.self, NewCommand.self],
        defaultSubcommand: PlayCommand.self
    )

    public init() {}
}
