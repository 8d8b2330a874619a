#!/usr/bin/env python3
"""Train the analyzer's statistical layer (`Sources/Analysis/Statistical`).

One logistic-regression model per cue over the reply's words and word pairs
(TF-IDF, sublinear counts, L2-normalised), trained on the labelled sets named
in TRAIN_SETS and every detector's own examples (its cue only). The analyzer
adds a cue the rules missed when the model's probability reaches that cue's
`add` threshold, quoting the reply's words that weigh most for it; and it
overrules a cue the rules found when the probability is under that cue's
`overrule` threshold (0: never), naming the rule it overruled.

The two thresholds per cue live in `cue-model-thresholds.json`. They are
chosen, not trained: `--choose-thresholds` reads what the built analyzer's
rules find on TUNING_SETS (sets neither the rules nor the model were written
from when the thresholds were first chosen) and, cue by cue, keeps the pair
with the best F1 of rules and model together there, less 0.005 for every
0.1 it moves from the old defaults (add 0.8, never overrule): a small set is
easily over-fitted. (Chosen on J and tried on K, and the other way round,
that shrinkage kept +0.010 and +0.007 of macro-F1; with none, +0.006 each.)

Needs scikit-learn and numpy (`pip install scikit-learn numpy`); only for
retraining: the build and the tests use the generated Swift file.

    python3 Evaluation/train-cue-model.py                      # writes the model
    python3 Evaluation/train-cue-model.py --check S            # figures on set S (no write)
    python3 Evaluation/train-cue-model.py --choose-thresholds  # needs a release build; writes the JSON

Words are read exactly as `CueModel.swift` reads them (keep the two in step):
ASCII letters lowercased, ' and curly apostrophes kept inside words, ? and !
as words of their own, every other character a separator; apostrophes at a
word's ends dropped; n't, 'm, 're, 've, 'll, 'd written out; fillers, a
speaker label opening a line and skipped brackets left out (`strip_marks`).
"""
import base64, json, math, re, struct, sys, os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Set J is held out (Evaluation/README.md): add it only once a newer blind set exists.
TRAIN_SETS = os.environ.get("TRAIN_SETS", "abcdefghi")
# The sets the thresholds are chosen on (see --choose-thresholds).
TUNING_SETS = os.environ.get("TUNING_SETS", "jk")
THRESHOLDS = ROOT / "Evaluation/cue-model-thresholds.json"
ADD_GRID = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.01]
OVERRULE_GRID = [0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4]
SHRINK = 0.05
# The detectors' own examples weigh this much more than a labelled reply: they
# are the documented near-misses a cue must not fire on.
EXAMPLE_WEIGHT = 3.0
C = 8.0
MIN_DF = 2
# Form cues stay with the rules: a question's shape is not a matter of words' weight.
# Crisis stays with the rules too: on the shipped scenarios' replies the model
# read "it cuts out before it boils" and "dead basil" as disclosures, and a
# false alarm pauses a rehearsal. (Measured in session 7: Evaluation/README.md.)
CUES = ["reflection", "feeling-reflection", "summary", "validation", "i-statement", "feeling",
        "need", "request", "refusal", "apology", "hedge", "blame", "absolute", "insult", "advice",
        "dismissal", "defensiveness", "threat", "negotiation", "appreciation"]
SUFFIXES = [("n't", "not"), ("'m", "am"), ("'re", "are"), ("'ve", "have"), ("'ll", "will"), ("'d", "would")]
STEMS = {"ca": "can", "wo": "will", "sha": "shall"}

def _swift_set(path, name):
    """The string literals of `static let NAME: Set<String> = [...]` in a Swift source."""
    src = (ROOT / path).read_text()
    m = re.search(r"static let " + name + r": Set<String> = \[(.*?)\n    \]", src, re.S)
    body = re.sub(r"//[^\n]*", "", m.group(1))
    return set(re.findall(r'"([^"]*)"', body))

