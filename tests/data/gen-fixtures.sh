#!/usr/bin/env bash
# Generate the certdesk test fixtures in this directory (tests/data).
#
# - Private keys under keys/ are generated ONLY if missing, so the committed
#   keys are reused on every rerun.
# - Everything else (certificates, CRL, CSR, bundles, PKCS#7, PKCS#12, key
#   re-encodings, README.md) is regenerated from those keys with fixed
#   subjects, serials and validity dates.
#
# Note: ECDSA signatures, PKCS#12 and encrypted PKCS#8 salts/IVs are
# randomised, so a rerun produces files that are semantically identical but
# not byte-identical (only the RSA-signed root-ca.pem/.der is byte-stable).
# Tests should therefore not hard-code fingerprints of regenerated files
# unless they are updated together with the regenerated fixtures.
#
# Requirements: OpenSSL 3.0+ (with the legacy provider for leaf-rsa-legacy.p12).
# Usage: tests/data/gen-fixtures.sh   (from any directory)

set -euo pipefail

cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")"

# Fixed "test time" at which valid/expired/not-yet-valid hold.
readonly TEST_TIME_ISO="2026-06-01T00:00:00Z"
readonly TEST_TIME_EPOCH=1780272000

readonly P12_PASS="test-p12-pass"
readonly KEY_PASS="test-key-pass"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/certdesk-fixtures.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

# Isolate from the system openssl.cnf.
export OPENSSL_CONF="$tmp/openssl.cnf"
cat > "$OPENSSL_CONF" <<'EOF'
[ req ]
distinguished_name = req_dn
string_mask        = utf8only
utf8               = yes
[ req_dn ]
EOF

# Run a command quietly; show its output only if it fails.
run() {
    local log="$tmp/run.log"
    if ! "$@" >"$log" 2>&1; then
        echo "FAILED: $*" >&2
        cat "$log" >&2
        exit 1
    fi
}

# --------------------------------------------------------------------------
# Keys (generated only if missing)
# --------------------------------------------------------------------------
mkdir -p keys

genkey() { # file algorithm [pkeyopt...]
    local file="keys/$1" alg="$2"
    shift 2
    if [[ -s "$file" ]]; then
        return
    fi
    echo "generating $file"
    local opts=()
    local o
    for o in "$@"; do opts+=(-pkeyopt "$o"); done
    run openssl genpkey -algorithm "$alg" "${opts[@]}" -out "$file.new"
    mv "$file.new" "$file"
}

genkey root-rsa3072.key  RSA rsa_keygen_bits:3072
genkey inter-ec384.key   EC  ec_paramgen_curve:P-384 ec_param_enc:named_curve
genkey leaf-rsa2048.key  RSA rsa_keygen_bits:2048
genkey leaf-ec256.key    EC  ec_paramgen_curve:P-256 ec_param_enc:named_curve
genkey leaf-ed25519.key  ED25519
genkey client-ec256.key  EC  ec_paramgen_curve:P-256 ec_param_enc:named_curve
genkey misc-ec256.key    EC  ec_paramgen_curve:P-256 ec_param_enc:named_curve

# --------------------------------------------------------------------------
# Throwaway CA directories for `openssl ca`
# --------------------------------------------------------------------------
make_ca() { # name cert key
    local d="$tmp/$1"
    mkdir -p "$d/newcerts"
    : > "$d/index.txt"
    echo "01" > "$d/crlnumber"
    cat > "$d/ca.cnf" <<EOF
[ ca ]
default_ca = CA_default

[ CA_default ]
dir              = $d
database         = \$dir/index.txt
new_certs_dir    = \$dir/newcerts
serial           = \$dir/serial
crlnumber        = \$dir/crlnumber
certificate      = $2
private_key      = $3
policy           = policy_any
unique_subject   = no
email_in_dn      = no
preserve         = yes
copy_extensions  = none
default_md       = sha256
crl_extensions   = crl_ext

[ policy_any ]
countryName            = optional
stateOrProvinceName    = optional
localityName           = optional
organizationName       = optional
organizationalUnitName = optional
commonName             = optional
emailAddress           = optional

[ crl_ext ]
authorityKeyIdentifier = keyid:always
EOF
}

