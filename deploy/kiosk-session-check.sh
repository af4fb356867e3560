#!/usr/bin/env bash
# Shows the boot-to-wall session (flipover-wall.service) at work, headless:
# in a throwaway debootstrapped bookworm root under build-wallcheck/, the
# packages are installed and the unit's ExecStart (cage running the wall) is
# run as its user, on wlroots' headless backend with the pixman renderer
# instead of a screen. grim takes screenshots of what cage shows
# (screenshots/kiosk-session-*.png); then the wall app gets a kill -9 and the
# session brings it back into the same meeting (the meeting code before and
# after, and a tablet's token that still resumes).
#   deploy/kiosk-session-check.sh [DEB_FOLDER]   default: builds the packages
# systemd is not PID 1 on a build machine, so this script does what the unit
# asks of it: EnvironmentFile=, Environment=, User=, the logind session's
# XDG_RUNTIME_DIR, CacheDirectory=, and Restart=always (a loop, RestartSec=).
# Run as root.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
work="$repo/build-wallcheck"
mirror="${FLIPOVER_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
pin=246810
fpin=1357
debs="${1:-}"

need=(debootstrap python3)
missing=()
for p in "${need[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# A root left mounted by a run that was killed: never delete through it.
if grep -q " $work/" /proc/mounts; then
    echo "something is still mounted under $work; umount it first" >&2
    exit 1
fi
rm -rf "$work"
mkdir -p "$work" screenshots
if [ -z "$debs" ]; then
    bash deploy/package.sh --out "$work/debs"
    debs="$work/debs"
fi
debs=$(cd "$debs" && pwd)

root="$work/root"
supervisor=""
cleanup() {
    touch "$work/stop"
    if [ -s "$work/cage.pid" ]; then kill "$(cat "$work/cage.pid")" 2>/dev/null || true; fi
    if [ -n "$supervisor" ]; then wait "$supervisor" || true; fi
    for m in "$root/dev/shm" "$root/proc"; do
        if mountpoint -q "$m"; then umount "$m"; fi
    done
    if ! grep -q " $root/" /proc/mounts; then rm -rf "$root"; fi
}
trap cleanup EXIT
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 "$@"; }

t0=$(date +%s)
debootstrap --variant=minbase bookworm "$root" "$mirror" > "$work/debootstrap.log"
mount -t proc proc "$root/proc"
mkdir -p "$root/dev/shm" && mount -t tmpfs -o mode=1777 shm "$root/dev/shm"
cp /etc/resolv.conf "$root/etc/resolv.conf"
printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d" && chmod +x "$root/usr/sbin/policy-rc.d"
in_root apt-get update -qq
files=("$debs"/flipover-kiosk_*.deb "$debs"/flipover-wall_*.deb)
mkdir -p "$root/tmp/debs" && cp "${files[@]}" "$root/tmp/debs/"
# grim: the screenshot; not a dependency of the packages.
in_root apt-get install -y -qq --no-install-recommends "${files[@]/#"$debs"//tmp/debs}" grim > "$work/apt.log"
echo "root with flipover-wall and grim: $(( $(date +%s) - t0 )) s"

unit="$root/lib/systemd/system/flipover-wall.service"
exec_line=$(sed -n 's/^ExecStart=//p' "$unit")
user=$(sed -n 's/^User=//p' "$unit")
restart=$(sed -n 's/^Restart=//p' "$unit")
restart_sec=$(sed -n 's/^RestartSec=//p' "$unit")
[ "$restart" = always ] || { echo "flipover-wall.service is not Restart=always" >&2; exit 1; }
read -r -a unit_env <<< "$(sed -n 's/^Environment=//p' "$unit")"
printf 'FLIPOVER_PIN=%s\nFLIPOVER_FACILITATOR_PIN=%s\n' "$pin" "$fpin" >> "$root/etc/flipover/kiosk.env"
mapfile -t file_env < <(grep -E '^[A-Z_]+=' "$root/etc/flipover/kiosk.env")
uid=$(in_root id -u "$user")
# pam_systemd's XDG_RUNTIME_DIR, and CacheDirectory=.
install -d -m 0700 -o "$uid" -g "$uid" "$root/run/user/$uid" "$root/var/cache/flipover"
# No screen and no input devices here: wlroots' headless backend, drawn
# with pixman. --port 0 --no-beacon: a free port, no announcements here.
session_env=(PATH=/usr/bin:/bin HOME=/var/lib/flipover XDG_RUNTIME_DIR="/run/user/$uid"
             "${unit_env[@]}" "${file_env[@]}"
             WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1)
