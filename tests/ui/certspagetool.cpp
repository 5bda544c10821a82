// The Certificates page outside the tests (not a test):
//
//   certdesk-certspage-tool bench INVENTORY   timings of the table model at scale (certdesk-bench import
//                                              --count 100000 --keep INVENTORY makes one)
//   QT_QPA_PLATFORM=offscreen certdesk-certspage-tool render [--dark] DIR
//                                              PNGs of the page with its details panel, from the sample data

#include "sampledata.h"
#include "shotsetup.h"
#include "uitestutil.h"
#include "theme/theme.h"

#include "details/chainview.h"
#include "details/detailspanel.h"
#include "dialogs/tagsdialog.h"
#include "models/certificatetablemodel.h"
#include "pages/certificatespage.h"
#include "views/certificatetableview.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QEventLoop>
#include <QTimer>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>

using namespace certdesk;
using Model = ui::CertificateTableModel;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

template<typename F>
double timed(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

void report(const char *what, double ms) { out() << QStringLiteral("%1 %2 ms").arg(QLatin1String(what), -58).arg(ms, 8, 'f', 1) << Qt::endl; }

int bench(const QString &path)
{
    const core::SystemClock clock;
    auto inv = core::Inventory::open(path, clock, QStringLiteral("bench"));
    if (!inv) {
        out() << inv.error().message << Qt::endl;
        return 2;
    }
    core::Inventory &inventory = **inv;
    out() << "inventory " << path << ": " << *inventory.count() << " certificates" << Qt::endl;
    std::unique_ptr<Model> model;
    report("model created (count) + first page fetched", timed([&] {
               model = std::make_unique<Model>(inventory);
               model->fetchMore({});
           }));
    report("next page (keyset)", timed([&] { model->fetchMore({}); }));
    report("scroll to row 90,000 (450 pages, keyset)", timed([&] {
               while (model->rowCount() <= 90000 && model->canFetchMore({}))
                   model->fetchMore({});
           }));
    report("  one page at row 90,000 (keyset)", timed([&] { (void)inventory.listAfter({}, {}, *model->summary(89999), 200); }));
    report("  one page at row 90,000 (OFFSET, for comparison)", timed([&] { (void)inventory.list({}, {}, 200, 90000); }));
    {
        Model fresh(inventory);
        report("sort change without scrolled rows: Name descending, first page", timed([&] {
                   fresh.sort(Model::NameColumn, Qt::DescendingOrder);
                   fresh.fetchMore({});
               }));
    }
    report("sort change: Name ascending (reset after the deep scroll)", timed([&] { model->sort(Model::NameColumn, Qt::AscendingOrder); }));
    report("  then its first page", timed([&] { model->fetchMore({}); }));
    report("  freeing the 90,000 rows a chunk per event-loop pass (total)", timed([&] {
               QEventLoop loop;
               QTimer::singleShot(0, &loop, [&loop] { loop.quit(); });
               for (int i = 0; i < 200; ++i)
                   QCoreApplication::processEvents();
           }));
    report("  of which: count", timed([&] { (void)inventory.count({}); }));
    QList<qint64> ids;
    report("  of which: first page by name", timed([&] {
               const auto rows = inventory.list({}, core::SortSpec{QStringLiteral("name"), false}, 200, 0);
               for (const auto &r : *rows)
                   ids << r.id;
           }));
    report("  of which: names and tags of the page", timed([&] { (void)inventory.summaryExtras(ids, 3); }));
    report("sort change: Status descending, first page", timed([&] {
               model->sort(Model::StatusColumn, Qt::DescendingOrder);
               model->fetchMore({});
           }));
    report("sort change: Not after ascending, first page", timed([&] {
               model->sort(Model::NotAfterColumn, Qt::AscendingOrder);
               model->fetchMore({});
           }));
    const auto make = [](auto set) {
        core::CertificateFilter f;
        set(f);
        return f;
    };
    const std::pair<const char *, core::CertificateFilter> filters[] = {
        {"status EXPIRED", make([](auto &f) { f.status = core::Status::Expired; })},
        {"expires within 30 days", make([](auto &f) { f.expiresWithinDays = 30; })},
        {"key algorithm EC_prime256v1", make([](auto &f) { f.keyAlgorithm = QStringLiteral("EC_prime256v1"); })},
        {"search \"host-12\"", make([](auto &f) { f.search = QStringLiteral("host-12"); })},
        {"search \"zzz\" (no match)", make([](auto &f) { f.search = QStringLiteral("zzz"); })},
        {"search \"w\" (one keystroke)", make([](auto &f) { f.search = QStringLiteral("w"); })},
        {"search \"host-4242.\" (one certificate)", make([](auto &f) { f.search = QStringLiteral("host-4242."); })},
        {"search + status ISSUED", make([](auto &f) {
             f.search = QStringLiteral("host-12");
             f.status = core::Status::Issued;
         })},
        {"tag env=prod", make([](auto &f) { f.tags = {{QStringLiteral("env"), QStringLiteral("prod")}}; })},
    };
    // Rows shown: the reset and the first page, on this thread. Counted: until the model's
    // worker has counted the rows (the count never holds up the table).
    out() << QStringLiteral("%1 %2 ms %3 ms").arg(QStringLiteral("filter change"), -58).arg(QStringLiteral("shown"), 8)
                 .arg(QStringLiteral("counted"), 8)
          << Qt::endl;
    for (const auto &[label, filter] : filters) {
        QElapsedTimer timer;
        timer.start();
        model->setFilter(filter);
        model->fetchMore({});
        const double shown = double(timer.nsecsElapsed()) / 1e6;
        while (model->isCounting())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        const double counted = double(timer.nsecsElapsed()) / 1e6;
        out() << QStringLiteral("%1 %2 ms %3 ms  (%4 rows)")
                     .arg(QLatin1String(label), -58)
                     .arg(shown, 8, 'f', 1)
                     .arg(counted, 8, 'f', 1)
                     .arg(model->totalCount())
              << Qt::endl;
    }
    report("filter choices (DISTINCT key algorithms + tags)", timed([&] {
               (void)inventory.distinctKeyAlgorithms();
               (void)inventory.distinctTags();
           }));
    return 0;
}

void settle(int ms = 150)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool save(QWidget *widget, const QString &path)
{
    settle();
    const bool ok = widget->grab().save(path);
    out() << (ok ? "wrote " : "FAILED ") << path << Qt::endl;
    return ok;
}

int render(const QString &dir, bool dark)
{
    test::applyShotLook(dark);
    const QString suffix = dark ? QStringLiteral("-dark") : QString();

    QTemporaryDir temp;
    const core::FixedClock clock(test::testTime());
    auto inventory = test::openInventory(temp.filePath(QStringLiteral("inventory.db")), clock, QStringLiteral("render"));
    core::ImportOptions options;
    options.masterPassword = [](core::MasterPasswordPurpose) { return std::optional<QByteArray>("master"); };
    const core::ImportReport sample = core::ImportJob(*inventory, options).importData(test::sampleCertificates(clock.now()));
    for (const core::Error &e : sample.failures)
        out() << "sample data: " << e.message << Qt::endl;
    // A few tags, as an administrator would set them.
    const QList<std::pair<QString, QList<core::Tag>>> tags = {
        {QStringLiteral("www.example.com"), {{QStringLiteral("env"), QStringLiteral("prod")}, {QStringLiteral("team"), QStringLiteral("web")}}},
        {QStringLiteral("api.example.com"), {{QStringLiteral("env"), QStringLiteral("prod")}, {QStringLiteral("team"), QStringLiteral("api")}}},
        {QStringLiteral("shop.example.com"), {{QStringLiteral("env"), QStringLiteral("prod")}}},
        {QStringLiteral("vpn.corp.example.net"), {{QStringLiteral("team"), QStringLiteral("netops")}}},
        {QStringLiteral("gitlab.corp.example.net"), {{QStringLiteral("env"), QStringLiteral("internal")}}},
        {QStringLiteral("intranet.corp.example.net"), {{QStringLiteral("env"), QStringLiteral("internal")}}},
    };
    for (const auto &[name, list] : tags) {
        core::CertificateFilter f;
        f.search = name;
        const auto rows = inventory->list(f);
        for (const auto &s : *rows) {
            if (s.domainName == name)
                (void)inventory->addTags(s.id, list);
        }
    }

    ui::CertificatesPage page(*inventory);
    page.resize(1440, 900);
    page.show();
    auto *model = page.model();
    while (model->canFetchMore({}))
        model->fetchMore({});
    int row = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data().toString() == QLatin1String("api.example.com"))
            row = r;
    }
    page.view()->selectRow(row);
    const auto waitForChain = [&page] {
        QEventLoop loop;
        QObject::connect(page.detailsPanel(), &ui::DetailsPanel::chainLoaded, &loop, &QEventLoop::quit);
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        if (page.detailsPanel()->chainView()->isLoading())
            loop.exec();
    };
    waitForChain();
    bool ok = save(&page, QStringLiteral("%1/certdesk-certs-page%2.png").arg(dir, suffix));
    const QList<std::pair<ui::DetailsPanel::Tab, QString>> tabs = {{ui::DetailsPanel::ChainTab, QStringLiteral("chain")},
                                                                   {ui::DetailsPanel::ExtensionsTab, QStringLiteral("extensions")},
                                                                   {ui::DetailsPanel::NamesTab, QStringLiteral("names")},
                                                                   {ui::DetailsPanel::HistoryTab, QStringLiteral("history")},
                                                                   {ui::DetailsPanel::PemTab, QStringLiteral("pem")}};
    for (const auto &[tab, name] : tabs) {
        page.detailsPanel()->tabs()->setCurrentIndex(tab);
        ok &= save(page.detailsPanel(), QStringLiteral("%1/certdesk-certs-details-%2%3.png").arg(dir, name, suffix));
    }
    page.detailsPanel()->tabs()->setCurrentIndex(ui::DetailsPanel::OverviewTab);

    // An expired certificate's chain.
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data().toString() == QLatin1String("mail.example.org"))
            page.view()->selectRow(r);
    }
    waitForChain();
    page.detailsPanel()->tabs()->setCurrentIndex(ui::DetailsPanel::ChainTab);
    ok &= save(page.detailsPanel(), QStringLiteral("%1/certdesk-certs-details-chain-expired%2.png").arg(dir, suffix));
    page.detailsPanel()->tabs()->setCurrentIndex(ui::DetailsPanel::OverviewTab);

    core::CertificateFilter filter;
    filter.expiresWithinDays = 30;
    filter.tags = {{QStringLiteral("env"), QStringLiteral("prod")}};
    page.showFilter(filter);
    ok &= save(&page, QStringLiteral("%1/certdesk-certs-filtered%2.png").arg(dir, suffix));
    page.showFilter({});
    model->fetchMore({});
    page.view()->selectRow(0);
    page.view()->selectionModel()->select(model->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    page.action(ui::CertificatesPage::Action::Tags)->trigger();
    if (auto *dialog = page.findChild<ui::TagsDialog *>())
        ok &= save(dialog, QStringLiteral("%1/certdesk-certs-tags%2.png").arg(dir, suffix));
    for (auto *d : page.findChildren<ui::TagsDialog *>())
        d->reject();
    page.action(ui::CertificatesPage::Action::Delete)->trigger();
    if (auto *box = page.findChild<QMessageBox *>()) {
        ok &= save(box, QStringLiteral("%1/certdesk-certs-delete%2.png").arg(dir, suffix));
        box->reject();
    }
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() == 2 && args.at(0) == QLatin1String("bench"))
        return bench(args.at(1));
    if (!args.isEmpty() && args.at(0) == QLatin1String("render")) {
        const bool dark = args.contains(QStringLiteral("--dark"));
        QStringList rest = args.mid(1);
        rest.removeAll(QStringLiteral("--dark"));
        return render(rest.value(0, QStringLiteral("/tmp")), dark);
    }
    out() << "usage: certdesk-certspage-tool bench INVENTORY | render [--dark] DIR" << Qt::endl;
    return 2;
}