# issue CA_NAME MD SERIAL_HEX START END KEY SUBJECT OUT [extra ca args...]
# The [ ext ] section for the certificate is read from stdin.
issue() {
    local ca="$1" md="$2" serial="$3" start="$4" end="$5" key="$6" subj="$7" out="$8"
    shift 8
    local csr="$tmp/req-$serial.csr" ext="$tmp/ext-$serial.cnf"
    cat > "$ext"
    run openssl req -new -key "$key" -subj "$subj" -out "$csr"
    echo "$serial" > "$tmp/$ca/serial"
    run openssl ca -batch -config "$tmp/$ca/ca.cnf" -notext -md "$md" \
        -startdate "$start" -enddate "$end" \
        -extfile "$ext" -extensions ext \
        -in "$csr" -out "$out" "$@"
}

make_ca root         "$PWD/root-ca.pem"         "$PWD/keys/root-rsa3072.key"
make_ca issuing      "$PWD/intermediate-ca.pem" "$PWD/keys/inter-ec384.key"
make_ca selfsigned   "$tmp/unused.pem"          "$PWD/keys/misc-ec256.key"

echo "issuing certificates"

# 1. Root CA (self-signed)
issue root sha256 01 20240101000000Z 20440101000000Z keys/root-rsa3072.key \
    "/C=DE/O=certdesk Tests/CN=certdesk Test Root CA" root-ca.pem -selfsign <<'EOF'
[ ext ]
basicConstraints     = critical, CA:TRUE
keyUsage             = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
EOF
run openssl x509 -in root-ca.pem -outform DER -out root-ca.der

# 2. Intermediate (issuing) CA, signed by root
issue root sha256 02 20240101000000Z 20340101000000Z keys/inter-ec384.key \
    "/C=DE/O=certdesk Tests/OU=Issuing/CN=certdesk Test Issuing CA" intermediate-ca.pem <<'EOF'
[ ext ]
basicConstraints       = critical, CA:TRUE, pathlen:0
keyUsage               = critical, keyCertSign, cRLSign, digitalSignature
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid
crlDistributionPoints  = URI:http://crl.example.test/root.crl
authorityInfoAccess    = OCSP;URI:http://ocsp.example.test, caIssuers;URI:http://ca.example.test/root.cer
EOF

# 3. RSA leaf with the full set of extensions
issue issuing sha384 1001 20250101000000Z 20300101000000Z keys/leaf-rsa2048.key \
    "/C=DE/ST=Berlin/L=Berlin/O=Example Org/OU=Web/CN=www.example.test" leaf-rsa.pem <<'EOF'
[ ext ]
subjectAltName         = DNS:www.example.test, DNS:example.test, DNS:*.api.example.test, IP:192.0.2.10, IP:2001:db8::10, email:admin@example.test, URI:https://example.test/id
keyUsage               = critical, digitalSignature, keyEncipherment
extendedKeyUsage       = serverAuth, clientAuth
basicConstraints       = critical, CA:FALSE
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid
crlDistributionPoints  = URI:http://crl.example.test/issuing.crl
authorityInfoAccess    = OCSP;URI:http://ocsp.example.test, caIssuers;URI:http://ca.example.test/issuing.cer
certificatePolicies    = 2.23.140.1.2.2, 1.3.6.1.4.1.55555.1.1
EOF
run openssl x509 -in leaf-rsa.pem -outform DER -out leaf-rsa.der

# Simple server leaf: issue_server SERIAL START END KEY CN OUT
issue_server() {
    local serial="$1" start="$2" end="$3" key="$4" cn="$5" out="$6"
    issue issuing sha384 "$serial" "$start" "$end" "$key" "/CN=$cn" "$out" <<EOF
[ ext ]
subjectAltName         = DNS:$cn
keyUsage               = critical, digitalSignature
extendedKeyUsage       = serverAuth
basicConstraints       = critical, CA:FALSE
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid
EOF
}

# 4./5. EC and Ed25519 leaves
issue_server 1002 20250101000000Z 20300101000000Z keys/leaf-ec256.key   ec.example.test leaf-ec.pem
issue_server 1003 20250101000000Z 20300101000000Z keys/leaf-ed25519.key ed.example.test leaf-ed25519.pem

# 6. Client certificate
issue issuing sha384 1004 20250101000000Z 20300101000000Z keys/client-ec256.key \
    "/O=Example Org/CN=alice" client.pem <<'EOF'
[ ext ]
subjectAltName         = email:alice@example.test
keyUsage               = critical, digitalSignature
extendedKeyUsage       = clientAuth
basicConstraints       = critical, CA:FALSE
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid
EOF

