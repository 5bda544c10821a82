#include "x509/certificate.h"

#include "crypto/keyinfo.h"
#include "crypto/libcontext.h"
#include "crypto/ossl.h"
#include "x509/x509util.h"

#include <QHostAddress>

#include <mutex>

namespace certdesk::core {

using namespace ossl;

class Certificate::Data : public QSharedData
{
public:
    mutable std::shared_ptr<X509> x; // null until first needed for certificates from a bulk context
    mutable std::once_flag handleOnce;
    QByteArray der;
    int version = 0;
    QString commonName;
    QList<GeneralName> sans;
    QString serial;
    DistinguishedName subject;
    DistinguishedName issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QString keyAlgorithm;
    QString signatureAlgorithm;
    QString signatureAlgorithmOid;
    QStringList keyUsages;
    QList<ExtendedKeyUsage> extendedKeyUsages;
    QByteArray sha256;
    QByteArray sha1;
    QByteArray ski;
    QByteArray aki;
    QByteArray spkiSha256;
    BasicConstraints basicConstraints;
    bool selfSigned = false;
    QStringList crlDistributionPoints;
    QStringList ocspUrls;
    QStringList caIssuerUrls;
    QStringList policies;
    QList<Extension> extensions;
};

namespace {

QStringList keyUsageNames(uint32_t bits)
{
    static const std::pair<uint32_t, const char *> table[] = {
        {KU_DIGITAL_SIGNATURE, "DIGITAL_SIGNATURE"}, {KU_NON_REPUDIATION, "NON_REPUDIATION"},
        {KU_KEY_ENCIPHERMENT, "KEY_ENCIPHERMENT"},   {KU_DATA_ENCIPHERMENT, "DATA_ENCIPHERMENT"},
        {KU_KEY_AGREEMENT, "KEY_AGREEMENT"},         {KU_KEY_CERT_SIGN, "CERTIFICATE_SIGNING"},
        {KU_CRL_SIGN, "CRL_SIGNING"},                {KU_ENCIPHER_ONLY, "ENCIPHER_ONLY"},
        {KU_DECIPHER_ONLY, "DECIPHER_ONLY"},
    };
    QStringList out;
    for (const auto &[bit, name] : table) {
        if (bits & bit)
            out.append(QString::fromLatin1(name));
    }
    return out;
}

QString ekuName(int nid)
{
    switch (nid) {
    case NID_server_auth: return QStringLiteral("TLS_WEB_SERVER_AUTHENTICATION");
    case NID_client_auth: return QStringLiteral("TLS_WEB_CLIENT_AUTHENTICATION");
    case NID_code_sign: return QStringLiteral("CODE_SIGNING");
    case NID_email_protect: return QStringLiteral("EMAIL_PROTECTION");
    case NID_time_stamp: return QStringLiteral("TIME_STAMPING");
    case NID_OCSP_sign: return QStringLiteral("OCSP_SIGNING");
    case NID_ipsecEndSystem: return QStringLiteral("IPSEC_END_SYSTEM");
    case NID_ipsecTunnel: return QStringLiteral("IPSEC_TUNNEL");
    case NID_ipsecUser: return QStringLiteral("IPSEC_USER");
    case NID_anyExtendedKeyUsage: return QStringLiteral("ANY");
    default: return QStringLiteral("CUSTOM");
    }
}

QString signatureName(const X509_ALGOR *alg, QString *oid)
{
    const ASN1_OBJECT *obj = nullptr;
    X509_ALGOR_get0(&obj, nullptr, nullptr, alg);
    *oid = objectToOid(obj);
    const int nid = OBJ_obj2nid(obj);
    if (nid == NID_ED25519)
        return QStringLiteral("ED25519");
    if (nid == NID_ED448)
        return QStringLiteral("ED448");
    if (nid == NID_rsassaPss)
        return QStringLiteral("RSASSA_PSS");
    int mdNid = NID_undef, pkNid = NID_undef;
    if (nid != NID_undef && OBJ_find_sigid_algs(nid, &mdNid, &pkNid) && mdNid != NID_undef) {
        QString md = QString::fromLatin1(OBJ_nid2sn(mdNid)).toUpper().remove(QLatin1Char('-'));
        QString pk;
        switch (pkNid) {
        case NID_rsaEncryption: pk = QStringLiteral("RSA"); break;
        case NID_X9_62_id_ecPublicKey: pk = QStringLiteral("ECDSA"); break;
        case NID_dsa: pk = QStringLiteral("DSA"); break;
        default: pk = QString::fromLatin1(OBJ_nid2sn(pkNid)).toUpper(); break;
        }
        return md + QStringLiteral("WITH") + pk;
    }
    return nid != NID_undef ? QString::fromLatin1(OBJ_nid2sn(nid)).toUpper() : *oid;
}

QStringList uriNames(const GENERAL_NAMES *names)
{
    QStringList out;
    for (int i = 0; i < sk_GENERAL_NAME_num(names); ++i) {
        const GENERAL_NAME *gn = sk_GENERAL_NAME_value(names, i);
        if (gn->type == GEN_URI)
            out.append(asn1StringToQString(gn->d.uniformResourceIdentifier));
    }
    return out;
}

void readSans(X509 *x, QList<GeneralName> &out)
{
    int crit = 0;
    GeneralNamesPtr names(static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(x, NID_subject_alt_name, &crit, nullptr)));
    if (!names)
        return;
    out.reserve(sk_GENERAL_NAME_num(names.get()));
    for (int i = 0; i < sk_GENERAL_NAME_num(names.get()); ++i)
        out.append(toGeneralName(sk_GENERAL_NAME_value(names.get(), i)));
}

void readCrlDps(X509 *x, QStringList &out)
{
    CrlDistPointsPtr dps(static_cast<CRL_DIST_POINTS *>(X509_get_ext_d2i(x, NID_crl_distribution_points, nullptr, nullptr)));
    for (int i = 0; dps && i < sk_DIST_POINT_num(dps.get()); ++i) {
        const DIST_POINT *dp = sk_DIST_POINT_value(dps.get(), i);
        if (dp->distpoint && dp->distpoint->type == 0)
            out.append(uriNames(dp->distpoint->name.fullname));
    }
}

void readAia(X509 *x, QStringList &ocsp, QStringList &caIssuers)
{
    AuthorityInfoAccessPtr aia(static_cast<AUTHORITY_INFO_ACCESS *>(X509_get_ext_d2i(x, NID_info_access, nullptr, nullptr)));
    for (int i = 0; aia && i < sk_ACCESS_DESCRIPTION_num(aia.get()); ++i) {
        const ACCESS_DESCRIPTION *ad = sk_ACCESS_DESCRIPTION_value(aia.get(), i);
        if (ad->location->type != GEN_URI)
            continue;
        const QString uri = asn1StringToQString(ad->location->d.uniformResourceIdentifier);
        const int nid = OBJ_obj2nid(ad->method);
        if (nid == NID_ad_OCSP)
            ocsp.append(uri);
        else if (nid == NID_ad_ca_issuers)
            caIssuers.append(uri);
    }
}

void readPolicies(X509 *x, QStringList &out)
{
    CertificatePoliciesPtr pols(static_cast<CERTIFICATEPOLICIES *>(X509_get_ext_d2i(x, NID_certificate_policies, nullptr, nullptr)));
    for (int i = 0; pols && i < sk_POLICYINFO_num(pols.get()); ++i)
        out.append(objectToOid(sk_POLICYINFO_value(pols.get(), i)->policyid));
}

void readEku(X509 *x, QList<ExtendedKeyUsage> &out)
{
    ExtKeyUsagePtr eku(static_cast<EXTENDED_KEY_USAGE *>(X509_get_ext_d2i(x, NID_ext_key_usage, nullptr, nullptr)));
    for (int i = 0; eku && i < sk_ASN1_OBJECT_num(eku.get()); ++i) {
        const ASN1_OBJECT *obj = sk_ASN1_OBJECT_value(eku.get(), i);
        out.append(ExtendedKeyUsage{ekuName(OBJ_obj2nid(obj)), objectToOid(obj)});
    }
}

QByteArray octets(const ASN1_OCTET_STRING *s)
{
    return s ? QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)), ASN1_STRING_length(s)) : QByteArray();
}

} // namespace

