#include "widgets/acmeorderview.h"

#include "commands/acmesession.h"
#include "dialogs/dialogcolors.h"

#include <QApplication>
#include <QClipboard>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace certdesk::ui {

namespace {

// The CA names a wildcard's authorization by its base name.
QString baseName(const QString &name) { return name.startsWith(QLatin1String("*.")) ? name.mid(2) : name; }

QToolButton *copyButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(QCoreApplication::translate("certdesk::ui::AcmeOrderView", "Copy"));
    b->setToolTip(tip);
    b->setAutoRaise(true);
    QObject::connect(b, &QToolButton::clicked, b, [text] { QApplication::clipboard()->setText(text); });
    return b;
}

} // namespace

AcmeOrderView::AcmeOrderView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *statusRow = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->setFixedWidth(120);
    m_progress->setAccessibleName(tr("Validating"));
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    layout->addLayout(statusRow);

    m_names = new QTreeWidget(this);
    m_names->setAccessibleName(tr("Names and their validation"));
    m_names->setHeaderLabels({tr("Name"), tr("State"), tr("Detail")});
    m_names->setRootIsDecorated(false);
    m_names->setUniformRowHeights(true);
    m_names->setColumnWidth(0, fontMetrics().horizontalAdvance(QStringLiteral("*.service.internal.example.com")) + 24);
    m_names->setColumnWidth(1, fontMetrics().horizontalAdvance(tr("Answering the challenge…")) + 24);
    m_names->header()->setStretchLastSection(true);
    m_names->setMinimumHeight(fontMetrics().height() * 5);
    layout->addWidget(m_names, 1);

    m_recordsBox = new QGroupBox(tr("Create these DNS records"), this);
    auto *recordsLayout = new QVBoxLayout(m_recordsBox);
    auto *explain = new QLabel(tr("Create each TXT record at your DNS provider, wait until it is published, then press "
                                  "the button. certdesk checks that the records can be seen before the CA looks."),
                               m_recordsBox);
    explain->setWordWrap(true);
    explain->setForegroundRole(QPalette::PlaceholderText);
    recordsLayout->addWidget(explain);
    m_records = new QTreeWidget(m_recordsBox);
    m_records->setAccessibleName(tr("TXT records to create"));
    m_records->setHeaderLabels({tr("Record name (TXT)"), QString(), tr("Value"), QString()});
    m_records->setRootIsDecorated(false);
    m_records->setUniformRowHeights(true);
    m_records->setSelectionMode(QAbstractItemView::NoSelection);
    m_records->setColumnWidth(0, fontMetrics().horizontalAdvance(QStringLiteral("_acme-challenge.www.example.com.")) + 16);
    m_records->setColumnWidth(1, fontMetrics().horizontalAdvance(tr("Copy")) + 24);
    // A dns-01 value is 43 base64url characters: wide enough for it whole, and the page with it.
    m_records->setColumnWidth(2, fontMetrics().horizontalAdvance(QStringLiteral("8ZbcmDsaXdTyokdGWZrMjrwUgrLqhwsAbcdEfghIjkl")) + 16);
    m_records->setColumnWidth(3, m_records->columnWidth(1));
    // The value column takes what is left (a stretched last section would keep 100 pixels and
    // overflow into a horizontal scroll bar).
    m_records->header()->setStretchLastSection(false);
    m_records->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    setMinimumWidth(m_records->columnWidth(0) + m_records->columnWidth(1) + m_records->columnWidth(2)
                    + m_records->columnWidth(3) + 60);
    // The header and two records at least, whatever room the window gives.
    m_records->setMinimumHeight(fontMetrics().height() * 5);
    m_records->setMaximumHeight(fontMetrics().height() * 7);
    recordsLayout->addWidget(m_records);
    auto *buttons = new QHBoxLayout;
    m_copyAll = new QPushButton(tr("Copy &All as Zone Lines"), m_recordsBox);
    m_copyAll->setAutoDefault(false);
    m_confirm = new QPushButton(tr("The Records Exist — &Validate Now"), m_recordsBox);
    m_confirm->setAutoDefault(false);
    buttons->addWidget(m_copyAll);
    buttons->addStretch(1);
    buttons->addWidget(m_confirm);
    recordsLayout->addLayout(buttons);
    m_recordsBox->hide();
    layout->addWidget(m_recordsBox);

    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    layout->addWidget(m_result);

    connect(m_copyAll, &QPushButton::clicked, this, [this] {
        QStringList lines;
        for (const core::DnsRecord &r : std::as_const(m_shownRecords))
            lines << QStringLiteral("%1 60 IN TXT \"%2\"").arg(r.name, r.value);
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (!m_session)
            return;
        m_confirm->setEnabled(false);
        m_status->setText(tr("Checking that the records can be seen…"));
        m_session->confirmRecords();
    });
}

void AcmeOrderView::start(const QStringList &names, AcmeSession *session)
{
    m_session = session;
    m_running = true;
    m_done = false;
    m_names->clear();
    QStringList seen;
    for (const QString &n : names) {
        if (seen.contains(n))
            continue;
        seen << n;
        auto *item = new QTreeWidgetItem(m_names, {n, tr("Waiting"), QString()});
        item->setData(0, Qt::UserRole, baseName(n));
        item->setForeground(1, dialogcolors::muted(palette()));
    }
    m_recordsBox->hide();
    m_result->hide();
    m_status->setText(tr("Generating the key and placing the order…"));
    m_progress->show();
    connect(session, &AcmeSession::progress, this, &AcmeOrderView::onProgress);
    connect(session, &AcmeSession::recordsNeeded, this, &AcmeOrderView::showRecords);
    Q_EMIT runningChanged(true);
}

