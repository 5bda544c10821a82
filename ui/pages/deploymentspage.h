#pragma once

#include "commands/deploymentactions.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QTableView;
class QToolBar;

namespace certdesk::core {
class Deployments;
class Inventory;
} // namespace certdesk::core

namespace certdesk::ui {

class DeploymentsModel;

// Deployments: where certificates are written (target folder and layout), whether the last run
// wrote the current certificate, and what the endpoint serves — as badges — filtered to problems
// or all; the chosen deployment's details (files, reload command and its last output or error,
// endpoint check, chain problems) and the actions (DeploymentActions) in a toolbar and a context
// menu. Reading is a page of SQL on the GUI thread; writing, reloading and probing run on a worker.
class DeploymentsPage : public QWidget
{
    Q_OBJECT

public:
    enum class Show { All, Problems };
    Q_ENUM(Show)

    explicit DeploymentsPage(core::Inventory &inventory, QWidget *parent = nullptr);
    ~DeploymentsPage() override;

    DeploymentActions *deploymentActions() const { return m_actions; }
    QAction *action(DeploymentActions::Action which) const { return m_actions->action(which); }
    DeploymentsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *detailsLabel() const { return m_details; }
    QComboBox *showCombo() const { return m_show; }
    QLabel *captionLabel() const { return m_caption; }
    QWidget *emptyState() const { return m_empty; }
    bool isBusy() const { return m_actions->isBusy(); }

    std::optional<core::Deployment> currentDeployment() const;
    bool selectDeployment(qint64 id);
    void setShow(Show show);
    Show show() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // Deployments ran or changed (the Certificates page's In use column, the dashboard).
    void deploymentsChanged();
    void showCertificateRequested(qint64 certificateId);
    // The empty state's "Choose a Certificate…": the Certificates page, where Deploy… is.
    void chooseCertificateRequested();
    void statusMessage(const QString &message);
    void keyStoreUnlocked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateDetails();
    void updateCaption();
    void setBusy(bool busy, const QString &text);

    core::Inventory &m_inventory;
    std::unique_ptr<core::Deployments> m_reader;
    DeploymentActions *m_actions = nullptr;
    QToolBar *m_toolbar = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_busyLabel = nullptr;
    QComboBox *m_show = nullptr;
    QLabel *m_caption = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_empty = nullptr;
    DeploymentsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_loadError = nullptr;
};

} // namespace certdesk::ui