echo "ExecStart=$exec_line (as $user, Restart=$restart, RestartSec=$restart_sec)"

# Restart=always: whenever cage ends (it ends with the wall app), start it again.
(
    while [ ! -e "$work/stop" ]; do
        chroot --userspec="$user:$user" "$root" /usr/bin/env -i "${session_env[@]}" \
            /bin/sh -c "cd /var/lib/flipover && umask 077 && exec $exec_line --port 0 --no-beacon" \
            >> "$work/session.log" 2>&1 &
        echo $! > "$work/cage.pid"
        status=0
        wait $! || status=$?
        echo "--- session ended (status $status); Restart=always: again in ${restart_sec}s" >> "$work/session.log"
        sleep "$restart_sec"
    done
) &
supervisor=$!

# The wall prints its join link (…?m=MEETING) once it shows; $1: how many
# such lines to wait for.
wait_for_wall() {
    for _ in $(seq 1 150); do
        if [ "$(grep -c 'phones and tablets join at' "$work/session.log" 2>/dev/null)" -ge "$1" ]; then
            grep 'phones and tablets join at' "$work/session.log" | sed -n "$1p"
            return 0
        fi
        sleep 0.2
    done
    cat "$work/session.log"
    return 1
}
port_of() { # the kiosk's listening port, from its log line
    grep 'listening on port' "$work/session.log" | sed -n "$1p" | sed 's/.*port \([0-9]*\).*/\1/'
}
shot() { # $1: name; waits for the wall's next frames, then grabs the output
    sleep 2
    local display
    display=$(cd "$root/run/user/$uid" && ls wayland-* | grep -v lock | head -n 1)
    chroot --userspec="$user:$user" "$root" /usr/bin/env -i XDG_RUNTIME_DIR="/run/user/$uid" \
        WAYLAND_DISPLAY="$display" grim "/run/user/$uid/$1.png"
    cp "$root/run/user/$uid/$1.png" "screenshots/kiosk-session-$1.png"
    echo "screenshot: screenshots/kiosk-session-$1.png ($(file -b "screenshots/kiosk-session-$1.png" | cut -d, -f2))"
}
meeting_of() { sed 's/.*[?&]m=\([0-9a-f]*\).*/\1/' <<< "$1"; }

t1=$(date +%s%N)
line=$(wait_for_wall 1)
echo "wall up in $(( ($(date +%s%N) - t1) / 1000000 )) ms: $line"
before=$(meeting_of "$line")
shot join
port=$(port_of 1)
python3 deploy/ws-probe.py "$port" "$pin" "$fpin" start | tee "$work/probe-1.txt"
token=$(sed -n 's/.*token=\([^ ]*\).*/\1/p' "$work/probe-1.txt")
shot running

cage_pid=$(cat "$work/cage.pid")
kiosk_pid=$(pgrep -P "$cage_pid" -x flipover-kiosk)
echo "kill -9 of the wall app (pid $kiosk_pid, under cage $cage_pid)"
t2=$(date +%s%N)
kill -9 "$kiosk_pid"
line=$(wait_for_wall 2)
echo "wall back in $(( ($(date +%s%N) - t2) / 1000000 )) ms: $line"
after=$(meeting_of "$line")
port=$(port_of 2)
python3 deploy/ws-probe.py "$port" "$pin" "$fpin" resume "$token" | tee "$work/probe-2.txt"
shot after-kill
grep -- '--- session ended' "$work/session.log"
echo "meeting before the kill: $before, after: $after"
[ -n "$before" ] && [ "$before" = "$after" ]
grep -q 'phase=0/running' "$work/probe-2.txt"
echo "the session brought the wall back into the same meeting, still running"
