/// Sweeping quantifiers: the words of all-or-nothing charges
/// ("you *always*…", "*nobody* listens", "*every time*").
enum AbsoluteWords {
    static let quantifiers = WordClass("absolute word", [
        "always", "never", "constantly", "forever", "continually", "everyone", "everybody",
        "nobody", "no one", "noone", "no-one", "every time", "every single time",
        "all the time", "each and every time", "every single day", "nothing ever",
        "not once", "not even once", "without fail", "100 percent of the time",
    ])

    /// Kind words and reassurance that use an all-or-nothing word but are
    /// no charge ("you always make me laugh", "you're never too old"):
    /// near-misses for both `absolute` and `blame`.
    static let notCharges = [
        "you (always)? (make|made) me (laugh|smile|(feel)? (@intens)* (@pleasant|better|safe|welcome|special|at home))",
        "(always|never) (@intens)* (such)? (a|an)? (@praise|fail to|cease to|let me down|happy|cheerful|calm|positive|relaxed|content|hopeful|proud|glad|so @pleasant)",
        "never too (old|late|young|early|soon|far|much)",
    ]
}
