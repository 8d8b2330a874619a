#!/usr/bin/env python3
"""Agreement between a second annotator and the sets' own labels, and the analyzer against both.

    python3 Evaluation/agreement.py [path/to/rehearse]

Evaluation/second-annotator.jsonl holds {"id", "cues"} for items of sets E and F,
labelled by a second annotator from docs/cues.md alone (shuffled, without the
sets' labels). Prints figures only: macro-F1 and exact-set agreement per set,
never the items (set F is held out).
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ("question open-question closed-question reflection feeling-reflection summary validation "
         "i-statement feeling need request refusal apology hedge blame absolute insult advice dismissal "
         "defensiveness threat negotiation appreciation crisis").split()


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def scores(pairs):
    """Macro-F1 over cues that occur (in either side) and the share of identical cue sets."""
    f1s = []
    for cue in ORDER:
        tp = sum(1 for a, b in pairs if cue in a and cue in b)
        fp = sum(1 for a, b in pairs if cue in a and cue not in b)
        fn = sum(1 for a, b in pairs if cue not in a and cue in b)
        if tp + fp + fn == 0:
            continue
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * p * r / (p + r) if p + r else 0.0)
    return sum(f1s) / len(f1s), sum(1 for a, b in pairs if a == b) / len(pairs)


def main():
    rehearse = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", ".build", "debug", "rehearse")
    second = {row["id"]: set(row["cues"]) for row in load(os.path.join(HERE, "second-annotator.jsonl"))}
    for prefix in sorted({key.split("-")[0] for key in second}):
        items = [i for i in load(os.path.join(HERE, f"devset-{prefix}.jsonl")) if i["id"] in second]
        lines = "\n".join(json.dumps({"text": i["text"], **({"previous": i["previous"]} if "previous" in i else {})})
                          for i in items)
        out = subprocess.run([rehearse, "analyze", "--jsonl", "-"], input=lines.encode(), capture_output=True, check=False)
        found = [set(json.loads(line)["cues"]) for line in out.stdout.decode().splitlines()]
        gold = [set(i["cues"]) for i in items]
        other = [second[i["id"]] for i in items]
        print(f"set {prefix.upper()}: {len(items)} items")
        for name, pairs in (("second annotator vs set labels", list(zip(other, gold))),
                            ("analyzer vs set labels", list(zip(found, gold))),
                            ("analyzer vs second annotator", list(zip(found, other)))):
            macro, exact = scores(pairs)
            print(f"  {name:32s} macro-F1 {macro:.3f}   identical cue sets {exact:.1%}")


if __name__ == "__main__":
    main()
