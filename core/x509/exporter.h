#pragma once

#include "crypto/privatekey.h"
#include "x509/certificate.h"

#include <QStringList>

#include <optional>

namespace certdesk::core {

enum class ExportFormat {
    Pem,          // the certificate alone, PEM
    Der,          // the certificate alone, DER
    FullChain,    // certificate then its issuers, PEM (what nginx wants)
    PemBundle,    // ACM's export: certificate.pem, chain.pem, private_key.pem (encrypted PKCS#8) in a folder
    Pkcs12,       // AES-256-CBC, PBKDF2, SHA-256 MAC (OpenSSL 3 defaults)
    Pkcs12Legacy, // 3DES and a SHA-1 MAC, for old Windows and Android
};

std::optional<ExportFormat> exportFormatFromName(const QString &name);
QStringList exportFormatNames();

struct ExportRequest
{
    Certificate certificate;
    QList<Certificate> chain;       // issuers, leaf-most first, without the certificate
    std::optional<PrivateKey> key;
    QByteArray passphrase;          // for PKCS#12 and private_key.pem
    QString friendlyName;
};

// Builds PKCS#12 bytes (certificate, key when given, chain).
Result<QByteArray> buildPkcs12(const ExportRequest &request, bool legacy);

// Writes the export to `out` (a file, or a folder for PemBundle). Key material is
// only ever written encrypted, into files created with mode 0600. Returns the files written.
Result<QStringList> writeExport(ExportFormat format, const ExportRequest &request, const QString &out);

} // namespace certdesk::core
