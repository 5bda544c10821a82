#include "x509/exporter.h"

#include "crypto/libcontext.h"
#include "crypto/ossl.h"
#include "crypto/securefile.h"

#include <QDir>

namespace certdesk::core {

using namespace ossl;

namespace {

const std::pair<const char *, ExportFormat> kFormats[] = {
    {"pem", ExportFormat::Pem},
    {"der", ExportFormat::Der},
    {"fullchain", ExportFormat::FullChain},
    {"pem-bundle", ExportFormat::PemBundle},
    {"pkcs12", ExportFormat::Pkcs12},
    {"pkcs12-legacy", ExportFormat::Pkcs12Legacy},
};

QByteArray pemChain(const QList<Certificate> &certs)
{
    QByteArray out;
    for (const Certificate &c : certs)
        out += c.toPem();
    return out;
}

} // namespace

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    for (const auto &[text, format] : kFormats) {
        if (name == QLatin1String(text))
            return format;
    }
    return std::nullopt;
}

QStringList exportFormatNames()
{
    QStringList out;
    for (const auto &entry : kFormats)
        out << QString::fromLatin1(entry.first);
    return out;
}

Result<QByteArray> buildPkcs12(const ExportRequest &request, bool legacy)
{
    clearErrors();
    if (request.passphrase.isEmpty())
        return fail(ErrorCode::PasswordRequired, QStringLiteral("a PKCS#12 export needs a passphrase"));
    X509StackPtr ca(sk_X509_new_null());
    for (const Certificate &c : request.chain) {
        if (!X509_up_ref(c.handle()))
            return fail(ErrorCode::Internal, QStringLiteral("cannot reference a chain certificate"));
        sk_X509_push(ca.get(), c.handle());
    }
    const QByteArray name = request.friendlyName.toUtf8();
    EVP_PKEY *key = request.key ? request.key->handle() : nullptr;
    // Legacy: 3DES for both bags (works without the legacy provider), SHA-1 MAC set below.
    const int nidKey = legacy ? NID_pbe_WithSHA1And3_Key_TripleDES_CBC : 0;
    const int nidCert = legacy ? NID_pbe_WithSHA1And3_Key_TripleDES_CBC : 0;
    Pkcs12Ptr p12(PKCS12_create_ex(request.passphrase.constData(), name.isEmpty() ? nullptr : name.constData(), key,
                                   request.certificate.handle(), ca.get(), nidKey, nidCert, PKCS12_DEFAULT_ITER,
                                   legacy ? -1 : 0, 0, nullptr, nullptr));
    if (!p12)
        return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("cannot build the PKCS#12 file")));
    if (legacy && PKCS12_set_mac(p12.get(), request.passphrase.constData(), int(request.passphrase.size()), nullptr, 0,
                                 PKCS12_DEFAULT_ITER, EVP_sha1()) != 1)
        return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("cannot add the PKCS#12 MAC")));
    unsigned char *buf = nullptr;
    const int len = i2d_PKCS12(p12.get(), &buf);
    if (len <= 0)
        return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("cannot encode the PKCS#12 file")));
    QByteArray out(reinterpret_cast<const char *>(buf), len);
    OPENSSL_free(buf);
    return out;
}

Result<QStringList> writeExport(ExportFormat format, const ExportRequest &request, const QString &out)
{
    switch (format) {
    case ExportFormat::Pem:
        if (auto r = writeFileAtomically(out, request.certificate.toPem()); !r)
            return std::unexpected(r.error());
        return QStringList{out};
    case ExportFormat::Der:
        if (auto r = writeFileAtomically(out, request.certificate.der()); !r)
            return std::unexpected(r.error());
        return QStringList{out};
    case ExportFormat::FullChain:
        if (auto r = writeFileAtomically(out, request.certificate.toPem() + pemChain(request.chain)); !r)
            return std::unexpected(r.error());
        return QStringList{out};
    case ExportFormat::Pkcs12:
    case ExportFormat::Pkcs12Legacy: {
        auto bytes = buildPkcs12(request, format == ExportFormat::Pkcs12Legacy);
        if (!bytes)
            return std::unexpected(bytes.error());
        if (auto r = writeFileAtomically(out, *bytes, kPrivateFile); !r)
            return std::unexpected(r.error());
        return QStringList{out};
    }
    case ExportFormat::PemBundle: {
        if (request.key && request.passphrase.isEmpty())
            return fail(ErrorCode::PasswordRequired, QStringLiteral("a PEM bundle with a private key needs a passphrase"));
        QDir dir(out);
        if (!dir.mkpath(QStringLiteral(".")))
            return fail(ErrorCode::Io, QStringLiteral("%1: cannot create the folder").arg(out));
        QStringList written;
        const QString certPath = dir.filePath(QStringLiteral("certificate.pem"));
        const QString chainPath = dir.filePath(QStringLiteral("chain.pem"));
        if (auto r = writeFileAtomically(certPath, request.certificate.toPem()); !r)
            return std::unexpected(r.error());
        written << certPath;
        if (auto r = writeFileAtomically(chainPath, pemChain(request.chain)); !r)
            return std::unexpected(r.error());
        written << chainPath;
        if (request.key) {
            auto pem = request.key->toEncryptedPkcs8Pem(request.passphrase);
            if (!pem)
                return std::unexpected(pem.error());
            const QString keyPath = dir.filePath(QStringLiteral("private_key.pem"));
            if (auto r = writeFileAtomically(keyPath, *pem, kPrivateFile); !r)
                return std::unexpected(r.error());
            written << keyPath;
        }
        return written;
    }
    }
    return fail(ErrorCode::Internal, QStringLiteral("unknown export format"));
}

} // namespace certdesk::core
