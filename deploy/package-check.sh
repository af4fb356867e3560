#!/usr/bin/env bash
# Checks Flipover's Debian packages as an IT department would use them.
#   deploy/package-check.sh           builds the packages from a clean tree,
#                                     runs lintian (no errors allowed),
#                                     systemd-analyze verify on the units,
#                                     appstreamcli validate on the metainfo,
#                                     desktop-file-validate (what CI runs)
#   deploy/package-check.sh --debs DIR  the same for packages built before
#   deploy/package-check.sh --chroot  and then, in a throwaway debootstrapped
#                                     bookworm root under build-pkgcheck/:
#                                     install, run the headless service's
#                                     command as its user, join it over
#                                     WebSockets, fetch the browser page,
#                                     upgrade to a rebuilt package (same
#                                     meeting?), purge (nothing left?)
# Run as root (debootstrap, chroot). Prints how long each step took.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
chroot_too=0
debs=""
while [ $# -gt 0 ]; do
    case "$1" in
        --chroot) chroot_too=1 ;;
        # Packages that deploy/package.sh made already (its .changes too):
        # checks them instead of building.
        --debs) debs=$(cd "$2" && pwd); shift ;;
        *) echo "usage: $0 [--chroot] [--debs DIR]" >&2; exit 2 ;;
    esac
    shift
done
work="$repo/build-pkgcheck"
mirror="${FLIPOVER_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
pin=246810
fpin=1357

# cage: systemd-analyze verify checks that flipover-wall.service's ExecStart
# program exists.
need=(lintian appstream desktop-file-utils systemd cage)
[ $chroot_too -eq 1 ] && need+=(debootstrap python3)
missing=()
for p in "${need[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

timings=()
step() {
    local name="$1"; shift
    local t0; t0=$(date +%s%N)
    echo "=== $name"
    "$@"
    timings+=("$(awk -v n="$name" -v d="$(( $(date +%s%N) - t0 ))" 'BEGIN { printf "%-46s %7.1f s", n, d / 1e9 }')")
}
report() {
    echo "=== timings"
    printf '%s\n' "${timings[@]}"
}

# A root left mounted by a run that was killed: never delete through it.
if grep -q " $work/" /proc/mounts; then
    echo "something is still mounted under $work; umount it first" >&2
    exit 1
fi
rm -rf "$work"
mkdir -p "$work"

