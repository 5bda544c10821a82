#include "notifications/trayicon.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

#include <algorithm>

namespace certdesk::ui {

namespace {

constexpr int kNamesShown = 3;
constexpr int kMessageMs = 20000;

QString displayName(const core::ExpiryNotice &n)
{
    return n.domainName.isEmpty() ? TrayIcon::tr("certificate %1").arg(n.certificateId) : n.domainName;
}

} // namespace

TrayIcon::TrayIcon(QObject *parent)
    : QObject(parent)
    , m_menu(std::make_unique<QMenu>())
{
    m_show = m_menu->addAction(tr("&Show certdesk"), this, &TrayIcon::showRequested);
    m_checkNow = m_menu->addAction(tr("&Check Expiry Now"), this, &TrayIcon::checkNowRequested);
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("&Quit"), this, &TrayIcon::quitRequested);

    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/certdesk.svg")), this);
    m_tray->setToolTip(tr("certdesk: certificate expiry watch"));
    m_tray->setContextMenu(m_menu.get());
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT showRequested();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { Q_EMIT showExpiringRequested(m_lastDays); });
}

TrayIcon::~TrayIcon()
{
    if (m_tray)
        m_tray->setContextMenu(nullptr);
}

void TrayIcon::setVisible(bool visible)
{
    if (m_tray)
        m_tray->setVisible(visible);
}

int TrayIcon::noticeDays(const QList<core::ExpiryNotice> &notices)
{
    int days = 0;
    for (const core::ExpiryNotice &n : notices)
        days = std::max(days, n.threshold);
    return days;
}

QString TrayIcon::noticeTitle(const QList<core::ExpiryNotice> &notices)
{
    const auto soonest = std::min_element(notices.cbegin(), notices.cend(), [](const auto &a, const auto &b) {
        return a.notAfter < b.notAfter;
    });
    if (soonest != notices.cend() && soonest->daysLeft < 1)
        return tr("Certificates expire today");
    return tr("Certificates expire soon");
}

QString TrayIcon::noticeMessage(const QList<core::ExpiryNotice> &notices)
{
    if (notices.isEmpty())
        return {};
    QList<core::ExpiryNotice> sorted = notices;
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.notAfter < b.notAfter; });
    const int days = noticeDays(notices);
    if (sorted.size() == 1) {
        const core::ExpiryNotice &n = sorted.first();
        if (n.daysLeft < 1)
            return tr("%1 expires within a day (%2 UTC).")
                .arg(displayName(n), n.notAfter.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        const QString date = n.notAfter.toString(QStringLiteral("yyyy-MM-dd"));
        if (n.daysLeft == 1)
            return tr("%1 expires in one day, on %2.").arg(displayName(n), date);
        return tr("%1 expires in %n days, on %2.", nullptr, n.daysLeft).arg(displayName(n), date);
    }
    QStringList names;
    for (qsizetype i = 0; i < sorted.size() && i < kNamesShown; ++i)
        names << displayName(sorted.at(i));
    QString list = names.join(QStringLiteral(", "));
    if (sorted.size() > kNamesShown)
        list = tr("%1 and %n more", nullptr, int(sorted.size() - kNamesShown)).arg(list);
    return tr("%n certificates expire within %1 days: %2", nullptr, int(sorted.size())).arg(QString::number(days), list);
}

void TrayIcon::showNotices(const QList<core::ExpiryNotice> &notices)
{
    if (notices.isEmpty())
        return;
    m_lastDays = noticeDays(notices);
    const QString title = noticeTitle(notices);
    const QString message = noticeMessage(notices);
    if (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, message, QSystemTrayIcon::Warning, kMessageMs);
    else
        Q_EMIT notificationUnavailable(title, message);
}

} // namespace certdesk::ui
