#!/usr/bin/env python3
"""What the frame interval alone costs a paced vote (docs/performance.md).

The kiosk sends at most one fan-out per frame interval (16 ms): a vote that
arrives less than that after the last fan-out waits for the interval's end
and leaves with whatever came meanwhile; one that arrives later leaves at
once. This models only that rule, with no cost for anything else: N voters
each voting every 2-5 s (on average 3.5 s, taken here as a Poisson stream of
N / 3.5 votes a second). It prints the wait's median, p99 and mean per N.

    python3 tests/bench/framewait.py [interval_ms]
"""
import random
import sys


def waits(voters, interval, seconds=400.0, seed=1):
    rng = random.Random(seed)
    rate = voters / 3.5
    arrivals = sorted(rng.uniform(0, seconds) for _ in range(int(rate * seconds)))
    out, last, due, waiting = [], -1e9, None, []
    for t in arrivals:
        if due is not None and due <= t:  # the held fan-out left
            out += [due - a for a in waiting]
            last, due, waiting = due, None, []
        if due is not None:
            waiting.append(t)
        elif t - last >= interval:
            out.append(0.0)
            last = t
        else:
            due, waiting = last + interval, [t]
    return sorted(out)


def main():
    interval = (float(sys.argv[1]) if len(sys.argv) > 1 else 16.0) / 1000
    print("voters  wait p50 / p99 / mean (ms), interval %.0f ms" % (interval * 1000))
    for n in (10, 50, 200, 500, 1000):
        w = waits(n, interval)
        print("%6d  %.1f / %.1f / %.1f" % (n, 1000 * w[len(w) // 2], 1000 * w[int(len(w) * 0.99)],
                                            1000 * sum(w) / len(w)))


if __name__ == "__main__":
    main()
