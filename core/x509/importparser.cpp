#include "x509/importparser.h"

#include "crypto/libcontext.h"
#include "crypto/ossl.h"
#include "x509/pem.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <limits>

namespace certdesk::core {

using namespace ossl;

namespace {

const QString kNotRecognised =
    QStringLiteral("not a certificate, key, CSR, CRL, PKCS#7 or PKCS#12");

QString entryName(const QString &source, int index, int total)
{
    return total > 1 ? QStringLiteral("%1 entry %2").arg(source).arg(index) : source;
}

template<typename T, typename F>
bool parsesExactly(const QByteArray &der, F d2i, void (*freeFn)(T *))
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    T *obj = d2i(nullptr, &p, long(der.size()));
    const bool exact = obj && p == reinterpret_cast<const unsigned char *>(der.constData()) + der.size();
    if (obj)
        freeFn(obj);
    ERR_clear_error();
    return exact;
}

// Length the outer DER element claims, or -1 when the header is unreadable.
qint64 claimedDerLength(const QByteArray &der)
{
    if (der.size() < 2 || uchar(der[0]) != 0x30)
        return -1;
    const uchar first = uchar(der[1]);
    if (first < 0x80)
        return 2 + first;
    const int n = first & 0x7f;
    if (n == 0 || n > 4 || der.size() < 2 + n)
        return -1;
    qint64 len = 0;
    for (int i = 0; i < n; ++i)
        len = (len << 8) | uchar(der[2 + i]);
    return 2 + n + len;
}

// The most iterations the shrouded keys in bags (and nested bags) ask for.
qint64 bagIterations(const STACK_OF(PKCS12_SAFEBAG) *bags, int depth = 0)
{
    qint64 most = 0;
    for (int i = 0; i < sk_PKCS12_SAFEBAG_num(bags); ++i) {
        const PKCS12_SAFEBAG *bag = sk_PKCS12_SAFEBAG_value(bags, i);
        const int nid = PKCS12_SAFEBAG_get_nid(bag);
        if (nid == NID_pkcs8ShroudedKeyBag) {
            const X509_ALGOR *alg = nullptr;
            X509_SIG_get0(PKCS12_SAFEBAG_get0_pkcs8(bag), &alg, nullptr);
            most = std::max(most, pbeIterations(alg));
        } else if (nid == NID_safeContentsBag && depth < 8) {
            most = std::max(most, bagIterations(PKCS12_SAFEBAG_get0_safes(bag), depth + 1));
        }
    }
    return most;
}

// The most iterations PKCS12_parse() would run on the contents of p12: encrypted contents
// (opened here with the password when their own count is within the limit) and shrouded keys.
qint64 pkcs12ContentIterations(const PKCS12 *p12, const char *pass)
{
    Pkcs7StackPtr safes(PKCS12_unpack_authsafes(p12));
    qint64 most = 0;
    for (int i = 0; most <= kMaxKdfIterations && i < sk_PKCS7_num(safes.get()); ++i) {
        PKCS7 *p7 = sk_PKCS7_value(safes.get(), i);
        const int nid = OBJ_obj2nid(p7->type);
        if (nid == NID_pkcs7_data) {
            SafeBagStackPtr bags(PKCS12_unpack_p7data(p7));
            most = std::max(most, bagIterations(bags.get()));
        } else if (nid == NID_pkcs7_encrypted && p7->d.encrypted && p7->d.encrypted->enc_data) {
            most = std::max(most, pbeIterations(p7->d.encrypted->enc_data->algorithm));
            if (most <= kMaxKdfIterations) {
                // -1: the length is strlen(pass), as in PKCS12_parse().
                SafeBagStackPtr bags(PKCS12_unpack_p7encdata(p7, pass, -1));
                most = std::max(most, bagIterations(bags.get()));
            }
        }
    }
    ERR_clear_error();
    return most;
}

Error tooManyIterations(const QString &source, qint64 iterations)
{
    return Error{ErrorCode::LimitExceeded,
                 source + QStringLiteral(": the PKCS#12 file asks for %1 key-derivation iterations, more than the "
                                         "limit of %2 (it would take minutes to hours to open)")
                              .arg(iterations)
                              .arg(kMaxKdfIterations)};
}

} // namespace

