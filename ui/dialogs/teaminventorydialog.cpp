#include "dialogs/teaminventorydialog.h"

#include "dialogs/dialogcolors.h"
#include "inventory/databaselocation.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <atomic>

namespace certdesk::ui {

namespace {

const QStringList kSslModes = {QStringLiteral("prefer"), QStringLiteral("require"), QStringLiteral("verify-ca"),
                               QStringLiteral("verify-full"), QStringLiteral("disable")};

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(dialogcolors::css(dialogcolors::muted(label->palette())));
    return label;
}

// The URL with the password in it, for this process only (the test's connection).
QString withPassword(const QString &url, const QString &password)
{
    if (password.isEmpty())
        return url;
    QUrl u(url, QUrl::StrictMode);
    u.setPassword(password);
    return u.toString(QUrl::FullyEncoded);
}

} // namespace

QString teamRoleTitle(core::TeamRole role)
{
    switch (role) {
    case core::TeamRole::Administrator:
        return QCoreApplication::translate("certdesk::ui::TeamInventoryDialog", "Administrator");
    case core::TeamRole::Operator:
        return QCoreApplication::translate("certdesk::ui::TeamInventoryDialog", "Operator");
    case core::TeamRole::Auditor:
        return QCoreApplication::translate("certdesk::ui::TeamInventoryDialog", "Auditor");
    case core::TeamRole::None:
        break;
    }
    return QCoreApplication::translate("certdesk::ui::TeamInventoryDialog", "no role");
}

TeamInventoryDialog::TeamInventoryDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Open Team Inventory"));
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 84); // room for the URL and the errors
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(hint(tr("A team inventory lives in a PostgreSQL database that every administrator's console "
                              "shares. What you may do there depends on your role in it."),
                           this));

    auto *serverBox = new QGroupBox(tr("Server"), this);
    auto *serverLayout = new QVBoxLayout(serverBox);
    auto *form = new QFormLayout;
    serverLayout->addLayout(form);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *hostRow = new QHBoxLayout;
    m_host = new QLineEdit(serverBox);
    m_host->setAccessibleName(tr("Host"));
    m_host->setPlaceholderText(QStringLiteral("db.example.com"));
    m_host->setMinimumWidth(m_host->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 36);
    m_port = new QSpinBox(serverBox);
    m_port->setAccessibleName(tr("Port"));
    m_port->setRange(1, 65535);
    m_port->setValue(kDefaultPort);
    m_port->setGroupSeparatorShown(false);
    auto *portLabel = new QLabel(tr("&Port:"), serverBox);
    portLabel->setBuddy(m_port);
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(portLabel);
    hostRow->addWidget(m_port);
    form->addRow(tr("&Host:"), hostRow);
    // QFormLayout gives the label of a row that is a layout no buddy: set it by hand.
    if (auto *hostLabel = qobject_cast<QLabel *>(form->labelForField(hostRow)))
        hostLabel->setBuddy(m_host);
    m_database = new QLineEdit(serverBox);
    m_database->setAccessibleName(tr("Database"));
    m_database->setPlaceholderText(QStringLiteral("certdesk"));
    form->addRow(tr("&Database:"), m_database);
    m_user = new QLineEdit(serverBox);
    m_user->setAccessibleName(tr("User"));
    form->addRow(tr("&User:"), m_user);
    m_password = new QLineEdit(serverBox);
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from PGPASSWORD or ~/.pgpass when empty"));
    form->addRow(tr("Pass&word:"), m_password);
    serverLayout->addWidget(hint(tr("The password is kept in memory while certdesk runs, never on disk."), serverBox));
    layout->addWidget(serverBox);

    auto *tlsBox = new QGroupBox(tr("TLS"), this);
    auto *tlsLayout = new QVBoxLayout(tlsBox);
    auto *tlsForm = new QFormLayout;
    tlsLayout->addLayout(tlsForm);
    tlsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_sslMode = new QComboBox(tlsBox);
    m_sslMode->setAccessibleName(tr("TLS mode"));
    const QStringList modeTexts = {tr("prefer — TLS when the server offers it"), tr("require — TLS, any certificate"),
                                   tr("verify-ca — TLS, server certificate from the CA"),
                                   tr("verify-full — TLS, CA and host name checked"),
                                   tr("disable — no TLS")};
    for (int i = 0; i < kSslModes.size(); ++i)
        m_sslMode->addItem(modeTexts.at(i), kSslModes.at(i));
    tlsForm->addRow(tr("&Mode:"), m_sslMode);
    m_caCert = fileField(tr("CA certificate"), tr("CA Certificate"), tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
                         tlsBox, tlsForm, tr("&CA certificate:"));
    m_clientCert = fileField(tr("Client certificate"), tr("Client Certificate"),
                             tr("Certificates (*.pem *.crt *.cer);;All files (*)"), tlsBox, tlsForm,
                             tr("Client c&ertificate:"));
    m_clientKey = fileField(tr("Client key"), tr("Client Key"), tr("Keys (*.pem *.key);;All files (*)"), tlsBox,
                            tlsForm, tr("Client &key:"));
    tlsLayout->addWidget(hint(tr("Optional. A client certificate and key can stand in for the password."), tlsBox));
    layout->addWidget(tlsBox);

    auto *urlRow = new QHBoxLayout;
    auto *urlCaption = new QLabel(tr("URL:"), this);
    m_url = new QLabel(this);
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_url->setAccessibleName(tr("Inventory URL"));
    m_url->setWordWrap(true);
    QFont mono = m_url->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_url->setFont(mono);
    urlRow->addWidget(urlCaption, 0, Qt::AlignTop);
    urlRow->addWidget(m_url, 1);
    layout->addLayout(urlRow);

    auto *testRow = new QHBoxLayout;
    m_testButton = new QPushButton(tr("&Test Connection"), this);
    m_testButton->setAutoDefault(false);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAccessibleName(tr("Connection test result"));
    testRow->addWidget(m_testButton, 0, Qt::AlignTop);
    testRow->addWidget(m_result, 1);
    layout->addLayout(testRow);

    layout->addStretch(1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_host, m_database, m_user, m_caCert, m_clientCert, m_clientKey})
        connect(edit, &QLineEdit::textChanged, this, &TeamInventoryDialog::updateUrl);
    connect(m_port, &QSpinBox::valueChanged, this, &TeamInventoryDialog::updateUrl);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &TeamInventoryDialog::updateUrl);
    connect(m_testButton, &QPushButton::clicked, this, &TeamInventoryDialog::testConnection);
    connect(&m_test, &QFutureWatcher<TestOutcome>::finished, this, &TeamInventoryDialog::testDone);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateUrl();
}

