#include "commands/exportcommand.h"

#include "dialogs/masterpassworddialog.h"
#include "inventory/calendarexport.h"
#include "inventory/inventory.h"
#include "x509/exporter.h"
#include "crypto/securefile.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPromise>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace certdesk::ui {

namespace {

core::ExportFormat coreFormat(ExportKind kind)
{
    switch (kind) {
    case ExportKind::PemBundle:
        return core::ExportFormat::PemBundle;
    case ExportKind::Pkcs12:
        return core::ExportFormat::Pkcs12;
    case ExportKind::Pkcs12Legacy:
        return core::ExportFormat::Pkcs12Legacy;
    case ExportKind::FullChain:
        return core::ExportFormat::FullChain;
    case ExportKind::Pem:
        return core::ExportFormat::Pem;
    case ExportKind::Der:
    case ExportKind::Calendar:
        break;
    }
    return core::ExportFormat::Der;
}

QString formatName(ExportKind kind)
{
    switch (kind) {
    case ExportKind::PemBundle:
        return QStringLiteral("pem-bundle");
    case ExportKind::Pkcs12:
        return QStringLiteral("pkcs12");
    case ExportKind::Pkcs12Legacy:
        return QStringLiteral("pkcs12-legacy");
    case ExportKind::FullChain:
        return QStringLiteral("fullchain");
    case ExportKind::Pem:
        return QStringLiteral("pem");
    case ExportKind::Der:
        return QStringLiteral("der");
    case ExportKind::Calendar:
        return QStringLiteral("calendar");
    }
    return {};
}

// One file (or bundle folder) to write: values only, for the worker.
struct Job
{
    qint64 id = 0;
    QString domainName;
    core::ExportRequest request;
    QString out;
};

void cleanse(QByteArray &secret) { secret.fill('\0'); }

} // namespace

ExportCommand::ExportCommand(core::Inventory &inventory, QObject *parent)
    : QObject(parent)
    , m_inventory(inventory)
{
    connect(&m_watcher, &QFutureWatcher<ExportOutcome>::finished, this, &ExportCommand::onWorkerFinished);
}

ExportCommand::~ExportCommand()
{
    delete m_progress;
    m_watcher.waitForFinished();
    cleanse(m_choice.passphrase);
}

void ExportCommand::exportCertificates(const QList<qint64> &ids, QWidget *parent)
{
    QList<ExportItem> items;
    for (const qint64 id : ids) {
        auto rec = m_inventory.record(id);
        if (!rec)
            continue;
        items.append({id, rec->summary.domainName, rec->summary.hasPrivateKey});
    }
    if (items.isEmpty()) {
        finish({});
        return;
    }
    ExportDialog dialog(items, m_defaultFolder, parent);
    if (dialog.exec() != QDialog::Accepted) {
        ExportOutcome declined;
        declined.cancelled = true;
        finish(declined);
        return;
    }
    QList<qint64> chosen;
    for (const ExportItem &item : items)
        chosen << item.id;
    run(chosen, dialog.choice(), parent);
}