ImportParser::ImportParser(PasswordCallback passwords, const LibContext *ctx)
    : m_passwords(std::move(passwords))
    , m_ctx(ctx)
{
}

std::optional<QByteArray> ImportParser::askPassword(PasswordRequest::Kind kind, const QString &source, int attempt) const
{
    if (!m_passwords)
        return std::nullopt;
    return m_passwords(PasswordRequest{source, kind, attempt});
}

ParsedFile ImportParser::parseFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ParsedFile out;
        out.source = path;
        out.errors.append(Error{ErrorCode::Io, QStringLiteral("%1: cannot open (%2)").arg(path, file.errorString())});
        return out;
    }
    if (file.size() > kMaxInputSize) {
        ParsedFile out;
        out.source = path;
        out.errors.append(Error{ErrorCode::LimitExceeded,
                                QStringLiteral("%1: file is %2 MiB, larger than the %3 MiB limit for one file")
                                    .arg(path)
                                    .arg(double(file.size()) / (1024 * 1024), 0, 'f', 1)
                                    .arg(kMaxInputSize / (1024 * 1024))});
        return out;
    }
    // Read at most the limit (+1 to notice files that grow while we read).
    const QByteArray data = file.read(kMaxInputSize + 1);
    return parse(path, data);
}

ParsedFile ImportParser::parse(const QString &source, const QByteArray &data) const
{
    ParsedFile out;
    out.source = source;
    if (data.size() > kMaxInputSize) {
        out.errors.append(Error{ErrorCode::LimitExceeded,
                                QStringLiteral("%1: input is larger than the %2 MiB limit")
                                    .arg(source)
                                    .arg(kMaxInputSize / (1024 * 1024))});
        return out;
    }
    if (data.trimmed().isEmpty()) {
        out.errors.append(Error{ErrorCode::InvalidInput, QStringLiteral("%1: the file is empty").arg(source)});
        return out;
    }
    if (looksLikePem(data)) {
        out.format = QStringLiteral("PEM");
        parsePem(data, out);
        return out;
    }
    out.format = QStringLiteral("DER");
    parseDer(data, out, source);
    return out;
}

