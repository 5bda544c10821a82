#pragma once

#include "inventory/certificatefilter.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTimer;

namespace certdesk::core {
class Inventory;
}

namespace certdesk::ui {

class CertificateTableModel;
class CertificateTableView;

// The certificate list: a filter row (free text, status) over a lazily
// fetched table. Filtering and sorting happen in SQL.
class CertificatesPage : public QWidget
{
    Q_OBJECT

public:
    // The entries of the status filter.
    enum class StatusFilter { Any, Issued, ExpiringSoon, Expired, NotYetValid, Revoked };
    Q_ENUM(StatusFilter)

    explicit CertificatesPage(core::Inventory &inventory, QWidget *parent = nullptr);

    CertificateTableModel *model() const { return m_model; }
    CertificateTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }

    // Shows the certificates a dashboard tile counted (search text cleared).
    void showFilter(const core::CertificateFilter &filter);
    core::CertificateFilter currentFilter() const;

public Q_SLOTS:
    void refresh();
    void focusSearch();

private:
    void applyFilter();
    void updateSummary();

    core::Inventory &m_inventory;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_summary = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyState = nullptr;
    CertificateTableModel *m_model = nullptr;
    CertificateTableView *m_view = nullptr;
    QTimer *m_searchDelay = nullptr;
};

} // namespace certdesk::ui
