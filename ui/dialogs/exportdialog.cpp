#include "dialogs/exportdialog.h"

#include "dialogs/dialogcolors.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStyle>
#include <QVBoxLayout>

namespace certdesk::ui {

namespace {

constexpr ExportKind kKinds[] = {ExportKind::PemBundle, ExportKind::Pkcs12, ExportKind::Pkcs12Legacy,
                                 ExportKind::FullChain, ExportKind::Pem,    ExportKind::Der,
                                 ExportKind::Calendar};

QString suffix(ExportKind kind)
{
    switch (kind) {
    case ExportKind::PemBundle:
        return {};
    case ExportKind::Pkcs12:
    case ExportKind::Pkcs12Legacy:
        return QStringLiteral(".p12");
    case ExportKind::FullChain:
        return QStringLiteral("-fullchain.pem");
    case ExportKind::Pem:
        return QStringLiteral(".pem");
    case ExportKind::Der:
        return QStringLiteral(".der");
    case ExportKind::Calendar:
        return QStringLiteral(".ics");
    }
    return {};
}

QString description(ExportKind kind)
{
    switch (kind) {
    case ExportKind::PemBundle:
        return ExportDialog::tr("certificate.pem, chain.pem, private_key.pem (encrypted): the ACM layout");
    case ExportKind::Pkcs12:
        return ExportDialog::tr("Certificate, chain and key in one file (AES-256), for current systems");
    case ExportKind::Pkcs12Legacy:
        return ExportDialog::tr("3DES and a SHA-1 MAC, for Windows Server 2016, older Android and Java 8");
    case ExportKind::FullChain:
        return ExportDialog::tr("The certificate followed by its issuers, as nginx and HAProxy want it");
    case ExportKind::Pem:
        return ExportDialog::tr("The certificate alone, Base64 text");
    case ExportKind::Der:
        return ExportDialog::tr("The certificate alone, binary");
    case ExportKind::Calendar:
        return ExportDialog::tr("One event per certificate at its expiry, with a reminder");
    }
    return {};
}

} // namespace

QString ExportDialog::kindName(ExportKind kind)
{
    switch (kind) {
    case ExportKind::PemBundle:
        return tr("PEM bundle (certificate, chain, private key)");
    case ExportKind::Pkcs12:
        return tr("PKCS#12 (.p12)");
    case ExportKind::Pkcs12Legacy:
        return tr("PKCS#12, legacy encryption");
    case ExportKind::FullChain:
        return tr("Full-chain PEM");
    case ExportKind::Pem:
        return tr("PEM");
    case ExportKind::Der:
        return tr("DER");
    case ExportKind::Calendar:
        return tr("Expiry calendar (.ics)");
    }
    return {};
}

QString ExportDialog::fileNameFor(const QString &domainName, ExportKind kind)
{
    QString base = domainName.trimmed();
    base.replace(QStringLiteral("*."), QStringLiteral("wildcard."));
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._@-]+"));
    base.replace(unsafe, QStringLiteral("_"));
    while (base.startsWith(QLatin1Char('.')))
        base.remove(0, 1);
    if (base.isEmpty())
        base = QStringLiteral("certificate");
    return base + suffix(kind);
}

