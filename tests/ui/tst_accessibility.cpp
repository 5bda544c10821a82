// Keyboard and screen-reader access across the console: every control Tab reaches has a name a
// screen reader can say, icon-only buttons carry an accessible name and a tooltip, the icons of
// toolbar, menus and dialogs are the SVGs of resources/icons (so no icon theme is needed and they
// stay sharp at any scale), and Tab walks the Certificates filter row, the dashboard and the
// Export dialog in the order they are laid out.

#include "uitestutil.h"

#include "ca/certificateauthority.h"
#include "details/cadetailsview.h"
#include "details/detailspanel.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/deletecadialog.h"
#include "dialogs/deploydialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/filepassworddialog.h"
#include "dialogs/importprogressdialog.h"
#include "dialogs/importsummarydialog.h"
#include "dialogs/issuecertificatedialog.h"
#include "dialogs/masterpassworddialog.h"
#include "dialogs/renewalsettingsdialog.h"
#include "dialogs/revokedialog.h"
#include "dialogs/savedscandialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/tagsdialog.h"
#include "models/certificatetablemodel.h"
#include "pages/certificatespage.h"
#include "pages/dashboardpage.h"
#include "pages/privatecaspage.h"
#include "settings/appsettings.h"
#include "theme/theme.h"
#include "uiresources.h"
#include "views/certificatetableview.h"
#include "views/mainwindow.h"
#include "widgets/counttile.h"
#include "widgets/nexttoexpirelist.h"
#include "wizards/createcawizard.h"
#include "wizards/requestwizard.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

#include <cmath>
#include <functional>

using namespace certdesk;
using namespace certdesk::test;

namespace {

QString describe(const QWidget *w)
{
    QString text;
    if (const auto *b = qobject_cast<const QAbstractButton *>(w))
        text = b->text();
    else if (const auto *l = qobject_cast<const QLabel *>(w))
        text = l->text().left(30);
    return QStringLiteral("%1(name=\"%2\" text=\"%3\" object=\"%4\")")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->accessibleName(), text, w->objectName());
}

QString describe(const QList<QWidget *> &widgets)
{
    QStringList out;
    for (const QWidget *w : widgets)
        out << describe(w);
    return out.join(QStringLiteral("\n  "));
}

// What a screen reader says for the widget (its accessible name, else a buddy label's or its text).
QString spokenName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

bool takesTab(const QWidget *w, const QWidget *window)
{
    return (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && w->isVisibleTo(window) && w->isEnabled() &&
           !w->focusProxy() && window->isAncestorOf(w);
}

// The widgets Tab visits from `from` (inclusive), once around the window: the focus chain as
// QWidget::focusNextPrevChild walks it (Tab focus, visible, enabled, not behind a focus proxy).
QList<QWidget *> tabChain(QWidget *from)
{
    QWidget *window = from->window();
    QList<QWidget *> out{from};
    for (QWidget *w = from->nextInFocusChain(); w != from; w = w->nextInFocusChain()) {
        if (takesTab(w, window))
            out << w;
    }
    return out;
}

// The widgets focused by pressing Tab `count` times, starting with the focus on `from`.
QList<QWidget *> pressTab(QWidget *from, int count, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    from->setFocus(Qt::TabFocusReason);
    QList<QWidget *> out{QApplication::focusWidget()};
    for (int i = 0; i < count; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, modifiers);
        out << QApplication::focusWidget();
    }
    return out;
}

// Visible buttons without text (icon only) that lack an accessible name or a tooltip.
QList<QWidget *> unnamedIconButtons(QWidget *root, int *iconOnly = nullptr)
{
    QList<QWidget *> out;
    for (QAbstractButton *b : root->findChildren<QAbstractButton *>()) {
        if (!b->isVisible() || !QString(b->text()).remove(QLatin1Char('&')).trimmed().isEmpty())
            continue;
        if (iconOnly)
            ++*iconOnly;
        if (b->accessibleName().trimmed().isEmpty() || b->toolTip().trimmed().isEmpty())
            out << b;
    }
    return out;
}

// Controls Tab reaches that a screen reader could not name.
QList<QWidget *> namelessTabStops(QWidget *window, int *stops = nullptr)
{
    QList<QWidget *> out;
    const QList<QWidget *> chain = tabChain(window);
    for (QWidget *w : chain) {
        if (w == window)
            continue;
        if (stops)
            ++*stops;
        if (spokenName(w).isEmpty())
            out << w;
    }
    return out;
}

// The SVG under :/icons that the icon draws exactly (at several sizes), or "" for none: an icon
// from a theme, a raster image or a pixmap differs from every SVG at some size.
QString svgResourceOf(const QIcon &icon)
{
    if (icon.isNull())
        return {};
    QDirIterator it(QStringLiteral(":/icons"), {QStringLiteral("*.svg")});
    while (it.hasNext()) {
        const QString path = it.next();
        const QIcon svg(path);
        bool same = true;
        for (int size : {16, 24, 37, 64}) {
            if (icon.pixmap(size, size).toImage() != svg.pixmap(size, size).toImage()) {
                same = false;
                break;
            }
        }
        if (same)
            return path;
    }
    return {};
}

