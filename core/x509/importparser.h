#pragma once

#include "crypto/privatekey.h"
#include "x509/certificate.h"
#include "x509/crl.h"
#include "x509/csr.h"

#include <functional>
#include <optional>

namespace certdesk::core {

class LibContext;

struct PasswordRequest
{
    enum class Kind { Pkcs12, PrivateKey };
    QString source; // file name, and entry where it helps
    Kind kind = Kind::Pkcs12;
    int attempt = 0; // 0 for the first ask; > 0 after a wrong password
};

// Asked for the password of a PKCS#12 file or an encrypted key. Return nullopt
// to give up (no password known, or the user cancelled). Called from the
// parsing thread: it must be thread-safe.
using PasswordCallback = std::function<std::optional<QByteArray>(const PasswordRequest &)>;

// Everything one input (a file, a pasted text) held.
struct ParsedFile
{
    QString source;
    QList<Certificate> certificates;
    QList<PrivateKey> keys;
    QList<Csr> csrs;
    QList<Crl> crls;
    QList<Error> errors; // each names the source and, in multi-entry files, the entry
    QString format;      // PEM, DER, PKCS#7, PKCS#12, ... (what the sniffer found)

    bool isEmpty() const { return certificates.isEmpty() && keys.isEmpty() && csrs.isEmpty() && crls.isEmpty(); }
};

// Turns bytes into certificates, keys, CSRs and CRLs by looking at the content
// (never the file name): PEM with any mix of blocks, DER certificate, PKCS#7
// (PEM or DER), PKCS#12 (modern and legacy), PKCS#8 (plain and encrypted),
// traditional RSA/EC keys, PKCS#10 CSRs and CRLs. Never throws; every failure
// is an Error in the result, and the other entries still come through.
class ImportParser
{
public:
    static constexpr qint64 kMaxInputSize = 32 * 1024 * 1024;
    static constexpr int kMaxEntries = 100000;

    explicit ImportParser(PasswordCallback passwords = {}, const LibContext *ctx = nullptr);

    ParsedFile parse(const QString &source, const QByteArray &data) const;
    // Reads the file (refusing anything over kMaxInputSize) and parses it.
    ParsedFile parseFile(const QString &path) const;

private:
    void parsePem(const QByteArray &data, ParsedFile &out) const;
    void parseDer(const QByteArray &der, ParsedFile &out, const QString &entry) const;
    void parsePkcs12(const QByteArray &der, ParsedFile &out) const;
    bool parsePkcs7(const QByteArray &der, ParsedFile &out, const QString &entry) const;
    void parseKey(const QByteArray &der, const QByteArray &pemText, ParsedFile &out, const QString &entry) const;
    void addCertificate(const QByteArray &der, ParsedFile &out, const QString &entry) const;
    std::optional<QByteArray> askPassword(PasswordRequest::Kind kind, const QString &source, int attempt) const;

    PasswordCallback m_passwords;
    const LibContext *m_ctx;
};

} // namespace certdesk::core