ROLES = _swift_set("Sources/Analysis/Text/TranscriptMarks.swift", "roles")
DIRECTIONS = _swift_set("Sources/Analysis/Text/TranscriptMarks.swift", "directions")
# The model splits "mm-hmm" at the hyphen: only the unhyphenated fillers are words to it.
FILLERS = {f for f in _swift_set("Sources/Analysis/Text/Disfluency.swift", "fillers") if "-" not in f}

def _label_length(b, start):
    """TranscriptMarks.labelLength: a speaker label's bytes through ':', or 0."""
    n = len(b)
    isletter = lambda c: 65 <= c <= 90 or 97 <= c <= 122
    isalnum = lambda c: isletter(c) or 48 <= c <= 57
    ends = lambda k: k + 1 < n and b[k] == 0x3A and b[k + 1] == 0x20
    end = start
    while end < n and isletter(b[end]):
        end += 1
    if end >= n or end - start > 12:
        return 0
    colon = end
    if b[end] == 0x20 and end + 1 < n and isalnum(b[end + 1]):
        colon = end + 1
        while colon < n and isalnum(b[colon]):
            colon += 1
    if not ends(colon):
        return 0
    word = bytes(b[start:end])
    role = word.lower().decode() in ROLES
    if colon > end:
        return colon + 1 - start if role else 0
    capitals = all(65 <= c <= 90 for c in word)
    return colon + 1 - start if role or (capitals and end - start >= 2) else 0

def _bracket_end(b, start):
    """TranscriptMarks.bracketEnd: the position after a skipped bracket, or 0."""
    n = len(b)
    if b[start] == 0x5B:
        p = start + 1
        while p < n and p - start <= 40:
            if b[p] == 0x5D:
                return p + 1 if p > start + 1 else 0
            if b[p] in (0x5B, 0x0A):
                return 0
            p += 1
        return 0
    closing = 0x29 if b[start] == 0x28 else 0x2A
    p = start + 1
    word_start, any_word = p, False
    while p < n and p - start <= 30:
        c = b[p]
        if 65 <= c <= 90 or 97 <= c <= 122:
            p += 1
            continue
        if c not in (0x20, closing):
            return 0
        if p > word_start:
            if bytes(b[word_start:p]).lower().decode() not in DIRECTIONS:
                return 0
            any_word = True
        if c == closing:
            return p + 1 if any_word else 0
        p += 1
        word_start = p
    return 0

def strip_marks(text):
    """What `CueModel.scan` skips besides fillers: a speaker label opening a
    line and skipped brackets, each replaced by a space (a separator)."""
    b = text.encode()
    out = bytearray()
    i, line_start = 0, True
    while i < len(b):
        c = b[i]
        if c == 0x20:
            out.append(c); i += 1
            continue
        if line_start:
            line_start = False
            if 65 <= c <= 90 or 97 <= c <= 122:
                k = _label_length(b, i)
                if k:
                    out.append(0x20); i += k
                    continue
        # Inside a word ("don't", "you've") the scan never stops at these bytes:
        # only the separators between words are looked at, as here.
        if c == 0x0A:
            line_start = True
        elif c in (0x5B, 0x28, 0x2A):
            e = _bracket_end(b, i)
            if e:
                out.append(0x20); i = e
                continue
        out.append(c); i += 1
    return out.decode("utf-8", errors="replace")

def words(text):
    return [w for w in _words(strip_marks(text)) if w not in FILLERS]

def _words(text):
    out, cur = [], []
    def flush():
        w = "".join(cur).strip("'")
        cur.clear()
        if not w:
            return
        for suffix, full in SUFFIXES:
            if w.endswith(suffix) and len(w) > len(suffix):
                stem = w[: -len(suffix)]
                if suffix == "n't":
                    stem = STEMS.get(stem, stem)
                out.extend([stem, full])
                return
        out.append(w)
    for ch in text:
        if "A" <= ch <= "Z":
            cur.append(ch.lower())
        elif "a" <= ch <= "z" or ch == "'":
            cur.append(ch)
        elif ch in "\u2019\u2018":
            cur.append("'")
        elif ch in "?!":
            flush(); out.append(ch)
        else:
            flush()
    flush()
    return out

