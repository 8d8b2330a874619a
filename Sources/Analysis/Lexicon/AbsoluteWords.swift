/// Sweeping quantifiers: the words of all-or-nothing charges
/// ("you *always*…", "*nobody* listens", "*every time*").
enum AbsoluteWords {
    static let quantifiers = WordClass("absolute word", [
        "always", "never", "constantly", "forever", "continually", "everyone", "everybody",
        "nobody", "no one", "noone", "no-one", "every time", "every single time",
        "all the time", "each and every time", "every single day", "nothing ever",
        "not once", "not even once", "without fail", "100 percent of the time",
    ])
}