void ImportParser::parsePem(const QByteArray &data, ParsedFile &out) const
{
    const QList<PemBlock> blocks = scanPem(data);
    if (blocks.isEmpty()) {
        // "-----BEGIN " occurs, but not as a BEGIN line: binary DER can hold that text too.
        if (uchar(data[0]) == 0x30) {
            out.format = QStringLiteral("DER");
            parseDer(data, out, out.source);
        } else {
            out.errors.append(Error{ErrorCode::UnsupportedFormat,
                                    out.source + QStringLiteral(": ") + kNotRecognised
                                        + QStringLiteral(" (\"-----BEGIN \" occurs, but not as a PEM BEGIN line)")});
        }
        return;
    }
    if (blocks.size() > kMaxEntries) {
        out.errors.append(Error{ErrorCode::LimitExceeded, QStringLiteral("%1: more than %2 PEM blocks in one file")
                                                              .arg(out.source)
                                                              .arg(kMaxEntries)});
        return;
    }
    int index = 0;
    for (const PemBlock &block : blocks) {
        ++index;
        const QString entry = entryName(out.source, index, int(blocks.size()));
        if (block.error) {
            out.errors.append(block.error->prefixed(entry));
            continue;
        }
        const QByteArray &label = block.label;
        if (label == "CERTIFICATE" || label == "X509 CERTIFICATE") {
            addCertificate(block.der, out, entry);
        } else if (label == "TRUSTED CERTIFICATE") {
            // OpenSSL's certificate with trust settings appended: keep the certificate.
            const auto *p = reinterpret_cast<const unsigned char *>(block.der.constData());
            X509Ptr x(d2i_X509_AUX(nullptr, &p, long(block.der.size())));
            auto cert = x ? Certificate::fromX509(x.get(), m_ctx)
                          : Result<Certificate>(std::unexpected(lastError(ErrorCode::InvalidInput, QStringLiteral("malformed trusted certificate"))));
            if (cert)
                out.certificates.append(*cert);
            else
                out.errors.append(cert.error().prefixed(entry));
        } else if (label == "PRIVATE KEY" || label == "ENCRYPTED PRIVATE KEY" || label == "RSA PRIVATE KEY"
                   || label == "EC PRIVATE KEY" || label == "DSA PRIVATE KEY") {
            parseKey(block.der, block.encryptedHeaders ? block.text : QByteArray(), out, entry);
        } else if (label == "CERTIFICATE REQUEST" || label == "NEW CERTIFICATE REQUEST") {
            auto csr = Csr::fromDer(block.der);
            if (csr)
                out.csrs.append(*csr);
            else
                out.errors.append(csr.error().prefixed(entry));
        } else if (label == "X509 CRL") {
            auto crl = Crl::fromDer(block.der);
            if (crl)
                out.crls.append(*crl);
            else
                out.errors.append(crl.error().prefixed(entry));
        } else if (label == "PKCS7" || label == "CMS") {
            if (parsePkcs7(block.der, out, entry))
                continue;
            if (parsesExactly<PKCS7>(block.der, d2i_PKCS7, PKCS7_free))
                out.errors.append(Error{ErrorCode::UnsupportedFormat,
                                        entry + QStringLiteral(": PKCS#7 without certificates or CRLs")});
            else
                out.errors.append(Error{ErrorCode::InvalidInput, entry + QStringLiteral(": malformed PKCS#7")});
        } else if (label == "PKCS12") {
            parsePkcs12(block.der, out);
        } else if (label == "PUBLIC KEY" || label == "RSA PUBLIC KEY") {
            out.errors.append(Error{ErrorCode::UnsupportedFormat,
                                    entry + QStringLiteral(": a public key on its own cannot be imported (import the certificate instead)")});
        } else {
            out.errors.append(Error{ErrorCode::UnsupportedFormat, entry + QStringLiteral(": unsupported PEM block \"%1\"")
                                                                        .arg(QString::fromLatin1(label.left(64)))});
        }
    }
}

void ImportParser::addCertificate(const QByteArray &der, ParsedFile &out, const QString &entry) const
{
    auto cert = Certificate::fromDer(der, m_ctx);
    if (cert)
        out.certificates.append(*cert);
    else
        out.errors.append(cert.error().prefixed(entry));
}

void ImportParser::parseDer(const QByteArray &der, ParsedFile &out, const QString &entry) const
{
    if (der.isEmpty() || uchar(der[0]) != 0x30) {
        out.errors.append(Error{ErrorCode::UnsupportedFormat, entry + QStringLiteral(": ") + kNotRecognised});
        return;
    }
    // The common case first, parsed once: a DER certificate.
    if (auto cert = Certificate::fromDer(der, m_ctx)) {
        out.certificates.append(*cert);
        return;
    }
    if (parsesExactly<X509>(der, d2i_X509, X509_free)) {
        addCertificate(der, out, entry); // a certificate with a problem beyond its encoding: report it
        return;
    }
    if (parsesExactly<PKCS12>(der, d2i_PKCS12, PKCS12_free)) {
        out.format = QStringLiteral("PKCS#12");
        parsePkcs12(der, out);
        return;
    }
    if (parsesExactly<PKCS7>(der, d2i_PKCS7, PKCS7_free)) {
        out.format = QStringLiteral("PKCS#7");
        if (!parsePkcs7(der, out, entry))
            out.errors.append(Error{ErrorCode::UnsupportedFormat, entry + QStringLiteral(": PKCS#7 without certificates or CRLs")});
        return;
    }
    if (parsesExactly<X509_CRL>(der, d2i_X509_CRL, X509_CRL_free)) {
        out.format = QStringLiteral("CRL");
        auto crl = Crl::fromDer(der);
        if (crl)
            out.crls.append(*crl);
        else
            out.errors.append(crl.error().prefixed(entry));
        return;
    }
    if (parsesExactly<X509_REQ>(der, d2i_X509_REQ, X509_REQ_free)) {
        out.format = QStringLiteral("PKCS#10");
        auto csr = Csr::fromDer(der);
        if (csr)
            out.csrs.append(*csr);
        else
            out.errors.append(csr.error().prefixed(entry));
        return;
    }
    auto plain = PrivateKey::fromDer(der);
    if (plain || isEncryptedPkcs8(der)) {
        out.format = QStringLiteral("PKCS#8");
        parseKey(der, {}, out, entry);
        return;
    }
    const qint64 claimed = claimedDerLength(der);
    if (claimed > der.size()) {
        out.errors.append(Error{ErrorCode::InvalidInput,
                                entry + QStringLiteral(": truncated DER data (the outer structure claims %1 bytes, there are %2)")
                                            .arg(claimed)
                                            .arg(der.size())});
        return;
    }
    out.errors.append(Error{ErrorCode::UnsupportedFormat, entry + QStringLiteral(": ") + kNotRecognised});
}

