#include "uitestutil.h"

#include "details/detailspanel.h"
#include "dialogs/tagsdialog.h"
#include "models/certificatetablemodel.h"
#include "pages/certificatespage.h"
#include "views/certificatetableview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QMenu>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::test;
using Model = ui::CertificateTableModel;
using Page = ui::CertificatesPage;

namespace {

void fetchAll(Model &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

QList<qint64> modelIds(Model &model)
{
    fetchAll(model);
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(Model::IdRole).toLongLong();
    return ids;
}

int rowOf(const Model &model, const QString &name)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, Model::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

// WCAG contrast ratio of two opaque colours.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a) + 0.05, lb = luminance(b) + 0.05;
    return la > lb ? la / lb : lb / la;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Base, QColor(30, 30, 32));
    p.setColor(QPalette::AlternateBase, QColor(38, 38, 41));
    p.setColor(QPalette::Text, QColor(230, 230, 230));
    p.setColor(QPalette::Window, QColor(45, 45, 48));
    p.setColor(QPalette::WindowText, QColor(230, 230, 230));
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    return p;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(245, 245, 245));
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::Window, QColor(239, 239, 239));
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::PlaceholderText, QColor(110, 110, 110));
    return p;
}

} // namespace

class TestCertificatesPage : public QObject
{
    Q_OBJECT