build_v1() {
    if [ -n "$debs" ]; then
        mkdir -p "$work/v1" && cp "$debs"/*.deb "$debs"/*.changes "$debs"/*.buildinfo "$work/v1/"
    else
        bash deploy/package.sh --out "$work/v1"
    fi
}

run_lintian() {
    # --fail-on error: warnings are listed (README, "Kept lintian warnings").
    lintian --fail-on error --display-level '>=info' --tag-display-limit 0 "$work"/v1/*.changes \
        | tee "$work/lintian.txt"
}

extract() {
    mkdir -p "$work/extracted"
    for deb in "$work"/v1/*.deb; do dpkg-deb -x "$deb" "$work/extracted"; done
}

verify_units() {
    # The units as packaged, on this machine, where the packages are not
    # installed: the programs they start are looked up in the extracted
    # packages instead (cage, from Debian, where it is), the Documentation=
    # manual pages too (MANPATH). Nothing else is changed.
    local dir="$work/verify"
    mkdir -p "$dir"
    for unit in flipover-kiosk.service flipover-wall.service; do
        sed -e "s|/usr/bin/flipover-kiosk|$work/extracted/usr/bin/flipover-kiosk|g" \
            -e "s|/usr/bin/cage|$(command -v cage)|g" \
            "$work/extracted/lib/systemd/system/$unit" > "$dir/$unit"
    done
    MANPATH="$work/extracted/usr/share/man:" systemd-analyze verify "$dir/flipover-kiosk.service" "$dir/flipover-wall.service"
    echo "systemd-analyze verify: no complaints"
    systemd-analyze security --offline=yes "$dir/flipover-kiosk.service" | tail -n 1
}

validate_metadata() {
    appstreamcli validate --no-net "$work"/extracted/usr/share/metainfo/*.metainfo.xml
    desktop-file-validate "$work"/extracted/usr/share/applications/*.desktop
    echo "desktop-file-validate: no complaints"
}

step "build the packages (clean tree, plain build)" build_v1
ls -l "$work"/v1/*.deb
step "lintian" run_lintian
step "extract" extract
step "systemd-analyze verify + security" verify_units
step "appstreamcli validate, desktop-file-validate" validate_metadata

if [ $chroot_too -eq 0 ]; then
    report
    exit 0
fi

# ---- the throwaway root ------------------------------------------------------
root="$work/root"
cleanup() {
    if [ -n "${kiosk_pid:-}" ] && kill -0 "$kiosk_pid" 2>/dev/null; then kill "$kiosk_pid"; wait "$kiosk_pid" || true; fi
    if mountpoint -q "$root/proc"; then umount "$root/proc"; fi
    # Only once nothing is mounted in it any more.
    if ! grep -q " $root/" /proc/mounts; then rm -rf "$root"; fi
}
trap cleanup EXIT

in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 "$@"; }

make_root() {
    debootstrap --variant=minbase bookworm "$root" "$mirror" > "$work/debootstrap.log"
    mount -t proc proc "$root/proc"
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    # Nothing is started in here (there is no systemd running anyway).
    printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d"
    chmod +x "$root/usr/sbin/policy-rc.d"
    in_root apt-get update -qq
}

install_debs() { # $1: folder with the packages
    rm -rf "$root/tmp/debs" && mkdir -p "$root/tmp/debs"
    local files=("$1"/flipover-kiosk_*.deb "$1"/flipover-voter_*.deb "$1"/flipover-wall_*.deb)
    cp "${files[@]}" "$root/tmp/debs/"
    in_root apt-get install -y -qq --no-install-recommends "${files[@]/#"$1"//tmp/debs}" \
        > "$work/apt-$(basename "$1").log"
    rm -rf "$root/tmp/debs"
    in_root dpkg-query -W -f='${Package} ${Version} ${Installed-Size} KiB installed\n' \
        flipover-kiosk flipover-voter flipover-wall
}

check_installed() {
    test -x "$root/usr/bin/flipover-kiosk" && test -x "$root/usr/bin/flipover-voter"
    test -f "$root/lib/systemd/system/flipover-kiosk.service"
    test -f "$root/lib/systemd/system/flipover-wall.service"
    test -f "$root/etc/pam.d/flipover-wall"
    in_root getent passwd flipover
    in_root stat -c '%n %U:%G %a' /var/lib/flipover /etc/flipover/kiosk.env
    [ "$(in_root stat -c '%U %a' /var/lib/flipover)" = "flipover 700" ]
    [ "$(in_root stat -c '%U %a' /etc/flipover/kiosk.env)" = "root 600" ]
    # --man=no: a minimal root has no man(1); the manual page was checked
    # above, on the build machine.
    in_root systemd-analyze verify --man=no /lib/systemd/system/flipover-kiosk.service /lib/systemd/system/flipover-wall.service
    echo "installed: programs, units, PAM file, user flipover, /var/lib/flipover (700), kiosk.env (600)"
}

# What systemd would do for flipover-kiosk.service (it is not PID 1 here):
# read EnvironmentFile=, then run ExecStart= as User=, with StateDirectory=
# as the working folder. --port 0 --no-beacon added: a free port, and no
# announcements on this machine's network.
start_service() { # $1: log file
    local unit="$root/lib/systemd/system/flipover-kiosk.service"
    local exec user
    exec=$(sed -n 's/^ExecStart=//p' "$unit")
    user=$(sed -n 's/^User=//p' "$unit")
    mapfile -t envs < <(grep -E '^[A-Z_]+=' "$root/etc/flipover/kiosk.env")
    # shellcheck disable=SC2086 # ExecStart is a word list
    chroot --userspec="$user:$user" "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/var/lib/flipover \
        "${envs[@]}" /bin/sh -c "cd /var/lib/flipover && umask 077 && exec $exec --port 0 --no-beacon" > "$1" 2>&1 &
    kiosk_pid=$!
    for _ in $(seq 1 100); do
        if grep -q '^FLIPOVER_READY' "$1"; then break; fi
        kill -0 "$kiosk_pid" || { cat "$1"; return 1; }
        sleep 0.2
    done
    port=$(sed -n 's/^FLIPOVER_READY port=\([0-9]*\).*/\1/p' "$1")
    [ -n "$port" ] || { cat "$1"; return 1; }
    # The PINs are not on the command line (what ps shows).
    local kpid
    kpid=$(pgrep -P "$kiosk_pid" -x flipover-kiosk || echo "$kiosk_pid")
    tr '\0' ' ' < "/proc/$kpid/cmdline"; echo
    if tr '\0' ' ' < "/proc/$kpid/cmdline" | grep -q -e "$pin" -e "$fpin"; then
        echo "a PIN is on the command line" >&2; return 1
    fi
    echo "kiosk up as $(in_root getent passwd "$(stat -c %u "/proc/$kpid")" | cut -d: -f1), port $port, PINs not on its command line"
}