void ExportCommand::run(const QList<qint64> &ids, const ExportChoice &choice, QWidget *parent)
{
    Q_ASSERT(!m_watcher.isRunning());
    m_parentWidget = parent;
    m_choice = choice;
    ExportOutcome early;

    QList<core::CertificateRecord> records;
    bool anyKey = false;
    for (const qint64 id : ids) {
        auto rec = m_inventory.record(id);
        if (!rec) {
            early.failures << tr("Certificate %1: %2").arg(id).arg(rec.error().message);
            continue;
        }
        anyKey = anyKey || rec->summary.hasPrivateKey;
        records.append(*rec);
    }

    const bool wantsKeys = choice.includeKey && anyKey && choice.kind != ExportKind::Calendar;
    if (wantsKeys) {
        const bool wasUnlocked = m_inventory.keyStore().isUnlocked();
        if (!MasterPasswordDialog::ensureUnlocked(m_inventory.keyStore(), parent)) {
            early.cancelled = true;
            finish(early);
            return;
        }
        if (!wasUnlocked)
            Q_EMIT keyStoreUnlocked();
    }

    const QString destination = choice.destination;
    const bool toFolder = choice.kind != ExportKind::Calendar
        && (records.size() + early.failures.size() > 1 || choice.kind == ExportKind::PemBundle);
    const bool multiple = records.size() + early.failures.size() > 1;
    QList<Job> jobs;
    QList<core::Certificate> calendar;
    QSet<QString> usedNames;
    for (const core::CertificateRecord &rec : std::as_const(records)) {
        if (choice.kind == ExportKind::Calendar) {
            calendar.append(rec.certificate);
            m_exported.append({rec.summary.id, rec.summary.domainName});
            continue;
        }
        Job job;
        job.id = rec.summary.id;
        job.domainName = rec.summary.domainName;
        job.request.certificate = rec.certificate;
        job.request.friendlyName = rec.summary.domainName;
        job.request.passphrase = choice.passphrase;
        if (auto chain = m_inventory.issuerChain(rec.summary.id))
            job.request.chain = *chain;
        if (wantsKeys && rec.summary.hasPrivateKey) {
            auto key = m_inventory.privateKeyForExport(rec.summary.id, {},
                                              QStringLiteral("export as %1").arg(formatName(choice.kind)));
            if (!key) {
                early.failures << tr("%1: the private key could not be read: %2")
                                      .arg(rec.summary.domainName, key.error().message);
                continue;
            }
            job.request.key = *key;
        }
        if (!multiple) {
            job.out = destination;
        } else {
            QString name = ExportDialog::fileNameFor(rec.summary.domainName, choice.kind);
            if (usedNames.contains(name))
                name = ExportDialog::fileNameFor(
                    QStringLiteral("%1-%2").arg(rec.summary.domainName).arg(rec.summary.id), choice.kind);
            usedNames.insert(name);
            job.out = QDir(destination).filePath(name);
        }
        jobs.append(job);
    }
    if (toFolder && !QDir().mkpath(destination)) {
        early.failures << tr("%1: the folder cannot be created").arg(QDir::toNativeSeparators(destination));
        jobs.clear();
        calendar.clear();
        m_exported.clear();
    }

    m_progress = new QProgressDialog(tr("Exporting…"), QString(), 0, int(jobs.size()), parent);
    m_progress->setWindowTitle(tr("Export"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(500);
    m_progress->setCancelButton(nullptr);
    connect(&m_watcher, &QFutureWatcher<ExportOutcome>::progressValueChanged, m_progress, &QProgressDialog::setValue);

    const core::ExportFormat format = coreFormat(choice.kind);
    const bool isCalendar = choice.kind == ExportKind::Calendar;
    const int reminder = m_reminderDays;
    const QDateTime now = m_inventory.clock().now();
    m_busy = true;
    m_watcher.setFuture(QtConcurrent::run([jobs, calendar, format, isCalendar, reminder, now, destination,
                                           early](QPromise<ExportOutcome> &promise) mutable {
        ExportOutcome outcome = early;
        if (isCalendar && !calendar.isEmpty()) {
            auto ics = core::expiryCalendar(calendar, reminder, now);
            auto written = ics ? core::writeFileAtomically(destination, *ics) : std::unexpected(ics.error());
            if (written) {
                outcome.files << destination;
                outcome.certificates = int(calendar.size());
            } else {
                outcome.failures << QStringLiteral("%1: %2").arg(destination, written.error().message);
            }
        }
        int done = 0;
        for (Job &job : jobs) {
            auto written = core::writeExport(format, job.request, job.out);
            cleanse(job.request.passphrase);
            job.request.key.reset();
            if (written) {
                outcome.files << *written;
                ++outcome.certificates;
            } else {
                outcome.failures << QStringLiteral("%1: %2").arg(job.domainName, written.error().message);
            }
            promise.setProgressValue(++done);
        }
        promise.addResult(outcome);
    }));
    for (const Job &job : std::as_const(jobs))
        m_exported.append({job.id, job.domainName});
}

void ExportCommand::onWorkerFinished()
{
    m_busy = false;
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    ExportOutcome outcome;
    if (m_watcher.future().resultCount() > 0)
        outcome = m_watcher.result();
    // Log what was written; a certificate whose file failed is named in failures and not logged.
    for (const auto &[id, domain] : std::as_const(m_exported)) {
        const bool failed = std::any_of(outcome.failures.cbegin(), outcome.failures.cend(),
                                        [&domain](const QString &f) { return f.startsWith(domain + QLatin1Char(':')); });
        if (failed)
            continue;
        if (auto r = m_inventory.logEvent(QStringLiteral("export"), id, domain,
                                          QStringLiteral("%1 to %2").arg(formatName(m_choice.kind),
                                                                         QDir::toNativeSeparators(m_choice.destination)));
            !r)
            outcome.failures << tr("%1: exported, but the audit log could not be written: %2").arg(domain, r.error().message);
    }
    finish(outcome);
}

void ExportCommand::finish(ExportOutcome outcome)
{
    cleanse(m_choice.passphrase);
    if (outcome.destination.isEmpty())
        outcome.destination = m_choice.destination;
    Q_EMIT finished(outcome);
    if (m_showResult && m_parentWidget && !outcome.failures.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export"),
                                    outcome.certificates > 0 ? tr("Some certificates could not be exported.")
                                                             : tr("The export failed."),
                                    QMessageBox::Close, m_parentWidget);
        box->setInformativeText(oneLine(outcome));
        box->setDetailedText(outcome.failures.join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    deleteLater();
}

QString ExportCommand::oneLine(const ExportOutcome &outcome)
{
    const QString &destination = outcome.destination;
    if (outcome.cancelled)
        return tr("Export cancelled.");
    QString line = outcome.certificates == 1
        ? tr("Exported 1 certificate to %1.").arg(QDir::toNativeSeparators(destination))
        : tr("Exported %n certificates to %1.", nullptr, outcome.certificates).arg(QDir::toNativeSeparators(destination));
    if (!outcome.failures.isEmpty())
        line += QLatin1Char(' ') + tr("%n failed.", nullptr, int(outcome.failures.size()));
    return line;
}

} // namespace certdesk::ui
