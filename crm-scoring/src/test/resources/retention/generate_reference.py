#!/usr/bin/env python3
"""Reference values for the retention models, computed with mpmath at 40 digits (and scipy).

Writes derl_reference.csv (sBG DERL and DEL by mpmath's hyp2f1, BdW DERL by a direct sum)
and sbg_fit_reference.csv (the sBG maximum-likelihood fit of the Fader & Hardie 2007 cohorts
with standard errors from the inverse of the numerically differentiated negative Hessian) and
bdw_fit_reference.csv (the BdW fits of the same cohorts by scipy's Nelder-Mead in log parameters,
polished to a relative tolerance of 1e-13).
Run from this directory: python3 generate_reference.py
"""
import csv

import mpmath as mp
import numpy as np
from scipy.optimize import minimize
from scipy.special import betaln

mp.mp.dps = 40


def sbg_derl(a, b, n, d):
    x = 1 / (1 + mp.mpf(d))
    return (b + n) / (a + b + n) * mp.hyp2f1(1, b + n + 1, a + b + n + 1, x)


def sbg_del(a, b, d):
    return mp.hyp2f1(1, b, a + b, 1 / (1 + mp.mpf(d)))


def bdw_log_survival(a, b, c, t):
    if t == 0:
        return mp.mpf(0)
    return mp.log(mp.beta(a, b + mp.power(t, c))) - mp.log(mp.beta(a, b))


def bdw_derl(a, b, c, n, d):
    x = 1 / (1 + mp.mpf(d))
    base = bdw_log_survival(a, b, c, n)
    return mp.nsum(lambda j: mp.exp(bdw_log_survival(a, b, c, int(n + 1 + j)) - base) * x ** j, [0, mp.inf])


def sbg_terms(alive):
    """(weight, t, churned) of the cohort: churners in each period, survivors of the last."""
    terms = [(alive[t - 1] - alive[t], t, True) for t in range(1, len(alive))]
    return terms + [(alive[-1], len(alive) - 1, False)]


def sbg_ll(a, b, alive):
    def log_s(t):
        return mp.loggamma(b + t) - mp.loggamma(b) - mp.loggamma(a + b + t) + mp.loggamma(a + b)
    ll = mp.mpf(0)
    for w, t, churned in sbg_terms(alive):
        ll += w * (mp.log(a) - mp.log(a + b + t - 1) + log_s(t - 1) if churned else log_s(t))
    return ll


def sbg_gradient(a, b, alive):
    """The analytic gradient of sbg_ll in (alpha, beta), by digamma differences."""
    def d_log_s(t):
        da = mp.digamma(a + b) - mp.digamma(a + b + t)
        return da, da + mp.digamma(b + t) - mp.digamma(b)
    ga = gb = mp.mpf(0)
    for w, t, churned in sbg_terms(alive):
        if churned:
            da, db = d_log_s(t - 1)
            ga += w * (1 / a - 1 / (a + b + t - 1) + da)
            gb += w * (-1 / (a + b + t - 1) + db)
        else:
            da, db = d_log_s(t)
            ga += w * da
            gb += w * db
    return ga, gb


def sbg_fit(alive, start):
    a, b = mp.findroot(lambda a, b: sbg_gradient(a, b, alive), start, solver='mdnewton')
    h = mp.matrix(2, 2)
    for j in range(2):
        def column(e, j=j):
            p = [a, b]
            p[j] = e
            return sbg_gradient(p[0], p[1], alive)
        h[0, j] = mp.diff(lambda e: column(e)[0], [a, b][j])
        h[1, j] = mp.diff(lambda e: column(e)[1], [a, b][j])
    cov = (-h) ** -1
    return a, b, sbg_ll(a, b, alive), mp.sqrt(cov[0, 0]), mp.sqrt(cov[1, 1])


def main():
    cases = [(0.668, 3.806, n, d) for n in (0, 1, 7, 20) for d in (0.1, 0.01)]
    cases += [(0.704, 1.182, 7, 0.1), (2.5, 0.4, 3, 0.05), (0.2, 9.0, 100, 0.001), (1.5, 1.5, 0, 0.0001)]
    with open('derl_reference.csv', 'w', newline='') as out:
        w = csv.writer(out)
        w.writerow(['model', 'alpha', 'beta', 'c', 'renewals', 'discount_rate', 'derl', 'del'])
        for a, b, n, d in cases:
            a, b = mp.mpf(str(a)), mp.mpf(str(b))
            w.writerow(['sbg', a, b, 1, n, d, mp.nstr(sbg_derl(a, b, n, d), 17),
                        mp.nstr(sbg_del(a, b, d), 17)])
        for a, b, c, n, d in [(0.668, 3.806, 1.0, 7, 0.1), (1.2, 2.0, 0.6, 2, 0.1), (0.5, 4.0, 1.5, 5, 0.05)]:
            a, b, c = mp.mpf(str(a)), mp.mpf(str(b)), mp.mpf(str(c))
            dl = 1 + bdw_derl(a, b, c, 0, d) / (1 + mp.mpf(d))
            w.writerow(['bdw', a, b, c, n, d, mp.nstr(bdw_derl(a, b, c, n, d), 17), mp.nstr(dl, 17)])
    # starting points near the optimum (from the published estimates), refined by Newton's method
    cohorts = {
        'high_end': ([1000, 869, 743, 653, 593, 551, 517, 491], (mp.mpf('0.67'), mp.mpf('3.8'))),
        'regular': ([1000, 631, 468, 382, 326, 289, 262, 241], (mp.mpf('0.70'), mp.mpf('1.2'))),
    }
    with open('sbg_fit_reference.csv', 'w', newline='') as out:
        w = csv.writer(out)
        w.writerow(['cohort', 'alpha', 'beta', 'log_likelihood', 'se_alpha', 'se_beta'])
        for name, (alive, start) in cohorts.items():
            w.writerow([name] + [mp.nstr(v, 15) for v in sbg_fit(alive, start)])

    with open('bdw_fit_reference.csv', 'w', newline='') as out:
        w = csv.writer(out)
        w.writerow(['cohort', 'alpha', 'beta', 'c', 'log_likelihood'])
        for name, (alive, _) in cohorts.items():
            w.writerow([name] + ['%.12g' % v for v in bdw_fit(alive)])


def bdw_fit(alive):
    alive = np.array(alive, dtype=float)
    t = np.arange(len(alive))

    def negative_ll(u):
        a, b, c = np.exp(u)
        log_s = betaln(a, b + t ** c) - betaln(a, b)
        churn = np.log(np.exp(log_s[:-1]) - np.exp(log_s[1:]))
        return -(np.sum((alive[:-1] - alive[1:]) * churn) + alive[-1] * log_s[-1])

    u = np.zeros(3)
    for _ in range(5):
        u = minimize(negative_ll, u, method='Nelder-Mead',
                     options={'xatol': 1e-13, 'fatol': 1e-13, 'maxiter': 20000, 'maxfev': 40000}).x
    return list(np.exp(u)) + [-negative_ll(u)]


if __name__ == '__main__':
    main()
