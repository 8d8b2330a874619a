/// What is shown, out of character, when a reply may disclose thoughts of
/// suicide or self-harm. The role-play pauses; nothing is scored.
enum CrisisSupport {
    static let message = """
        ── Pausing the role-play ──
        What you just wrote sounds like you may be thinking about ending your life
        or hurting yourself. That matters more than this practice.

        \(helplines)

        The other person did not hear this, and it was not scored.
        """

    /// Shown by `/support` whenever the user asks: the pause above depends on
    /// recognising a disclosure, and no detector recognises every wording.
    static let onRequest = """
        ── Support ──
        If this practice stirs up more than you expected, or things are hard
        right now, you do not have to wait for it to end.

        \(helplines)

        The role-play waits here: type your next reply when you are ready, or /quit.
        """

    static let helplines = """
        If you are in danger right now, call your local emergency number (112, 911, 999).
        You can talk to someone now, free and in confidence:
          • US and Canada: call or text 988 (Suicide & Crisis Lifeline)
          • UK and Ireland: call 116 123 (Samaritans)
          • Australia: call 13 11 14 (Lifeline)
          • Elsewhere: findahelpline.com lists helplines in your country
        If you have a therapist or a safety plan, now is a good time to use it.
        """

    static let choice = "Type \"go on\" to return to the role-play, or \"stop\" to end here."

    static let farewell = "Ended here. Take care of yourself, and please reach out to someone today."
}
