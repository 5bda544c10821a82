#include "uitestutil.h"

#include "charts/donutchart.h"
#include "charts/expirytimelinechart.h"
#include "charts/rankingchart.h"
#include "inventory/dashboardstats.h"
#include "pages/dashboardpage.h"
#include "widgets/counttile.h"
#include "widgets/nexttoexpirelist.h"

#include <QApplication>
#include <QBarSet>
#include <QDir>
#include <QFile>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QPieSeries>
#include <QPieSlice>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::test;
using Count = core::DashboardStats::Count;

Q_DECLARE_METATYPE(certdesk::core::CertificateFilter)

class TestDashboardPage : public QObject
{
    Q_OBJECT

    core::FixedClock m_clock{testTime()};
    QTemporaryDir m_dir;
    std::unique_ptr<core::Inventory> m_inv;

    qint64 sql(core::Inventory &inv, const QString &query)
    {
        QSqlQuery q(inv.database().db());
        if (!q.exec(query) || !q.next())
            qFatal("%s", qPrintable(query));
        return q.value(0).toLongLong();
    }

    void setExpiry(const QString &domain, qint64 days, const QString &type = QStringLiteral("IMPORTED"))
    {
        QSqlQuery q(m_inv->database().db());
        q.prepare(QStringLiteral("UPDATE certificates SET not_after = ?, type = ? WHERE domain_name = ?"));
        q.addBindValue(m_clock.now().toSecsSinceEpoch() + days * 86400);
        q.addBindValue(type);
        q.addBindValue(domain);
        QVERIFY(q.exec());
        QCOMPARE(q.numRowsAffected(), 1);
    }

    // A page whose first numbers are on screen.
    static void refreshAndWait(ui::DashboardPage &page)
    {
        QSignalSpy refreshed(&page, &ui::DashboardPage::refreshed);
        page.refresh();
        QVERIFY(refreshed.wait(10000));
        QVERIFY(page.stats());
    }

    static core::CertificateFilter clickedFilter(ui::DashboardPage &page, const std::function<void()> &click)
    {
        QSignalSpy spy(&page, &ui::DashboardPage::showCertificates);
        click();
        if (spy.size() != 1)
            qFatal("expected one showCertificates, got %d", int(spy.size()));
        return spy.at(0).at(0).value<core::CertificateFilter>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<core::CertificateFilter>();
        QVERIFY(m_dir.isValid());
        m_inv = openInventory(m_dir.filePath(QStringLiteral("main.db")), m_clock, QStringLiteral("tst-dashboard"));
        const core::ImportReport r = importFixtures(
            *m_inv, certificateFixtures() + QStringList{QStringLiteral("intermediate.crl"), QStringLiteral("leaf-rsa.p12")});
        QCOMPARE(r.failed(), 0);
        setExpiry(QStringLiteral("www.example.test"), 3);
        setExpiry(QStringLiteral("revoked.example.test"), 10);
        setExpiry(QStringLiteral("ec.example.test"), 20, QStringLiteral("PRIVATE"));
        setExpiry(QStringLiteral("ed.example.test"), 45);
        setExpiry(QStringLiteral("alice"), 80);
    }

