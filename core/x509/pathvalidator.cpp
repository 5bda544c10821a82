#include "x509/pathvalidator.h"

#include "x509/x509util.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <vector>

namespace certdesk::core {

using namespace ossl;

namespace {

QString systemBundle()
{
    return QStringLiteral("/etc/ssl/certs/ca-certificates.crt");
}

struct Problem
{
    int depth = -1;
    int error = 0;
    QString label; // names the certificate
    QString text;
};

// Shared with the verify callback through the context's app data.
struct Recorder
{
    const ValidationOptions *options = nullptr;
    std::vector<X509CrlPtr> crls;
    QList<Problem> problems;

    bool has(int depth, std::initializer_list<int> errors) const
    {
        return std::any_of(problems.cbegin(), problems.cend(), [&](const Problem &p) {
            return p.depth == depth && std::find(errors.begin(), errors.end(), p.error) != errors.end();
        });
    }
    bool issuerHasCrl(X509 *x) const
    {
        const X509_NAME *issuer = X509_get_issuer_name(x);
        return std::any_of(crls.cbegin(), crls.cend(), [&](const X509CrlPtr &c) {
            return X509_NAME_cmp(X509_CRL_get_issuer(c.get()), issuer) == 0;
        });
    }
};

QString formatTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC")
                       : QStringLiteral("(unknown)");
}

QString formatTime(const ASN1_TIME *t)
{
    return formatTime(asn1TimeToDateTime(t).value_or(QDateTime()));
}

QString nameText(const X509_NAME *name)
{
    const QString text = name ? toDistinguishedName(name).rfc4514 : QString();
    return QLatin1Char('"') + (text.isEmpty() ? QStringLiteral("(empty name)") : text) + QLatin1Char('"');
}

QString crlIssuerText(const X509_CRL *crl)
{
    return crl ? nameText(X509_CRL_get_issuer(crl)) : QStringLiteral("its issuer");
}

QString purposeText(Purpose purpose)
{
    switch (purpose) {
    case Purpose::ServerAuth:
        return QStringLiteral("TLS server authentication");
    case Purpose::ClientAuth:
        return QStringLiteral("TLS client authentication");
    case Purpose::Any:
        break;
    }
    return QStringLiteral("the requested purpose");
}

QString namesOfKind(const Certificate &cert, GeneralName::Kind kind)
{
    QStringList names;
    for (const GeneralName &n : cert.subjectAlternativeNames())
        if (n.kind == kind)
            names << n.value;
    if (names.isEmpty() && kind == GeneralName::Kind::Dns && !cert.commonName().isEmpty())
        names << cert.commonName() + QStringLiteral(" (common name)");
    return names.isEmpty() ? QStringLiteral("it names none")
                           : QStringLiteral("it is for ") + names.join(QStringLiteral(", "));
}

QString usageText(const Certificate &cert)
{
    QStringList ekus;
    for (const ExtendedKeyUsage &e : cert.extendedKeyUsages())
        ekus << e.name;
    if (!ekus.isEmpty())
        return QStringLiteral("extended key usage: ") + ekus.join(QStringLiteral(", "));
    return QStringLiteral("key usage: ") +
           (cert.keyUsages().isEmpty() ? QStringLiteral("none") : cert.keyUsages().join(QStringLiteral(", ")));
}

QString revokedText(X509_STORE_CTX *ctx, X509 *x)
{
    X509_CRL *crl = X509_STORE_CTX_get0_current_crl(ctx);
    X509_REVOKED *entry = nullptr;
    QString text = QStringLiteral("certificate is revoked");
    if (crl && x && X509_CRL_get0_by_cert(crl, &entry, x) > 0 && entry) {
        text += QStringLiteral(" since ") + formatTime(X509_REVOKED_get0_revocationDate(entry));
        Asn1EnumeratedPtr reason(
            static_cast<ASN1_ENUMERATED *>(X509_REVOKED_get_ext_d2i(entry, NID_crl_reason, nullptr, nullptr)));
        const QString name = reason ? revocationReasonName(int(ASN1_ENUMERATED_get(reason.get()))) : QString();
        if (!name.isEmpty())
            text += QStringLiteral(" (reason: ") + name + QLatin1Char(')');
    }
    if (crl)
        text += QStringLiteral(", says the CRL from ") + crlIssuerText(crl);
    return text;
}

// Plain-English wording for an X509_V_ERR_* code about certificate x.
QString describe(int error, X509_STORE_CTX *ctx, X509 *x, const Certificate &cert, const ValidationOptions &options,
                 bool hasCrl)
{
    X509_CRL *crl = X509_STORE_CTX_get0_current_crl(ctx);
    switch (error) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return QStringLiteral("certificate expired on ") + formatTime(cert.notAfter());
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return QStringLiteral("certificate is not yet valid, it is valid from ") + formatTime(cert.notBefore());
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
        return QStringLiteral("issuer ") + nameText(x ? X509_get_issuer_name(x) : nullptr) +
               QStringLiteral(" not found: give its certificate as an intermediate, or trust it");
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        return QStringLiteral("self-signed certificate that is not trusted");
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        return QStringLiteral("self-signed root certificate that is not trusted");
    case X509_V_ERR_CERT_UNTRUSTED:
        return QStringLiteral("root certificate is not trusted for ") + purposeText(options.purpose);
    case X509_V_ERR_CERT_REJECTED:
        return QStringLiteral("certificate is explicitly distrusted for ") + purposeText(options.purpose);
    case X509_V_ERR_HOSTNAME_MISMATCH:
        return QStringLiteral("does not match host name \"%1\" (%2)")
            .arg(options.host, namesOfKind(cert, GeneralName::Kind::Dns));
    case X509_V_ERR_IP_ADDRESS_MISMATCH:
        return QStringLiteral("does not match IP address %1 (%2)")
            .arg(options.ip, namesOfKind(cert, GeneralName::Kind::Ip));
    case X509_V_ERR_EMAIL_MISMATCH:
        return QStringLiteral("does not match e-mail address %1 (%2)")
            .arg(options.email, namesOfKind(cert, GeneralName::Kind::Email));
    case X509_V_ERR_INVALID_PURPOSE:
        return (X509_STORE_CTX_get_error_depth(ctx) == 0 ? QStringLiteral("not valid for ")
                                                         : QStringLiteral("may not issue certificates for ")) +
               purposeText(options.purpose) + QStringLiteral(" (") + usageText(cert) + QLatin1Char(')');
    case X509_V_ERR_CERT_REVOKED:
        return revokedText(ctx, x);
    case X509_V_ERR_UNABLE_TO_GET_CRL:
        return QStringLiteral("revocation not checked: ") +
               (hasCrl ? QStringLiteral("the CRL given from its issuer ") : QStringLiteral("no CRL from its issuer ")) +
               nameText(x ? X509_get_issuer_name(x) : nullptr) +
               (hasCrl ? QStringLiteral(" does not cover it") : QStringLiteral(" was given"));
    case X509_V_ERR_CRL_HAS_EXPIRED:
        return QStringLiteral("revocation not checked: the CRL from %1 expired on %2")
            .arg(crlIssuerText(crl), crl ? formatTime(X509_CRL_get0_nextUpdate(crl)) : QStringLiteral("(unknown)"));
    case X509_V_ERR_CRL_NOT_YET_VALID:
        return QStringLiteral("revocation not checked: the CRL from %1 is not valid before %2")
            .arg(crlIssuerText(crl), crl ? formatTime(X509_CRL_get0_lastUpdate(crl)) : QStringLiteral("(unknown)"));
    case X509_V_ERR_CRL_SIGNATURE_FAILURE:
    case X509_V_ERR_UNABLE_TO_DECRYPT_CRL_SIGNATURE:
        return QStringLiteral("revocation not checked: the signature of the CRL from %1 does not verify")
            .arg(crlIssuerText(crl));
    case X509_V_ERR_UNABLE_TO_GET_CRL_ISSUER:
        return QStringLiteral("revocation not checked: the certificate that issued the CRL from %1 was not found")
            .arg(crlIssuerText(crl));
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
    case X509_V_ERR_UNABLE_TO_DECRYPT_CERT_SIGNATURE:
        return QStringLiteral("signature does not verify with the public key of its issuer ") +
               nameText(x ? X509_get_issuer_name(x) : nullptr);
    case X509_V_ERR_PATH_LENGTH_EXCEEDED:
        return QStringLiteral(
                   "path length constraint exceeded: pathlen:%1 allows %1 intermediate CA certificate(s) below it")
            .arg(cert.basicConstraints().pathLength);
    case X509_V_ERR_INVALID_CA:
        return QStringLiteral("issues certificates but is not a CA certificate (basicConstraints CA:TRUE is missing)");
    case X509_V_ERR_KEYUSAGE_NO_CERTSIGN:
        return QStringLiteral("issues certificates but its key usage does not allow it (keyCertSign is missing)");
    case X509_V_ERR_KEYUSAGE_NO_CRL_SIGN:
        return QStringLiteral("issued a CRL but its key usage does not allow it (cRLSign is missing)");
    default:
        break;
    }
    return QString::fromUtf8(X509_verify_cert_error_string(error)) + QStringLiteral(" (OpenSSL error %1)").arg(error);
}

