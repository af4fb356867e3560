#!/usr/bin/env bash
# Installs what Flipover needs to build, test and run on Debian bookworm, and
# only what is missing. Run as root (or with sudo available).
# --fuzz: also what the fuzzing harnesses need (deploy/fuzz.sh passes it).
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-declarative-dev qt6-websockets-dev qt6-httpserver-dev
    # The room thread's poll() event dispatcher (kiosk/room/room.cpp).
    qt6-base-private-dev
    qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools libqt6sql6-sqlite libgl-dev
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
    qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtqml
    qml6-module-qtqml-workerscript qml6-module-qttest libqt6quicktest6
    # qmllint (the ctest qmllint) finds QAbstractItemModel in its qmltypes.
    qml6-module-qtqml-models
    # The wall's file and folder dialogs: without a native one, Qt Quick
    # Dialogs' own FileDialog/FolderDialog need Qt.labs.folderlistmodel.
    qml6-module-qtmultimedia qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel
    libqrencode-dev fonts-dejavu-core
    poppler-utils openssl
    chromium
)

# clang and its runtime (libFuzzer, ASan, UBSan) for deploy/fuzz.sh only.
if [ "${1:-}" = "--fuzz" ]; then
    packages+=(clang libclang-rt-14-dev)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# The browser tests run on Node.js with npm (tests/browser); a machine that
# has no node at all gets Debian's.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    missing+=(nodejs npm)
fi
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
