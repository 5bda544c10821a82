#pragma once

#include "deploy/deployments.h"
#include "deploy/discovery.h"

#include <QColor>
#include <QCoreApplication>
#include <QPalette>
#include <QString>

namespace certdesk::ui {

// Words and colours for deployments and endpoints, shared by the Deployments and Discovery
// pages, the Deploy dialog and the details panel.
class DeployLabels
{
    Q_DECLARE_TR_FUNCTIONS(certdesk::ui::DeployLabels)

public:
    // CURRENT -> "Current", STALE -> "Stale", HANDSHAKE_FAILED -> "Handshake failed" ...
    static QString endpointState(const QString &state);
    // What the state means, in a sentence (tooltips).
    static QString endpointStateHelp(const QString &state);
    static QColor endpointColor(const QString &state, const QPalette &palette);
    // "Deployed", "Failed", "Not run yet", and "Out of date" for a deployment whose certificate was renewed.
    static QString deploymentState(const core::Deployment &d);
    static QColor deploymentColor(const core::Deployment &d, const QPalette &palette);
    // nginx -> "nginx (fullchain.pem, privkey.pem)".
    static QString layout(core::DeployLayout layout);
    static QString layoutShort(core::DeployLayout layout); // nginx, Apache, HAProxy, PEM bundle, PKCS#12 ...
    // The contents line of a preview file, in the language on screen.
    static QString fileContents(core::DeployLayout layout, const core::DeployFileInfo &file);
    // host:port (SNI), or "" without an endpoint.
    static QString endpoint(const core::Deployment &d);
    // "2 deployments · 1 endpoint · 1 file" ("" for none).
    static QString inUse(int deployments, int endpoints, int files);
    static QString files(int count); // "1 file", "3 files"
    static QString time(const QDateTime &t);   // 2026-01-02 13:45 UTC, "" when invalid
    static QString minute(const QDateTime &t); // 2026-01-02 13:45 (UTC, said by the header)
    static QString day(const QDateTime &t);    // 2026-01-02
    static QString ports(const QList<quint16> &ports);
    static QString schedule(int intervalHours); // "Daily", "Every 6 hours", "By hand"
    static QString scanSummary(const core::ScanSummary &s);
    static QString fileScanSummary(const core::FileScanSummary &s);

    // Good, warning, bad, neutral and muted tones that read on light and dark palettes.
    static QColor good(const QPalette &p);
    static QColor warning(const QPalette &p);
    static QColor bad(const QPalette &p);
    static QColor info(const QPalette &p);
    static QColor muted(const QPalette &p);
};

} // namespace certdesk::ui
