#include "x509/x509util.h"

#include <QHostAddress>


namespace certdesk::core {

using namespace ossl;

DistinguishedName toDistinguishedName(const X509_NAME *name)
{
    DistinguishedName dn;
    if (!name)
        return dn;
    const int count = X509_NAME_entry_count(name);
    dn.components.reserve(count);
    for (int i = 0; i < count; ++i) {
        const X509_NAME_ENTRY *e = X509_NAME_get_entry(name, i);
        const ASN1_OBJECT *obj = X509_NAME_ENTRY_get_object(e);
        const int nid = OBJ_obj2nid(obj);
        const QString oid = objectToOid(obj);
        const QString type = nid != NID_undef ? QString::fromLatin1(OBJ_nid2sn(nid)) : oid;
        dn.components.append(NameComponent{type, oid, asn1StringToQString(X509_NAME_ENTRY_get_data(e))});
    }
    BioPtr bio = writeBio();
    // RFC 2253 output is RFC 4514; keep UTF-8 characters as they are instead of \XX escapes.
    if (X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) >= 0)
        dn.rfc4514 = QString::fromUtf8(bioContents(bio.get()));
    ERR_clear_error();
    return dn;
}

GeneralName toGeneralName(const GENERAL_NAME *gn)
{
    GeneralName out;
    switch (gn->type) {
    case GEN_DNS:
        out.kind = GeneralName::Kind::Dns;
        out.value = asn1StringToQString(gn->d.dNSName);
        break;
    case GEN_EMAIL:
        out.kind = GeneralName::Kind::Email;
        out.value = asn1StringToQString(gn->d.rfc822Name);
        break;
    case GEN_URI:
        out.kind = GeneralName::Kind::Uri;
        out.value = asn1StringToQString(gn->d.uniformResourceIdentifier);
        break;
    case GEN_IPADD: {
        out.kind = GeneralName::Kind::Ip;
        const int len = ASN1_STRING_length(gn->d.iPAddress);
        const unsigned char *p = ASN1_STRING_get0_data(gn->d.iPAddress);
        if (len == 4) {
            out.value = QHostAddress(quint32((p[0] << 24) | (p[1] << 16) | (p[2] << 8) | p[3])).toString();
        } else if (len == 16) {
            out.value = QHostAddress(p).toString();
        } else {
            out.value = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(p), len).toHex(':'));
        }
        break;
    }
    case GEN_DIRNAME:
        out.kind = GeneralName::Kind::DirectoryName;
        out.value = toDistinguishedName(gn->d.directoryName).rfc4514;
        break;
    case GEN_RID:
        out.kind = GeneralName::Kind::RegisteredId;
        out.value = objectToOid(gn->d.registeredID);
        break;
    case GEN_OTHERNAME: {
        out.kind = GeneralName::Kind::OtherName;
        const ASN1_TYPE *v = gn->d.otherName->value;
        QString text;
        if (v && (v->type == V_ASN1_UTF8STRING || v->type == V_ASN1_IA5STRING || v->type == V_ASN1_PRINTABLESTRING))
            text = asn1StringToQString(v->value.asn1_string);
        out.value = objectToOid(gn->d.otherName->type_id) + QLatin1Char(':') + text;
        break;
    }
    default:
        out.kind = GeneralName::Kind::Unknown;
        break;
    }
    return out;
}

QString serialToHex(const ASN1_INTEGER *serial)
{
    BignumPtr bn(ASN1_INTEGER_to_BN(serial, nullptr));
    if (!bn) {
        ERR_clear_error();
        return {};
    }
    char *hex = BN_bn2hex(bn.get());
    QString out = QString::fromLatin1(hex);
    OPENSSL_free(hex);
    return out;
}

std::optional<QDateTime> asn1TimeToDateTime(const ASN1_TIME *t)
{
    struct tm tm = {};
    if (!t)
        return std::nullopt;
    if (ASN1_TIME_to_tm(t, &tm) != 1) {
        ERR_clear_error();
        // Lenient reading of one malformation seen in the wild: a UTCTime written with a
        // four-digit year ("19020701025736Z"). Read it as YYYYMMDDHHMMSSZ, like GeneralizedTime.
        const QByteArray text(reinterpret_cast<const char *>(ASN1_STRING_get0_data(t)), ASN1_STRING_length(t));
        if (text.size() != 15 || !text.endsWith('Z'))
            return std::nullopt;
        const QDateTime lenient = QDateTime::fromString(QString::fromLatin1(text.left(14)), QStringLiteral("yyyyMMddHHmmss"));
        if (!lenient.isValid())
            return std::nullopt;
        return QDateTime(lenient.date(), lenient.time(), Qt::UTC);
    }
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec),
                     Qt::UTC);
}

QByteArray derToPem(const QByteArray &der, const char *label)
{
    QByteArray out;
    const QByteArray b64 = der.toBase64();
    out.reserve(b64.size() + b64.size() / 64 + 64);
    out += "-----BEGIN ";
    out += label;
    out += "-----\n";
    for (qsizetype i = 0; i < b64.size(); i += 64) {
        out += b64.mid(i, 64);
        out += '\n';
    }
    out += "-----END ";
    out += label;
    out += "-----\n";
    return out;
}

} // namespace certdesk::core
