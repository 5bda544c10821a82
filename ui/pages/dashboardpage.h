#pragma once

#include "inventory/certificatefilter.h"

#include <QWidget>

#include <utility>
#include <vector>

class QLabel;
class QTableView;

namespace certdesk::core {
class Inventory;
}

namespace certdesk::ui {

class CertificateTableModel;
class CountTile;

// Counts at a glance (total, valid, expiring, expired, revoked) and the next
// certificates to expire. Every tile clicks through to the filtered list.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(core::Inventory &inventory, QWidget *parent = nullptr);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void showCertificates(const certdesk::core::CertificateFilter &filter);

private:
    CountTile *addTile(const QString &caption, const QColor &accent, const core::CertificateFilter &filter);

    core::Inventory &m_inventory;
    std::vector<std::pair<CountTile *, core::CertificateFilter>> m_tiles;
    CertificateTableModel *m_nextModel = nullptr;
    QTableView *m_nextView = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace certdesk::ui