    void tilesMatchSqlAndClickThrough_data()
    {
        const qint64 now = testTime().toSecsSinceEpoch();
        const QString status = QStringLiteral("SELECT COUNT(*) FROM certificates c WHERE ") + core::statusExpression(now);
        const auto within = [now](int days) {
            return QStringLiteral("SELECT COUNT(*) FROM certificates WHERE not_after BETWEEN %1 AND %2")
                .arg(now)
                .arg(now + days * 86400);
        };
        QTest::addColumn<Count>("which");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("expected"); // by hand, from tests/data/README.md and the dates moved above
        QTest::newRow("total") << Count::Total << QStringLiteral("SELECT COUNT(*) FROM certificates") << qint64(11);
        QTest::newRow("valid") << Count::Valid << status + QStringLiteral(" = 'ISSUED'") << qint64(8);
        QTest::newRow("expired") << Count::Expired << status + QStringLiteral(" = 'EXPIRED'") << qint64(1);
        QTest::newRow("7 days") << Count::Expiring7 << within(7) << qint64(1);
        QTest::newRow("30 days") << Count::Expiring30 << within(30) << qint64(3);
        QTest::newRow("60 days") << Count::Expiring60 << within(60) << qint64(4);
        QTest::newRow("90 days") << Count::Expiring90 << within(90) << qint64(5);
        QTest::newRow("with key") << Count::WithPrivateKey
                                  << QStringLiteral("SELECT COUNT(*) FROM certificates WHERE spki_sha256 IN "
                                                    "(SELECT spki_sha256 FROM private_keys)")
                                  << qint64(1);
        QTest::newRow("without trusted chain") << Count::WithoutTrustedChain << QStringLiteral("SELECT 0") << qint64(0);
    }
    void tilesMatchSqlAndClickThrough()
    {
        QFETCH(Count, which);
        QFETCH(QString, sql);
        QFETCH(qint64, expected);
        ui::DashboardPage page(*m_inv);
        page.setSystemTrustDir({});
        refreshAndWait(page);
        ui::CountTile *tile = page.tile(which);
        QVERIFY(tile);
        QCOMPARE(tile->count(), this->sql(*m_inv, sql));
        QCOMPARE(tile->count(), expected);
        const core::CertificateFilter filter = clickedFilter(page, [tile] { tile->click(); });
        auto listed = m_inv->count(filter);
        QVERIFY(listed);
        QCOMPARE(*listed, tile->count());
        // The keyboard clicks through too.
        const core::CertificateFilter byKey = clickedFilter(page, [tile] {
            tile->setFocus();
            QTest::keyClick(tile, Qt::Key_Return);
        });
        QCOMPARE(*m_inv->count(byKey), expected);
    }

    void chainTileUsesTheSystemStore()
    {
        auto inv = openInventory(m_dir.filePath(QStringLiteral("noroot.db")), m_clock, QStringLiteral("tst-noroot"));
        QStringList files = certificateFixtures();
        files.removeAll(QStringLiteral("root-ca.pem"));
        QCOMPARE(importFixtures(*inv, files).failed(), 0);
        const QString store = m_dir.filePath(QStringLiteral("store"));
        QVERIFY(QDir().mkpath(store));
        QVERIFY(QFile::copy(dataPath(QStringLiteral("root-ca.pem")), store + QStringLiteral("/root-ca.pem")));

        ui::DashboardPage page(*inv);
        page.setSystemTrustDir({});
        refreshAndWait(page);
        QCOMPARE(page.tile(Count::WithoutTrustedChain)->count(), 9); // the issuing CA and its 8 leaves

        page.setSystemTrustDir(store);
        refreshAndWait(page);
        QCOMPARE(page.trustedIssuers().size(), 1);
        QCOMPARE(page.tile(Count::WithoutTrustedChain)->count(), 0);
        const core::CertificateFilter filter =
            clickedFilter(page, [&page] { page.tile(Count::WithoutTrustedChain)->click(); });
        QCOMPARE(filter.chainsToTrustedRoot, std::optional<bool>(false));
        QCOMPARE(filter.trustedIssuers.size(), 1);
        QCOMPARE(*inv->count(filter), 0);
    }

    void chartsClickThrough()
    {
        ui::DashboardPage page(*m_inv);
        page.setSystemTrustDir({});
        refreshAndWait(page);

        // The week bars: IMPORTED in week 0 (www, 3 days), PRIVATE in week 2 (ec, 20 days).
        QHash<QString, QBarSet *> sets;
        for (QBarSet *set : page.timelineChart()->series()->barSets())
            sets.insert(set->property("type").toString(), set);
        QCOMPARE(sets.size(), 2);
        QCOMPARE(sets.value(QStringLiteral("IMPORTED"))->at(0), 1.0);
        QCOMPARE(sets.value(QStringLiteral("PRIVATE"))->at(2), 1.0);
        core::CertificateFilter week = clickedFilter(page, [&] { Q_EMIT sets.value(QStringLiteral("PRIVATE"))->clicked(2); });
        QCOMPARE(week.type, QStringLiteral("PRIVATE"));
        QCOMPARE(week.expiresAfter, testTime().addDays(14));
        QCOMPARE(week.expiresBefore, testTime().addDays(21));
        auto rows = m_inv->list(week);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().domainName, QStringLiteral("ec.example.test"));
        for (int w = 0; w < core::DashboardStats::kWeeks; ++w) {
            for (auto it = sets.cbegin(); it != sets.cend(); ++it) {
                const core::CertificateFilter f = clickedFilter(page, [&] { Q_EMIT it.value()->clicked(w); });
                QCOMPARE(qreal(*m_inv->count(f)), it.value()->at(w));
            }
        }

