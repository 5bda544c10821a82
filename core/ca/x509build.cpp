#include "ca/x509build.h"

#include <openssl/rand.h>
#include <openssl/rsa.h>

#include <QHostAddress>

namespace certdesk::core::ca {

using namespace ossl;

namespace {

using GeneralNamePtr = std::unique_ptr<GENERAL_NAME, OsslFree<&GENERAL_NAME_free>>;
using Asn1StringPtr = std::unique_ptr<ASN1_STRING, OsslFree<&ASN1_STRING_free>>;
using NameConstraintsPtr = std::unique_ptr<NAME_CONSTRAINTS, OsslFree<&NAME_CONSTRAINTS_free>>;
using Asn1NullPtr = std::unique_ptr<ASN1_NULL, OsslFree<&ASN1_NULL_free>>;

// The attribute names people write that OpenSSL does not know by that name.
QByteArray attributeName(const QString &type)
{
    const QString t = type.trimmed();
    if (t.compare(QLatin1String("E"), Qt::CaseInsensitive) == 0 || t.compare(QLatin1String("EMAIL"), Qt::CaseInsensitive) == 0)
        return QByteArrayLiteral("emailAddress");
    if (t.compare(QLatin1String("S"), Qt::CaseInsensitive) == 0)
        return QByteArrayLiteral("ST");
    if (t.compare(QLatin1String("SERIALNUMBER"), Qt::CaseInsensitive) == 0)
        return QByteArrayLiteral("serialNumber");
    // Short names are upper case in OpenSSL's table (CN, O, OU, C, L, ST, DC, UID).
    static const char *const kUpper[] = {"CN", "O", "OU", "C", "L", "ST", "DC", "UID", "STREET", "GN", "SN"};
    for (const char *u : kUpper)
        if (t.compare(QLatin1String(u), Qt::CaseInsensitive) == 0)
            return QByteArray(u);
    return t.toLatin1();
}

// Splits at unescaped sep; keeps escapes for the next level.
QStringList splitUnescaped(const QString &text, QChar sep)
{
    QStringList parts;
    QString cur;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            cur += c;
            cur += text.at(++i);
        } else if (c == sep) {
            parts << cur;
            cur.clear();
        } else {
            cur += c;
        }
    }
    parts << cur;
    return parts;
}

// RFC 4514 escapes: "\," and the like, and "\XX" hex pairs that form UTF-8 bytes.
Result<QString> unescape(const QString &value)
{
    QByteArray utf8;
    auto isHex = [](QChar c) { return c.isDigit() || (c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')); };
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c != QLatin1Char('\\')) {
            utf8 += QStringView(value).mid(i, c.isHighSurrogate() ? 2 : 1).toUtf8();
            if (c.isHighSurrogate())
                ++i;
            continue;
        }
        if (i + 1 >= value.size())
            return fail(ErrorCode::InvalidInput, QStringLiteral("a '\\' ends the value \"%1\"").arg(value));
        if (i + 2 < value.size() && isHex(value.at(i + 1)) && isHex(value.at(i + 2))) {
            utf8 += char(value.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else {
            utf8 += QString(value.at(i + 1)).toUtf8();
            i += 1;
        }
    }
    return QString::fromUtf8(utf8);
}

Result<GeneralNamePtr> makeName(int type, const QByteArray &value)
{
    GeneralNamePtr gn(GENERAL_NAME_new());
    Asn1StringPtr s(ASN1_IA5STRING_new());
    if (!gn || !s || !ASN1_STRING_set(s.get(), value.constData(), int(value.size())))
        return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("cannot build a name")));
    GENERAL_NAME_set0_value(gn.get(), type, s.release());
    return gn;
}

Result<GeneralNamePtr> toGeneralName(const GeneralName &name)
{
    switch (name.kind) {
    case GeneralName::Kind::Dns:
        return makeName(GEN_DNS, name.value.toLatin1());
    case GeneralName::Kind::Email:
        return makeName(GEN_EMAIL, name.value.toLatin1());
    case GeneralName::Kind::Uri:
        return makeName(GEN_URI, name.value.toUtf8());
    case GeneralName::Kind::Ip: {
        Asn1OctetStringPtr ip(a2i_IPADDRESS(name.value.toLatin1().constData()));
        if (!ip)
            return fail(ErrorCode::InvalidInput, QStringLiteral("\"%1\" is not an IP address").arg(name.value));
        GeneralNamePtr gn(GENERAL_NAME_new());
        GENERAL_NAME_set0_value(gn.get(), GEN_IPADD, ip.release());
        return gn;
    }
    default:
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("%1 names cannot be requested").arg(GeneralName::kindName(name.kind)));
    }
}

