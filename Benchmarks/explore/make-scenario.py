#!/usr/bin/env python3
"""Writes a large, valid rehearse/1 scenario for the exploration benchmark.

The nodes form a binary tree: each inner node has three replies (a scenario
cue or a built-in cue to go left, another to go right, `else` to stay), each
with example replies, so exploration walks from the root to a leaf; leaves are
endings. Lines have variants and conditions read a meter, as real scenarios do.

    make-scenario.py [--nodes 5000] [--out FILE]
"""
import argparse
import json

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--out", default="-")
    args = parser.parse_args()
    count = max(3, args.nodes)
    q = json.dumps
    lines = [
        "format: rehearse/1",
        "id: generated-tree",
        f"title: Generated tree of {count} nodes",
        "area: skills-drill",
        "skills: [assertiveness, active-listening]",
        "level: 3",
        "goal: Exercise exploration on a large scenario.",
        "partner: { name: Sam, relation: generated }",
        "state: { tension: 5, trust: 5 }",
        "cues:",
        '  goes-left: ["left", "to the left"]',
        '  goes-right: ["right", "to the right"]',
        "start: n0",
        "nodes:",
    ]
    outcomes = ["success", "partial", "breakdown"]
    for i in range(count):
        left, right = 2 * i + 1, 2 * i + 2
        lines.append(f"  n{i}:")
        lines.append(f"    partner: [{q(f'Node {i}, {{you}}. Left or right?')}, {q(f'This is node {i}. Which way?')}]")
        if right >= count:
            lines.append(f"    end: {outcomes[i % 3]}")
            continue
        lines += [
            "    coach: Pick a way.",
            f"    examples: [{q('Left, please.')}]",
            "    replies:",
            "      - if: goes-left and tension <= 9",
            "        set: { tension: +1 }",
            f"        go: n{left}",
            f"        examples: [{q('Let us go to the left.')}]",
            "      - if: goes-right or validation",
            "        set: { tension: -1, trust: +1 }",
            f"        go: n{right}",
            f"        examples: [{q('Right, I can see why you would want that.')}, {q('That makes sense.')}]",
            "      - else:",
            f"        partner: {q('Sorry?')}",
            f"        examples: [{q('Hmm.')}]",
        ]
    lines.append("rubric: [assertiveness, active-listening]")
    text = "\n".join(lines) + "\n"
    if args.out == "-":
        print(text, end="")
    else:
        with open(args.out, "w") as handle:
            handle.write(text)

if __name__ == "__main__":
    main()
