#include "wizards/createcawizard.h"

#include "dialogs/dialogcolors.h"
#include "models/labels.h"
#include "uiresources.h"
#include "widgets/subjectfields.h"
#include "widgets/validityfield.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace certdesk::ui {

namespace {

QLabel *note(const QString &text, QWidget *parent, int indent = 0)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setContentsMargins(indent, 0, 0, 4);
    return label;
}

bool validUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty()
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("ldap"));
}

QString html(const QString &text) { return text.toHtmlEscaped(); }

} // namespace

QStringList CreateCaWizard::splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    QStringList out;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts))
        out << part.trimmed();
    return out;
}

CreateCaWizard::CreateCaWizard(const QList<core::CaInfo> &existing, qint64 preferredParent, const QDateTime &now,
                               QWidget *parent)
    : QWizard(parent)
    , m_existing(existing)
    , m_now(now)
{
    setWindowTitle(tr("New Private CA"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPixmap(QWizard::LogoPixmap, svgIcon(QStringLiteral("ca")).pixmap(QSize(40, 40), devicePixelRatioF()));
    setButtonText(QWizard::FinishButton, tr("&Create CA"));
    setPage(KindPage, createKindPage());
    setPage(KeyPage, createKeyPage());
    setPage(SubjectPage, createSubjectPage());
    setPage(ConstraintsPage, createConstraintsPage());
    setPage(DistributionPage, createDistributionPage());
    setPage(ReviewPage, createReviewPage());

    const int preferred = m_parent->findData(preferredParent);
    if (preferredParent != 0 && preferred >= 0 && m_parent->model()->flags(m_parent->model()->index(preferred, 0)) & Qt::ItemIsEnabled) {
        m_parent->setCurrentIndex(preferred);
        m_subordinate->setChecked(true);
    } else {
        m_root->setChecked(true);
    }
    kindChanged();
    keyChanged();
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == ReviewPage)
            updateReview();
    });
}

ValidatedPage *CreateCaWizard::validatedPage(PageId id) const { return qobject_cast<ValidatedPage *>(page(id)); }

ValidatedPage *CreateCaWizard::createKindPage()
{
    auto *page = new ValidatedPage(this);
    page->setTitle(tr("Kind of CA"));
    page->setSubTitle(tr("A root CA starts a hierarchy. A subordinate CA issues the everyday certificates under a root."));
    auto *form = new QFormLayout;
    m_name = new QLineEdit(page);
    m_name->setAccessibleName(tr("CA name"));
    m_name->setPlaceholderText(tr("e.g. example-issuing-1"));
    m_name->setMaxLength(64);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), note(tr("A short handle for the lists and the command line: letters, digits, '.', '_' and '-'."), page));
    page->body()->addLayout(form);

    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, this)
        + style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing, nullptr, this);
    auto *group = new QButtonGroup(page);
    m_root = new QRadioButton(tr("&Root CA"), page);
    m_subordinate = new QRadioButton(tr("&Subordinate CA, signed by a certdesk CA"), page);
    m_external = new QRadioButton(tr("Subordinate CA, signed by an &external CA"), page);
    for (QRadioButton *b : {m_root, m_subordinate, m_external})
        group->addButton(b);
    page->body()->addSpacing(6);
    page->body()->addWidget(m_root);
    page->body()->addWidget(note(tr("Self-signed. Keep it for signing subordinate CAs; clients must trust it."), page, indent));
    page->body()->addWidget(m_subordinate);
    m_parent = new QComboBox(page);
    m_parent->setAccessibleName(tr("Parent CA"));
    auto *parentRow = new QHBoxLayout;
    parentRow->setContentsMargins(indent, 0, 0, 0);
    auto *parentLabel = new QLabel(tr("&Parent:"), page);
    parentLabel->setBuddy(m_parent);
    parentRow->addWidget(parentLabel);
    parentRow->addWidget(m_parent, 1);
    page->body()->addLayout(parentRow);
    auto *model = qobject_cast<QStandardItemModel *>(m_parent->model());
    for (const core::CaInfo &ca : std::as_const(m_existing)) {
        if (ca.state != core::CaState::Active)
            continue;
        const bool canSignCa = !ca.pathLength || *ca.pathLength > 0;
        m_parent->addItem(canSignCa ? ca.name : tr("%1 (path length 0: cannot sign CAs)").arg(ca.name), ca.id);
        m_parent->setItemData(m_parent->count() - 1, ca.subject, Qt::ToolTipRole);
        if (!canSignCa && model)
            model->item(m_parent->count() - 1)->setEnabled(false);
    }
    page->body()->addWidget(note(tr("certdesk signs it with the parent's key, now."), page, indent));
    page->body()->addWidget(m_external);
    page->body()->addWidget(note(tr("certdesk makes the key and a certificate signing request (CSR). Have the CSR "
                                    "signed by the other CA, then install the certificate it returns."),
                                 page, indent));
    // One Tab stop for the three choices (the arrow keys move within).
    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (on)
            kindChanged();
    });
    connect(m_parent, &QComboBox::currentIndexChanged, this, &CreateCaWizard::kindChanged);
    connect(m_name, &QLineEdit::textChanged, page, &ValidatedPage::recheck);

    page->setCheck([this]() -> ValidatedPage::Problem {
        const QString name = m_name->text().trimmed();
        static const QRegularExpression handle(QStringLiteral("^[A-Za-z0-9._-]+$"));
        if (name.isEmpty())
            return {tr("Give the CA a name."), false};
        if (!handle.match(name).hasMatch())
            return {tr("The name may have letters, digits, '.', '_' and '-' only."), true};
        for (const core::CaInfo &ca : std::as_const(m_existing)) {
            if (ca.name.compare(name, Qt::CaseInsensitive) == 0)
                return {ca.state == core::CaState::Deleted
                            ? tr("A deleted CA is still called %1 (it can be restored until it is purged).").arg(ca.name)
                            : tr("There is a CA called %1 already.").arg(ca.name),
                        true};
        }
        if (m_subordinate->isChecked() && m_parent->count() == 0)
            return {tr("No active CA can sign it: create a root CA first, or choose an external CA."), true};
        if (m_subordinate->isChecked() && !parentCa())
            return {tr("Choose the parent CA."), false};
        return {};
    });
    return page;
}