QString DistinguishedName::value(const QString &type) const
{
    for (const auto &c : components) {
        if (c.type == type)
            return c.value;
    }
    return {};
}

QString GeneralName::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Dns: return QStringLiteral("DNS");
    case Kind::Ip: return QStringLiteral("IP");
    case Kind::Email: return QStringLiteral("EMAIL");
    case Kind::Uri: return QStringLiteral("URI");
    case Kind::DirectoryName: return QStringLiteral("DIRNAME");
    case Kind::RegisteredId: return QStringLiteral("RID");
    case Kind::OtherName: return QStringLiteral("OTHERNAME");
    case Kind::Unknown: break;
    }
    return QStringLiteral("UNKNOWN");
}

Certificate::Certificate() = default;
Certificate::~Certificate() = default;
Certificate::Certificate(const Certificate &) = default;
Certificate &Certificate::operator=(const Certificate &) = default;

Result<Certificate> Certificate::fromDer(const QByteArray &der, const LibContext *ctx)
{
    clearErrors();
    if (der.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("empty certificate"));
    X509Ptr x(X509_new_ex(ctx ? ctx->get() : nullptr, nullptr));
    if (!x)
        return std::unexpected(lastError(ErrorCode::Internal, QStringLiteral("out of memory")));
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *raw = x.get();
    if (!d2i_X509(&raw, &p, long(der.size()))) {
        x.release(); // d2i_X509 freed it on failure
        return std::unexpected(lastError(ErrorCode::InvalidInput, QStringLiteral("malformed certificate")));
    }
    if (p != reinterpret_cast<const unsigned char *>(der.constData()) + der.size())
        return fail(ErrorCode::InvalidInput, QStringLiteral("trailing bytes after the certificate"));
    return fromParsed(std::shared_ptr<X509>(x.release(), X509_free), der, ctx);
}

