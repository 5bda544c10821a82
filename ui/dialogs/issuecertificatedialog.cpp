#include "dialogs/issuecertificatedialog.h"

#include "ca/templates.h"
#include "dialogs/dialogcolors.h"
#include "models/labels.h"
#include "widgets/subjectfields.h"
#include "widgets/validityfield.h"
#include "x509/pem.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStyle>
#include <QVBoxLayout>

namespace certdesk::ui {

namespace {

constexpr int kShortLivedDays = 7;

QLabel *muted(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QString day(const QDateTime &t) { return t.toUTC().toString(QStringLiteral("yyyy-MM-dd")); }

} // namespace

QList<core::GeneralName> IssueCertificateDialog::parseNames(const QString &text, QString *problem)
{
    using Kind = core::GeneralName::Kind;
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    static const QRegularExpression dns(QStringLiteral("^(\\*\\.)?([A-Za-z0-9_-]+\\.)*[A-Za-z0-9_-]+\\.?$"));
    static const QRegularExpression mailbox(QStringLiteral("^[^\\s@]+@[^\\s@]+$"));
    QList<core::GeneralName> out;
    for (const QString &entry : text.split(separators, Qt::SkipEmptyParts)) {
        QString value = entry;
        Kind kind = Kind::Unknown;
        const qsizetype colon = entry.indexOf(QLatin1Char(':'));
        const QString prefix = colon > 0 ? entry.left(colon).toUpper() : QString();
        if (prefix == QLatin1String("DNS") || prefix == QLatin1String("IP") || prefix == QLatin1String("EMAIL")
            || prefix == QLatin1String("URI")) {
            value = entry.mid(colon + 1);
            kind = prefix == QLatin1String("DNS") ? Kind::Dns
                : prefix == QLatin1String("IP")   ? Kind::Ip
                : prefix == QLatin1String("URI")  ? Kind::Uri
                                                  : Kind::Email;
        } else if (entry.contains(QStringLiteral("://"))) {
            kind = Kind::Uri;
        } else if (!QHostAddress(entry).isNull()) {
            kind = Kind::Ip;
        } else if (entry.contains(QLatin1Char('@'))) {
            kind = Kind::Email;
        } else {
            kind = Kind::Dns;
        }
        const bool valid = (kind == Kind::Dns && dns.match(value).hasMatch())
            || (kind == Kind::Ip && !QHostAddress(value).isNull()) || (kind == Kind::Email && mailbox.match(value).hasMatch())
            || (kind == Kind::Uri && value.contains(QStringLiteral("://")));
        if (!valid) {
            if (problem && problem->isEmpty())
                *problem = tr("\"%1\" is not a DNS name, IP address, e-mail address or URI.").arg(entry);
            continue;
        }
        const core::GeneralName name{kind, value};
        if (!out.contains(name))
            out << name;
    }
    return out;
}

IssueCertificateDialog::IssueCertificateDialog(const core::CaInfo &ca, const QDateTime &now, QWidget *parent)
    : QDialog(parent)
    , m_ca(ca)
    , m_now(now)
{
    setWindowTitle(tr("Issue Certificate"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 86);
    auto *layout = new QVBoxLayout(this);
    auto *headline = new QLabel(tr("Issue a certificate from %1").arg(ca.name), this);
    QFont bold = headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    headline->setFont(bold);
    layout->addWidget(headline);
    auto *subline = muted(this);
    subline->setText(ca.subject);
    layout->addWidget(subline);
    layout->addSpacing(4);

    auto *form = new QFormLayout;
    m_template = new QComboBox(this);
    m_template->setAccessibleName(tr("Template"));
    for (const core::CertificateTemplate &t : core::certificateTemplates()) {
        m_template->addItem(Labels::templateName(t.name), t.name);
        m_template->setItemData(m_template->count() - 1, t.name, Qt::ToolTipRole);
    }
    m_templateNote = muted(this);
    form->addRow(tr("&Template:"), m_template);
    form->addRow(QString(), m_templateNote);

    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, this)
        + style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing, nullptr, this);
    auto *keyBox = new QWidget(this);
    auto *keyLayout = new QVBoxLayout(keyBox);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    keyLayout->setSpacing(4);
    auto *group = new QButtonGroup(this);
    m_generate = new QRadioButton(tr("&Generate a key:"), keyBox);
    m_keyAlgorithm = new QComboBox(keyBox);
    m_keyAlgorithm->setAccessibleName(tr("Key algorithm"));
    for (const QString &a : core::caKeyAlgorithms())
        m_keyAlgorithm->addItem(Labels::keyAlgorithm(a), a);
    m_keyAlgorithm->setCurrentIndex(qMax(0, m_keyAlgorithm->findData(QStringLiteral("EC_prime256v1"))));
    auto *generateRow = new QHBoxLayout;
    generateRow->addWidget(m_generate);
    generateRow->addWidget(m_keyAlgorithm);
    generateRow->addStretch(1);
    keyLayout->addLayout(generateRow);
    m_fromCsr = new QRadioButton(tr("From a &CSR file:"), keyBox);
    m_csrPath = new QLineEdit(keyBox);
    m_csrPath->setAccessibleName(tr("CSR file"));
    m_csrPath->setPlaceholderText(tr("request.csr (PEM or DER)"));
    m_browse = new QPushButton(tr("&Browse…"), keyBox);
    m_browse->setToolTip(tr("Choose a certificate signing request"));
    auto *csrRow = new QHBoxLayout;
    csrRow->addWidget(m_fromCsr);
    csrRow->addWidget(m_csrPath, 1);
    csrRow->addWidget(m_browse);
    keyLayout->addLayout(csrRow);
    m_csrNote = muted(keyBox);
    m_csrNote->setContentsMargins(indent, 0, 0, 0);
    keyLayout->addWidget(m_csrNote);
    group->addButton(m_generate);
    group->addButton(m_fromCsr);
    m_generate->setChecked(true);
    form->addRow(tr("Key:"), keyBox);

