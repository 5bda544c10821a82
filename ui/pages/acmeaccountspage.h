#pragma once

#include "commands/acmeaccountactions.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QStackedWidget;
class QTableView;
class QToolBar;

namespace certdesk::core {
class AcmeAccounts;
class Inventory;
} // namespace certdesk::core

namespace certdesk::ui {

class AcmeAccountsModel;

// ACME accounts: a table of the inventory's accounts (name, CA, e-mail, key, status, created),
// the chosen account's details (directory, account URL, terms agreed, binding), and the account
// actions (AcmeAccountActions) in a toolbar and a context menu. Reading is a few rows of SQL on
// the GUI thread; everything that talks to the CA runs on a worker.
class AcmeAccountsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AcmeAccountsPage(core::Inventory &inventory, QWidget *parent = nullptr);
    ~AcmeAccountsPage() override;

    AcmeAccountActions *accountActions() const { return m_actions; }
    QAction *action(AcmeAccountActions::Action which) const { return m_actions->action(which); }
    AcmeAccountsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *detailsLabel() const { return m_details; }
    QWidget *emptyState() const { return m_empty; }
    QLabel *busyLabel() const { return m_busyLabel; }
    bool isBusy() const { return m_actions->isBusy(); }

    std::optional<core::AcmeAccountInfo> currentAccount() const;
    bool selectAccount(qint64 id);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // Accounts were added or changed (the Request wizard reads them again).
    void accountsChanged();
    void statusMessage(const QString &message);
    void keyStoreUnlocked();

private:
    void updateDetails();
    void setBusy(bool busy, const QString &text);

    core::Inventory &m_inventory;
    std::unique_ptr<core::AcmeAccounts> m_reader;
    AcmeAccountActions *m_actions = nullptr;
    QToolBar *m_toolbar = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_busyLabel = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_empty = nullptr;
    AcmeAccountsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_loadError = nullptr;
};

} // namespace certdesk::ui
