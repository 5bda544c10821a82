#include "commands/caactions.h"

#include "ca/certificateauthority.h"
#include "crypto/securefile.h"
#include "dialogs/deletecadialog.h"
#include "dialogs/issuecertificatedialog.h"
#include "dialogs/revokedialog.h"
#include "inventory/inventory.h"
#include "models/labels.h"
#include "uiresources.h"
#include "wizards/createcawizard.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>

namespace certdesk::ui {

namespace {

QString nativePath(const QString &path) { return QDir::toNativeSeparators(path); }

bool isDerName(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("der") || suffix == QLatin1String("cer");
}

CaOutcome written(const QString &path, const QByteArray &data)
{
    if (auto w = core::writeFileAtomically(path, data); !w)
        return CaOutcome::failed(w.error().prefixed(nativePath(path)));
    CaOutcome out = CaOutcome::done();
    out.files << path;
    return out;
}

} // namespace

CaActions::CaActions(core::Inventory &inventory, core::CertificateAuthorities &reader, QWidget *dialogParent,
                     SelectionProvider selection)
    : QObject(dialogParent)
    , m_inventory(inventory)
    , m_reader(reader)
    , m_parent(dialogParent)
    , m_selection(std::move(selection))
    , m_defaultFolder(QDir::homePath())
{
    const auto add = [this](const QString &text, const QString &icon, const QKeySequence &shortcut, auto slot) {
        auto *a = new QAction(svgIcon(icon), text, this);
        a->setShortcut(shortcut);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, [this, slot] {
            Q_EMIT activated();
            slot();
        });
        m_actions << a;
        return a;
    };
    const auto selectedCa = [this]() -> qint64 {
        const CaSelection s = m_selection();
        return s.ca ? s.ca->id : 0;
    };
    // In Action order. Icons: resources/icons/<name>.svg.
    add(tr("&New CA…"), QStringLiteral("ca-new"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] { createCa(); });
    add(tr("&Issue Certificate…"), QStringLiteral("issue"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
        [this] { issueCertificate(); });
    add(tr("&Revoke…"), QStringLiteral("revoke"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] {
        const CaSelection s = m_selection();
        if (s.certificate)
            revokeCertificate(s.certificate->certificateId);
    });
    add(tr("Release &Hold"), QStringLiteral("enable"), QKeySequence(), [this] {
        const CaSelection s = m_selection();
        if (s.certificate)
            revoke(s.certificate->certificateId, QStringLiteral("removeFromCRL"));
    });
    add(tr("&Generate CRL"), QStringLiteral("crl"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), [this, selectedCa] {
        if (const qint64 id = selectedCa())
            generateCrl(id);
    });
    // Export actions: a file name for the chosen CA (suggested from its name), then the work.
    auto exporting = [this](const QString &title, const QString &suffix, const QString &filters,
                            void (CaActions::*work)(qint64, const QString &)) {
        return [this, title, suffix, filters, work] {
            const CaSelection s = m_selection();
            if (!s.ca)
                return;
            const QString path = saveFileName(title, caFileBase(*s.ca) + suffix, filters);
            if (!path.isEmpty())
                (this->*work)(s.ca->id, path);
        };
    };
    add(tr("Export CA &Certificate…"), QStringLiteral("export"), QKeySequence(),
        exporting(tr("Export the CA Certificate"), QStringLiteral(".pem"),
                  tr("PEM certificate (*.pem *.crt);;DER certificate (*.der *.cer)"), &CaActions::exportCertificate));
    add(tr("E&xport Chain…"), QStringLiteral("export"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
        exporting(tr("Export the CA Chain"), QStringLiteral("-chain.pem"), tr("PEM certificates (*.pem *.crt)"),
                  &CaActions::exportChain));
    add(tr("Export C&SR…"), QStringLiteral("export"), QKeySequence(),
        exporting(tr("Export the Certificate Signing Request"), QStringLiteral(".csr"),
                  tr("Certificate signing request (*.csr *.pem)"), &CaActions::exportCsr));
    add(tr("Ins&tall Certificate…"), QStringLiteral("import"), QKeySequence(), [this] {
        const CaSelection s = m_selection();
        if (!s.ca)
            return;
        const QString path = QFileDialog::getOpenFileName(
            m_parent, tr("Install the Signed CA Certificate"), m_defaultFolder,
            tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
        if (!path.isEmpty())
            installCertificate(s.ca->id, path);
    });
    add(tr("&Audit Report…"), QStringLiteral("report"), QKeySequence(), [this] {
        const CaSelection s = m_selection();
        if (!s.ca)
            return;
        QString path = saveFileName(tr("Save the Audit Report"), caFileBase(*s.ca) + QStringLiteral("-audit.csv"),
                                    tr("CSV (*.csv);;JSON (*.json)"));
        if (!path.isEmpty())
            auditReport(s.ca->id, path);
    });
    add(tr("&Disable"), QStringLiteral("disable"), QKeySequence(), [this, selectedCa] {
        if (const qint64 id = selectedCa())
            setEnabled(id, false);
    });
    add(tr("&Enable"), QStringLiteral("enable"), QKeySequence(), [this, selectedCa] {
        if (const qint64 id = selectedCa())
            setEnabled(id, true);
    });
    add(tr("De&lete CA…"), QStringLiteral("delete"), QKeySequence(), [this] {
        const CaSelection s = m_selection();
        if (!s.ca)
            return;
        DeleteCaDialog dialog(s.ca->name, s.ca->issuedCount, m_parent);
        if (dialog.exec() == QDialog::Accepted)
            remove(s.ca->id, dialog.restoreDays());
    });
    add(tr("Rest&ore"), QStringLiteral("restore"), QKeySequence(), [this, selectedCa] {
        if (const qint64 id = selectedCa())
            restore(id);
    });

    action(Action::NewCa)->setToolTip(tr("Create a root or subordinate CA (%1)")
                                          .arg(action(Action::NewCa)->shortcut().toString(QKeySequence::NativeText)));
    action(Action::Issue)->setToolTip(tr("Issue a certificate from the selected CA (%1)")
                                          .arg(action(Action::Issue)->shortcut().toString(QKeySequence::NativeText)));
    action(Action::Revoke)->setToolTip(tr("Revoke the selected certificate (%1)")
                                           .arg(action(Action::Revoke)->shortcut().toString(QKeySequence::NativeText)));
    action(Action::ReleaseHold)->setToolTip(tr("Make a certificate on hold valid again"));
    action(Action::GenerateCrl)->setToolTip(tr("Sign and publish the next CRL of the selected CA (%1)")
                                                .arg(action(Action::GenerateCrl)->shortcut().toString(QKeySequence::NativeText)));
    action(Action::ExportChain)->setToolTip(tr("Save the CA certificate and its issuers as PEM (%1)")
                                                .arg(action(Action::ExportChain)->shortcut().toString(QKeySequence::NativeText)));
    action(Action::ExportCsr)->setToolTip(tr("Save the CSR to have the CA signed by an external CA"));
    action(Action::InstallCertificate)->setToolTip(tr("Install the certificate the external CA signed"));
    action(Action::AuditReport)->setToolTip(tr("Save every use of the CA's key as CSV or JSON"));
    action(Action::Disable)->setToolTip(tr("Stop issuing from the CA; revocation and CRLs go on"));
    action(Action::Delete)->setToolTip(tr("Delete the CA; it can be restored for up to 30 days"));
}

CaActions::~CaActions() { delete m_command.data(); }

QString CaActions::caFileBase(const core::CaInfo &ca) const
{
    QString base = ca.name;
    base.replace(QLatin1Char('/'), QLatin1Char('_'));
    return base;
}

QString CaActions::saveFileName(const QString &title, const QString &suggested, const QString &filters)
{
    QString selected;
    QString path = QFileDialog::getSaveFileName(m_parent, title, QDir(m_defaultFolder).filePath(suggested), filters, &selected);
    if (path.isEmpty())
        return path;
    if (QFileInfo(path).suffix().isEmpty()) {
        // No suffix typed: the one of the chosen filter.
        static const QRegularExpression firstPattern(QStringLiteral("\\*\\.(\\w+)"));
        const auto match = firstPattern.match(selected);
        if (match.hasMatch())
            path += QLatin1Char('.') + match.captured(1);
    }
    m_defaultFolder = QFileInfo(path).absolutePath();
    return path;
}

void CaActions::update()
{
    const CaSelection s = m_selection ? m_selection() : CaSelection();
    const bool idle = !isBusy();
    const auto is = [&s](core::CaState state) { return s.ca && s.ca->state == state; };
    const bool hasCert = s.ca && s.ca->certificateId.has_value();
    const bool deleted = is(core::CaState::Deleted);
    const auto set = [this, idle](Action a, bool enabled) { action(a)->setEnabled(idle && enabled); };
    const auto show = [this](Action a, bool visible) { action(a)->setVisible(visible); };
    set(Action::NewCa, true);
    set(Action::Issue, is(core::CaState::Active));
    const bool held = s.certificate && s.certificate->status == core::Status::Revoked
        && s.certificate->revocationReason == QLatin1String("certificateHold");
    set(Action::Revoke, s.certificate && !deleted && (s.certificate->status != core::Status::Revoked || held));
    set(Action::ReleaseHold, held && !deleted);
    show(Action::ReleaseHold, held);
    set(Action::GenerateCrl, is(core::CaState::Active) || is(core::CaState::Disabled));
    set(Action::ExportCertificate, hasCert);
    set(Action::ExportChain, hasCert);
    set(Action::ExportCsr, is(core::CaState::PendingCertificate));
    set(Action::InstallCertificate, is(core::CaState::PendingCertificate));
    show(Action::ExportCsr, is(core::CaState::PendingCertificate));
    show(Action::InstallCertificate, is(core::CaState::PendingCertificate));
    set(Action::AuditReport, s.ca.has_value());
    set(Action::Disable, is(core::CaState::Active));
    set(Action::Enable, is(core::CaState::Disabled));
    show(Action::Disable, !is(core::CaState::Disabled));
    show(Action::Enable, is(core::CaState::Disabled));
    set(Action::Delete, s.ca && !deleted);
    set(Action::Restore, deleted);
    show(Action::Delete, !deleted);
    show(Action::Restore, deleted);
}

void CaActions::run(const QString &busyText, CaCommand::Job job, Done done, QWidget *dialogParent)
{
    if (isBusy()) {
        reportError(tr("Another private CA operation is still running."));
        return;
    }
    auto *command = new CaCommand(m_inventory, dialogParent ? dialogParent : m_parent.data(), this);
    m_command = command;
    connect(command, &CaCommand::keyStoreUnlocked, this, &CaActions::keyStoreUnlocked);
    connect(command, &CaCommand::finished, this, [this, done = std::move(done)](const CaOutcome &outcome) {
        m_command = nullptr;
        update();
        Q_EMIT busyChanged(false, {});
        done(outcome);
    });
    update();
    Q_EMIT busyChanged(true, busyText);
    command->run(std::move(job));
}

void CaActions::reportError(const QString &message)
{
    Q_EMIT statusMessage(message);
    Q_EMIT failed(message);
    if (m_showErrors && m_parent) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Private CAs"), message, QMessageBox::Close, m_parent);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void CaActions::report(const QString &what, const CaOutcome &outcome)
{
    if (outcome.cancelled)
        Q_EMIT statusMessage(tr("%1: cancelled, no master password was given.").arg(what));
    else
        reportError(tr("%1 failed: %2").arg(what, outcome.error));
}

void CaActions::createCa()
{
    if (isBusy())
        return;
    const auto existing = m_reader.list(true);
    const CaSelection s = m_selection();
    CreateCaWizard wizard(existing ? *existing : QList<core::CaInfo>(), s.ca ? s.ca->id : 0, m_inventory.clock().now(),
                          m_parent);
    QPointer<CreateCaWizard> guard(&wizard);
    connect(&wizard, &CreateCaWizard::submitted, this, [this, guard](const core::CaConfig &config) {
        const QString text = config.externalParent ? tr("Generating the key and the CSR of %1…").arg(config.name)
                                                   : tr("Generating the key of %1 and signing its certificate…").arg(config.name);
        run(text,
            [config](core::CertificateAuthorities &cas) {
                auto ca = cas.create(config);
                if (!ca)
                    return CaOutcome::failed(ca.error());
                CaOutcome out = CaOutcome::done();
                out.ca = *ca;
                return out;
            },
            [this, guard](const CaOutcome &outcome) {
                if (!outcome.ok) {
                    const QString why = outcome.cancelled ? tr("no master password was given.") : outcome.error;
                    if (guard)
                        guard->failed(why);
                    else
                        reportError(tr("The CA was not created: %1").arg(why));
                    return;
                }
                if (guard)
                    guard->created(*outcome.ca);
                Q_EMIT changed(outcome.ca->id, 0);
                Q_EMIT certificatesChanged();
                Q_EMIT statusMessage(outcome.ca->state == core::CaState::PendingCertificate
                                         ? tr("Created %1: export its CSR and have it signed.").arg(outcome.ca->name)
                                         : tr("Created the CA %1.").arg(outcome.ca->name));
            },
            guard);
    });
    wizard.exec();
}

void CaActions::issueCertificate()
{
    const CaSelection s = m_selection();
    if (isBusy() || !s.ca || s.ca->state != core::CaState::Active)
        return;
    const core::CaInfo ca = *s.ca;
    IssueCertificateDialog dialog(ca, m_inventory.clock().now(), m_parent);
    QPointer<IssueCertificateDialog> guard(&dialog);
    connect(&dialog, &IssueCertificateDialog::submitted, this, [this, guard, ca](const core::IssueRequest &request) {
        const QString text = request.csr ? tr("Signing the certificate…")
                                         : tr("Generating a %1 key and signing the certificate…").arg(Labels::keyAlgorithm(request.keyAlgorithm));
        run(text,
            [request, caId = ca.id](core::CertificateAuthorities &cas) {
                auto issued = cas.issue(caId, request);
                if (!issued)
                    return CaOutcome::failed(issued.error());
                CaOutcome out = CaOutcome::done();
                out.issued = *issued;
                return out;
            },
            [this, guard, ca](const CaOutcome &outcome) {
                if (!outcome.ok) {
                    const QString why = outcome.cancelled ? tr("no master password was given.") : outcome.error;
                    if (guard)
                        guard->failed(why);
                    else
                        reportError(tr("Nothing was issued: %1").arg(why));
                    return;
                }
                if (guard)
                    guard->issued(*outcome.issued);
                Q_EMIT changed(ca.id, outcome.issued->certificateId);
                Q_EMIT certificatesChanged();
                const core::Certificate &c = outcome.issued->certificate;
                Q_EMIT statusMessage(tr("Issued %1 (serial %2) from %3, valid until %4.")
                                         .arg(c.domainName().isEmpty() ? c.subject().rfc4514 : c.domainName(),
                                              outcome.issued->serial, ca.name,
                                              c.notAfter().toUTC().toString(QStringLiteral("yyyy-MM-dd"))));
            },
            guard);
    });
    dialog.exec();
}

void CaActions::revokeCertificate(qint64 certificateId)
{
    if (isBusy()) {
        Q_EMIT statusMessage(tr("Another private CA operation is still running."));
        return;
    }
    const auto ref = m_reader.issuedBy(certificateId);
    if (!ref) {
        reportError(tr("This certificate was not issued by a certdesk CA: revoke it where it was issued."));
        return;
    }
    const auto ca = m_reader.info(ref->caId);
    const auto record = m_inventory.record(certificateId);
    if (!ca || !record) {
        reportError(!ca ? ca.error().message : record.error().message);
        return;
    }
    const QString name = record->summary.domainName.isEmpty() ? record->summary.subject : record->summary.domainName;
    RevokeDialog dialog(name, tr("Serial %1 · %2 · issued by %3").arg(ref->serial, Labels::templateName(ref->templateName), ca->name),
                        m_inventory.clock().now(), m_parent);
    if (dialog.exec() == QDialog::Accepted)
        revoke(certificateId, dialog.reason(), dialog.invalidityDate());
}

void CaActions::revoke(qint64 certificateId, const QString &reason, const std::optional<QDateTime> &invalidityDate)
{
    const auto ref = m_reader.issuedBy(certificateId);
    if (!ref) {
        reportError(tr("Revoke failed: %1").arg(ref.error().message));
        return;
    }
    const bool release = reason == QLatin1String("removeFromCRL");
    run(release ? tr("Releasing the hold and signing a new CRL…") : tr("Revoking and signing a new CRL…"),
        [certificateId, reason, invalidityDate, caId = ref->caId](core::CertificateAuthorities &cas) {
            if (auto r = cas.revoke(certificateId, reason, invalidityDate); !r)
                return CaOutcome::failed(r.error());
            CaOutcome out = CaOutcome::done();
            if (auto info = cas.info(caId)) {
                out.ca = *info;
                out.crlNumber = info->crlNumber;
            }
            return out;
        },
        [this, certificateId, release, reason, serial = ref->serial, caId = ref->caId](const CaOutcome &outcome) {
            if (!outcome.ok) {
                report(release ? tr("Release hold") : tr("Revoke"), outcome);
                return;
            }
            Q_EMIT changed(caId, certificateId);
            Q_EMIT certificatesChanged();
            Q_EMIT statusMessage(release ? tr("Released the hold on serial %1; CRL #%2 published.").arg(serial).arg(outcome.crlNumber)
                                         : tr("Revoked serial %1 (%2); CRL #%3 published.")
                                               .arg(serial, Labels::revocationReason(reason))
                                               .arg(outcome.crlNumber));
        });
}

void CaActions::refreshDueCrls()
{
    if (isBusy() || !m_inventory.keyStore().isUnlocked())
        return;
    const auto due = m_reader.crlsDue();
    if (!due || due->isEmpty())
        return;
    run(tr("Refreshing CRLs that are due…"),
        [](core::CertificateAuthorities &cas) {
            if (auto purged = cas.purge(); !purged)
                return CaOutcome::failed(purged.error());
            auto n = cas.refreshCrls();
            if (!n)
                return CaOutcome::failed(n.error());
            CaOutcome out = CaOutcome::done();
            out.detail = QString::number(*n);
            return out;
        },
        [this](const CaOutcome &outcome) {
            if (!outcome.ok) {
                report(tr("Refresh CRLs"), outcome);
                return;
            }
            Q_EMIT changed(0, 0);
            Q_EMIT statusMessage(tr("%n CRL(s) refreshed before they ran out.", nullptr, outcome.detail.toInt()));
        });
}

void CaActions::generateCrl(qint64 caId)
{
    run(tr("Signing the CRL…"),
        [caId](core::CertificateAuthorities &cas) {
            auto crl = cas.generateCrl(caId);
            if (!crl)
                return CaOutcome::failed(crl.error());
            CaOutcome out = CaOutcome::done();
            if (auto info = cas.info(caId)) {
                out.ca = *info;
                out.crlNumber = info->crlNumber;
            }
            out.detail = crl->nextUpdate().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
            return out;
        },
        [this, caId](const CaOutcome &outcome) {
            if (!outcome.ok) {
                report(tr("Generate CRL"), outcome);
                return;
            }
            Q_EMIT changed(caId, 0);
            Q_EMIT statusMessage(tr("CRL #%1 of %2 signed; next update %3.")
                                     .arg(outcome.crlNumber)
                                     .arg(outcome.ca ? outcome.ca->name : QString(), outcome.detail));
        });
}

void CaActions::exportCertificate(qint64 caId, const QString &path)
{
    run(tr("Exporting…"),
        [caId, path](core::CertificateAuthorities &cas) {
            auto chain = cas.chain(caId);
            if (!chain)
                return CaOutcome::failed(chain.error());
            const core::Certificate &cert = chain->first();
            return written(path, isDerName(path) ? cert.der() : cert.toPem());
        },
        [this, path](const CaOutcome &outcome) {
            if (!outcome.ok)
                return report(tr("Export"), outcome);
            Q_EMIT statusMessage(tr("Saved the CA certificate to %1.").arg(nativePath(path)));
        });
}

void CaActions::exportChain(qint64 caId, const QString &path)
{
    run(tr("Exporting…"),
        [caId, path](core::CertificateAuthorities &cas) {
            auto chain = cas.chain(caId);
            if (!chain)
                return CaOutcome::failed(chain.error());
            QByteArray pem;
            for (const core::Certificate &c : std::as_const(*chain))
                pem += c.toPem();
            CaOutcome out = written(path, pem);
            out.detail = QString::number(chain->size());
            return out;
        },
        [this, path](const CaOutcome &outcome) {
            if (!outcome.ok)
                return report(tr("Export"), outcome);
            Q_EMIT statusMessage(tr("Saved the chain (%n certificates) to %1.", nullptr, outcome.detail.toInt()).arg(nativePath(path)));
        });
}

void CaActions::exportCsr(qint64 caId, const QString &path)
{
    run(tr("Exporting…"),
        [caId, path](core::CertificateAuthorities &cas) {
            auto pem = cas.csrPem(caId);
            return pem ? written(path, *pem) : CaOutcome::failed(pem.error());
        },
        [this, path](const CaOutcome &outcome) {
            if (!outcome.ok)
                return report(tr("Export"), outcome);
            Q_EMIT statusMessage(tr("Saved the CSR to %1: have it signed, then install the certificate.").arg(nativePath(path)));
        });
}

void CaActions::installCertificate(qint64 caId, const QString &path)
{
    run(tr("Installing the CA certificate…"),
        [caId, path](core::CertificateAuthorities &cas) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return CaOutcome::failed(core::Error{core::ErrorCode::Io, QStringLiteral("%1: %2").arg(nativePath(path), file.errorString())});
            auto ca = cas.importCertificate(caId, file.read(4 << 20));
            if (!ca)
                return CaOutcome::failed(ca.error().prefixed(QFileInfo(path).fileName()));
            CaOutcome out = CaOutcome::done();
            out.ca = *ca;
            return out;
        },
        [this, caId](const CaOutcome &outcome) {
            if (!outcome.ok)
                return report(tr("Install certificate"), outcome);
            Q_EMIT changed(caId, 0);
            Q_EMIT certificatesChanged();
            Q_EMIT statusMessage(tr("Installed the certificate of %1: it is active.").arg(outcome.ca->name));
        });
}

void CaActions::auditReport(qint64 caId, const QString &path)
{
    const QString format = QFileInfo(path).suffix().toLower() == QLatin1String("json") ? QStringLiteral("json")
                                                                                          : QStringLiteral("csv");
    run(tr("Writing the audit report…"),
        [caId, path, format](core::CertificateAuthorities &cas) {
            auto report = cas.auditReport(caId, format);
            return report ? written(path, *report) : CaOutcome::failed(report.error());
        },
        [this, path](const CaOutcome &outcome) {
            if (!outcome.ok)
                return report(tr("Audit report"), outcome);
            Q_EMIT statusMessage(tr("Saved the audit report to %1.").arg(nativePath(path)));
        });
}

void CaActions::setEnabled(qint64 caId, bool enabled)
{
    run(enabled ? tr("Enabling…") : tr("Disabling…"),
        [caId, enabled](core::CertificateAuthorities &cas) {
            auto r = enabled ? cas.enable(caId) : cas.disable(caId);
            if (!r)
                return CaOutcome::failed(r.error());
            CaOutcome out = CaOutcome::done();
            if (auto info = cas.info(caId))
                out.ca = *info;
            return out;
        },
        [this, caId, enabled](const CaOutcome &outcome) {
            if (!outcome.ok)
                return report(enabled ? tr("Enable") : tr("Disable"), outcome);
            Q_EMIT changed(caId, 0);
            const QString name = outcome.ca ? outcome.ca->name : QString();
            Q_EMIT statusMessage(enabled ? tr("%1 is enabled: it issues certificates again.").arg(name)
                                         : tr("%1 is disabled: it issues nothing until enabled.").arg(name));
        });
}

void CaActions::remove(qint64 caId, int restoreDays)
{
    run(tr("Deleting…"),
        [caId, restoreDays](core::CertificateAuthorities &cas) {
            // An active CA is disabled first (the core deletes only a CA that issues nothing).
            auto before = cas.info(caId);
            if (!before)
                return CaOutcome::failed(before.error());
            if (before->state == core::CaState::Active) {
                if (auto r = cas.disable(caId); !r)
                    return CaOutcome::failed(r.error());
            }
            if (auto r = cas.remove(caId, restoreDays); !r)
                return CaOutcome::failed(r.error());
            CaOutcome out = CaOutcome::done();
            if (auto info = cas.info(caId))
                out.ca = *info;
            return out;
        },
        [this, caId](const CaOutcome &outcome) {
            if (!outcome.ok)
                return report(tr("Delete"), outcome);
            Q_EMIT changed(caId, 0);
            if (outcome.ca)
                Q_EMIT statusMessage(tr("Deleted %1; it can be restored until %2.")
                                         .arg(outcome.ca->name, outcome.ca->purgeAt.toUTC().toString(QStringLiteral("yyyy-MM-dd"))));
        });
}

void CaActions::restore(qint64 caId)
{
    run(tr("Restoring…"),
        [caId](core::CertificateAuthorities &cas) {
            if (auto r = cas.restore(caId); !r)
                return CaOutcome::failed(r.error());
            CaOutcome out = CaOutcome::done();
            if (auto info = cas.info(caId))
                out.ca = *info;
            return out;
        },
        [this, caId](const CaOutcome &outcome) {
            if (!outcome.ok)
                return report(tr("Restore"), outcome);
            Q_EMIT changed(caId, 0);
            if (outcome.ca)
                Q_EMIT statusMessage(outcome.ca->state == core::CaState::Disabled
                                         ? tr("Restored %1; it is disabled: enable it to issue again.").arg(outcome.ca->name)
                                         : tr("Restored %1.").arg(outcome.ca->name));
        });
}

} // namespace certdesk::ui