QString labelOf(const Certificate &cert, X509 *x)
{
    if (!cert.isNull())
        return !cert.domainName().isEmpty() ? cert.domainName() : cert.subject().rfc4514;
    return x ? toDistinguishedName(X509_get_subject_name(x)).rfc4514 : QStringLiteral("certificate");
}

// Records each error and returns 1 so that OpenSSL goes on and reports the next one.
int verifyCallback(int ok, X509_STORE_CTX *ctx)
{
    if (ok)
        return 1;
    auto *rec = static_cast<Recorder *>(X509_STORE_CTX_get_app_data(ctx));
    if (!rec)
        return ok; // a nested context (CRL path): its errors surface through ours
    const int error = X509_STORE_CTX_get_error(ctx);
    const int depth = X509_STORE_CTX_get_error_depth(ctx);
    X509 *x = X509_STORE_CTX_get_current_cert(ctx);
    if (!x) {
        STACK_OF(X509) *chain = X509_STORE_CTX_get0_chain(ctx);
        x = depth >= 0 && depth < sk_X509_num(chain) ? sk_X509_value(chain, depth) : nullptr;
    }
    if (error == X509_V_ERR_UNABLE_TO_GET_CRL) {
        const bool anchor = depth >= X509_STORE_CTX_get_num_untrusted(ctx);
        if (anchor || (depth > 0 && x && !rec->issuerHasCrl(x)))
            return 1; // see ValidationOptions::crls
    }
    // Follow-ups of a missing issuer: said already.
    if ((error == X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE || error == X509_V_ERR_UNABLE_TO_GET_CRL) &&
        rec->has(depth, {X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT, X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY}))
        return 1;
    Certificate cert;
    if (x) {
        if (auto parsed = Certificate::fromX509(x))
            cert = *parsed;
    }
    Problem p{depth, error, labelOf(cert, x), describe(error, ctx, x, cert, *rec->options, x && rec->issuerHasCrl(x))};
    const bool known = std::any_of(rec->problems.cbegin(), rec->problems.cend(),
                                   [&](const Problem &q) { return q.depth == p.depth && q.text == p.text; });
    if (!known)
        rec->problems.append(std::move(p));
    ERR_clear_error();
    return 1;
}

