#include "models/labels.h"

#include "inventory/certificatefilter.h"

#include <utility>

namespace certdesk::ui {

QString Labels::status(const QString &status)
{
    if (status == core::Status::Issued)
        return tr("Issued");
    if (status == core::Status::Expired)
        return tr("Expired");
    if (status == core::Status::NotYetValid)
        return tr("Not yet valid");
    if (status == core::Status::Revoked)
        return tr("Revoked");
    return status;
}

QString Labels::type(const QString &type)
{
    if (type == QLatin1String("IMPORTED"))
        return tr("Imported");
    if (type == QLatin1String("PRIVATE"))
        return tr("Private");
    if (type == QLatin1String("PUBLIC"))
        return tr("Public");
    return type;
}

QString Labels::keyAlgorithm(const QString &keyAlgorithm)
{
    static const struct
    {
        QLatin1StringView curve;
        QLatin1StringView label;
    } curves[] = {
        {QLatin1StringView("prime256v1"), QLatin1StringView("P-256")},
        {QLatin1StringView("secp384r1"), QLatin1StringView("P-384")},
        {QLatin1StringView("secp521r1"), QLatin1StringView("P-521")},
    };
    if (keyAlgorithm == QLatin1String("ED25519"))
        return QStringLiteral("Ed25519");
    if (keyAlgorithm == QLatin1String("ED448"))
        return QStringLiteral("Ed448");
    const qsizetype underscore = keyAlgorithm.indexOf(QLatin1Char('_'));
    if (underscore < 0)
        return keyAlgorithm;
    const QString family = keyAlgorithm.left(underscore);
    const QString detail = keyAlgorithm.mid(underscore + 1);
    if (family == QLatin1String("EC")) {
        for (const auto &c : curves) {
            if (detail == c.curve)
                return QStringLiteral("EC ") + c.label;
        }
    }
    return family + QLatin1Char(' ') + detail;
}

QString Labels::eventKind(const QString &kind)
{
    if (kind == QLatin1String("import"))
        return tr("Imported");
    if (kind == QLatin1String("key-import"))
        return tr("Key imported");
    if (kind == QLatin1String("key-use"))
        return tr("Key used");
    if (kind == QLatin1String("delete"))
        return tr("Deleted");
    if (kind == QLatin1String("tag"))
        return tr("Tagged");
    if (kind == QLatin1String("untag"))
        return tr("Untagged");
    if (kind == QLatin1String("revoke"))
        return tr("Revoked");
    if (kind == QLatin1String("export"))
        return tr("Exported");
    // Private CAs.
    if (kind == QLatin1String("issue"))
        return tr("Issued");
    if (kind == QLatin1String("unrevoke"))
        return tr("Hold released");
    if (kind == QLatin1String("ca-create"))
        return tr("CA created");
    if (kind == QLatin1String("ca-activate"))
        return tr("CA certificate installed");
    if (kind == QLatin1String("ca-disable"))
        return tr("CA disabled");
    if (kind == QLatin1String("ca-enable"))
        return tr("CA enabled");
    if (kind == QLatin1String("ca-delete"))
        return tr("CA deleted");
    if (kind == QLatin1String("ca-restore"))
        return tr("CA restored");
    if (kind == QLatin1String("ca-purge"))
        return tr("CA purged");
    return kind;
}

QString Labels::caState(const QString &state)
{
    if (state == QLatin1String("ACTIVE"))
        return tr("Active");
    if (state == QLatin1String("DISABLED"))
        return tr("Disabled");
    if (state == QLatin1String("EXPIRED"))
        return tr("Expired");
    if (state == QLatin1String("PENDING_CERTIFICATE"))
        return tr("Waiting for its certificate");
    if (state == QLatin1String("DELETED"))
        return tr("Deleted");
    return state;
}

QString Labels::caKind(const QString &kind)
{
    if (kind == QLatin1String("ROOT"))
        return tr("Root CA");
    if (kind == QLatin1String("SUBORDINATE"))
        return tr("Subordinate CA");
    return kind;
}

QString Labels::revocationReason(const QString &reason)
{
    static const struct
    {
        QLatin1StringView name;
        const char *label;
    } reasons[] = {
        {QLatin1StringView("unspecified"), QT_TR_NOOP("Unspecified")},
        {QLatin1StringView("keyCompromise"), QT_TR_NOOP("Key compromise")},
        {QLatin1StringView("cACompromise"), QT_TR_NOOP("CA compromise")},
        {QLatin1StringView("affiliationChanged"), QT_TR_NOOP("Affiliation changed")},
        {QLatin1StringView("superseded"), QT_TR_NOOP("Superseded")},
        {QLatin1StringView("cessationOfOperation"), QT_TR_NOOP("Cessation of operation")},
        {QLatin1StringView("certificateHold"), QT_TR_NOOP("Certificate hold")},
        {QLatin1StringView("removeFromCRL"), QT_TR_NOOP("Remove from CRL")},
        {QLatin1StringView("privilegeWithdrawn"), QT_TR_NOOP("Privilege withdrawn")},
        {QLatin1StringView("aACompromise"), QT_TR_NOOP("Attribute authority compromise")},
    };
    for (const auto &r : reasons) {
        if (reason == r.name)
            return tr(r.label);
    }
    return reason;
}

QString Labels::templateName(const QString &name)
{
    if (name == QLatin1String("EndEntityCertificate"))
        return tr("TLS server and client");
    if (name == QLatin1String("EndEntityServerAuth"))
        return tr("TLS server");
    if (name == QLatin1String("EndEntityClientAuth"))
        return tr("TLS client");
    if (name == QLatin1String("CodeSigning"))
        return tr("Code signing");
    if (name == QLatin1String("OCSPSigning"))
        return tr("OCSP responder");
    if (name == QLatin1String("RootCA"))
        return tr("Root CA");
    static const QLatin1StringView subordinate("SubordinateCA_PathLen");
    if (name.startsWith(subordinate))
        return tr("Subordinate CA, path length %1").arg(name.mid(subordinate.size()));
    return name;
}

QString Labels::templateDescription(const QString &name, const QString &fallback)
{
    if (name == QLatin1String("EndEntityCertificate"))
        return tr("For servers and clients alike: both TLS extended key usages.");
    if (name == QLatin1String("EndEntityServerAuth"))
        return tr("For a TLS server: web servers, APIs, mail and database servers.");
    if (name == QLatin1String("EndEntityClientAuth"))
        return tr("For a TLS client: mutual TLS between services, VPN users.");
    if (name == QLatin1String("CodeSigning"))
        return tr("Signs software and scripts.");
    if (name == QLatin1String("OCSPSigning"))
        return tr("A delegated OCSP responder (with OCSP no-check).");
    if (name == QLatin1String("RootCA"))
        return tr("A self-signed root CA without a path length limit.");
    static const QLatin1StringView subordinate("SubordinateCA_PathLen");
    if (name.startsWith(subordinate)) {
        const int n = name.mid(subordinate.size()).toInt();
        return n == 0 ? tr("A subordinate CA that issues only end-entity certificates.")
                      : tr("A subordinate CA with at most %n CA levels below it.", nullptr, n);
    }
    return fallback;
}

namespace {

// A machine name found in a table of (name, untranslated label) pairs, translated; else the name.
template<size_t N>
QString lookUp(const QString &name, const std::pair<QLatin1StringView, const char *> (&table)[N])
{
    for (const auto &[key, label] : table) {
        if (name == key)
            return Labels::tr(label);
    }
    return name;
}

} // namespace

QString Labels::managedStatus(const QString &status)
{
    static const std::pair<QLatin1StringView, const char *> table[] = {
        {QLatin1StringView("PENDING_VALIDATION"), QT_TR_NOOP("Pending validation")},
        {QLatin1StringView("ISSUED"), QT_TR_NOOP("Issued")},
        {QLatin1StringView("INACTIVE"), QT_TR_NOOP("Inactive")},
        {QLatin1StringView("EXPIRED"), QT_TR_NOOP("Expired")},
        {QLatin1StringView("VALIDATION_TIMED_OUT"), QT_TR_NOOP("Validation timed out")},
        {QLatin1StringView("REVOKED"), QT_TR_NOOP("Revoked")},
        {QLatin1StringView("FAILED"), QT_TR_NOOP("Failed")},
    };
    return lookUp(status, table);
}

QString Labels::renewalStatus(const QString &status)
{
    static const std::pair<QLatin1StringView, const char *> table[] = {
        {QLatin1StringView("PENDING_AUTO_RENEWAL"), QT_TR_NOOP("Pending auto-renewal")},
        {QLatin1StringView("PENDING_VALIDATION"), QT_TR_NOOP("Waiting for the certificate")},
        {QLatin1StringView("SUCCESS"), QT_TR_NOOP("Renewed")},
        {QLatin1StringView("FAILED"), QT_TR_NOOP("Renewal failed")},
    };
    return lookUp(status, table);
}

QString Labels::renewalEligibility(const QString &value)
{
    static const std::pair<QLatin1StringView, const char *> table[] = {
        {QLatin1StringView("ELIGIBLE"), QT_TR_NOOP("Eligible")},
        {QLatin1StringView("INELIGIBLE"), QT_TR_NOOP("Ineligible")},
    };
    return lookUp(value, table);
}

QString Labels::issuerKind(const QString &kind)
{
    static const std::pair<QLatin1StringView, const char *> table[] = {
        {QLatin1StringView("PRIVATE_CA"), QT_TR_NOOP("Private CA")},
        {QLatin1StringView("ACME"), QT_TR_NOOP("ACME account")},
        {QLatin1StringView("EXTERNAL"), QT_TR_NOOP("External CA")},
    };
    return lookUp(kind, table);
}

QString Labels::managedAction(const QString &action)
{
    static const std::pair<QLatin1StringView, const char *> table[] = {
        {QLatin1StringView("REQUEST"), QT_TR_NOOP("Requested")},
        {QLatin1StringView("ISSUE"), QT_TR_NOOP("Issued")},
        {QLatin1StringView("ISSUE_FAILED"), QT_TR_NOOP("Not issued")},
        {QLatin1StringView("CSR"), QT_TR_NOOP("CSR created")},
        {QLatin1StringView("MATCH"), QT_TR_NOOP("Certificate imported and matched")},
        {QLatin1StringView("RENEW"), QT_TR_NOOP("Renewed")},
        {QLatin1StringView("RENEW_FAILED"), QT_TR_NOOP("Renewal failed")},
        {QLatin1StringView("SETTINGS"), QT_TR_NOOP("Renewal settings changed")},
        {QLatin1StringView("DEACTIVATE"), QT_TR_NOOP("Deactivated")},
        {QLatin1StringView("REACTIVATE"), QT_TR_NOOP("Reactivated")},
        {QLatin1StringView("ADOPT"), QT_TR_NOOP("Adopted")},
        {QLatin1StringView("FAILED"), QT_TR_NOOP("Failed")},
    };
    return lookUp(action, table);
}

QString Labels::renewalResult(const QString &result)
{
    static const std::pair<QLatin1StringView, const char *> table[] = {
        {QLatin1StringView("RENEWED"), QT_TR_NOOP("Renewed")},
        {QLatin1StringView("CSR_CREATED"), QT_TR_NOOP("CSR created")},
        {QLatin1StringView("WOULD_RENEW"), QT_TR_NOOP("Would renew")},
        {QLatin1StringView("FAILED"), QT_TR_NOOP("Failed")},
        {QLatin1StringView("SKIPPED"), QT_TR_NOOP("Skipped")},
    };
    return lookUp(result, table);
}

} // namespace certdesk::ui
