#pragma once

#include "commands/managedactions.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolBar;

namespace certdesk::core {
class CertificateAuthorities;
class Inventory;
class ManagedCertificates;
} // namespace certdesk::core

namespace certdesk::ui {

class ManagedCertificatesModel;
class ManagedDetailsView;

// Requests: the managed certificates — what was requested, from whom, its status and renewal —
// filtered to open requests, problems or all and searched by name, with the chosen one's details
// (validation, the CSR for an external CA, history) and the actions (ManagedActions) in a
// toolbar, a context menu and on keys. The renewal engine runs from here: at start, every hour
// and after the key store is unlocked, while it is unlocked (it never asks).
class RequestsPage : public QWidget
{
    Q_OBJECT

public:
    enum class Show { Open, Problems, All };
    Q_ENUM(Show)

    static constexpr int kRenewalIntervalMinutes = 60;

    explicit RequestsPage(core::Inventory &inventory, QWidget *parent = nullptr);
    ~RequestsPage() override;

    ManagedActions *managedActions() const { return m_actions; }
    QAction *action(ManagedActions::Action which) const { return m_actions->action(which); }
    ManagedCertificatesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    ManagedDetailsView *detailsView() const { return m_details; }
    QComboBox *showCombo() const { return m_show; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *captionLabel() const { return m_caption; }
    QWidget *emptyState() const { return m_empty; }
    QTimer *renewalTimer() const { return m_renewalTimer; }
    core::ManagedCertificates &reader() { return *m_reader; }

    std::optional<core::ManagedCertificate> currentManaged() const;
    // Selects a managed certificate (showing all when the filter hides it).
    bool selectManaged(qint64 id);
    void setShow(Show show);

public Q_SLOTS:
    // Reads the managed certificates again, keeping the selection.
    void refresh();
    // Runs the renewal engine now (quietly; nothing without an unlocked key store).
    void renewDue();

Q_SIGNALS:
    void certificatesChanged();
    void statusMessage(const QString &message);
    void keyStoreUnlocked();
    void activated();
    // Show this certificate on the Certificates page.
    void showCertificateRequested(qint64 certificateId);
    // A request went through (from the wizard): where to show it is the window's business.
    void requested(const certdesk::core::ManagedCertificate &managed);

private:
    void applyFilter();
    void currentChanged();
    void updateCaption();
    void showMenu(const QPoint &pos);
    void setBusy(bool busy, const QString &text);

    core::Inventory &m_inventory;
    std::unique_ptr<core::CertificateAuthorities> m_cas;
    std::unique_ptr<core::ManagedCertificates> m_reader;
    ManagedActions *m_actions = nullptr;
    QToolBar *m_toolbar = nullptr;
    QLabel *m_busyLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QComboBox *m_show = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_caption = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_empty = nullptr;
    QSplitter *m_splitter = nullptr;
    ManagedCertificatesModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    ManagedDetailsView *m_details = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTimer *m_renewalTimer = nullptr;
    qint64 m_allCount = 0;
};

} // namespace certdesk::ui
