#pragma once

#include <QString>

typedef struct evp_pkey_st EVP_PKEY;

namespace certdesk::core {

// ACM-style key algorithm name: RSA_2048, EC_prime256v1, EC_secp384r1, ED25519, ...
QString keyAlgorithmName(const EVP_PKEY *key);

} // namespace certdesk::core
