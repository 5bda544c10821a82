#pragma once

#include "inventory/inventory.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTreeWidget;

namespace certdesk::ui {

class ChainView;
class InUseView;
class LifetimeBar;

// Everything about one certificate, in tabs: Overview (as ACM's DescribeCertificate),
// Names, Chain (validated in the background), Extensions, PEM, Deployments (where it is in use,
// read in the background) and History.
class DetailsPanel : public QWidget
{
    Q_OBJECT

public:
    enum Tab { OverviewTab, NamesTab, ChainTab, ExtensionsTab, PemTab, DeploymentsTab, HistoryTab };
    Q_ENUM(Tab)

    explicit DetailsPanel(core::Inventory &inventory, QWidget *parent = nullptr);

    // Shows a certificate (0: nothing). Reads it from the inventory; the chain follows asynchronously.
    void showCertificate(qint64 id);
    qint64 certificateId() const { return m_id; }
    // The notification threshold colours the lifetime bar like the table rows.
    void setNotificationThresholdDays(int days);

    QTabWidget *tabs() const { return m_tabs; }
    QTreeWidget *namesTree() const { return m_names; }
    QTreeWidget *extensionsTree() const { return m_extensions; }
    QTreeWidget *historyTree() const { return m_history; }
    QPlainTextEdit *pemText() const { return m_pem; }
    ChainView *chainView() const { return m_chain; }
    InUseView *inUseView() const { return m_inUse; }
    LifetimeBar *lifetimeBar() const { return m_lifetime; }
    // The value shown beside an Overview label ("Serial number", "SHA-256 fingerprint", ...).
    QString overviewValue(const QString &label) const;

Q_SIGNALS:
    void chainLoaded();
    void inUseLoaded();
    // Deploy… on the Deployments tab.
    void deployRequested(qint64 certificateId);
    void deploymentActivated(qint64 deploymentId);

private:
    QWidget *buildOverview();
    void addRow(const QString &label, const QString &value, bool monospace = false);
    void showEmpty(const QString &message);

    core::Inventory &m_inventory;
    qint64 m_id = 0;
    int m_thresholdDays;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QWidget *m_overview = nullptr;
    QGridLayout *m_grid = nullptr;
    QWidget *m_validityRow = nullptr;
    LifetimeBar *m_lifetime = nullptr;
    QLabel *m_lifetimeText = nullptr;
    QTreeWidget *m_names = nullptr;
    ChainView *m_chain = nullptr;
    InUseView *m_inUse = nullptr;
    QLabel *m_inUseValue = nullptr;
    QTreeWidget *m_extensions = nullptr;
    QPlainTextEdit *m_pem = nullptr;
    QTreeWidget *m_history = nullptr;
};

} // namespace certdesk::ui
