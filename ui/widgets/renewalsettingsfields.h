#pragma once

#include "lifecycle/managedcertificates.h"

#include <QWidget>

class QCheckBox;
class QRadioButton;
class QSpinBox;

namespace certdesk::ui {

// How a managed certificate renews: when (automatically — when at most min(60 days, a third of
// the lifetime) is left — or a fixed number of days before expiry), with a new key or the same
// one, and whether its key may be exported. The Request wizard and the Renewal Settings dialog
// share it.
class RenewalSettingsFields : public QWidget
{
    Q_OBJECT

public:
    explicit RenewalSettingsFields(QWidget *parent = nullptr);

    core::ManagedCertificates::Settings settings() const;
    void setSettings(const core::ManagedCertificates::Settings &settings);

    QRadioButton *automaticButton() const { return m_automatic; }
    QRadioButton *daysButton() const { return m_fixed; }
    QSpinBox *daysSpin() const { return m_days; }
    QCheckBox *reuseKeyBox() const { return m_reuseKey; }
    QCheckBox *exportAllowedBox() const { return m_export; }

Q_SIGNALS:
    void changed();

private:
    QRadioButton *m_automatic = nullptr;
    QRadioButton *m_fixed = nullptr;
    QSpinBox *m_days = nullptr;
    QCheckBox *m_reuseKey = nullptr;
    QCheckBox *m_export = nullptr;
};

} // namespace certdesk::ui
