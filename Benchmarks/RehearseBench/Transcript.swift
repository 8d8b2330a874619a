import Engine
import Scenarios

/// Replies for long runs: every node's examples, taken in turn with a fixed
/// list of realistic replies, good and poor.
enum Transcript {
    /// Varied replies a learner might type: blame, insults, threats,
    /// absolutes, defensiveness, dismissal, hedges, questions, reflections,
    /// validation, apologies, I-statements, needs, requests, offers, saying
    /// no, advice, small talk, non-English text and emoji. None discloses a
    /// crisis (that would pause the role-play instead of answering).
    static let varied: [String] = [
        "You never do anything around here.",
        "This is your fault, not mine.",
        "You always leave your stuff everywhere, every single time.",
        "Don't be such an idiot about it.",
        "If you keep this up, I'm moving out.",
        "It's not my fault, I was busy all week.",
        "I did them last time, so don't look at me.",
        "It's just a few plates, relax.",
        "Whatever, it's no big deal.",
        "Maybe we could, I don't know, sort of try something?",
        "I guess I might be able to help a bit, if that's okay with you.",
        "What happened at work today?",
        "How long has this been bothering you?",
        "Do you want a cup of tea?",
        "It sounds like you're exhausted and fed up.",
        "So you feel like nobody notices what you do.",
        "That's fair, I'd be annoyed too.",
        "I'm sorry, I should have washed up last night.",
        "I feel stressed when we argue about this.",
        "I need us to find something that works for both of us.",
        "Could you tell me when it bothers you, before it builds up?",
        "How about I do weekdays and you do the weekends?",
        "No, I can't take that on this week.",
        "I'd love to help, but I have to say no this time.",
        "Have you tried talking to your boss about it?",
        "That sounds really hard. I'm here if you want to talk.",
        "Thanks for telling me, I appreciate it.",
        "Okay.",
        "Hmm.",
        "Right, yeah.",
        "I'm not sure what to say.",
        "Let me recap: you're tired, the sink was full, and you want a plan that sticks.",
        "Honestly, I've been thinking about this for a while, and I think the problem isn't really the dishes themselves but that we never talk about how the week is going, so things pile up and then one of us snaps, and I'd rather we had a quick check-in on Sundays where we look at who's working late and split things around that.",
        "Désolé, je suis fatigué aussi.",
        "ok 👍",
        "lol what",
    ]

    /// `count` replies for `scenario`: its examples (in node order, names
    /// filled in) alternating with `varied`.
    static func replies(for scenario: Scenario, count: Int) -> [String] {
        let replyAt = source(for: scenario)
        return (0..<count).map(replyAt)
    }

    /// The reply at any position of the endless transcript for `scenario`.
    private static func source(for scenario: Scenario) -> (Int) -> String {
        let names = Conversation(scenario: scenario, seed: 1)
        let examples = scenario.nodeOrder.compactMap { scenario.nodes[$0] }.flatMap(\.examples).map(names.fill)
        return { index in
            if index.isMultiple(of: 2), !examples.isEmpty {
                return examples[(index / 2) % examples.count]
            }
            return varied[(index / 2) % varied.count]
        }
    }

    /// Input for a piped `rehearse play`, `count` replies long, that never
    /// reaches an ending: where a reply would end the conversation, a
    /// `/restart` goes in before it (a session stops at an ending). Replies
    /// that still would end it, or would pause for a crisis, are left out.
    /// Ends with `/quit`.
    static func pipedSession(for scenario: Scenario, seed: UInt64, replies count: Int) -> (lines: [String], restarts: Int) {
        var conversation = Conversation(scenario: scenario, seed: seed)
        var lines: [String] = []
        var restarts = 0
        var written = 0
        let replyAt = source(for: scenario)
        var index = 0
        var skippedInARow = 0
        while written < count, skippedInARow < 1_000 {
            let reply = replyAt(index)
            index += 1
            var probe = conversation
            if continues(&probe, reply) {
                conversation = probe
            } else {
                var fresh = conversation
                fresh.restart()
                guard continues(&fresh, reply) else {
                    skippedInARow += 1
                    continue
                }
                lines.append("/restart")
                restarts += 1
                conversation = fresh
            }
            lines.append(reply)
            written += 1
            skippedInARow = 0
        }
        return (lines + ["/quit"], restarts)
    }

    /// Answers the reply; true when it was answered and did not end the conversation.
    private static func continues(_ conversation: inout Conversation, _ reply: String) -> Bool {
        if case .answered(let turn) = conversation.respond(reply) { return turn.ending == nil }
        return false
    }
}
