#!/usr/bin/env python3
"""Writes a deterministic corpus of utterances for the analyze throughput bench.

    make-corpus.py [--n 200000] [--seed 1] [--out DIR] [--empty]

DIR/corpus.txt   one utterance per line (plain mode of `rehearse analyze`)
DIR/corpus.jsonl the same utterances as {"text": ..., "previous": ...} objects;
                 about half carry a "previous" partner line.
--empty          also writes DIR/empty.jsonl: the same number of objects with
                 empty texts and no "previous" (I/O + JSON cost, no analysis).

Utterances are recombined from ~150 hand-written reply fragments (good and poor
replies, questions, reflections, blame, hedges, apologies, requests, small
talk; nothing about crisis), with names, numbers, days and things filled in,
so that lines vary. Deliberately independent of Evaluation/ (accuracy data).
"""
import argparse
import json
import os
import random

NAMES = ["Sam", "Priya", "Tomasz", "Aisha", "Jordan", "Mei", "Lukas", "Fatima", "Diego", "Hannah",
         "Kwame", "Ines", "Oleg", "Noor", "Ben", "Yuki", "Rosa", "Emeka", "Clara", "Ravi"]
THINGS = ["the dishes", "the rent", "the car", "the kids' homework", "the laundry", "the budget",
          "the report", "the holiday plans", "your mother's visit", "the garden", "the bins",
          "the deadline", "the shopping", "the bathroom", "the dog", "the bills", "the spreadsheet"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "tomorrow", "tonight", "this weekend", "next week", "yesterday", "last night"]
FEELINGS = ["frustrated", "tired", "hurt", "worried", "overwhelmed", "annoyed", "anxious",
            "disappointed", "stuck", "embarrassed", "lonely", "stressed"]

# Reply fragments; {n} name, {t} thing, {d} day, {f} feeling, {k} small number, {h} hour.
FRAGMENTS = [
    # reflections / validation
    "It sounds like you're really {f} about {t}.",
    "So what I'm hearing is that {t} has been on you all week.",
    "I hear you, that sounds hard.",
    "That makes sense, given everything with {t}.",
    "You feel like nobody notices how much you do.",
    "It must be exhausting to carry {t} on your own.",
    "I can see why you'd be {f}.",
    "So {d} really got to you.",
    "If I understand you right, it's less about {t} and more about being heard.",
    "That sounds really frustrating.",
    "I get it, {n}, that's a lot.",
    "You're saying you've asked {k} times already.",
    "It seems like you felt left out on {d}.",
    "I understand why that hurt.",
    "Of course you're {f}, anyone would be.",
    # questions
    "What would help most right now?",
    "Can you tell me more about what happened {d}?",
    "How did that feel when {n} said it?",
    "What do you need from me?",
    "Is it {t} or something bigger?",
    "Why didn't you tell me sooner?",
    "Do you want advice or do you just want me to listen?",
    "When would be a good time to talk about {t}?",
    "What would a fair split look like to you?",
    "Have you talked to {n} about it?",
    "Which part bothers you most?",
    "Could we sit down {d} and sort out {t}?",
    "How long has this been going on?",
    "What did you mean by that?",
    "Is there anything I'm missing?",
    # I-statements / needs / requests
    "I feel {f} when {t} is left until {d}.",
    "I need a bit of time to think about it.",
    "I'd like us to share {t} more evenly.",
    "Could you please take care of {t} on {d}?",
    "I would really appreciate it if you let me know by {h} o'clock.",
    "I'm feeling {f} and I want to talk about it calmly.",
    "For me it matters that we decide together.",
    "Would you be willing to swap {t} with me?",
    "I need you to call if you're going to be late.",
    "My worry is that {t} keeps slipping.",
    "I want us to try something different with {t}.",
    "Can we agree on {k} evenings a week?",
    # saying no / boundaries
    "No, I can't take that on this week.",
    "I'm going to say no to {t}, I'm already stretched.",
    "Thanks for asking, but I won't be able to make it {d}.",
    "That doesn't work for me.",
    "I'd rather not, {n}.",
    "I'm not comfortable lending {k} hundred again.",
    "I can do {t}, but not {d}.",
    # offers / apologies
    "I'm sorry, I should have checked with you first.",
    "Sorry about {d}, that was on me.",
    "I apologise for snapping about {t}.",
    "I'm sorry you felt ignored.",
    "Let me handle {t} this time.",
    "I can help with {t} after {h}.",
    "How about I do {t} and you do the bins?",
    "I'll take {t} off your plate {d}.",
    "I'm really sorry, {n}, I forgot.",
    "My bad, I'll sort it out.",
    # hedges / softeners
    "Maybe we could possibly look at {t} at some point?",
    "I kind of think it might be a bit unfair, I guess.",
    "Sort of, I mean, I don't know.",
    "Perhaps it's just me, but {t} seems a little off.",
    "I'm not sure, maybe?",
    "It's probably nothing, but {d} bothered me a bit.",
    "I suppose we could try it, if you want.",
    "Just a thought, maybe {k} days instead?",
    "I might be wrong, but I think {n} meant well.",
    # blame / absolutes / insults / defensiveness / dismissal
    "It's your fault we're always late.",
    "You never help with {t}.",
    "You always do this, {n}.",
    "Well, if you'd done {t} {d} we wouldn't be here.",
    "This is all because of you.",
    "You're being ridiculous.",
    "That's a stupid idea.",
    "You're so lazy about {t}.",
    "Whatever, it doesn't matter.",
    "Calm down, it's not a big deal.",
    "You're overreacting again.",
    "I didn't do anything wrong.",
    "It's not my fault, {n} told me to.",
    "I was only trying to help, so don't blame me.",
    "Why are you making such a fuss about {t}?",
    "Fine. Do it yourself then.",
    "You always make everything about you.",
    "Nobody ever listens to me in this house.",
    "That's just how it is, get over it.",
    "You should just stop worrying about {t}.",
    "If you don't do {t} by {d}, I'm done.",
    "Don't talk to me like that.",
    "Yeah, yeah, I heard you the first {k} times.",
    "Here we go again.",
    "Seriously? Again with {t}?",
    # advice
    "You should talk to {n} about it.",
    "Have you tried making a list for {t}?",
    "Why don't you just set a reminder?",
    "If I were you I'd ask for an extension until {d}.",
    "You need to stand up for yourself.",
    "Try taking a walk before you reply to {n}.",
    # small talk / neutral
    "Okay.",
    "Sure, that works.",
    "Hmm.",
    "Right.",
    "The bus was {k} minutes late again {d}.",
    "Did you see the match {d}?",
    "I had soup for lunch.",
    "It's raining again.",
    "{n} is coming over at {h}.",
    "The shop closes at {h} on {d}.",
    "I got {k} emails about {t} today.",
    "Let's order pizza.",
    "Yes.",
    "No.",
    "I don't know.",
    "Good morning!",
    "Thanks, {n}.",
    "See you {d}.",
    # mixed / longer
    "I know you're {f}, and I'm {f} too, but shouting won't fix {t}.",
    "Look, I get that {t} matters, I just can't do it {d}.",
    "You're right that I forgot, and I'm sorry, but you never remind me either.",
    "Honestly I'm not sure what you want me to say.",
    "Can we take a break and come back to {t} at {h}?",
    "I appreciate you telling me, it can't have been easy.",
    "Thank you for being patient with me about {t}.",
    "It means a lot that you noticed.",
    "We both want the same thing here.",
    "Let's figure out {t} together.",
    "I don't want to fight about {t}.",
    "Part of me agrees with you, part of me doesn't.",
    "I hadn't thought of it that way.",
    "That's fair.",
    "Okay, I'll try that {d}.",
    "I'm listening.",
    "Go on.",
    "Tell me what you'd like to happen.",
    "I wish you'd said something {d}.",
    "It hurts when you say I never help.",
    "I'm trying my best here, {n}.",
    "Please don't roll your eyes at me.",
    "We agreed on {k} o'clock and you came at {h}.",
    "I feel like I'm always the one who gives in.",
    "Can you see why I might be upset?",
    "C'est la vie, {n}.",
    "No worries 🙂",
    "lol ok",
    "ugh, {t} AGAIN",
]

