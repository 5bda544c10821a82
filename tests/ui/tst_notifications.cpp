#include "testcertificates.h"
#include "uitestutil.h"

#include "notifications/expirycheckscheduler.h"
#include "notifications/trayicon.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSystemTrayIcon>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::core;
using namespace certdesk::ui;

namespace {

const QDateTime kStart = QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC);

ExpiryNotice notice(qint64 id, const QString &name, int daysLeft, int threshold)
{
    return ExpiryNotice{id, name, kStart.addDays(daysLeft).addSecs(3600), threshold, daysLeft};
}

} // namespace

class TestNotifications : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{kStart};

    void addCertificates(Inventory &inv)
    {
        const QDateTime born = kStart.addDays(-60);
        QList<ImportSource> sources;
        int serial = 0;
        for (const auto &[name, days] : {std::pair{QStringLiteral("www.example.test"), 20.0},
                                         std::pair{QStringLiteral("api.example.test"), 20.0},
                                         std::pair{QStringLiteral("mail.example.test"), 5.5},
                                         std::pair{QStringLiteral("later.example.test"), 90.0}})
            sources.append({name + QStringLiteral(".pem"),
                            test::makeCertificatePem(name, born, kStart.addSecs(qint64(days * 86400)), quint64(++serial))});
        const ImportReport r = ImportJob(inv, {}).importData(sources);
        QCOMPARE(r.imported, 4);
    }

