#pragma once

#include "crypto/error.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QSettings;

namespace certdesk::core {
class Clock;
class Inventory;
} // namespace certdesk::core

namespace certdesk::ui {

class MainWindow;

// The running console: the inventory open now and the main window showing it. Another inventory
// (File > Open Team Inventory…, Open Recent, the local one) is opened first and only then replaces
// the window, so a location that cannot be opened leaves everything as it was. Every inventory
// opened goes to the recent list (AppSettings, without passwords).
class Console : public QObject
{
    Q_OBJECT

public:
    // clock and settings (may be nullptr: nothing remembered) outlive the console.
    Console(const core::Clock &clock, QSettings *settings, QObject *parent = nullptr);
    ~Console() override;

    // Opens location (a file or a postgresql:// URL; password: for a URL without one, kept in
    // this process's memory) and shows it in a new main window in place of the current one.
    // Refused while an import runs in the current window.
    core::Result<void> open(const QString &location, const QString &password = {});

    // What the window's File > Open Team Inventory… and Open Recent use: connects, signs in and
    // brings the schema up to date on a worker first (an unreachable server can take up to its
    // connect_timeout, a migration of a large inventory longer), and only then open()s on this
    // thread against a server that has just answered. The console stays responsive meanwhile;
    // the status bar says what is being opened. A request while one runs is ignored.
    void openInBackground(const QString &location, const QString &password = {});
    bool isOpening() const { return m_opening; }

    MainWindow *window() const { return m_window.get(); }
    core::Inventory *inventory() const { return m_inventory.get(); }

Q_SIGNALS:
    // A new window shows a new inventory (the previous window is gone).
    void windowChanged(certdesk::ui::MainWindow *window);
    // An openInBackground() has ended: error is empty when the new window shows.
    void backgroundOpenFinished(const QString &location, const QString &error);

private:
    // Locked while the current window runs an import (nothing else may be opened then).
    std::optional<core::Error> importRunning() const;
    void reportOpenFailure(const QString &location, const core::Error &error);

    const core::Clock &m_clock;
    QSettings *m_settings;
    int m_opened = 0;
    bool m_opening = false;
    // Declared so that the window goes before the inventory its pages read.
    std::unique_ptr<core::Inventory> m_inventory;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace certdesk::ui
