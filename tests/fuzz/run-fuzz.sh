#!/usr/bin/env bash
# Runs the import fuzzer (built by `cmake --preset fuzz && cmake --build --preset fuzz`)
# for FUZZ_SECONDS (default 60) from a fresh corpus seeded with tests/data, then the OCSP
# responder's fuzzer for FUZZ_OCSP_SECONDS (default 30), then the request-name checks for
# FUZZ_NAMES_SECONDS (default 20), then what ACME servers and DNS key files feed in for
# FUZZ_ACME_SECONDS (default 20), then deployment and discovery inputs (command lines, ports,
# scan targets, served chains) for FUZZ_DEPLOY_SECONDS (default 20).
# Builds nothing. Exits non-zero on any crash, leak, timeout or out-of-memory,
# and says where the input that caused it was saved.
#
#   FUZZ_SECONDS=600 tests/fuzz/run-fuzz.sh
#   FUZZ_ARTIFACTS=/tmp/finds tests/fuzz/run-fuzz.sh      (default build/fuzz/fuzz-artifacts)
#   build/fuzz/tests/fuzz/fuzz_import build/fuzz/fuzz-artifacts/crash-...   (reproduce one)
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
seconds="${FUZZ_SECONDS:-60}"
artifacts="${FUZZ_ARTIFACTS:-$root/build/fuzz/fuzz-artifacts}"

corpus="$(mktemp -d "${TMPDIR:-/tmp}/certdesk-fuzz-corpus.XXXXXX")"
trap 'rm -rf "$corpus"' EXIT
mkdir -p "$artifacts"