ExportDialog::ExportDialog(QList<ExportItem> items, const QString &defaultFolder, QWidget *parent)
    : QDialog(parent)
    , m_items(std::move(items))
    , m_defaultFolder(defaultFolder.isEmpty() ? QDir::homePath() : defaultFolder)
{
    Q_ASSERT(!m_items.isEmpty());
    for (const ExportItem &item : std::as_const(m_items))
        m_withKey += item.hasPrivateKey ? 1 : 0;
    const int count = int(m_items.size());
    setWindowTitle(tr("Export Certificates"));
    auto *layout = new QVBoxLayout(this);

    auto *headline = new QLabel(count == 1 ? tr("Export %1").arg(m_items.first().domainName.toHtmlEscaped())
                                           : tr("Export %n certificates", nullptr, count),
                                this);
    QFont bold = headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    headline->setFont(bold);
    layout->addWidget(headline);
    auto *subline = new QLabel(this);
    subline->setForegroundRole(QPalette::PlaceholderText);
    if (count == 1)
        subline->setText(m_withKey ? tr("With its private key (stored encrypted in the inventory)")
                                   : tr("No private key in the inventory"));
    else
        subline->setText(tr("%n of them with a private key in the inventory", nullptr, m_withKey));
    layout->addWidget(subline);

    // Formats.
    auto *formats = new QGroupBox(tr("Format"), this);
    auto *formatLayout = new QVBoxLayout(formats);
    formatLayout->setSpacing(2);
    auto *group = new QButtonGroup(this);
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, this)
        + style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing, nullptr, this);
    for (const ExportKind kind : kKinds) {
        auto *radio = new QRadioButton(kindName(kind), formats);
        group->addButton(radio);
        m_buttons.insert(kind, radio);
        auto *note = new QLabel(formats);
        note->setForegroundRole(QPalette::PlaceholderText);
        note->setContentsMargins(indent, 0, 0, 4);
        m_notes.insert(kind, note);
        formatLayout->addWidget(radio);
        formatLayout->addWidget(note);
        const QString reason = unavailableReason(kind);
        radio->setEnabled(reason.isEmpty());
        if (reason.isEmpty()) {
            note->setText(description(kind));
        } else {
            note->setText(tr("Not available: %1.").arg(reason));
            note->setStyleSheet(dialogcolors::css(dialogcolors::warning(palette())));
            radio->setToolTip(reason);
        }
        connect(radio, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                kindChanged();
        });
    }
    m_includeKey = new QCheckBox(tr("&Include the private key"), formats);
    m_includeKeyNote = new QLabel(formats);
    m_includeKeyNote->setForegroundRole(QPalette::PlaceholderText);
    m_includeKeyNote->setContentsMargins(indent, 0, 0, 0);
    formatLayout->addSpacing(4);
    formatLayout->addWidget(m_includeKey);
    formatLayout->addWidget(m_includeKeyNote);
    if (m_withKey == 0) {
        m_includeKey->setEnabled(false);
        m_includeKeyNote->setText(count == 1 ? tr("Not available: no private key in the inventory.")
                                             : tr("Not available: none of them has a private key in the inventory."));
    } else if (m_withKey < count) {
        m_includeKey->setChecked(true);
        m_includeKeyNote->setText(count - m_withKey == 1
                                      ? tr("The one without a private key is exported without it.")
                                      : tr("The %n without a private key are exported without one.", nullptr, count - m_withKey));
    } else {
        m_includeKey->setChecked(true);
        m_includeKeyNote->setText(tr("Decrypted in memory only, after the key store is unlocked; logged."));
    }
    connect(m_includeKey, &QCheckBox::toggled, this, &ExportDialog::kindChanged);
    layout->addWidget(formats);

    // Passphrase.
    auto *protection = new QGroupBox(tr("Protection"), this);
    m_protection = protection;
    auto *protectionForm = new QFormLayout(protection);
    m_passphrase = new QLineEdit(protection);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setMaxLength(kMaxPassphrase + 1); // one more, so "too long" can be said
    m_repeat = new QLineEdit(protection);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setMaxLength(kMaxPassphrase + 1);
    protectionForm->addRow(tr("&Passphrase:"), m_passphrase);
    protectionForm->addRow(tr("&Repeat:"), m_repeat);
    auto *passHint = new QLabel(tr("%1 to %2 characters. Needed to open the exported file; certdesk does not keep it.")
                                    .arg(kMinPassphrase)
                                    .arg(kMaxPassphrase),
                                protection);
    passHint->setWordWrap(true);
    passHint->setForegroundRole(QPalette::PlaceholderText);
    protectionForm->addRow(QString(), passHint);
    layout->addWidget(protection);
    connect(m_passphrase, &QLineEdit::textChanged, this, &ExportDialog::validate);
    connect(m_repeat, &QLineEdit::textChanged, this, &ExportDialog::validate);

    // Destination.
    auto *destinationRow = new QHBoxLayout;
    m_destinationLabel = new QLabel(this);
    m_destination = new QLineEdit(this);
    m_destination->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 50);
    m_destinationLabel->setBuddy(m_destination);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    destinationRow->addWidget(m_destinationLabel);
    destinationRow->addWidget(m_destination, 1);
    destinationRow->addWidget(browse);
    layout->addLayout(destinationRow);
    connect(m_destination, &QLineEdit::textEdited, this, [this] { m_destinationEdited = true; });
    connect(m_destination, &QLineEdit::textChanged, this, &ExportDialog::validate);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(dialogcolors::css(dialogcolors::warning(palette())));
    layout->addWidget(m_warning);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_problemText.isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // Start with the most useful format the selection allows.
    setKind(isAvailable(ExportKind::PemBundle) ? ExportKind::PemBundle : ExportKind::FullChain);
}