private Q_SLOTS:
    void nextCheckAfter_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("next");
        const QDate d(2026, 6, 1);
        const auto local = [](QDate date, int h, int m) { return QDateTime(date, QTime(h, m), Qt::LocalTime); };
        QTest::newRow("afternoon") << local(d, 15, 0) << local(d.addDays(1), 0, 5);
        QTest::newRow("just after midnight") << local(d, 0, 1) << local(d, 0, 5);
        QTest::newRow("exactly due") << local(d, 0, 5) << local(d.addDays(1), 0, 5);
        QTest::newRow("late evening") << local(d, 23, 59) << local(d.addDays(1), 0, 5);
        QTest::newRow("given in UTC") << local(d, 12, 0).toUTC() << local(d.addDays(1), 0, 5);
    }

    void nextCheckAfter()
    {
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, next);
        QCOMPARE(ExpiryCheckScheduler::nextCheckAfter(now), next);
    }

    // A fake clock walks 50 days; the timer's wake() is called every six hours, as a
    // coarse timer would. Every threshold is announced once per certificate.
    void oncePerThreshold()
    {
        const QString path = m_dir.filePath(QStringLiteral("walk.db"));
        auto inv = test::openInventory(path, m_clock, QStringLiteral("walk"));
        addCertificates(*inv);

        m_clock.set(kStart);
        ExpiryCheckScheduler scheduler(path, m_clock);
        QSignalSpy started(&scheduler, &ExpiryCheckScheduler::checkStarted);
        QSignalSpy finished(&scheduler, &ExpiryCheckScheduler::checkFinished);
        QSignalSpy found(&scheduler, &ExpiryCheckScheduler::noticesFound);
        QSignalSpy failed(&scheduler, &ExpiryCheckScheduler::checkFailed);
        scheduler.start();
        QVERIFY(scheduler.isActive());
        QCOMPARE(started.size(), 1); // at start
        QVERIFY(finished.wait());
        QCOMPARE(scheduler.nextCheck(), ExpiryCheckScheduler::nextCheckAfter(kStart));
        QVERIFY(scheduler.timerInterval() > 0 && scheduler.timerInterval() <= ExpiryCheckScheduler::kMaxSleepMs);

        for (int quarter = 1; quarter <= 50 * 4; ++quarter) {
            m_clock.set(kStart.addSecs(qint64(quarter) * 6 * 3600));
            const qsizetype startedBefore = started.size();
            const bool due = m_clock.now() >= scheduler.nextCheck();
            scheduler.wake();
            QCOMPARE(started.size() - startedBefore, due ? 1 : 0); // a check exactly when one is due
            if (due)
                QVERIFY(finished.wait());
            QVERIFY(!scheduler.isChecking());
        }
        QCOMPARE(failed.size(), 0);
        QCOMPARE(started.size(), 1 + 50); // at start and once a day

        QMap<QString, QList<int>> announced;
        for (const QList<QVariant> &signal : found) {
            const auto notices = signal.first().value<QList<ExpiryNotice>>();
            QVERIFY(!notices.isEmpty());
            for (const ExpiryNotice &n : notices)
                announced[n.domainName].append(n.threshold);
        }
        QCOMPARE(announced.value(QStringLiteral("www.example.test")), (QList<int>{30, 15, 7, 3, 1}));
        QCOMPARE(announced.value(QStringLiteral("api.example.test")), (QList<int>{30, 15, 7, 3, 1}));
        QCOMPARE(announced.value(QStringLiteral("mail.example.test")), (QList<int>{7, 3, 1}));
        QCOMPARE(announced.value(QStringLiteral("later.example.test")), (QList<int>{45})); // 90 days out, 50 walked
        // The first check announced three certificates in one notification.
        QCOMPARE(found.first().first().value<QList<ExpiryNotice>>().size(), 3);
        // The check used its own connection and closed it.
        for (const QString &name : QSqlDatabase::connectionNames())
            QVERIFY2(!name.startsWith(QLatin1String("expiry-check")), qPrintable(name));

        // A new scheduler (a restart) on the same inventory announces nothing again.
        ExpiryCheckScheduler restarted(path, m_clock);
        QSignalSpy again(&restarted, &ExpiryCheckScheduler::checkFinished);
        restarted.start();
        QVERIFY(again.wait());
        QVERIFY(again.first().first().value<QList<ExpiryNotice>>().isEmpty());
    }

    // A machine suspended for three days: the first wake after it checks once and announces
    // the smallest threshold crossed meanwhile.
    void lateWakeAfterSuspend()
    {
        const QString path = m_dir.filePath(QStringLiteral("suspend.db"));
        auto inv = test::openInventory(path, m_clock, QStringLiteral("suspend"));
        addCertificates(*inv);
        m_clock.set(kStart);
        ExpiryCheckScheduler scheduler(path, m_clock);
        scheduler.setThresholds({7, 1});
        QSignalSpy finished(&scheduler, &ExpiryCheckScheduler::checkFinished);
        QSignalSpy found(&scheduler, &ExpiryCheckScheduler::noticesFound);
        scheduler.start();
        QVERIFY(finished.wait());
        QCOMPARE(found.size(), 1); // mail (5.5 days) crossed 7
        m_clock.set(kStart.addDays(5)); // mail: 12 hours left
        scheduler.wake();
        QVERIFY(finished.wait());
        QCOMPARE(finished.size(), 2);
        QCOMPARE(found.size(), 2);
        const auto notices = found.last().first().value<QList<ExpiryNotice>>();
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices.first().domainName, QStringLiteral("mail.example.test"));
        QCOMPARE(notices.first().threshold, 1);
        QVERIFY(scheduler.nextCheck() > m_clock.now());
        scheduler.wake(); // not due again
        QVERIFY(!scheduler.isChecking());
        QCOMPARE(finished.size(), 2);
    }

    void checkNowWhileRunningRunsAgain()
    {
        const QString path = m_dir.filePath(QStringLiteral("twice.db"));
        auto inv = test::openInventory(path, m_clock, QStringLiteral("twice"));
        m_clock.set(kStart);
        ExpiryCheckScheduler scheduler(path, m_clock);
        QSignalSpy finished(&scheduler, &ExpiryCheckScheduler::checkFinished);
        scheduler.checkNow();
        scheduler.checkNow();
        QTRY_COMPARE(finished.size(), 2);
        QVERIFY(!scheduler.isActive()); // checkNow alone does not start the daily checks
        QCOMPARE(scheduler.timerInterval(), -1);
    }

    void failureIsReported()
    {
        m_clock.set(kStart);
        ExpiryCheckScheduler scheduler(m_dir.filePath(QStringLiteral("bad.db")), m_clock);
        scheduler.setThresholds({0});
        QSignalSpy failed(&scheduler, &ExpiryCheckScheduler::checkFailed);
        QSignalSpy finished(&scheduler, &ExpiryCheckScheduler::checkFinished);
        scheduler.start();
        QVERIFY(failed.wait());
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("threshold 0")),
                 qPrintable(failed.first().first().toString()));
        // Retried in ten minutes rather than after midnight.
        QCOMPARE(scheduler.nextCheck(), kStart.addSecs(ExpiryCheckScheduler::kRetryMinutes * 60));
        scheduler.setThresholds({7});
        m_clock.set(kStart.addSecs(ExpiryCheckScheduler::kRetryMinutes * 60));
        scheduler.wake();
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(scheduler.nextCheck(), ExpiryCheckScheduler::nextCheckAfter(m_clock.now()));
    }

    void notificationText()
    {
        const QList<ExpiryNotice> three{notice(1, QStringLiteral("www.example.com"), 6, 7),
                                        notice(2, QStringLiteral("api.example.com"), 2, 3),
                                        notice(3, QStringLiteral("mail.example.com"), 5, 7)};
        QCOMPARE(TrayIcon::noticeMessage(three),
                 QStringLiteral("3 certificates expire within 7 days: api.example.com, mail.example.com, www.example.com"));
        QCOMPARE(TrayIcon::noticeDays(three), 7);
        QCOMPARE(TrayIcon::noticeTitle(three), QStringLiteral("Certificates expire soon"));
        QList<ExpiryNotice> five = three;
        five << notice(4, QStringLiteral("vpn.example.com"), 29, 30) << notice(5, QString(), 10, 15);
        QCOMPARE(TrayIcon::noticeMessage(five),
                 QStringLiteral("5 certificates expire within 30 days: api.example.com, mail.example.com, "
                                "www.example.com and 2 more"));
        QCOMPARE(TrayIcon::noticeMessage({notice(1, QStringLiteral("www.example.com"), 6, 7)}),
                 QStringLiteral("www.example.com expires in 6 days, on 2026-06-07."));
        QCOMPARE(TrayIcon::noticeMessage({notice(1, QStringLiteral("www.example.com"), 1, 1)}),
                 QStringLiteral("www.example.com expires in one day, on 2026-06-02."));
        QCOMPARE(TrayIcon::noticeTitle({notice(1, QStringLiteral("www.example.com"), 0, 1)}),
                 QStringLiteral("Certificates expire today"));
        QVERIFY(TrayIcon::noticeMessage({}).isEmpty());
    }

    // The offscreen platform has no system tray: the menu still works and the notification
    // goes to notificationUnavailable (the status bar) instead of disappearing.
    void trayWithoutSystemTray()
    {
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());
        TrayIcon tray;
        QVERIFY(!tray.isAvailable());
        tray.setVisible(true); // harmless
        QSignalSpy show(&tray, &TrayIcon::showRequested);
        QSignalSpy check(&tray, &TrayIcon::checkNowRequested);
        QSignalSpy quit(&tray, &TrayIcon::quitRequested);
        QSignalSpy fallback(&tray, &TrayIcon::notificationUnavailable);
        QCOMPARE(tray.menu()->actions().size(), 4); // three and a separator
        tray.showAction()->trigger();
        tray.checkNowAction()->trigger();
        tray.quitAction()->trigger();
        QCOMPARE(show.size(), 1);
        QCOMPARE(check.size(), 1);
        QCOMPARE(quit.size(), 1);
        tray.showNotices({});
        QCOMPARE(fallback.size(), 0);
        tray.showNotices({notice(1, QStringLiteral("www.example.com"), 6, 7)});
        QCOMPARE(fallback.size(), 1);
        QCOMPARE(fallback.first().at(1).toString(), QStringLiteral("www.example.com expires in 6 days, on 2026-06-07."));
    }
};

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