Result<GeneralNamePtr> uriName(const QString &url) { return makeName(GEN_URI, url.toUtf8()); }

Result<void> addExt(X509 *x, int nid, void *value, bool critical)
{
    if (X509_add1_ext_i2d(x, nid, value, critical ? 1 : 0, X509V3_ADD_REPLACE) != 1)
        return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("cannot add extension %1")
                                                                 .arg(QString::fromLatin1(OBJ_nid2sn(nid)))));
    return {};
}

int keyUsageBit(const QString &name)
{
    static const char *const kBits[] = {"DIGITAL_SIGNATURE", "NON_REPUDIATION", "KEY_ENCIPHERMENT", "DATA_ENCIPHERMENT",
                                        "KEY_AGREEMENT", "CERTIFICATE_SIGNING", "CRL_SIGNING", "ENCIPHER_ONLY",
                                        "DECIPHER_ONLY"};
    for (int i = 0; i < int(std::size(kBits)); ++i)
        if (name == QLatin1String(kBits[i]))
            return i;
    return -1;
}

int ekuNid(const QString &name)
{
    if (name == QLatin1String("TLS_WEB_SERVER_AUTHENTICATION"))
        return NID_server_auth;
    if (name == QLatin1String("TLS_WEB_CLIENT_AUTHENTICATION"))
        return NID_client_auth;
    if (name == QLatin1String("CODE_SIGNING"))
        return NID_code_sign;
    if (name == QLatin1String("OCSP_SIGNING"))
        return NID_OCSP_sign;
    if (name == QLatin1String("EMAIL_PROTECTION"))
        return NID_email_protect;
    if (name == QLatin1String("TIME_STAMPING"))
        return NID_time_stamp;
    return NID_undef;
}

Result<Asn1BitStringPtr> keyUsageBits(const QStringList &usages)
{
    Asn1BitStringPtr bits(ASN1_BIT_STRING_new());
    for (const QString &u : usages) {
        const int bit = keyUsageBit(u);
        if (bit < 0)
            return fail(ErrorCode::InvalidInput, QStringLiteral("unknown key usage %1").arg(u));
        ASN1_BIT_STRING_set_bit(bits.get(), bit, 1);
    }
    return bits;
}

Result<void> addKeyIdentifiers(X509 *x, X509 *issuer)
{
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuer ? issuer : x, x, nullptr, nullptr, 0);
    X509ExtensionPtr ski(X509V3_EXT_conf_nid(nullptr, &ctx, NID_subject_key_identifier, "hash"));
    if (!ski || !X509_add_ext(x, ski.get(), -1))
        return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("cannot add the subject key identifier")));
    X509ExtensionPtr aki(X509V3_EXT_conf_nid(nullptr, &ctx, NID_authority_key_identifier, "keyid:always"));
    if (!aki || !X509_add_ext(x, aki.get(), -1))
        return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("cannot add the authority key identifier")));
    return {};
}

// "10.0.0.0/8" as name constraints encode it: the address followed by the mask (RFC 5280 4.2.1.10).
Asn1OctetStringPtr cidrToOctets(const QString &cidr)
{
    if (!cidr.contains(QLatin1Char('/')))
        return nullptr;
    const auto [address, prefix] = QHostAddress::parseSubnet(cidr);
    if (address.isNull() || prefix < 0)
        return nullptr;
    QByteArray bytes;
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 v4 = address.toIPv4Address();
        for (int shift = 24; shift >= 0; shift -= 8)
            bytes += char((v4 >> shift) & 0xFF);
    } else {
        const Q_IPV6ADDR v6 = address.toIPv6Address();
        bytes = QByteArray(reinterpret_cast<const char *>(v6.c), 16);
    }
    QByteArray mask(bytes.size(), 0);
    for (int bit = 0; bit < prefix && bit < mask.size() * 8; ++bit)
        mask[bit / 8] = char(quint8(mask[bit / 8]) | (0x80 >> (bit % 8)));
    bytes += mask;
    Asn1OctetStringPtr out(ASN1_OCTET_STRING_new());
    if (!out || !ASN1_OCTET_STRING_set(out.get(), reinterpret_cast<const unsigned char *>(bytes.constData()), int(bytes.size())))
        return nullptr;
    return out;
}

