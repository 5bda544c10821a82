#pragma once

#include "crypto/error.h"

#include <QObject>
#include <QPointer>

#include <memory>

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

    MainWindow *window() const { return m_window.get(); }
    core::Inventory *inventory() const { return m_inventory.get(); }

Q_SIGNALS:
    // A new window shows a new inventory (the previous window is gone).
    void windowChanged(certdesk::ui::MainWindow *window);

private:
    void switchRequested(const QString &location, const QString &password);

    const core::Clock &m_clock;
    QSettings *m_settings;
    int m_opened = 0;
    // Declared so that the window goes before the inventory its pages read.
    std::unique_ptr<core::Inventory> m_inventory;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace certdesk::ui
