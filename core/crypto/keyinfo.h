#pragma once

#include <QString>

typedef struct evp_pkey_st EVP_PKEY;
typedef struct X509_pubkey_st X509_PUBKEY;

namespace certdesk::core {

// ACM-style key algorithm name: RSA_2048, EC_prime256v1, EC_secp384r1, ED25519, ...
QString keyAlgorithmName(const EVP_PKEY *key);
// The same name read from the SubjectPublicKeyInfo alone (no key decoding):
// the algorithm OID, the named curve, the RSA modulus length.
QString keyAlgorithmName(const X509_PUBKEY *spki);

} // namespace certdesk::core
