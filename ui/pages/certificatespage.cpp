#include "pages/certificatespage.h"

#include "inventory/inventory.h"
#include "models/certificatetablemodel.h"
#include "views/certificatetableview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace certdesk::ui {

namespace {

constexpr int kSearchDelayMs = 250;

} // namespace

CertificatesPage::CertificatesPage(core::Inventory &inventory, QWidget *parent)
    : QWidget(parent)
    , m_inventory(inventory)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);

    auto *filterRow = new QHBoxLayout;
    filterRow->setSpacing(8);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search names, subject, issuer, serial or fingerprint"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search certificates"));
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 28);
    filterRow->addWidget(m_search, 2);

    auto *statusLabel = new QLabel(tr("&Status:"), this);
    m_status = new QComboBox(this);
    m_status->addItem(tr("All"), QVariant::fromValue(StatusFilter::Any));
    m_status->addItem(tr("Issued"), QVariant::fromValue(StatusFilter::Issued));
    m_status->addItem(tr("Expiring within %1 days").arg(CertificateTableModel::kExpiringSoonDays),
                      QVariant::fromValue(StatusFilter::ExpiringSoon));
    m_status->addItem(tr("Expired"), QVariant::fromValue(StatusFilter::Expired));
    m_status->addItem(tr("Not yet valid"), QVariant::fromValue(StatusFilter::NotYetValid));
    m_status->addItem(tr("Revoked"), QVariant::fromValue(StatusFilter::Revoked));
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    statusLabel->setBuddy(m_status);
    filterRow->addWidget(statusLabel);
    filterRow->addWidget(m_status);
    filterRow->addStretch(1);
    m_summary = new QLabel(this);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    filterRow->addWidget(m_summary);
    layout->addLayout(filterRow);

    m_model = new CertificateTableModel(inventory, CertificateTableModel::kDefaultPageSize, this);
    m_view = new CertificateTableView(this);
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);

    m_emptyState = new QLabel(tr("<p style='font-size:large'><b>No certificates yet</b></p>"
                                 "<p>Import certificates, chains, PKCS#12 files or keys with <b>File ▸ Import…</b> "
                                 "(Ctrl+I).</p>"),
                              this);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyState);
    layout->addWidget(m_stack, 1);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &CertificatesPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &CertificatesPage::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &CertificatesPage::applyFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CertificatesPage::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CertificatesPage::updateSummary);
    updateSummary();
}

core::CertificateFilter CertificatesPage::currentFilter() const
{
    core::CertificateFilter f;
    f.search = m_search->text().trimmed();
    switch (m_status->currentData().value<StatusFilter>()) {
    case StatusFilter::Any:
        break;
    case StatusFilter::Issued:
        f.status = core::Status::Issued;
        break;
    case StatusFilter::ExpiringSoon:
        f.expiresWithinDays = CertificateTableModel::kExpiringSoonDays;
        break;
    case StatusFilter::Expired:
        f.status = core::Status::Expired;
        break;
    case StatusFilter::NotYetValid:
        f.status = core::Status::NotYetValid;
        break;
    case StatusFilter::Revoked:
        f.status = core::Status::Revoked;
        break;
    }
    return f;
}

void CertificatesPage::showFilter(const core::CertificateFilter &filter)
{
    StatusFilter status = StatusFilter::Any;
    if (filter.expiresWithinDays)
        status = StatusFilter::ExpiringSoon;
    else if (filter.status == core::Status::Issued)
        status = StatusFilter::Issued;
    else if (filter.status == core::Status::Expired)
        status = StatusFilter::Expired;
    else if (filter.status == core::Status::NotYetValid)
        status = StatusFilter::NotYetValid;
    else if (filter.status == core::Status::Revoked)
        status = StatusFilter::Revoked;
    {
        const QSignalBlocker blockSearch(m_search);
        const QSignalBlocker blockStatus(m_status);
        m_search->setText(filter.search);
        m_status->setCurrentIndex(m_status->findData(QVariant::fromValue(status)));
    }
    applyFilter();
}

void CertificatesPage::applyFilter()
{
    m_searchDelay->stop();
    m_model->setFilter(currentFilter());
}

void CertificatesPage::refresh() { m_model->reload(); }

void CertificatesPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CertificatesPage::updateSummary()
{
    const core::CertificateFilter f = m_model->filter();
    const bool filtered = !f.search.isEmpty() || !f.status.isEmpty() || f.expiresWithinDays.has_value();
    const qint64 total = m_model->totalCount();
    if (!m_model->lastError().isEmpty())
        m_summary->setText(tr("Error: %1").arg(m_model->lastError()));
    else if (filtered && total == 0)
        m_summary->setText(tr("No certificates match"));
    else
        m_summary->setText(filtered ? tr("%1 matching").arg(QLocale().toString(total))
                                    : total == 1 ? tr("1 certificate")
                                                 : tr("%1 certificates").arg(QLocale().toString(total)));
    // Until the first import, explain how to fill the inventory instead of showing an empty table.
    const bool empty = !filtered && total == 0 && m_model->lastError().isEmpty();
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyState) : m_view);
}

} // namespace certdesk::ui
