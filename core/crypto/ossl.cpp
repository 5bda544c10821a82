#include "crypto/ossl.h"

#include <QHash>
#include <QStringList>

#include <limits>

namespace certdesk::core {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput: return QStringLiteral("invalid-input");
    case ErrorCode::UnsupportedFormat: return QStringLiteral("unsupported-format");
    case ErrorCode::WrongPassword: return QStringLiteral("wrong-password");
    case ErrorCode::PasswordRequired: return QStringLiteral("password-required");
    case ErrorCode::NotFound: return QStringLiteral("not-found");
    case ErrorCode::Ambiguous: return QStringLiteral("ambiguous");
    case ErrorCode::Duplicate: return QStringLiteral("duplicate");
    case ErrorCode::LimitExceeded: return QStringLiteral("limit-exceeded");
    case ErrorCode::Io: return QStringLiteral("io");
    case ErrorCode::Database: return QStringLiteral("database");
    case ErrorCode::Crypto: return QStringLiteral("crypto");
    case ErrorCode::Locked: return QStringLiteral("locked");
    case ErrorCode::NotPermitted: return QStringLiteral("not-permitted");
    case ErrorCode::Conflict: return QStringLiteral("conflict");
    case ErrorCode::Cancelled: return QStringLiteral("cancelled");
    case ErrorCode::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

namespace ossl {

QString drainErrors()
{
    QStringList reasons;
    unsigned long e = 0;
    while ((e = ERR_get_error()) != 0) {
        const char *reason = ERR_reason_error_string(e);
        QString text = reason ? QString::fromUtf8(reason) : QStringLiteral("error %1").arg(e, 0, 16);
        if (!reasons.contains(text))
            reasons.append(text);
    }
    return reasons.join(QStringLiteral("; "));
}

Error lastError(ErrorCode code, const QString &what)
{
    const QString reason = drainErrors();
    return Error{code, reason.isEmpty() ? what : what + QStringLiteral(" (") + reason + QLatin1Char(')')};
}

BioPtr readBio(const QByteArray &data)
{
    return BioPtr(BIO_new_mem_buf(data.constData(), int(data.size())));
}

BioPtr writeBio() { return BioPtr(BIO_new(BIO_s_mem())); }

QByteArray bioContents(BIO *bio)
{
    char *ptr = nullptr;
    const long len = BIO_get_mem_data(bio, &ptr);
    return len > 0 ? QByteArray(ptr, qsizetype(len)) : QByteArray();
}

QString asn1StringToQString(const ASN1_STRING *s)
{
    if (!s)
        return {};
    unsigned char *utf8 = nullptr;
    const int len = ASN1_STRING_to_UTF8(&utf8, s);
    if (len < 0) {
        ERR_clear_error();
        return QString::fromLatin1(reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)), ASN1_STRING_length(s));
    }
    QString out = QString::fromUtf8(reinterpret_cast<const char *>(utf8), len);
    OPENSSL_free(utf8);
    return out;
}

QString objectToOid(const ASN1_OBJECT *obj)
{
    // Known objects repeat in every certificate; remember their dotted form per thread.
    const int nid = OBJ_obj2nid(obj);
    thread_local QHash<int, QString> known;
    if (nid != NID_undef) {
        if (auto it = known.constFind(nid); it != known.constEnd())
            return *it;
    }
    char buf[128];
    const int len = OBJ_obj2txt(buf, sizeof buf, obj, 1);
    if (len <= 0)
        return {};
    if (len < int(sizeof buf)) {
        QString oid = QString::fromLatin1(buf, len);
        if (nid != NID_undef)
            known.insert(nid, oid);
        return oid;
    }
    QByteArray big(len + 1, '\0');
    OBJ_obj2txt(big.data(), len + 1, obj, 1);
    return QString::fromLatin1(big.constData(), len);
}

QString objectName(const ASN1_OBJECT *obj)
{
    const int nid = OBJ_obj2nid(obj);
    if (nid != NID_undef) {
        if (const char *ln = OBJ_nid2ln(nid))
            return QString::fromLatin1(ln);
    }
    return objectToOid(obj);
}

namespace {

qint64 iterationCount(const ASN1_INTEGER *iter)
{
    int64_t n = 0;
    if (!iter)
        return 0;
    if (ASN1_INTEGER_get_int64(&n, iter) != 1) {
        ERR_clear_error();
        return std::numeric_limits<qint64>::max(); // larger than 64 bits
    }
    return n > 0 ? qint64(n) : 0;
}

// The DER of an algorithm's SEQUENCE parameters, empty when they are something else.
QByteArrayView sequenceParameters(const X509_ALGOR *alg)
{
    int type = V_ASN1_UNDEF;
    const void *value = nullptr;
    X509_ALGOR_get0(nullptr, &type, &value, alg);
    if (type != V_ASN1_SEQUENCE || !value)
        return {};
    const auto *seq = static_cast<const ASN1_STRING *>(value);
    return QByteArrayView(ASN1_STRING_get0_data(seq), ASN1_STRING_length(seq));
}

template<typename T>
std::unique_ptr<T, void (*)(T *)> decode(QByteArrayView der, T *(*d2i)(T **, const unsigned char **, long),
                                         void (*freeFn)(T *))
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.data());
    return {der.isEmpty() ? nullptr : d2i(nullptr, &p, long(der.size())), freeFn};
}

} // namespace

qint64 pbeIterations(const X509_ALGOR *alg)
{
    if (!alg)
        return 0;
    const ASN1_OBJECT *oid = nullptr;
    X509_ALGOR_get0(&oid, nullptr, nullptr, alg);
    qint64 n = 0;
    if (OBJ_obj2nid(oid) == NID_pbes2) {
        auto pbe2 = decode(sequenceParameters(alg), d2i_PBE2PARAM, PBE2PARAM_free);
        const ASN1_OBJECT *kdf = nullptr;
        if (pbe2 && pbe2->keyfunc)
            X509_ALGOR_get0(&kdf, nullptr, nullptr, pbe2->keyfunc);
        if (kdf && OBJ_obj2nid(kdf) == NID_id_pbkdf2) {
            auto params = decode(sequenceParameters(pbe2->keyfunc), d2i_PBKDF2PARAM, PBKDF2PARAM_free);
            n = params ? iterationCount(params->iter) : 0;
        }
    } else if (auto pbe = decode(sequenceParameters(alg), d2i_PBEPARAM, PBEPARAM_free)) {
        n = iterationCount(pbe->iter);
    }
    ERR_clear_error();
    return n;
}

} // namespace ossl
} // namespace certdesk::core