QString svgResourceOf(const QPixmap &pixmap)
{
    QDirIterator it(QStringLiteral(":/icons"), {QStringLiteral("*.svg")});
    while (it.hasNext()) {
        const QString path = it.next();
        const QPixmap svg = QIcon(path).pixmap(pixmap.deviceIndependentSize().toSize(), pixmap.devicePixelRatio());
        if (svg.toImage() == pixmap.toImage())
            return path;
    }
    return {};
}

QWidget *childNamed(QWidget *root, const QString &accessibleName)
{
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (w->accessibleName() == accessibleName)
            return w;
    }
    return nullptr;
}

QToolButton *criteriaChip(ui::CertificatesPage *page)
{
    for (QToolButton *b : page->findChildren<QToolButton *>()) {
        if (b->accessibleName().startsWith(QStringLiteral("Remove the criteria")))
            return b;
    }
    return nullptr;
}

enum class DialogKind {
    Export,
    SetMasterPassword,
    UnlockKeyStore,
    FilePassword,
    ImportProgress,
    ImportSummary,
    Tags,
    Settings,
    About,
    NewCa,
    IssueCertificate,
    Revoke,
    DeleteCa,
    RequestCertificate,
    RenewalSettings,
    Deploy,
    SavedScan
};

} // namespace

Q_DECLARE_METATYPE(DialogKind)

class TestAccessibility : public QObject
{
    Q_OBJECT

    core::FixedClock m_clock{testTime()};
    QTemporaryDir m_dir;
    std::unique_ptr<core::Inventory> m_inv;
    std::unique_ptr<core::CertificateAuthorities> m_cas;
    QList<core::CaInfo> m_caList;

    qint64 idOf(const QString &domainName) const
    {
        auto rows = m_inv->list({});
        if (rows) {
            for (const core::CertificateSummary &s : *rows) {
                if (s.domainName == domainName)
                    return s.id;
            }
        }
        return 0;
    }