    m_subject = new SubjectFields(form, this);
    m_subject->commonNameEdit()->setPlaceholderText(tr("www.example.com"));
    m_names = new QLineEdit(this);
    m_names->setAccessibleName(tr("Alternative names"));
    m_names->setPlaceholderText(tr("www.example.com, api.example.com, 10.0.0.5"));
    m_namesNote = muted(this);
    form->addRow(tr("&Alternative names:"), m_names);
    form->addRow(QString(), m_namesNote);
    const bool shortLived = ca.shortLived;
    m_validity = new ValidityField(shortLived ? QStringLiteral("7d") : QStringLiteral("365d"), now, this);
    if (ca.notAfter.isValid())
        m_validity->setLimit(ca.notAfter, tr("the CA's certificate"));
    form->addRow(tr("&Validity:"), m_validity);
    layout->addLayout(form);

    auto *reviewFrame = new QFrame(this);
    reviewFrame->setFrameShape(QFrame::StyledPanel);
    reviewFrame->setBackgroundRole(QPalette::Base);
    reviewFrame->setAutoFillBackground(true);
    auto *reviewLayout = new QVBoxLayout(reviewFrame);
    m_review = new QLabel(reviewFrame);
    m_review->setWordWrap(true);
    m_review->setTextFormat(Qt::PlainText);
    m_review->setTextInteractionFlags(Qt::TextSelectableByMouse);
    reviewLayout->addWidget(m_review);
    layout->addSpacing(4);
    layout->addWidget(reviewFrame);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->setAccessibleName(tr("Issuing the certificate"));
    m_progress->hide();
    layout->addWidget(m_progress);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(dialogcolors::css(dialogcolors::error(palette())));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_issue = buttons->addButton(tr("&Issue"), QDialogButtonBox::AcceptRole);
    m_issue->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_busy && problem().isEmpty()) {
            setBusy(true);
            Q_EMIT submitted(request());
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &IssueCertificateDialog::reject);
    layout->addWidget(buttons);

    connect(m_template, &QComboBox::currentIndexChanged, this, &IssueCertificateDialog::templateChanged);
    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (on)
            keySourceChanged();
    });
    connect(m_keyAlgorithm, &QComboBox::currentIndexChanged, this, &IssueCertificateDialog::validate);
    connect(m_csrPath, &QLineEdit::editingFinished, this, [this] {
        if (!m_csrPath->text().trimmed().isEmpty())
            loadCsr(m_csrPath->text().trimmed());
    });
    connect(m_browse, &QPushButton::clicked, this, &IssueCertificateDialog::browseCsr);
    connect(m_subject, &SubjectFields::changed, this, &IssueCertificateDialog::subjectChanged);
    connect(m_names, &QLineEdit::textEdited, this, [this] { m_namesEdited = true; });
    connect(m_names, &QLineEdit::textChanged, this, &IssueCertificateDialog::validate);
    connect(m_validity, &ValidityField::changed, this, &IssueCertificateDialog::validate);

    setTemplate(QStringLiteral("EndEntityServerAuth"));
    keySourceChanged();
    m_subject->commonNameEdit()->setFocus();
}

std::optional<core::CertificateTemplate> IssueCertificateDialog::currentTemplate() const
{
    auto t = core::certificateTemplate(m_template->currentData().toString());
    return t ? std::optional<core::CertificateTemplate>(*t) : std::nullopt;
}

void IssueCertificateDialog::setTemplate(const QString &name)
{
    const int index = m_template->findData(name);
    if (index >= 0)
        m_template->setCurrentIndex(index);
    templateChanged();
}

