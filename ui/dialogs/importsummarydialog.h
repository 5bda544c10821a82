#pragma once

#include "inventory/importreport.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace certdesk::ui {

// What an import did: counts, and every failure with its file and reason; Copy puts the
// whole report on the clipboard as text.
class ImportSummaryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportSummaryDialog(const core::ImportReport &report, QWidget *parent = nullptr);

    // One line, for the status bar ("Imported 12 certificates, 3 already present, 1 failed").
    static QString oneLine(const core::ImportReport &report);
    // The whole report as plain text (what Copy copies).
    static QString reportText(const core::ImportReport &report);
    // A failure's message split into what it is about (file, entry) and why.
    static std::pair<QString, QString> splitFailure(const QString &message);

    QPushButton *copyButton() const { return m_copy; }
    QTreeWidget *failureList() const { return m_failures; }

private:
    core::ImportReport m_report;
    QPushButton *m_copy = nullptr;
    QTreeWidget *m_failures = nullptr;
};

} // namespace certdesk::ui