void ImportParser::parseKey(const QByteArray &der, const QByteArray &pemText, ParsedFile &out, const QString &entry) const
{
    auto load = [&](const std::optional<QByteArray> &pass) {
        return pemText.isEmpty() ? PrivateKey::fromDer(der, pass) : PrivateKey::fromPem(pemText, pass);
    };
    auto key = load(std::nullopt);
    for (int attempt = 0; !key && attempt < 3; ++attempt) {
        if (key.error().code != ErrorCode::PasswordRequired && key.error().code != ErrorCode::WrongPassword)
            break;
        const auto pass = askPassword(PasswordRequest::Kind::PrivateKey, entry, attempt);
        if (!pass)
            break;
        key = load(pass);
    }
    if (!key) {
        Error e = key.error();
        if (e.code == ErrorCode::PasswordRequired)
            e.message = QStringLiteral("the private key is encrypted and no password was given");
        out.errors.append(e.prefixed(entry));
        return;
    }
    out.keys.append(*key);
}

bool ImportParser::parsePkcs7(const QByteArray &der, ParsedFile &out, const QString &entry) const
{
    clearErrors();
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    Pkcs7Ptr p7(d2i_PKCS7(nullptr, &p, long(der.size())));
    if (!p7)
        return false;
    STACK_OF(X509) *certs = nullptr;
    STACK_OF(X509_CRL) *crls = nullptr;
    const int type = OBJ_obj2nid(p7->type);
    if (type == NID_pkcs7_signed && p7->d.sign) {
        certs = p7->d.sign->cert;
        crls = p7->d.sign->crl;
    } else if (type == NID_pkcs7_signedAndEnveloped && p7->d.signed_and_enveloped) {
        certs = p7->d.signed_and_enveloped->cert;
        crls = p7->d.signed_and_enveloped->crl;
    } else {
        return false;
    }
    // sk_*_num() is -1 for an absent (NULL) stack: a PKCS#7 with one certificate and no CRLs has crls == NULL.
    const int total = std::max(0, sk_X509_num(certs)) + std::max(0, sk_X509_CRL_num(crls));
    if (total == 0)
        return false;
    for (int i = 0; i < sk_X509_num(certs); ++i) {
        auto cert = Certificate::fromX509(sk_X509_value(certs, i), m_ctx);
        if (cert)
            out.certificates.append(*cert);
        else
            out.errors.append(cert.error().prefixed(QStringLiteral("%1 certificate %2").arg(entry).arg(i + 1)));
    }
    for (int i = 0; i < sk_X509_CRL_num(crls); ++i) {
        X509_CRL *crl = sk_X509_CRL_value(crls, i);
        unsigned char *buf = nullptr;
        const int len = i2d_X509_CRL(crl, &buf);
        if (len <= 0)
            continue;
        auto parsed = Crl::fromDer(QByteArray(reinterpret_cast<const char *>(buf), len));
        OPENSSL_free(buf);
        if (parsed)
            out.crls.append(*parsed);
        else
            out.errors.append(parsed.error().prefixed(QStringLiteral("%1 CRL %2").arg(entry).arg(i + 1)));
    }
    return true;
}

