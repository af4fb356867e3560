#!/usr/bin/env bash
# Builds Flipover's Debian packages from a clean copy of this tree:
# flipover-kiosk, flipover-voter (arch any, with -dbgsym) and flipover-wall.
#   deploy/package.sh                         -> build-deb/*.deb (and .changes)
#   deploy/package.sh --version 0.1.0+rebuild1  a rebuild with a newer version
#   deploy/package.sh --rebuild 0.1.0+rebuild1  the same, in the tree of the
#       last build: ninja finds nothing to recompile, so only the packages are
#       made again (what deploy/package-check.sh upgrades to)
#   deploy/package.sh --out DIR               somewhere else than build-deb
# The version is the project's (CMakeLists.txt, project(... VERSION)); the
# script refuses to build when deploy/debian/changelog says otherwise.
set -euo pipefail
shopt -s nullglob
cd "$(dirname "$0")/.."
out=build-deb
version=""
reuse=0
while [ $# -gt 0 ]; do
    case "$1" in
        --version) version="$2"; shift ;;
        --rebuild) version="$2"; reuse=1; shift ;;
        --out) out="$2"; shift ;;
        *) echo "usage: $0 [--version V | --rebuild V] [--out DIR]" >&2; exit 2 ;;
    esac
    shift
done

# What building needs: the project's build deps and the packaging tools.
bash deploy/install-deps.sh
need=(debhelper help2man librsvg2-bin)
missing=()
for p in "${need[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

project_version=$(sed -n 's/^project(Flipover VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
changelog_version=$(dpkg-parsechangelog -l deploy/debian/changelog -S Version)
if [ "$changelog_version" != "$project_version" ]; then
    echo "deploy/debian/changelog is at $changelog_version, CMakeLists.txt at $project_version: add a changelog entry." >&2
    exit 1
fi

# The clean tree: the files git knows (tracked, and new ones not ignored),
# as they are in the working tree; no build folders. Always at the same place
# (build-deb/tree), so that a rebuild hits the compiler cache; dpkg-buildpackage
# writes the packages next to it, into build-deb/, and they move to --out.
mkdir -p build-deb "$out"
top=$(cd build-deb && pwd)
out=$(cd "$out" && pwd)
src="$top/tree"
results=("$top"/*.deb "$top"/*.ddeb "$top"/*.changes "$top"/*.buildinfo)
rm -f "${results[@]}"
if [ "$out" != "$top" ]; then
    rm -f "$out"/*.deb "$out"/*.ddeb "$out"/*.changes "$out"/*.buildinfo
fi
if [ $reuse -eq 0 ] || [ ! -d "$src/debian" ]; then
    reuse=0
    rm -rf "$src"
    mkdir -p "$src"
    git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' f; do
        [ -e "$f" ] && printf '%s\0' "$f"
    done | tar --null -T - -cf - | tar -xf - -C "$src"
    cp -r deploy/debian "$src/debian"
    cp deploy/systemd/flipover-kiosk.service deploy/systemd/flipover-wall.service "$src/debian/"
fi

if [ -n "$version" ]; then
    # A rebuild (for an upgrade): a changelog entry on top, same contents.
    {
        echo "flipover ($version) unstable; urgency=medium"
        echo
        echo "  * Rebuild of $project_version."
        echo
        echo " -- $(dpkg-parsechangelog -l deploy/debian/changelog -S Maintainer)  $(date -R)"
        echo
        cat deploy/debian/changelog
    } > "$src/debian/changelog"
fi

launcher=""
command -v ccache >/dev/null && launcher=ccache
cd "$src"
nc=()
if [ $reuse -eq 1 ]; then
    # No clean: the build stays. debian/files still lists the last build's
    # packages, which dpkg-genchanges would look for.
    nc=(--no-pre-clean)
    rm -f debian/files
fi
DEB_BUILD_OPTIONS="parallel=$(nproc)" FLIPOVER_CXX_LAUNCHER="$launcher" \
    dpkg-buildpackage -b -us -uc --no-sign "${nc[@]}"
cd "$top"
if [ "$out" != "$top" ]; then
    mv ./*.deb ./*.ddeb ./*.changes ./*.buildinfo "$out"/
fi
cd "$out"
ls -l ./*.deb
