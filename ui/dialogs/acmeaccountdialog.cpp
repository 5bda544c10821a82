#include "dialogs/acmeaccountdialog.h"

#include "acme/acmeclient.h"
#include "dialogs/dialogcolors.h"
#include "models/labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace certdesk::ui {

namespace {

constexpr int kDirectoryTimeoutMs = 15000;

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QStringList splitEmails(const QString &text)
{
    QStringList out;
    for (const QString &e : text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
        out << e.trimmed();
    return out;
}

} // namespace

AcmeAccountDialog::AcmeAccountDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Add ACME Account"));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(note(tr("An account at a public CA that speaks ACME (RFC 8555), such as Let's Encrypt. certdesk "
                              "makes the account key and keeps it encrypted in the inventory's key store."),
                           this));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_ca = new QComboBox(this);
    m_ca->setAccessibleName(tr("Certificate authority"));
    for (const core::AcmeCaPreset &p : core::acmeCaPresets()) {
        m_ca->addItem(p.name, p.id);
        m_ca->setItemData(m_ca->count() - 1, p.directoryUrl, Qt::ToolTipRole);
    }
    m_ca->addItem(tr("Custom directory URL…"), QStringLiteral("custom"));
    form->addRow(tr("&CA:"), m_ca);

    m_url = new QLineEdit(this);
    m_url->setAccessibleName(tr("Directory URL"));
    m_url->setPlaceholderText(tr("https://acme.example.net/directory"));
    m_urlLabel = new QLabel(tr("&Directory URL:"), this);
    m_urlLabel->setBuddy(m_url);
    form->addRow(m_urlLabel, m_url);

    m_trustRow = new QWidget(this);
    auto *trustLayout = new QHBoxLayout(m_trustRow);
    trustLayout->setContentsMargins(0, 0, 0, 0);
    m_trustPath = new QLineEdit(m_trustRow);
    m_trustPath->setReadOnly(true);
    m_trustPath->setAccessibleName(tr("Extra trust anchor"));
    m_trustPath->setPlaceholderText(tr("optional: the server's CA certificate (PEM)"));
    auto *browse = new QPushButton(tr("&Browse…"), m_trustRow);
    browse->setAutoDefault(false);
    trustLayout->addWidget(m_trustPath, 1);
    trustLayout->addWidget(browse);
    m_trustLabel = new QLabel(tr("&Trust anchor:"), this);
    m_trustLabel->setBuddy(browse);
    form->addRow(m_trustLabel, m_trustRow);

    m_emails = new QLineEdit(this);
    m_emails->setAccessibleName(tr("Contact e-mails"));
    m_emails->setPlaceholderText(tr("admin@example.com, more separated by commas"));
    form->addRow(tr("&E-mail:"), m_emails);

    m_key = new QComboBox(this);
    m_key->setAccessibleName(tr("Account key"));
    for (const QString &k : {QStringLiteral("EC_prime256v1"), QStringLiteral("EC_secp384r1"), QStringLiteral("RSA_2048"),
                             QStringLiteral("RSA_3072"), QStringLiteral("RSA_4096")})
        m_key->addItem(Labels::keyAlgorithm(k), k);
    form->addRow(tr("Account &key:"), m_key);

    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Account name"));
    m_name->setPlaceholderText(tr("optional: named after the CA"));
    form->addRow(tr("&Name:"), m_name);
    layout->addLayout(form);

    m_eab = new QGroupBox(tr("External account binding"), this);
    auto *eabForm = new QFormLayout(m_eab);
    eabForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    eabForm->addRow(note(tr("This CA links ACME accounts to an account on its web site: copy the key id and the HMAC "
                            "key it shows there."),
                         m_eab));
    m_eabKid = new QLineEdit(m_eab);
    m_eabKid->setAccessibleName(tr("EAB key id"));
    m_eabHmac = new QLineEdit(m_eab);
    m_eabHmac->setAccessibleName(tr("EAB HMAC key"));
    m_eabHmac->setEchoMode(QLineEdit::Password);
    m_eabHmac->setPlaceholderText(tr("base64url, as the CA shows it"));
    eabForm->addRow(tr("Key &id:"), m_eabKid);
    eabForm->addRow(tr("&HMAC key:"), m_eabHmac);
    layout->addWidget(m_eab);

    auto *termsBox = new QGroupBox(tr("Terms of service"), this);
    auto *termsLayout = new QVBoxLayout(termsBox);
    m_terms = new QLabel(termsBox);
    m_terms->setWordWrap(true);
    m_terms->setTextFormat(Qt::RichText);
    m_terms->setOpenExternalLinks(true);
    m_terms->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_agree = new QCheckBox(tr("I have read and &agree to the CA's terms of service"), termsBox);
    termsLayout->addWidget(m_terms);
    termsLayout->addWidget(m_agree);
    layout->addWidget(termsBox);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->setAccessibleName(tr("Working"));
    m_progress->hide();
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    layout->addStretch(1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = m_buttons->addButton(tr("&Create Account"), QDialogButtonBox::AcceptRole);
    m_create->setDefault(true);
    layout->addWidget(m_buttons);

    m_fetchTimer = new QTimer(this);
    m_fetchTimer->setSingleShot(true);
    m_fetchTimer->setInterval(500); // while a URL is typed
    connect(m_fetchTimer, &QTimer::timeout, this, &AcmeAccountDialog::fetchDirectory);
    connect(&m_fetch, &QFutureWatcherBase::finished, this, &AcmeAccountDialog::directoryFetched);
    connect(m_ca, &QComboBox::currentIndexChanged, this, &AcmeAccountDialog::caChanged);
    connect(m_url, &QLineEdit::textChanged, this, [this] {
        m_directoryOk = false;
        m_fetchTimer->start();
        update();
    });
    connect(browse, &QPushButton::clicked, this, &AcmeAccountDialog::chooseTrustFile);
    for (QLineEdit *e : {m_emails, m_eabKid, m_eabHmac, m_name})
        connect(e, &QLineEdit::textChanged, this, &AcmeAccountDialog::update);
    connect(m_agree, &QCheckBox::toggled, this, &AcmeAccountDialog::update);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AcmeAccountDialog::reject);
    connect(m_create, &QPushButton::clicked, this, [this] {
        if (!m_busy && problem().isEmpty()) {
            setBusy(true);
            Q_EMIT submitted(request());
        }
    });
    caChanged();
}

