/// Name-calling: words that label a person rather than describe what they did.
enum InsultLexicon {
    /// Adjectives that insult when said of a person ("you're so lazy").
    static let adjectives = WordClass("insulting adjective", [
        "lazy", "selfish", "stupid", "antisocial", "cold", "cheap", "tight", "nasty", "mean", "pathetic", "useless", "worthless", "dumb", "incompetent",
        "ridiculous", "crazy", "psycho", "childish", "immature", "disgusting", "spoiled",
        "spoilt", "ungrateful", "arrogant", "hopeless", "thick", "clueless", "heartless",
        "spineless", "gutless", "self-centred", "self-centered", "inconsiderate", "rude",
        "mental", "insane", "nuts", "deranged", "fat", "ugly", "brainless", "idiotic",
        "moronic", "dense", "irresponsible", "unreliable", "needy", "clingy", "toxic", "vile",
        "repulsive", "sick in the head", "a waste of space", "two-faced", "cold-hearted",
        "a joke", "cruel", "manipulative", "controlling", "narcissistic", "sloppy", "weak",
        "cowardly", "hysterical", "dramatic", "paranoid", "neurotic", "petty", "bossy",
        "useless", "mean", "nasty", "horrible", "awful", "impossible", "unbearable",
        "sanctimonious", "lying", "small-minded", "narrow-minded", "bigoted", "smug",
        "spiteful", "good-for-nothing", "snobby",
        // Registers beyond the first sets (UK, Irish, Australian, US).
        "daft", "gormless", "brain-dead", "braindead", "simple-minded", "half-witted", "dim", "dimwitted", "up yourself", "full of yourself", "two-timing", "backstabbing", "back-stabbing", "shameless", "good for nothing", "pig-headed", "bone idle", "bone-idle", "tight-fisted", "stingy", "miserly", "sour-faced",
        "nosy", "nosey", "grumpy", "miserable old", "sad little", "jumped-up", "stuck-up",
        // From set G.
        "wutless", "vain", "sarcastic", "greedy", "stingy", "two faced", "backstabbing",
    ])

    /// Nouns that call a person names ("you idiot").
    static let nouns = WordClass("insulting noun", [
        "idiot", "moron", "loser", "jerk", "bitch", "bastard", "asshole", "arsehole", "dick", "fraud",
        "prick", "fool", "clown", "coward", "pig", "slob", "nag", "drama queen", "cow",
        "imbecile", "cretin", "dumbass", "dipshit", "twat", "wanker", "tosser", "git", "douche",
        "douchebag", "creep", "freak", "psycho", "liar", "cheat", "hypocrite", "snake",
        "parasite", "leech", "failure", "waste of space", "piece of work", "piece of shit",
        "narcissist", "baby", "crybaby", "child", "brat", "princess", "slacker", "deadbeat",
        "control freak", "neat freak", "martyr", "hippy", "sod", "snowflake", "know-it-all", "doormat", "pushover", "nutcase", "weirdo", "lunatic",
        "bully", "monster", "disgrace", "embarrassment", "joke", "sociopath", "bigot",
        "snob", "bigots", "idiots", "morons",
        "bat", "old bat", "old cow", "old git", "sad little man", "nutter", "muppet", "numpty", "plonker",
        // Registers beyond the first sets.
        "eejit", "gobshite", "prat", "div", "dickhead", "knobhead", "bellend", "wally", "pillock", "drongo", "dropkick", "bogan", "jackass", "scumbag", "scum", "lowlife", "dirtbag", "sleazebag", "airhead", "bimbo", "nutjob", "nut job", "headcase", "head case", "basket case", "waste of oxygen", "waste of air", "sponger", "freeloader", "moocher", "bludger", "layabout", "oaf", "buffoon", "halfwit", "nitwit", "numbskull", "bonehead", "blockhead", "meathead", "berk", "slag", "slapper", "hag", "old hag", "busybody", "nosy parker", "weasel", "mummy's boy", "mama's boy", "chav", "yob", "thug", "pervert", "perv", "psychopath", "loony", "maniac", "gold-digger", "gold digger", "wimp", "wuss", "sissy", "excuse for a", "sorry excuse for a",
        // From set G.
        "cheapskate", "cheapskates", "vulture", "vultures", "buzzkill", "witch", "liars", "gits", "cows",
        "pricks", "walking disaster", "leeches", "freeloaders", "muppets", "clowns", "snakes", "parasite", "parasites",
    ])

    static let any = WordClass("insult", union: [adjectives, nouns])
}