bool hasHashLinks(const QString &dir)
{
    QDir d(dir);
    return !dir.isEmpty() && d.exists() && !d.entryList({QStringLiteral("????????.[0-9]")}, QDir::Files).isEmpty();
}

void loadSystemTrust(X509_STORE *store, const QString &dir, QStringList *problems)
{
    clearErrors();
    if (hasHashLinks(dir)) {
        if (X509_STORE_load_path(store, QFile::encodeName(dir).constData()) != 1)
            *problems << QStringLiteral("cannot use the system trust store %1: %2").arg(dir, drainErrors());
    } else if (QFileInfo::exists(systemBundle())) {
        if (X509_STORE_load_file(store, QFile::encodeName(systemBundle()).constData()) != 1)
            *problems << QStringLiteral("cannot read the system trust store %1: %2").arg(systemBundle(), drainErrors());
    } else {
        *problems << QStringLiteral("no system trust store: %1 holds no hashed certificates and %2 does not exist")
                         .arg(dir, systemBundle());
    }
    ERR_clear_error();
}

// Applies time, names, purpose and flags; returns problems with the options themselves.
QStringList configure(X509_STORE_CTX *ctx, const ValidationOptions &options, bool checkCrls)
{
    QStringList problems;
    X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(ctx);
    unsigned long flags = X509_V_FLAG_PARTIAL_CHAIN;
    if (checkCrls)
        flags |= X509_V_FLAG_CRL_CHECK | X509_V_FLAG_CRL_CHECK_ALL;
    X509_VERIFY_PARAM_set_flags(param, flags);

    QDateTime at = options.at.value_or(QDateTime::currentDateTimeUtc());
    if (!at.isValid()) {
        problems << QStringLiteral("the validation time is not a valid date and time");
        at = QDateTime::currentDateTimeUtc();
    }
    X509_VERIFY_PARAM_set_time(param, time_t(at.toSecsSinceEpoch()));

    X509_VERIFY_PARAM_set_hostflags(param, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
    if (!options.host.isEmpty()) {
        const QByteArray host = options.host.toUtf8();
        if (X509_VERIFY_PARAM_set1_host(param, host.constData(), size_t(host.size())) != 1)
            problems << QStringLiteral("\"%1\" is not a usable host name").arg(options.host);
    }
    if (!options.ip.isEmpty() && X509_VERIFY_PARAM_set1_ip_asc(param, options.ip.toLatin1().constData()) != 1)
        problems << QStringLiteral("\"%1\" is not an IP address").arg(options.ip);
    if (!options.email.isEmpty()) {
        const QByteArray email = options.email.toUtf8();
        if (X509_VERIFY_PARAM_set1_email(param, email.constData(), size_t(email.size())) != 1)
            problems << QStringLiteral("\"%1\" is not a usable e-mail address").arg(options.email);
    }
    if (options.purpose != Purpose::Any) {
        const int purpose = options.purpose == Purpose::ServerAuth ? X509_PURPOSE_SSL_SERVER : X509_PURPOSE_SSL_CLIENT;
        if (X509_STORE_CTX_set_purpose(ctx, purpose) != 1)
            problems
                << QStringLiteral("cannot set the purpose %1: %2").arg(purposeText(options.purpose), drainErrors());
    }
    ERR_clear_error();
    return problems;
}

} // namespace

