#pragma once

#include "lifecycle/managedcertificates.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace certdesk::ui {

class RenewalSettingsFields;

// Renewal Settings… of a managed certificate: when it renews (automatically or N days before
// expiry), with a new key or the same one, and whether its key may be exported. The caller
// applies settings() (ManagedCertificates::updateSettings) after OK.
class RenewalSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RenewalSettingsDialog(const core::ManagedCertificate &managed, QWidget *parent = nullptr);

    core::ManagedCertificates::Settings settings() const;
    RenewalSettingsFields *fields() const { return m_fields; }
    QPushButton *okButton() const { return m_ok; }

private:
    void updatePreview();

    core::ManagedCertificate m_managed;
    RenewalSettingsFields *m_fields = nullptr;
    QLabel *m_preview = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace certdesk::ui
