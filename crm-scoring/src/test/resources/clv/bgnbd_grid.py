#!/usr/bin/env python3
"""Reference values of the BG/NBD and MBG/NBD predictions, for BgNbdModelTest, MbgNbdModelTest and
ClvScoringTest (through ClvData.gridMismatches).

Writes bgnbd_grid.csv (beside this script) with rows
    kind,model,r,alpha,a,b,x,tx,T,t,value
where kind is
    cond    E[X(t) | x, t_x, T]   (FHL 2005 eq. 10; MBG/NBD: Batislam, Denizel & Filiztekin 2007)
    uncond  E[X(t)]               (FHL 2005 eq. 9;  MBG/NBD: BDF 2007), x, tx, T unused (0)
    alive   P(alive | x, t_x, T)  (FHL 2005 eq. 13 / BDF 2007), t unused (0)
Each value is the published closed form evaluated with mpmath.hyp2f1 at 40 significant digits and
again at 60; a point is written only when both agree to 1e-20 relative and take under 6 s of CPU
(the rest are counted in the header), and the value is printed with 25 significant digits. The inputs are the exact doubles
that Java parses from the same decimal strings. Run: python3 bgnbd_grid.py (mpmath 1.3).

Points: every combination on a coarse grid of r, alpha, a, b (a, b up to 1e4; a near and either
side of 1), sampled with a fixed seed, crossed with customer histories (x from 0 to 1e5, t_x = 0,
t_x = T and in between, T from 1e-6 to 1e5) and horizons t from 1e-9 to 1e9, plus the points of
issue 22.
"""
import itertools
import multiprocessing
import random
import signal
import sys
from pathlib import Path

import mpmath as mp

R = ["0.01", "0.243", "3", "250"]
ALPHA = ["0.005", "4.41", "1000"]
A = ["0.02", "0.793", "0.9999999", "1.0000001", "1.7", "60", "10000"]
B = ["0.02", "2.43", "100", "10000"]
X = [0, 1, 2, 7, 40, 700, 100000]
T_AGE = ["1e-06", "0.5", "38.86", "20000"]
TX_FRACTION = ["0", "1", "0.37"]
T = ["1e-09", "0.001", "1", "52", "3000", "1000000000"]

ISSUE = [  # kind, model, r, alpha, a, b, x, tx, T, t
    ("cond", "bgnbd", "0.1", "0.5", "100", "200", 0, "0", "1", "1"),
    ("cond", "mbgnbd", "0.1", "0.5", "100", "200", 0, "0", "1", "1"),
    ("cond", "bgnbd", "0.5", "0.5", "10000", "0.5", 0, "0", "1", "1"),
    ("cond", "mbgnbd", "0.5", "0.5", "10000", "0.5", 0, "0", "1", "1"),
    ("cond", "bgnbd", "0.2425", "4.414", "0.7929", "2.426", 2, "30.43", "38.86", "39"),
]


MAXTERMS = 2 * 10**6
CPU_SECONDS = 6
WORKERS = 4
DIGITS = (40, 60)


class Timeout(Exception):
    pass


def on_alarm(signum, frame):
    raise Timeout()


def num(s):
    return mp.mpf(float(s))  # the double Java parses from s


def cond(model, r, al, a, b, x, tx, T, t):
    s = 1 if model == "mbgnbd" else 0
    c = a + b + x - 1 + s
    z = t / (al + T + t)
    head = c / (a - 1) * (1 - ((al + T) / (al + T + t)) ** (r + x) * mp.hyp2f1(r + x, b + x + s, c, z, maxterms=MAXTERMS))
    return head * alive(model, r, al, a, b, x, tx, T)


def uncond(model, r, al, a, b, t):
    z = t / (al + t)
    d = (al / (al + t)) ** r
    if model == "mbgnbd":
        return b / (a - 1) * (1 - d * mp.hyp2f1(r, b + 1, a + b, z, maxterms=MAXTERMS))
    return (a + b - 1) / (a - 1) * (1 - d * mp.hyp2f1(r, b, a + b - 1, z, maxterms=MAXTERMS))


