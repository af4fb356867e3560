#!/usr/bin/env bash
# Measures an idle kiosk WITH its wall display: the demo meeting is started
# (so the phase timer ticks every second), then nobody touches anything for
# DURATION seconds (default 60) and the kiosk's own CPU time (utime+stime
# from /proc/PID/stat) is compared with the wall-clock time. The target is
# below 2 % of one core. Under Xvfb when xvfb-run is installed (apt-get
# install xvfb), else with Qt's offscreen platform (which renders the same
# scene with the software renderer but never shows it).
#   deploy/idle-cpu.sh            # build dir: build (FLIPOVER_BUILD_DIR)
#   DURATION=120 deploy/idle-cpu.sh
set -euo pipefail
cd "$(dirname "$0")/.."
build="${FLIPOVER_BUILD_DIR:-build}"
duration="${DURATION:-60}"
kiosk="$build/kiosk/flipover-kiosk"
[[ -x "$kiosk" ]] || { echo "No $kiosk: build the kiosk first (deploy/build.sh)." >&2; exit 1; }

data="$(mktemp -d)"
log="$(mktemp)"
pid=""
cleanup() {
    [[ -n "$pid" ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
    rm -rf "$data" "$log"
}
trap cleanup EXIT

args=(--data-dir "$data" --listen 127.0.0.1 --port 0 --pin 123456 --facilitator-pin 9999 --demo)
if command -v xvfb-run >/dev/null; then
    platform="xcb (Xvfb)"
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1920x1080x24" "$kiosk" "${args[@]}" >"$log" 2>&1 &
else
    platform="offscreen"
    QT_QPA_PLATFORM=offscreen "$kiosk" "${args[@]}" >"$log" 2>&1 &
fi
launcher=$!

# The kiosk prints its address once the wall is up.
url=""
for _ in $(seq 1 100); do
    url="$(grep -o 'ws://127\.0\.0\.1:[0-9]*/' "$log" | head -n1 || true)"
    [[ -n "$url" ]] && break
    kill -0 "$launcher" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.1
done
[[ -n "$url" ]] || { echo "The kiosk did not start:" >&2; cat "$log" >&2; exit 1; }
pid="$(pgrep -n -f "^$kiosk .*--data-dir $data" || true)"
[[ -n "$pid" ]] || { echo "Cannot find the kiosk's process." >&2; exit 1; }
if [[ "$platform" == offscreen ]]; then pid="$launcher"; fi

# Start the meeting as the facilitator, over the kiosk's own protocol, and leave.
python3 - "$url" <<'PY'
import base64, json, os, socket, struct, sys
host, port = sys.argv[1][5:].rstrip('/').split(':')
s = socket.create_connection((host, int(port)), timeout=10)
key = base64.b64encode(os.urandom(16)).decode()
s.sendall((f"GET / HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
           f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
buf = b""
while b"\r\n\r\n" not in buf:
    buf += s.recv(4096)
if b" 101 " not in buf.split(b"\r\n")[0]:
    sys.exit("no WebSocket upgrade: " + buf.split(b"\r\n")[0].decode())
buf = buf.split(b"\r\n\r\n", 1)[1]
def send(obj):
    data = json.dumps(obj).encode(); mask = os.urandom(4)
    head = bytes([0x81]) + (bytes([0x80 | len(data)]) if len(data) < 126 else bytes([0x80 | 126]) + struct.pack(">H", len(data)))
    s.sendall(head + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data)))
def frames():
    global buf
    while True:
        while len(buf) < 2 or len(buf) < need(buf):
            chunk = s.recv(65536)
            if not chunk: return
            buf += chunk
        n = need(buf); frame, buf = buf[:n], buf[n:]
        yield frame[0] & 0x0F, frame[n - plen(frame):]
def plen(b):
    l = b[1] & 0x7F
    return struct.unpack(">H", b[2:4])[0] if l == 126 else struct.unpack(">Q", b[2:10])[0] if l == 127 else l
def need(b):
    if len(b) < 2: return 2
    l = b[1] & 0x7F
    if l == 126 and len(b) < 4 or l == 127 and len(b) < 10: return len(b) + 1
    return (4 if l == 126 else 10 if l == 127 else 2) + plen(b)
send({"type": "join", "id": "j1", "v": 1, "pin": "123456", "facilitatorPin": "9999"})
send({"type": "startMeeting", "id": "s1"})
for op, payload in frames():
    if op != 1: continue
    msg = json.loads(payload)
    if msg.get("id") == "s1":
        if msg.get("type") != "ack": sys.exit("startMeeting refused: " + msg.get("code", "?"))
        break
s.close()
PY

ticks="$(getconf CLK_TCK)"
cpu() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
sleep 5 # the wall settles on the running phase
c0="$(cpu "$pid")"; t0="$(date +%s.%N)"
sleep "$duration"
c1="$(cpu "$pid")"; t1="$(date +%s.%N)"
awk -v c0="$c0" -v c1="$c1" -v t0="$t0" -v t1="$t1" -v hz="$ticks" -v p="$platform" 'BEGIN {
    secs = t1 - t0; used = (c1 - c0) / hz
    printf "Idle kiosk with its wall (%s, timer running): %.2f s CPU in %.0f s = %.2f %% of one core (target < 2 %%)\n", p, used, secs, 100 * used / secs
}'