TeamInventoryDialog::~TeamInventoryDialog()
{
    m_test.waitForFinished(); // a connection attempt cannot be cancelled; it ends with libpq's timeout
}

QLineEdit *TeamInventoryDialog::fileField(const QString &accessibleName, const QString &caption, const QString &filter,
                                          QWidget *parent, QFormLayout *form, const QString &label)
{
    auto *row = new QHBoxLayout;
    auto *edit = new QLineEdit(parent);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(tr("none"));
    auto *browse = new QPushButton(tr("Browse…"), parent);
    browse->setAutoDefault(false);
    browse->setAccessibleName(tr("Choose the %1 file").arg(accessibleName));
    row->addWidget(edit, 1);
    row->addWidget(browse);
    form->addRow(label, row);
    if (auto *l = qobject_cast<QLabel *>(form->labelForField(row)))
        l->setBuddy(edit);
    connect(browse, &QPushButton::clicked, this, [this, edit, caption, filter] {
        const QString path = QFileDialog::getOpenFileName(this, caption, edit->text(), filter);
        if (!path.isEmpty())
            edit->setText(QDir::toNativeSeparators(path));
    });
    return edit;
}

bool TeamInventoryDialog::setLocation(const QString &url)
{
    const auto loc = core::DatabaseLocation::parse(url);
    if (!loc || !loc->isPostgres())
        return false;
    m_host->setText(loc->host);
    m_port->setValue(loc->port > 0 ? loc->port : kDefaultPort);
    m_database->setText(loc->database);
    m_user->setText(loc->user);
    m_password->setText(loc->password);
    const int mode = kSslModes.indexOf(loc->options.value(QStringLiteral("sslmode"), QStringLiteral("prefer")));
    m_sslMode->setCurrentIndex(qMax(0, mode));
    m_caCert->setText(QDir::toNativeSeparators(loc->options.value(QStringLiteral("sslrootcert"))));
    m_clientCert->setText(QDir::toNativeSeparators(loc->options.value(QStringLiteral("sslcert"))));
    m_clientKey->setText(QDir::toNativeSeparators(loc->options.value(QStringLiteral("sslkey"))));
    updateUrl();
    return true;
}

