#include "x509/csr.h"

#include "crypto/keyinfo.h"
#include "crypto/libcontext.h"
#include "x509/x509util.h"

namespace certdesk::core {

using namespace ossl;

Result<Csr> Csr::fromDer(const QByteArray &der)
{
    clearErrors();
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509ReqPtr req(d2i_X509_REQ(nullptr, &p, long(der.size())));
    if (!req)
        return std::unexpected(lastError(ErrorCode::InvalidInput, QStringLiteral("malformed certificate request")));
    if (p != reinterpret_cast<const unsigned char *>(der.constData()) + der.size())
        return fail(ErrorCode::InvalidInput, QStringLiteral("trailing bytes after the certificate request"));
    Csr csr;
    csr.m_der = der;
    csr.m_subject = toDistinguishedName(X509_REQ_get_subject_name(req.get()));
    const LibContext ctx = LibContext::shared();
    csr.m_sha256 = ctx.sha256Of(der);
    EVP_PKEY *key = X509_REQ_get0_pubkey(req.get());
    csr.m_keyAlgorithm = keyAlgorithmName(key);
    if (key) {
        // The request's own SubjectPublicKeyInfo, as parsed (i2d_PUBKEY would run the key encoder).
        unsigned char *spki = nullptr;
        const int len = i2d_X509_PUBKEY(X509_REQ_get_X509_PUBKEY(req.get()), &spki);
        if (len > 0) {
            csr.m_spkiSha256 = ctx.sha256Of(QByteArray(reinterpret_cast<const char *>(spki), len));
            OPENSSL_free(spki);
        }
        csr.m_signatureValid = X509_REQ_verify(req.get(), key) == 1;
    }
    if (STACK_OF(X509_EXTENSION) *exts = X509_REQ_get_extensions(req.get())) {
        GeneralNamesPtr names(static_cast<GENERAL_NAMES *>(X509V3_get_d2i(exts, NID_subject_alt_name, nullptr, nullptr)));
        for (int i = 0; names && i < sk_GENERAL_NAME_num(names.get()); ++i)
            csr.m_names.append(toGeneralName(sk_GENERAL_NAME_value(names.get(), i)));
        sk_X509_EXTENSION_pop_free(exts, X509_EXTENSION_free);
    }
    ERR_clear_error();
    csr.m_req = std::shared_ptr<X509_REQ>(req.release(), X509_REQ_free);
    return csr;
}

QByteArray Csr::toPem() const { return derToPem(m_der, "CERTIFICATE REQUEST"); }

} // namespace certdesk::core
