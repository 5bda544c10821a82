#pragma once

#include "inventory/database.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace certdesk::ui {

// "Open Team Inventory…": where a PostgreSQL inventory is (host, port, database, user, TLS) and
// the password, which stays in memory (Database::rememberPassword on Open), never on disk. Shows
// the URL it makes (without the password); "Test connection" opens the inventory on a worker
// thread, as Open will, and says as whom and with which role, or the error as the core gives it.
//
//   TeamInventoryDialog dialog(this);
//   if (dialog.exec() == QDialog::Accepted)
//       switchTo(dialog.location(), dialog.password());
class TeamInventoryDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kDefaultPort = 5432;

    explicit TeamInventoryDialog(QWidget *parent = nullptr);
    ~TeamInventoryDialog() override; // waits for a running test

    // Fills the fields from a postgresql:// URL (a recent inventory); false when it is not one.
    bool setLocation(const QString &url);
    // The URL without the password ("" while host, database or user is missing).
    QString location() const;
    QString password() const;
    // Shown above the buttons, e.g. why the last attempt to open failed.
    void showError(const QString &message);

    bool isTesting() const { return m_test.isRunning(); }
    // The last test's outcome as shown ("" before any).
    QString testResult() const;

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portSpin() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QComboBox *sslModeCombo() const { return m_sslMode; }
    QLineEdit *caCertificateEdit() const { return m_caCert; }
    QLineEdit *clientCertificateEdit() const { return m_clientCert; }
    QLineEdit *clientKeyEdit() const { return m_clientKey; }
    QLabel *urlLabel() const { return m_url; }
    QPushButton *testButton() const { return m_testButton; }
    QPushButton *openButton() const;

public Q_SLOTS:
    void testConnection();

Q_SIGNALS:
    void testFinished(bool ok, const QString &message);

private:
    struct TestOutcome
    {
        bool ok = false;
        QString user;
        core::TeamRole role = core::TeamRole::None;
        int schema = 0;
        QString error;
    };
    static TestOutcome runTest(const QString &url);
    QLineEdit *fileField(const QString &accessibleName, const QString &caption, const QString &filter,
                         QWidget *parent, QFormLayout *form, const QString &label);
    void updateUrl();
    void testDone();
    void showResult(bool ok, const QString &message);

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLineEdit *m_caCert = nullptr;
    QLineEdit *m_clientCert = nullptr;
    QLineEdit *m_clientKey = nullptr;
    QLabel *m_url = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_testButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QFutureWatcher<TestOutcome> m_test;
    QString m_resultText;
};

// The role as the console names it ("Administrator", "Operator", "Auditor").
QString teamRoleTitle(core::TeamRole role);

} // namespace certdesk::ui
