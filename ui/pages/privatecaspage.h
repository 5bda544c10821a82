#pragma once

#include "commands/caactions.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolBar;
class QTreeView;

namespace certdesk::core {
class CertificateAuthorities;
class Inventory;
} // namespace certdesk::core

namespace certdesk::ui {

class CaDetailsView;
class CaTreeModel;
class IssuedCertificatesModel;

// Private CAs: the hierarchy as a tree (state and validity), the chosen CA's details (subject,
// key, chain, CRL status, counts) and the certificates it issued (serial, subject, template, not
// after, status), with the CA actions (CaActions) in a toolbar, in context menus and on keys.
// Reading the CAs is a few rows of SQL on the GUI thread; everything that signs or generates a
// key runs on a worker (CaCommand).
class PrivateCasPage : public QWidget
{
    Q_OBJECT

public:
    explicit PrivateCasPage(core::Inventory &inventory, QWidget *parent = nullptr);
    ~PrivateCasPage() override;

    CaActions *caActions() const { return m_actions; }
    QAction *action(CaActions::Action which) const { return m_actions->action(which); }
    QList<QAction *> actions() const { return m_actions->actions(); }
    CaTreeModel *caModel() const { return m_caModel; }
    QTreeView *caView() const { return m_tree; }
    IssuedCertificatesModel *issuedModel() const { return m_issuedModel; }
    QTableView *issuedView() const { return m_issued; }
    QLineEdit *issuedFilter() const { return m_filter; }
    CaDetailsView *detailsView() const { return m_details; }
    QLabel *issuedCaption() const { return m_issuedCaption; }
    QWidget *emptyState() const { return m_empty; }
    bool isBusy() const { return m_actions->isBusy(); }

    std::optional<core::CaInfo> currentCa() const;
    std::optional<IssuedRow> currentCertificate() const;
    bool selectCa(qint64 caId);
    bool selectCertificate(qint64 certificateId);

public Q_SLOTS:
    // Reads the CAs again, keeping the selection.
    void refresh();
    // Revoke… for a certificate chosen elsewhere (the Certificates page).
    void revokeCertificate(qint64 certificateId);

Q_SIGNALS:
    void certificatesChanged();
    void statusMessage(const QString &message);
    void keyStoreUnlocked();
    // An action was triggered (from a menu, perhaps on another page): show this page.
    void activated();
    // Show this certificate on the Certificates page (a search for its serial).
    void showCertificateRequested(const QString &serial);

private:
    void currentCaChanged();
    void loadIssued();
    void updateCaption();
    void showCaMenu(const QPoint &pos);
    void showIssuedMenu(const QPoint &pos);
    void setBusy(bool busy, const QString &text);
    void changed(qint64 caId, qint64 certificateId);

    core::Inventory &m_inventory;
    std::unique_ptr<core::CertificateAuthorities> m_reader;
    CaActions *m_actions = nullptr;
    QToolBar *m_toolbar = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_busyLabel = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_empty = nullptr;
    QSplitter *m_splitter = nullptr;
    CaTreeModel *m_caModel = nullptr;
    QTreeView *m_tree = nullptr;
    CaDetailsView *m_details = nullptr;
    IssuedCertificatesModel *m_issuedModel = nullptr;
    QTableView *m_issued = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_issuedCaption = nullptr;
    QStackedWidget *m_issuedStack = nullptr;
    QLabel *m_issuedEmpty = nullptr;
    QString m_loadError;
};

} // namespace certdesk::ui
