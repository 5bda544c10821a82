#include "testcertificates.h"
#include "testinventory.h"
#include "testutil.h"

#include "inventory/expirynotifier.h"
#include "inventory/importjob.h"
#include "inventory/inventory.h"

#include <QSqlQuery>
#include <QtTest>

using namespace certdesk::core;
using namespace certdesk::test;

namespace {

// The first check of every walk: a working morning, not midnight, so "days left" is not a whole number.
const QDateTime kStart = QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC);

QDateTime at(double days) { return kStart.addSecs(qint64(days * 86400)); }

} // namespace

class TestExpiryNotifier : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{kStart};
    int m_serial = 0;

    std::unique_ptr<Inventory> open(const QString &file, const QString &connection)
    {
        auto inv = Inventory::open(certdesk::test::inventoryLocation(m_dir.filePath(file)), m_clock, connection);
        if (!inv)
            qFatal("%s", qPrintable(inv.error().message));
        return std::move(*inv);
    }

    qint64 add(Inventory &inv, const QString &name, const QDateTime &notBefore, const QDateTime &notAfter)
    {
        const ImportReport r = ImportJob(inv, {}).importData(
            {{name + QStringLiteral(".pem"), makeCertificatePem(name, notBefore, notAfter, quint64(++m_serial))}});
        if (r.failed() != 0)
            qFatal("cannot import %s: %s", qPrintable(name), qPrintable(r.failures.first().message));
        CertificateFilter f;
        f.search = name;
        const auto rows = inv.list(f, SortSpec{QStringLiteral("id"), true}, 1);
        return rows->first().id;
    }

    qint64 scalar(Inventory &inv, const QString &sql)
    {
        QSqlQuery q(inv.database().db());
        if (!q.exec(sql) || !q.next())
            qFatal("%s", qPrintable(sql));
        return q.value(0).toLongLong();
    }

