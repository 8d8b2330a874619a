import Foundation
import Testing

@testable import Analysis

/// Built-in cue names carry a rank so the analyzer compares them without
/// comparing strings; names must still behave exactly as their raw values.
@Suite struct CueNameTests {
    @Test func ranksFollowAlphabeticalOrderOfBuiltInNames() {
        #expect(CueName.alphabetical == CueName.builtIn.map(\.rawValue).sorted())
        for (rank, name) in CueName.alphabetical.enumerated() {
            #expect(CueName(name).rank == Int8(rank), "\(name)")
        }
        #expect(CueName("custom-cue").rank == -1)
    }

    @Test func equalityHashingAndOrderFollowTheRawValue() throws {
        let names: [CueName] = CueName.builtIn + ["zz-own", "a-own", "blame2", "Blame", ""]
        for a in names {
            for b in names {
                #expect((a == b) == (a.rawValue == b.rawValue), "\(a) == \(b)")
                #expect((a < b) == (a.rawValue < b.rawValue), "\(a) < \(b)")
            }
            #expect(a.hashValue == CueName(rawValue: a.rawValue).hashValue)
        }
        #expect(Set(names.map(\.rawValue)).count == Set(names).count)
        let decoded = try JSONDecoder().decode([CueName].self, from: JSONEncoder().encode(names))
        #expect(decoded == names)
        #expect(decoded.map(\.rank) == names.map(\.rank))
    }
}