void IssueCertificateDialog::templateChanged()
{
    const auto t = currentTemplate();
    if (t) {
        m_templateNote->setText(Labels::templateDescription(t->name, t->description));
        QStringList usages = t->keyUsages;
        usages += t->extendedKeyUsages;
        m_templateNote->setToolTip(tr("%1: %2").arg(t->name, usages.join(QStringLiteral(", "))));
        m_template->setToolTip(m_templateNote->toolTip());
    }
    validate();
}

void IssueCertificateDialog::keySourceChanged()
{
    const bool csr = m_fromCsr->isChecked();
    m_keyAlgorithm->setEnabled(!csr);
    m_csrPath->setEnabled(csr);
    m_browse->setEnabled(csr);
    m_csrNote->setVisible(csr);
    // Tab stops at the chosen source (the arrow keys move between the two).
    m_generate->setFocusPolicy(csr ? Qt::ClickFocus : Qt::StrongFocus);
    m_fromCsr->setFocusPolicy(csr ? Qt::StrongFocus : Qt::ClickFocus);
    if (csr && m_csr && !m_subject->isEdited())
        m_subject->setName(m_csr->subject());
    validate();
}

QString IssueCertificateDialog::loadCsr(const QString &path)
{
    m_csr.reset();
    m_csrProblem.clear();
    if (m_csrPath->text().trimmed() != path)
        m_csrPath->setText(QDir::toNativeSeparators(path));
    m_fromCsr->setChecked(true);
    QFile file(path);
    QByteArray data;
    if (!file.open(QIODevice::ReadOnly)) {
        m_csrProblem = tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString());
    } else {
        data = file.read(1 << 20);
        QByteArray der = data;
        if (core::looksLikePem(data)) {
            der.clear();
            for (const core::PemBlock &block : core::scanPem(data)) {
                if (block.label.endsWith("CERTIFICATE REQUEST") && !block.error) {
                    der = block.der;
                    break;
                }
            }
        }
        auto csr = der.isEmpty() ? core::Result<core::Csr>(std::unexpected(core::Error{core::ErrorCode::InvalidInput, {}}))
                                 : core::Csr::fromDer(der);
        if (!csr)
            m_csrProblem = tr("%1 holds no certificate signing request.").arg(QFileInfo(path).fileName());
        else if (!csr->signatureValid())
            m_csrProblem = tr("The CSR's signature does not verify: it was changed or is broken.");
        else
            m_csr = *csr;
    }
    if (m_csr) {
        QStringList names;
        for (const core::GeneralName &n : m_csr->requestedNames())
            names << n.value;
        m_csrNote->setText(tr("%1 · %2 · requests %3")
                               .arg(m_csr->subject().rfc4514.isEmpty() ? tr("no subject") : m_csr->subject().rfc4514,
                                    Labels::keyAlgorithm(m_csr->keyAlgorithm()),
                                    names.isEmpty() ? tr("no alternative names") : names.join(QStringLiteral(", "))));
        m_csrNote->setStyleSheet({});
        m_subject->setName(m_csr->subject());
        if (!m_namesEdited)
            m_names->setText(names.join(QStringLiteral(", ")));
    } else {
        m_csrNote->setText(m_csrProblem);
        m_csrNote->setStyleSheet(dialogcolors::css(dialogcolors::error(palette())));
    }
    keySourceChanged();
    return m_csrProblem;
}

void IssueCertificateDialog::browseCsr()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Certificate Signing Request"), m_csrPath->text(),
                                                      tr("Certificate signing requests (*.csr *.req *.pem *.der);;All files (*)"));
    if (!path.isEmpty())
        loadCsr(path);
}

void IssueCertificateDialog::subjectChanged()
{
    // A server's name belongs in its alternative names (clients ignore the common name):
    // propose it there until the user writes names of their own.
    const auto t = currentTemplate();
    const QString cn = m_subject->commonNameEdit()->text().trimmed();
    const bool nameLike = !cn.contains(QLatin1Char(' ')) && cn.contains(QLatin1Char('.'));
    if (!m_namesEdited && t && !t->ca && !(m_fromCsr->isChecked() && m_csr))
        m_names->setText(nameLike ? cn : QString());
    validate();
}

QString IssueCertificateDialog::problem() const { return check().first; }