        // Status slices.
        const QList<QPieSlice *> statuses = page.statusChart()->series()->slices();
        QCOMPARE(statuses.size(), 4);
        for (QPieSlice *slice : statuses) {
            const core::CertificateFilter f = clickedFilter(page, [slice] { Q_EMIT slice->clicked(); });
            QCOMPARE(qreal(*m_inv->count(f)), slice->value());
        }
        QCOMPARE(statuses.first()->value(), 8.0);

        // Key algorithm slices add up to the total.
        qreal sum = 0;
        for (QPieSlice *slice : page.keyAlgorithmChart()->series()->slices()) {
            const core::CertificateFilter f = clickedFilter(page, [slice] { Q_EMIT slice->clicked(); });
            QCOMPARE(qreal(*m_inv->count(f)), slice->value());
            sum += slice->value();
        }
        QCOMPARE(sum, 11.0);

        // Issuer bars: largest at the top (last in the series).
        QBarSet *issuers = page.issuerChart()->series()->barSets().first();
        QCOMPARE(issuers->count(), 3);
        QCOMPARE(issuers->at(2), 8.0);
        const core::CertificateFilter top = clickedFilter(page, [issuers] { Q_EMIT issuers->clicked(2); });
        QCOMPARE(top.issuerCommonName, QStringLiteral("certdesk Test Issuing CA"));
        QCOMPARE(*m_inv->count(top), 8);
    }

    void nextToExpireClicksThrough()
    {
        ui::DashboardPage page(*m_inv);
        page.setSystemTrustDir({});
        page.resize(1300, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        refreshAndWait(page);
        ui::NextToExpireList *list = page.nextToExpireList();
        QCOMPARE(list->topLevelItemCount(), 8); // the valid certificates, soonest first
        QCOMPARE(list->topLevelItem(0)->text(ui::NextToExpireList::NameColumn), QStringLiteral("www.example.test"));
        QCOMPARE(list->topLevelItem(0)->text(ui::NextToExpireList::DaysLeftColumn), QStringLiteral("3 days"));
        QSignalSpy activated(&page, &ui::DashboardPage::certificateActivated);
        const core::CertificateFilter f = clickedFilter(page, [list] {
            const QRect r = list->visualItemRect(list->topLevelItem(1));
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, r.center());
        });
        auto rows = m_inv->list(f);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().domainName, QStringLiteral("ec.example.test"));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toLongLong(), rows->first().id);
    }

    void refreshKeepsNumbersUntilNewOnesArrive()
    {
        auto inv = openInventory(m_dir.filePath(QStringLiteral("change.db")), m_clock, QStringLiteral("tst-change"));
        QCOMPARE(importFixtures(*inv, certificateFixtures()).failed(), 0);
        ui::DashboardPage page(*inv);
        page.setSystemTrustDir({});
        refreshAndWait(page);
        QCOMPARE(page.tile(Count::Total)->count(), 11);

        QVERIFY(inv->remove(*inv->resolve(QStringLiteral("1"))));
        QSignalSpy refreshed(&page, &ui::DashboardPage::refreshed);
        page.refresh();
        page.refresh(); // asked again while counting: counted once more, announced once
        QCOMPARE(page.tile(Count::Total)->count(), 11); // the old number stays on screen meanwhile
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(page.tile(Count::Total)->count(), 10);
        QTest::qWait(50);
        QCOMPARE(refreshed.size(), 1);
        QVERIFY(!page.isRefreshing());
    }

    void readableInBothPalettes()
    {
        ui::DashboardPage page(*m_inv);
        page.setSystemTrustDir({});
        page.resize(1300, 800);
        refreshAndWait(page);
        const QColor lightText = page.statusChart()->chart()->legend()->labelColor();
        QPalette dark = page.palette();
        dark.setColor(QPalette::Base, QColor(0x1c, 0x1e, 0x21));
        dark.setColor(QPalette::Window, QColor(0x25, 0x27, 0x2b));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe8, 0xeb));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe8, 0xeb));
        page.setPalette(dark);
        const QColor darkText = page.statusChart()->chart()->legend()->labelColor();
        QCOMPARE(darkText, QColor(0xe6, 0xe8, 0xeb));
        QVERIFY(lightText != darkText);
        QVERIFY(!page.grab().isNull());
    }
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
