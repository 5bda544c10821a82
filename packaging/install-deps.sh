#!/usr/bin/env bash
# Installs what certdesk needs to build and test on Debian 12 (bookworm).
# Idempotent: installs only what is missing, and says nothing when all is present.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-l10n-tools qt6-qpa-plugins qt6-httpserver-dev qt6-websockets-dev libgl-dev libssl-dev libsqlite3-dev libpq-dev
    # run and test (qt6-translations-l10n: Qt's own texts, standard buttons and dialogs, in the GUI's language)
    openssl ca-certificates fonts-dejavu-core xvfb xauth qt6-translations-l10n
    # packaging test: cpack builds the .deb, systemd-analyze checks its user units
    dpkg systemd
    python3-cryptography-vectors
    # ACME: DNS wire format, dynamic update and TSIG (libldns); the tests' ACME server, its
    # challenge test server, a real authoritative DNS server, and lego for the benchmark
    libldns-dev pebble bind9 lego
    # deployments and discovery: a real nginx to deploy to and scan, PostgreSQL for STARTTLS (and
    # the team backend), Java's keytool to read the Java-friendly PKCS#12 layout
    nginx postgresql openjdk-17-jre-headless
    # fuzzing (libFuzzer ships with clang's runtime; clang 16, as clang 14 cannot compile libstdc++ 12's std::expected)
    clang-16 libclang-rt-16-dev
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo (missing: ${missing[*]})" >&2; exit 1; }
    sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

# Debian starts nginx on port 80 of every interface when it installs it. certdesk's tests start
# their own nginx on 127.0.0.1; a web server this script brought in should not be left serving.
if [[ " ${missing[*]} " == *" nginx "* ]] && command -v systemctl >/dev/null && systemctl is-active --quiet nginx 2>/dev/null; then
    echo "install-deps: stopping and disabling the nginx service Debian started (the tests run their own)"
    $sudo systemctl disable --now nginx >/dev/null 2>&1 || true
fi
