#include "pages/dashboardpage.h"

#include "inventory/inventory.h"
#include "models/certificatetablemodel.h"
#include "views/certificatetableview.h"
#include "widgets/counttile.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QVBoxLayout>

namespace certdesk::ui {

namespace {

constexpr int kNextToExpire = 20;

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    label->setFont(f);
    return label;
}

} // namespace

DashboardPage::DashboardPage(core::Inventory &inventory, QWidget *parent)
    : QWidget(parent)
    , m_inventory(inventory)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(12);

    layout->addWidget(heading(tr("Overview"), this));
    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(12);
    layout->addLayout(tiles);

    core::CertificateFilter all;
    core::CertificateFilter issued;
    issued.status = core::Status::Issued;
    core::CertificateFilter expiring;
    expiring.expiresWithinDays = CertificateTableModel::kExpiringSoonDays;
    core::CertificateFilter expired;
    expired.status = core::Status::Expired;
    core::CertificateFilter revoked;
    revoked.status = core::Status::Revoked;

    tiles->addWidget(addTile(tr("Certificates"), {}, all));
    tiles->addWidget(addTile(tr("Valid"), QColor(67, 160, 71), issued));
    tiles->addWidget(addTile(tr("Expiring within %1 days").arg(CertificateTableModel::kExpiringSoonDays),
                             QColor(251, 140, 0), expiring));
    tiles->addWidget(addTile(tr("Expired"), QColor(229, 57, 53), expired));
    tiles->addWidget(addTile(tr("Revoked"), QColor(142, 36, 170), revoked));

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    layout->addWidget(m_error);

    layout->addSpacing(8);
    layout->addWidget(heading(tr("Next to expire"), this));

    m_nextModel = new CertificateTableModel(inventory, kNextToExpire, this);
    core::CertificateFilter valid;
    valid.status = core::Status::Issued;
    m_nextModel->setFilter(valid);
    m_nextView = new CertificateTableView(this);
    m_nextView->setModel(m_nextModel);
    m_nextView->setSelectionMode(QAbstractItemView::SingleSelection);
    for (int c : {CertificateTableModel::AdditionalNamesColumn, CertificateTableModel::StatusColumn,
                  CertificateTableModel::TypeColumn, CertificateTableModel::PrivateKeyColumn})
        m_nextView->hideColumn(c);
    m_nextView->horizontalHeader()->setSectionsClickable(false);
    layout->addWidget(m_nextView, 1);
}

CountTile *DashboardPage::addTile(const QString &caption, const QColor &accent, const core::CertificateFilter &filter)
{
    auto *tile = new CountTile(caption, accent, this);
    m_tiles.emplace_back(tile, filter);
    connect(tile, &CountTile::clicked, this, [this, filter] { Q_EMIT showCertificates(filter); });
    return tile;
}

void DashboardPage::refresh()
{
    QStringList errors;
    for (const auto &[tile, filter] : m_tiles) {
        const auto count = m_inventory.count(filter);
        tile->setCount(count ? *count : -1);
        if (!count)
            errors << count.error().message;
    }
    m_nextModel->reload();
    if (!m_nextModel->lastError().isEmpty())
        errors << m_nextModel->lastError();
    errors.removeDuplicates();
    m_error->setText(errors.join(QLatin1Char('\n')));
    m_error->setVisible(!errors.isEmpty());
}

} // namespace certdesk::ui