QString TeamInventoryDialog::location() const
{
    const QString host = m_host->text().trimmed();
    const QString database = m_database->text().trimmed();
    const QString user = m_user->text().trimmed();
    if (host.isEmpty() || database.isEmpty() || user.isEmpty())
        return {};
    core::DatabaseLocation loc;
    loc.engine = core::DatabaseEngine::Postgres;
    loc.host = host;
    loc.port = m_port->value();
    loc.database = database;
    loc.user = user;
    loc.options.insert(QStringLiteral("sslmode"), m_sslMode->currentData().toString());
    const struct
    {
        QLineEdit *edit;
        QString key;
    } files[] = {{m_caCert, QStringLiteral("sslrootcert")},
                 {m_clientCert, QStringLiteral("sslcert")},
                 {m_clientKey, QStringLiteral("sslkey")}};
    for (const auto &f : files) {
        const QString path = QDir::fromNativeSeparators(f.edit->text().trimmed());
        if (!path.isEmpty())
            loc.options.insert(f.key, path);
    }
    return loc.display();
}

QString TeamInventoryDialog::password() const { return m_password->text(); }

QPushButton *TeamInventoryDialog::openButton() const { return m_buttons->button(QDialogButtonBox::Open); }

QString TeamInventoryDialog::testResult() const { return m_resultText; }

void TeamInventoryDialog::updateUrl()
{
    const QString url = location();
    m_url->setText(url.isEmpty() ? tr("Enter the host, the database and the user.") : url);
    m_url->setEnabled(!url.isEmpty());
    openButton()->setEnabled(!url.isEmpty() && !isTesting());
    m_testButton->setEnabled(!url.isEmpty() && !isTesting());
}

void TeamInventoryDialog::showError(const QString &message) { showResult(false, message); }

void TeamInventoryDialog::showResult(bool ok, const QString &message)
{
    m_resultText = message;
    m_result->setStyleSheet(dialogcolors::css(ok ? dialogcolors::good(palette()) : dialogcolors::error(palette())));
    m_result->setText(message);
}

void TeamInventoryDialog::testConnection()
{
    const QString url = location();
    if (url.isEmpty() || isTesting())
        return;
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Connecting to %1…").arg(m_host->text().trimmed()));
    m_resultText.clear();
    // Opened as Open will open it (migrations included), on a worker with a connection of its own.
    m_test.setFuture(QtConcurrent::run(&TeamInventoryDialog::runTest, withPassword(url, password())));
    updateUrl();
}

TeamInventoryDialog::TestOutcome TeamInventoryDialog::runTest(const QString &url)
{
    static std::atomic<int> tests{0};
    const QString name = QStringLiteral("test-connection-%1-%2")
                             .arg(++tests)
                             .arg(quintptr(QThread::currentThreadId()), 0, 16);
    TestOutcome out;
    {
        auto db = core::Database::open(url, name);
        if (!db) {
            out.error = db.error().message;
            return out;
        }
        out.ok = true;
        out.user = db->user();
        out.role = db->role();
        out.schema = db->schemaVersion();
    } // closed and removed here, on the thread that opened it
    return out;
}

void TeamInventoryDialog::testDone()
{
    const TestOutcome outcome = m_test.result();
    const QString message = outcome.ok ? tr("Connected as %1, %2, schema %3")
                                             .arg(outcome.user, teamRoleTitle(outcome.role))
                                             .arg(outcome.schema)
                                       : outcome.error;
    showResult(outcome.ok, message);
    updateUrl();
    Q_EMIT testFinished(outcome.ok, message);
}

} // namespace certdesk::ui