Result<void> addSubtrees(STACK_OF(GENERAL_SUBTREE) *&stack, const QStringList &entries, int type)
{
    for (const QString &e : entries) {
        GeneralNamePtr gn;
        if (type == GEN_IPADD) {
            Asn1OctetStringPtr ip = cidrToOctets(e);
            if (!ip)
                return fail(ErrorCode::InvalidInput,
                            QStringLiteral("name constraint \"%1\" is not an address range like 10.0.0.0/8").arg(e));
            gn.reset(GENERAL_NAME_new());
            GENERAL_NAME_set0_value(gn.get(), GEN_IPADD, ip.release());
        } else {
            auto made = makeName(type, e.toLatin1());
            if (!made)
                return std::unexpected(made.error());
            gn = std::move(*made);
        }
        GENERAL_SUBTREE *sub = GENERAL_SUBTREE_new();
        GENERAL_NAME_free(sub->base);
        sub->base = gn.release();
        if (!stack)
            stack = sk_GENERAL_SUBTREE_new_null();
        sk_GENERAL_SUBTREE_push(stack, sub);
    }
    return {};
}

Result<void> addNameConstraints(X509 *x, const NameConstraints &nc)
{
    NameConstraintsPtr ext(NAME_CONSTRAINTS_new());
    for (auto [list, type, permitted] : {std::tuple{&nc.permittedDns, GEN_DNS, true}, {&nc.excludedDns, GEN_DNS, false},
                                         {&nc.permittedIp, GEN_IPADD, true}, {&nc.excludedIp, GEN_IPADD, false},
                                         {&nc.permittedEmail, GEN_EMAIL, true}, {&nc.excludedEmail, GEN_EMAIL, false}}) {
        if (auto r = addSubtrees(permitted ? ext->permittedSubtrees : ext->excludedSubtrees, *list, type); !r)
            return r;
    }
    return addExt(x, NID_name_constraints, ext.get(), true);
}

Result<void> addDistributionPoint(X509 *x, const QString &url)
{
    auto gn = uriName(url);
    if (!gn)
        return std::unexpected(gn.error());
    CrlDistPointsPtr points(sk_DIST_POINT_new_null());
    DIST_POINT *dp = DIST_POINT_new();
    dp->distpoint = DIST_POINT_NAME_new();
    dp->distpoint->type = 0;
    dp->distpoint->name.fullname = sk_GENERAL_NAME_new_null();
    sk_GENERAL_NAME_push(dp->distpoint->name.fullname, gn->release());
    sk_DIST_POINT_push(points.get(), dp);
    return addExt(x, NID_crl_distribution_points, points.get(), false);
}

Result<void> addAuthorityInfoAccess(X509 *x, const QString &ocspUrl, const QString &caIssuersUrl)
{
    AuthorityInfoAccessPtr aia(sk_ACCESS_DESCRIPTION_new_null());
    for (auto [url, nid] : {std::pair{ocspUrl, NID_ad_OCSP}, {caIssuersUrl, NID_ad_ca_issuers}}) {
        if (url.isEmpty())
            continue;
        auto gn = uriName(url);
        if (!gn)
            return std::unexpected(gn.error());
        ACCESS_DESCRIPTION *ad = ACCESS_DESCRIPTION_new();
        ASN1_OBJECT_free(ad->method);
        ad->method = OBJ_nid2obj(nid);
        GENERAL_NAME_free(ad->location);
        ad->location = gn->release();
        sk_ACCESS_DESCRIPTION_push(aia.get(), ad);
    }
    return addExt(x, NID_info_access, aia.get(), false);
}

} // namespace

ossl::Asn1TimePtr toAsn1Time(const QDateTime &t)
{
    return Asn1TimePtr(ASN1_TIME_set(nullptr, time_t(t.toSecsSinceEpoch())));
}

