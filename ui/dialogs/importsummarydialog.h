#pragma once

#include "inventory/importreport.h"

#include <QDialog>

namespace certdesk::ui {

// What an import did: counts, and every failure with its reason.
class ImportSummaryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportSummaryDialog(const core::ImportReport &report, QWidget *parent = nullptr);

    // One line, for the status bar ("Imported 12 certificates, 3 already present, 1 failed").
    static QString oneLine(const core::ImportReport &report);
};

} // namespace certdesk::ui
