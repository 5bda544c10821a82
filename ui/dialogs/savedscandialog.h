#pragma once

#include "deploy/endpointscanner.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace certdesk::ui {

class ScanSpecFields;

// A new saved scan: its name, what it scans (ScanSpecFields) and how often it runs (daily by
// default, or by hand). OK only when the fields make a scan.
class SavedScanDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SavedScanDialog(const core::ScanSpec &initial, QWidget *parent = nullptr);

    QString name() const;
    core::ScanSpec spec() const;
    int intervalHours() const;

    QLineEdit *nameField() const { return m_name; }
    ScanSpecFields *fields() const { return m_fields; }
    QComboBox *scheduleCombo() const { return m_schedule; }

private:
    void updateOk();

    QLineEdit *m_name = nullptr;
    ScanSpecFields *m_fields = nullptr;
    QComboBox *m_schedule = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace certdesk::ui