# Seeds: every fixture, once per password mode the target reads from the first
# byte (0: no password callback, 1: the fixtures' passwords; see fuzz_import.cpp).
seeds=0
while IFS= read -r -d '' file; do
    name="$(printf '%s' "${file#"$root/tests/data/"}" | tr '/' '_')"
    { printf '\000'; cat "$file"; } >"$corpus/m0-$name"
    { printf '\001'; cat "$file"; } >"$corpus/m1-$name"
    seeds=$((seeds + 2))
done < <(find "$root/tests/data" -type f ! -name '*.sh' ! -name '*.md' -print0 | sort -z)
if ((seeds == 0)); then
    echo "run-fuzz.sh: no seed files found under $root/tests/data" >&2
    exit 2
fi

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
if [[ -z "${LSAN_OPTIONS:-}" && -f "$root/tests/sanitizers/lsan.supp" ]]; then
    export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp"
fi

# run_fuzzer NAME CORPUS SECONDS: runs one target; on failure names the inputs that triggered it.
run_fuzzer() {
    local fuzzer="$root/build/fuzz/tests/fuzz/$1" corpus="$2" seconds="$3" status=0
    if [[ ! -x "$fuzzer" ]]; then
        echo "run-fuzz.sh: $fuzzer is missing; build it first: cmake --preset fuzz && cmake --build --preset fuzz" >&2
        exit 2
    fi
    local before
    before="$(ls -A "$artifacts")"
    "$fuzzer" "$corpus" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -artifact_prefix="$artifacts/" -print_final_stats=1 || status=$?
    if ((status != 0)); then
        echo "run-fuzz.sh: $1 failed (exit status $status)." >&2
        local new
        new="$(comm -13 <(printf '%s\n' "$before") <(ls -A "$artifacts"))"
        if [[ -n "$new" ]]; then
            echo "run-fuzz.sh: input(s) that triggered it:" >&2
            while IFS= read -r f; do
                echo "  $artifacts/$f" >&2
            done <<<"$new"
            echo "run-fuzz.sh: reproduce with: $fuzzer <file>" >&2
        fi
        exit "$status"
    fi
    echo "run-fuzz.sh: $1: no crash, leak or timeout in ${seconds}s"
}

echo "run-fuzz.sh: $seeds seeds from tests/data, ${seconds}s, artifacts in $artifacts"
run_fuzzer fuzz_import "$corpus" "$seconds"

# The OCSP responder (what ca serve parses from the network): seeds for both modes (see fuzz_ocsp.cpp).
ocsp_seconds="${FUZZ_OCSP_SECONDS:-30}"
ocsp_corpus="$(mktemp -d "${TMPDIR:-/tmp}/certdesk-fuzz-ocsp.XXXXXX")"
trap 'rm -rf "$corpus" "$ocsp_corpus"' EXIT
printf '\001\000\002\001\010nonce-bytes' >"$ocsp_corpus/built-known-serial"
printf '\001\002\001\010\001\002\003\004\005\006\007\010\000' >"$ocsp_corpus/built-two-ids"
printf '\000\060\003\012\001\001' >"$ocsp_corpus/raw-short"
echo "run-fuzz.sh: OCSP responder, ${ocsp_seconds}s"
run_fuzzer fuzz_ocsp "$ocsp_corpus" "$ocsp_seconds"

# The request name checks (what the wizard and certdesk-cli request read from people).
names_seconds="${FUZZ_NAMES_SECONDS:-20}"
names_corpus="$(mktemp -d "${TMPDIR:-/tmp}/certdesk-fuzz-names.XXXXXX")"
trap 'rm -rf "$corpus" "$ocsp_corpus" "$names_corpus"' EXIT
printf '\000shop.example.com www.shop.example.com' >"$names_corpus/plain"
printf '\001*.bücher.example, 10.0.0.1\nfd00::1;xn--mnchen-3ya.example' >"$names_corpus/idn-ip"
printf '\000a*.example.com api..example.com -x.example.com' >"$names_corpus/bad"
echo "run-fuzz.sh: request names, ${names_seconds}s"
run_fuzzer fuzz_names "$names_corpus" "$names_seconds"

# What ACME servers and DNS administrators feed in: problem documents, Retry-After, ARI ids,
# TSIG key files, DNS server addresses (the first byte picks the reader; see fuzz_acme.cpp).
acme_seconds="${FUZZ_ACME_SECONDS:-20}"
acme_corpus="$(mktemp -d "${TMPDIR:-/tmp}/certdesk-fuzz-acme.XXXXXX")"
trap 'rm -rf "$corpus" "$ocsp_corpus" "$names_corpus" "$acme_corpus"' EXIT
printf '\000{"type":"urn:ietf:params:acme:error:compound","detail":"x","subproblems":[{"type":"urn:ietf:params:acme:error:caa","identifier":{"type":"dns","value":"a.example"}}]}' >"$acme_corpus/problem"
printf '\001Fri, 27 Nov 2026 12:30:00 GMT' >"$acme_corpus/retry-date"
printf '\001120' >"$acme_corpus/retry-seconds"
{ printf '\002'; cat "$root/tests/data/leaf-rsa.der"; } >"$acme_corpus/ari"
printf '\003key "certdesk-key" {\n\talgorithm hmac-sha256;\n\tsecret "c2VjcmV0IGtleSBmb3IgdGVzdHM=";\n};\n' >"$acme_corpus/tsig-bind"
printf '\003hmac-sha512:certdesk-key:c2VjcmV0' >"$acme_corpus/tsig-short"
printf '\004[2001:db8::53]:5353' >"$acme_corpus/server-v6"
printf '\004192.0.2.53' >"$acme_corpus/server-v4"
echo "run-fuzz.sh: ACME and DNS inputs, ${acme_seconds}s"
run_fuzzer fuzz_acme "$acme_corpus" "$acme_seconds"

# Deployments and discovery: reload command lines, port lists, scan targets, chains a server sends
# (the first byte picks the reader; see fuzz_deploy.cpp).
deploy_seconds="${FUZZ_DEPLOY_SECONDS:-20}"
deploy_corpus="$(mktemp -d "${TMPDIR:-/tmp}/certdesk-fuzz-deploy.XXXXXX")"
trap 'rm -rf "$corpus" "$ocsp_corpus" "$names_corpus" "$acme_corpus" "$deploy_corpus"' EXIT
printf '\000nginx -s reload' >"$deploy_corpus/command"
printf '\000systemctl reload "my service" '"'"'a b'"'"' c\\ d' >"$deploy_corpus/command-quotes"
printf '\001443,8443,9000-9010' >"$deploy_corpus/ports"
printf '\00210.0.0.0/30 192.0.2.7 fd00::/126' >"$deploy_corpus/targets"
leaf="$root/tests/data/leaf-rsa.der"
if [[ -f "$leaf" ]]; then
    size=$(stat -c %s "$leaf")
    { printf '\003'; printf "\\x$(printf %02x $((size >> 8)))\\x$(printf %02x $((size & 255)))"; cat "$leaf"; } >"$deploy_corpus/chain"
fi
echo "run-fuzz.sh: deployment and discovery inputs, ${deploy_seconds}s"
run_fuzzer fuzz_deploy "$deploy_corpus" "$deploy_seconds"
