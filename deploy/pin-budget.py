#!/usr/bin/env python3
"""How many PINs an attacker can have checked in a meeting, under the kiosk's
PIN budget (kiosk/server/pinlimit.cpp; the same formula and defaults).

The attacker has SOURCES addresses (IPv4 addresses or IPv6 /64s) and uses
each one as fast as the budget lets it: one lane of connections that have
guessed wrong before (together one check per delay, as each waits
delay * connections) and one lane of fresh connections (one check per delay
once the source has had two wrong PINs from fresh connections). Prints the
number of checks in HOURS hours and the chance that a PIN of DIGITS digits
is among them (every guess a new one).

  deploy/pin-budget.py [SOURCES] [HOURS] [BASE_DELAY_MS]
"""
import heapq, math, sys

SOURCES = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
HOURS = float(sys.argv[2]) if len(sys.argv) > 2 else 4
BASE_MS = float(sys.argv[3]) if len(sys.argv) > 3 else 1000
MAX_STEP_MS, FREE, KIOSK_FREE = 64_000, 3, 10
SOURCE_HALF, KIOSK_HALF = 120 * 60_000, 120 * 60_000
MAX_DELAY = 24 * 3600_000

def decay(v, since, now, half):
    return v * 2 ** (-(now - since) / half) if now > since else v

def delay_for(f, w):
    if f <= FREE + 1e-9 and w <= KIOSK_FREE + 1e-9:
        return 0
    step = min(BASE_MS * 2 ** min(max(math.ceil(f) - 1, 0), 40), MAX_STEP_MS)
    return min(step * (1 + w / KIOSK_FREE), MAX_DELAY)

end = HOURS * 3600_000
kiosk, kiosk_at = 0.0, 0.0
src = [{"f": 0.0, "fresh": 0.0, "at": 0.0} for _ in range(SOURCES)]
# (time, source, lane); lane 0: fresh connections, 1: connections that guessed wrong
events = [(0.0, s, 0) for s in range(SOURCES)]
heapq.heapify(events)
checks = 0
while events:
    t, s, lane = heapq.heappop(events)
    if t > end:
        break
    checks += 1
    kiosk = decay(kiosk, kiosk_at, t, KIOSK_HALF) + 1
    kiosk_at = t
    S = src[s]
    S["f"] = decay(S["f"], S["at"], t, SOURCE_HALF) + 1
    S["fresh"] = decay(S["fresh"], S["at"], t, SOURCE_HALF) + (1 if lane == 0 else 0)
    S["at"] = t
    d = delay_for(S["f"], kiosk)
    if lane == 0:
        # the connection is now one that guessed wrong: it opens the other lane
        if S.get("dirty_open") is None:
            S["dirty_open"] = True
            heapq.heappush(events, (t + d, s, 1))
        # the fresh lane waits only once the source has had two fresh wrong PINs
        heapq.heappush(events, (t + (d if S["fresh"] > 1.5 else 0), s, 0))
    else:
        heapq.heappush(events, (t + d, s, 1))

w_end = decay(kiosk, kiosk_at, end, KIOSK_HALF)
print(f"{SOURCES} sources, {HOURS:g} h, base delay {BASE_MS:g} ms: {checks} PINs checked")
# A tablet retries a wrong PIN on a new connection (the clients do): the
# first typo of an address costs nothing, a second one makes the next try wait.
print(f"  the kiosk's count of wrong PINs at the end: {w_end:.0f}; then a tablet's second typo "
      f"makes its next try wait {delay_for(2, w_end + 2) / 1000:.0f} s")
for digits in (6, 8):
    print(f"  chance that a {digits}-digit PIN is among them: {checks / 10 ** digits:.4%}")