AcmeAccountDialog::~AcmeAccountDialog() = default; // a running directory fetch ends on its own (values only)

bool AcmeAccountDialog::isCustom() const { return m_ca->currentData().toString() == QLatin1String("custom"); }

bool AcmeAccountDialog::eabRequired() const
{
    for (const core::AcmeCaPreset &p : core::acmeCaPresets()) {
        if (p.id == m_ca->currentData().toString() && p.eabRequired)
            return true;
    }
    return m_directoryOk && m_directory.externalAccountRequired;
}

void AcmeAccountDialog::setCa(const QString &presetIdOrUrl)
{
    const int preset = m_ca->findData(presetIdOrUrl);
    if (preset >= 0) {
        m_ca->setCurrentIndex(preset);
        return;
    }
    m_ca->setCurrentIndex(m_ca->findData(QStringLiteral("custom")));
    m_url->setText(presetIdOrUrl);
}

void AcmeAccountDialog::setExtraTrustPem(const QByteArray &pem, const QString &fileName)
{
    m_trustPem = pem;
    m_trustPath->setText(fileName.isEmpty() && !pem.isEmpty() ? tr("(certificate given)") : fileName);
    m_directoryOk = false;
    fetchDirectory();
}

void AcmeAccountDialog::chooseTrustFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Trust Anchor for the ACME Server"), QDir::homePath(),
                                                      tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 1024 * 1024) {
        failed(tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    const QByteArray pem = file.readAll(); // a certificate or two: a few kilobytes
    if (!pem.contains("-----BEGIN CERTIFICATE-----")) {
        failed(tr("%1 holds no PEM certificate.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_error->hide();
    setExtraTrustPem(pem, QDir::toNativeSeparators(path));
}

void AcmeAccountDialog::caChanged()
{
    const bool custom = isCustom();
    for (QWidget *w : {static_cast<QWidget *>(m_urlLabel), static_cast<QWidget *>(m_url),
                       static_cast<QWidget *>(m_trustLabel), m_trustRow})
        w->setVisible(custom);
    m_directoryOk = false;
    if (custom)
        m_url->setFocus();
    fetchDirectory();
}

void AcmeAccountDialog::fetchDirectory()
{
    m_fetchTimer->stop();
    QString url;
    if (isCustom()) {
        url = m_url->text().trimmed();
    } else if (auto resolved = core::AcmeAccounts::resolveCa(m_ca->currentData().toString())) {
        url = resolved->second;
    }
    m_directoryOk = false;
    m_terms->clear();
    if (!QUrl(url).isValid() || !url.startsWith(QLatin1String("https://"))) {
        m_fetchedUrl.clear();
        update();
        return;
    }
    if (m_fetch.isRunning()) {
        m_fetchAgain = true; // its answer is for another URL: ask again when it comes
        update();
        return;
    }
    m_fetchedUrl = url;
    m_status->setText(tr("Reading the CA's directory at %1…").arg(url));
    m_status->setStyleSheet(dialogcolors::css(dialogcolors::muted(palette())));
    m_progress->show();
    core::AcmeClient::Options options;
    options.directoryUrl = url;
    options.extraTrustPem = m_trustPem;
    options.timeoutMs = kDirectoryTimeoutMs;
    m_fetch.setFuture(QtConcurrent::run([options]() -> core::Result<core::AcmeDirectory> {
        core::AcmeClient client(options);
        return client.directory();
    }));
    update();
}

void AcmeAccountDialog::directoryFetched()
{
    m_progress->setVisible(m_busy);
    if (m_fetchAgain) {
        m_fetchAgain = false;
        fetchDirectory();
        return;
    }
    const auto result = m_fetch.result();
    m_directoryOk = result.has_value();
    if (result) {
        m_directory = *result;
        m_status->clear();
        if (m_directory.termsOfService.isEmpty()) {
            m_terms->setText(tr("The CA publishes no terms of service."));
        } else {
            m_terms->setText(tr("The CA asks you to agree to its terms: <a href=\"%1\">%2</a>")
                                 .arg(m_directory.termsOfService.toHtmlEscaped(), m_directory.termsOfService.toHtmlEscaped()));
        }
    } else {
        m_terms->setText(tr("Not known until the CA's directory can be read."));
        m_status->setText(tr("The CA's directory could not be read: %1").arg(result.error().message));
        m_status->setStyleSheet(dialogcolors::css(dialogcolors::error(palette())));
    }
    update();
    Q_EMIT directoryChecked(m_directoryOk);
}

QString AcmeAccountDialog::problem() const
{
    if (isCustom()) {
        const QString url = m_url->text().trimmed();
        if (url.isEmpty())
            return tr("Enter the CA's directory URL.");
        if (!url.startsWith(QLatin1String("https://")) || !QUrl(url).isValid())
            return tr("The directory URL must start with https://.");
    }
    if (!m_directoryOk)
        return m_fetch.isRunning() || m_fetchTimer->isActive() ? tr("Reading the CA's directory…")
                                                               : tr("The CA's directory could not be read.");
    for (const QString &e : splitEmails(m_emails->text())) {
        static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (!email.match(e).hasMatch())
            return tr("%1 is not an e-mail address.").arg(e);
    }
    if (eabRequired()) {
        if (m_eabKid->text().trimmed().isEmpty() || m_eabHmac->text().trimmed().isEmpty())
            return tr("This CA needs the external account binding: enter the key id and the HMAC key.");
        const auto decoded = QByteArray::fromBase64Encoding(m_eabHmac->text().trimmed().toLatin1(),
                                                            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty())
            return tr("The HMAC key is not base64url text.");
    }
    if (!m_directory.termsOfService.isEmpty() && !m_agree->isChecked())
        return tr("Agree to the CA's terms of service to create the account.");
    return {};
}

core::AcmeAccountRequest AcmeAccountDialog::request() const
{
    core::AcmeAccountRequest r;
    r.name = m_name->text().trimmed();
    r.ca = isCustom() ? m_url->text().trimmed() : m_ca->currentData().toString();
    r.emails = splitEmails(m_emails->text());
    r.agreeTerms = m_agree->isChecked();
    if (isCustom())
        r.extraTrustPem = m_trustPem;
    r.keyAlgorithm = m_key->currentData().toString();
    if (eabRequired()) {
        r.eabKeyId = m_eabKid->text().trimmed();
        r.eabHmacKey = QByteArray::fromBase64(m_eabHmac->text().trimmed().toLatin1(), QByteArray::Base64UrlEncoding);
    }
    return r;
}

void AcmeAccountDialog::update()
{
    m_eab->setVisible(eabRequired());
    const bool terms = !m_directoryOk || !m_directory.termsOfService.isEmpty();
    m_agree->setVisible(terms);
    m_agree->setEnabled(m_directoryOk && !m_busy);
    if (!m_directoryOk && m_terms->text().isEmpty())
        m_terms->setText(tr("Shown once the CA's directory has been read."));
    m_create->setEnabled(!m_busy && problem().isEmpty());
    m_create->setToolTip(problem());
    if (m_directoryOk && !m_busy) {
        const QString p = problem();
        m_status->setText(p);
        m_status->setStyleSheet(dialogcolors::css(dialogcolors::muted(palette())));
    }
}

void AcmeAccountDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy || m_fetch.isRunning());
    if (busy) {
        m_error->hide();
        m_status->setText(tr("Creating the account at the CA…"));
        m_status->setStyleSheet(dialogcolors::css(dialogcolors::muted(palette())));
    }
    for (QWidget *w : {static_cast<QWidget *>(m_ca), static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_emails),
                       static_cast<QWidget *>(m_key), static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_eab),
                       m_trustRow})
        w->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    update();
}

void AcmeAccountDialog::created(const core::AcmeAccountInfo &)
{
    setBusy(false);
    accept();
}

void AcmeAccountDialog::failed(const QString &message)
{
    if (m_busy)
        setBusy(false);
    m_status->clear();
    m_error->setText(message);
    m_error->setStyleSheet(dialogcolors::css(dialogcolors::error(palette())));
    m_error->show();
}

void AcmeAccountDialog::reject()
{
    if (m_busy)
        return; // the account is being created at the CA: wait for the answer
    QDialog::reject();
}

} // namespace certdesk::ui