// What is missing (second false) or wrong (second true).
std::pair<QString, bool> IssueCertificateDialog::check() const
{
    const auto t = currentTemplate();
    if (!t)
        return {tr("Choose a template."), false};
    if (m_fromCsr->isChecked()) {
        if (m_csrPath->text().trimmed().isEmpty())
            return {tr("Choose the CSR file."), false};
        if (!m_csr)
            return {m_csrProblem.isEmpty() ? tr("Choose the CSR file.") : m_csrProblem, !m_csrProblem.isEmpty()};
    } else if (t->ca) {
        return {tr("A CA certificate is issued for the subordinate CA's own key: choose its CSR file."), true};
    }
    if (!(m_fromCsr->isChecked() && m_csr && !m_subject->isEdited())) {
        if (const QString p = m_subject->problem(); !p.isEmpty())
            return {p, m_subject->hasCommonName()};
    }
    QString namesProblem;
    const QList<core::GeneralName> names = parseNames(m_names->text(), &namesProblem);
    if (!namesProblem.isEmpty())
        return {namesProblem, true};
    for (const core::GeneralName &n : names) {
        QString why;
        if (!m_ca.nameConstraints.isEmpty() && !m_ca.nameConstraints.allows(n, &why))
            return {tr("%1 is outside the CA's name constraints: %2").arg(n.value, why), true};
    }
    if (const QString p = m_validity->problem(); !p.isEmpty())
        return {p, !m_validity->text().isEmpty()};
    if (m_ca.shortLived && m_now.daysTo(m_validity->end()) > kShortLivedDays)
        return {tr("%1 issues short-lived certificates only: at most %n days.", nullptr, kShortLivedDays).arg(m_ca.name),
                true};
    return {};
}

void IssueCertificateDialog::validate()
{
    QString namesProblem;
    const QList<core::GeneralName> names = parseNames(m_names->text(), &namesProblem);
    QStringList shown;
    for (const core::GeneralName &n : names)
        shown << QStringLiteral("%1 %2").arg(core::GeneralName::kindName(n.kind), n.value);
    m_namesNote->setText(shown.isEmpty() ? tr("DNS names, IP addresses, e-mail addresses or URIs, separated by commas.")
                                         : shown.join(QStringLiteral(" · ")));

    const auto [p, mistake] = check();
    const bool hint = !mistake;
    m_problem->setText(p);
    m_problem->setVisible(!p.isEmpty());
    m_problem->setStyleSheet(hint ? dialogcolors::css(dialogcolors::muted(palette()))
                                  : dialogcolors::css(dialogcolors::error(palette())));
    m_issue->setEnabled(p.isEmpty() && !m_busy);

    const auto t = currentTemplate();
    const core::IssueRequest r = request();
    const QString subject = r.subject.isEmpty() && m_csr ? m_csr->subject().rfc4514 : r.subject;
    QString key = m_fromCsr->isChecked()
        ? tr("the CSR's %1 key").arg(m_csr ? Labels::keyAlgorithm(m_csr->keyAlgorithm()) : QStringLiteral("—"))
        : tr("a new %1 key, kept encrypted in the inventory").arg(Labels::keyAlgorithm(r.keyAlgorithm));
    const QString until = m_validity->end().isValid() ? day(m_validity->end()) : QStringLiteral("—");
    m_review->setText(tr("%1 for %2 with %n alternative names, valid until %3, for %4; signed by %5.", nullptr,
                         int(r.sans.size()))
                          .arg(t ? Labels::templateName(t->name) : QStringLiteral("—"),
                               subject.isEmpty() ? QStringLiteral("—") : subject, until, key, m_ca.name));
}

core::IssueRequest IssueCertificateDialog::request() const
{
    core::IssueRequest r;
    r.templateName = m_template->currentData().toString();
    if (m_fromCsr->isChecked() && m_csr) {
        r.csr = m_csr;
        // The CSR's subject unless the user changed it here.
        if (m_subject->isEdited())
            r.subject = m_subject->distinguishedName();
    } else {
        r.keyAlgorithm = m_keyAlgorithm->currentData().toString();
        r.subject = m_subject->distinguishedName();
    }
    r.sans = parseNames(m_names->text());
    if (const auto v = m_validity->validity())
        r.validity = *v;
    return r;
}

void IssueCertificateDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    if (busy)
        m_error->hide();
    for (QWidget *w : findChildren<QWidget *>()) {
        if (w != m_progress && w != m_error && w != m_review && (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
                                                                 || qobject_cast<QAbstractButton *>(w)))
            w->setEnabled(!busy);
    }
    if (!busy) {
        keySourceChanged(); // back to what the key source allows
    }
}

void IssueCertificateDialog::issued(const core::IssuedCertificate &)
{
    setBusy(false);
    accept();
}

void IssueCertificateDialog::failed(const QString &message)
{
    setBusy(false);
    m_error->setText(tr("Nothing was issued: %1").arg(message));
    m_error->show();
}

void IssueCertificateDialog::reject()
{
    if (m_busy)
        return; // signing: wait for it
    QDialog::reject();
}

} // namespace certdesk::ui