QString ValidationResult::summary() const
{
    if (valid)
        return QStringLiteral("valid");
    return problems.isEmpty() ? QStringLiteral("invalid") : problems.first();
}

ValidationResult PathValidator::validate(const Certificate &leaf, const ValidationOptions &options)
{
    ValidationResult result;
    clearErrors();
    if (leaf.isNull()) {
        result.problems << QStringLiteral("no certificate to validate");
        return result;
    }
    X509StorePtr store(X509_STORE_new());
    X509StoreCtxPtr ctx(X509_STORE_CTX_new());
    X509StackPtr untrusted(sk_X509_new_null());
    if (!store || !ctx || !untrusted) {
        result.problems << QStringLiteral("cannot set up the verifier: ") + drainErrors();
        return result;
    }

    QStringList inputProblems;
    for (const Certificate &c : options.trusted)
        if (!c.isNull() && X509_STORE_add_cert(store.get(), c.handle()) != 1) // takes its own reference
            inputProblems << QStringLiteral("cannot add trust anchor %1: %2").arg(labelOf(c, nullptr), drainErrors());
    if (options.systemTrust)
        loadSystemTrust(store.get(), options.systemTrustDir, &inputProblems);

    Recorder rec;
    rec.options = &options;
    for (const Crl &crl : options.crls) {
        const auto *p = reinterpret_cast<const unsigned char *>(crl.der().constData());
        X509CrlPtr x(d2i_X509_CRL(nullptr, &p, long(crl.der().size())));
        if (!x || X509_STORE_add_crl(store.get(), x.get()) != 1) { // takes its own reference
            inputProblems
                << QStringLiteral("cannot use the CRL from \"%1\": %2").arg(crl.issuer().rfc4514, drainErrors());
            continue;
        }
        rec.crls.push_back(std::move(x));
    }
    for (const Certificate &c : options.untrusted) {
        if (c.isNull() || X509_up_ref(c.handle()) != 1)
            continue;
        if (!sk_X509_push(untrusted.get(), c.handle()))
            X509_free(c.handle()); // drop the reference taken for the stack
    }

    if (X509_STORE_CTX_init(ctx.get(), store.get(), leaf.handle(), untrusted.get()) != 1) {
        result.problems << inputProblems << QStringLiteral("cannot set up the verifier: ") + drainErrors();
        return result;
    }
    inputProblems << configure(ctx.get(), options, !rec.crls.empty());
    X509_STORE_CTX_set_verify_cb(ctx.get(), verifyCallback);
    X509_STORE_CTX_set_app_data(ctx.get(), &rec);

    const int rc = X509_verify_cert(ctx.get());
    if (rc != 1 && rec.problems.isEmpty()) {
        const int error = X509_STORE_CTX_get_error(ctx.get());
        const QString openssl = drainErrors();
        rec.problems.append(
            Problem{-1, error, QString(),
                    QStringLiteral("verification failed: ") + QString::fromUtf8(X509_verify_cert_error_string(error)) +
                        (openssl.isEmpty() ? QString() : QStringLiteral(" (") + openssl + QLatin1Char(')'))});
    }
    X509_STORE_CTX_set_app_data(ctx.get(), nullptr);

    // The chain as far as it was built, leaf first; the certificates from the store are the anchors.
    X509StackPtr chain(X509_STORE_CTX_get1_chain(ctx.get()));
    const int numUntrusted = X509_STORE_CTX_get_num_untrusted(ctx.get());
    for (int i = 0; i < sk_X509_num(chain.get()); ++i) {
        auto cert = Certificate::fromX509(sk_X509_value(chain.get(), i));
        if (!cert)
            break;
        result.chain.append(ChainElement{*cert, i, chain && i >= numUntrusted, {}});
    }
    if (result.chain.isEmpty())
        result.chain.append(ChainElement{leaf, 0, false, {}});

    std::stable_sort(rec.problems.begin(), rec.problems.end(),
                     [](const Problem &a, const Problem &b) { return a.depth < b.depth; });
    result.problems = inputProblems;
    for (const Problem &p : std::as_const(rec.problems)) {
        if (p.depth >= 0 && p.depth < result.chain.size())
            result.chain[p.depth].problems << p.text;
        result.problems << (p.label.isEmpty()
                                ? p.text
                                : QStringLiteral("%1 (depth %2): %3").arg(p.label, QString::number(p.depth), p.text));
    }
    result.valid = rc == 1 && result.problems.isEmpty();
    ERR_clear_error();
    return result;
}

} // namespace certdesk::core
