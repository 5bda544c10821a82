#pragma once

#include "crypto/privatekey.h"
#include "x509/certificate.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace certdesk::core {

// The files a server reads, by kind of server.
enum class DeployLayout {
    Nginx,        // fullchain.pem (certificate + chain), privkey.pem
    Apache,       // cert.pem, chain.pem, privkey.pem
    Haproxy,      // haproxy.pem: certificate, chain and key in one file
    PemBundle,    // certificate.pem, chain.pem, private_key.pem (ACM's export; key encrypted when a password is set)
    Pkcs12,       // certificate.p12: AES-256-CBC, PBKDF2, SHA-256 MAC
    Pkcs12Legacy, // certificate.p12: 3DES and a SHA-1 MAC (old Windows, Android, Java 8 before 8u301)
    Pkcs12Java,   // keystore.p12: one PrivateKeyEntry under an alias, store and key password the same, AES (Java 11.0.12+, 17, keytool)
};

QString deployLayoutName(DeployLayout layout); // nginx apache haproxy pem-bundle pkcs12 pkcs12-legacy pkcs12-java
std::optional<DeployLayout> deployLayoutFromName(const QString &name);
QStringList deployLayoutNames();
// PKCS#12 layouts need a password; PEM bundle takes one (then its key is encrypted); the others take none.
bool deployLayoutNeedsPassword(DeployLayout layout);
bool deployLayoutTakesPassword(DeployLayout layout);

// One file of a layout, for a preview: its name and what goes into it.
struct DeployFileInfo
{
    QString name;        // fullchain.pem
    QString contents;    // "certificate and chain (PEM)", "private key (PEM, unencrypted)"
    bool secret = false; // holds the private key: written with the key's owner, group and mode
};
QList<DeployFileInfo> deployLayoutFiles(DeployLayout layout);

// One file to write, with its bytes.
struct DeployFile
{
    QString name;
    QByteArray data;
    bool secret = false;
};

// The files of the layout for a certificate, its chain (issuers, leaf-most first, without the
// root when the chain reaches one: servers send intermediates only), its key and (PKCS#12, PEM
// bundle) a password. alias: the Java alias / PKCS#12 friendly name. InvalidInput when the
// layout needs a key or password that is missing.
Result<QList<DeployFile>> renderDeployLayout(DeployLayout layout, const Certificate &certificate,
                                             const QList<Certificate> &chain, const std::optional<PrivateKey> &key,
                                             const QByteArray &password, const QString &alias);

} // namespace certdesk::core
