#include "uitestutil.h"

#include "details/chainview.h"
#include "details/detailspanel.h"
#include "details/lifetimebar.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::test;

class TestDetailsPanel : public QObject
{
    Q_OBJECT

    core::FixedClock m_clock{testTime()};
    QTemporaryDir m_dir;
    std::unique_ptr<core::Inventory> m_inv;

    qint64 idOf(const QString &domain)
    {
        core::CertificateFilter f;
        f.search = domain;
        const auto rows = m_inv->list(f);
        for (const auto &s : *rows) {
            if (s.domainName == domain)
                return s.id;
        }
        return 0;
    }

    static QStringList column(QTreeWidget *tree, int c)
    {
        QStringList out;
        for (QTreeWidgetItemIterator it(tree); *it; ++it)
            out << (*it)->text(c);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_inv = openInventory(m_dir.filePath(QStringLiteral("inventory.db")), m_clock, QStringLiteral("tst-details"));
        const core::ImportReport r = importFixtures(
            *m_inv, certificateFixtures() + QStringList{QStringLiteral("intermediate.crl"), QStringLiteral("leaf-rsa.p12")});
        QCOMPARE(r.imported, 11);
        QVERIFY(m_inv->addTags(idOf(QStringLiteral("www.example.test")), {{QStringLiteral("env"), QStringLiteral("prod")}}));
    }

    void overviewOfALeaf()
    {
        ui::DetailsPanel panel(*m_inv);
        const qint64 id = idOf(QStringLiteral("www.example.test"));
        panel.showCertificate(id);
        QCOMPARE(panel.certificateId(), id);
        const core::Certificate cert = *core::Certificate::fromDer(readData(QStringLiteral("leaf-rsa.der")));
        QCOMPARE(panel.overviewValue(QStringLiteral("Status")), QStringLiteral("Issued"));
        QCOMPARE(panel.overviewValue(QStringLiteral("Type")), QStringLiteral("Imported"));
        QCOMPARE(panel.overviewValue(QStringLiteral("Domain name")), QStringLiteral("www.example.test"));
        QCOMPARE(panel.overviewValue(QStringLiteral("Serial number")), QStringLiteral("10:01"));
        QCOMPARE(panel.overviewValue(QStringLiteral("SHA-256 fingerprint")),
                 QString::fromLatin1(QCryptographicHash::hash(cert.der(), QCryptographicHash::Sha256).toHex(':').toUpper()));
        QCOMPARE(panel.overviewValue(QStringLiteral("SHA-1 fingerprint")),
                 QString::fromLatin1(QCryptographicHash::hash(cert.der(), QCryptographicHash::Sha1).toHex(':').toUpper()));
        QCOMPARE(panel.overviewValue(QStringLiteral("Key algorithm")), QStringLiteral("RSA 2048 (RSA_2048)"));
        QCOMPARE(panel.overviewValue(QStringLiteral("Signature algorithm")), cert.signatureAlgorithm());
        QVERIFY(panel.overviewValue(QStringLiteral("Issuer")).contains(QStringLiteral("CN=certdesk Test Issuing CA")));
        QVERIFY(panel.overviewValue(QStringLiteral("Subject")).startsWith(QStringLiteral("CN=www.example.test")));
        QCOMPARE(panel.overviewValue(QStringLiteral("Private key")), QStringLiteral("Yes, encrypted in the inventory"));
        QCOMPARE(panel.overviewValue(QStringLiteral("Tags")), QStringLiteral("env=prod"));
        QVERIFY(panel.overviewValue(QStringLiteral("Additional names")).contains(QStringLiteral("2001:db8::10")));
        // 2025-01-01 .. 2030-01-01 at 2026-06-01: 516 of 1826 days.
        QVERIFY(qAbs(panel.lifetimeBar()->elapsedFraction() - 516.0 / 1826.0) < 0.001);
    }

