#include "uitestutil.h"

#include "models/certificatetablemodel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QGuiApplication>
#include <QPalette>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::test;
using Model = ui::CertificateTableModel;

class TestCertificateTableModel : public QObject
{
    Q_OBJECT

    core::FixedClock m_clock{testTime()};
    QTemporaryDir m_dir;
    std::unique_ptr<core::Inventory> m_inv;

    // A model as the views get it, checked by QAbstractItemModelTester throughout.
    struct Checked
    {
        std::unique_ptr<Model> model;
        std::unique_ptr<QAbstractItemModelTester> tester;
    };
    Checked checked(int pageSize)
    {
        Checked c;
        c.model = std::make_unique<Model>(*m_inv, pageSize);
        c.tester = std::make_unique<QAbstractItemModelTester>(c.model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        return c;
    }

    static void fetchAll(Model &model)
    {
        while (model.canFetchMore({}))
            model.fetchMore({});
    }

    static int rowOf(const Model &model, const QString &name)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, Model::NameColumn).data().toString() == name)
                return row;
        }
        return -1;
    }

    static QString text(const Model &model, int row, int column) { return model.index(row, column).data().toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_inv = openInventory(m_dir.filePath(QStringLiteral("inventory.db")), m_clock, QStringLiteral("tst-model"));
        const core::ImportReport r = importFixtures(
            *m_inv, certificateFixtures() + QStringList{QStringLiteral("intermediate.crl"), QStringLiteral("leaf-rsa.p12")});
        for (const core::Error &e : r.failures)
            qWarning() << e.message;
        QCOMPARE(r.failed(), 0);
        QCOMPARE(r.imported, 11);
        QCOMPARE(r.keysAttached, 1);
    }

    void init() { m_clock.set(testTime()); }

    void columnsAndHeaders()
    {
        const Checked c = checked(Model::kDefaultPageSize);
        QCOMPARE(c.model->columnCount(), 13);
        const QStringList expected = {QStringLiteral("Name"),          QStringLiteral("Additional names"),
                                      QStringLiteral("Status"),        QStringLiteral("Type"),
                                      QStringLiteral("Issuer"),        QStringLiteral("Key algorithm"),
                                      QStringLiteral("Not after"),     QStringLiteral("Days left"),
                                      QStringLiteral("Renewal"),       QStringLiteral("Renewal eligibility"),
                                      QStringLiteral("Tags"),          QStringLiteral("Private key"),
                                      QStringLiteral("In use")};
        for (int column = 0; column < expected.size(); ++column)
            QCOMPARE(c.model->headerData(column, Qt::Horizontal).toString(), expected.at(column));
    }

    void rowCountIsTheCountUntilFetched()
    {
        const Checked c = checked(Model::kDefaultPageSize);
        QTRY_VERIFY(!c.model->isCounting());
        QCOMPARE(c.model->totalCount(), 11);
        fetchAll(*c.model);
        QCOMPARE(c.model->rowCount(), 11);
        QVERIFY(!c.model->canFetchMore({}));
        QCOMPARE(c.model->rowCount(c.model->index(0, 0)), 0); // a table: no children
    }

    void fetchesLazilyInPages()
    {
        Model model(*m_inv, 3); // no tester here: it fetches on its own
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QTRY_VERIFY(!model.isCounting());
        QCOMPARE(model.totalCount(), 11);
        QCOMPARE(model.rowCount(), 0); // nothing read until a view asks
        QVERIFY(model.canFetchMore({}));

        model.fetchMore({});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 2);

        fetchAll(model);
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(inserted.size(), 4); // 3 + 3 + 3 + 2
        QCOMPARE(inserted.at(3).at(1).toInt(), 9);
        QCOMPARE(inserted.at(3).at(2).toInt(), 10);
        QVERIFY(!model.canFetchMore({}));

        // Paging must not repeat or skip rows.
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.index(row, 0).data(Model::IdRole).toLongLong());
        QCOMPARE(ids.size(), 11);
    }

    void reloadDropsFetchedRows()
    {
        Model model(*m_inv, 3);
        fetchAll(model);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.reload();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 0);
        QTRY_VERIFY(!model.isCounting());
        QCOMPARE(model.totalCount(), 11);
    }

    void fetchingDuringAnInsertIsIgnored()
    {
        // Listeners (QAbstractItemModelTester does) may call fetchMore() while rows go in.
        Model model(*m_inv, 3);
        int nested = 0;
        connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, this, [&] {
            QVERIFY(!model.canFetchMore({}));
            model.fetchMore({});
            ++nested;
        });
        fetchAll(model);
        QCOMPARE(nested, 4);
        QCOMPARE(model.rowCount(), 11);
    }

    void sortsByNotAfter_data()
    {
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::newRow("ascending: expired first") << Qt::AscendingOrder << "expired.example.test"
                                                  << "certdesk Test Root CA";
        QTest::newRow("descending: root CA first") << Qt::DescendingOrder << "certdesk Test Root CA"
                                                   << "expired.example.test";
    }
    void sortsByNotAfter()
    {
        QFETCH(Qt::SortOrder, order);
        QFETCH(QString, first);
        QFETCH(QString, last);
        const Checked c = checked(3);
        c.model->sort(Model::NameColumn); // away from the default (not_after ascending)
        c.model->sort(Model::NotAfterColumn, order);
        QCOMPARE(c.model->sortSpec().column, QStringLiteral("not_after"));
        QCOMPARE(c.model->sortSpec().descending, order == Qt::DescendingOrder);
        fetchAll(*c.model);
        QCOMPARE(c.model->rowCount(), 11);
        QCOMPARE(text(*c.model, 0, Model::NameColumn), first);
        QCOMPARE(text(*c.model, 10, Model::NameColumn), last);
        for (int row = 1; row < c.model->rowCount(); ++row) {
            const QDateTime previous = c.model->index(row - 1, 0).data(Model::NotAfterRole).toDateTime();
            const QDateTime current = c.model->index(row, 0).data(Model::NotAfterRole).toDateTime();
            QVERIFY2(order == Qt::AscendingOrder ? previous <= current : previous >= current,
                     qPrintable(QStringLiteral("row %1").arg(row)));
        }
    }

    void sortsByName()
    {
        const Checked c = checked(Model::kDefaultPageSize);
        c.model->sort(Model::NameColumn, Qt::AscendingOrder);
        fetchAll(*c.model);
        QStringList names;
        for (int row = 0; row < c.model->rowCount(); ++row)
            names << text(*c.model, row, Model::NameColumn);
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
        QCOMPARE(names, sorted);
    }

    void unsortableColumnKeepsTheOrder()
    {
        const Checked c = checked(Model::kDefaultPageSize);
        QSignalSpy reset(c.model.get(), &QAbstractItemModel::modelReset);
        c.model->sort(Model::PrivateKeyColumn, Qt::DescendingOrder);
        c.model->sort(Model::AdditionalNamesColumn, Qt::DescendingOrder);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(c.model->sortSpec().column, QStringLiteral("not_after"));
        QVERIFY(!Model::isSortable(Model::PrivateKeyColumn));
        QVERIFY(Model::isSortable(Model::DaysLeftColumn));
    }

    void filtersBySearchText_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("domain name") << "www.example.test" << QStringList{QStringLiteral("www.example.test")};
        QTest::newRow("only a SAN") << "alt.nocn" << QStringList{QStringLiteral("nocn.example.test")};
        QTest::newRow("part of names") << "ed.example"
                                       << QStringList{QStringLiteral("ed.example.test"),
                                                      QStringLiteral("expired.example.test"),
                                                      QStringLiteral("revoked.example.test"),
                                                      QStringLiteral("selfsigned.example.test")};
        QTest::newRow("serial") << "1005" << QStringList{QStringLiteral("expired.example.test")};
        QTest::newRow("nothing") << "no-such-name.invalid" << QStringList{};
    }
    void countsOnAWorkerAndDropsStaleCounts()
    {
        Model model(*m_inv, 3);
        QTRY_VERIFY(!model.isCounting());
        QCOMPARE(model.totalCount(), 11);
        QSignalSpy totals(&model, &Model::totalCountChanged);
        QSignalSpy finished(&model, &Model::countingFinished);
        core::CertificateFilter expired;
        expired.status = core::Status::Expired;
        core::CertificateFilter search;
        search.search = QStringLiteral("example.test");
        model.setFilter(expired);
        model.setFilter(search); // replaces the first count before it is handled
        QVERIFY(model.isCounting());
        // Rows are there before the count: pages stop at the first short one.
        QVERIFY(model.canFetchMore({}));
        fetchAll(model);
        const int rows = model.rowCount();
        QVERIFY(rows > 3);
        QTRY_VERIFY(!model.isCounting());
        QCOMPARE(model.totalCount(), qint64(rows));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(totals.size(), 1);
        QCOMPARE(totals.at(0).at(0).toLongLong(), qint64(rows));
        QVERIFY(!model.canFetchMore({}));

        // A new sort orders the same rows: no new count.
        model.sort(Model::NameColumn, Qt::DescendingOrder);
        QVERIFY(!model.isCounting());
        QCOMPARE(model.totalCount(), qint64(rows));
        fetchAll(model);
        QCOMPARE(model.rowCount(), rows);
    }

    void filtersBySearchText()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, names);
        const Checked c = checked(3);
        QTRY_VERIFY(!c.model->isCounting()); // all 11
        QSignalSpy totals(c.model.get(), &Model::totalCountChanged);
        core::CertificateFilter filter;
        filter.search = search;
        c.model->setFilter(filter);
        fetchAll(*c.model);
        QStringList shown;
        for (int row = 0; row < c.model->rowCount(); ++row)
            shown << text(*c.model, row, Model::NameColumn);
        shown.sort();
        QVERIFY2(shown == names, qPrintable(shown.join(QLatin1Char(','))));
        QTRY_VERIFY(!c.model->isCounting());
        QCOMPARE(c.model->totalCount(), names.size());
        QCOMPARE(totals.size(), 1);
        QVERIFY(c.model->lastError().isEmpty());
    }

    void filtersByStatus()
    {
        const Checked c = checked(3);
        core::CertificateFilter filter;
        filter.status = core::Status::Revoked;
        c.model->setFilter(filter);
        fetchAll(*c.model);
        QCOMPARE(c.model->rowCount(), 1);
        QCOMPARE(text(*c.model, 0, Model::NameColumn), QStringLiteral("revoked.example.test"));
        QCOMPARE(text(*c.model, 0, Model::StatusColumn), QStringLiteral("Revoked"));
    }

    void displaysARow()
    {
        const Checked c = checked(Model::kDefaultPageSize);
        fetchAll(*c.model);
        const int row = rowOf(*c.model, QStringLiteral("www.example.test"));
        QVERIFY(row >= 0);
        QVERIFY(c.model->index(row, Model::AdditionalNamesColumn).data().toString().startsWith(QStringLiteral("7 · ")));
        QCOMPARE(text(*c.model, row, Model::StatusColumn), QStringLiteral("Issued"));
        QCOMPARE(text(*c.model, row, Model::TypeColumn), QStringLiteral("Imported"));
        QCOMPARE(text(*c.model, row, Model::IssuerColumn), QStringLiteral("certdesk Test Issuing CA"));
        QCOMPARE(text(*c.model, row, Model::KeyAlgorithmColumn), QStringLiteral("RSA 2048"));
        QCOMPARE(text(*c.model, row, Model::NotAfterColumn), QStringLiteral("2030-01-01"));
        QCOMPARE(c.model->index(row, Model::DaysLeftColumn).data().toLongLong(),
                 testTime().date().daysTo(QDate(2030, 1, 1)));
        QCOMPARE(text(*c.model, row, Model::PrivateKeyColumn), QStringLiteral("Yes"));

        const int ec = rowOf(*c.model, QStringLiteral("ec.example.test"));
        QCOMPARE(text(*c.model, ec, Model::KeyAlgorithmColumn), QStringLiteral("EC P-256"));
        QCOMPARE(text(*c.model, ec, Model::PrivateKeyColumn), QStringLiteral("No"));
        const int ed = rowOf(*c.model, QStringLiteral("ed.example.test"));
        QCOMPARE(text(*c.model, ed, Model::KeyAlgorithmColumn), QStringLiteral("Ed25519"));
        const int expired = rowOf(*c.model, QStringLiteral("expired.example.test"));
        QCOMPARE(c.model->index(expired, Model::DaysLeftColumn).data().toLongLong(),
                 testTime().date().daysTo(QDate(2021, 1, 1)));
        QVERIFY(c.model->index(expired, Model::DaysLeftColumn).data().toLongLong() < 0);
    }

    void colourMarksExpiredRows()
    {
        const Checked c = checked(Model::kDefaultPageSize);
        fetchAll(*c.model);
        const int expired = rowOf(*c.model, QStringLiteral("expired.example.test"));
        QVERIFY(expired >= 0);
        QCOMPARE(c.model->index(expired, 0).data(Model::HealthRole).value<Model::Health>(), Model::Health::Expired);
        for (int column = 0; column < Model::ColumnCount; ++column) {
            const QVariant background = c.model->index(expired, column).data(Qt::BackgroundRole);
            QVERIFY2(background.canConvert<QBrush>(), qPrintable(QString::number(column)));
            const QColor colour = background.value<QBrush>().color();
            // A tint blended into the palette's base (tst_certificatespage checks both palettes).
            QVERIFY(colour != QGuiApplication::palette().color(QPalette::Base));
            QVERIFY(colour.red() > colour.green() + 20 && colour.red() > colour.blue() + 20); // red-ish
        }
        const int valid = rowOf(*c.model, QStringLiteral("www.example.test"));
        QCOMPARE(c.model->index(valid, 0).data(Model::HealthRole).value<Model::Health>(), Model::Health::Valid);
        QVERIFY(!c.model->index(valid, 0).data(Qt::BackgroundRole).isValid());
    }

    void colourMarksRowsExpiringSoon()
    {
        // 20 days before the leaves' notAfter (2030-01-01).
        m_clock.set(QDateTime(QDate(2029, 12, 12), QTime(0, 0), Qt::UTC));
        const Checked c = checked(Model::kDefaultPageSize);
        fetchAll(*c.model);
        const int row = rowOf(*c.model, QStringLiteral("www.example.test"));
        QCOMPARE(c.model->index(row, 0).data(Model::HealthRole).value<Model::Health>(), Model::Health::ExpiringSoon);
        QCOMPARE(c.model->index(row, Model::DaysLeftColumn).data().toInt(), 20);
        const QColor amber = c.model->index(row, 0).data(Qt::BackgroundRole).value<QBrush>().color();
        QVERIFY(amber.red() > amber.blue() && amber.green() > amber.blue());
        const QColor expired = c.model->index(rowOf(*c.model, QStringLiteral("expired.example.test")), 0)
                                   .data(Qt::BackgroundRole)
                                   .value<QBrush>()
                                   .color();
        QVERIFY(amber != expired);
    }
};

QTEST_MAIN(TestCertificateTableModel)
#include "tst_certificatetablemodel.moc"