Result<X509NamePtr> parseDistinguishedName(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("the subject is empty"));
    X509NamePtr name(X509_NAME_new());
    QStringList rdns = splitUnescaped(trimmed, QLatin1Char(','));
    std::reverse(rdns.begin(), rdns.end()); // RFC 4514 writes the most specific RDN first
    for (const QString &rdn : rdns) {
        const QStringList avas = splitUnescaped(rdn, QLatin1Char('+'));
        bool first = true;
        for (const QString &ava : avas) {
            const qsizetype eq = ava.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return fail(ErrorCode::InvalidInput,
                            QStringLiteral("\"%1\" in the subject is not TYPE=value").arg(ava.trimmed()));
            const QByteArray type = attributeName(ava.left(eq));
            auto value = unescape(ava.mid(eq + 1).trimmed());
            if (!value)
                return std::unexpected(value.error());
            if (value->isEmpty())
                return fail(ErrorCode::InvalidInput, QStringLiteral("%1 in the subject has no value")
                                                         .arg(QString::fromLatin1(type)));
            const QByteArray utf8 = value->toUtf8();
            clearErrors();
            if (!X509_NAME_add_entry_by_txt(name.get(), type.constData(), MBSTRING_UTF8,
                                            reinterpret_cast<const unsigned char *>(utf8.constData()), int(utf8.size()),
                                            -1, first ? 0 : -1)) {
                const QString why = drainErrors();
                return fail(ErrorCode::InvalidInput,
                            QStringLiteral("%1=%2 cannot be put in a subject%3")
                                .arg(QString::fromLatin1(type), *value,
                                     why.contains(QLatin1String("unknown")) || why.contains(QLatin1String("invalid field"))
                                         ? QStringLiteral(" (unknown attribute type)")
                                         : why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why)));
            }
            first = false;
        }
    }
    return name;
}

Result<EvpMdCtxPtr> signingContext(EVP_PKEY *key, const QString &alg)
{
    const int base = EVP_PKEY_get_base_id(key);
    const QString a = alg.toUpper();
    const char *md = nullptr;
    bool pss = false;
    if (a == QLatin1String("ED25519")) {
        if (base != EVP_PKEY_ED25519)
            return fail(ErrorCode::InvalidInput, QStringLiteral("ED25519 signing needs an Ed25519 key"));
    } else {
        if (a.startsWith(QLatin1String("SHA256")))
            md = "SHA256";
        else if (a.startsWith(QLatin1String("SHA384")))
            md = "SHA384";
        else if (a.startsWith(QLatin1String("SHA512")))
            md = "SHA512";
        else
            return fail(ErrorCode::InvalidInput, QStringLiteral("unknown signing algorithm %1").arg(alg));
        const QString rest = a.mid(6);
        if (rest == QLatin1String("WITHRSA") || rest == QLatin1String("WITHRSAPSS")) {
            if (base != EVP_PKEY_RSA)
                return fail(ErrorCode::InvalidInput, QStringLiteral("%1 needs an RSA key").arg(alg));
            pss = rest.endsWith(QLatin1String("PSS"));
        } else if (rest == QLatin1String("WITHECDSA")) {
            if (base != EVP_PKEY_EC)
                return fail(ErrorCode::InvalidInput, QStringLiteral("%1 needs an EC key").arg(alg));
        } else {
            return fail(ErrorCode::InvalidInput, QStringLiteral("unknown signing algorithm %1").arg(alg));
        }
    }
    EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr;
    clearErrors();
    if (!ctx || EVP_DigestSignInit_ex(ctx.get(), &pctx, md, nullptr, nullptr, key, nullptr) != 1)
        return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("cannot sign with %1").arg(alg)));
    if (pss && (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1
                || EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) != 1))
        return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("cannot set up RSA-PSS")));
    return ctx;
}

Result<Asn1IntegerPtr> randomSerial()
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("no random serial")));
    bytes[0] = (bytes[0] & 0x7F) | 0x40; // positive, and always 16 bytes long
    BignumPtr bn(BN_bin2bn(bytes, sizeof bytes, nullptr));
    Asn1IntegerPtr serial(bn ? BN_to_ASN1_INTEGER(bn.get(), nullptr) : nullptr);
    if (!serial)
        return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("no random serial")));
    return serial;
}