def features(text):
    w = words(text)
    return w + [a + " " + b for a, b in zip(w, w[1:])]

def fnv(s):
    h = 0xcbf29ce484222325
    for b in s.encode():
        h ^= b
        h = (h * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h

def load(path):
    return [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]

def swift_examples():
    """Every detector's fires / doesNotFire replies, read from the Swift sources."""
    cue_of = {}
    out = []
    lit = r'"((?:[^"\\]|\\.)*)"'
    for path in sorted((ROOT / "Sources/Analysis/Cues").glob("*.swift")):
        src = path.read_text()
        for m in re.finditer(r'CueDetector\(\s*\.(\w+)', src):
            start = m.start()
            cue = re.sub(r'([A-Z])', lambda x: "-" + x.group(1).lower(), m.group(1))
            body = src[start:]
            for key, label in (("fires:", True), ("doesNotFire:", False)):
                k = body.find(key)
                if k < 0:
                    continue
                depth, i = 0, body.index("[", k)
                j = i
                while True:
                    if body[j] == '"':
                        j += 1
                        while body[j] != '"':
                            j += 2 if body[j] == "\\" else 1
                    elif body[j] == "[":
                        depth += 1
                    elif body[j] == "]":
                        depth -= 1
                        if depth == 0:
                            break
                    j += 1
                block = body[i:j]
                for em in re.finditer(r'CueExample\(\s*' + lit + r'|' + lit, block):
                    s = em.group(1) if em.group(1) is not None else em.group(2)
                    if em.group(1) is None and block[max(0, em.start() - 8):em.start()].rstrip().endswith("after:"):
                        continue
                    s = s.encode().decode("unicode_escape").encode("latin-1").decode("utf-8") if "\\" in s else s
                    out.append((cue, s, label))
    return out

def train():
    """The vectoriser, the labelled replies and detector examples, and the
    weights: float (W), quantised as shipped (Q times scale) and the biases."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    items = []
    for s in TRAIN_SETS:
        items += load(ROOT / f"Evaluation/devset-{s}.jsonl")
    # Only the modelled cues' examples: crisis and form rules can change without changing the model.
    examples = [e for e in swift_examples() if e[0] in CUES]
    texts = [i["text"] for i in items] + [e[1] for e in examples]
    vec = TfidfVectorizer(analyzer=features, min_df=MIN_DF, sublinear_tf=True, norm="l2", smooth_idf=True)
    X = vec.fit_transform(texts)
    n_items = len(items)
    vocab = vec.vocabulary_
    names = sorted(vocab, key=vocab.get)
    W = np.zeros((len(names), len(CUES)), dtype=np.float64)
    B = np.zeros(len(CUES))
    for k, cue in enumerate(CUES):
        rows, ys = list(range(n_items)), [cue in i["cues"] for i in items]
        weights = [1.0] * len(rows)
        for e, (c, _, label) in enumerate(examples):
            if c == cue:
                rows.append(n_items + e); ys.append(label); weights.append(EXAMPLE_WEIGHT)
        m = LogisticRegression(C=C, class_weight="balanced", max_iter=5000).fit(X[rows], np.array(ys), sample_weight=np.array(weights))
        W[:, k] = m.coef_[0]
        B[k] = m.intercept_[0]
    print(f"{len(items)} labelled replies, {len(examples)} detector examples; {len(names)} features", file=sys.stderr)
    # Int16 weights with one scale per cue.
    scale = np.abs(W).max(axis=0) / 32767.0
    Q = np.round(W / scale).astype(np.int16)
    return vec, names, W, Q, scale, B

def probabilities(vec, Q, scale, B, texts):
    """Per text, each cue's probability as the analyzer computes it (shipped
    weights), and whether the text has any word the model knows (without
    one, the analyzer neither adds nor overrules)."""
    import numpy as np
    Xt = vec.transform(texts)
    S = Xt @ (Q * scale) + B
    return 1 / (1 + np.exp(-S)), Xt.getnnz(axis=1) > 0

ALL_CUES = ["question", "open-question", "closed-question", "reflection", "feeling-reflection", "summary",
            "validation", "i-statement", "feeling", "need", "request", "refusal", "apology", "hedge", "blame",
            "absolute", "insult", "advice", "dismissal", "defensiveness", "threat", "negotiation",
            "appreciation", "crisis"]

def conflicts():
    """CueConflicts.swift's (winner, loser) pairs, read from the source."""
    src = (ROOT / "Sources/Analysis/Cues/CueConflicts.swift").read_text()
    kebab = lambda name: re.sub(r"([A-Z])", lambda m: "-" + m.group(1).lower(), name)
    return [(kebab(w), kebab(l)) for w, l in re.findall(r"Conflict\(winner: \.(\w+), loser: \.(\w+)\)", src)]

