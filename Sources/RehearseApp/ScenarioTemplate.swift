/// The commented starting scenario and test plan that `rehearse new` writes.
/// Both pass `rehearse check` and `rehearse test`, and exploration reaches
/// every node (a test holds them to that).
enum ScenarioTemplate {
    /// "talk-to-neighbour" → "Talk to neighbour".
    static func title(for id: String) -> String {
        let words = id.replacingOccurrences(of: "-", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    static func scenario(id: String) -> String {
        """
        # A starting scenario, written by `rehearse new \(id)`. Change anything you like,
        # then check it as you go:
        #   rehearse check \(id).yaml            mistakes, with their line and column
        #   rehearse test \(id).yaml             runs the test plan beside it (\(id).test.yaml)
        #   rehearse test --explore \(id).yaml   tries every example reply; lists what none reaches
        #   rehearse play \(id).yaml             play it yourself
        # The format is described in docs/scenario-format.md, the cues in docs/cues.md.
        format: rehearse/1
        id: \(id)                       # lowercase letters, digits and '-'; typed on the command line
        title: \(title(for: id))
        area: skills-drill             # role-dispute | role-transition | grief | interpersonal-deficits | skills-drill
        skills: [assertiveness, active-listening]
        level: 1                       # 1 (gentle) … 5 (hard)
        goal: Ask your neighbour to keep the music down late on weeknights, and hear their side before you settle on a plan.
        partner:
          name: Robin                  # --partner-name replaces it when playing
          relation: neighbour
          manner: friendly, a little defensive about their own flat
        # The other person's inner meters, whole numbers 0..10. Replies change them
        # with `set:`; conditions read them (`tension <= 3`).
        state: { tension: 4 }
        # The scenario's own cues: a reply containing one of these word patterns
        # has the cue (`*` stands for one or more words).
        cues:
          mentions-time: ["eleven", "ten o'clock", "late at night", "after * pm", "weeknights"]
        start: opening
        nodes:
          opening:
            # What the other person says on arriving here; a list gives variants,
            # one picked at random ({you} is the player's name).
            partner: "Oh, hi {you}. Everything all right?"
            coach: Say what you need plainly and kindly; one short reason is enough.
            examples: ["Could you keep the music down after eleven on weeknights? I start work at six."]
            replies:                   # tried in order; the first whose `if` holds is taken
              - if: blame or insult or threat
                set: { tension: +3 }
                partner: "Whoa. Okay."
                go: defensive
                examples: ["You never think about anyone else in this building."]
              - if: request or need
                set: { tension: -1 }
                go: their-side
              - else:                  # anything else: the other person asks again
                partner: "Sorry, is something up?"
                examples: ["Hmm."]     # `examples` on a reply: what --explore tries for this branch

          their-side:
            partner: "Ah. I didn't realise it carried that much. I've been on late shifts, and music helps me unwind when I get in."
            coach: Before you settle on a plan, show you heard their side; say it back in your own words.
            examples: ["So the music helps you unwind after a late shift. That makes sense."]
            replies:
              - if: blame or insult or threat
                set: { tension: +3 }
                go: defensive
                examples: ["You never think about anyone else in this building."]
              - if: reflection or validation or feeling-reflection
                set: { tension: -1 }
                go: plan
              - else:
                partner: "So what are you asking?"
                examples: ["Hmm."]

          plan:
            partner: "Okay. What would work for you, then?"
            coach: Offer something specific that works for both of you.
            examples: ["How about the music goes down at eleven on weeknights, and weekends are fine?"]
            replies:
              - if: (mentions-time or negotiation) and tension <= 3
                go: agreement
              - if: mentions-time or negotiation
                go: truce
              - else:
                partner: "I mean, what time are we talking about?"
                examples: ["Hmm."]

          defensive:
            partner: "It's my flat. I'm allowed to play music in it."
            coach: That landed as an attack. Own your part before you ask again.
            examples: ["Sorry, that came out wrong. It's your flat, of course."]
            replies:
              - if: blame or insult or threat
                go: standoff
                examples: ["You never think about anyone else in this building."]
              - if: apology or validation or reflection
                set: { tension: -1 }
                go: their-side
              - else:
                set: { tension: +1 }
                partner: "So?"
                examples: ["Hmm."]

          # Endings: `end:` is success, partial or breakdown, with an optional title.
          agreement:
            partner: "Eleven on weeknights, weekends are fair game. Deal. Thanks for asking nicely."
            end: { outcome: success, title: A plan you both agreed }
          truce:
            partner: "Fine, I'll try. No promises."
            end: { outcome: partial, title: A grudging yes }
          standoff:
            partner: "Right. I think we're done here."
            end: { outcome: breakdown, title: Door closed }
        rubric: [assertiveness, active-listening]   # how replies are scored at the end

        """
    }

    static func plan(id: String) -> String {
        """
        # Test plan for \(id).yaml, written by `rehearse new \(id)`: `rehearse test \(id).yaml`.
        # Each run plays the conversation from the opening line. Under each reply,
        # the keys are checked after the other person answers it (docs/test-plans.md):
        #   node, partner-says, cues, no-cues, meters (5 or 4..6), ending, scores, crisis.
        scenario: \(id)
        runs:
          - name: ask, listen, then agree a time
            seed: 1
            steps:
              - reply: "Could you keep the music down after eleven on weeknights? I start work at six."
                cues: [request, mentions-time]
                no-cues: [blame]
                node: their-side
                meters: { tension: 3 }
              - reply: "So the music helps you unwind after a late shift. That makes sense."
                node: plan
              - reply: "How about the music goes down at eleven on weeknights, and weekends are fine?"
                ending: { outcome: success, node: agreement }
                scores: { assertiveness: 5..10 }

          - name: an attack, repaired, ends in a truce
            steps:
              - reply: "You never think about anyone else in this building."
                cues: [blame]
                node: defensive
                meters: { tension: 7 }
              - reply: "Sorry, that came out wrong. It's your flat, of course."
                node: their-side
              - reply: "So the music helps you unwind after a late shift. That makes sense."
                node: plan
              - reply: "How about the music goes down at eleven on weeknights, and weekends are fine?"
                ending: { outcome: partial, node: truce }

          - name: two attacks close the door
            steps:
              - reply: "You never think about anyone else in this building."
                node: defensive
              - reply: "You never think about anyone else in this building."
                ending: { outcome: breakdown, node: standoff }

        """
    }
}
