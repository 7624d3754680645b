#!/usr/bin/env python3
"""An independent recomputation of `saylau forensics` over the CSV itself (not over SaylauDesk's store), for
tests/TestForensicsRealData.cpp: the integer-percentage counts, the fingerprint's bins and, when numpy is
present, a Monte Carlo of the same null drawn with numpy's own binomial sampler.

Usage: forensics_reference.py DATA.csv DRAWS SEED  -> JSON on stdout.
Per precinct: V voters on the list, B = valid + invalid ballots, L the leader's votes (the party with the most
votes in the file); t = B/V, s = L/B; the integer test counts precincts with V >= 100 and 0 < B <= V whose
100·t (or 100·s) lies within 0.05 of an integer."""
import csv
import json
import sys


def near_integer(n, d):
    r = (100 * n) % d
    return 20 * min(r, d - r) <= d


def main():
    path, draws, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    header = [h.replace("\n", " ") for h in rows[0]]
    voters = next(i for i, h in enumerate(header) if "внесенных в список" in h)
    invalid = next(i for i, h in enumerate(header) if h.startswith("Число недействительных"))
    valid = next(i for i, h in enumerate(header) if h.startswith("Число действительных"))
    parties = [i for i, h in enumerate(header) if h[:1].isdigit() and ". " in h[:4]]
    data = [(int(r[voters]), int(r[valid]) + int(r[invalid]), [int(r[p]) for p in parties]) for r in rows[1:] if r]
    totals = [sum(d[2][k] for d in data) for k in range(len(parties))]
    leader = max(range(len(parties)), key=lambda k: totals[k])

    fingerprint = [0] * 10000
    tested = []
    left_small = 0
    for v, b, votes in data:
        l = votes[leader]
        if 0 < b <= v:
            fingerprint[min(100 * l // b, 99) * 100 + min(100 * b // v, 99)] += 1
        if v < 100:
            left_small += 1
        elif 0 < b <= v:
            tested.append((v, b, l))
    out = {
        "precincts": len(data),
        "tested": len(tested),
        "left_out_small": left_small,
        "leader_position": leader + 1,
        "turnout_observed": sum(near_integer(b, v) for v, b, l in tested),
        "share_observed": sum(near_integer(l, b) for v, b, l in tested),
        "fingerprint": fingerprint,
    }
    try:
        import numpy as np
    except ImportError:
        print(json.dumps(out))
        return
    V = np.array([t[0] for t in tested], dtype=np.int64)
    B = np.array([t[1] for t in tested], dtype=np.int64)
    L = np.array([t[2] for t in tested], dtype=np.int64)
    rng = np.random.default_rng(seed)
    turnout, share = [], []
    for _ in range(draws):
        b = rng.binomial(V, B / V)
        l = rng.binomial(b, L / B)
        r = (100 * b) % V
        turnout.append(int(np.count_nonzero(20 * np.minimum(r, V - r) <= V)))
        d = np.maximum(b, 1)
        r = (100 * l) % d
        share.append(int(np.count_nonzero((20 * np.minimum(r, d - r) <= d) & (b > 0))))
    out.update({"draws": draws,
                "turnout_mean": float(np.mean(turnout)), "turnout_sd": float(np.std(turnout, ddof=1)),
                "share_mean": float(np.mean(share)), "share_sd": float(np.std(share, ddof=1))})
    print(json.dumps(out))


if __name__ == "__main__":
    main()