def combine(rules, p, known, add, overrule, beaten):
    """What `Analyzer.addModelCues` makes of the rules' cues and the model's
    probabilities (keep the two in step)."""
    present = set(rules)
    if known:
        for k, cue in enumerate(CUES):
            if cue in present and p[k] < overrule[cue]:
                # The label relations stand: an i-statement owns a feeling or a
                # need; a feeling-reflection is a reflection.
                if cue in ("feeling", "need") and "i-statement" in present and not ({"feeling", "need"} - {cue}) & present:
                    continue
                if cue == "reflection" and "feeling-reflection" in present:
                    continue
                present.discard(cue)
    kept = []
    for k, cue in enumerate(CUES):
        if cue in present or not known or p[k] < add[cue]:
            continue
        if any(w in present and l == cue for w, l in beaten):
            continue
        kept.append(cue)
        present.add(cue)
    owns = "feeling" in present or "need" in present
    if "i-statement" in kept and not owns:
        present.discard("i-statement")
    if "feeling-reflection" in present:
        present.add("reflection")
    return present

def f1(gold, pred, cue):
    tp = sum(1 for g, p in zip(gold, pred) if cue in g and cue in p)
    fp = sum(1 for g, p in zip(gold, pred) if cue not in g and cue in p)
    fn = sum(1 for g, p in zip(gold, pred) if cue in g and cue not in p)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

def choose_thresholds():
    import subprocess
    binary = ROOT / ".build/release/rehearse"
    if not binary.exists():
        sys.exit(f"--choose-thresholds reads what the rules find: build first (swift build -c release); no {binary}")
    vec, names, W, Q, scale, B = train()
    gold, rules, P, known = [], [], [], []
    for s in TUNING_SETS:
        path = ROOT / f"Evaluation/devset-{s}.jsonl"
        items = load(path)
        out = subprocess.run([str(binary), "analyze", "--jsonl", "--rules-only", str(path)],
                             capture_output=True, text=True, check=True).stdout.splitlines()
        assert len(out) == len(items)
        gold += [set(i["cues"]) for i in items]
        rules += [set(json.loads(line)["cues"]) for line in out]
        p, k = probabilities(vec, Q, scale, B, [i["text"] for i in items])
        P += list(p); known += list(k)
    beaten = conflicts()
    add = {c: 0.8 for c in CUES}
    overrule = {c: 0.0 for c in CUES}
    def scored(cue):
        pred = [combine(r, p, k, add, overrule, beaten) for r, p, k in zip(rules, P, known)]
        return f1(gold, pred, cue)
    before = {c: scored(c) for c in CUES}
    for cue in CUES:
        best = None
        for a in ADD_GRID:
            for o in OVERRULE_GRID:
                add[cue], overrule[cue] = a, o
                score = scored(cue) - SHRINK * (abs(a - 0.8) + o)
                if best is None or score > best[0] + 1e-9:
                    best = (score, a, o)
        add[cue], overrule[cue] = best[1], best[2]
        print(f"{cue:20s} add {add[cue]:.2f} overrule {overrule[cue]:.2f}  F1 on {TUNING_SETS.upper()} {before[cue]:.3f} -> {scored(cue):.3f}", file=sys.stderr)
    THRESHOLDS.write_text(json.dumps({
        "chosen on": TUNING_SETS.upper(), "model trained on": TRAIN_SETS.upper(),
        "add": add, "overrule": overrule}, indent=1) + "\n")
    print(f"wrote {THRESHOLDS}", file=sys.stderr)