Result<Certificate> Certificate::fromX509(X509 *x, const LibContext *ctx)
{
    if (!x || !X509_up_ref(x))
        return fail(ErrorCode::Internal, QStringLiteral("no certificate"));
    std::shared_ptr<X509> shared(x, X509_free);
    unsigned char *buf = nullptr;
    const int len = i2d_X509(x, &buf);
    if (len <= 0)
        return std::unexpected(lastError(ErrorCode::InvalidInput, QStringLiteral("cannot encode the certificate")));
    QByteArray der(reinterpret_cast<const char *>(buf), len);
    OPENSSL_free(buf);
    return fromParsed(std::move(shared), der, ctx);
}

Result<Certificate> Certificate::fromParsed(std::shared_ptr<X509> shared, const QByteArray &der, const LibContext *ctx)
{
    X509 *x = shared.get();
    // Computes and caches the extension flags now, so later readers of the shared X509 only read.
    // A certificate with extensions OpenSSL cannot decode (EXFLAG_INVALID: a duplicate extension, a
    // malformed subjectAltName) still imports, as `openssl x509` reads it: the fields from such an
    // extension come out empty, and path validation rejects the certificate.
    X509_check_purpose(x, -1, 0);
    ERR_clear_error();

    Certificate cert;
    cert.d = new Data;
    Data &d = *cert.d.data();
    d.x = std::move(shared);
    d.der = der;
    d.version = int(X509_get_version(x)) + 1;
    d.serial = serialToHex(X509_get0_serialNumber(x));
    d.subject = toDistinguishedName(X509_get_subject_name(x));
    d.issuer = toDistinguishedName(X509_get_issuer_name(x));
    d.commonName = d.subject.value(QStringLiteral("CN"));
    auto nb = asn1TimeToDateTime(X509_get0_notBefore(x));
    auto na = asn1TimeToDateTime(X509_get0_notAfter(x));
    if (!nb || !na)
        return fail(ErrorCode::InvalidInput, QStringLiteral("the certificate has an invalid validity period"));
    d.notBefore = *nb;
    d.notAfter = *na;

    if (const X509_PUBKEY *pub = X509_get_X509_PUBKEY(x)) {
        unsigned char *spki = nullptr;
        const int len = i2d_X509_PUBKEY(pub, &spki);
        if (len > 0) {
            const QByteArray bytes(reinterpret_cast<const char *>(spki), len);
            d.spkiSha256 = ctx ? ctx->sha256Of(bytes) : LibContext::shared().sha256Of(bytes);
            OPENSSL_free(spki);
        }
    }
    // From the SubjectPublicKeyInfo bytes: the same in every context, no key decoding needed.
    d.keyAlgorithm = keyAlgorithmName(X509_get_X509_PUBKEY(x));
    ERR_clear_error();

    const X509_ALGOR *sigAlg = nullptr;
    X509_get0_signature(nullptr, &sigAlg, x);
    d.signatureAlgorithm = signatureName(sigAlg, &d.signatureAlgorithmOid);

    d.sha256 = ctx ? ctx->sha256Of(der) : LibContext::shared().sha256Of(der);
    // OpenSSL computed the SHA-1 fingerprint when it cached the extensions; X509_digest hands it out.
    unsigned char sha1[EVP_MAX_MD_SIZE];
    unsigned int sha1Len = 0;
    if (X509_digest(x, EVP_sha1(), sha1, &sha1Len) == 1)
        d.sha1 = QByteArray(reinterpret_cast<const char *>(sha1), int(sha1Len));
    else
        d.sha1 = ctx ? ctx->sha1Of(der) : LibContext::shared().sha1Of(der);

    const uint32_t ku = X509_get_key_usage(x);
    if (ku != UINT32_MAX)
        d.keyUsages = keyUsageNames(ku);
    d.ski = octets(X509_get0_subject_key_id(x));
    d.aki = octets(X509_get0_authority_key_id(x));

    int crit = 0;
    BasicConstraintsPtr bc(static_cast<BASIC_CONSTRAINTS *>(X509_get_ext_d2i(x, NID_basic_constraints, &crit, nullptr)));
    if (bc) {
        d.basicConstraints.present = true;
        d.basicConstraints.critical = crit == 1;
        d.basicConstraints.ca = bc->ca != 0;
        d.basicConstraints.pathLength = bc->pathlen ? int(ASN1_INTEGER_get(bc->pathlen)) : -1;
    }
    readSans(x, d.sans);
    readEku(x, d.extendedKeyUsages);
    readCrlDps(x, d.crlDistributionPoints);
    readAia(x, d.ocspUrls, d.caIssuerUrls);
    readPolicies(x, d.policies);

    const int count = X509_get_ext_count(x);
    d.extensions.reserve(count);
    for (int i = 0; i < count; ++i) {
        X509_EXTENSION *ext = X509_get_ext(x, i);
        const ASN1_OBJECT *obj = X509_EXTENSION_get_object(ext);
        d.extensions.append(Extension{objectToOid(obj), objectName(obj), X509_EXTENSION_get_critical(ext) == 1,
                                      octets(X509_EXTENSION_get_data(ext))});
    }
    // Only a self-issued certificate can be self-signed; verify the signature only then
    // (in the default context: a bulk context cannot verify).
    const bool lean = ctx && ctx->isLean();
    if (X509_NAME_cmp(X509_get_subject_name(x), X509_get_issuer_name(x)) == 0) {
        if (lean) {
            const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
            X509Ptr full(d2i_X509(nullptr, &p, long(der.size())));
            d.selfSigned = full && X509_self_signed(full.get(), 1) == 1;
            if (full)
                d.x = std::shared_ptr<X509>(full.release(), X509_free);
        } else {
            d.selfSigned = X509_self_signed(x, 1) == 1;
        }
    }
    if (lean && d.x.get() == x)
        d.x.reset(); // parsed again in the default context when a handle is needed
    ERR_clear_error();
    return cert;
}