stop_service() {
    kill "$kiosk_pid"
    wait "$kiosk_pid" || true
    kiosk_pid=""
}

first_run() {
    printf 'FLIPOVER_PIN=%s\nFLIPOVER_FACILITATOR_PIN=%s\n' "$pin" "$fpin" >> "$root/etc/flipover/kiosk.env"
    start_service "$work/kiosk-1.log"
    python3 deploy/ws-probe.py "$port" "$pin" "$fpin" start | tee "$work/probe-1.txt"
    python3 deploy/ws-probe.py "$port" - - page
    stop_service
    ls -l "$root/var/lib/flipover"
}

build_v2() { bash deploy/package.sh --rebuild "$(dpkg-parsechangelog -l deploy/debian/changelog -S Version)+rebuild1" --out "$work/v2"; }

second_run() {
    local before token after
    before=$(sed -n 's/.*meeting=\([^ ]*\).*/\1/p' "$work/probe-1.txt")
    token=$(sed -n 's/.*token=\([^ ]*\).*/\1/p' "$work/probe-1.txt")
    start_service "$work/kiosk-2.log"
    python3 deploy/ws-probe.py "$port" "$pin" "$fpin" resume "$token" | tee "$work/probe-2.txt"
    stop_service
    after=$(sed -n 's/.*meeting=\([^ ]*\).*/\1/p' "$work/probe-2.txt")
    grep -q 'phase=0/running' "$work/probe-2.txt"
    [ "$before" = "$after" ] || { echo "meeting $before became $after after the upgrade" >&2; return 1; }
    echo "after the upgrade: the same meeting ($after), still running, the participant's token still valid"
}

purge() {
    in_root dpkg -L flipover-kiosk flipover-voter flipover-wall | sort -u > "$work/files.txt"
    in_root apt-get purge -y -qq flipover-wall flipover-kiosk flipover-voter > "$work/apt-purge.log"
    local left=()
    while IFS= read -r f; do
        # Folders that other packages own too (/usr/bin, …) stay.
        if [ -e "$root$f" ] && ! [ -d "$root$f" ]; then left+=("$f"); fi
    done < "$work/files.txt"
    mapfile -t -O "${#left[@]}" left < <(cd "$root" && find . -xdev \( -path ./proc -o -path ./tmp \) -prune -o \
        -iname '*flipover*' -print)
    if in_root getent passwd flipover; then left+=("user flipover"); fi
    if in_root dpkg -l | grep -q flipover; then left+=("dpkg still lists flipover"); fi
    if [ ${#left[@]} -gt 0 ]; then
        printf 'left after purge: %s\n' "${left[@]}" >&2
        return 1
    fi
    echo "after purge: no file of the packages, no /var/lib/flipover, /var/cache/flipover, /etc/flipover, no user flipover"
}

step "debootstrap bookworm (minbase)" make_root
step "install 0.1.0 into the root" install_debs "$work/v1"
step "check the installed files" check_installed
step "run the service's command, join, fetch page" first_run
step "rebuild (same tree) as +rebuild1" build_v2
step "upgrade to +rebuild1" install_debs "$work/v2"
step "same meeting after the upgrade" second_run
step "purge, nothing left" purge
report
