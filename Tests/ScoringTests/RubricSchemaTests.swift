import Foundation
import Scoring
import Testing

/// The scenario schema's list of rubric names (what editors offer after
/// `rubric:`) is the list of built-in rubrics.
@Suite struct RubricSchemaTests {
    @Test func schemaListsExactlyTheBuiltInRubrics() throws {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("schema/rehearse-1.schema.json")
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let definitions = try #require(schema["$defs"] as? [String: Any])
        let rubricName = try #require(definitions["rubricName"] as? [String: Any])
        let names = try #require(rubricName["enum"] as? [String])
        #expect(names == Rubric.builtInNames)
    }
}
