#include "models/deploylabels.h"

#include "dialogs/dialogcolors.h"

#include <QLocale>

namespace certdesk::ui {

QColor DeployLabels::good(const QPalette &p) { return dialogcolors::good(p); }
QColor DeployLabels::warning(const QPalette &p) { return dialogcolors::isDark(p) ? QColor(0xe3, 0xb3, 0x41) : QColor(0xb0, 0x6d, 0x00); }
QColor DeployLabels::bad(const QPalette &p) { return dialogcolors::error(p); }
QColor DeployLabels::info(const QPalette &p) { return dialogcolors::isDark(p) ? QColor(0xbc, 0x8c, 0xff) : QColor(0x6f, 0x42, 0xc1); }
QColor DeployLabels::muted(const QPalette &p) { return dialogcolors::muted(p); }

QString DeployLabels::endpointState(const QString &state)
{
    namespace S = core::EndpointState;
    if (state == S::Current)
        return tr("Current");
    if (state == S::Stale)
        return tr("Stale");
    if (state == S::Mismatch)
        return tr("Mismatch");
    if (state == S::Unknown)
        return tr("Unknown");
    if (state == S::HandshakeFailed)
        return tr("Handshake failed");
    if (state == S::Gone)
        return tr("Gone");
    if (state.isEmpty())
        return tr("Not checked");
    return state;
}

QString DeployLabels::endpointStateHelp(const QString &state)
{
    namespace S = core::EndpointState;
    if (state == S::Current)
        return tr("The endpoint serves the certificate the inventory holds as current");
    if (state == S::Stale)
        return tr("The endpoint serves an older certificate of the same managed certificate: the deployment or the "
                  "reload did not take effect");
    if (state == S::Mismatch)
        return tr("The endpoint serves another certificate of the inventory than the one deployed there");
    if (state == S::Unknown)
        return tr("The endpoint serves a certificate that is not in the inventory");
    if (state == S::HandshakeFailed)
        return tr("No certificate: the connection was refused, timed out, was not TLS, or the handshake failed");
    if (state == S::Gone)
        return tr("A later scan no longer found this endpoint");
    return tr("The endpoint has not been checked yet");
}

QColor DeployLabels::endpointColor(const QString &state, const QPalette &palette)
{
    namespace S = core::EndpointState;
    if (state == S::Current)
        return good(palette);
    if (state == S::Stale)
        return warning(palette);
    if (state == S::Unknown)
        return info(palette);
    if (state == S::Mismatch || state == S::HandshakeFailed)
        return bad(palette);
    return muted(palette);
}

QString DeployLabels::deploymentState(const core::Deployment &d)
{
    if (d.state == core::DeploymentState::Failed)
        return tr("Failed");
    if (d.state == core::DeploymentState::New)
        return tr("Not run yet");
    if (d.outOfDate())
        return tr("Out of date");
    return tr("Deployed");
}

QColor DeployLabels::deploymentColor(const core::Deployment &d, const QPalette &palette)
{
    if (d.state == core::DeploymentState::Failed)
        return bad(palette);
    if (d.state == core::DeploymentState::New)
        return muted(palette);
    if (d.outOfDate())
        return warning(palette);
    return good(palette);
}

QString DeployLabels::layoutShort(core::DeployLayout layout)
{
    using L = core::DeployLayout;
    switch (layout) {
    case L::Nginx:
        return tr("nginx");
    case L::Apache:
        return tr("Apache");
    case L::Haproxy:
        return tr("HAProxy");
    case L::PemBundle:
        return tr("PEM bundle");
    case L::Pkcs12:
        return tr("PKCS#12");
    case L::Pkcs12Legacy:
        return tr("PKCS#12 (legacy)");
    case L::Pkcs12Java:
        return tr("PKCS#12 for Java");
    }
    return core::deployLayoutName(layout);
}

QString DeployLabels::layout(core::DeployLayout layout)
{
    QStringList names;
    for (const core::DeployFileInfo &f : core::deployLayoutFiles(layout))
        names << f.name;
    return QStringLiteral("%1 (%2)").arg(layoutShort(layout), names.join(QStringLiteral(", ")));
}

QString DeployLabels::fileContents(core::DeployLayout layout, const core::DeployFileInfo &file)
{
    // The core describes contents in English; here they read in the language on screen.
    using L = core::DeployLayout;
    const QString &n = file.name;
    if (n == QLatin1String("fullchain.pem"))
        return tr("certificate, then its intermediates (PEM)");
    if (n == QLatin1String("cert.pem") || n == QLatin1String("certificate.pem"))
        return tr("certificate (PEM)");
    if (n == QLatin1String("chain.pem"))
        return tr("intermediates (PEM)");
    if (n == QLatin1String("privkey.pem"))
        return tr("private key (PEM, PKCS#8, unencrypted: the server reads it at start)");
    if (n == QLatin1String("private_key.pem"))
        return tr("private key (PEM, PKCS#8; encrypted with the password when one is set)");
    if (n == QLatin1String("haproxy.pem"))
        return tr("certificate, intermediates and private key in one file (PEM, key unencrypted)");
    if (layout == L::Pkcs12)
        return tr("certificate, intermediates and key (PKCS#12: AES-256, PBKDF2, SHA-256 MAC)");
    if (layout == L::Pkcs12Legacy)
        return tr("certificate, intermediates and key (PKCS#12 legacy: 3DES, SHA-1 MAC)");
    if (layout == L::Pkcs12Java)
        return tr("Java key store (PKCS#12): one private-key entry under the alias, key and store password the same");
    return file.contents;
}

QString DeployLabels::endpoint(const core::Deployment &d)
{
    if (d.endpointHost.isEmpty())
        return {};
    const QString hostPort = d.endpointHost.contains(QLatin1Char(':'))
        ? QStringLiteral("[%1]:%2").arg(d.endpointHost).arg(d.endpointPort)
        : QStringLiteral("%1:%2").arg(d.endpointHost).arg(d.endpointPort);
    return d.endpointSni.isEmpty() || d.endpointSni == d.endpointHost ? hostPort
                                                                       : QStringLiteral("%1 (%2)").arg(hostPort, d.endpointSni);
}

QString DeployLabels::inUse(int deployments, int endpoints, int files)
{
    QStringList parts;
    if (deployments > 0)
        parts << (deployments == 1 ? tr("1 deployment") : tr("%n deployments", nullptr, deployments));
    if (endpoints > 0)
        parts << (endpoints == 1 ? tr("1 endpoint") : tr("%n endpoints", nullptr, endpoints));
    if (files > 0)
        parts << (files == 1 ? tr("1 file") : tr("%n files", nullptr, files));
    return parts.join(QStringLiteral(" · "));
}

QString DeployLabels::files(int count) { return count == 1 ? tr("1 file") : tr("%n files", nullptr, count); }

QString DeployLabels::time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString();
}

