#pragma once

#include "crypto/ossl.h"

#include <openssl/provider.h>

namespace certdesk::core {

// An OpenSSL library context with the digests fetched once.
//
// shared() wraps the process default context. forBulkParsing() is a context of
// its own per worker thread for reading many certificates: on OpenSSL 3.0 the
// shared default context serialises threads on provider look-up locks, and
// d2i_X509 spends most of its time (about 90% for an Ed25519 certificate,
// measured with callgrind) setting up a key decoder for the subject public key.
// The bulk context holds only OpenSSL's "null" provider, so certificates parse
// completely except that the public key stays undecoded; Certificate reads what
// it needs of the key from the SubjectPublicKeyInfo bytes and parses the
// certificate again in the default context when a signature must be checked.
// A LibContext is used by one thread at a time.
class LibContext
{
public:
    static LibContext shared();
    static LibContext forBulkParsing();

    // True for forBulkParsing(): objects parsed here cannot verify or use keys.
    bool isLean() const { return m_lean; }

    LibContext(LibContext &&) noexcept = default;
    LibContext &operator=(LibContext &&) = delete; // would free the old context before unloading its provider

    OSSL_LIB_CTX *get() const { return m_ctx ? m_ctx.get() : nullptr; }
    const EVP_MD *sha256() const { return m_sha256.get(); }
    const EVP_MD *sha1() const { return m_sha1.get(); }

    QByteArray digest(const EVP_MD *md, const QByteArray &data) const;
    QByteArray sha256Of(const QByteArray &data) const { return digest(sha256(), data); }
    QByteArray sha1Of(const QByteArray &data) const { return digest(sha1(), data); }

private:
    using ProviderPtr = std::unique_ptr<OSSL_PROVIDER, ossl::OsslFree<&OSSL_PROVIDER_unload>>;
    LibContext(ossl::LibCtxPtr ctx, ProviderPtr provider, bool lean);

    ossl::LibCtxPtr m_ctx;
    ProviderPtr m_provider; // unloaded before the context is freed (members go in reverse order)
    bool m_lean = false;
    ossl::EvpMdPtr m_sha256;
    ossl::EvpMdPtr m_sha1;
};

// Loads the default and legacy providers into the default context (once per
// process), so PKCS#12 files with RC2/3DES can be read and written. Returns an
// error when the legacy provider is not installed.
Result<void> ensureLegacyProvider();

} // namespace certdesk::core
