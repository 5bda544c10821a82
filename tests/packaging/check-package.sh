#!/usr/bin/env bash
# The .deb and its renewal units: builds the package with cpack, checks what it installs, has
# systemd check the units, and runs the service's command line the way systemd would (its
# specifiers filled in) against a throw-away home with one certificate due.
# Usage: check-package.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
cli="$build/app/cli/certdesk-cli"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$tmp/pkg" >/dev/null
deb=$(ls "$tmp"/pkg/certdesk_*.deb)
contents=$(dpkg-deb -c "$deb")
for f in usr/bin/certdesk usr/bin/certdesk-cli usr/lib/systemd/user/certdesk-renew.service \
         usr/lib/systemd/user/certdesk-renew.timer usr/lib/systemd/user/certdesk-scan.service \
         usr/lib/systemd/user/certdesk-scan.timer usr/share/applications/certdesk.desktop; do
    grep -q " ./$f\$" <<<"$contents" || fail "the package lacks /$f"
done
dpkg-deb -e "$deb" "$tmp/control"
[ -x "$tmp/control/postinst" ] || fail "postinst missing or not executable"
grep -q "systemctl --global enable certdesk-renew.timer certdesk-scan.timer" "$tmp/control/postinst" || fail "postinst does not enable the timers"
grep -q "^Depends:.*libqt6sql6-sqlite" "$tmp/control/control" || fail "the package does not depend on the SQLite driver"
dpkg-deb -x "$deb" "$tmp/root"
units="$tmp/root/usr/lib/systemd/user"

# The timer: twice a day, catching up after the machine was off.
grep -qx "OnCalendar=\*-\*-\* 06,18:00:00" "$units/certdesk-renew.timer" || fail "timer is not twice a day"
grep -qx "Persistent=true" "$units/certdesk-renew.timer" || fail "timer does not catch up"
[ "$(systemd-analyze calendar --iterations=4 '*-*-* 06,18:00:00' | grep -cE 'Next elapse|Iter\. #')" -eq 4 ] || fail "systemd cannot read the calendar"
exec_line=$(sed -n 's/^ExecStart=//p' "$units/certdesk-renew.service")
[[ "$exec_line" == "certdesk-cli renew --due "* ]] || fail "the service does not run renew --due: $exec_line"

# systemd's own check, with the command pointed at this build (it is not installed here).
mkdir -p "$tmp/verify" "$tmp/runtime"
chmod 700 "$tmp/runtime"
sed "s|^ExecStart=certdesk-cli |ExecStart=$cli |" "$units/certdesk-renew.service" >"$tmp/verify/certdesk-renew.service"
sed "s|^ExecStart=certdesk-cli |ExecStart=$cli |" "$units/certdesk-scan.service" >"$tmp/verify/certdesk-scan.service"
cp "$units/certdesk-renew.timer" "$units/certdesk-scan.timer" "$tmp/verify/"
XDG_RUNTIME_DIR="$tmp/runtime" systemd-analyze verify --man=no "$tmp/verify/certdesk-renew.service" \
    "$tmp/verify/certdesk-renew.timer" "$tmp/verify/certdesk-scan.service" "$tmp/verify/certdesk-scan.timer" \
    || fail "systemd-analyze verify"
scan_line=$(sed -n 's/^ExecStart=//p' "$units/certdesk-scan.service")
[ "$scan_line" = "certdesk-cli scan --due" ] || fail "the scan service does not run scan --due: $scan_line"

# The command as systemd runs it for a user: %h is the home, %E the configuration folder.
home="$tmp/home"
mkdir -p "$home/.config/certdesk"
export HOME="$home"
unset XDG_DATA_HOME XDG_CONFIG_HOME
printf 'renew-secret' >"$home/.config/certdesk/renew-password"
chmod 600 "$home/.config/certdesk/renew-password"
pw="--password-source=file:$home/.config/certdesk/renew-password"
"$cli" ca create pkg-root --subject "CN=Package Test Root" "$pw" >/dev/null
"$cli" request --domain timer.example.com --issuer ca:pkg-root --key-type EC_prime256v1 --renew-before 400 "$pw" >/dev/null
condition=$(sed -n 's/^ConditionPathExists=//p' "$units/certdesk-renew.service")
[ -f "${condition//%h/$home}" ] || fail "the service's condition ${condition} does not name the default inventory"
cmd="${exec_line//%E/$home/.config}"
cmd="${cmd//%h/$home}"
out=$(PATH="$(dirname "$cli"):$PATH" bash -c "$cmd")
grep -q "RENEWED" <<<"$out" || fail "the service's command did not renew: $out"
scan_out=$(PATH="$(dirname "$cli"):$PATH" bash -c "$scan_line")
grep -q "No saved scan is due" <<<"$scan_out" || fail "the scan service's command did not run: $scan_out"
echo "package $(basename "$deb"): units verified, service command renewed: $out; scan service: $scan_out"
