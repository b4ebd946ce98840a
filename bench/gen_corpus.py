#!/usr/bin/env python3
"""gen_corpus.py — deterministic news-like corpus for benchmarks and scale tests.

Usage: gen_corpus.py SIZE [--seed N] [--format jsonl|text] [--docs-start N] [-o PATH]
  SIZE    bytes to write, with an optional K/M/G suffix (1M, 20M, 1G); the last
          document may end a little past it
  jsonl   one {"id", "date", "title", "text"} object per line (default)
  text    plain text, documents separated by a blank line and a title line

The same seed and size always give the same bytes. Names: real given names
(data/given_names.txt) with invented surnames built from syllables, invented
organisations with a head word ("Varo Holdings", "Ministry of Tessaly"), places
from data/places.txt; a Zipf-like popularity so some actors recur across many
documents while most are rare. Sentence shapes: titles and roles before names,
appositions, "X's lawyer, Y, said", "X met Y", quotes, hedges, negations,
family and membership statements, surname-only second mentions.
"""
import argparse
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data")

ONSETS = ["b", "br", "c", "d", "dr", "f", "g", "gr", "h", "k", "kr", "l", "m", "n", "p", "pr", "r", "s",
          "st", "t", "tr", "v", "w", "z", "ch", "sh", "j", "y"]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "io", "ou", "y"]
CODAS = ["", "", "", "n", "r", "l", "s", "m", "nd", "rt", "sk", "v", "t"]
ENDINGS = ["", "", "", "son", "ez", "ski", "ova", "berg", "ini", "ano", "ley", "ton", "ard", "escu", "idis", "sen", "ak"]
ORG_HEADS = ["Holdings", "Group", "Bank", "Corporation", "Institute", "Foundation", "Council", "Agency",
             "Party", "Airlines", "Energy", "Capital", "Partners", "Union", "Industries", "Systems", "Media"]
ORG_PREFIX = ["Ministry of", "University of", "Bank of", "Port Authority of"]
ROLES = ["chief executive", "chairman", "spokesman", "spokeswoman", "director", "treasurer", "founder",
         "general counsel", "president", "deputy minister"]
TITLES = ["President", "Senator", "Minister", "Judge", "Governor", "Mayor", "General", "Dr."]
THINGS = ["deal", "merger", "contract", "investigation", "proposal", "budget", "settlement", "report",
          "agreement", "loan", "lawsuit", "transfer", "audit", "policy"]
