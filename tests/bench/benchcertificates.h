#pragma once

#include <QByteArray>
#include <QList>

namespace certdesk::bench {

enum class KeyMix {
    Realistic, // subject keys like a real estate: 60% RSA 2048, 30% EC P-256, 5% EC P-384, 5% Ed25519
    Ed25519,   // every subject key Ed25519 (the cheapest certificates to parse)
};

// N distinct, deterministic certificates (DER) shaped like public TLS certificates
// (SANs, key usage, EKU, basic constraints, SKI/AKI, CRL DP, AIA, policies).
// Subject keys come from the fixed fixture keys in keysDir (Realistic) or from seeds
// (Ed25519); the issuer is an Ed25519 key derived from a seed, whose signatures are
// deterministic, so every run produces the same bytes. firstIndex shifts the set.
QList<QByteArray> generateCertificates(int count, int firstIndex, KeyMix mix, const QString &keysDir);

// N distinct PKCS#10 requests (DER), as a server would send them: subject CN=host-<i>.bench.example,
// a subjectAltName extension request for DNS:host-<i>.bench.example, signed with SHA-256. The keys
// are a pool of poolSize fresh P-256 keys, request i using key i % poolSize (a key per request
// would make generation the slowest part of the benchmark; the CA does not care).
QList<QByteArray> generateCsrs(int count, int poolSize);

} // namespace certdesk::bench
