// Renders the import, export and master password dialogs to PNG files, to look at them.
//
//   QT_QPA_PLATFORM=offscreen certdesk-io-shots [--dark] [--lang de] [OUTPUT_DIR]
//
// Writes OUTPUT_DIR/io-{import-progress,import-summary,file-password,export-single,export-several,
// master-set,master-unlock}[-dark][-LANG].png (OUTPUT_DIR defaults to /tmp).

#include "commands/exportcommand.h"
#include "dialogs/exportdialog.h"
#include "dialogs/filepassworddialog.h"
#include "dialogs/importprogressdialog.h"
#include "dialogs/importsummarydialog.h"
#include "dialogs/masterpassworddialog.h"
#include "shotsetup.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QTextStream>

using namespace certdesk;

namespace {

bool save(QWidget *widget, const QString &path)
{
    widget->show();
    widget->adjustSize();
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 120)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    const bool ok = widget->grab().save(path);
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << path << Qt::endl;
    widget->hide();
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const test::ShotSetup shots = test::setUpShots(app, parser);
    const QString &dir = shots.dir;
    const QString &suffix = shots.suffix;
    const auto out = [&](const QString &name) { return QDir(dir).filePath(QStringLiteral("io-%1%2.png").arg(name, suffix)); };
    bool ok = true;

    {
        ui::ImportProgressDialog progress;
        progress.setProgress(1234, 5000);
        progress.setCurrentItem(QStringLiteral("/srv/pki/issued/2026/api.staging.example.com-renewed-0427.pem"));
        ok &= save(&progress, out(QStringLiteral("import-progress")));
    }
    {
        core::ImportReport report;
        report.sources = 5000;
        report.imported = 4812;
        report.duplicates = 171;
        report.keysImported = 312;
        report.keysAttached = 309;
        report.keysWithoutCertificate = 3;
        report.failures = {
            {core::ErrorCode::WrongPassword, QStringLiteral("/srv/pki/legacy/erp-2019.p12: wrong password (3 attempts)")},
            {core::ErrorCode::InvalidInput,
             QStringLiteral("/srv/pki/issued/2026/bundle-eu.pem entry 3: not base64 at line 41")},
            {core::ErrorCode::UnsupportedFormat,
             QStringLiteral("/srv/pki/keys/ops.pub: a public key alone cannot be imported (no certificate or private key)")},
            {core::ErrorCode::PasswordRequired, QStringLiteral("/srv/pki/legacy/vpn-client.pfx: skipped (no password given)")},
        };
        ui::ImportSummaryDialog summary(report);
        ok &= save(&summary, out(QStringLiteral("import-summary")));
    }
    {
        ui::FilePasswordDialog file(ui::FilePasswordDialog::Kind::Pkcs12, QStringLiteral("/srv/pki/legacy/erp-2019.p12"),
                                    QStringLiteral("Wrong password. Try again (attempt 2 of 3)."));
        ok &= save(&file, out(QStringLiteral("file-password")));
    }
    {
        ui::ExportDialog single({{7, QStringLiteral("www.example.com"), true}}, QStringLiteral("/home/admin/exports"));
        single.setPassphrase(QStringLiteral("correct horse"), QStringLiteral("correct hose"));
        ok &= save(&single, out(QStringLiteral("export-single")));
    }
    {
        ui::ExportDialog several({{7, QStringLiteral("www.example.com"), true},
                                  {8, QStringLiteral("api.example.com"), true},
                                  {9, QStringLiteral("mail.example.org"), false}},
                                 QStringLiteral("/home/admin/exports"));
        several.setKind(ui::ExportKind::Pkcs12);
        several.setPassphrase(QStringLiteral("abc"), QStringLiteral("abc"));
        ok &= save(&several, out(QStringLiteral("export-several")));
    }
    {
        ui::MasterPasswordDialog set(ui::MasterPasswordDialog::Mode::Set, nullptr);
        set.passwordEdit()->setText(QStringLiteral("sunflower22"));
        set.repeatEdit()->setText(QStringLiteral("sunflower2"));
        ok &= save(&set, out(QStringLiteral("master-set")));
    }
    {
        ui::MasterPasswordDialog unlock(ui::MasterPasswordDialog::Mode::Unlock, nullptr);
        unlock.setProblem(ui::MasterPasswordDialog::tr("Wrong master password. Try again."));
        ok &= save(&unlock, out(QStringLiteral("master-unlock")));
    }
    return ok ? 0 : 1;
}
