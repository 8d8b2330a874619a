import ArgumentParser
public struct RehearseCommand: ParsableCommand { public init() {} }