Result<GeneralName> parseGeneralName(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const QString kind = colon > 0 ? text.left(colon).trimmed().toUpper() : QString();
    const QString value = colon > 0 ? text.mid(colon + 1).trimmed() : text.trimmed();
    GeneralName out;
    out.value = value;
    if (kind == QLatin1String("DNS")) {
        out.kind = GeneralName::Kind::Dns;
        out.value = value.toLower();
        static const QRegularExpression re(QStringLiteral("^(\\*\\.)?([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?\\.)*"
                                                          "[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?$"));
        if (out.value.size() > 253 || !re.match(out.value).hasMatch())
            return fail(ErrorCode::InvalidInput, QStringLiteral("\"%1\" is not a DNS name").arg(value));
    } else if (kind == QLatin1String("IP")) {
        out.kind = GeneralName::Kind::Ip;
        QHostAddress addr;
        if (!addr.setAddress(value))
            return fail(ErrorCode::InvalidInput, QStringLiteral("\"%1\" is not an IP address").arg(value));
        out.value = addr.toString();
    } else if (kind == QLatin1String("EMAIL")) {
        out.kind = GeneralName::Kind::Email;
        if (!value.contains(QLatin1Char('@')) || value.startsWith(QLatin1Char('@')) || value.endsWith(QLatin1Char('@')))
            return fail(ErrorCode::InvalidInput, QStringLiteral("\"%1\" is not an e-mail address").arg(value));
    } else if (kind == QLatin1String("URI")) {
        out.kind = GeneralName::Kind::Uri;
        if (!value.contains(QLatin1Char(':')))
            return fail(ErrorCode::InvalidInput, QStringLiteral("\"%1\" is not a URI").arg(value));
    } else {
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("\"%1\": write names as DNS:name, IP:address, EMAIL:address or URI:uri").arg(text));
    }
    return out;
}

Result<GeneralNamesPtr> toGeneralNames(const QList<GeneralName> &names)
{
    GeneralNamesPtr out(sk_GENERAL_NAME_new_null());
    for (const GeneralName &n : names) {
        auto gn = toGeneralName(n);
        if (!gn)
            return std::unexpected(gn.error());
        sk_GENERAL_NAME_push(out.get(), gn->release());
    }
    return out;
}

Result<X509Ptr> buildCertificate(const CertificateSpec &spec, X509 *issuerCert, EVP_PKEY *issuerKey,
                                 const QString &signingAlgorithm)
{
    X509Ptr x(X509_new());
    auto notBefore = toAsn1Time(spec.notBefore);
    auto notAfter = toAsn1Time(spec.notAfter);
    if (!x || !notBefore || !notAfter || !X509_set_version(x.get(), 2) || !X509_set_serialNumber(x.get(), spec.serial)
        || !X509_set_subject_name(x.get(), spec.subject)
        || !X509_set_issuer_name(x.get(), issuerCert ? X509_get_subject_name(issuerCert) : spec.subject)
        || !X509_set1_notBefore(x.get(), notBefore.get()) || !X509_set1_notAfter(x.get(), notAfter.get())
        || !X509_set_pubkey(x.get(), spec.publicKey))
        return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("cannot build the certificate")));

    if (spec.basicConstraints) {
        BasicConstraintsPtr bc(BASIC_CONSTRAINTS_new());
        bc->ca = spec.ca ? 0xFF : 0;
        if (spec.ca && spec.pathLength) {
            bc->pathlen = ASN1_INTEGER_new();
            ASN1_INTEGER_set(bc->pathlen, *spec.pathLength);
        }
        if (auto r = addExt(x.get(), NID_basic_constraints, bc.get(), true); !r)
            return std::unexpected(r.error());
    }
    if (!spec.keyUsages.isEmpty()) {
        auto bits = keyUsageBits(spec.keyUsages);
        if (!bits)
            return std::unexpected(bits.error());
        if (auto r = addExt(x.get(), NID_key_usage, bits->get(), true); !r)
            return std::unexpected(r.error());
    }
    if (!spec.extendedKeyUsages.isEmpty()) {
        ExtKeyUsagePtr eku(sk_ASN1_OBJECT_new_null());
        for (const QString &e : spec.extendedKeyUsages) {
            const int nid = ekuNid(e);
            if (nid == NID_undef)
                return fail(ErrorCode::InvalidInput, QStringLiteral("unknown extended key usage %1").arg(e));
            sk_ASN1_OBJECT_push(eku.get(), OBJ_nid2obj(nid));
        }
        if (auto r = addExt(x.get(), NID_ext_key_usage, eku.get(), false); !r)
            return std::unexpected(r.error());
    }
    if (auto r = addKeyIdentifiers(x.get(), issuerCert); !r)
        return std::unexpected(r.error());
    if (!spec.sans.isEmpty()) {
        auto names = toGeneralNames(spec.sans);
        if (!names)
            return std::unexpected(names.error());
        // RFC 5280 4.2.1.6: critical when the subject is empty.
        if (auto r = addExt(x.get(), NID_subject_alt_name, names->get(), X509_NAME_entry_count(spec.subject) == 0); !r)
            return std::unexpected(r.error());
    }
    if (spec.ca && !spec.nameConstraints.isEmpty()) {
        if (auto r = addNameConstraints(x.get(), spec.nameConstraints); !r)
            return std::unexpected(r.error());
    }
    if (!spec.crlUrl.isEmpty()) {
        if (auto r = addDistributionPoint(x.get(), spec.crlUrl); !r)
            return std::unexpected(r.error());
    }
    if (!spec.ocspUrl.isEmpty() || !spec.caIssuersUrl.isEmpty()) {
        if (auto r = addAuthorityInfoAccess(x.get(), spec.ocspUrl, spec.caIssuersUrl); !r)
            return std::unexpected(r.error());
    }
    if (spec.ocspNoCheck) {
        Asn1NullPtr null(ASN1_NULL_new());
        if (auto r = addExt(x.get(), NID_id_pkix_OCSP_noCheck, null.get(), false); !r)
            return std::unexpected(r.error());
    }

    auto ctx = signingContext(issuerKey, signingAlgorithm);
    if (!ctx)
        return std::unexpected(ctx.error());
    clearErrors();
    if (X509_sign_ctx(x.get(), ctx->get()) <= 0)
        return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("cannot sign the certificate")));
    return x;
}

