#pragma once

#include "crypto/ossl.h"

namespace certdesk::core {

// An OpenSSL library context with the digests fetched once.
//
// On OpenSSL 3.0 the shared default context serialises threads on provider
// look-up locks, so bulk work gives each worker thread its own context
// (LibContext::isolated()). LibContext::shared() wraps the default context.
// A LibContext is used by one thread at a time.
class LibContext
{
public:
    static LibContext shared();
    static LibContext isolated();

    LibContext(LibContext &&) noexcept = default;
    LibContext &operator=(LibContext &&) noexcept = default;

    OSSL_LIB_CTX *get() const { return m_ctx ? m_ctx.get() : nullptr; }
    const EVP_MD *sha256() const { return m_sha256.get(); }
    const EVP_MD *sha1() const { return m_sha1.get(); }

    QByteArray digest(const EVP_MD *md, const QByteArray &data) const;
    QByteArray sha256Of(const QByteArray &data) const { return digest(sha256(), data); }
    QByteArray sha1Of(const QByteArray &data) const { return digest(sha1(), data); }

private:
    explicit LibContext(ossl::LibCtxPtr ctx);

    ossl::LibCtxPtr m_ctx;
    ossl::EvpMdPtr m_sha256;
    ossl::EvpMdPtr m_sha1;
};

// Loads the default and legacy providers into the default context (once per
// process), so PKCS#12 files with RC2/3DES can be read and written. Returns an
// error when the legacy provider is not installed.
Result<void> ensureLegacyProvider();

} // namespace certdesk::core