# 7.-9. Expired / not-yet-valid / revoked leaves
issue_server 1005 20200101000000Z 20210101000000Z keys/misc-ec256.key expired.example.test leaf-expired.pem
issue_server 1006 20320101000000Z 20330101000000Z keys/misc-ec256.key future.example.test  leaf-notyetvalid.pem
issue_server 1007 20250101000000Z 20300101000000Z keys/misc-ec256.key revoked.example.test leaf-revoked.pem

# 10. Leaf without CN
issue issuing sha384 1008 20250101000000Z 20300101000000Z keys/misc-ec256.key \
    "/O=Example Org" leaf-nocn.pem <<'EOF'
[ ext ]
subjectAltName         = DNS:nocn.example.test, DNS:alt.nocn.example.test
keyUsage               = critical, digitalSignature
extendedKeyUsage       = serverAuth
basicConstraints       = critical, CA:FALSE
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid
EOF

# 11. Self-signed leaf (no basicConstraints extension at all)
issue selfsigned sha256 2001 20250101000000Z 20300101000000Z keys/misc-ec256.key \
    "/CN=selfsigned.example.test" selfsigned-ec.pem -selfsign <<'EOF'
[ ext ]
subjectAltName       = DNS:selfsigned.example.test
keyUsage             = critical, digitalSignature
extendedKeyUsage     = serverAuth
subjectKeyIdentifier = hash
EOF

# --------------------------------------------------------------------------
# 12. CRL of the issuing CA: serial 0x1007 revoked (keyCompromise) at a fixed
#     time. The DB entry is edited directly so no wall-clock time leaks in.
# --------------------------------------------------------------------------
echo "generating CRL"
readonly REVOCATION_TIME=260415000000Z   # 2026-04-15T00:00:00Z
awk -F'\t' -v OFS='\t' -v rt="$REVOCATION_TIME" \
    '$4 == "1007" { $1 = "R"; $3 = rt ",keyCompromise" } { print }' \
    "$tmp/issuing/index.txt" > "$tmp/issuing/index.txt.new"
mv "$tmp/issuing/index.txt.new" "$tmp/issuing/index.txt"
grep -q $'^R\t.*\t1007\t' "$tmp/issuing/index.txt"
echo "01" > "$tmp/issuing/crlnumber"
run openssl ca -batch -config "$tmp/issuing/ca.cnf" -gencrl -md sha384 \
    -crl_lastupdate 20260501000000Z -crl_nextupdate 20260701000000Z \
    -out intermediate.crl
run openssl crl -in intermediate.crl -outform DER -out intermediate.crl.der

# --------------------------------------------------------------------------
# 13. CSR with requested SAN
# --------------------------------------------------------------------------
echo "generating CSR, bundles, PKCS#7, PKCS#12 and key encodings"
run openssl req -new -key keys/leaf-ec256.key -subj "/O=Example Org/CN=csr.example.test" \
    -addext "subjectAltName = DNS:csr.example.test, DNS:www.csr.example.test" \
    -out request.csr
run openssl req -in request.csr -outform DER -out request.csr.der

# --------------------------------------------------------------------------
# 14. Chains
# --------------------------------------------------------------------------
cat leaf-rsa.pem intermediate-ca.pem > fullchain.pem
cat leaf-rsa.pem intermediate-ca.pem root-ca.pem > chain-all.pem

# --------------------------------------------------------------------------
# 15. Mixed bundle: cert, PKCS#8 key, CSR, CRL, then one text comment block
#     ("subject=/issuer=" lines as `openssl x509 -subject -issuer` prints)
#     followed by the client cert.
# --------------------------------------------------------------------------
{
    cat leaf-ec.pem
    cat keys/leaf-ec256.key
    cat request.csr
    cat intermediate.crl
    openssl x509 -in client.pem -noout -subject -issuer
    cat client.pem
} > bundle-mixed.pem

# --------------------------------------------------------------------------
# 16. Bundle with one corrupted block: the middle character of the 3rd base64
#     line of client.pem (line 4 of that block) is replaced by '!'.
# --------------------------------------------------------------------------
awk 'NR == 4 { m = int(length($0) / 2); $0 = substr($0, 1, m) "!" substr($0, m + 2) } { print }' \
    client.pem > "$tmp/client-bad.pem"
{
    cat leaf-ec.pem
    cat "$tmp/client-bad.pem"
    cat leaf-ed25519.pem
} > bundle-one-bad.pem
BAD_LINE=$(( $(wc -l < leaf-ec.pem) + 4 ))
if ! sed -n "${BAD_LINE}p" bundle-one-bad.pem | grep -q '!'; then
    echo "internal error: corrupted line not at $BAD_LINE" >&2
    exit 1
