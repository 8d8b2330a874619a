/// Base-form verbs of things one person asks another to do; they tell a
/// request ("can you *pick up* the kids") from a question about ability
/// ("can you believe it").
enum ActionVerbs {
    static let base = WordClass("action verb", [
        "help", "do", "take", "give", "pick", "clean", "wash", "call", "text", "ring", "let",
        "stop", "come", "bring", "tell", "pay", "lend", "cover", "put", "make", "try", "keep",
        "turn", "move", "leave", "wait", "check", "send", "listen", "talk", "speak", "be",
        "remember", "start", "finish", "share", "split", "join", "meet", "sit", "look", "hold",
        "get", "sort", "show", "explain", "tidy", "empty", "cook", "drive", "change", "fix",
        "ask", "agree", "book", "buy", "return", "lower", "knock", "close", "open", "answer",
        "consider", "think", "go", "stay", "use", "handle", "deal", "swap", "switch", "run",
        "clear", "hang", "load", "unload", "vacuum", "hoover", "feed", "walk", "collect",
        "drop", "water", "set", "write", "read", "review", "look", "sign", "reply", "respond",
    ])
}
