// The Activity page: the audit log newest first, read a page at a time, filtered by kind and
// by certificate (id, fingerprint prefix, or part of the name), against SQL counts.

#include "uitestutil.h"

#include "models/eventtablemodel.h"
#include "pages/activitypage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::test;

class TestActivityPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    core::FixedClock m_clock{testTime()};
    std::unique_ptr<core::Inventory> m_inv;
    qint64 m_tagged = 0;

    qint64 scalar(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(m_inv->database().db());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            qFatal("%s", qPrintable(sql));
        return q.value(0).toLongLong();
    }

    static void fetchAll(ui::EventTableModel &model)
    {
        while (model.canFetchMore({}))
            model.fetchMore({});
    }

    static QList<qint64> ids(const ui::EventTableModel &model)
    {
        QList<qint64> out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << model.event(row)->id;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_inv = openInventory(m_dir.filePath(QStringLiteral("activity.db")), m_clock, QStringLiteral("tst-activity"));
        QCOMPARE(importFixtures(*m_inv, certificateFixtures() + QStringList{QStringLiteral("leaf-rsa.p12")}).failed(), 0);
        const auto rows = m_inv->list({});
        QVERIFY(rows && rows->size() == 11);
        m_tagged = rows->at(2).id;
        for (int i = 0; i < 3; ++i)
            QVERIFY(m_inv->addTags(m_tagged, {core::Tag{QStringLiteral("k%1").arg(i), QStringLiteral("v")}}));
        QVERIFY(m_inv->remove(rows->at(5).id));
        QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM events")) >= 16);
    }

    void pagesNewestFirstThroughTheTester()
    {
        {
            ui::EventTableModel lazy(*m_inv, 4); // no tester here: it fetches on its own
            QCOMPARE(lazy.rowCount(), 4);       // the first page at once
            QVERIFY(lazy.canFetchMore({}));
            lazy.fetchMore({});
            QCOMPARE(lazy.rowCount(), 8); // the next one when the view asks
        }
        ui::EventTableModel model(*m_inv, 4);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        fetchAll(model);
        QVERIFY(model.isComplete());
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.rowCount(), scalar(QStringLiteral("SELECT COUNT(*) FROM events")));
        const QList<qint64> shown = ids(model);
        QList<qint64> sorted = shown;
        std::sort(sorted.begin(), sorted.end(), std::greater<>());
        QCOMPARE(shown, sorted);
        QCOMPARE(model.event(0)->kind, QStringLiteral("delete")); // the newest
    }

    void filtersByKind()
    {
        ui::ActivityPage page(*m_inv);
        QComboBox *kinds = page.kindFilter();
        const int tag = kinds->findData(QStringLiteral("tag"));
        QVERIFY(tag > 0);
        QCOMPARE(kinds->itemData(0).toString(), QString()); // All events
        QVERIFY(kinds->findData(QStringLiteral("import")) > 0);
        kinds->setCurrentIndex(tag);
        fetchAll(*page.model());
        QCOMPARE(page.model()->rowCount(), 3);
        for (int row = 0; row < 3; ++row)
            QCOMPARE(page.model()->event(row)->kind, QStringLiteral("tag"));
        QCOMPARE(page.caption()->text(), QStringLiteral("3 events, newest first."));
    }

    void filtersByCertificate()
    {
        ui::ActivityPage page(*m_inv);
        const qint64 expected = scalar(QStringLiteral("SELECT COUNT(*) FROM events WHERE cert_id = ?"), {m_tagged});
        QVERIFY(expected >= 4); // import and three tags
        // By inventory id.
        page.certificateFilter()->setText(QString::number(m_tagged));
        QTRY_COMPARE(page.model()->filter().certificateId, std::optional<qint64>(m_tagged)); // after the typing pause
        fetchAll(*page.model());
        QCOMPARE(page.model()->rowCount(), expected);
        // By fingerprint prefix, as printed by openssl (colons).
        const QString sha = m_inv->record(m_tagged)->summary.sha256;
        page.certificateFilter()->setText(sha.left(2) + QLatin1Char(':') + sha.mid(2, 2) + QLatin1Char(':') + sha.mid(4, 4));
        page.applyFilter();
        QCOMPARE(page.model()->filter().certificateId, std::optional<qint64>(m_tagged));
        QCOMPARE(page.model()->rowCount(), expected);
        // By part of the name, with the kind as well.
        const QString name = m_inv->record(m_tagged)->summary.domainName;
        page.certificateFilter()->setText(name.left(5).toUpper());
        page.kindFilter()->setCurrentIndex(page.kindFilter()->findData(QStringLiteral("import")));
        page.applyFilter();
        QVERIFY(!page.model()->filter().certificateId);
        fetchAll(*page.model());
        const qint64 byName = scalar(QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'import' AND subject LIKE ?"),
                                     {QString(QLatin1Char('%') + name.left(5) + QLatin1Char('%'))});
        QVERIFY(byName >= 1);
        QCOMPARE(page.model()->rowCount(), byName);
        // Nothing.
        page.certificateFilter()->setText(QStringLiteral("no-such-name"));
        page.applyFilter();
        QCOMPARE(page.model()->rowCount(), 0);
        QCOMPARE(page.caption()->text(), QStringLiteral("No events match."));
    }

    void aLongLogSaysThereIsMore()
    {
        ui::ActivityPage page(*m_inv);
        QVERIFY(page.model()->rowCount() <= ui::EventTableModel::kDefaultPageSize);
        ui::EventTableModel small(*m_inv, 5);
        QVERIFY(!small.isComplete());
        QVERIFY(page.model()->isComplete()); // fewer than a page of 200
        QVERIFY(page.caption()->text().endsWith(QStringLiteral("events, newest first.")));
    }
};

QTEST_MAIN(TestActivityPage)
#include "tst_activitypage.moc"