ValidatedPage *CreateCaWizard::createKeyPage()
{
    auto *page = new ValidatedPage(this);
    page->setTitle(tr("Key"));
    page->setSubTitle(tr("The CA's key pair is made by certdesk and kept encrypted in the inventory's key store."));
    auto *form = new QFormLayout;
    m_keyAlgorithm = new QComboBox(page);
    m_keyAlgorithm->setAccessibleName(tr("Key algorithm"));
    for (const QString &a : core::caKeyAlgorithms())
        m_keyAlgorithm->addItem(Labels::keyAlgorithm(a), a);
    m_keyAlgorithm->setCurrentIndex(qMax(0, m_keyAlgorithm->findData(core::CaConfig().keyAlgorithm)));
    m_signing = new QComboBox(page);
    m_signing->setAccessibleName(tr("Signature algorithm"));
    form->addRow(tr("&Key algorithm:"), m_keyAlgorithm);
    form->addRow(tr("&Signature algorithm:"), m_signing);
    m_keyNote = note(QString(), page);
    form->addRow(QString(), m_keyNote);
    page->body()->addLayout(form);
    connect(m_keyAlgorithm, &QComboBox::currentIndexChanged, this, &CreateCaWizard::keyChanged);
    page->setCheck([this]() -> ValidatedPage::Problem {
        if (m_signing->count() == 0)
            return {tr("This key algorithm cannot sign."), true};
        return {};
    });
    return page;
}

ValidatedPage *CreateCaWizard::createSubjectPage()
{
    auto *page = new ValidatedPage(this);
    page->setTitle(tr("Subject and Validity"));
    page->setSubTitle(tr("The name certificates show as their issuer, and how long the CA's own certificate is valid."));
    auto *form = new QFormLayout;
    m_subject = new SubjectFields(form, page);
    m_validity = new ValidityField(QStringLiteral("10y"), m_now, page);
    form->addRow(tr("&Validity:"), m_validity);
    page->body()->addLayout(form);
    connect(m_subject, &SubjectFields::changed, page, &ValidatedPage::recheck);
    connect(m_validity, &ValidityField::changed, page, &ValidatedPage::recheck);
    connect(m_validity->edit(), &QLineEdit::textEdited, this, [this] { m_validityEdited = true; });
    page->setCheck([this]() -> ValidatedPage::Problem {
        if (const QString p = m_subject->problem(); !p.isEmpty())
            return {p, m_subject->hasCommonName()};
        if (const QString p = m_validity->problem(); !p.isEmpty())
            return {p, !m_validity->text().isEmpty()};
        return {};
    });
    return page;
}

