#pragma once

#include "widgets/acmeorderview.h"

#include <QWizardPage>

namespace certdesk::ui {

class AcmeSession;

// The Request wizard's last page for ACME: the order as it runs on the worker (AcmeOrderView).
// Complete (Finish) once the order has ended, issued or not.
class AcmeProgressPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit AcmeProgressPage(QWidget *parent = nullptr);

    // A new run for these names (ASCII; a wildcard with its "*.").
    void start(const QStringList &names, AcmeSession *session) { m_view->start(names, session); }
    void finish(bool issued, const QString &text) { m_view->finish(issued, text); }
    bool isRunning() const { return m_view->isRunning(); }
    bool isComplete() const override { return m_view->isDone(); }
    // Cancel pressed while the order runs: tell the worker and wait for it.
    void cancelling() { m_view->cancelling(); }

    AcmeOrderView *view() const { return m_view; }
    QString stateOf(const QString &name) const { return m_view->stateOf(name); }
    QTreeWidget *namesList() const { return m_view->namesList(); }
    QGroupBox *recordsBox() const { return m_view->recordsBox(); }
    QTreeWidget *recordsList() const { return m_view->recordsList(); }
    QPushButton *confirmButton() const { return m_view->confirmButton(); }
    QPushButton *copyAllButton() const { return m_view->copyAllButton(); }
    QLabel *statusLabel() const { return m_view->statusLabel(); }
    QLabel *resultLabel() const { return m_view->resultLabel(); }

private:
    AcmeOrderView *m_view = nullptr;
};

} // namespace certdesk::ui