QTreeWidgetItem *AcmeOrderView::row(const QString &identifier)
{
    QTreeWidgetItem *found = nullptr;
    for (int i = 0; i < m_names->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_names->topLevelItem(i);
        if (item->text(0) == identifier)
            return item;
        if (!found && item->data(0, Qt::UserRole).toString() == baseName(identifier))
            found = item;
    }
    return found;
}

void AcmeOrderView::setRowState(QTreeWidgetItem *item, const QString &state, const QString &detail, const QColor &color,
                                bool ended)
{
    // A wildcard and its base name share the authorization's name: both rows follow it.
    const QString base = item->data(0, Qt::UserRole).toString();
    for (int i = 0; i < m_names->topLevelItemCount(); ++i) {
        QTreeWidgetItem *it = m_names->topLevelItem(i);
        if (it != item && it->data(0, Qt::UserRole).toString() != base)
            continue;
        it->setText(1, state);
        it->setForeground(1, color);
        it->setText(2, detail);
        it->setToolTip(2, detail);
        it->setData(1, Qt::UserRole, ended);
    }
}

QString AcmeOrderView::stateOf(const QString &name) const
{
    for (int i = 0; i < m_names->topLevelItemCount(); ++i) {
        if (m_names->topLevelItem(i)->text(0) == name)
            return m_names->topLevelItem(i)->text(1);
    }
    return {};
}

void AcmeOrderView::onProgress(const core::AcmeProgress &p)
{
    const QPalette pal = palette();
    const QColor normal = pal.color(QPalette::WindowText);
    QTreeWidgetItem *item = p.identifier.isEmpty() ? nullptr : row(p.identifier);
    if (p.step == QLatin1String("ORDER")) {
        m_status->setText(tr("The order is placed; answering the CA's challenges…"));
    } else if (p.step == QLatin1String("CHALLENGE") && item) {
        setRowState(item, tr("Answering the challenge…"), p.detail, normal);
    } else if (p.step == QLatin1String("VALIDATING") && item) {
        setRowState(item, tr("Validating…"), p.detail, normal);
        m_status->setText(tr("The CA is checking the names…"));
    } else if (p.step == QLatin1String("VALID") && item) {
        setRowState(item, tr("✓ Valid"), p.detail, dialogcolors::good(pal), true);
    } else if (p.step == QLatin1String("INVALID") && item) {
        setRowState(item, tr("Failed"), p.detail, dialogcolors::error(pal), true);
    } else if (p.step == QLatin1String("FINALIZE")) {
        m_recordsBox->hide();
        m_status->setText(tr("Every name is validated; the CA is signing the certificate…"));
    } else if (p.step == QLatin1String("DOWNLOAD")) {
        m_status->setText(tr("Downloading the certificate…"));
    } else if (p.step == QLatin1String("DONE")) {
        m_status->setText(tr("Storing the certificate…"));
    }
    Q_EMIT stepShown(p.step, p.identifier);
}

void AcmeOrderView::showRecords(const QList<core::DnsRecord> &records)
{
    m_shownRecords = records;
    m_records->clear();
    for (const core::DnsRecord &r : records) {
        auto *item = new QTreeWidgetItem(m_records, {r.name, QString(), r.value, QString()});
        item->setToolTip(0, r.cnameFrom.isEmpty() ? r.name : tr("%1 (through the CNAME at %2)").arg(r.name, r.cnameFrom));
        item->setToolTip(2, r.value);
        m_records->setItemWidget(item, 1, copyButton(r.name, tr("Copy the record name"), m_records));
        m_records->setItemWidget(item, 3, copyButton(r.value, tr("Copy the value"), m_records));
        if (QTreeWidgetItem *n = row(r.identifier))
            setRowState(n, tr("Waiting for the record"), tr("TXT record at %1").arg(r.name), dialogcolors::warning(palette()));
    }
    m_recordsBox->show();
    m_confirm->setEnabled(true);
    m_confirm->setFocus();
    m_status->setText(tr("Waiting for you: create the DNS records below."));
}

void AcmeOrderView::cancelling()
{
    m_confirm->setEnabled(false);
    m_status->setText(tr("Cancelling the order…"));
}

void AcmeOrderView::finish(bool done, const QString &text)
{
    m_running = false;
    m_done = true;
    m_progress->hide();
    m_recordsBox->hide();
    m_status->setText(done ? tr("Done.") : tr("The order ended without a certificate."));
    if (!done) {
        // A name the CA gave no answer for is not waiting any more.
        for (int i = 0; i < m_names->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_names->topLevelItem(i);
            if (!item->data(1, Qt::UserRole).toBool()) {
                item->setText(1, tr("Not validated"));
                item->setForeground(1, dialogcolors::muted(palette()));
            }
        }
    }
    m_result->setText(text);
    m_result->setStyleSheet(dialogcolors::css(done ? dialogcolors::good(palette()) : dialogcolors::error(palette())));
    m_result->show();
    Q_EMIT runningChanged(false);
}

} // namespace certdesk::ui
