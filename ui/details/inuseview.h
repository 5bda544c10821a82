#pragma once

#include "deploy/deployments.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace certdesk::core {
class Clock;
}

namespace certdesk::ui {

// Where one certificate is in use (ACM's InUseBy): the deployments that write it, the endpoints
// seen serving it and the files a scan found it in. Read on a worker with its own connection;
// "Deploy…" asks for a new deployment of it.
class InUseView : public QWidget
{
    Q_OBJECT

public:
    struct Loaded
    {
        qint64 id = 0;
        core::InUse inUse;
        QString error;
    };

    InUseView(QString inventoryPath, const core::Clock &clock, QWidget *parent = nullptr);
    ~InUseView() override; // waits for a running read

    void showCertificate(qint64 id); // 0: nothing
    void clear();
    qint64 certificateId() const { return m_requested; }
    bool isLoading() const { return m_watcher.isRunning(); }
    const core::InUse &inUse() const { return m_inUse; }
    QTreeWidget *tree() const { return m_tree; }
    QPushButton *deployButton() const { return m_deploy; }
    QLabel *summaryLabel() const { return m_summary; }
    // One line for the Overview's "In use by" row.
    static QString describe(const core::InUse &inUse);

Q_SIGNALS:
    void loaded();
    void deployRequested(qint64 certificateId);
    void deploymentActivated(qint64 deploymentId);

private:
    static Loaded load(const QString &path, const core::Clock &clock, qint64 id);
    void show(const Loaded &loaded);

    QString m_path;
    const core::Clock &m_clock;
    qint64 m_requested = 0;
    core::InUse m_inUse;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_deploy = nullptr;
    QFutureWatcher<Loaded> m_watcher;
};

} // namespace certdesk::ui