bool Certificate::isNull() const { return !d; }
const QByteArray &Certificate::der() const
{
    static const QByteArray empty;
    return d ? d->der : empty;
}

QByteArray Certificate::toPem() const { return derToPem(der(), "CERTIFICATE"); }

int Certificate::version() const { return d->version; }
QString Certificate::domainName() const
{
    if (!d->commonName.isEmpty())
        return d->commonName;
    for (const auto &n : d->sans) {
        if (n.kind == GeneralName::Kind::Dns)
            return n.value;
    }
    return {};
}
QString Certificate::commonName() const { return d->commonName; }
const QList<GeneralName> &Certificate::subjectAlternativeNames() const { return d->sans; }
QStringList Certificate::dnsNames() const
{
    QStringList out;
    for (const auto &n : d->sans) {
        if (n.kind == GeneralName::Kind::Dns)
            out.append(n.value);
    }
    return out;
}
QString Certificate::serial() const { return d->serial; }
const DistinguishedName &Certificate::subject() const { return d->subject; }
const DistinguishedName &Certificate::issuer() const { return d->issuer; }
QDateTime Certificate::notBefore() const { return d->notBefore; }
QDateTime Certificate::notAfter() const { return d->notAfter; }
QString Certificate::keyAlgorithm() const { return d->keyAlgorithm; }
QString Certificate::signatureAlgorithm() const { return d->signatureAlgorithm; }
QString Certificate::signatureAlgorithmOid() const { return d->signatureAlgorithmOid; }
QStringList Certificate::keyUsages() const { return d->keyUsages; }
const QList<ExtendedKeyUsage> &Certificate::extendedKeyUsages() const { return d->extendedKeyUsages; }
QByteArray Certificate::sha256() const { return d->sha256; }
QByteArray Certificate::sha1() const { return d->sha1; }
QString Certificate::sha256Hex() const { return toHex(d->sha256); }
QString Certificate::sha1Hex() const { return toHex(d->sha1); }
QByteArray Certificate::subjectKeyId() const { return d->ski; }
QByteArray Certificate::authorityKeyId() const { return d->aki; }
QByteArray Certificate::publicKeySha256() const { return d->spkiSha256; }
const BasicConstraints &Certificate::basicConstraints() const { return d->basicConstraints; }
bool Certificate::isCa() const { return d->basicConstraints.ca; }
bool Certificate::isSelfSigned() const { return d->selfSigned; }
const QStringList &Certificate::crlDistributionPoints() const { return d->crlDistributionPoints; }
const QStringList &Certificate::ocspUrls() const { return d->ocspUrls; }
const QStringList &Certificate::caIssuerUrls() const { return d->caIssuerUrls; }
const QStringList &Certificate::policies() const { return d->policies; }
const QList<Extension> &Certificate::extensions() const { return d->extensions; }
X509 *Certificate::handle() const
{
    if (!d)
        return nullptr;
    std::call_once(d->handleOnce, [this] {
        if (d->x)
            return;
        const auto *p = reinterpret_cast<const unsigned char *>(d->der.constData());
        X509 *x = d2i_X509(nullptr, &p, long(d->der.size()));
        ERR_clear_error();
        if (x)
            d->x = std::shared_ptr<X509>(x, X509_free);
    });
    return d->x.get();
}

QString describeExtension(const Extension &ext)
{
    clearErrors();
    Asn1ObjectPtr obj(OBJ_txt2obj(ext.oid.toLatin1().constData(), 1));
    Asn1OctetStringPtr data(ASN1_OCTET_STRING_new());
    if (!obj || !data)
        return {};
    ASN1_OCTET_STRING_set(data.get(), reinterpret_cast<const unsigned char *>(ext.value.constData()), int(ext.value.size()));
    X509ExtensionPtr x(X509_EXTENSION_create_by_OBJ(nullptr, obj.get(), ext.critical ? 1 : 0, data.get()));
    BioPtr bio = writeBio();
    if (x && X509V3_EXT_print(bio.get(), x.get(), 0, 0) == 1) {
        ERR_clear_error();
        return QString::fromUtf8(bioContents(bio.get())).trimmed();
    }
    ERR_clear_error();
    return toColonHex(ext.value);
}

QString toHex(const QByteArray &bytes) { return QString::fromLatin1(bytes.toHex()); }
QString toColonHex(const QByteArray &bytes) { return QString::fromLatin1(bytes.toHex(':').toUpper()); }

} // namespace certdesk::core
