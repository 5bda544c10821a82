#include "deploy/deploylayout.h"

#include "crypto/ossl.h"
#include "x509/exporter.h"

#include <openssl/pem.h>

namespace certdesk::core {

namespace {

using namespace ossl;

struct LayoutName
{
    DeployLayout layout;
    const char *name;
};

constexpr LayoutName kNames[] = {
    {DeployLayout::Nginx, "nginx"},         {DeployLayout::Apache, "apache"},
    {DeployLayout::Haproxy, "haproxy"},     {DeployLayout::PemBundle, "pem-bundle"},
    {DeployLayout::Pkcs12, "pkcs12"},       {DeployLayout::Pkcs12Legacy, "pkcs12-legacy"},
    {DeployLayout::Pkcs12Java, "pkcs12-java"},
};

QByteArray pemOf(const QList<Certificate> &certificates)
{
    QByteArray out;
    for (const Certificate &c : certificates)
        out += c.toPem();
    return out;
}

// The key as unencrypted PKCS#8 PEM: what nginx, Apache and HAProxy read without a passphrase.
// Only ever held in memory until DeployWriter puts it into a file created with the key's mode.
Result<QByteArray> plainKeyPem(const PrivateKey &key)
{
    clearErrors();
    BioPtr bio(BIO_new(BIO_s_secmem()));
    if (!bio || PEM_write_bio_PKCS8PrivateKey(bio.get(), key.handle(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("cannot encode the private key")));
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    QByteArray out(data, int(len));
    OPENSSL_cleanse(data, size_t(len));
    return out;
}

} // namespace

QString deployLayoutName(DeployLayout layout)
{
    for (const LayoutName &n : kNames) {
        if (n.layout == layout)
            return QString::fromLatin1(n.name);
    }
    return {};
}

std::optional<DeployLayout> deployLayoutFromName(const QString &name)
{
    for (const LayoutName &n : kNames) {
        if (name.compare(QLatin1String(n.name), Qt::CaseInsensitive) == 0)
            return n.layout;
    }
    return std::nullopt;
}

QStringList deployLayoutNames()
{
    QStringList out;
    for (const LayoutName &n : kNames)
        out << QString::fromLatin1(n.name);
    return out;
}

bool deployLayoutNeedsPassword(DeployLayout layout)
{
    return layout == DeployLayout::Pkcs12 || layout == DeployLayout::Pkcs12Legacy || layout == DeployLayout::Pkcs12Java;
}

bool deployLayoutTakesPassword(DeployLayout layout)
{
    return deployLayoutNeedsPassword(layout) || layout == DeployLayout::PemBundle;
}

QList<DeployFileInfo> deployLayoutFiles(DeployLayout layout)
{
    const QString plainKey = QStringLiteral("private key (PEM, PKCS#8, unencrypted: the server reads it at start)");
    switch (layout) {
    case DeployLayout::Nginx:
        return {{QStringLiteral("fullchain.pem"), QStringLiteral("certificate, then its intermediates (PEM)"), false},
                {QStringLiteral("privkey.pem"), plainKey, true}};
    case DeployLayout::Apache:
        return {{QStringLiteral("cert.pem"), QStringLiteral("certificate (PEM)"), false},
                {QStringLiteral("chain.pem"), QStringLiteral("intermediates (PEM)"), false},
                {QStringLiteral("privkey.pem"), plainKey, true}};
    case DeployLayout::Haproxy:
        return {{QStringLiteral("haproxy.pem"),
                 QStringLiteral("certificate, intermediates and private key in one file (PEM, key unencrypted)"), true}};
    case DeployLayout::PemBundle:
        return {{QStringLiteral("certificate.pem"), QStringLiteral("certificate (PEM)"), false},
                {QStringLiteral("chain.pem"), QStringLiteral("intermediates (PEM)"), false},
                {QStringLiteral("private_key.pem"),
                 QStringLiteral("private key (PEM, PKCS#8; encrypted with the password when one is set)"), true}};
    case DeployLayout::Pkcs12:
        return {{QStringLiteral("certificate.p12"),
                 QStringLiteral("certificate, intermediates and key (PKCS#12: AES-256, PBKDF2, SHA-256 MAC)"), true}};
    case DeployLayout::Pkcs12Legacy:
        return {{QStringLiteral("certificate.p12"),
                 QStringLiteral("certificate, intermediates and key (PKCS#12 legacy: 3DES, SHA-1 MAC)"), true}};
    case DeployLayout::Pkcs12Java:
        return {{QStringLiteral("keystore.p12"),
                 QStringLiteral("Java key store (PKCS#12): one private-key entry under the alias, key and store "
                                "password the same"),
                 true}};
    }
    return {};
}

Result<QList<DeployFile>> renderDeployLayout(DeployLayout layout, const Certificate &certificate,
                                             const QList<Certificate> &chain, const std::optional<PrivateKey> &key,
                                             const QByteArray &password, const QString &alias)
{
    if (certificate.isNull())
        return fail(ErrorCode::InvalidInput, QStringLiteral("no certificate to deploy"));
    // Servers send intermediates; a self-signed root at the end of the chain is the client's business.
    QList<Certificate> intermediates = chain;
    while (!intermediates.isEmpty() && intermediates.last().isSelfSigned())
        intermediates.removeLast();
    if (!key || key->isNull())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("the %1 layout needs the private key of %2, and the inventory does not hold it")
                        .arg(deployLayoutName(layout), certificate.domainName()));
    if (deployLayoutNeedsPassword(layout) && password.isEmpty())
        return fail(ErrorCode::PasswordRequired,
                    QStringLiteral("the %1 layout needs a password for the PKCS#12 file").arg(deployLayoutName(layout)));
    const QByteArray leafPem = certificate.toPem();
    const QByteArray chainPem = pemOf(intermediates);
    auto pkcs12 = [&](bool legacy, const QString &name) -> Result<QList<DeployFile>> {
        ExportRequest request{certificate, intermediates, key, password,
                              alias.isEmpty() ? certificate.domainName() : alias};
        auto bytes = buildPkcs12(request, legacy);
        if (!bytes)
            return std::unexpected(bytes.error());
        return QList<DeployFile>{{name, *bytes, true}};
    };
    switch (layout) {
    case DeployLayout::Nginx: {
        auto keyPem = plainKeyPem(*key);
        if (!keyPem)
            return std::unexpected(keyPem.error());
        return QList<DeployFile>{{QStringLiteral("fullchain.pem"), leafPem + chainPem, false},
                                 {QStringLiteral("privkey.pem"), *keyPem, true}};
    }
    case DeployLayout::Apache: {
        auto keyPem = plainKeyPem(*key);
        if (!keyPem)
            return std::unexpected(keyPem.error());
        return QList<DeployFile>{{QStringLiteral("cert.pem"), leafPem, false},
                                 {QStringLiteral("chain.pem"), chainPem, false},
                                 {QStringLiteral("privkey.pem"), *keyPem, true}};
    }
    case DeployLayout::Haproxy: {
        auto keyPem = plainKeyPem(*key);
        if (!keyPem)
            return std::unexpected(keyPem.error());
        return QList<DeployFile>{{QStringLiteral("haproxy.pem"), leafPem + chainPem + *keyPem, true}};
    }
    case DeployLayout::PemBundle: {
        auto keyPem = password.isEmpty() ? plainKeyPem(*key) : key->toEncryptedPkcs8Pem(password);
        if (!keyPem)
            return std::unexpected(keyPem.error());
        return QList<DeployFile>{{QStringLiteral("certificate.pem"), leafPem, false},
                                 {QStringLiteral("chain.pem"), chainPem, false},
                                 {QStringLiteral("private_key.pem"), *keyPem, true}};
    }
    case DeployLayout::Pkcs12:
        return pkcs12(false, QStringLiteral("certificate.p12"));
    case DeployLayout::Pkcs12Legacy:
        return pkcs12(true, QStringLiteral("certificate.p12"));
    case DeployLayout::Pkcs12Java:
        // Java's keytool and KeyStore read PBES2/AES PKCS#12 since 8u301 and 11.0.12; the alias is
        // the friendly name, lower case as keytool shows it.
        return pkcs12(false, QStringLiteral("keystore.p12"));
    }
    return fail(ErrorCode::Internal, QStringLiteral("unknown deployment layout"));
}

} // namespace certdesk::core