bool ExportDialog::isAvailable(ExportKind kind) const { return unavailableReason(kind).isEmpty(); }

QString ExportDialog::unavailableReason(ExportKind kind) const
{
    const int count = int(m_items.size());
    if (kind == ExportKind::PemBundle && m_withKey < count) {
        if (count == 1)
            return tr("no private key in the inventory");
        if (m_withKey == 0)
            return tr("none of them has a private key in the inventory");
        if (count - m_withKey == 1)
            return tr("1 of %1 has no private key in the inventory").arg(count);
        return tr("%n of %1 have no private key in the inventory", nullptr, count - m_withKey).arg(count);
    }
    return {};
}

ExportKind ExportDialog::currentKind() const
{
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        if (it.value()->isChecked())
            return it.key();
    }
    return ExportKind::FullChain;
}

bool ExportDialog::needsPassphrase() const
{
    switch (currentKind()) {
    case ExportKind::PemBundle:
    case ExportKind::Pkcs12:
    case ExportKind::Pkcs12Legacy:
        return true;
    default:
        return false;
    }
}

bool ExportDialog::writesToFolder() const
{
    const ExportKind kind = currentKind();
    return kind != ExportKind::Calendar && (m_items.size() > 1 || kind == ExportKind::PemBundle);
}

QString ExportDialog::defaultDestination(ExportKind kind) const
{
    const QDir dir(m_defaultFolder);
    if (kind == ExportKind::Calendar)
        return dir.filePath(QStringLiteral("certificate-expiry.ics"));
    if (m_items.size() > 1)
        return dir.filePath(QStringLiteral("certificates-export"));
    return dir.filePath(fileNameFor(m_items.first().domainName, kind));
}

void ExportDialog::setKind(ExportKind kind)
{
    if (QRadioButton *b = m_buttons.value(kind); b && b->isEnabled())
        b->setChecked(true);
    kindChanged();
}

void ExportDialog::setIncludeKey(bool include) { m_includeKey->setChecked(include); }

void ExportDialog::setPassphrase(const QString &passphrase, const QString &repeat)
{
    m_passphrase->setText(passphrase);
    m_repeat->setText(repeat);
}

void ExportDialog::setDestination(const QString &path)
{
    m_destinationEdited = true;
    m_destination->setText(path);
}

void ExportDialog::kindChanged()
{
    const ExportKind kind = currentKind();
    // Tab stops at the chosen format (the arrow keys move within the group), not at the radio
    // button that happened to have the focus last.
    for (QRadioButton *radio : std::as_const(m_buttons))
        radio->setFocusPolicy(radio->isChecked() ? Qt::StrongFocus : Qt::ClickFocus);
    const bool pkcs12 = kind == ExportKind::Pkcs12 || kind == ExportKind::Pkcs12Legacy;
    m_includeKey->setVisible(pkcs12);
    m_includeKeyNote->setVisible(pkcs12);
    m_protection->setEnabled(needsPassphrase());
    m_protection->setTitle(needsPassphrase() ? tr("Protection") : tr("Protection (not needed for this format)"));
    m_destinationLabel->setText(writesToFolder() ? tr("&Folder:") : tr("&Save as:"));
    if (!m_destinationEdited || m_destination->text().isEmpty()) {
        m_destination->setText(defaultDestination(kind));
        m_destinationEdited = false;
    }
    validate();
}