ValidatedPage *CreateCaWizard::createConstraintsPage()
{
    auto *page = new ValidatedPage(this);
    page->setTitle(tr("Constraints"));
    page->setSubTitle(tr("What the CA may sign: how many CA levels below it, and which names."));
    auto *pathRow = new QHBoxLayout;
    m_limitPath = new QCheckBox(tr("Limit the &path length to"), page);
    m_pathLength = new QSpinBox(page);
    m_pathLength->setRange(0, 10);
    m_pathLength->setAccessibleName(tr("Path length"));
    m_pathLength->setSuffix(tr(" CA levels below"));
    pathRow->addWidget(m_limitPath);
    pathRow->addWidget(m_pathLength);
    pathRow->addStretch(1);
    page->body()->addLayout(pathRow);
    page->body()->addWidget(note(tr("0: the CA issues end-entity certificates only. Without a limit it may sign "
                                    "subordinate CAs at any depth."),
                                 page));
    connect(m_limitPath, &QCheckBox::toggled, m_pathLength, &QWidget::setEnabled);
    m_pathLength->setEnabled(false);

    auto *names = new QGroupBox(tr("Name constraints (optional)"), page);
    auto *namesLayout = new QVBoxLayout(names);
    auto *form = new QFormLayout;
    namesLayout->addLayout(form);
    const auto edit = [names](const QString &accessibleName, const QString &placeholder) {
        auto *e = new QLineEdit(names);
        e->setAccessibleName(accessibleName);
        e->setPlaceholderText(placeholder);
        return e;
    };
    m_permittedDns = edit(tr("Permitted DNS domains"), tr("internal.example, corp.example"));
    m_excludedDns = edit(tr("Excluded DNS domains"), tr("public.internal.example"));
    m_permittedIp = edit(tr("Permitted IP ranges"), tr("10.0.0.0/8, fd00::/8"));
    m_excludedIp = edit(tr("Excluded IP ranges"), tr("10.99.0.0/16"));
    m_permittedEmail = edit(tr("Permitted e-mail"), tr("example.com, .example.com"));
    m_excludedEmail = edit(tr("Excluded e-mail"), tr("guest.example.com"));
    form->addRow(tr("Permitted &DNS:"), m_permittedDns);
    form->addRow(tr("E&xcluded DNS:"), m_excludedDns);
    form->addRow(tr("Permitted &IP:"), m_permittedIp);
    form->addRow(tr("Excluded I&P:"), m_excludedIp);
    form->addRow(tr("Permitted &e-mail:"), m_permittedEmail);
    form->addRow(tr("Excluded e-&mail:"), m_excludedEmail);
    namesLayout->addWidget(note(tr("Separate entries with commas. A domain covers the names below it; IP ranges "
                                   "are CIDR. Certificates with other names are refused."),
                                names));
    page->body()->addWidget(names);
    m_shortLived = new QCheckBox(tr("Short-&lived certificates only (at most 7 days)"), page);
    page->body()->addWidget(m_shortLived);
    page->body()->addWidget(note(tr("For certificates renewed automatically: they expire before a revocation would "
                                    "matter."),
                                 page));
    for (QLineEdit *e : {m_permittedDns, m_excludedDns, m_permittedIp, m_excludedIp, m_permittedEmail, m_excludedEmail})
        connect(e, &QLineEdit::textChanged, page, &ValidatedPage::recheck);
    page->setCheck([this] { return constraintsProblem(); });
    return page;
}

ValidatedPage::Problem CreateCaWizard::constraintsProblem() const
{
    static const QRegularExpression dns(QStringLiteral("^\\.?([A-Za-z0-9-]+\\.)*[A-Za-z0-9-]+$"));
    static const QRegularExpression email(QStringLiteral("^([^\\s@]+@)?\\.?[^\\s@]+$"));
    for (QLineEdit *e : {m_permittedDns, m_excludedDns}) {
        for (const QString &entry : splitList(e->text())) {
            if (!dns.match(entry).hasMatch())
                return {tr("%1: \"%2\" is not a domain.").arg(e->accessibleName(), entry), true};
        }
    }
    for (QLineEdit *e : {m_permittedIp, m_excludedIp}) {
        for (const QString &entry : splitList(e->text())) {
            if (!entry.contains(QLatin1Char('/')) || QHostAddress::parseSubnet(entry).first.isNull())
                return {tr("%1: \"%2\" is not an IP range such as 10.0.0.0/8.").arg(e->accessibleName(), entry), true};
        }
    }
    for (QLineEdit *e : {m_permittedEmail, m_excludedEmail}) {
        for (const QString &entry : splitList(e->text())) {
            if (!email.match(entry).hasMatch())
                return {tr("%1: \"%2\" is not a mailbox, host or domain.").arg(e->accessibleName(), entry), true};
        }
    }
    return {};
}

