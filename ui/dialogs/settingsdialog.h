#pragma once

#include "settings/appsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace certdesk::ui {

// Preferences: inventory location (takes effect on restart), expiry notification thresholds
// and whether to show notifications, palette, language (takes effect on restart). Edits a copy of the values; OK is only
// possible while everything is valid. Typical use:
//
//   SettingsDialog dialog(appSettings.values(), this);
//   if (dialog.exec() == QDialog::Accepted)
//       apply(appSettings.setValues(dialog.values()));
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const SettingsValues &values, QWidget *parent = nullptr);

    // What the dialog shows now (thresholds as last validly parsed).
    SettingsValues values() const;
    // What differs from the values the dialog opened with.
    AppSettings::Changes changes() const;
    // Whether the inputs are valid (OK is enabled); errorText() says why not.
    bool isValid() const;
    QString errorText() const;

    void setValues(const SettingsValues &values);
    void restoreDefaults();

    QLineEdit *inventoryPathEdit() const { return m_inventoryPath; }
    QLineEdit *thresholdsEdit() const { return m_thresholds; }
    QCheckBox *notificationsCheck() const { return m_notifications; }
    QComboBox *paletteCombo() const { return m_palette; }
    QComboBox *languageCombo() const { return m_language; }

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    // On OK, when something changed.
    void settingsChanged(const certdesk::ui::SettingsValues &values, certdesk::ui::AppSettings::Changes changes);

private:
    void browseInventory();
    void validate();

    SettingsValues m_initial;
    QList<int> m_parsedThresholds;
    QLineEdit *m_inventoryPath = nullptr;
    QLabel *m_restartNote = nullptr;
    QCheckBox *m_notifications = nullptr;
    QLineEdit *m_thresholds = nullptr;
    QLabel *m_error = nullptr;
    QComboBox *m_palette = nullptr;
    QComboBox *m_language = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace certdesk::ui