def alive(model, r, al, a, b, x, tx, T):
    if model == "bgnbd":
        if x == 0:
            return mp.mpf(1)
        odds = a / (b + x - 1)
    else:
        odds = a / (b + x)
    return 1 / (1 + odds * ((al + T) / (al + tx)) ** (r + x))


def value(row, dps):
    kind, model, r, al, a, b, x, tx, T, t = row
    with mp.workdps(dps):
        r, al, a, b, tx, T, t = (num(v) for v in (r, al, a, b, tx, T, t))
        if kind == "cond":
            return cond(model, r, al, a, b, x, tx, T, t)
        if kind == "uncond":
            return uncond(model, r, al, a, b, t)
        return alive(model, r, al, a, b, x, tx, T)


def rows(rng):
    out = list(ISSUE)
    params = list(itertools.product(R, ALPHA, A, B))
    for model in ("bgnbd", "mbgnbd"):
        for r, al, a, b in params:
            for _ in range(3):
                x = rng.choice(X)
                age = rng.choice(T_AGE)
                frac = "0" if x == 0 else rng.choice(TX_FRACTION)
                tx = repr(float(age) * float(frac))
                out.append(("cond", model, r, al, a, b, x, tx, age, rng.choice(T)))
            out.append(("uncond", model, r, al, a, b, 0, "0", "0", rng.choice(T)))
            x = rng.choice(X)
            age = rng.choice(T_AGE)
            frac = "0" if x == 0 else rng.choice(TX_FRACTION)
            out.append(("alive", model, r, al, a, b, x, repr(float(age) * float(frac)), age, "0"))
    return out


def evaluate(row):
    """(row, value string) or (row, "disagree") or (row, "timeout"), in a worker process."""
    signal.signal(signal.SIGVTALRM, on_alarm)
    signal.setitimer(signal.ITIMER_VIRTUAL, CPU_SECONDS)
    try:
        v1 = value(row, DIGITS[0])
        v2 = value(row, DIGITS[1])
    except (Timeout, mp.libmp.NoConvergence):
        return row, "timeout"
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
    with mp.workdps(DIGITS[1]):
        agree = v2 == 0 and v1 == 0 or abs(v1 - v2) <= mp.mpf("1e-20") * abs(v2)
    if not agree or not mp.isfinite(v2):
        return row, "disagree"
    return row, mp.nstr(v2, 25, min_fixed=0, max_fixed=0)


def main():
    rng = random.Random(20261205)
    kept, dropped, timed_out = [], 0, 0
    with multiprocessing.Pool(WORKERS) as pool:
        for row, v in pool.imap(evaluate, rows(rng), chunksize=2):
            if v == "timeout":
                timed_out += 1
            elif v == "disagree":
                dropped += 1
            else:
                kept.append((row, v))
                if len(kept) % 200 == 0:
                    print(len(kept), file=sys.stderr)
    path = Path(__file__).with_name("bgnbd_grid.csv")
    with path.open("w") as f:
        f.write("# Reference values for the BG/NBD and MBG/NBD tests, written by bgnbd_grid.py (mpmath %s, hyp2f1 at %d and\n"
                % (mp.__version__, DIGITS[0]))
        f.write("# %d digits, kept where both agree to 1e-20 relative; %d rows, %d dropped for disagreement,\n"
                % (DIGITS[1], len(kept), dropped))
        f.write("# %d dropped for taking over 6 s of CPU or not converging). Formulas: FHL 2005 eqs. 9, 10, 13; Batislam, Denizel &\n"
                % timed_out)
        f.write("# Filiztekin 2007 for MBG/NBD. See the script's docstring.\n")
        f.write("kind,model,r,alpha,a,b,x,tx,T,t,value\n")
        for (kind, model, r, al, a, b, x, tx, age, t), v in kept:
            f.write(",".join([kind, model, r, al, a, b, str(x), tx, age, t, v]) + "\n")
    print("kept %d dropped %d timed out %d" % (len(kept), dropped, timed_out), file=sys.stderr)


if __name__ == "__main__":
    main()
