import Testing

@testable import Analysis

/// Every detector's own examples, checked in one place (SwiftLint's habit):
/// each reply listed under `fires` must produce the cue, each near-miss under
/// `doesNotFire` must not.
@Suite struct CueExamplesTests {
    static let analyzer = Analyzer()

    @Test(arguments: CueDetectors.all.map(\.cue))
    func detectorExamples(_ cue: CueName) throws {
        let detector = try #require(CueDetectors.all.first { $0.cue == cue })
        for example in detector.fires {
            let analysis = Self.analyzer.analyze(example.reply, previous: example.previous)
            #expect(analysis.contains(cue), "\(cue) should fire on \(example); found \(analysis.cues)")
        }
        for example in detector.doesNotFire {
            let analysis = Self.analyzer.analyze(example.reply, previous: example.previous)
            #expect(!analysis.contains(cue), "\(cue) should not fire on \(example); rules: \(analysis.matches(for: cue).map(\.evidence.rule))")
        }
    }

    @Test func everyContractCueHasADetectorWithEnoughExamples() {
        let detected = CueDetectors.all.map(\.cue)
        #expect(detected == CueName.builtIn, "detectors must follow the contract order")
        for detector in CueDetectors.all {
            #expect(detector.fires.count >= 8, "\(detector.cue) needs at least 8 firing examples")
            #expect(detector.doesNotFire.count >= 8, "\(detector.cue) needs at least 8 near-misses")
        }
    }

    @Test func definitionsArePublishedForEveryCue() {
        let definitions = Analyzer.builtInCueDefinitions
        #expect(definitions.map(\.name) == CueName.builtIn)
        #expect(definitions.allSatisfy { !$0.summary.isEmpty && !$0.examples.isEmpty })
    }
}
