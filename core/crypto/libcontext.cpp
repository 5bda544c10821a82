#include "crypto/libcontext.h"

#include <openssl/provider.h>

#include <mutex>

namespace certdesk::core {

LibContext::LibContext(ossl::LibCtxPtr ctx, ProviderPtr provider, bool lean)
    : m_ctx(std::move(ctx))
    , m_provider(std::move(provider))
    , m_lean(lean)
    // Digests come from the default context: an explicitly fetched EVP_MD is used without locks.
    , m_sha256(EVP_MD_fetch(nullptr, "SHA256", nullptr))
    , m_sha1(EVP_MD_fetch(nullptr, "SHA1", nullptr))
{
    Q_ASSERT(m_sha256 && m_sha1);
}

LibContext LibContext::shared() { return LibContext(ossl::LibCtxPtr(), ProviderPtr(), false); }

LibContext LibContext::forBulkParsing()
{
    ossl::LibCtxPtr ctx(OSSL_LIB_CTX_new());
    // Loading a provider explicitly stops the default provider from being activated here.
    ProviderPtr null(ctx ? OSSL_PROVIDER_load(ctx.get(), "null") : nullptr);
    if (null)
        return LibContext(std::move(ctx), std::move(null), true);
    ERR_clear_error();
    return LibContext(ossl::LibCtxPtr(OSSL_LIB_CTX_new()), ProviderPtr(), false);
}

QByteArray LibContext::digest(const EVP_MD *md, const QByteArray &data) const
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!EVP_Digest(data.constData(), size_t(data.size()), out, &len, md, nullptr)) {
        ERR_clear_error();
        return {};
    }
    return QByteArray(reinterpret_cast<const char *>(out), int(len));
}

namespace {

// Unloads the providers at exit. OpenSSL 3.0's own cleanup cannot free a legacy provider that is
// still loaded (it and its child library context hold each other), which LeakSanitizer reports.
struct LoadedProviders
{
    OSSL_PROVIDER *def = nullptr;
    OSSL_PROVIDER *legacy = nullptr;

    ~LoadedProviders()
    {
        if (legacy)
            OSSL_PROVIDER_unload(legacy);
        if (def)
            OSSL_PROVIDER_unload(def);
    }
};

} // namespace

Result<void> ensureLegacyProvider()
{
    static std::once_flag once;
    static bool available = false;
    std::call_once(once, [] {
        // Loading any provider explicitly disables the implicit default one, so load both.
        OSSL_PROVIDER *def = OSSL_PROVIDER_load(nullptr, "default");
        OSSL_PROVIDER *legacy = OSSL_PROVIDER_load(nullptr, "legacy");
        available = def && legacy;
        ERR_clear_error();
        // Constructed after OpenSSL registered its exit handler, so destroyed before it runs.
        static const LoadedProviders loaded{def, legacy};
    });
    if (!available)
        return fail(ErrorCode::UnsupportedFormat,
                    QStringLiteral("OpenSSL's legacy provider (legacy.so) is not available, so RC2/3DES "
                                   "PKCS#12 files cannot be read or written on this system"));
    return {};
}

} // namespace certdesk::core