    std::unique_ptr<QDialog> makeDialog(DialogKind kind)
    {
        switch (kind) {
        case DialogKind::Export:
            return std::make_unique<ui::ExportDialog>(QList<ui::ExportItem>{{idOf(QStringLiteral("www.example.test")),
                                                                             QStringLiteral("www.example.test"), true}},
                                                      m_dir.path());
        case DialogKind::SetMasterPassword:
            return std::make_unique<ui::MasterPasswordDialog>(ui::MasterPasswordDialog::Mode::Set, nullptr);
        case DialogKind::UnlockKeyStore:
            return std::make_unique<ui::MasterPasswordDialog>(ui::MasterPasswordDialog::Mode::Unlock,
                                                              &m_inv->keyStore());
        case DialogKind::FilePassword:
            return std::make_unique<ui::FilePasswordDialog>(ui::FilePasswordDialog::Kind::Pkcs12,
                                                            QStringLiteral("/tmp/server.p12"),
                                                            QStringLiteral("Wrong password"));
        case DialogKind::ImportProgress:
            return std::make_unique<ui::ImportProgressDialog>();
        case DialogKind::ImportSummary: {
            core::ImportReport report;
            report.sources = 3;
            report.imported = 1;
            report.failures << core::Error{core::ErrorCode::InvalidInput,
                                           QStringLiteral("bad.pem: entry 1: not base64 at line 4")};
            return std::make_unique<ui::ImportSummaryDialog>(report);
        }
        case DialogKind::Tags:
            return std::make_unique<ui::TagsDialog>(*m_inv, QList<qint64>{idOf(QStringLiteral("www.example.test"))});
        case DialogKind::Settings: {
            ui::SettingsValues values;
            values.inventoryPath = m_inv->path();
            values.thresholds = {30, 7};
            return std::make_unique<ui::SettingsDialog>(values);
        }
        case DialogKind::About:
            return std::make_unique<ui::AboutDialog>(m_inv->path());
        case DialogKind::NewCa:
            return std::make_unique<ui::CreateCaWizard>(m_caList, m_caList.last().id, m_clock.now());
        case DialogKind::IssueCertificate:
            return std::make_unique<ui::IssueCertificateDialog>(m_caList.last(), m_clock.now());
        case DialogKind::Revoke:
            return std::make_unique<ui::RevokeDialog>(QStringLiteral("api.example.test"),
                                                      QStringLiteral("Serial 01AB · TLS server · issued by a11y-issuing"),
                                                      m_clock.now());
        case DialogKind::DeleteCa:
            return std::make_unique<ui::DeleteCaDialog>(QStringLiteral("a11y-issuing"), 3);
        case DialogKind::RequestCertificate:
            return std::make_unique<ui::RequestWizard>(m_caList, m_clock.now());
        case DialogKind::RenewalSettings: {
            core::ManagedCertificate managed;
            managed.id = 7;
            managed.domainName = QStringLiteral("www.example.test");
            return std::make_unique<ui::RenewalSettingsDialog>(managed);
        }
        case DialogKind::Deploy:
            return std::make_unique<ui::DeployDialog>(*m_inv, idOf(QStringLiteral("www.example.test")));
        case DialogKind::SavedScan: {
            core::ScanSpec spec;
            spec.targets = {QStringLiteral("www.example.test")};
            return std::make_unique<ui::SavedScanDialog>(spec);
        }
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // As on a desktop without an icon theme: every icon must come from the application.
        QIcon::setThemeSearchPaths({});
        QIcon::setThemeName(QStringLiteral("certdesk-test-no-such-theme"));
        QIcon::setFallbackThemeName(QString());
        ui::initResources();
        QVERIFY(m_dir.isValid());
        m_inv = openInventory(m_dir.filePath(QStringLiteral("a11y.db")), m_clock, QStringLiteral("tst-a11y"));
        const core::ImportReport r =
            importFixtures(*m_inv, certificateFixtures() + QStringList{QStringLiteral("leaf-rsa.p12")});
        QCOMPARE(r.failed(), 0);
        QVERIFY(idOf(QStringLiteral("www.example.test")) != 0);

        // A root and an issuing CA with one certificate, for the Private CAs page and its dialogs.
        m_cas = std::make_unique<core::CertificateAuthorities>(
            *m_inv, [](core::MasterPasswordPurpose) { return std::optional<QByteArray>("master"); });
        core::CaConfig root;
        root.name = QStringLiteral("a11y-root");
        root.subject = QStringLiteral("CN=a11y Root CA");
        auto rootCa = m_cas->create(root);
        QVERIFY2(rootCa, rootCa ? "" : qPrintable(rootCa.error().message));
        core::CaConfig issuing;
        issuing.name = QStringLiteral("a11y-issuing");
        issuing.kind = core::CaKind::Subordinate;
        issuing.parent = root.name;
        issuing.subject = QStringLiteral("CN=a11y Issuing CA");
        issuing.validity = core::Validity::days(3650);
        issuing.pathLength = 0;
        auto issuingCa = m_cas->create(issuing);
        QVERIFY2(issuingCa, issuingCa ? "" : qPrintable(issuingCa.error().message));
        core::IssueRequest request;
        request.keyAlgorithm = QStringLiteral("EC_prime256v1");
        request.subject = QStringLiteral("CN=api.a11y.example");
        QVERIFY(m_cas->issue(issuingCa->id, request));
        core::CaConfig pending = issuing;
        pending.name = QStringLiteral("a11y-pending");
        pending.parent.clear();
        pending.externalParent = true;
        pending.subject = QStringLiteral("CN=a11y Partner CA");
        QVERIFY(m_cas->create(pending));
        m_caList = *m_cas->list();
        std::sort(m_caList.begin(), m_caList.end(), [](const core::CaInfo &a, const core::CaInfo &b) { return a.id < b.id; });
        m_caList.removeLast(); // the dialogs use the issuing CA, the last of the others
    }

    // Every icon of the application is an SVG in the house style: a 24-unit grid, a 2-unit
    // stroke in the one mid blue that reads on the light and the dark palette.
    void resourceIconsAreSvgInOneStyle()
    {
        QStringList icons;
        QDirIterator it(QStringLiteral(":/icons"));
        while (it.hasNext())
            icons << it.next();
        QVERIFY2(icons.size() >= 18, qPrintable(icons.join(QLatin1Char(' '))));
        for (const QString &path : std::as_const(icons)) {
            QVERIFY2(path.endsWith(QLatin1String(".svg")), qPrintable(path));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray svg = file.readAll();
            QVERIFY2(svg.contains("<svg"), qPrintable(path));
            const QImage image = QIcon(path).pixmap(48, 48).toImage();
            QVERIFY2(!image.isNull() && image.pixelColor(0, 0).alpha() == 0, qPrintable(path));
            if (path.endsWith(QLatin1String("/certdesk.svg")))
                continue; // the application icon has colours of its own
            QVERIFY2(svg.contains("viewBox=\"0 0 24 24\""), qPrintable(path));
            QVERIFY2(svg.contains("stroke=\"#5b8bd0\"") && svg.contains("stroke-width=\"2\""), qPrintable(path));
            QVERIFY2(!svg.contains("fill=\"#"), qPrintable(path)); // outlines only
            int drawn = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    drawn += image.pixelColor(x, y).alpha() > 128 ? 1 : 0;
            QVERIFY2(drawn > 48 * 48 / 20, qPrintable(path)); // it draws something
        }
    }

    // The icons' one colour stands out from the window and the field backgrounds of both of the
    // console's palettes by at least the 3:1 that WCAG asks of graphics.
    void iconColourReadsOnBothPalettes_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << ui::Theme::lightPalette();
        QTest::newRow("dark") << ui::Theme::darkPalette();
    }
    void iconColourReadsOnBothPalettes()
    {
        QFETCH(QPalette, palette);
        const auto luminance = [](const QColor &c) {
            const auto channel = [](float v) {
                return v <= 0.04045f ? v / 12.92f : std::pow((v + 0.055f) / 1.055f, 2.4f);
            };
            return 0.2126f * channel(c.redF()) + 0.7152f * channel(c.greenF()) + 0.0722f * channel(c.blueF());
        };
        const auto contrast = [&](const QColor &a, const QColor &b) {
            const float la = luminance(a), lb = luminance(b);
            return (std::max(la, lb) + 0.05f) / (std::min(la, lb) + 0.05f);
        };
        // The colour the icons are drawn in: the most opaque pixel of a rendered icon.
        const QImage image = ui::svgIcon(QStringLiteral("copy")).pixmap(48, 48).toImage();
        QColor ink;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (image.pixelColor(x, y).alpha() == 255)
                    ink = image.pixelColor(x, y);
        QVERIFY(ink.isValid());
        for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::Button}) {
            const float ratio = contrast(ink, palette.color(role));
            QVERIFY2(ratio >= 3.0f, qPrintable(QStringLiteral("%1 on %2: %3:1")
                                                   .arg(ink.name(), palette.color(role).name())
                                                   .arg(double(ratio), 0, 'f', 2)));
        }
    }

    void toolbarAndMenuIconsAreSvg()
    {
        ui::MainWindow w(*m_inv);
        const auto *toolbar = w.findChild<QToolBar *>(QStringLiteral("mainToolbar"));
        QVERIFY(toolbar);
        QStringList toolbarIcons;
        for (QAction *a : toolbar->actions()) {
            if (a->isSeparator())
                continue;
            const QString svg = svgResourceOf(a->icon());
            QVERIFY2(!svg.isEmpty(), qPrintable(a->text()));
            toolbarIcons << svg;
        }
        QCOMPARE(toolbarIcons,
                 (QStringList{QStringLiteral(":/icons/import.svg"), QStringLiteral(":/icons/request.svg"),
                              QStringLiteral(":/icons/export.svg"), QStringLiteral(":/icons/renew.svg"),
                              QStringLiteral(":/icons/deploy.svg"), QStringLiteral(":/icons/refresh.svg"),
                              QStringLiteral(":/icons/lock.svg")}));

        // The Certificates page's actions (context menu, Certificate menu) all have one.
        const ui::CertificatesPage *page = w.certificatesPage();
        const QList<QPair<ui::CertificatesPage::Action, QString>> expected{
            {ui::CertificatesPage::Action::Details, QStringLiteral(":/icons/details.svg")},
            {ui::CertificatesPage::Action::Export, QStringLiteral(":/icons/export.svg")},
            {ui::CertificatesPage::Action::CopyPem, QStringLiteral(":/icons/copy.svg")},
            {ui::CertificatesPage::Action::CopyFingerprint, QStringLiteral(":/icons/fingerprint.svg")},
            {ui::CertificatesPage::Action::Tags, QStringLiteral(":/icons/tag.svg")},
            {ui::CertificatesPage::Action::Renew, QStringLiteral(":/icons/renew.svg")},
            {ui::CertificatesPage::Action::RenewalSettings, QStringLiteral(":/icons/settings.svg")},
            {ui::CertificatesPage::Action::Deploy, QStringLiteral(":/icons/deploy.svg")},
            {ui::CertificatesPage::Action::Delete, QStringLiteral(":/icons/delete.svg")},
        };
        for (const auto &[action, svg] : expected)
            QCOMPARE(svgResourceOf(page->action(action)->icon()), svg);

        // Any icon in the menus is one of the SVGs.
        int withIcon = 0;
        std::function<void(QMenu *)> visit = [&](QMenu *menu) {
            for (QAction *a : menu->actions()) {
                if (a->menu())
                    visit(a->menu());
                if (a->icon().isNull())
                    continue;
                ++withIcon;
                QVERIFY2(!svgResourceOf(a->icon()).isEmpty(), qPrintable(a->text()));
            }
        };
        for (QAction *a : w.menuBar()->actions()) {
            if (a->menu())
                visit(a->menu());
        }
        QVERIFY2(withIcon >= 11, qPrintable(QString::number(withIcon)));
    }

    void dialogAndPanelIconsAreSvg()
    {
        const auto headerIcon = [](QDialog *dialog) -> QString {
            for (QLabel *label : dialog->findChildren<QLabel *>()) {
                if (!label->pixmap().isNull())
                    return svgResourceOf(label->pixmap());
            }
            return QStringLiteral("no icon");
        };
        QCOMPARE(headerIcon(makeDialog(DialogKind::SetMasterPassword).get()), QStringLiteral(":/icons/key.svg"));
        QCOMPARE(headerIcon(makeDialog(DialogKind::UnlockKeyStore).get()), QStringLiteral(":/icons/unlock.svg"));
        QCOMPARE(headerIcon(makeDialog(DialogKind::FilePassword).get()), QStringLiteral(":/icons/key.svg"));
        QCOMPARE(headerIcon(makeDialog(DialogKind::About).get()), QStringLiteral(":/icons/certdesk.svg"));

        ui::MainWindow w(*m_inv);
        ui::CertificatesPage *page = w.certificatesPage();
        QPushButton *copy = nullptr;
        for (QPushButton *b : page->detailsPanel()->findChildren<QPushButton *>()) {
            if (b->text() == QStringLiteral("&Copy PEM"))
                copy = b;
        }
        QVERIFY(copy);
        QCOMPARE(svgResourceOf(copy->icon()), QStringLiteral(":/icons/copy.svg"));
        core::CertificateFilter criteria;
        criteria.issuerCommonName = QStringLiteral("certdesk Test Issuing CA");
        page->showFilter(criteria);
        QToolButton *chip = criteriaChip(page);
        QVERIFY(chip);
        QCOMPARE(svgResourceOf(chip->icon()), QStringLiteral(":/icons/clear.svg"));
    }

    void mainWindowControlsAreNamed_data()
    {
        QTest::addColumn<ui::MainWindow::Page>("page");
        QTest::addColumn<int>("detailsTab"); // -1: not on the Certificates page
        QTest::addColumn<bool>("filtered");
        QTest::newRow("dashboard") << ui::MainWindow::Page::Dashboard << -1 << false;
        QTest::newRow("certificates, overview") << ui::MainWindow::Page::Certificates << 0 << false;
        QTest::newRow("certificates filtered, names") << ui::MainWindow::Page::Certificates << 1 << true;
        QTest::newRow("certificates, chain") << ui::MainWindow::Page::Certificates << 2 << false;
        QTest::newRow("certificates filtered, extensions") << ui::MainWindow::Page::Certificates << 3 << true;
        QTest::newRow("certificates, PEM") << ui::MainWindow::Page::Certificates << 4 << false;
        QTest::newRow("certificates, deployments") << ui::MainWindow::Page::Certificates << 5 << false;
        QTest::newRow("certificates, history") << ui::MainWindow::Page::Certificates << 6 << false;
        QTest::newRow("requests") << ui::MainWindow::Page::Requests << -1 << false;
        QTest::newRow("private CAs") << ui::MainWindow::Page::PrivateCas << -1 << false;
        QTest::newRow("deployments") << ui::MainWindow::Page::Deployments << -1 << false;
        QTest::newRow("discovery") << ui::MainWindow::Page::Discovery << -1 << false;
        QTest::newRow("activity") << ui::MainWindow::Page::Activity << -1 << false;
    }
    void mainWindowControlsAreNamed()
    {
        QFETCH(ui::MainWindow::Page, page);
        QFETCH(int, detailsTab);
        QFETCH(bool, filtered);
        ui::MainWindow w(*m_inv);
        w.showPage(page);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ui::CertificatesPage *certificates = w.certificatesPage();
        if (page == ui::MainWindow::Page::Certificates) {
            QTRY_VERIFY(certificates->model()->rowCount() > 0);
            if (filtered) {
                core::CertificateFilter f;
                f.expiresWithinDays = 4000; // not a preset: the custom days field shows
                f.issuerCommonName = QStringLiteral("certdesk Test Issuing CA"); // the criteria chip shows
                certificates->showFilter(f);
                QTest::keyClicks(certificates->searchField(), QStringLiteral("example")); // its clear button shows
                QTRY_VERIFY(certificates->model()->rowCount() > 0);
                QTRY_COMPARE(certificates->currentFilter().search, QStringLiteral("example"));
                QVERIFY(criteriaChip(certificates)->isVisible());
            }
            certificates->view()->selectRow(0);
            certificates->detailsPanel()->tabs()->setCurrentIndex(detailsTab);
            QVERIFY(certificates->detailsPanel()->certificateId() != 0);
        }
        if (page == ui::MainWindow::Page::Dashboard)
            QTRY_VERIFY(w.dashboardPage()->stats().has_value());

        int iconOnly = 0;
        const QList<QWidget *> unnamed = unnamedIconButtons(&w, &iconOnly);
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(QStringLiteral("icon-only buttons without a name or tooltip:\n  ") + describe(unnamed)));
        if (filtered)
            QVERIFY(iconOnly >= 1); // the search field's clear button
        int stops = 0;
        const QList<QWidget *> nameless = namelessTabStops(&w, &stops);
        QVERIFY2(nameless.isEmpty(), qPrintable(QStringLiteral("Tab stops without a name:\n  ") + describe(nameless)));
        const bool few = page == ui::MainWindow::Page::Activity || page == ui::MainWindow::Page::PrivateCas
            || page == ui::MainWindow::Page::Requests;
        // No deployment yet: the sidebar, the filter and the empty state's button.
        const int minimum = page == ui::MainWindow::Page::Deployments ? 3 : few ? 4 : 8;
        QVERIFY2(stops >= minimum, qPrintable(QString::number(stops)));

        // The lists and tables, the sidebar and the search field have names of their own.
        QWidget *sidebar = childNamed(&w, QStringLiteral("Pages"));
        QVERIFY(qobject_cast<QListWidget *>(sidebar));
        QVERIFY(takesTab(sidebar, &w));
        for (QAbstractItemView *view : w.findChildren<QAbstractItemView *>()) {
            if (view->isVisible() && !qobject_cast<QHeaderView *>(view) && !view->inherits("QComboBoxListView"))
                QVERIFY2(!view->accessibleName().isEmpty(), qPrintable(describe(view)));
        }
        QCOMPARE(certificates->searchField()->accessibleName(), QStringLiteral("Search certificates"));
    }

    void dialogControlsAreNamed_data()
    {
        QTest::addColumn<DialogKind>("kind");
        QTest::addColumn<int>("minimumStops");
        QTest::newRow("export") << DialogKind::Export << 6; // one stop for the formats (arrows move within)
        QTest::newRow("set master password") << DialogKind::SetMasterPassword << 4;
        QTest::newRow("unlock key store") << DialogKind::UnlockKeyStore << 3;
        QTest::newRow("file password") << DialogKind::FilePassword << 4;
        QTest::newRow("import progress") << DialogKind::ImportProgress << 1;
        QTest::newRow("import summary") << DialogKind::ImportSummary << 3;
        QTest::newRow("tags") << DialogKind::Tags << 6;
        QTest::newRow("settings") << DialogKind::Settings << 7;
        QTest::newRow("about") << DialogKind::About << 2;
        QTest::newRow("new CA wizard") << DialogKind::NewCa << 4;
        QTest::newRow("issue certificate") << DialogKind::IssueCertificate << 10;
        QTest::newRow("revoke") << DialogKind::Revoke << 3;
        QTest::newRow("delete CA") << DialogKind::DeleteCa << 3;
        QTest::newRow("request wizard") << DialogKind::RequestCertificate << 5;
        QTest::newRow("renewal settings") << DialogKind::RenewalSettings << 4;
        QTest::newRow("deploy") << DialogKind::Deploy << 10;
        QTest::newRow("saved scan") << DialogKind::SavedScan << 7;
    }
    void dialogControlsAreNamed()
    {
        QFETCH(DialogKind, kind);
        QFETCH(int, minimumStops);
        std::unique_ptr<QDialog> dialog = makeDialog(kind);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
            if (edit->isVisible() && !edit->isReadOnly())
                edit->setText(QStringLiteral("text")); // line edits with a clear button show it
        }
        const QList<QWidget *> unnamed = unnamedIconButtons(dialog.get());
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(QStringLiteral("icon-only buttons without a name or tooltip:\n  ") + describe(unnamed)));
        int stops = 0;
        const QList<QWidget *> nameless = namelessTabStops(dialog.get(), &stops);
        QVERIFY2(nameless.isEmpty(), qPrintable(QStringLiteral("Tab stops without a name:\n  ") + describe(nameless)));
        QVERIFY2(stops >= minimumStops,
                 qPrintable(QString::number(stops) + QStringLiteral(":\n  ") + describe(tabChain(dialog.get()))));
    }

    // Filter row: search, status, type, key algorithm, expiry (and its custom days), tag, private
    // key, the dashboard criteria chip, Clear, Details; then the table. As laid out, left to right.
    void certificatesFilterRowTabOrder()
    {
        ui::MainWindow w(*m_inv);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        ui::CertificatesPage *page = w.certificatesPage();
        QTRY_VERIFY(page->model()->rowCount() > 0);
        core::CertificateFilter f;
        f.search = QStringLiteral("example");
        f.expiresWithinDays = 4000;
        f.issuerCommonName = QStringLiteral("certdesk Test Issuing CA");
        page->showFilter(f);
        QTRY_VERIFY(page->model()->rowCount() > 0);

        QToolButton *chip = criteriaChip(page);
        QWidget *clear = childNamed(page, QStringLiteral("Clear all filters"));
        QWidget *details = childNamed(page, QStringLiteral("Details panel"));
        QVERIFY(chip && clear && details);
        QList<QWidget *> row{page->searchField(),        page->statusFilter(), page->typeFilter(),
                             page->keyAlgorithmFilter(), page->expiryFilter(), page->customDaysField()};
        if (page->tagFilter()->isEnabled())
            row << page->tagFilter();
        row << page->privateKeyFilter() << chip << clear << details;
        for (QWidget *control : std::as_const(row))
            QVERIFY2(control->isVisible() && control->isEnabled(), qPrintable(describe(control)));
        // The layout order, left to right, on one line. The row lays itself out again when the
        // model's count arrives from its thread (the result text changes): check once it has.
        const auto inOrder = [&row, page] {
            for (qsizetype i = 1; i < row.size(); ++i) {
                const QRect before(row[i - 1]->mapTo(page, QPoint()), row[i - 1]->size());
                const QRect after(row[i]->mapTo(page, QPoint()), row[i]->size());
                if (after.left() < before.right() || !after.intersects(QRect(0, before.top(), page->width(), before.height())))
                    return false;
            }
            return true;
        };
        QTRY_VERIFY(!page->model()->isCounting());
        QTRY_VERIFY(inOrder());
        for (qsizetype i = 1; i < row.size(); ++i) {
            const QRect before(row[i - 1]->mapTo(page, QPoint()), row[i - 1]->size());
            const QRect after(row[i]->mapTo(page, QPoint()), row[i]->size());
            QVERIFY2(after.left() >= before.right() &&
                         after.intersects(QRect(0, before.top(), page->width(), before.height())),
                     qPrintable(describe(row[i])));
        }

        const QList<QWidget *> expected = row + QList<QWidget *>{page->view()};
        const QList<QWidget *> chain = tabChain(page->searchField()).mid(0, expected.size());
        QVERIFY2(chain == expected, qPrintable(QStringLiteral("chain:\n  ") + describe(chain)));
        const QList<QWidget *> pressed = pressTab(page->searchField(), int(expected.size()) - 1);
        QVERIFY2(pressed == expected, qPrintable(QStringLiteral("Tab went:\n  ") + describe(pressed)));

        // Tab leaves the table for the details panel (the table does not keep Tab for its cells),
        // and Shift+Tab walks the row back.
        QTest::keyClick(page->view(), Qt::Key_Tab);
        QVERIFY2(page->detailsPanel()->isAncestorOf(QApplication::focusWidget()),
                 qPrintable(describe(QApplication::focusWidget())));
        QList<QWidget *> back = pressTab(page->view(), int(expected.size()) - 1, Qt::ShiftModifier);
        std::reverse(back.begin(), back.end());
        QVERIFY2(back == expected, qPrintable(QStringLiteral("Shift+Tab went:\n  ") + describe(back)));
    }

    // The sidebar comes before the page: Tab from it enters the page at its first control,
    // Shift+Tab from there returns to it.
    void sidebarLeadsIntoThePage()
    {
        ui::MainWindow w(*m_inv);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QWidget *sidebar = childNamed(&w, QStringLiteral("Pages"));
        QVERIFY(sidebar);
        QCOMPARE(QApplication::focusWidget(), sidebar); // where the window starts
        QCOMPARE(pressTab(sidebar, 1).last(), w.certificatesPage()->searchField());
        QCOMPARE(pressTab(w.certificatesPage()->searchField(), 1, Qt::ShiftModifier).last(), sidebar);
    }

    // Private CAs: Tab goes from the CA tree through the CA's details to the filter and the issued
    // certificates (and Shift+Tab back); the page's main actions have keys that work from the
    // tree, named in their tooltips; Delete deletes a CA only from the tree.
    void privateCasTabOrderAndShortcuts()
    {
        ui::MainWindow w(*m_inv);
        w.showPage(ui::MainWindow::Page::PrivateCas);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        ui::PrivateCasPage *page = w.privateCasPage();
        QVERIFY(page->selectCa(m_caList.last().id));
        QCOMPARE(page->issuedModel()->rowCount(), 1);
        QWidget *sidebar = childNamed(&w, QStringLiteral("Pages"));
        QCOMPARE(pressTab(sidebar, 1).last(), page->caView()); // the sidebar leads into the page

        // The issuing CA: its details are read, not visited (selectable with the mouse, like the
        // Certificates page's); then the filter and the table.
        QVERIFY(page->detailsView()->tabStops().isEmpty());
        QList<QWidget *> expected{page->caView(), page->issuedFilter(), page->issuedView()};
        QList<QWidget *> pressed = pressTab(page->caView(), int(expected.size()) - 1);
        QVERIFY2(pressed == expected, qPrintable(QStringLiteral("Tab went:\n  ") + describe(pressed)));
        QList<QWidget *> back = pressTab(page->issuedView(), int(expected.size()) - 1, Qt::ShiftModifier);
        std::reverse(back.begin(), back.end());
        QVERIFY2(back == expected, qPrintable(QStringLiteral("Shift+Tab went:\n  ") + describe(back)));

        // The CA waiting for its certificate: the banner's Export CSR… and Install Certificate… come
        // right after the tree.
        const auto pending = m_cas->find(QStringLiteral("a11y-pending"));
        QVERIFY(pending && page->selectCa(pending->id));
        const QList<QWidget *> banner = page->detailsView()->tabStops();
        QCOMPARE(banner.size(), 2);
        for (QWidget *button : banner)
            QVERIFY2(!spokenName(button).isEmpty() && button->isEnabled(), qPrintable(describe(button)));
        expected = QList<QWidget *>{page->caView()} + banner;
        pressed = pressTab(page->caView(), int(expected.size()) - 1);
        QVERIFY2(pressed == expected, qPrintable(QStringLiteral("Tab went:\n  ") + describe(pressed)));
        QVERIFY(page->selectCa(m_caList.last().id));

        using A = ui::CaActions::Action;
        for (A a : {A::NewCa, A::Issue, A::Revoke, A::GenerateCrl, A::ExportChain}) {
            QAction *action = page->action(a);
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
            QVERIFY2(action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)),
                     qPrintable(action->toolTip()));
        }
        QCOMPARE(page->action(A::Delete)->shortcut(), QKeySequence(QKeySequence::Delete));
        // A key pressed on the tree triggers the action (Generate CRL: a real job).
        page->caView()->setFocus(Qt::TabFocusReason);
        QSignalSpy crl(page->action(A::GenerateCrl), &QAction::triggered);
        QTest::keyClick(page->caView(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(crl.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 30000);
        // Delete on the issued certificates does not delete the CA.
        QSignalSpy deleted(page->action(A::Delete), &QAction::triggered);
        page->issuedView()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(page->issuedView(), Qt::Key_Delete);
        QCOMPARE(deleted.size(), 0);
    }

    // Dashboard: the tiles in reading order (each opens the list with Enter or Space),
    // then the "next to expire" list.
    void dashboardTabOrder()
    {
        ui::MainWindow w(*m_inv);
        w.showPage(ui::MainWindow::Page::Dashboard);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        ui::DashboardPage *dashboard = w.dashboardPage();
        QTRY_VERIFY(dashboard->stats().has_value());
        QList<ui::CountTile *> tiles = dashboard->findChildren<ui::CountTile *>();
        QCOMPARE(tiles.size(), 11); // the nine counts of certificates, then Renewal problems and Endpoint problems
        // In reading order: one row, or two when the window is narrow.
        std::sort(tiles.begin(), tiles.end(), [dashboard](const QWidget *a, const QWidget *b) {
            const QPoint pa = a->mapTo(dashboard, QPoint());
            const QPoint pb = b->mapTo(dashboard, QPoint());
            return pa.y() != pb.y() ? pa.y() < pb.y() : pa.x() < pb.x();
        });
        QList<QWidget *> expected(tiles.cbegin(), tiles.cend());
        expected << dashboard->nextToExpireList();
        const QList<QWidget *> pressed = pressTab(tiles.first(), int(expected.size()) - 1);
        QVERIFY2(pressed == expected, qPrintable(QStringLiteral("Tab went:\n  ") + describe(pressed)));

        for (const int key : {Qt::Key_Return, Qt::Key_Enter, Qt::Key_Space}) {
            QSignalSpy clicked(tiles[2], &QAbstractButton::clicked);
            tiles[2]->setFocus(Qt::TabFocusReason);
            QTest::keyClick(tiles[2], Qt::Key(key));
            QCOMPARE(clicked.size(), 1);
            w.showPage(ui::MainWindow::Page::Dashboard);
        }
    }

    // Export dialog: the chosen format (one Tab stop for the group of formats; the arrow keys move
    // within it), "include the private key", passphrase, repeat, destination, Browse, then the
    // dialog buttons as they stand left to right.
    void exportDialogTabOrder()
    {
        std::unique_ptr<QDialog> owner = makeDialog(DialogKind::Export);
        auto *dialog = static_cast<ui::ExportDialog *>(owner.get());
        dialog->setPassphrase(QStringLiteral("secret"), QStringLiteral("secret"));
        dialog->show();
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        // It opens at the chosen format; the arrow keys pick another, and Tab follows the choice.
        QCOMPARE(QApplication::focusWidget(), dialog->button(ui::ExportKind::PemBundle));
        QVERIFY(dialog->button(ui::ExportKind::PemBundle)->isChecked());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), dialog->button(ui::ExportKind::Pkcs12));
        QVERIFY(dialog->button(ui::ExportKind::Pkcs12)->isChecked());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), dialog->button(ui::ExportKind::Pkcs12Legacy));
        dialog->setKind(ui::ExportKind::Pkcs12); // chosen another way: Tab lands on it, not on the last focused

        QList<QWidget *> expected{dialog->button(ui::ExportKind::Pkcs12), dialog->includeKeyBox(),
                                  dialog->passphraseEdit(), dialog->repeatEdit(), dialog->destinationEdit()};
        QPushButton *browse = nullptr;
        QList<QPushButton *> boxButtons;
        for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
            if (b->text() == QStringLiteral("&Browse…"))
                browse = b;
            else if (b->isVisible())
                boxButtons << b;
        }
        QVERIFY(browse);
        QCOMPARE(boxButtons.size(), 2);
        std::sort(boxButtons.begin(), boxButtons.end(), [dialog](const QWidget *a, const QWidget *b) {
            return a->mapTo(dialog, QPoint()).x() < b->mapTo(dialog, QPoint()).x();
        });
        expected << browse << boxButtons[0] << boxButtons[1];
        for (QWidget *control : std::as_const(expected))
            QVERIFY2(control->isVisible() && control->isEnabled(), qPrintable(describe(control)));
        // Top to bottom, and left to right within a row.
        for (qsizetype i = 1; i < expected.size(); ++i) {
            const QPoint before = expected[i - 1]->mapTo(dialog, QPoint());
            const QPoint after = expected[i]->mapTo(dialog, QPoint());
            QVERIFY2(after.y() > before.y() ||
                         (after.y() + expected[i]->height() > before.y() && after.x() > before.x()),
                     qPrintable(describe(expected[i])));
        }

        const QList<QWidget *> chain = tabChain(dialog->button(ui::ExportKind::Pkcs12));
        QVERIFY2(chain == expected, qPrintable(QStringLiteral("chain:\n  ") + describe(chain)));
        // From the passphrase (not from the radio button: focusing one makes it the group's stop).
        const QList<QWidget *> pressed = pressTab(dialog->passphraseEdit(), int(expected.size()) - 2);
        QVERIFY2(pressed == expected.mid(2) + expected.mid(0, 1),
                 qPrintable(QStringLiteral("Tab went:\n  ") + describe(pressed)));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog->includeKeyBox());
        QList<QWidget *> back = pressTab(boxButtons[1], int(expected.size()) - 1, Qt::ShiftModifier);
        std::reverse(back.begin(), back.end());
        QVERIFY2(back == expected, qPrintable(QStringLiteral("Shift+Tab went:\n  ") + describe(back)));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