void ExportDialog::validate()
{
    QString problem;
    bool hint = false; // something still to fill in, not a mistake
    if (needsPassphrase()) {
        const QString pass = m_passphrase->text();
        const QString repeat = m_repeat->text();
        if (pass.isEmpty()) {
            problem = currentKind() == ExportKind::PemBundle || m_includeKey->isChecked()
                ? tr("Enter a passphrase to protect the exported private key.")
                : tr("Enter a passphrase for the PKCS#12 file.");
            hint = true;
        } else if (pass.size() < kMinPassphrase) {
            problem = tr("The passphrase needs at least %1 characters.").arg(kMinPassphrase);
        } else if (pass.size() > kMaxPassphrase) {
            problem = tr("The passphrase can have at most %1 characters.").arg(kMaxPassphrase);
        } else if (repeat != pass) {
            if (repeat.size() < pass.size() && pass.startsWith(repeat)) {
                problem = tr("Type the passphrase again in Repeat.");
                hint = true;
            } else {
                problem = tr("The passphrases do not match.");
            }
        }
    }
    QString warning;
    const QString destination = m_destination->text().trimmed();
    if (problem.isEmpty()) {
        const QFileInfo info(destination);
        if (destination.isEmpty()) {
            problem = writesToFolder() ? tr("Choose a folder to export to.") : tr("Choose a file to export to.");
            hint = true;
        } else if (!info.isAbsolute()) {
            problem = tr("Give the full path of the destination.");
        } else if (!QFileInfo(info.absolutePath()).isDir()) {
            problem = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath()));
        } else if (writesToFolder() && info.exists() && !info.isDir()) {
            problem = tr("%1 is a file; choose a folder.").arg(QDir::toNativeSeparators(destination));
        } else if (!writesToFolder() && info.isDir()) {
            problem = tr("%1 is a folder; choose a file name.").arg(QDir::toNativeSeparators(destination));
        } else if (!writesToFolder() && info.exists()) {
            warning = tr("%1 exists and will be replaced.").arg(info.fileName());
        } else if (writesToFolder() && info.isDir() && !QDir(destination).isEmpty()) {
            warning = tr("The folder is not empty: files with the same names are replaced.");
        }
    }
    m_problemText = problem;
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_problem->setStyleSheet(hint ? QStringLiteral("color: %1").arg(palette().color(QPalette::PlaceholderText).name())
                                  : dialogcolors::css(dialogcolors::error(palette())));
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
    m_export->setEnabled(problem.isEmpty());
}

QString ExportDialog::problem() const { return m_problemText; }

void ExportDialog::browse()
{
    QString path;
    if (writesToFolder()) {
        path = QFileDialog::getExistingDirectory(this, tr("Export to Folder"), m_destination->text());
    } else {
        const ExportKind kind = currentKind();
        const QString filter = kind == ExportKind::Calendar ? tr("Calendar (*.ics)")
            : kind == ExportKind::Der                       ? tr("DER certificate (*.der *.cer)")
            : kind == ExportKind::Pkcs12 || kind == ExportKind::Pkcs12Legacy ? tr("PKCS#12 (*.p12 *.pfx)")
                                                                             : tr("PEM (*.pem *.crt)");
        path = QFileDialog::getSaveFileName(this, tr("Export to File"), m_destination->text(), filter, nullptr,
                                            QFileDialog::DontConfirmOverwrite);
    }
    if (!path.isEmpty())
        setDestination(path);
}

ExportChoice ExportDialog::choice() const
{
    ExportChoice c;
    c.kind = currentKind();
    c.includeKey = c.kind == ExportKind::PemBundle
        || ((c.kind == ExportKind::Pkcs12 || c.kind == ExportKind::Pkcs12Legacy) && m_includeKey->isEnabled()
            && m_includeKey->isChecked());
    if (needsPassphrase())
        c.passphrase = m_passphrase->text().toUtf8();
    c.destination = m_destination->text().trimmed();
    return c;
}

} // namespace certdesk::ui