private Q_SLOTS:
    void init() { m_clock.set(kStart); }

    void schemaHasNotifications()
    {
        auto inv = open(QStringLiteral("schema.db"), QStringLiteral("schema"));
        QVERIFY(inv->database().schemaVersion() >= 2); // notifications arrived with schema 2
        QCOMPARE(scalar(*inv, QStringLiteral("SELECT COUNT(*) FROM notifications")), 0);
    }

    void thresholdsAreNormalised()
    {
        auto inv = open(QStringLiteral("thresholds.db"), QStringLiteral("thresholds"));
        QCOMPARE(ExpiryNotifier(*inv).thresholds(), (QList<int>{45, 30, 15, 7, 3, 1}));
        QCOMPARE(ExpiryNotifier(*inv, {7, 30, 7, 1}).thresholds(), (QList<int>{30, 7, 1}));
        ExpiryNotifier bad(*inv, {30, 0});
        const auto r = bad.check();
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(r.error().message.contains(QLatin1String("threshold 0")), qPrintable(r.error().message));
        QVERIFY(!ExpiryNotifier(*inv, {366}).pending());
        QVERIFY(ExpiryNotifier(*inv, {}).check().value().isEmpty());
    }

    // Sixty days, one check a day, and a new notifier (as after a restart) every day.
    void dayByDay()
    {
        auto inv = open(QStringLiteral("walk.db"), QStringLiteral("walk"));
        const QDateTime born = kStart.addDays(-30);
        const qint64 far = add(*inv, QStringLiteral("far.example.test"), born, at(50));
        const qint64 soon = add(*inv, QStringLiteral("soon.example.test"), born, at(2.05)); // imported with 2 days left
        const qint64 renewedOld = add(*inv, QStringLiteral("renewed.example.test"), born, at(10));
        add(*inv, QStringLiteral("renewed.example.test"), kStart, at(400));
        const qint64 deleted = add(*inv, QStringLiteral("deleted.example.test"), born, at(20));
        const qint64 future = add(*inv, QStringLiteral("future.example.test"), at(5), at(6)); // valid from day 5
        add(*inv, QStringLiteral("gone.example.test"), born, at(-1));                      // already expired
        add(*inv, QStringLiteral("later.example.test"), born, at(200));                    // outside every threshold

        QMap<qint64, QList<int>> seen; // certificate -> thresholds announced, in order
        QList<int> daysLeftOfFar;
        for (int day = 0; day <= 60; ++day) {
            m_clock.set(at(day));
            if (day == 1)
                QVERIFY(inv->remove(deleted));
            ExpiryNotifier notifier(*inv);
            const auto notices = notifier.check();
            QVERIFY2(notices, notices ? "" : qPrintable(notices.error().message));
            for (const ExpiryNotice &n : *notices) {
                seen[n.certificateId].append(n.threshold);
                QVERIFY(n.daysLeft <= n.threshold);
                if (n.certificateId == far)
                    daysLeftOfFar.append(n.daysLeft);
            }
            // Checking again at the same moment announces nothing.
            QVERIFY(ExpiryNotifier(*inv).check().value().isEmpty());
        }
        QCOMPARE(seen.value(far), (QList<int>{45, 30, 15, 7, 3, 1}));
        QCOMPARE(daysLeftOfFar, (QList<int>{45, 30, 15, 7, 3, 1})); // checked at the moment each is crossed
        QCOMPARE(seen.value(soon), (QList<int>{3, 1}));             // 45..3 at once, announced as 3
        QCOMPARE(seen.value(deleted), (QList<int>{30}));            // then deleted
        QCOMPARE(seen.value(future), (QList<int>{1}));              // announced once it is valid
        QVERIFY(!seen.contains(renewedOld));
        QCOMPARE(seen.size(), 4);

        // One audit event per announcement; rows for every crossed threshold; none left for the deleted one.
        const qint64 announced = 6 + 2 + 1 + 1;
        QCOMPARE(scalar(*inv, QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'expiry-notice'")), announced);
        QCOMPARE(scalar(*inv, QStringLiteral("SELECT COUNT(*) FROM notifications WHERE cert_id = %1").arg(soon)), 6);
        QCOMPARE(scalar(*inv, QStringLiteral("SELECT COUNT(*) FROM notifications WHERE cert_id = %1").arg(deleted)), 0);
        const auto events = inv->events(far, 10).value();
        QCOMPARE(events.size(), 7); // import + six notices
        QCOMPARE(events.first().kind, QStringLiteral("expiry-notice"));
        QCOMPARE(events.first().subject, QStringLiteral("far.example.test"));
        QVERIFY2(events.first().detail.contains(QLatin1String("threshold 1 days")), qPrintable(events.first().detail));
    }

    void pendingDoesNotRecord()
    {
        auto inv = open(QStringLiteral("pending.db"), QStringLiteral("pending"));
        const qint64 id = add(*inv, QStringLiteral("pending.example.test"), kStart.addDays(-30), at(10));
        ExpiryNotifier notifier(*inv);
        for (int i = 0; i < 2; ++i) {
            const auto p = notifier.pending().value();
            QCOMPARE(p.size(), 1);
            QCOMPARE(p.first().certificateId, id);
            QCOMPARE(p.first().threshold, 15);
            QCOMPARE(p.first().daysLeft, 10);
            QCOMPARE(p.first().notAfter, at(10));
            QCOMPARE(p.first().domainName, QStringLiteral("pending.example.test"));
        }
        QCOMPARE(notifier.check().value().size(), 1);
        QVERIFY(notifier.pending().value().isEmpty());
    }

    // The boundary: exactly T days left has crossed T; a second more has not.
    void boundary()
    {
        auto inv = open(QStringLiteral("boundary.db"), QStringLiteral("boundary"));
        add(*inv, QStringLiteral("edge.example.test"), kStart.addDays(-30), at(7));
        ExpiryNotifier notifier(*inv, {7});
        m_clock.set(at(7).addSecs(-7 * 86400 - 1));
        QVERIFY(notifier.check().value().isEmpty());
        m_clock.set(at(7).addSecs(-7 * 86400));
        QCOMPARE(notifier.check().value().size(), 1);
    }

    // A restart: another connection (as the GUI's background thread would open) to the same file.
    void restartDoesNotRepeat()
    {
        const QString file = QStringLiteral("restart.db");
        {
            auto inv = open(file, QStringLiteral("restart-1"));
            add(*inv, QStringLiteral("restart.example.test"), kStart.addDays(-30), at(5));
            QCOMPARE(ExpiryNotifier(*inv).check().value().size(), 1);
        }
        auto again = open(file, QStringLiteral("restart-2"));
        QVERIFY(ExpiryNotifier(*again).check().value().isEmpty());
        m_clock.set(at(3));
        const auto next = ExpiryNotifier(*again).check().value();
        QCOMPARE(next.size(), 1);
        QCOMPARE(next.first().threshold, 3);
    }

    // Raising the thresholds later does not re-announce what a smaller one already covered.
    void changedThresholds()
    {
        auto inv = open(QStringLiteral("changed.db"), QStringLiteral("changed"));
        add(*inv, QStringLiteral("changed.example.test"), kStart.addDays(-30), at(5));
        QCOMPARE(ExpiryNotifier(*inv, {7, 1}).check().value().first().threshold, 7);
        QVERIFY(ExpiryNotifier(*inv, {10, 7, 1}).check().value().isEmpty());
        const auto added = ExpiryNotifier(*inv, {10, 6, 1}).check().value();
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().threshold, 6);
    }
};

QTEST_GUILESS_MAIN(TestExpiryNotifier)
#include "tst_expirynotifier.moc"