fi
BAD_COL=$(sed -n "${BAD_LINE}p" bundle-one-bad.pem | awk '{ print index($0, "!") }')

# --------------------------------------------------------------------------
# 17. PKCS#7 chain (PEM and DER)
# --------------------------------------------------------------------------
run openssl crl2pkcs7 -nocrl -certfile chain-all.pem -out chain.p7b
run openssl pkcs7 -in chain.p7b -outform DER -out chain-der.p7b

# --------------------------------------------------------------------------
# 18. PKCS#12
# --------------------------------------------------------------------------
cat intermediate-ca.pem root-ca.pem > "$tmp/cachain.pem"
run openssl pkcs12 -export -in leaf-rsa.pem -inkey keys/leaf-rsa2048.key \
    -certfile "$tmp/cachain.pem" -name "www.example.test" \
    -passout "pass:$P12_PASS" -out leaf-rsa.p12
run openssl pkcs12 -export -legacy -in leaf-rsa.pem -inkey keys/leaf-rsa2048.key \
    -certfile "$tmp/cachain.pem" -name "www.example.test" \
    -passout "pass:$P12_PASS" -out leaf-rsa-legacy.p12
run openssl pkcs12 -export -in leaf-ec.pem -inkey keys/leaf-ec256.key \
    -name "ec.example.test" -passout pass: -out leaf-ec-nopass.p12

# --------------------------------------------------------------------------
# 19. Keys in other encodings
# --------------------------------------------------------------------------
run openssl pkcs8 -topk8 -nocrypt -in keys/leaf-rsa2048.key -outform DER -out leaf-rsa.p8.der
run openssl pkey -in keys/leaf-rsa2048.key -traditional -out leaf-rsa.traditional.pem
run openssl pkey -in keys/leaf-ec256.key -traditional -out leaf-ec.traditional.pem
run openssl pkcs8 -topk8 -v2 aes-256-cbc -v2prf hmacWithSHA256 -in keys/leaf-ec256.key \
    -passout "pass:$KEY_PASS" -out leaf-ec.p8.enc.pem
run openssl pkcs8 -topk8 -v2 aes-256-cbc -v2prf hmacWithSHA256 -in keys/leaf-ed25519.key \
    -passout "pass:$KEY_PASS" -outform DER -out leaf-ed25519.p8.enc.der
grep -q -- '-----BEGIN RSA PRIVATE KEY-----' leaf-rsa.traditional.pem
grep -q -- '-----BEGIN EC PRIVATE KEY-----' leaf-ec.traditional.pem

# --------------------------------------------------------------------------
# 20. Public key only (not importable as a certificate/identity)
# --------------------------------------------------------------------------
run openssl pkey -in keys/leaf-ec256.key -pubout -out pubkey-only.pem

# --------------------------------------------------------------------------
# Sanity checks at the fixed test time
# --------------------------------------------------------------------------
echo "checking"
verify() { # expected-substring cert [extra args]
    local want="$1" cert="$2"
    shift 2
    local got
    got=$(openssl verify -CAfile root-ca.pem -untrusted intermediate-ca.pem \
          -attime "$TEST_TIME_EPOCH" "$@" "$cert" 2>&1 || true)
    if [[ "$got" != *"$want"* ]]; then
        echo "verify $cert: expected '$want', got:" >&2
        echo "$got" >&2
        exit 1
    fi
}
for c in leaf-rsa.pem leaf-ec.pem leaf-ed25519.pem client.pem leaf-revoked.pem leaf-nocn.pem; do
    verify "$c: OK" "$c"
done
verify "certificate has expired" leaf-expired.pem
verify "certificate is not yet valid" leaf-notyetvalid.pem
verify "certificate revoked" leaf-revoked.pem -crl_check -CRLfile intermediate.crl
verify "leaf-rsa.pem: OK" leaf-rsa.pem -crl_check -CRLfile intermediate.crl
run openssl pkcs12 -in leaf-rsa.p12 -passin "pass:$P12_PASS" -noout
run openssl pkcs12 -legacy -in leaf-rsa-legacy.p12 -passin "pass:$P12_PASS" -noout
run openssl pkcs12 -in leaf-ec-nopass.p12 -passin pass: -noout

