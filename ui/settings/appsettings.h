#pragma once

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <expected>

class QSettings;

namespace certdesk::ui {

struct SettingsValues;

// Typed access to the preferences kept in QSettings: where the inventory is, when to
// warn about expiry, which palette to use. Reads fall back to the defaults when a value
// is missing or unusable (a hand-edited file must not break the start).
class AppSettings
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    enum class PaletteMode { System, Light, Dark };
    Q_ENUM(PaletteMode)

    enum class Change {
        None = 0,
        InventoryPath = 1,
        Thresholds = 2,
        Palette = 4,
        Notifications = 8,
        Language = 16,
    };
    Q_DECLARE_FLAGS(Changes, Change)
    Q_FLAG(Changes)

    static constexpr int kMinThreshold = 1;
    static constexpr int kMaxThreshold = 365;

    // settings must outlive this object.
    explicit AppSettings(QSettings *settings);

    QString inventoryPath() const; // default: core::defaultInventoryPath()
    void setInventoryPath(const QString &path);
    QList<int> notificationThresholds() const; // days, descending, unique, each 1..365
    // Normalises (sorts, removes duplicates); refuses (returns false, stores nothing) what is out of range or empty.
    bool setNotificationThresholds(const QList<int> &days);
    PaletteMode paletteMode() const;
    void setPaletteMode(PaletteMode mode);
    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled);
    // The user-interface language: "" follows the system, "en" or a translation's code ("de")
    // forces one (Translations::install). Takes effect at the next start.
    QString language() const;
    void setLanguage(const QString &language);

    // Inventories opened lately (File > Open Recent), the latest first, at most
    // kMaxRecentInventories: file paths, and URLs without their password.
    QStringList recentInventories() const;
    // Puts location first (a password in a URL is dropped before it is stored).
    void addRecentInventory(const QString &location);
    static constexpr int kMaxRecentInventories = 8;

    SettingsValues values() const;
    // Stores every value; returns what differed from before.
    Changes setValues(const SettingsValues &values);

    static SettingsValues defaults();
    static QList<int> defaultThresholds() { return {45, 30, 15, 7, 3, 1}; }

    // "45, 30, 15, 7, 3, 1" (commas, spaces or semicolons between numbers) -> {45, 30, 15, 7, 3, 1},
    // or why not, in words for the user.
    static std::expected<QList<int>, QString> parseThresholds(const QString &text);
    static std::expected<QList<int>, QString> normalizeThresholds(QList<int> days);
    static QString formatThresholds(const QList<int> &days); // "45, 30, 15, 7, 3, 1"

private:
    QSettings *m_settings;
};

struct SettingsValues
{
    QString inventoryPath;
    QList<int> thresholds;
    AppSettings::PaletteMode palette = AppSettings::PaletteMode::System;
    bool notificationsEnabled = true;
    QString language; // "" = the system's

    bool operator==(const SettingsValues &) const = default;
};

// Which fields differ between two sets of values.
AppSettings::Changes settingsChanges(const SettingsValues &before, const SettingsValues &after);

Q_DECLARE_OPERATORS_FOR_FLAGS(AppSettings::Changes)

} // namespace certdesk::ui
