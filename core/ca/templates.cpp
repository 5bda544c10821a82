#include "ca/templates.h"

namespace certdesk::core {

namespace {

QList<CertificateTemplate> buildTemplates()
{
    const QString ds = QStringLiteral("DIGITAL_SIGNATURE");
    const QString ke = QStringLiteral("KEY_ENCIPHERMENT");
    const QString certSign = QStringLiteral("CERTIFICATE_SIGNING");
    const QString crlSign = QStringLiteral("CRL_SIGNING");
    const QString server = QStringLiteral("TLS_WEB_SERVER_AUTHENTICATION");
    const QString client = QStringLiteral("TLS_WEB_CLIENT_AUTHENTICATION");
    QList<CertificateTemplate> out;
    out.append({QStringLiteral("EndEntityCertificate"), QStringLiteral("TLS server and client (both EKUs)"),
                {ds, ke}, {server, client}, false, std::nullopt, false, true});
    out.append({QStringLiteral("EndEntityServerAuth"), QStringLiteral("TLS server"), {ds, ke}, {server}, false,
                std::nullopt, false, true});
    out.append({QStringLiteral("EndEntityClientAuth"), QStringLiteral("TLS client (mTLS between services)"), {ds},
                {client}, false, std::nullopt, false, true});
    out.append({QStringLiteral("CodeSigning"), QStringLiteral("Code signing"), {ds}, {QStringLiteral("CODE_SIGNING")},
                false, std::nullopt, false, true});
    out.append({QStringLiteral("OCSPSigning"), QStringLiteral("Delegated OCSP responder (with OCSP no-check)"), {ds},
                {QStringLiteral("OCSP_SIGNING")}, false, std::nullopt, true, false});
    for (int n = 0; n <= 3; ++n)
        out.append({QStringLiteral("SubordinateCA_PathLen%1").arg(n),
                    QStringLiteral("Subordinate CA, at most %1 CA%2 below it").arg(n).arg(n == 1 ? QString() : QStringLiteral("s")),
                    {ds, certSign, crlSign}, {}, true, n, false, false});
    out.append({QStringLiteral("RootCA"), QStringLiteral("Self-signed root CA (no path length limit)"),
                {ds, certSign, crlSign}, {}, true, std::nullopt, false, false});
    return out;
}

} // namespace

const QList<CertificateTemplate> &certificateTemplates()
{
    static const QList<CertificateTemplate> templates = buildTemplates();
    return templates;
}

Result<CertificateTemplate> certificateTemplate(const QString &name)
{
    QStringList names;
    for (const CertificateTemplate &t : certificateTemplates()) {
        if (t.name.compare(name, Qt::CaseInsensitive) == 0)
            return t;
        names << t.name;
    }
    return fail(ErrorCode::NotFound,
                QStringLiteral("unknown template \"%1\" (templates: %2)").arg(name, names.join(QStringLiteral(", "))));
}

} // namespace certdesk::core