ValidatedPage *CreateCaWizard::createDistributionPage()
{
    auto *page = new ValidatedPage(this);
    page->setTitle(tr("Revocation and Distribution"));
    page->setSubTitle(tr("Where clients find the CRL, the OCSP responder and the CA's certificate. Issued "
                         "certificates carry these addresses."));
    auto *form = new QFormLayout;
    const auto edit = [page](const QString &accessibleName, const QString &placeholder) {
        auto *e = new QLineEdit(page);
        e->setAccessibleName(accessibleName);
        e->setPlaceholderText(placeholder);
        return e;
    };
    m_crlUrl = edit(tr("CRL distribution point"), tr("http://pki.example.com/crl/issuing.crl"));
    m_ocspUrl = edit(tr("OCSP responder"), tr("http://ocsp.example.com"));
    m_caIssuersUrl = edit(tr("CA issuers"), tr("http://pki.example.com/ca/issuing.crt"));
    form->addRow(tr("C&RL URL:"), m_crlUrl);
    form->addRow(tr("&OCSP URL:"), m_ocspUrl);
    form->addRow(tr("CA &issuers URL:"), m_caIssuersUrl);
    form->addRow(QString(), note(tr("Optional. http, https or ldap addresses; certdesk-cli ca serve answers them."), page));
    m_crlDays = new QSpinBox(page);
    m_crlDays->setRange(1, 5000);
    m_crlDays->setValue(core::CaConfig().crlLifetimeDays);
    m_crlDays->setSuffix(tr(" days"));
    m_crlDays->setAccessibleName(tr("CRL lifetime"));
    form->addRow(tr("CRL &lifetime:"), m_crlDays);
    m_publishDir = edit(tr("CRL folder"), tr("optional: a folder a web server publishes"));
    auto *browse = new QPushButton(tr("&Browse…"), page);
    browse->setToolTip(tr("Choose the folder the CRLs are written to"));
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_publishDir, 1);
    folderRow->addWidget(browse);
    form->addRow(tr("Publish CRLs &to:"), folderRow);
    page->body()->addLayout(form);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Publish CRLs to"), m_publishDir->text());
        if (!dir.isEmpty())
            m_publishDir->setText(QDir::toNativeSeparators(dir));
    });
    for (QLineEdit *e : {m_crlUrl, m_ocspUrl, m_caIssuersUrl, m_publishDir})
        connect(e, &QLineEdit::textChanged, page, &ValidatedPage::recheck);
    page->setCheck([this] { return distributionProblem(); });
    return page;
}

ValidatedPage::Problem CreateCaWizard::distributionProblem() const
{
    for (QLineEdit *e : {m_crlUrl, m_ocspUrl, m_caIssuersUrl}) {
        const QString text = e->text().trimmed();
        if (!text.isEmpty() && !validUrl(text))
            return {tr("%1: \"%2\" is not an http, https or ldap address.").arg(e->accessibleName(), text), true};
    }
    const QString dir = m_publishDir->text().trimmed();
    if (!dir.isEmpty()) {
        const QFileInfo info(dir);
        if (!info.isAbsolute())
            return {tr("Give the full path of the CRL folder."), true};
        if (!info.isDir())
            return {tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(dir)), true};
    }
    return {};
}

ValidatedPage *CreateCaWizard::createReviewPage()
{
    auto *page = new ValidatedPage(this);
    page->setTitle(tr("Review"));
    page->setSubTitle(tr("Create the CA with these settings. Its key is generated now; RSA keys take a few seconds."));
    m_review = new QLabel(page);
    m_review->setTextFormat(Qt::RichText);
    m_review->setWordWrap(true);
    m_review->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_review->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    page->body()->addWidget(m_review);
    m_progress = new QProgressBar(page);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->setAccessibleName(tr("Creating the CA"));
    m_progress->hide();
    m_error = new QLabel(page);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    page->body()->addWidget(m_progress);
    page->body()->addWidget(m_error);
    return page;
}