QString DeployLabels::minute(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString DeployLabels::day(const QDateTime &t) { return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd")) : QString(); }

QString DeployLabels::ports(const QList<quint16> &ports)
{
    QStringList out;
    for (quint16 p : ports)
        out << QString::number(p);
    return out.join(QLatin1Char(','));
}

QString DeployLabels::schedule(int intervalHours)
{
    if (intervalHours <= 0)
        return tr("By hand");
    if (intervalHours == 24)
        return tr("Daily");
    if (intervalHours == 24 * 7)
        return tr("Weekly");
    return (intervalHours == 1 ? tr("Every hour") : tr("Every %n hours", nullptr, intervalHours));
}

QString DeployLabels::scanSummary(const core::ScanSummary &s)
{
    QString text = (s.probed == 1 ? tr("1 endpoint probed") : tr("%n endpoints probed", nullptr, s.probed)) + QStringLiteral(" · ")
        + tr("%n serving TLS", nullptr, s.serving) + QStringLiteral(" · ")
        + (s.newCertificates == 1 ? tr("1 new certificate") : tr("%n new certificates", nullptr, s.newCertificates));
    if (s.problems > 0)
        text += QStringLiteral(" · ") + tr("%n with problems", nullptr, s.problems);
    if (s.gone > 0)
        text += QStringLiteral(" · ") + tr("%n gone", nullptr, s.gone);
    if (s.cancelled)
        text += QStringLiteral(" · ") + tr("cancelled");
    return text;
}

QString DeployLabels::fileScanSummary(const core::FileScanSummary &s)
{
    QString text = (s.files == 1 ? tr("1 file read") : tr("%n files read", nullptr, s.files)) + QStringLiteral(" · ")
        + (s.certificates == 1 ? tr("1 certificate found") : tr("%n certificates found", nullptr, s.certificates)) + QStringLiteral(" · ")
        + tr("%n new", nullptr, s.newCertificates) + QStringLiteral(" · ")
        + (s.keysMatched == 1 ? tr("1 key file matched") : tr("%n key files matched", nullptr, s.keysMatched));
    if (!s.errors.isEmpty())
        text += QStringLiteral(" · ") + tr("%n unreadable", nullptr, int(s.errors.size()));
    if (s.cancelled)
        text += QStringLiteral(" · ") + tr("cancelled");
    return text;
}

} // namespace certdesk::ui