def main():
    import numpy as np
    if len(sys.argv) > 1 and sys.argv[1] == "--choose-thresholds":
        return choose_thresholds()
    check = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == "--check" else None
    vec, names, W, Q, scale, B = train()
    chosen = json.loads(THRESHOLDS.read_text())
    add, overrule = chosen["add"], chosen["overrule"]
    idf = vec.idf_.astype(np.float32)
    if check:
        te = load(ROOT / f"Evaluation/devset-{check}.jsonl")
        P, known = probabilities(vec, Q, scale, B, [i["text"] for i in te])
        for k, cue in enumerate(CUES):
            p = (P[:, k] >= add[cue]) & known
            y = np.array([cue in i["cues"] for i in te])
            print(f"{cue:20s} model alone P{(p&y).sum()/max(1,p.sum()):.2f} R{(p&y).sum()/max(1,y.sum()):.2f}")
        return
    hashes = [fnv(n) for n in names]
    assert len(set(hashes)) == len(hashes), "hash collision"
    blob = b"".join(struct.pack("<Q", h) for h in hashes) + idf.astype("<f4").tobytes() + Q.astype("<i2").tobytes()
    text = base64.b64encode(blob).decode()
    # Lines of 120 characters: a multiple of four, so the Swift decoder never meets a group cut by a line break.
    lines = [text[i:i + 120] for i in range(0, len(text), 120)]
    cue_cases = ", ".join("." + re.sub(r"-(\w)", lambda m: m.group(1).upper(), c) for c in CUES)
    logit = lambda p: repr(math.log(p / (1 - p))) if 0 < p < 1 else ("Float.infinity" if p >= 1 else "-Float.infinity")
    out = ROOT / "Sources/Analysis/Statistical/CueModelData.swift"
    out.write_text(
        "// Generated by Evaluation/train-cue-model.py: do not edit by hand.\n"
        f"// Trained on sets {', '.join(TRAIN_SETS.upper())} and the detectors' examples;\n"
        f"// {len(names)} words and word pairs, logistic regression (C={C}); thresholds chosen on\n"
        f"// sets {', '.join(chosen['chosen on'])} (Evaluation/cue-model-thresholds.json).\n\n"
        "extension CueModel {\n"
        f"    static let cues: [CueName] = [{cue_cases}]\n"
        f"    static let featureCount = {len(names)}\n"
        "    /// Per cue, the logit at or over which the model adds the cue the rules missed.\n"
        f"    static let addThresholds: [Float] = [{', '.join(logit(add[c]) for c in CUES)}]\n"
        "    /// Per cue, the logit under which the model overrules the rules' cue (-inf: never).\n"
        f"    static let overruleThresholds: [Float] = [{', '.join(logit(overrule[c]) for c in CUES)}]\n"
        f"    static let scales: [Float] = [{', '.join(repr(float(s)) for s in scale)}]\n"
        f"    static let biases: [Float] = [{', '.join(repr(float(b)) for b in B)}]\n"
        "    /// Feature hashes (UInt64), idf (Float32), weights (Int16, feature-major), little-endian, base64.\n"
        "    static let packed = \"\"\"\n" + "\n".join(lines) + "\n\"\"\"\n}\n")
    # A readable summary for people: the words that weigh most for each cue.
    doc = ["# What the statistical layer learned", "",
           "Generated by `Evaluation/train-cue-model.py`. For each cue, the words and word pairs",
           "that weigh most toward it (highest weights first). The analyzer quotes a reply's",
           "own words from this kind of list as the evidence when the model adds a cue.", ""]
    for k, cue in enumerate(CUES):
        top = np.argsort(-W[:, k])[:25]
        doc.append(f"- **{cue}**: " + ", ".join(f"`{names[j]}`" for j in top))
    (ROOT / "docs/cue-model.md").write_text("\n".join(doc) + "\n")
    print(f"wrote {out} ({len(text)} base64 characters) and docs/cue-model.md", file=sys.stderr)

if __name__ == "__main__":
    main()