PARTNER = [
    "You never do {t}, I always end up doing it.",
    "I'm so {f} right now.",
    "Can you just help me with {t} {d}?",
    "Why do I have to remind you every single time?",
    "I had a horrible day, {n} yelled at me.",
    "Are you coming {d} or not?",
    "I need you to lend me {k} hundred.",
    "You forgot again, didn't you?",
    "I don't think you're listening to me.",
    "It's fine, forget it.",
    "Honestly I'm just {f} about {t}.",
    "Can you cover for me on {d}?",
    "I did {t} {k} times this week.",
    "Whatever you think is best.",
    "My boss wants the report by {h}.",
    "I feel like you don't care.",
    "We need to talk about {t}.",
    "It's not a big deal, really.",
    "You said you'd do it {d}.",
    "I just want a bit of help, {n}.",
]

CONNECT = [" ", " ", " ", " And ", " But ", " Also, ", " Anyway, ", " So ", " Still, "]


def fill(s, r):
    return (s.replace("{n}", r.choice(NAMES)).replace("{t}", r.choice(THINGS))
             .replace("{d}", r.choice(DAYS)).replace("{f}", r.choice(FEELINGS))
             .replace("{k}", str(r.randint(2, 12))).replace("{h}", str(r.randint(1, 11))))


def lower_first(s):
    return s if s[:2] in ("I ", "I'") or s[:1] == "{" else s[:1].lower() + s[1:]


def utterance(r):
    # 1–3 fragments; stop adding once long enough; keep most within 40–160 chars.
    k = r.choices([1, 2, 3], weights=[25, 50, 25])[0]
    out = fill(r.choice(FRAGMENTS), r)
    for _ in range(k - 1):
        if len(out) > 110:
            break
        c = r.choice(CONNECT)
        nxt = fill(r.choice(FRAGMENTS), r)
        out += c + (lower_first(nxt) if c.strip() else nxt)
    if len(out) < 40 and r.random() < 0.7:
        out += " " + fill(r.choice(FRAGMENTS), r)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=200_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default=".")
    ap.add_argument("--empty", action="store_true")
    a = ap.parse_args()
    r = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "corpus.txt"), "w", encoding="utf-8") as txt, \
         open(os.path.join(a.out, "corpus.jsonl"), "w", encoding="utf-8") as js:
        for _ in range(a.n):
            u = utterance(r)
            txt.write(u + "\n")
            obj = {"text": u}
            if r.random() < 0.5:
                obj["previous"] = fill(r.choice(PARTNER), r)
            js.write(json.dumps(obj, ensure_ascii=False) + "\n")
    if a.empty:
        with open(os.path.join(a.out, "empty.jsonl"), "w", encoding="utf-8") as e:
            e.write('{"text": ""}\n' * a.n)


if __name__ == "__main__":
    main()
