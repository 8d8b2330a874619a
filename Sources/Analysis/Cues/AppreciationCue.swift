extension CueDetectors {
    /// Thanking or valuing the other person.
    static let appreciation = CueDetector(
        .appreciation,
        summary: "Thanking or valuing the other person: \"thank you\", \"I appreciate…\", \"I'm grateful\", \"I value…\", \"that means a lot\".",
        rules: [
            CueRule("(thank you|thanks|cheers|thankyou|ta very much|many thanks)", "appreciation: 'thank you'"),
            CueRule("(i|we) (@intens)* (appreciate|appreciated|value|valued|treasure|admire)", "appreciation: 'I appreciate…'"),
            CueRule("(i am|i was|i feel|we are) (@intens)* (grateful|thankful|lucky to have you|blessed to have you)", "appreciation: 'I'm grateful'"),
            CueRule("(it|that|this|you) (@intens)* (means|meant|mean) (@intens)* (a lot|so much|the world|a great deal|everything)", "appreciation: 'that means a lot'"),
            CueRule("i am (@intens)* glad (you|that you|we)", "appreciation: 'I'm glad you…'"),
            CueRule("i (@intens)* (love|like|admire|respect) (that|how|the way) you", "appreciation: 'I love how you…'"),
            CueRule("you (have been|were|are) (@intens)* (so|really|a)? (helpful|amazing|supportive|kind|patient|generous|brilliant|a star|a lifesaver|a great help|a huge help|wonderful)", "appreciation: 'you've been so helpful'", .statementOnly),
            CueRule("you (did|have done|'ve done|made) (a|such a|an|such an)? (@intens)* (great|good|brilliant|amazing|fantastic|wonderful|lovely|excellent|beautiful|incredible) (job|thing|work|effort)", "appreciation: 'you did a great job'"),
            CueRule("((well|nicely) done|good (job|work|call)|nice (work|job|one)|much appreciated|you are a (star|lifesaver|legend|gem))", "appreciation: 'well done'"),
        ],
        vetoes: [
            "(thanks|thank you) (for nothing|a lot for nothing)",
            "no (thanks|thank you)",
            "thanks to you",
            "thank (god|goodness|heavens)",
            "i (would|'d) appreciate it if",
        ],
        fires: [
            "Thank you for listening.",
            "Thanks for doing the shopping.",
            "I really appreciate you coming.",
            "I'm so grateful for your help.",
            "I value our friendship.",
            "That means a lot to me.",
            "I'm glad you told me.",
            "You've been so patient with me.",
            "Well done on the interview!",
            "I love how you handled that.",
        ],
        doesNotFire: [
            "Thanks for nothing.",
            "No thanks.",
            "I don't appreciate being shouted at.",
            "Thank god that's over.",
            "I'd appreciate it if you knocked first.",
            "We missed it thanks to you.",
            "I'm not grateful at all.",
            "You don't value me.",
            "It doesn't mean anything.",
            "I'm glad it's over.",
        ]
    )
}