const core::CaInfo *CreateCaWizard::parentCa() const
{
    const qint64 id = m_parent->currentData().toLongLong();
    for (const core::CaInfo &ca : m_existing) {
        if (ca.id == id)
            return &ca;
    }
    return nullptr;
}

void CreateCaWizard::kindChanged()
{
    const bool subordinate = m_subordinate->isChecked();
    m_parent->setEnabled(subordinate);
    const core::CaInfo *parent = subordinate ? parentCa() : nullptr;
    if (!m_validityEdited)
        m_validity->setText(m_root->isChecked() ? QStringLiteral("10y") : QStringLiteral("5y"));
    if (parent)
        m_validity->setLimit(parent->notAfter, tr("the parent CA's certificate"));
    else
        m_validity->setLimit({}, {});
    // A subordinate usually issues end-entity certificates only; a root leaves the depth open.
    m_limitPath->setChecked(!m_root->isChecked());
    if (parent && parent->pathLength && *parent->pathLength > 0) {
        m_pathLength->setMaximum(*parent->pathLength - 1);
    } else {
        m_pathLength->setMaximum(10);
    }
    setButtonText(QWizard::FinishButton, m_external->isChecked() ? tr("&Create Key and CSR") : tr("&Create CA"));
    if (auto *p = validatedPage(KindPage))
        p->recheck();
}

void CreateCaWizard::keyChanged()
{
    const QString key = m_keyAlgorithm->currentData().toString();
    m_signing->clear();
    const QStringList algorithms = core::signingAlgorithmsFor(key);
    for (int i = 0; i < algorithms.size(); ++i)
        m_signing->addItem(i == 0 ? tr("%1 (default)").arg(algorithms.at(i)) : algorithms.at(i), i == 0 ? QString() : algorithms.at(i));
    if (key == QLatin1String("RSA_4096"))
        m_keyNote->setText(tr("Strong and widely supported; generating it takes a few seconds."));
    else if (key.startsWith(QLatin1String("RSA")))
        m_keyNote->setText(tr("Supported by every client."));
    else if (key == QLatin1String("ED25519"))
        m_keyNote->setText(tr("Small and fast, but many TLS clients and browsers do not accept Ed25519 CAs yet."));
    else
        m_keyNote->setText(tr("Small keys and fast signatures; supported by current clients."));
    if (auto *p = validatedPage(KeyPage))
        p->recheck();
}

core::NameConstraints CreateCaWizard::nameConstraints() const
{
    core::NameConstraints c;
    c.permittedDns = splitList(m_permittedDns->text());
    c.excludedDns = splitList(m_excludedDns->text());
    c.permittedIp = splitList(m_permittedIp->text());
    c.excludedIp = splitList(m_excludedIp->text());
    c.permittedEmail = splitList(m_permittedEmail->text());
    c.excludedEmail = splitList(m_excludedEmail->text());
    return c;
}

core::CaConfig CreateCaWizard::config() const
{
    core::CaConfig c;
    c.name = m_name->text().trimmed();
    c.kind = m_root->isChecked() ? core::CaKind::Root : core::CaKind::Subordinate;
    c.externalParent = m_external->isChecked();
    if (m_subordinate->isChecked()) {
        if (const core::CaInfo *parent = parentCa())
            c.parent = parent->name;
    }
    c.keyAlgorithm = m_keyAlgorithm->currentData().toString();
    c.signingAlgorithm = m_signing->currentData().toString();
    c.subject = m_subject->distinguishedName();
    if (const auto v = m_validity->validity())
        c.validity = *v;
    if (m_limitPath->isChecked())
        c.pathLength = m_pathLength->value();
    c.nameConstraints = nameConstraints();
    c.crlUrl = m_crlUrl->text().trimmed();
    c.ocspUrl = m_ocspUrl->text().trimmed();
    c.caIssuersUrl = m_caIssuersUrl->text().trimmed();
    c.crlLifetimeDays = m_crlDays->value();
    c.crlPublishDir = QDir::fromNativeSeparators(m_publishDir->text().trimmed());
    c.shortLived = m_shortLived->isChecked();
    return c;
}