    void namesExtensionsPemHistory()
    {
        ui::DetailsPanel panel(*m_inv);
        const qint64 id = idOf(QStringLiteral("www.example.test"));
        panel.showCertificate(id);
        const core::Certificate cert = *m_inv->certificate(id);
        QCOMPARE(panel.namesTree()->topLevelItemCount(), 7);
        QCOMPARE(column(panel.namesTree(), 1),
                 (QStringList{QStringLiteral("www.example.test"), QStringLiteral("example.test"),
                              QStringLiteral("*.api.example.test"), QStringLiteral("192.0.2.10"),
                              QStringLiteral("2001:db8::10"), QStringLiteral("admin@example.test"),
                              QStringLiteral("https://example.test/id")}));
        QCOMPARE(column(panel.namesTree(), 0).count(QStringLiteral("DNS name")), 3);
        QCOMPARE(column(panel.namesTree(), 0).count(QStringLiteral("IP address")), 2);

        QCOMPARE(panel.extensionsTree()->topLevelItemCount(), cert.extensions().size());
        QVERIFY(cert.extensions().size() >= 8);
        const QStringList oids = column(panel.extensionsTree(), 1);
        const int bc = int(oids.indexOf(QStringLiteral("2.5.29.19")));
        QVERIFY(bc >= 0);
        QCOMPARE(panel.extensionsTree()->topLevelItem(bc)->text(2), QStringLiteral("Critical"));
        QVERIFY(panel.extensionsTree()->topLevelItem(bc)->text(3).contains(QStringLiteral("CA:FALSE")));
        const int san = int(oids.indexOf(QStringLiteral("2.5.29.17")));
        QVERIFY(panel.extensionsTree()->topLevelItem(san)->text(3).contains(QStringLiteral("DNS:example.test")));
        QCOMPARE(panel.extensionsTree()->topLevelItem(san)->text(2), QString());

        QCOMPARE(panel.pemText()->toPlainText(), QString::fromLatin1(cert.toPem()));
        QVERIFY(panel.pemText()->isReadOnly());
        // Copy PEM (the other button is the Deployments tab's Deploy…).
        auto buttons = panel.findChildren<QPushButton *>();
        QCOMPARE(buttons.size(), 2);
        buttons.removeIf([&panel](const QPushButton *b) { return !panel.pemText()->parentWidget()->isAncestorOf(b); });
        QCOMPARE(buttons.size(), 1);
        buttons.first()->click();
        QCOMPARE(QApplication::clipboard()->text(), QString::fromLatin1(cert.toPem()));

        const auto events = *m_inv->events(id);
        QCOMPARE(panel.historyTree()->topLevelItemCount(), events.size());
        QVERIFY(events.size() >= 3); // import, key import, tag
        QCOMPARE(panel.historyTree()->topLevelItem(0)->text(1), QStringLiteral("Tagged"));
        QVERIFY(column(panel.historyTree(), 1).contains(QStringLiteral("Imported")));
    }

    void chainOfAValidLeaf()
    {
        ui::DetailsPanel panel(*m_inv);
        QSignalSpy loaded(&panel, &ui::DetailsPanel::chainLoaded);
        panel.showCertificate(idOf(QStringLiteral("www.example.test")));
        QVERIFY(panel.chainView()->isLoading() || loaded.size() == 1);
        QTRY_COMPARE(loaded.size(), 1);
        const ui::ChainReport &r = panel.chainView()->report();
        QVERIFY(r.error.isEmpty());
        QVERIFY2(r.result.valid, qPrintable(r.result.problems.join(QLatin1Char('\n'))));
        QCOMPARE(r.result.chain.size(), 3);
        QTreeWidget *tree = panel.chainView()->tree();
        QCOMPARE(column(tree, 0), (QStringList{QStringLiteral("certdesk Test Root CA"), QStringLiteral("certdesk Test Issuing CA"),
                                               QStringLiteral("www.example.test")}));
        QCOMPARE(tree->topLevelItem(0)->text(2), QStringLiteral("Trust anchor"));
        QCOMPARE(tree->topLevelItem(0)->child(0)->child(0)->text(2), QStringLiteral("OK"));
        QVERIFY(panel.chainView()->summaryText().contains(QStringLiteral("Valid")));
    }

    void chainProblemsInPlainWords_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("problem");
        QTest::newRow("expired") << "expired.example.test" << "expired";
        QTest::newRow("self-signed leaf") << "selfsigned.example.test" << "self-signed";
        QTest::newRow("not yet valid") << "future.example.test" << "not yet valid";
    }
    void chainProblemsInPlainWords()
    {
        QFETCH(QString, name);
        QFETCH(QString, problem);
        ui::DetailsPanel panel(*m_inv);
        QSignalSpy loaded(&panel, &ui::DetailsPanel::chainLoaded);
        panel.showCertificate(idOf(name));
        QTRY_COMPARE(loaded.size(), 1);
        const ui::ChainReport &r = panel.chainView()->report();
        QVERIFY(!r.result.valid);
        QVERIFY(panel.chainView()->summaryText().contains(QStringLiteral("Not valid")));
        const QString all = r.result.problems.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(problem, Qt::CaseInsensitive), qPrintable(all));
        QVERIFY(panel.chainView()->tree()->topLevelItemCount() >= 1);
    }

    void aNewSelectionWinsOverAStaleChain()
    {
        ui::DetailsPanel panel(*m_inv);
        QSignalSpy loaded(&panel, &ui::DetailsPanel::chainLoaded);
        panel.showCertificate(idOf(QStringLiteral("expired.example.test")));
        panel.showCertificate(idOf(QStringLiteral("www.example.test")));
        QTRY_VERIFY(!loaded.isEmpty() && !panel.chainView()->isLoading());
        QTRY_COMPARE(panel.chainView()->report().id, idOf(QStringLiteral("www.example.test")));
        QVERIFY(panel.chainView()->report().result.valid);
        panel.showCertificate(0);
        QCOMPARE(panel.certificateId(), 0);
        QCOMPARE(panel.namesTree()->topLevelItemCount(), 0);
    }
};

QTEST_MAIN(TestDetailsPanel)
#include "tst_detailspanel.moc"