# --------------------------------------------------------------------------
# README.md (generated so that the recorded line number is always right)
# --------------------------------------------------------------------------
fp() { openssl x509 -in "$1" -noout -fingerprint -sha256 | sed 's/^.*=//'; }
serial() { openssl x509 -in "$1" -noout -serial | sed 's/^serial=//'; }

{
cat <<EOF
# certdesk test fixtures

Generated by \`gen-fixtures.sh\` (this file too -- edit the script, not this
file). Private keys in \`keys/\` are generated only if missing and are
committed; everything else is regenerated from them with fixed subjects,
serials and dates. ECDSA signatures and PKCS#12/PKCS#8 encryption salts are
randomised, so a rerun changes the bytes (and fingerprints) of everything except
\`root-ca.pem\`/\`root-ca.der\` and the unencrypted key encodings.

**Fixed test time:** \`$TEST_TIME_ISO\` (epoch \`$TEST_TIME_EPOCH\`). At that
time the "valid" certificates are valid, \`leaf-expired.pem\` is expired,
\`leaf-notyetvalid.pem\` is not yet valid and \`leaf-revoked.pem\` is listed in
\`intermediate.crl\`.

**Passwords:** PKCS#12 \`leaf-rsa.p12\`, \`leaf-rsa-legacy.p12\`: \`$P12_PASS\`;
\`leaf-ec-nopass.p12\`: empty password; encrypted PKCS#8 \`leaf-ec.p8.enc.pem\`,
\`leaf-ed25519.p8.enc.der\`: \`$KEY_PASS\`. Keys in \`keys/\` are unencrypted.

Check: \`openssl verify -CAfile root-ca.pem -untrusted intermediate-ca.pem -attime $TEST_TIME_EPOCH leaf-rsa.pem\`

## Keys (\`keys/\`, unencrypted PKCS#8 PEM)

| File | Type | Used by |
|---|---|---|
| root-rsa3072.key | RSA 3072 | root-ca |
| inter-ec384.key | EC P-384 | intermediate-ca |
| leaf-rsa2048.key | RSA 2048 | leaf-rsa, PKCS#12, key encodings |
| leaf-ec256.key | EC P-256 | leaf-ec, request.csr, pubkey-only, key encodings |
| leaf-ed25519.key | Ed25519 | leaf-ed25519 |
| client-ec256.key | EC P-256 | client |
| misc-ec256.key | EC P-256 | leaf-expired, leaf-notyetvalid, leaf-revoked, leaf-nocn, selfsigned-ec |

## Certificates (PEM unless noted)

Leaves are signed by the issuing CA with ecdsa-with-SHA384 (selfsigned-ec:
by its own key, ecdsa-with-SHA256); root and
intermediate with sha256WithRSAEncryption. All leaves have SKI, AKI (keyid),
basicConstraints critical CA:FALSE (except selfsigned-ec: no basicConstraints),
keyUsage critical digitalSignature (leaf-rsa: + keyEncipherment) and the SAN
listed below.

| File | Serial | Subject | Validity | Notes | SHA-256 fingerprint |
|---|---|---|---|---|---|
EOF
row() { # file subject validity notes
    printf '| %s | 0x%s | %s | %s | %s | %s |\n' "$1" "$(serial "$1")" "$2" "$3" "$4" "$(fp "$1")"
}
row root-ca.pem "C=DE, O=certdesk Tests, CN=certdesk Test Root CA" "2024-01-01 - 2044-01-01" \
    "self-signed root, CA:TRUE critical, KU keyCertSign,cRLSign; also root-ca.der (DER)"
row intermediate-ca.pem "C=DE, O=certdesk Tests, OU=Issuing, CN=certdesk Test Issuing CA" "2024-01-01 - 2034-01-01" \
    "issuing CA (EC P-384), CA:TRUE pathlen:0, CRL DP, AIA"
row leaf-rsa.pem "C=DE, ST=Berlin, L=Berlin, O=Example Org, OU=Web, CN=www.example.test" "2025-01-01 - 2030-01-01" \
    "SAN DNS www.example.test/example.test/*.api.example.test, IP 192.0.2.10/2001:db8::10, email admin@example.test, URI https://example.test/id; EKU serverAuth,clientAuth; CRL DP; AIA; policies 2.23.140.1.2.2, 1.3.6.1.4.1.55555.1.1; also leaf-rsa.der"
row leaf-ec.pem "CN=ec.example.test" "2025-01-01 - 2030-01-01" "EC P-256, SAN DNS:ec.example.test, EKU serverAuth"
row leaf-ed25519.pem "CN=ed.example.test" "2025-01-01 - 2030-01-01" "Ed25519, SAN DNS:ed.example.test, EKU serverAuth"
row client.pem "O=Example Org, CN=alice" "2025-01-01 - 2030-01-01" "SAN email:alice@example.test, EKU clientAuth only"
row leaf-expired.pem "CN=expired.example.test" "2020-01-01 - 2021-01-01" "expired"
row leaf-notyetvalid.pem "CN=future.example.test" "2032-01-01 - 2033-01-01" "not yet valid"
row leaf-revoked.pem "CN=revoked.example.test" "2025-01-01 - 2030-01-01" "revoked in intermediate.crl"
row leaf-nocn.pem "O=Example Org" "2025-01-01 - 2030-01-01" "no CN; SAN DNS:nocn.example.test, DNS:alt.nocn.example.test"
row selfsigned-ec.pem "CN=selfsigned.example.test" "2025-01-01 - 2030-01-01" "self-signed leaf (misc-ec256), no basicConstraints, SAN DNS:selfsigned.example.test"
cat <<EOF

All validity periods start/end at 00:00:00Z.

## Other files

| File | Contents |
|---|---|
| intermediate.crl, intermediate.crl.der | CRL (v2) by the issuing CA, ecdsa-with-SHA384, lastUpdate 2026-05-01T00:00:00Z, nextUpdate 2026-07-01T00:00:00Z, CRL number 1, AKI; revokes serial 0x1007 (revoked 2026-04-15T00:00:00Z, reason keyCompromise) |
| request.csr, request.csr.der | CSR, key leaf-ec256, subject O=Example Org, CN=csr.example.test, requested SAN DNS:csr.example.test, DNS:www.csr.example.test |
| fullchain.pem | leaf-rsa + intermediate-ca |
| chain-all.pem | leaf-rsa + intermediate-ca + root-ca |
| bundle-mixed.pem | leaf-ec cert, leaf-ec256 private key (PKCS#8), request.csr, intermediate.crl, then one text comment block (\`subject=...\`/\`issuer=...\` lines), then client cert |
| bundle-one-bad.pem | leaf-ec, client (corrupted), leaf-ed25519. **Line $BAD_LINE** (column $BAD_COL) -- the 3rd base64 line of the 2nd block -- has a \`!\` in place of a base64 character |
| chain.p7b | PEM PKCS#7 (certs only): leaf-rsa, intermediate-ca, root-ca |
| chain-der.p7b | DER of chain.p7b |
| leaf-rsa.p12 | leaf-rsa + key + intermediate + root, friendly name "www.example.test", OpenSSL 3 defaults (AES-256-CBC, PBKDF2, SHA-256 MAC), password \`$P12_PASS\` |
| leaf-rsa-legacy.p12 | same, \`-legacy\` (RC2-40 certs, 3DES key, SHA-1 MAC), password \`$P12_PASS\` |
| leaf-ec-nopass.p12 | leaf-ec + key, friendly name "ec.example.test", empty password |
| leaf-rsa.p8.der | leaf-rsa2048 key, unencrypted PKCS#8 DER |
| leaf-rsa.traditional.pem | leaf-rsa2048 key, \`BEGIN RSA PRIVATE KEY\` (PKCS#1) |
| leaf-ec.traditional.pem | leaf-ec256 key, \`BEGIN EC PRIVATE KEY\` (SEC1) |
| leaf-ec.p8.enc.pem | leaf-ec256 key, encrypted PKCS#8 PEM (PBES2, AES-256-CBC, PBKDF2-HMAC-SHA256), password \`$KEY_PASS\` |
| leaf-ed25519.p8.enc.der | leaf-ed25519 key, encrypted PKCS#8 DER (same scheme), password \`$KEY_PASS\` |
| pubkey-only.pem | public key of leaf-ec256 (\`BEGIN PUBLIC KEY\`); not importable, for error tests |
| gen-fixtures.sh | this generator |
EOF
} > README.md

echo "done; corrupted line in bundle-one-bad.pem: $BAD_LINE"
