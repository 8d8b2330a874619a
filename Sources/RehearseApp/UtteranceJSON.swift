import Analysis
import Foundation

/// An utterance to analyse: the reply and, optionally, the other person's line before it.
struct Utterance: Sendable {
    let text: String
    let previous: String?
}

/// A reply with the cues a person labelled in it.
struct LabelledUtterance: Sendable {
    let text: String
    let previous: String?
    let cues: Set<CueName>
}

/// Reads the JSON-lines input of `analyze`.
enum UtteranceJSON {
    struct Problem: Error, Sendable {
        let message: String
    }

    static func parse(_ line: String) -> Result<Utterance, Problem> {
        object(line).flatMap(utterance(in:))
    }

    static func parseLabelled(_ line: String) -> Result<LabelledUtterance, Problem> {
        object(line).flatMap { object in
            utterance(in: object).flatMap { utterance in
                guard let names = object["cues"] as? [String] else {
                    return .failure(Problem(message: "expected \"cues\": a list of cue names"))
                }
                let unknown = names.filter { !CueName.builtIn.contains(CueName($0)) }
                guard unknown.isEmpty else {
                    return .failure(Problem(message: "unknown cue name(s): \(unknown.joined(separator: ", "))"))
                }
                return .success(LabelledUtterance(text: utterance.text, previous: utterance.previous, cues: Set(names.map { CueName($0) })))
            }
        }
    }

    private static func utterance(in object: [String: Any]) -> Result<Utterance, Problem> {
        guard let text = object["text"] as? String else {
            return .failure(Problem(message: "expected a \"text\" string"))
        }
        switch object["previous"] {
        case nil, is NSNull: return .success(Utterance(text: text, previous: nil))
        case let previous as String: return .success(Utterance(text: text, previous: previous))
        default: return .failure(Problem(message: "\"previous\" should be a string"))
        }
    }

    private static func object(_ line: String) -> Result<[String: Any], Problem> {
        guard let data = line.data(using: .utf8),
              let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else {
            return .failure(Problem(message: line.trimmingCharacters(in: .whitespaces).isEmpty ? "empty line" : "not valid JSON"))
        }
        guard let object = value as? [String: Any] else {
            return .failure(Problem(message: "expected a JSON object"))
        }
        return .success(object)
    }
}