void ImportParser::parsePkcs12(const QByteArray &der, ParsedFile &out) const
{
    clearErrors();
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    Pkcs12Ptr p12(d2i_PKCS12(nullptr, &p, long(der.size())));
    if (!p12) {
        out.errors.append(lastError(ErrorCode::InvalidInput, out.source + QStringLiteral(": malformed PKCS#12")));
        return;
    }
    const auto legacy = ensureLegacyProvider();

    const bool hasMac = PKCS12_mac_present(p12.get()) == 1;
    if (hasMac) {
        const ASN1_INTEGER *macIter = nullptr;
        PKCS12_get0_mac(nullptr, nullptr, nullptr, &macIter, p12.get());
        int64_t iterations = 1;
        if (macIter && ASN1_INTEGER_get_int64(&iterations, macIter) != 1)
            iterations = std::numeric_limits<int64_t>::max();
        ERR_clear_error();
        if (iterations > kMaxKdfIterations) {
            out.errors.append(tooManyIterations(out.source, qint64(iterations)));
            return;
        }
    }
    std::optional<QByteArray> password;
    bool macOk = !hasMac || PKCS12_verify_mac(p12.get(), nullptr, 0) == 1 || PKCS12_verify_mac(p12.get(), "", 0) == 1;
    ERR_clear_error();
    if (macOk)
        password = QByteArray(); // no password, or the empty one
    for (int attempt = 0; !macOk && attempt < 3; ++attempt) {
        password = askPassword(PasswordRequest::Kind::Pkcs12, out.source, attempt);
        if (!password) {
            out.errors.append(Error{attempt == 0 ? ErrorCode::PasswordRequired : ErrorCode::WrongPassword,
                                    out.source + (attempt == 0 ? QStringLiteral(": PKCS#12 file needs a password and none was given")
                                                               : QStringLiteral(": wrong password"))});
            return;
        }
        macOk = PKCS12_verify_mac(p12.get(), password->constData(), int(password->size())) == 1;
        ERR_clear_error();
    }
    if (!macOk) {
        out.errors.append(Error{ErrorCode::WrongPassword, out.source + QStringLiteral(": wrong password")});
        return;
    }

    EVP_PKEY *rawKey = nullptr;
    X509 *rawCert = nullptr;
    STACK_OF(X509) *rawCa = nullptr;
    const char *pass = password && !password->isEmpty() ? password->constData() : nullptr;
    // Which empty password PKCS12_parse() will use: NULL or "" (they derive different keys).
    const char *contentPass = pass ? pass : (!hasMac || PKCS12_verify_mac(p12.get(), nullptr, 0) == 1 ? nullptr : "");
    const qint64 contentIterations = pkcs12ContentIterations(p12.get(), contentPass);
    if (contentIterations > kMaxKdfIterations) {
        out.errors.append(tooManyIterations(out.source, contentIterations));
        return;
    }
    const int ok = PKCS12_parse(p12.get(), pass, &rawKey, &rawCert, &rawCa);
    EvpPkeyPtr key(rawKey);
    X509Ptr cert(rawCert);
    X509StackPtr ca(rawCa);
    if (!ok) {
        const QString reason = drainErrors();
        if (!legacy && (reason.contains(QStringLiteral("unsupported")) || reason.contains(QStringLiteral("fetch"))))
            out.errors.append(legacy.error().prefixed(out.source));
        else
            out.errors.append(Error{ErrorCode::InvalidInput,
                                    out.source + QStringLiteral(": cannot read the PKCS#12 contents (%1)").arg(reason)});
        return;
    }
    if (key)
        out.keys.append(PrivateKey::fromHandle(key.get()));
    if (cert) {
        auto c = Certificate::fromX509(cert.get(), m_ctx);
        if (c)
            out.certificates.append(*c);
        else
            out.errors.append(c.error().prefixed(out.source));
    }
    for (int i = 0; i < sk_X509_num(ca.get()); ++i) {
        auto c = Certificate::fromX509(sk_X509_value(ca.get(), i), m_ctx);
        if (c)
            out.certificates.append(*c);
        else
            out.errors.append(c.error().prefixed(QStringLiteral("%1 certificate %2").arg(out.source).arg(i + 2)));
    }
    if (out.isEmpty() && out.errors.isEmpty())
        out.errors.append(Error{ErrorCode::InvalidInput, out.source + QStringLiteral(": the PKCS#12 file is empty")});
}

} // namespace certdesk::core