    core::FixedClock m_clock{testTime()};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Inventory> m_inv;
    int m_run = 0;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("inventory.db")); }

    qint64 idOf(const QString &domain)
    {
        core::CertificateFilter f;
        f.search = domain;
        auto rows = m_inv->list(f);
        for (const auto &s : *rows) {
            if (s.domainName == domain)
                return s.id;
        }
        return 0;
    }

    void selectRows(Page &page, const QStringList &names)
    {
        fetchAll(*page.model());
        page.view()->clearSelection();
        for (const QString &n : names) {
            const int row = rowOf(*page.model(), n);
            QVERIFY2(row >= 0, qPrintable(n));
            page.view()->selectionModel()->select(page.model()->index(row, 0),
                                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
            page.view()->selectionModel()->setCurrentIndex(page.model()->index(row, 0), QItemSelectionModel::NoUpdate);
        }
    }

    QList<qint64> cliIds(const QStringList &args)
    {
        QProcess cli;
        cli.start(QStringLiteral(CERTDESK_BINARY_DIR "/app/cli/certdesk-cli"),
                  QStringList{QStringLiteral("list"), QStringLiteral("--db"), dbPath(), QStringLiteral("--json"),
                              QStringLiteral("--at"), QStringLiteral("2026-06-01T00:00:00Z")}
                      + args);
        if (!cli.waitForFinished(30000) || cli.exitCode() != 0) {
            qWarning() << "cli failed:" << cli.readAllStandardError();
            return {-1};
        }
        QList<qint64> ids;
        for (const QJsonValue &v : QJsonDocument::fromJson(cli.readAllStandardOutput()).array())
            ids << v.toObject().value(QStringLiteral("Id")).toInteger();
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        m_clock.set(testTime());
        QApplication::setPalette(lightPalette());
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_inv = openInventory(dbPath(), m_clock, QStringLiteral("tst-page-%1").arg(++m_run));
        const core::ImportReport r = importFixtures(
            *m_inv, certificateFixtures() + QStringList{QStringLiteral("intermediate.crl"), QStringLiteral("leaf-rsa.p12")});
        QCOMPARE(r.imported, 11);
        QVERIFY(m_inv->addTags(idOf(QStringLiteral("www.example.test")),
                               {{QStringLiteral("env"), QStringLiteral("prod")}, {QStringLiteral("team"), QStringLiteral("web")}}));
        QVERIFY(m_inv->addTags(idOf(QStringLiteral("ec.example.test")), {{QStringLiteral("env"), QStringLiteral("test")}}));
        QVERIFY(m_inv->addTags(idOf(QStringLiteral("alice")), {{QStringLiteral("env"), QStringLiteral("prod")}}));
    }

    void cleanup()
    {
        m_inv.reset();
        m_dir.reset();
    }

    void modelPassesTheTesterThroughFilterAndSort()
    {
        Model model(*m_inv, 3);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fetchAll(model);
        core::CertificateFilter f;
        f.tags = {{QStringLiteral("env"), QStringLiteral("prod")}};
        model.setFilter(f);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 2);
        model.sort(Model::NameColumn, Qt::DescendingOrder);
        fetchAll(model);
        model.setNotificationThresholdDays(90);
        model.refreshExtras({idOf(QStringLiteral("alice"))});
        QCOMPARE(model.rowCount(), 2);
    }

    void rowsShowNamesTagsAndInUse()
    {
        Model model(*m_inv);
        fetchAll(model);
        QCOMPARE(model.columnCount(), 13);
        const int www = rowOf(model, QStringLiteral("www.example.test"));
        QCOMPARE(model.index(www, Model::AdditionalNamesColumn).data().toString(),
                 QStringLiteral("7 · www.example.test, example.test, *.api.example.test, …"));
        QCOMPARE(model.index(www, Model::TagsColumn).data().toString(), QStringLiteral("env=prod, team=web"));
        QCOMPARE(model.index(www, Model::PrivateKeyColumn).data().toString(), QStringLiteral("Yes"));
        // Not deployed, not seen: empty, and the tooltip says so.
        QCOMPARE(model.index(www, Model::InUseColumn).data().toString(), QString());
        QVERIFY(model.index(www, Model::InUseColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Not in use")));
        const int ec = rowOf(model, QStringLiteral("ec.example.test"));
        QCOMPARE(model.index(ec, Model::AdditionalNamesColumn).data().toString(), QStringLiteral("1 · ec.example.test"));
        const int root = rowOf(model, QStringLiteral("certdesk Test Root CA"));
        QCOMPARE(model.index(root, Model::AdditionalNamesColumn).data().toString(), QString());
        QCOMPARE(model.index(root, Model::TagsColumn).data().toString(), QString());
    }

    void keysetPagingMatchesOffsetPaging_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        for (int c : {Model::NameColumn, Model::StatusColumn, Model::TypeColumn, Model::IssuerColumn,
                      Model::KeyAlgorithmColumn, Model::NotAfterColumn}) {
            QTest::addRow("%s ascending", qPrintable(Model::sortColumnName(c))) << c << false;
            QTest::addRow("%s descending", qPrintable(Model::sortColumnName(c))) << c << true;
        }
    }
    void keysetPagingMatchesOffsetPaging()
    {
        QFETCH(int, column);
        QFETCH(bool, descending);
        Model paged(*m_inv, 2); // many small pages: every page boundary goes through listAfter
        paged.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        core::SortSpec sort{Model::sortColumnName(column), descending};
        QList<qint64> expected;
        const auto rows = m_inv->list({}, sort);
        for (const auto &s : *rows)
            expected << s.id;
        QCOMPARE(modelIds(paged), expected);
    }

    void filteringAndSortingMatchTheCli_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("keyAlgorithm");
        QTest::addColumn<int>("expiresWithin"); // -1: any
        QTest::addColumn<QString>("tag");
        QTest::addColumn<int>("sortColumn");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QStringList>("cliArgs");
        const auto L = [](std::initializer_list<const char *> a) {
            QStringList out;
            for (const char *s : a)
                out << QString::fromLatin1(s);
            return out;
        };
        QTest::newRow("everything, default order") << "" << "" << "" << "" << -1 << "" << int(Model::NotAfterColumn) << false << L({});
        QTest::newRow("name descending") << "" << "" << "" << "" << -1 << "" << int(Model::NameColumn) << true << L({"--sort", "-name"});
        QTest::newRow("search example, issuer") << "example" << "" << "" << "" << -1 << "" << int(Model::IssuerColumn) << false
                                                << L({"--search", "example", "--sort", "issuer"});
        QTest::newRow("issued EC P-256") << "" << "ISSUED" << "" << "EC_prime256v1" << -1 << "" << int(Model::NameColumn) << false
                                         << L({"--status", "ISSUED", "--key-type", "EC_prime256v1", "--sort", "name"});
        QTest::newRow("expired") << "" << "EXPIRED" << "" << "" << -1 << "" << int(Model::NotAfterColumn) << true
                                 << L({"--status", "EXPIRED", "--sort", "-not_after"});
        QTest::newRow("imported within 1500 days by status") << "" << "" << "IMPORTED" << "" << 1500 << "" << int(Model::StatusColumn) << false
                                                     << L({"--type", "IMPORTED", "--expires-within", "1500", "--sort", "status"});
        QTest::newRow("tag env=prod by key") << "" << "" << "" << "" << -1 << "env=prod" << int(Model::KeyAlgorithmColumn) << true
                                             << L({"--tag", "env=prod", "--sort", "-key_algorithm"});
        QTest::newRow("tag key env") << "" << "" << "" << "" << -1 << "env" << int(Model::TypeColumn) << false
                                     << L({"--tag", "env", "--sort", "type"});
    }
    void filteringAndSortingMatchTheCli()
    {
        QFETCH(QString, search);
        QFETCH(QString, status);
        QFETCH(QString, type);
        QFETCH(QString, keyAlgorithm);
        QFETCH(int, expiresWithin);
        QFETCH(QString, tag);
        QFETCH(int, sortColumn);
        QFETCH(bool, descending);
        QFETCH(QStringList, cliArgs);
        Page page(*m_inv);
        core::CertificateFilter f;
        f.search = search;
        f.status = status;
        f.type = type;
        f.keyAlgorithm = keyAlgorithm;
        if (expiresWithin >= 0)
            f.expiresWithinDays = expiresWithin;
        if (!tag.isEmpty()) {
            const qsizetype eq = tag.indexOf(QLatin1Char('='));
            f.tags << (eq < 0 ? core::TagFilter{tag, std::nullopt} : core::TagFilter{tag.left(eq), tag.mid(eq + 1)});
        }
        page.showFilter(f);
        page.view()->sortByColumn(sortColumn, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        const QList<qint64> shown = modelIds(*page.model());
        const QList<qint64> listed = cliIds(cliArgs);
        QVERIFY(!shown.isEmpty());
        QCOMPARE(shown, listed);
    }

    void eachControlMapsToTheFilter()
    {
        Page page(*m_inv);
        QTRY_COMPARE(page.resultLabel()->text(), QStringLiteral("11 certificates"));
        page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(core::Status::Expired));
        QCOMPARE(page.model()->filter().status, core::Status::Expired);
        QTRY_COMPARE(page.resultLabel()->text(), QStringLiteral("1 of 11 certificates"));
        page.statusFilter()->setCurrentIndex(0);
        page.typeFilter()->setCurrentIndex(page.typeFilter()->findData(QStringLiteral("IMPORTED")));
        QCOMPARE(page.model()->filter().type, QStringLiteral("IMPORTED"));
        page.typeFilter()->setCurrentIndex(0);
        // Key algorithms come from the inventory.
        QStringList algorithms;
        for (int i = 1; i < page.keyAlgorithmFilter()->count(); ++i)
            algorithms << page.keyAlgorithmFilter()->itemData(i).toString();
        QCOMPARE(algorithms, (QStringList{QStringLiteral("EC_prime256v1"), QStringLiteral("EC_secp384r1"),
                                          QStringLiteral("ED25519"), QStringLiteral("RSA_2048"), QStringLiteral("RSA_3072")}));
        page.keyAlgorithmFilter()->setCurrentIndex(page.keyAlgorithmFilter()->findData(QStringLiteral("RSA_2048")));
        QCOMPARE(page.model()->filter().keyAlgorithm, QStringLiteral("RSA_2048"));
        QTRY_VERIFY(!page.model()->isCounting());
        QCOMPARE(page.model()->totalCount(), 1);
        page.keyAlgorithmFilter()->setCurrentIndex(0);
        page.expiryFilter()->setCurrentIndex(page.expiryFilter()->findData(30));
        QCOMPARE(page.model()->filter().expiresWithinDays, std::optional<int>(30));
        QVERIFY(page.customDaysField()->isHidden());
        page.expiryFilter()->setCurrentIndex(page.expiryFilter()->count() - 1); // Custom…
        QVERIFY(!page.customDaysField()->isHidden());
        page.customDaysField()->setValue(1400);
        QCOMPARE(page.model()->filter().expiresWithinDays, std::optional<int>(1400));
        page.expiryFilter()->setCurrentIndex(0);
        QVERIFY(!page.model()->filter().expiresWithinDays);
        // Tags from the inventory: each key with any value, then key=value.
        QStringList tags;
        for (int i = 1; i < page.tagFilter()->count(); ++i)
            tags << page.tagFilter()->itemData(i).toString();
        QCOMPARE(tags, (QStringList{QStringLiteral("env"), QStringLiteral("env=prod"), QStringLiteral("env=test"),
                                    QStringLiteral("team"), QStringLiteral("team=web")}));
        page.tagFilter()->setCurrentIndex(page.tagFilter()->findData(QStringLiteral("env=prod")));
        QCOMPARE(page.model()->filter().tags.size(), 1);
        QCOMPARE(page.model()->filter().tags.first().key, QStringLiteral("env"));
        QCOMPARE(page.model()->filter().tags.first().value, std::optional<QString>(QStringLiteral("prod")));
        QTRY_VERIFY(!page.model()->isCounting());
        QCOMPARE(page.model()->totalCount(), 2);
        page.tagFilter()->setCurrentIndex(page.tagFilter()->findData(QStringLiteral("env")));
        QVERIFY(!page.model()->filter().tags.first().value);
        QTRY_VERIFY(!page.model()->isCounting());
        QCOMPARE(page.model()->totalCount(), 3);
        page.privateKeyFilter()->setCurrentIndex(1);
        QCOMPARE(page.model()->filter().hasPrivateKey, std::optional<bool>(true));
        QTRY_VERIFY(!page.model()->isCounting());
        QCOMPARE(page.model()->totalCount(), 1);
        QTest::keyClicks(page.searchField(), QStringLiteral("www"));
        QTRY_COMPARE(page.model()->filter().search, QStringLiteral("www"));
        QTRY_COMPARE(page.resultLabel()->text(), QStringLiteral("1 of 11 certificates"));
    }

    void showFilterSetsEveryControl()
    {
        Page page(*m_inv);
        core::CertificateFilter f;
        f.search = QStringLiteral("example");
        f.status = core::Status::Issued;
        f.type = QStringLiteral("IMPORTED");
        f.keyAlgorithm = QStringLiteral("EC_prime256v1");
        f.expiresWithinDays = 1500;
        f.tags = {{QStringLiteral("env"), QStringLiteral("test")}};
        f.hasPrivateKey = false;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showFilter(f);
        QCOMPARE(page.searchField()->text(), QStringLiteral("example"));
        // The field's clear button shows for text set from outside too (a dashboard click-through).
        // (Qt's button is always there and fades in: its "opacity" property says whether it shows.)
        const auto clearButtons = page.searchField()->findChildren<QToolButton *>();
        QVERIFY(!clearButtons.isEmpty());
        QTRY_VERIFY(std::any_of(clearButtons.cbegin(), clearButtons.cend(),
                                [](const QToolButton *b) { return b->property("opacity").toReal() > 0.9; }));
        QCOMPARE(page.statusFilter()->currentData().toString(), core::Status::Issued);
        QCOMPARE(page.typeFilter()->currentData().toString(), QStringLiteral("IMPORTED"));
        QCOMPARE(page.keyAlgorithmFilter()->currentData().toString(), QStringLiteral("EC_prime256v1"));
        QCOMPARE(page.expiryFilter()->currentData().toInt(), -2);
        QCOMPARE(page.customDaysField()->value(), 1500);
        QCOMPARE(page.tagFilter()->currentData().toString(), QStringLiteral("env=test"));
        QCOMPARE(page.privateKeyFilter()->currentIndex(), 2);
        const core::CertificateFilter back = page.currentFilter();
        QCOMPARE(back.search, f.search);
        QCOMPARE(back.status, f.status);
        QCOMPARE(back.keyAlgorithm, f.keyAlgorithm);
        QCOMPARE(back.expiresWithinDays, f.expiresWithinDays);
        QCOMPARE(back.hasPrivateKey, f.hasPrivateKey);
        QTRY_VERIFY(!page.model()->isCounting());
        QCOMPARE(page.model()->totalCount(), 1); // ec.example.test
        core::CertificateFilter thirty;
        thirty.expiresWithinDays = 30;
        page.showFilter(thirty);
        QCOMPARE(page.expiryFilter()->currentData().toInt(), 30);
        QCOMPARE(page.searchField()->text(), QString());
        QCOMPARE(page.tagFilter()->currentIndex(), 0);
        QCOMPARE(page.privateKeyFilter()->currentIndex(), 0);
    }

    void colouringPerHealthInBothPalettes_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<int>("daysBefore"); // clock this many days before www.example.test expires (2030-01-01)
        QTest::addColumn<Model::Health>("health");
        for (bool dark : {false, true}) {
            const char *p = dark ? "dark" : "light";
            QTest::addRow("%s: expired", p) << dark << -3 << Model::Health::Expired;
            QTest::addRow("%s: 3 days", p) << dark << 3 << Model::Health::ExpiringCritical;
            QTest::addRow("%s: 20 days", p) << dark << 20 << Model::Health::ExpiringSoon;
            QTest::addRow("%s: 40 days (threshold 45)", p) << dark << 40 << Model::Health::ExpiringNotice;
            QTest::addRow("%s: 60 days", p) << dark << 60 << Model::Health::Valid;
        }
    }
    void colouringPerHealthInBothPalettes()
    {
        QFETCH(bool, dark);
        QFETCH(int, daysBefore);
        QFETCH(Model::Health, health);
        const QPalette palette = dark ? darkPalette() : lightPalette();
        QApplication::setPalette(palette);
        m_clock.set(QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC).addDays(-daysBefore));
        Model model(*m_inv);
        fetchAll(model);
        const QModelIndex index = model.index(rowOf(model, QStringLiteral("www.example.test")), Model::NameColumn);
        QCOMPARE(index.data(Model::HealthRole).value<Model::Health>(), health);
        const QVariant background = index.data(Qt::BackgroundRole);
        if (health == Model::Health::Valid) {
            QVERIFY(!background.isValid());
        } else {
            const QColor colour = background.value<QBrush>().color();
            QCOMPARE(colour.alpha(), 255); // blended into the base, not translucent
            QVERIFY(colour != palette.color(QPalette::Base));
            QVERIFY2(contrast(colour, palette.color(QPalette::Text)) >= 7.0,
                     qPrintable(QString::number(contrast(colour, palette.color(QPalette::Text)))));
            // Tinted in its hue: warmer than the base, red and amber bands differ.
            QVERIFY(colour.red() > colour.blue());
            // Visible against the plain and the alternate base.
            QVERIFY(contrast(colour, palette.color(QPalette::Base)) > 1.05);
        }
        QVERIFY(index.siblingAtColumn(Model::StatusColumn).data(Qt::DecorationRole).canConvert<QPixmap>());
        // The bands are distinct colours.
        QSet<QRgb> colours;
        for (auto h : {Model::Health::Expired, Model::Health::ExpiringCritical, Model::Health::ExpiringSoon,
                       Model::Health::ExpiringNotice})
            colours.insert(Model::backgroundColor(h, palette).rgb());
        QCOMPARE(colours.size(), 4);
    }

    void thresholdSetterMovesTheNoticeBand()
    {
        m_clock.set(QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC).addDays(-40));
        Page page(*m_inv);
        fetchAll(*page.model());
        const QModelIndex index = page.model()->index(rowOf(*page.model(), QStringLiteral("www.example.test")), 0);
        QCOMPARE(index.data(Model::HealthRole).value<Model::Health>(), Model::Health::ExpiringNotice);
        QSignalSpy changed(page.model(), &QAbstractItemModel::dataChanged);
        page.setNotificationThresholdDays(35);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(index.data(Model::HealthRole).value<Model::Health>(), Model::Health::Valid);
    }

    void actionsFollowTheSelection()
    {
        Page page(*m_inv);
        QCOMPARE(page.actions().size(), 10);
        for (QAction *a : page.actions())
            QVERIFY(!a->isEnabled());
        selectRows(page, {QStringLiteral("ec.example.test")});
        // All but Revoke (an imported certificate is revoked where it was issued) and Renew and
        // Renewal Settings (certdesk does not manage it).
        const QList<QAction *> notForIt{page.action(Page::Action::Revoke), page.action(Page::Action::Renew),
                                        page.action(Page::Action::RenewalSettings)};
        for (QAction *a : page.actions())
            QVERIFY2(a->isEnabled() == !notForIt.contains(a), qPrintable(a->text()));
        page.view()->clearSelection();
        QVERIFY(!page.action(Page::Action::Delete)->isEnabled());
    }

    void copyPemAndFingerprint()
    {
        Page page(*m_inv);
        selectRows(page, {QStringLiteral("ec.example.test"), QStringLiteral("ed.example.test")});
        const QList<qint64> ids = page.selectedIds();
        QCOMPARE(ids.size(), 2);
        page.action(Page::Action::CopyPem)->trigger();
        QString expected;
        for (qint64 id : ids)
            expected += QString::fromLatin1(m_inv->certificate(id)->toPem());
        QCOMPARE(QApplication::clipboard()->text(), expected);
        QCOMPARE(expected.count(QStringLiteral("-----BEGIN CERTIFICATE-----")), 2);

        selectRows(page, {QStringLiteral("www.example.test")});
        page.action(Page::Action::CopyFingerprint)->trigger();
        // SHA-256 over the fixture's DER, upper-case and colon-separated.
        const QByteArray digest = QCryptographicHash::hash(readData(QStringLiteral("leaf-rsa.der")), QCryptographicHash::Sha256);
        QCOMPARE(QApplication::clipboard()->text(), QString::fromLatin1(digest.toHex(':').toUpper()));
    }

    void exportEmitsTheSelection()
    {
        Page page(*m_inv);
        QSignalSpy spy(&page, &Page::exportRequested);
        selectRows(page, {QStringLiteral("alice"), QStringLiteral("www.example.test")});
        page.action(Page::Action::Export)->trigger();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<QList<qint64>>(), page.selectedIds());
    }

    void deleteAsksAndRemoves()
    {
        Page page(*m_inv);
        page.show();
        QSignalSpy deleted(&page, &Page::certificatesDeleted);
        selectRows(page, {QStringLiteral("www.example.test"), QStringLiteral("ec.example.test")});
        const qint64 www = idOf(QStringLiteral("www.example.test"));

        // Cancel keeps everything.
        page.action(Page::Action::Delete)->trigger();
        QMessageBox *box = page.findChild<QMessageBox *>();
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("2 certificates")));
        QVERIFY(box->text().contains(QStringLiteral("www.example.test")));
        QVERIFY(box->text().contains(QStringLiteral("ec.example.test")));
        QVERIFY(box->informativeText().contains(QStringLiteral("1 of them have a private key")));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!page.findChild<QMessageBox *>());
        QCOMPARE(*m_inv->count(), 11);

        // The Delete key asks too; "Delete" removes.
        page.view()->setFocus();
        QTest::keyClick(page.view(), Qt::Key_Delete);
        box = page.findChild<QMessageBox *>();
        QVERIFY(box);
        QAbstractButton *remove = nullptr;
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                remove = b;
        }
        QVERIFY(remove);
        remove->click();
        QTRY_COMPARE(deleted.size(), 1);
        QCOMPARE(*m_inv->count(), 9);
        QTRY_VERIFY(!page.model()->isCounting());
        QCOMPARE(page.model()->totalCount(), 9);
        QVERIFY(!m_inv->record(www));
        const auto events = m_inv->events(www);
        QCOMPARE(events->first().kind, QStringLiteral("delete"));
    }

    void tagsDialogAddsAndRemoves()
    {
        Page page(*m_inv);
        page.show();
        selectRows(page, {QStringLiteral("ec.example.test")});
        const qint64 ec = idOf(QStringLiteral("ec.example.test"));
        page.action(Page::Action::Tags)->trigger();
        auto *dialog = page.findChild<ui::TagsDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->tags(), (QList<core::Tag>{{QStringLiteral("env"), QStringLiteral("test")}}));
        QTest::keyClicks(dialog->keyField(), QStringLiteral("owner"));
        QTest::keyClicks(dialog->valueField(), QStringLiteral("ops"));
        QTest::keyClick(dialog->valueField(), Qt::Key_Return);
        dialog->stageRemove(QStringLiteral("env"));
        dialog->accept();
        QCOMPARE(m_inv->record(ec)->tags, (QList<core::Tag>{{QStringLiteral("owner"), QStringLiteral("ops")}}));
        const int row = rowOf(*page.model(), QStringLiteral("ec.example.test"));
        QCOMPARE(page.model()->index(row, Model::TagsColumn).data().toString(), QStringLiteral("owner=ops"));
        QVERIFY(page.tagFilter()->findData(QStringLiteral("owner=ops")) >= 0);

        // ACM's limits: the inventory's message shows and the dialog stays.
        page.action(Page::Action::Tags)->trigger();
        QTRY_VERIFY(page.findChildren<ui::TagsDialog *>().size() >= 1);
        dialog = page.findChildren<ui::TagsDialog *>().constLast();
        dialog->stageAdd(QString(129, QLatin1Char('k')), QStringLiteral("v"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->errorText().contains(QStringLiteral("128")), qPrintable(dialog->errorText()));
        dialog->stageRemove(QString(129, QLatin1Char('k')));
        for (int i = 0; i < 50; ++i)
            dialog->stageAdd(QStringLiteral("k%1").arg(i), QStringLiteral("v"));
        dialog->accept();
        QVERIFY2(dialog->errorText().contains(QStringLiteral("at most 50 tags")), qPrintable(dialog->errorText()));
        QCOMPARE(m_inv->record(ec)->tags.size(), 1);
        dialog->reject();
    }

    void enterShowsDetailsAndHeaderStateRoundTrips()
    {
        Page page(*m_inv);
        page.resize(1200, 700);
        page.show();
        page.setDetailsPanelVisible(false);
        selectRows(page, {QStringLiteral("alice")});
        page.view()->setFocus();
        QTest::keyClick(page.view(), Qt::Key_Return);
        QVERIFY(page.isDetailsPanelVisible());
        QCOMPARE(page.detailsPanel()->certificateId(), idOf(QStringLiteral("alice")));

        page.view()->horizontalHeader()->setSectionHidden(Model::IssuerColumn, true);
        page.view()->horizontalHeader()->moveSection(Model::TagsColumn, 1);
        page.view()->horizontalHeader()->resizeSection(Model::TypeColumn, 151);
        const QByteArray state = page.saveState();
        Page other(*m_inv);
        QVERIFY(other.restoreState(state));
        QVERIFY(other.view()->horizontalHeader()->isSectionHidden(Model::IssuerColumn));
        QCOMPARE(other.view()->horizontalHeader()->visualIndex(Model::TagsColumn), 1);
        QCOMPARE(other.view()->horizontalHeader()->sectionSize(Model::TypeColumn), 151);
        QVERIFY(!other.restoreState(QByteArray("garbage")));
        // The column chooser lists every column, Name fixed.
        std::unique_ptr<QMenu> menu(other.view()->createColumnMenu(nullptr));
        QCOMPARE(menu->actions().size(), Model::ColumnCount + 2);
    }
};

QTEST_MAIN(TestCertificatesPage)
#include "tst_certificatespage.moc"
