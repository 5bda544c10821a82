#pragma once

#include "crypto/error.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

typedef struct evp_pkey_st EVP_PKEY;

namespace certdesk::core {

// An asymmetric private key held in memory only. Shared and cheap to copy.
// It never writes itself anywhere in the clear: the only serialisations
// offered are encrypted PKCS#8 and the public key.
class PrivateKey
{
public:
    PrivateKey() = default;

    // PKCS#8 (plain or encrypted) or traditional RSA/EC/DSA, DER encoded.
    // An encrypted key without a passphrase gives ErrorCode::PasswordRequired;
    // a wrong passphrase gives ErrorCode::WrongPassword.
    static Result<PrivateKey> fromDer(const QByteArray &der, const std::optional<QByteArray> &passphrase = {});
    // One PEM block (any private-key label, including Proc-Type encrypted traditional keys).
    static Result<PrivateKey> fromPem(const QByteArray &pem, const std::optional<QByteArray> &passphrase = {});
    // Takes ownership of a key (one up-reference is taken).
    static PrivateKey fromHandle(EVP_PKEY *key);

    bool isNull() const { return !m_key; }
    QString algorithm() const;                // RSA_2048, EC_prime256v1, ED25519 ...
    QByteArray publicKeyDer() const;          // SubjectPublicKeyInfo
    QByteArray publicKeySha256() const;       // SHA-256 of SubjectPublicKeyInfo: the identity used to match keys
    Result<QByteArray> toEncryptedPkcs8Der(const QByteArray &passphrase, int iterations = 2048) const;
    Result<QByteArray> toEncryptedPkcs8Pem(const QByteArray &passphrase, int iterations = 600000) const;

    EVP_PKEY *handle() const { return m_key.get(); }

private:
    std::shared_ptr<EVP_PKEY> m_key;
};

// Whether the DER is an encrypted PKCS#8 container (EncryptedPrivateKeyInfo).
bool isEncryptedPkcs8(const QByteArray &der);

} // namespace certdesk::core