void CreateCaWizard::updateReview()
{
    const core::CaConfig c = config();
    const QString none = QStringLiteral("—");
    QString kind;
    if (c.kind == core::CaKind::Root)
        kind = tr("Root CA (self-signed)");
    else if (c.externalParent)
        kind = tr("Subordinate CA, signed by an external CA (a CSR is made)");
    else
        kind = tr("Subordinate CA of %1").arg(parentCa() ? parentCa()->name : none);
    QStringList constraints;
    const core::NameConstraints &n = c.nameConstraints;
    const auto listed = [&constraints](const QString &label, const QStringList &values) {
        if (!values.isEmpty())
            constraints << label.arg(values.join(QStringLiteral(", ")));
    };
    listed(tr("permitted DNS %1"), n.permittedDns);
    listed(tr("excluded DNS %1"), n.excludedDns);
    listed(tr("permitted IP %1"), n.permittedIp);
    listed(tr("excluded IP %1"), n.excludedIp);
    listed(tr("permitted e-mail %1"), n.permittedEmail);
    listed(tr("excluded e-mail %1"), n.excludedEmail);
    const QString signing = c.signingAlgorithm.isEmpty() ? core::signingAlgorithmsFor(c.keyAlgorithm).value(0)
                                                         : c.signingAlgorithm;
    const QList<QPair<QString, QString>> rows{
        {tr("Name"), c.name},
        {tr("Kind"), kind},
        {tr("Subject"), c.subject},
        {tr("Key"), tr("%1, signs with %2").arg(Labels::keyAlgorithm(c.keyAlgorithm), signing)},
        {tr("Valid"), c.externalParent ? tr("as the external CA signs it (asked for: %1)").arg(m_validity->text())
                                       : tr("%1, until %2").arg(m_validity->text(),
                                                                 m_validity->end().toUTC().toString(QStringLiteral("yyyy-MM-dd")))},
        {tr("Path length"), c.pathLength ? QString::number(*c.pathLength) : tr("no limit")},
        {tr("Name constraints"), constraints.isEmpty() ? tr("none") : constraints.join(QStringLiteral("; "))},
        {tr("Issues"), c.shortLived ? tr("short-lived certificates only (at most 7 days)") : tr("certificates of any lifetime")},
        {tr("CRL"), tr("%n days lifetime", nullptr, c.crlLifetimeDays)
                        + (c.crlPublishDir.isEmpty() ? QString() : tr(", published to %1").arg(QDir::toNativeSeparators(c.crlPublishDir)))},
        {tr("CRL URL"), c.crlUrl.isEmpty() ? none : c.crlUrl},
        {tr("OCSP URL"), c.ocspUrl.isEmpty() ? none : c.ocspUrl},
        {tr("CA issuers URL"), c.caIssuersUrl.isEmpty() ? none : c.caIssuersUrl},
    };
    const QString muted = dialogcolors::muted(palette()).name();
    QString text = QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    for (const auto &[label, value] : rows)
        text += QStringLiteral("<tr><td style='color:%1; padding-right:14px' align='right'>%2</td><td>%3</td></tr>")
                    .arg(muted, html(label), html(value));
    text += QStringLiteral("</table>");
    if (c.externalParent)
        text += QStringLiteral("<p>%1</p>").arg(html(tr("Next: export the CSR from the Private CAs page, have it signed, "
                                                         "then choose Install Certificate… with the file you get back.")));
    m_review->setText(text);
    m_error->hide();
}

bool CreateCaWizard::validateCurrentPage()
{
    if (currentId() != ReviewPage || m_created)
        return QWizard::validateCurrentPage();
    if (!m_busy) {
        setBusy(true);
        Q_EMIT submitted(config());
    }
    return false;
}

void CreateCaWizard::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    if (busy)
        m_error->hide();
    for (WizardButton b : {QWizard::BackButton, QWizard::FinishButton, QWizard::CancelButton}) {
        if (QAbstractButton *button = this->button(b))
            button->setEnabled(!busy);
    }
}

void CreateCaWizard::created(const core::CaInfo &)
{
    setBusy(false);
    m_created = true;
    accept();
}

void CreateCaWizard::failed(const QString &message)
{
    setBusy(false);
    m_error->setText(tr("The CA was not created: %1").arg(message));
    m_error->setStyleSheet(dialogcolors::css(dialogcolors::error(palette())));
    m_error->show();
}

void CreateCaWizard::reject()
{
    if (m_busy)
        return; // the key is being made: wait for it
    QWizard::reject();
}

} // namespace certdesk::ui