namespace {

Result<QByteArray> signAndEncode(X509_REQ *req, EVP_PKEY *key, const QString &signingAlgorithm)
{
    auto ctx = signingContext(key, signingAlgorithm);
    if (!ctx)
        return std::unexpected(ctx.error());
    if (X509_REQ_sign_ctx(req, ctx->get()) <= 0)
        return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("cannot sign the CSR")));
    unsigned char *der = nullptr;
    const int len = i2d_X509_REQ(req, &der);
    if (len <= 0)
        return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("cannot encode the CSR")));
    QByteArray out(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    return out;
}

} // namespace

Result<QByteArray> buildRequestCsr(X509_NAME *subject, EVP_PKEY *key, const QString &signingAlgorithm,
                                   const QList<GeneralName> &names)
{
    X509ReqPtr req(X509_REQ_new());
    if (!req || !X509_REQ_set_version(req.get(), 0) || !X509_REQ_set_subject_name(req.get(), subject)
        || !X509_REQ_set_pubkey(req.get(), key))
        return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("cannot build the CSR")));
    if (!names.isEmpty()) {
        auto gens = toGeneralNames(names);
        if (!gens)
            return std::unexpected(gens.error());
        X509ExtensionStackPtr exts(sk_X509_EXTENSION_new_null());
        X509_EXTENSION *san = X509V3_EXT_i2d(NID_subject_alt_name, 0, gens->get());
        if (!exts || !san || !sk_X509_EXTENSION_push(exts.get(), san)) {
            X509_EXTENSION_free(san);
            return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("cannot encode the CSR's names")));
        }
        if (!X509_REQ_add_extensions(req.get(), exts.get()))
            return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("cannot add the CSR's extensions")));
    }
    return signAndEncode(req.get(), key, signingAlgorithm);
}

Result<QByteArray> buildCaCsr(X509_NAME *subject, EVP_PKEY *key, const QString &signingAlgorithm,
                              std::optional<int> pathLength)
{
    X509ReqPtr req(X509_REQ_new());
    if (!req || !X509_REQ_set_version(req.get(), 0) || !X509_REQ_set_subject_name(req.get(), subject)
        || !X509_REQ_set_pubkey(req.get(), key))
        return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("cannot build the CSR")));
    X509ExtensionStackPtr exts(sk_X509_EXTENSION_new_null());
    BasicConstraintsPtr bc(BASIC_CONSTRAINTS_new());
    bc->ca = 0xFF;
    if (pathLength) {
        bc->pathlen = ASN1_INTEGER_new();
        ASN1_INTEGER_set(bc->pathlen, *pathLength);
    }
    auto bits = keyUsageBits({QStringLiteral("DIGITAL_SIGNATURE"), QStringLiteral("CERTIFICATE_SIGNING"),
                              QStringLiteral("CRL_SIGNING")});
    if (!bits)
        return std::unexpected(bits.error());
    sk_X509_EXTENSION_push(exts.get(), X509V3_EXT_i2d(NID_basic_constraints, 1, bc.get()));
    sk_X509_EXTENSION_push(exts.get(), X509V3_EXT_i2d(NID_key_usage, 1, bits->get()));
    if (!X509_REQ_add_extensions(req.get(), exts.get()))
        return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("cannot add the CSR's extensions")));
    return signAndEncode(req.get(), key, signingAlgorithm);
}

} // namespace certdesk::core::ca
