#!/usr/bin/env python3
"""Robustness check: does what a transcript or a chat window adds to a reply
change what the analyzer finds?

Every reply of the chosen sets is analysed as written and again with one
change that keeps its meaning (a speaker label, "[laughs]", "Mm-hmm. ",
"Um, ", lower case, capitals, curly apostrophes, no final stop, line breaks
between sentences, punctuation stripped as speech recognition leaves it...).
Prints, per change, how many replies' cues moved and the macro-F1 against
the labels, and with one change named, the replies that moved.

    python3 Evaluation/perturb.py                  # sets A-K, every change, with the word model
    python3 Evaluation/perturb.py --rules-only     # the rules alone
    python3 Evaluation/perturb.py --sets ab mmhmm  # one change on sets A and B, listing what moved

Needs a release build (`swift build -c release`; REHEARSE=path picks another binary). Sets L and M are held out:
run them only for figures, never to read their replies.
"""
import collections, json, random, re, subprocess, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
import os
BINARY = Path(os.environ.get("REHEARSE", ROOT / ".build/release/rehearse"))

def between_sentences(text, mark, rnd):
    parts = re.split(r"(?<=[.!?])\s+", text)
    if len(parts) < 2:
        return mark + " " + text
    k = rnd.randrange(1, len(parts))
    return " ".join(parts[:k]) + " " + mark + " " + " ".join(parts[k:])

CHANGES = {
    "label-T": lambda t, r: "T: " + t,
    "label-CLIENT": lambda t, r: "CLIENT: " + t,
    "pause-between": lambda t, r: between_sentences(t, "[pause]", r),
    "laughs-first": lambda t, r: "[laughs] " + t,
    "mmhmm-first": lambda t, r: "Mm-hmm. " + t,
    "um-first": lambda t, r: "Um, " + (t if t.startswith(("I ", "I'", "I\u2019")) else t[:1].lower() + t[1:]),
    "lower": lambda t, r: t.lower(),
    "upper": lambda t, r: t.upper(),
    "curly": lambda t, r: t.replace("'", "\u2019"),
    "straight": lambda t, r: t.replace("\u2019", "'"),
    "no-final-stop": lambda t, r: t[:-1] if t.endswith(".") else t,
    "emoji-last": lambda t, r: t + " \U0001F642",
    "spaces": lambda t, r: "  " + t.replace(" ", "  ") + " ",
    "newlines": lambda t, r: re.sub(r"(?<=[.!?])\s+", "\n", t),
    "no-punctuation": lambda t, r: re.sub(r"[^\w\s'\u2019]", "", t),
}

def analyse(items, rules_only):
    lines = "".join(json.dumps(i) + "\n" for i in items)
    command = [str(BINARY), "analyze", "--jsonl", "-"] + (["--rules-only"] if rules_only else [])
    out = subprocess.run(command, input=lines, capture_output=True, text=True, check=False).stdout.splitlines()
    assert len(out) == len(items), "analyze answered a different number of lines"
    return [set(json.loads(o).get("cues", [])) for o in out]

def macro(gold, predicted):
    cues = sorted(set().union(*gold) | set().union(*predicted))
    scores = []
    for c in cues:
        tp = sum(1 for g, p in zip(gold, predicted) if c in g and c in p)
        fp = sum(1 for g, p in zip(gold, predicted) if c not in g and c in p)
        fn = sum(1 for g, p in zip(gold, predicted) if c in g and c not in p)
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)

def main():
    args = sys.argv[1:]
    rules_only = "--rules-only" in args
    sets = "abcdefghijk"
    if "--sets" in args:
        sets = args[args.index("--sets") + 1]
    named = [a for a in args if a in CHANGES]
    if not BINARY.exists():
        sys.exit(f"build first: swift build -c release (no {BINARY})")
    labelled = []
    for s in sets:
        labelled += [json.loads(l) for l in open(ROOT / f"Evaluation/devset-{s}.jsonl", encoding="utf-8") if l.strip()]
    plain = [{"text": i["text"], **({"previous": i["previous"]} if i.get("previous") else {})} for i in labelled]
    gold = [set(i["cues"]) for i in labelled]
    base = analyse(plain, rules_only)
    print(f"{len(plain)} replies (sets {sets.upper()}), {'rules only' if rules_only else 'with the word model'}: macro-F1 as written {macro(gold, base):.3f}")
    for name in named or CHANGES:
        rnd = random.Random(7)
        changed_items = [dict(i, text=CHANGES[name](i["text"], rnd)) for i in plain]
        found = analyse(changed_items, rules_only)
        moved = [k for k in range(len(plain)) if found[k] != base[k]]
        lost, gained = collections.Counter(), collections.Counter()
        for k in moved:
            lost.update(base[k] - found[k])
            gained.update(found[k] - base[k])
        print(f"{name:15s} replies moved {len(moved):5d}  macro-F1 {macro(gold, found):.3f}  "
              f"lost {dict(lost.most_common(4))}  gained {dict(gained.most_common(4))}")
        if named:
            for k in moved[:40]:
                print(f"    {labelled[k]['id']} {changed_items[k]['text'][:100]!r} lost {sorted(base[k] - found[k])} gained {sorted(found[k] - base[k])}")

if __name__ == "__main__":
    main()
