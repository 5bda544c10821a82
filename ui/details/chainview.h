#pragma once

#include "x509/pathvalidator.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace certdesk::core {
class Clock;
}

namespace certdesk::ui {

// What the chain tab shows: the validation of one certificate, or why there is none.
struct ChainReport
{
    qint64 id = 0;
    core::ValidationResult result;
    QString error;
};

// The Chain tab: a tree from the trust anchor down to the certificate, each link
// with its validity and problems in plain words. The chain is looked up and
// validated in a QtConcurrent task on its own connection to the inventory
// (never on the GUI thread). Trust: the system store, plus a self-signed CA
// certificate the inventory holds at the top of the chain (the administrator's
// own roots); a self-signed end-entity certificate is never its own anchor.
class ChainView : public QWidget
{
    Q_OBJECT

public:
    ChainView(QString inventoryPath, const core::Clock &clock, QWidget *parent = nullptr);
    ~ChainView() override;

    void showChain(qint64 id);
    void clear();

    // True from showChain() until its report is shown (not merely until the task ends:
    // the finished signal is queued, so the task may be done before the view knows).
    bool isLoading() const { return m_loading; }
    const ChainReport &report() const { return m_report; }
    QTreeWidget *tree() const { return m_tree; }
    QString summaryText() const;

    // The work of the task (public for tests): opens its own connection.
    static ChainReport load(const QString &inventoryPath, const core::Clock &clock, qint64 id);

Q_SIGNALS:
    void loaded();

private:
    void showReport(const ChainReport &report);

    QString m_path;
    const core::Clock &m_clock;
    qint64 m_requested = 0;
    bool m_loading = false;
    ChainReport m_report;
    QFutureWatcher<ChainReport> m_watcher;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace certdesk::ui
