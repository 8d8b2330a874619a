#!/usr/bin/env python3
"""Writes a large, valid scenario for the authoring benchmark.

usage: generate.py [NODES] > big.yaml      (default 5000 nodes)

Every node but the endings has a coach hint, examples and four to six
replies whose conditions mix built-in and scenario cues, meter comparisons,
the turn number and visited(); replies change meters, move forward, loop
back or stay. A reply always moves forward, so every node is reachable and
every node can reach an ending: `rehearse check` prints no errors
(some warnings, such as a condition that cannot hold where it stands, are
expected in a file made at random). The same
NODES always gives the same file.
"""
import random
import sys

nodes = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
endings = max(3, nodes // 50)
inner = nodes - endings
rng = random.Random(4)
cues = ["validation", "reflection", "request", "i-statement", "blame", "apology",
        "open-question", "negotiation", "dismissal", "mentions-plan", "mentions-time"]
meters = ["tension", "trust", "energy"]

def name(i):
    return f"n{i}" if i < inner else f"end{i - inner}"

def condition():
    parts = [rng.choice(cues)]
    kind = rng.random()
    if kind < 0.35:
        parts.append(f"{rng.choice(meters)} {rng.choice(['>=', '<', '<=', '>'])} {rng.randint(2, 8)}")
    elif kind < 0.45:
        parts.append(f"turn > {rng.randint(3, 30)}")
    elif kind < 0.5:
        parts.append(f"visited({name(rng.randrange(inner))})")
    if rng.random() < 0.3:
        parts[0] = f"({parts[0]} or {rng.choice(cues)})"
    # Always a cue in an `and`: no condition holds without one, so `else`
    # can always be taken and the conversation always moves on.
    return " and ".join(parts)

def effects():
    chosen = rng.sample(meters, rng.randint(1, 2))
    return "{ " + ", ".join(f"{m}: {rng.choice(['+1', '+2', '-1', '-2'])}" for m in chosen) + " }"

out = sys.stdout
out.write(f"""format: rehearse/1
id: benchmark-{nodes}
title: Benchmark scenario with {nodes} nodes
area: skills-drill
skills: [assertiveness, active-listening]
level: 3
goal: Exercise check and graph on a large file.
partner: {{ name: Alex, relation: colleague, manner: busy }}
state: {{ tension: 5, trust: 5, energy: 5 }}
cues:
  mentions-plan: ["a plan", "the plan", "plan for *"]
  mentions-time: ["this week", "next week", "on * day"]
start: n0
nodes:
""")
for i in range(inner):
    out.write(f"""  {name(i)}:
    partner:
      - "Line {i}: I hear you, but \\"today\\" is not great for me. Can we talk about {{you}} later?"
      - "Line {i}, second variant."
    coach: Reflect first, then ask for what you need (node {i}).
    examples: ["It sounds like today is packed. Could we agree a time?"]
    replies:
""")
    for _ in range(rng.randint(3, 5)):
        r = rng.random()
        if r < 0.6:
            target = min(i + rng.randint(1, 40), nodes - 1)
        elif r < 0.8 and i > 0:
            target = rng.randrange(max(0, i - 30), i)
        else:
            target = None
        out.write(f"      - if: {condition()}\n        set: {effects()}\n")
        if target is None:
            out.write(f"        partner: \"Hm, go on ({i}).\"\n")
        else:
            out.write(f"        go: {name(target)}\n")
    if i < endings:
        # A late way to each ending, so that every ending is reachable.
        out.write(f"      - if: apology and turn > 40\n        go: {name(inner + i)}\n")
    out.write(f"      - else:\n        set: {effects()}\n        go: {name(i + 1)}\n")
outcomes = ["success", "partial", "breakdown"]
for j in range(endings):
    out.write(f"""  {name(inner + j)}:
    partner: "Ending {j}."
    end: {{ outcome: {outcomes[j % 3]}, title: "Ending {j}" }}
""")
out.write("rubric: [assertiveness, active-listening]\n")