ADJS = ["unlawful", "premature", "final", "fair", "unusual", "overdue", "legitimate", "flawed", "routine"]
VERBS = ["expand", "review", "suspend", "restructure", "sell", "close", "audit", "relocate"]
GERUNDS = ["delaying", "blocking", "mishandling", "hiding", "rushing", "approving"]
QUOTES = ["We have nothing to hide", "This was always going to be difficult", "The numbers speak for themselves",
          "We will cooperate fully", "Nobody asked us", "It is a good day for the region",
          "We expect a decision within weeks"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def load_list(name, fallback, keep):
    try:
        with open(os.path.join(DATA, name), encoding="utf-8") as f:
            out = [l.split("\t")[0].strip() for l in f if l.strip() and not l.startswith("#")]
        out = [w for w in out if keep(w)]
        return out or fallback
    except OSError:
        return fallback


def syllable(r):
    return r.choice(ONSETS) + r.choice(VOWELS) + r.choice(CODAS)


def make_pool(r, n, make):
    seen, out = set(), []
    while len(out) < n:
        x = make(r)
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def parse_size(s):
    mult = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    s = s.strip().upper().rstrip("B")
    if s and s[-1] in mult:
        return int(float(s[:-1]) * mult[s[-1]])
    return int(s)


class Gen:
    def __init__(self, seed, size):
        r = random.Random(seed)
        self.r = r
        given = load_list("given_names.txt", ["Anna", "David", "Maria", "Peter", "Laura", "Omar", "Ingrid", "Kenji"],
                          lambda w: w.isascii() and w.isalpha() and w[0].isupper() and 3 <= len(w) <= 9)
        given.sort()
        r.shuffle(given)
        self.given = given[:3000]
        places = load_list("places.txt", ["Lisbon", "Oslo", "Nairobi", "Lima", "Hanoi", "Perth"],
                           lambda w: w.isascii() and w.replace(" ", "").isalpha() and w[0].isupper())
        places.sort()
        self.places = places
        # pools grow with the corpus (a year of news names more people than a week)
        npers = max(2000, min(400000, size // 2500))
        norg = max(500, npers // 5)
        surname = lambda r: (syllable(r) + syllable(r) + r.choice(ENDINGS)).capitalize()
        self.surnames = make_pool(r, npers, surname)
        self.persons = [(self.given[(i * 7919) % len(self.given)], self.surnames[i]) for i in range(npers)]
        stems = make_pool(r, norg, lambda r: (syllable(r) + syllable(r)).capitalize())
        orgs = []
        for i, st in enumerate(stems):
            if i % 9 == 0:
                orgs.append(ORG_PREFIX[i % len(ORG_PREFIX)] + " " + st + "ia")
            else:
                orgs.append(st + " " + ORG_HEADS[(i * 31) % len(ORG_HEADS)])
        self.orgs = orgs

    def pick(self, pool, skew=2.2):
        return pool[int(len(pool) * self.r.random() ** skew)]

    def document(self, n):
        r = self.r
        ch = r.choice
        people = []
        while len(people) < r.randint(3, 7):
            p = self.pick(self.persons)
            if p not in people:
                people.append(p)
        orgs, want = [], r.randint(2, 4)
        while len(orgs) < want:
            o = self.pick(self.orgs, 1.8)
            if o not in orgs:
                orgs.append(o)
        places = [ch(self.places) for _ in range(2)]
        full = lambda p: p[0] + " " + p[1]
        sents = []
        first = set()

        def name(p):
            # first mention in full, later often the surname alone
            if p in first and r.random() < 0.6:
                return p[1]
            first.add(p)
            return full(p)

        for _ in range(r.randint(8, 30)):
            a, b = r.sample(people, 2)
            o1, o2 = r.sample(orgs, 2)
            L = ch(places)
            k = r.randrange(14)
            if k == 0:
                s = f"{name(a)} met {name(b)} in {L} on {ch(DAYS)}."
            elif k == 1:
                s = f"{name(a)}'s lawyer, {name(b)}, said the {ch(THINGS)} was {ch(ADJS)}."
            elif k == 2:
                s = f"{o1} {ch(ROLES)} {name(a)} said on {ch(DAYS)} that the company would {ch(VERBS)} its operations in {L}."
            elif k == 3:
                s = f"\"{ch(QUOTES)},\" said {name(a)}, a spokesman for {o1}."
            elif k == 4:
                s = f"{name(a)}, the {ch(ROLES)} of {o1}, criticized {name(b)} for {ch(GERUNDS)} the {ch(THINGS)}."
            elif k == 5:
                s = f"{name(b)} did not respond to a request for comment."
            elif k == 6:
                s = f"According to {o1}, {name(a)} reportedly spoke with {name(b)} by phone last {ch(MONTHS)}."
            elif k == 7:
                s = f"{o1} is investigating payments made by {o2} to {name(a)}."
            elif k == 8:
                s = f"{name(a)} and his brother, {ch(self.given)} {a[1]}, founded {o2} in {r.randint(1960, 2020)}."
            elif k == 9:
                s = f"Shares of {o1} fell {r.randint(2, 40)} percent in {L} after the {ch(THINGS)} was announced."
            elif k == 10:
                s = f"{ch(TITLES)} {name(a)} told reporters in {L} that the {ch(THINGS)} would be {ch(ADJS)}."
            elif k == 11:
                s = f"{name(a)} joined {o1} as {ch(ROLES)} in {r.randint(1990, 2023)}, before moving to {o2}."
            elif k == 12:
                s = f"The {ch(THINGS)} between {o1} and {o2} was signed in {L} in {ch(MONTHS)}."
            else:
                s = f"{name(a)}, who has worked with {name(b)} since {r.randint(1995, 2022)}, declined to comment."
            sents.append(s)
        paras, i = [], 0
        while i < len(sents):
            k = r.randint(1, 3)
            paras.append(" ".join(sents[i:i + k]))
            i += k
        title = f"{orgs[0]} {ch(VERBS)}s {ch(THINGS)} as {people[0][1]} faces questions"
        date = f"20{r.randint(10, 24):02d}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        return title, date, "\n\n".join(paras)


def main():
    ap = argparse.ArgumentParser(description="Deterministic news-like corpus (JSONL or text).")
    ap.add_argument("size")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--format", choices=["jsonl", "text"], default="jsonl")
    ap.add_argument("--docs-start", type=int, default=0, help="number of the first document id")
    ap.add_argument("-o", "--output", default="-")
    a = ap.parse_args()
    size = parse_size(a.size)
    g = Gen(a.seed, size)
    out = sys.stdout.buffer if a.output == "-" else open(a.output, "wb")
    written, n, buf = 0, a.docs_start, []
    while written < size:
        title, date, text = g.document(n)
        if a.format == "jsonl":
            line = json.dumps({"id": f"gen-{n:07d}", "date": date, "title": title, "text": text},
                              ensure_ascii=False) + "\n"
        else:
            line = f"{title}\n\n{text}\n\n"
        b = line.encode("utf-8")
        buf.append(b)
        written += len(b)
        n += 1
        if len(buf) >= 256:
            out.write(b"".join(buf))
            buf = []
    out.write(b"".join(buf))
    if out is not sys.stdout.buffer:
        out.close()


if __name__ == "__main__":
    main()
