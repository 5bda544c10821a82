#pragma once

#include "inventory/expirynotifier.h"

#include <QObject>

#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace certdesk::ui {

// certdesk in the system tray: a menu (Show certdesk, Check now, Quit) and the desktop
// notification for certificates that crossed an expiry threshold. Where there is no system
// tray (some desktops, the offscreen platform) nothing is shown and the notification is handed
// to notificationUnavailable, for the main window's status bar.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    bool isAvailable() const { return m_tray != nullptr; }
    void setVisible(bool visible);

    QMenu *menu() const { return m_menu.get(); }
    QAction *showAction() const { return m_show; }
    QAction *checkNowAction() const { return m_checkNow; }
    QAction *quitAction() const { return m_quit; }

    // One notification that sums up the notices (nothing for an empty list).
    void showNotices(const QList<certdesk::core::ExpiryNotice> &notices);

    // The texts of that notification. "3 certificates expire within 7 days: a, b, c"
    static QString noticeTitle(const QList<certdesk::core::ExpiryNotice> &notices);
    static QString noticeMessage(const QList<certdesk::core::ExpiryNotice> &notices);
    // The window the notification refers to: the largest threshold among the notices.
    static int noticeDays(const QList<certdesk::core::ExpiryNotice> &notices);

Q_SIGNALS:
    void showRequested();
    void checkNowRequested();
    void quitRequested();
    // The notification was clicked: show the valid certificates expiring within days.
    void showExpiringRequested(int days);
    // No tray to show the notification in.
    void notificationUnavailable(const QString &title, const QString &message);

private:
    std::unique_ptr<QMenu> m_menu;
    QSystemTrayIcon *m_tray = nullptr;
    QAction *m_show = nullptr;
    QAction *m_checkNow = nullptr;
    QAction *m_quit = nullptr;
    int m_lastDays = 0;
};

} // namespace certdesk::ui
