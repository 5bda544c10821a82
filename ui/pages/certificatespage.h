#pragma once

#include "inventory/certificatefilter.h"

#include <QList>

#include <optional>
#include <QWidget>

class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QSplitter;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace certdesk::core {
class Inventory;
}

namespace certdesk::ui {

class CertificateTableModel;
class CertificateTableView;
class DetailsPanel;

// The certificate list: a filter row (free text, status, type, key algorithm,
// expiry window, tag) over a lazily fetched table, and a details panel below
// it in a splitter. Filtering and sorting happen in SQL.
class CertificatesPage : public QWidget
{
    Q_OBJECT

public:
    // The page's actions, enabled by the selection; the main window may put them in menus.
    enum class Action { Details, Export, CopyPem, CopyFingerprint, Tags, Revoke, Renew, RenewalSettings, Deploy, Delete };
    Q_ENUM(Action)

    explicit CertificatesPage(core::Inventory &inventory, QWidget *parent = nullptr);

    CertificateTableModel *model() const { return m_model; }
    CertificateTableView *view() const { return m_view; }
    DetailsPanel *detailsPanel() const { return m_details; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *typeFilter() const { return m_type; }
    QComboBox *keyAlgorithmFilter() const { return m_keyAlgorithm; }
    QComboBox *expiryFilter() const { return m_expiry; }
    QSpinBox *customDaysField() const { return m_customDays; }
    QComboBox *tagFilter() const { return m_tag; }
    QComboBox *privateKeyFilter() const { return m_privateKey; }
    QLabel *resultLabel() const { return m_summary; }

    QAction *action(Action which) const;
    QList<QAction *> actions() const; // in menu order
    QList<qint64> selectedIds() const;  // in row order

    // Shows one certificate: a search for its fingerprint, the row selected, its details open.
    bool showCertificate(qint64 id);
    // The managed certificate (mc id) of the selected certificate, when exactly one is selected.
    std::optional<qint64> selectedManagedId() const;

    // Sets every filter control to match (dashboard tiles call it), then filters.
    void showFilter(const core::CertificateFilter &filter);
    core::CertificateFilter currentFilter() const;

    bool isDetailsPanelVisible() const;
    void setDetailsPanelVisible(bool visible);
    // The table header and splitter layout, for QSettings.
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

public Q_SLOTS:
    void refresh();
    void focusSearch();
    // Rows expiring within this many days get the "notification" tint (default 45).
    void setNotificationThresholdDays(int days);

Q_SIGNALS:
    void exportRequested(const QList<qint64> &ids);
    // Revoke… on a certificate of type PRIVATE (the Private CAs page checks that a certdesk CA
    // issued it and asks for the reason).
    void revokeRequested(qint64 id);
    // Renew Now and Renewal Settings… on a certificate of a managed certificate (its mc id).
    void renewRequested(qint64 managedId);
    void renewalSettingsRequested(qint64 managedId);
    // Deploy… on one certificate (the Deployments page opens its dialog).
    void deployRequested(qint64 id);
    // A deployment chosen on the details panel's Deployments tab.
    void deploymentActivated(qint64 deploymentId);
    void certificatesDeleted(const QList<qint64> &ids);
    void tagsChanged(const QList<qint64> &ids);
    void statusMessage(const QString &message);

private:
    void buildFilterRow(QHBoxLayout *row);
    void createActions();
    void applyFilter();
    void updateSummary();
    void updateExtraChip();
    void updateActions();
    void reloadFilterChoices();
    void showContextMenu(const QPoint &pos);
    void showDetails();
    void copy(int what);
    void editTags();
    void deleteSelected();

    core::Inventory &m_inventory;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_keyAlgorithm = nullptr;
    QComboBox *m_expiry = nullptr;
    QSpinBox *m_customDays = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_privateKey = nullptr;
    QToolButton *m_clear = nullptr;
    // Criteria without a control of their own (from dashboard charts): issuer, expiry window,
    // trusted chain, further tags. Shown as one removable chip.
    QToolButton *m_extraChip = nullptr;
    core::CertificateFilter m_extra;
    QToolButton *m_detailsToggle = nullptr;
    QLabel *m_summary = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyState = nullptr;
    QSplitter *m_splitter = nullptr;
    CertificateTableModel *m_model = nullptr;
    CertificateTableView *m_view = nullptr;
    DetailsPanel *m_details = nullptr;
    QTimer *m_searchDelay = nullptr;
    QList<QAction *> m_actions;
    qint64 m_inventoryTotal = 0;
};

} // namespace certdesk::ui
