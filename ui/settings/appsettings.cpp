#include "settings/appsettings.h"

#include "inventory/databaselocation.h"
#include "inventory/paths.h"

#include <QRegularExpression>
#include <QSettings>

#include <algorithm>

namespace certdesk::ui {

namespace {

const QString kInventoryPathKey = QStringLiteral("inventory/path");
const QString kThresholdsKey = QStringLiteral("notifications/thresholds");
const QString kNotificationsKey = QStringLiteral("notifications/enabled");
const QString kPaletteKey = QStringLiteral("appearance/palette");
const QString kLanguageKey = QStringLiteral("appearance/language");
const QString kRecentKey = QStringLiteral("inventory/recent");

// What may be written down of a location: never a password.
QString withoutPassword(const QString &location)
{
    const auto loc = certdesk::core::DatabaseLocation::parse(location);
    return loc && loc->isPostgres() ? loc->display() : location.trimmed();
}

struct PaletteName
{
    AppSettings::PaletteMode mode;
    QLatin1String name;
};

constexpr PaletteName kPaletteNames[] = {
    {AppSettings::PaletteMode::System, QLatin1String("system")},
    {AppSettings::PaletteMode::Light, QLatin1String("light")},
    {AppSettings::PaletteMode::Dark, QLatin1String("dark")},
};

} // namespace

AppSettings::AppSettings(QSettings *settings)
    : m_settings(settings)
{
    Q_ASSERT(settings);
}

QString AppSettings::inventoryPath() const
{
    const QString path = m_settings->value(kInventoryPathKey).toString().trimmed();
    return path.isEmpty() ? core::defaultInventoryPath() : path;
}

void AppSettings::setInventoryPath(const QString &path)
{
    // The default is not written down: it follows the platform's data folder.
    if (path.trimmed().isEmpty() || path == core::defaultInventoryPath())
        m_settings->remove(kInventoryPathKey);
    else
        m_settings->setValue(kInventoryPathKey, path.trimmed());
}

QStringList AppSettings::recentInventories() const
{
    QStringList out;
    for (const QString &entry : m_settings->value(kRecentKey).toStringList()) {
        const QString location = withoutPassword(entry);
        if (!location.isEmpty() && !out.contains(location) && out.size() < kMaxRecentInventories)
            out << location;
    }
    return out;
}

void AppSettings::addRecentInventory(const QString &location)
{
    const QString entry = withoutPassword(location);
    if (entry.isEmpty())
        return;
    QStringList list = recentInventories();
    list.removeAll(entry);
    list.prepend(entry);
    m_settings->setValue(kRecentKey, list.mid(0, kMaxRecentInventories));
}

QList<int> AppSettings::notificationThresholds() const
{
    if (!m_settings->contains(kThresholdsKey))
        return defaultThresholds();
    const auto parsed = parseThresholds(m_settings->value(kThresholdsKey).toString());
    return parsed ? *parsed : defaultThresholds();
}

bool AppSettings::setNotificationThresholds(const QList<int> &days)
{
    const auto normalized = normalizeThresholds(days);
    if (!normalized)
        return false;
    if (*normalized == defaultThresholds())
        m_settings->remove(kThresholdsKey);
    else
        m_settings->setValue(kThresholdsKey, formatThresholds(*normalized));
    return true;
}

AppSettings::PaletteMode AppSettings::paletteMode() const
{
    const QString name = m_settings->value(kPaletteKey).toString().toLower();
    for (const PaletteName &p : kPaletteNames) {
        if (name == p.name)
            return p.mode;
    }
    return PaletteMode::System;
}

void AppSettings::setPaletteMode(PaletteMode mode)
{
    for (const PaletteName &p : kPaletteNames) {
        if (p.mode == mode)
            m_settings->setValue(kPaletteKey, QString(p.name));
    }
}

bool AppSettings::notificationsEnabled() const { return m_settings->value(kNotificationsKey, true).toBool(); }

void AppSettings::setNotificationsEnabled(bool enabled) { m_settings->setValue(kNotificationsKey, enabled); }

QString AppSettings::language() const { return m_settings->value(kLanguageKey).toString().trimmed(); }

void AppSettings::setLanguage(const QString &language)
{
    if (language.trimmed().isEmpty())
        m_settings->remove(kLanguageKey);
    else
        m_settings->setValue(kLanguageKey, language.trimmed());
}

SettingsValues AppSettings::values() const
{
    return SettingsValues{inventoryPath(), notificationThresholds(), paletteMode(), notificationsEnabled(), language()};
}

AppSettings::Changes AppSettings::setValues(const SettingsValues &values)
{
    const SettingsValues before = this->values();
    setInventoryPath(values.inventoryPath);
    setNotificationThresholds(values.thresholds);
    setPaletteMode(values.palette);
    setNotificationsEnabled(values.notificationsEnabled);
    setLanguage(values.language);
    return settingsChanges(before, this->values());
}

SettingsValues AppSettings::defaults()
{
    return SettingsValues{core::defaultInventoryPath(), defaultThresholds(), PaletteMode::System, true, QString()};
}

std::expected<QList<int>, QString> AppSettings::parseThresholds(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return std::unexpected(tr("Enter at least one number of days, for example 30, 7, 1."));
    QList<int> days;
    for (const QString &part : parts) {
        bool ok = false;
        const int value = part.toInt(&ok);
        if (!ok)
            return std::unexpected(tr("\"%1\" is not a whole number of days.").arg(part));
        days.append(value);
    }
    return normalizeThresholds(days);
}

std::expected<QList<int>, QString> AppSettings::normalizeThresholds(QList<int> days)
{
    if (days.isEmpty())
        return std::unexpected(tr("Enter at least one number of days, for example 30, 7, 1."));
    for (int d : days) {
        if (d < kMinThreshold || d > kMaxThreshold)
            return std::unexpected(tr("%1 days is out of range: use %2 to %3 days.").arg(d).arg(kMinThreshold).arg(kMaxThreshold));
    }
    std::sort(days.begin(), days.end(), std::greater<int>());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days;
}

QString AppSettings::formatThresholds(const QList<int> &days)
{
    QStringList parts;
    for (int d : days)
        parts << QString::number(d);
    return parts.join(QStringLiteral(", "));
}

AppSettings::Changes settingsChanges(const SettingsValues &before, const SettingsValues &after)
{
    AppSettings::Changes changes;
    if (before.inventoryPath != after.inventoryPath)
        changes |= AppSettings::Change::InventoryPath;
    if (before.thresholds != after.thresholds)
        changes |= AppSettings::Change::Thresholds;
    if (before.palette != after.palette)
        changes |= AppSettings::Change::Palette;
    if (before.notificationsEnabled != after.notificationsEnabled)
        changes |= AppSettings::Change::Notifications;
    if (before.language != after.language)
        changes |= AppSettings::Change::Language;
    return changes;
}

} // namespace certdesk::ui
