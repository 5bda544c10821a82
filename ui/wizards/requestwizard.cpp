#include "wizards/requestwizard.h"

#include "ca/templates.h"
#include "commands/acmesession.h"
#include "dialogs/dialogcolors.h"
#include "models/deploylabels.h"
#include "models/labels.h"
#include "uiresources.h"
#include "widgets/renewalsettingsfields.h"
#include "widgets/validityfield.h"
#include "wizards/acmeprogresspage.h"
#include "wizards/acmevalidationpage.h"

#include <QApplication>
#include <QHash>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QTreeWidget>
#include <QUrl>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

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

QString html(const QString &text) { return text.toHtmlEscaped(); }

// "bücher.example → xn--bcher-kva.example" for an internationalised name, "" for a plain one.
QString conversion(const core::DomainNameCheck &c)
{
    if (c.ascii.isEmpty() || c.ascii == c.unicode)
        return {};
    return QStringLiteral("%1 → %2").arg(c.unicode, c.ascii);
}

QString newToken() { return QUuid::createUuid().toString(QUuid::Id128).left(32); }

// The core's problem without the name it starts with ("x: a wildcard may …" beside x).
QString withoutName(const QString &problem, const QString &name)
{
    const QString prefix = name + QStringLiteral(": ");
    return problem.startsWith(prefix) ? problem.mid(prefix.size()) : problem;
}

} // namespace

RequestWizard::RequestWizard(const QList<core::CaInfo> &cas, const QDateTime &now, QWidget *parent)
    : QWizard(parent)
    , m_cas(cas)
    , m_now(now)
    , m_token(newToken())
{
    setWindowTitle(tr("Request a Certificate"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPixmap(QWizard::LogoPixmap, svgIcon(QStringLiteral("request")).pixmap(QSize(40, 40), devicePixelRatioF()));
    setPage(NamesPage, createNamesPage());
    setPage(KeyPage, createKeyPage());
    setPage(IssuerPage, createIssuerPage());
    setPage(OptionsPage, createOptionsPage());
    setPage(ReviewPage, createReviewPage());
    m_validationPage = new AcmeValidationPage([this] {
        QStringList names;
        if (m_check.domainName.ok())
            names << m_check.domainName.ascii;
        for (const core::DomainNameCheck &c : std::as_const(m_check.additionalNames))
            names << (c.ascii.isEmpty() ? c.input : c.ascii);
        return names;
    }, this);
    setPage(ValidationPage, m_validationPage);
    m_progressPage = new AcmeProgressPage(this);
    setPage(ProgressPage, m_progressPage);
    issuerChanged();
    updateNames();
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == ReviewPage)
            updateReview();
    });
}

ValidatedPage *RequestWizard::validatedPage(PageId id) const { return qobject_cast<ValidatedPage *>(page(id)); }

// ---- Names -------------------------------------------------------------------------------------

ValidatedPage *RequestWizard::createNamesPage()
{
    auto *page = new ValidatedPage(this);
    page->setTitle(tr("Names"));
    page->setSubTitle(tr("The names the certificate is for. The domain name becomes its common name; every name "
                         "goes into its subject alternative names."));
    auto *form = new QFormLayout;
    m_domain = new QLineEdit(page);
    m_domain->setAccessibleName(tr("Domain name"));
    m_domain->setPlaceholderText(tr("e.g. www.example.com or *.example.com"));
    form->addRow(tr("&Domain name:"), m_domain);
    m_domainCheck = new QLabel(page);
    m_domainCheck->setWordWrap(true);
    m_domainCheck->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_domainCheck);
    page->body()->addLayout(form);

    auto *namesLabel = new QLabel(tr("&Additional names:"), page);
    page->body()->addSpacing(4);
    page->body()->addWidget(namesLabel);
    m_names = new QTreeWidget(page);
    m_names->setAccessibleName(tr("Additional names"));
    m_names->setHeaderLabels({tr("Name"), tr("Check")});
    m_names->setRootIsDecorated(false);
    m_names->setUniformRowHeights(true);
    m_names->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_names->header()->setStretchLastSection(true);
    m_names->setColumnWidth(0, fontMetrics().horizontalAdvance(QStringLiteral("service-name.internal.example.com")));
    m_names->setMinimumHeight(fontMetrics().height() * 7);
    namesLabel->setBuddy(m_names);
    page->body()->addWidget(m_names, 1);

    auto *addRow = new QHBoxLayout;
    m_addName = new QLineEdit(page);
    m_addName->setAccessibleName(tr("Name to add"));
    m_addName->setPlaceholderText(tr("api.example.com — or paste a list"));
    m_addButton = new QPushButton(tr("A&dd"), page);
    m_addButton->setToolTip(tr("Add the name, or every name of a list separated by lines, commas or spaces"));
    m_removeButton = new QPushButton(tr("&Remove"), page);
    m_removeButton->setEnabled(false);
    auto *paste = new QPushButton(tr("&Paste List"), page);
    paste->setToolTip(tr("Add the names on the clipboard (one per line, or separated by commas or spaces)"));
    for (QPushButton *b : {m_addButton, m_removeButton, paste})
        b->setAutoDefault(false);
    addRow->addWidget(m_addName, 1);
    addRow->addWidget(m_addButton);
    addRow->addWidget(m_removeButton);
    addRow->addWidget(paste);
    page->body()->addLayout(addRow);
    m_namesCount = note(QString(), page);
    page->body()->addWidget(m_namesCount);

    connect(m_domain, &QLineEdit::textChanged, this, &RequestWizard::updateNames);
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        addNames(m_addName->text());
        m_addName->clear();
        m_addName->setFocus();
    });
    connect(m_addName, &QLineEdit::returnPressed, m_addButton, &QPushButton::click);
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (QTreeWidgetItem *item : m_names->selectedItems())
            rows << m_names->indexOfTopLevelItem(item);
        std::sort(rows.begin(), rows.end(), std::greater<int>());
        for (int row : rows)
            m_additional.removeAt(row);
        updateNames();
    });
    connect(paste, &QPushButton::clicked, this, [this] { addNames(QApplication::clipboard()->text()); });
    connect(m_names, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_removeButton->setEnabled(!m_names->selectedItems().isEmpty()); });
    page->setCheck([this] { return namesProblem(); });
    return page;
}

void RequestWizard::addNames(const QString &text)
{
    const QStringList names = core::splitNameList(text);
    if (names.isEmpty())
        return;
    m_additional += names;
    updateNames();
}

void RequestWizard::removeName(int index)
{
    if (index < 0 || index >= m_additional.size())
        return;
    m_additional.removeAt(index);
    updateNames();
}

core::RequestNamesCheck RequestWizard::namesCheck() const { return m_check; }

QString RequestWizard::nameCheckText(int index) const
{
    const QTreeWidgetItem *item = m_names->topLevelItem(index);
    return item ? item->text(1) : QString();
}

bool RequestWizard::nameHasProblem(int index) const
{
    if (index < 0 || index >= m_check.additionalNames.size())
        return false;
    return !m_check.additionalNames.at(index).ok() || m_duplicateOf.value(index, -1) != -1;
}

void RequestWizard::updateNames()
{
    m_check = core::checkRequestNames(m_domain->text(), m_additional, true);
    const QColor bad = dialogcolors::error(palette());
    const QColor muted = dialogcolors::muted(palette());

    // The domain name: its conversion or its problem, right under the field.
    const core::DomainNameCheck &d = m_check.domainName;
    if (m_domain->text().trimmed().isEmpty()) {
        m_domainCheck->setText(tr("A name such as www.example.com; a wildcard such as *.example.com covers one level "
                                  "below example.com."));
        m_domainCheck->setStyleSheet(dialogcolors::css(muted));
    } else if (!d.ok()) {
        m_domainCheck->setText(withoutName(d.problem, d.input));
        m_domainCheck->setStyleSheet(dialogcolors::css(bad));
    } else if (d.ascii.size() > core::DomainNameLimits::kMaxCommonNameOctets) {
        m_domainCheck->setText(tr("Longer than %1 characters: too long for the common name.")
                                   .arg(core::DomainNameLimits::kMaxCommonNameOctets));
        m_domainCheck->setStyleSheet(dialogcolors::css(bad));
    } else {
        const QString converted = conversion(d);
        m_domainCheck->setText(!converted.isEmpty() ? converted
                               : d.wildcard         ? tr("Wildcard: covers every name one level below %1.").arg(d.ascii.mid(2))
                                                    : QStringLiteral("✓ %1").arg(d.ascii));
        m_domainCheck->setStyleSheet(dialogcolors::css(muted));
    }

    // The additional names, each with its check; the later of two equal names is the duplicate.
    m_duplicateOf.clear();
    QHash<QString, int> seen;
    if (d.ok() && !d.ascii.isEmpty())
        seen.insert(d.ascii.toLower(), -2);
    const QList<int> selected = [this] {
        QList<int> rows;
        for (QTreeWidgetItem *item : m_names->selectedItems())
            rows << m_names->indexOfTopLevelItem(item);
        return rows;
    }();
    m_names->clear();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    QPixmap transparent(m_names->iconSize().isValid() ? m_names->iconSize() : QSize(16, 16));
    transparent.fill(Qt::transparent);
    const QIcon blank(transparent);
    for (int i = 0; i < m_check.additionalNames.size(); ++i) {
        const core::DomainNameCheck &c = m_check.additionalNames.at(i);
        const QString key = (c.ascii.isEmpty() ? c.input : c.ascii).toLower();
        int duplicate = -1;
        if (c.ok()) {
            duplicate = seen.value(key, -1);
            if (duplicate == -1)
                seen.insert(key, i);
        }
        m_duplicateOf << duplicate;
        QString check;
        bool problem = true;
        if (!c.ok())
            check = withoutName(c.problem, c.input);
        else if (duplicate == -2)
            check = tr("The domain name again: remove it.");
        else if (duplicate >= 0)
            check = tr("Listed twice: remove one.");
        else {
            problem = false;
            check = !conversion(c).isEmpty() ? conversion(c)
                    : c.wildcard             ? tr("wildcard")
                    : c.ipAddress            ? tr("IP address")
                                             : QStringLiteral("✓");
        }
        auto *item = new QTreeWidgetItem(m_names, {c.input, check});
        item->setToolTip(1, check);
        item->setForeground(1, problem ? bad : muted);
        // Every row has an icon (a blank one when fine), so the names line up.
        item->setIcon(0, problem ? warning : blank);
    }
    for (int row : selected) {
        if (QTreeWidgetItem *item = m_names->topLevelItem(row))
            item->setSelected(true);
    }
    const int total = int(m_additional.size()) + (m_domain->text().trimmed().isEmpty() ? 0 : 1);
    m_namesCount->setText(tr("%1 of at most %2 names. Wildcards (*.example.com) and IP addresses are allowed; "
                             "internationalised names are converted to punycode.")
                              .arg(total)
                              .arg(core::DomainNameLimits::kMaxNames));
    if (auto *p = validatedPage(NamesPage))
        p->recheck();
}

ValidatedPage::Problem RequestWizard::namesProblem() const
{
    if (!m_domain || m_domain->text().trimmed().isEmpty())
        return {tr("Enter the domain name."), false};
    if (!m_check.domainName.ok())
        return {tr("Domain name: %1").arg(withoutName(m_check.domainName.problem, m_check.domainName.input)), true};
    for (int i = 0; i < m_check.additionalNames.size(); ++i) {
        const core::DomainNameCheck &c = m_check.additionalNames.at(i);
        if (!c.ok())
            return {tr("%1: %2").arg(c.input, withoutName(c.problem, c.input)), true};
        if (m_duplicateOf.value(i, -1) != -1)
            return {tr("%1 is listed twice.").arg(c.input), true};
    }
    if (!m_check.ok())
        return {m_check.problems.first(), true};
    return {};
}

// ---- Key ---------------------------------------------------------------------------------------

ValidatedPage *RequestWizard::createKeyPage()
{
    auto *page = new ValidatedPage(this);
    page->setTitle(tr("Key"));
    page->setSubTitle(tr("certdesk makes the key pair and keeps the private key encrypted in the inventory's key "
                         "store."));
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, this)
        + style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing, nullptr, this);
    m_keys = new QButtonGroup(page);
    const auto explain = [this](const QString &algorithm) -> QString {
        if (algorithm == QLatin1String("RSA_2048"))
            return tr("Works with every client and server. The usual choice.");
        if (algorithm == QLatin1String("RSA_3072"))
            return tr("Stronger, for certificates that must last beyond 2030; slower handshakes.");
        if (algorithm == QLatin1String("RSA_4096"))
            return tr("Strongest RSA; noticeably slower handshakes and a few seconds to generate.");
        if (algorithm == QLatin1String("EC_prime256v1"))
            return tr("As strong as RSA 3072 with small keys and fast handshakes; all current clients.");
        if (algorithm == QLatin1String("EC_secp384r1"))
            return tr("Stronger than P-256, for high-security policies; a little slower.");
        if (algorithm == QLatin1String("ED25519"))
            return tr("Fast and compact, but most browsers and many TLS stacks do not accept it yet.");
        return {};
    };
    const QStringList algorithms = core::requestKeyAlgorithms();
    for (int i = 0; i < algorithms.size(); ++i) {
        const QString &algorithm = algorithms.at(i);
        auto *button = new QRadioButton(Labels::keyAlgorithm(algorithm), page);
        button->setProperty("algorithm", algorithm);
        m_keys->addButton(button, i);
        page->body()->addWidget(button);
        page->body()->addWidget(note(explain(algorithm), page, indent));
    }
    setKeyAlgorithm(core::RequestSpec().keyAlgorithm);
    return page;
}

QString RequestWizard::keyAlgorithm() const
{
    const QAbstractButton *b = m_keys->checkedButton();
    return b ? b->property("algorithm").toString() : QString();
}

QAbstractButton *RequestWizard::keyButton(const QString &algorithm) const
{
    for (QAbstractButton *b : m_keys->buttons()) {
        if (b->property("algorithm").toString() == algorithm)
            return b;
    }
    return nullptr;
}

void RequestWizard::setKeyAlgorithm(const QString &algorithm)
{
    if (QAbstractButton *b = keyButton(algorithm))
        b->setChecked(true);
}

// ---- Issuer ------------------------------------------------------------------------------------

ValidatedPage *RequestWizard::createIssuerPage()
{
    auto *page = new ValidatedPage(this);
    page->setTitle(tr("Issuer and Validation"));
    page->setSubTitle(tr("Who issues the certificate and how it is validated."));
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, this)
        + style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing, nullptr, this);
    auto *group = new QButtonGroup(page);
    m_privateCa = new QRadioButton(tr("A &private CA of certdesk"), page);
    m_acme = new QRadioButton(tr("A public CA through an &ACME account"), page);
    m_external = new QRadioButton(tr("An &external CA (certdesk makes a CSR)"), page);
    for (QRadioButton *b : {m_privateCa, m_acme, m_external})
        group->addButton(b);

    page->body()->addWidget(m_privateCa);
    auto *caForm = new QFormLayout;
    caForm->setContentsMargins(indent, 0, 0, 0);
    m_ca = new QComboBox(page);
    m_ca->setAccessibleName(tr("Private CA"));
    for (const core::CaInfo &ca : std::as_const(m_cas)) {
        if (ca.state != core::CaState::Active)
            continue;
        m_ca->addItem(ca.name, ca.id);
        m_ca->setItemData(m_ca->count() - 1, ca.subject, Qt::ToolTipRole);
    }
    m_template = new QComboBox(page);
    m_template->setAccessibleName(tr("Template"));
    for (const core::CertificateTemplate &t : core::certificateTemplates()) {
        if (t.ca || t.ocspNoCheck)
            continue; // end-entity templates only (and no OCSP responders)
        m_template->addItem(Labels::templateName(t.name), t.name);
        m_template->setItemData(m_template->count() - 1, Labels::templateDescription(t.name, t.description),
                                Qt::ToolTipRole);
    }
    m_template->setCurrentIndex(qMax(0, m_template->findData(core::RequestSpec().templateName)));
    m_templateNote = note(QString(), page);
    m_validity = new ValidityField(QStringLiteral("1y"), m_now, page);
    caForm->addRow(tr("&CA:"), m_ca);
    caForm->addRow(tr("&Template:"), m_template);
    caForm->addRow(QString(), m_templateNote);
    caForm->addRow(tr("&Validity:"), m_validity);
    page->body()->addLayout(caForm);
    if (m_ca->count() == 0)
        page->body()->addWidget(note(tr("No private CA is active: create one on the Private CAs page first."), page, indent));
    else
        page->body()->addWidget(note(tr("Issued at once and renewed automatically before it expires."), page, indent));
    page->body()->addSpacing(6);

    page->body()->addWidget(m_acme);
    auto *acmeForm = new QFormLayout;
    acmeForm->setContentsMargins(indent, 0, 0, 0);
    m_account = new QComboBox(page);
    m_account->setAccessibleName(tr("ACME account"));
    auto *accountRow = new QHBoxLayout;
    m_addAccount = new QPushButton(tr("Add ACME Acc&ount…"), page);
    m_addAccount->setAutoDefault(false);
    accountRow->addWidget(m_account, 1);
    accountRow->addWidget(m_addAccount);
    acmeForm->addRow(tr("Acco&unt:"), accountRow);
    page->body()->addLayout(acmeForm);
    m_acmeNote = note(QString(), page, indent);
    page->body()->addWidget(m_acmeNote);
    page->body()->addSpacing(6);
    connect(m_addAccount, &QPushButton::clicked, this, &RequestWizard::addAcmeAccountRequested);
    connect(m_account, &QComboBox::currentIndexChanged, this, &RequestWizard::issuerChanged);

    page->body()->addWidget(m_external);
    page->body()->addWidget(note(tr("certdesk makes the key and a certificate signing request (CSR). Take the CSR to "
                                    "any CA; when you import the certificate it returns, certdesk matches it to this "
                                    "request by its public key. Renewals make a new CSR the same way."),
                                 page, indent));

    if (m_ca->count() > 0) {
        m_privateCa->setChecked(true);
    } else {
        m_privateCa->setEnabled(false);
        m_external->setChecked(true);
    }
    setAcmeAccounts({});
    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (on)
            issuerChanged();
    });
    connect(m_ca, &QComboBox::currentIndexChanged, this, &RequestWizard::issuerChanged);
    connect(m_template, &QComboBox::currentIndexChanged, this, &RequestWizard::issuerChanged);
    connect(m_validity, &ValidityField::changed, page, &ValidatedPage::recheck);
    page->setCheck([this] { return issuerProblem(); });
    return page;
}

const core::CaInfo *RequestWizard::chosenCa() const
{
    const qint64 id = m_ca->currentData().toLongLong();
    for (const core::CaInfo &ca : m_cas) {
        if (ca.id == id)
            return &ca;
    }
    return nullptr;
}

core::IssuerKind RequestWizard::issuerKind() const
{
    if (m_external->isChecked())
        return core::IssuerKind::External;
    if (m_acme->isChecked())
        return core::IssuerKind::Acme;
    return core::IssuerKind::PrivateCa;
}

void RequestWizard::setAcmeAccounts(const QList<core::AcmeAccountInfo> &accounts)
{
    m_accounts = accounts;
    const QString current = m_account->currentText();
    m_account->clear();
    for (const core::AcmeAccountInfo &a : accounts) {
        if (a.status != QLatin1String("valid"))
            continue;
        QString ca = a.ca;
        for (const core::AcmeCaPreset &p : core::acmeCaPresets()) {
            if (p.id == a.ca)
                ca = p.name;
        }
        if (a.ca == QLatin1String("custom"))
            ca = QUrl(a.directoryUrl).host();
        m_account->addItem(tr("%1 (%2)").arg(a.name, ca), a.name);
        m_account->setItemData(m_account->count() - 1, a.directoryUrl, Qt::ToolTipRole);
    }
    if (const int i = m_account->findText(current); i >= 0)
        m_account->setCurrentIndex(i);
    const bool any = m_account->count() > 0;
    m_acme->setEnabled(any || m_acme->isChecked());
    m_account->setVisible(any);
    m_addAccount->setVisible(!any);
    m_acmeNote->setText(any ? tr("Let's Encrypt and other public CAs: each name is validated over HTTP or DNS, and the "
                                 "certificate renews automatically.")
                            : tr("No ACME account yet: add one (Let's Encrypt or another public CA) to request "
                                 "certificates that browsers trust."));
    issuerChanged();
}

void RequestWizard::attachAcmeSession(AcmeSession *session)
{
    m_session = session;
    QStringList names;
    if (m_check.domainName.ok())
        names << m_check.domainName.ascii;
    for (const core::DomainNameCheck &c : std::as_const(m_check.additionalNames))
        names << (c.ascii.isEmpty() ? c.input : c.ascii);
    m_progressPage->start(names, session);
}

int RequestWizard::nextId() const
{
    const bool acme = issuerKind() == core::IssuerKind::Acme;
    switch (currentId()) {
    case IssuerPage:
        return acme ? ValidationPage : OptionsPage;
    case ValidationPage:
        return OptionsPage;
    case ReviewPage:
        return acme ? ProgressPage : -1;
    case ProgressPage:
        return -1;
    default:
        return QWizard::nextId();
    }
}

void RequestWizard::issuerChanged()
{
    const bool privateCa = m_privateCa->isChecked();
    m_account->setEnabled(m_acme->isChecked());
    if (auto *review = validatedPage(ReviewPage))
        review->setCommitPage(issuerKind() == core::IssuerKind::Acme);
    for (QWidget *w : {static_cast<QWidget *>(m_ca), static_cast<QWidget *>(m_template), static_cast<QWidget *>(m_validity)})
        w->setEnabled(privateCa);
    const QString name = m_template->currentData().toString();
    const auto t = core::certificateTemplate(name);
    m_templateNote->setText(Labels::templateDescription(name, t ? t->description : QString()));
    const core::CaInfo *ca = chosenCa();
    m_validity->setLimit(ca ? ca->notAfter : QDateTime(), tr("the CA's certificate"));
    setButtonText(QWizard::FinishButton, issuerKind() == core::IssuerKind::External ? tr("&Create Key and CSR")
                                         : issuerKind() == core::IssuerKind::Acme   ? tr("&Close")
                                                                                    : tr("&Request"));
    setButtonText(QWizard::CommitButton, tr("&Request"));
    if (auto *p = validatedPage(IssuerPage))
        p->recheck();
}

ValidatedPage::Problem RequestWizard::issuerProblem() const
{
    if (issuerKind() == core::IssuerKind::Acme) {
        if (m_account->count() == 0)
            return {tr("Add an ACME account first."), false};
        for (const core::DomainNameCheck &c : m_check.additionalNames) {
            if (c.ipAddress)
                return {tr("%1 is an IP address: public CAs validate DNS names only. Remove it, or choose another "
                           "issuer.").arg(c.input), true};
        }
    }
    if (issuerKind() == core::IssuerKind::PrivateCa) {
        if (!chosenCa())
            return {tr("Choose the private CA."), false};
        if (const QString p = m_validity->problem(); !p.isEmpty())
            return {p, !m_validity->text().isEmpty()};
        const core::CaInfo *ca = chosenCa();
        if (ca->shortLived && m_now.daysTo(m_validity->end()) > 7)
            return {tr("%1 issues short-lived certificates only: at most 7 days.").arg(ca->name), true};
    }
    return {};
}

// ---- Options -----------------------------------------------------------------------------------

ValidatedPage *RequestWizard::createOptionsPage()
{
    auto *page = new ValidatedPage(this);
    page->setTitle(tr("Options"));
    page->setSubTitle(tr("Tags for every certificate of this request, and how it renews."));

    auto *tagsBox = new QGroupBox(tr("Tags"), page);
    auto *tagsLayout = new QGridLayout(tagsBox);
    m_tagList = new QTreeWidget(tagsBox);
    m_tagList->setHeaderLabels({tr("Key"), tr("Value")});
    m_tagList->setRootIsDecorated(false);
    m_tagList->setAccessibleName(tr("Tags"));
    m_tagList->setMaximumHeight(fontMetrics().height() * 6);
    m_tagList->setColumnWidth(0, fontMetrics().averageCharWidth() * 18);
    m_tagKey = new QLineEdit(tagsBox);
    m_tagKey->setPlaceholderText(tr("key"));
    m_tagKey->setAccessibleName(tr("Tag key"));
    m_tagValue = new QLineEdit(tagsBox);
    m_tagValue->setPlaceholderText(tr("value (optional)"));
    m_tagValue->setAccessibleName(tr("Tag value"));
    auto *add = new QPushButton(tr("Add &Tag"), tagsBox);
    auto *remove = new QPushButton(tr("Remo&ve"), tagsBox);
    add->setAutoDefault(false);
    remove->setAutoDefault(false);
    remove->setEnabled(false);
    tagsLayout->addWidget(m_tagList, 0, 0, 1, 5);
    tagsLayout->addWidget(m_tagKey, 1, 0);
    tagsLayout->addWidget(new QLabel(QStringLiteral("="), tagsBox), 1, 1);
    tagsLayout->addWidget(m_tagValue, 1, 2);
    tagsLayout->addWidget(add, 1, 3);
    tagsLayout->addWidget(remove, 1, 4);
    tagsLayout->setColumnStretch(0, 1);
    tagsLayout->setColumnStretch(2, 2);
    page->body()->addWidget(tagsBox);
    connect(add, &QPushButton::clicked, this, [this] {
        if (m_tagKey->text().trimmed().isEmpty())
            return;
        addTag(m_tagKey->text().trimmed(), m_tagValue->text().trimmed());
        m_tagKey->clear();
        m_tagValue->clear();
        m_tagKey->setFocus();
    });
    connect(m_tagKey, &QLineEdit::returnPressed, add, &QPushButton::click);
    connect(m_tagValue, &QLineEdit::returnPressed, add, &QPushButton::click);
    connect(remove, &QPushButton::clicked, this, [this] {
        for (QTreeWidgetItem *item : m_tagList->selectedItems()) {
            const QString key = item->text(0);
            m_tags.removeIf([&key](const core::Tag &t) { return t.first == key; });
        }
        updateTags();
    });
    connect(m_tagList, &QTreeWidget::itemSelectionChanged, this,
            [this, remove] { remove->setEnabled(!m_tagList->selectedItems().isEmpty()); });

    auto *renewalBox = new QGroupBox(tr("Renewal"), page);
    auto *renewalLayout = new QVBoxLayout(renewalBox);
    m_renewal = new RenewalSettingsFields(renewalBox);
    renewalLayout->addWidget(m_renewal);
    page->body()->addWidget(renewalBox);

    // Deploy to: written after issuance (Deployments; PKCS#12 layouts, which need a password,
    // and the endpoint are for Deploy… on the certificate).
    auto *deployBox = new QGroupBox(tr("Deploy to"), page);
    auto *deployForm = new QFormLayout(deployBox);
    deployForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *folderRow = new QHBoxLayout;
    m_deployFolder = new QLineEdit(deployBox);
    m_deployFolder->setPlaceholderText(tr("none (a folder such as /etc/nginx/certs/www)"));
    m_deployFolder->setAccessibleName(tr("Deployment folder"));
    auto *browse = new QPushButton(tr("Bro&wse…"), deployBox);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Deployment Folder"), m_deployFolder->text());
        if (!folder.isEmpty())
            m_deployFolder->setText(QDir::toNativeSeparators(folder));
    });
    folderRow->addWidget(m_deployFolder, 1);
    folderRow->addWidget(browse);
    auto *folderLabel = new QLabel(tr("&Folder:"), deployBox);
    folderLabel->setBuddy(m_deployFolder);
    deployForm->addRow(folderLabel, folderRow);
    m_deployLayout = new QComboBox(deployBox);
    m_deployLayout->setAccessibleName(tr("Deployment layout"));
    for (const QString &n : core::deployLayoutNames()) {
        const auto l = core::deployLayoutFromName(n);
        if (l && !core::deployLayoutNeedsPassword(*l))
            m_deployLayout->addItem(DeployLabels::layout(*l), n);
    }
    deployForm->addRow(tr("La&yout:"), m_deployLayout);
    m_deployReload = new QLineEdit(deployBox);
    m_deployReload->setPlaceholderText(tr("e.g. systemctl reload nginx (run without a shell; empty: none)"));
    m_deployReload->setAccessibleName(tr("Reload command"));
    deployForm->addRow(tr("Reload co&mmand:"), m_deployReload);
    deployForm->addRow(QString(), note(tr("certdesk writes the files when the certificate is issued, and again after "
                                          "each renewal. For an external CA, or a PKCS#12 layout, use Deploy… on the "
                                          "certificate."),
                                       deployBox));
    page->body()->addWidget(deployBox);
    for (QLineEdit *e : {m_deployFolder, m_deployReload}) {
        connect(e, &QLineEdit::textChanged, this, [this] {
            if (auto *p = validatedPage(OptionsPage))
                p->recheck();
        });
    }
    page->setCheck([this] { return optionsProblem(); });
    return page;
}

void RequestWizard::addTag(const QString &key, const QString &value)
{
    m_tags.removeIf([&key](const core::Tag &t) { return t.first == key; });
    m_tags.append({key, value});
    std::sort(m_tags.begin(), m_tags.end());
    updateTags();
}

void RequestWizard::updateTags()
{
    m_tagList->clear();
    for (const core::Tag &t : std::as_const(m_tags))
        new QTreeWidgetItem(m_tagList, {t.first, t.second});
    if (auto *p = validatedPage(OptionsPage))
        p->recheck();
}

QString RequestWizard::deployment() const
{
    const auto d = deploymentSpec();
    if (!d)
        return QStringLiteral("—");
    QString text = tr("%1 as %2").arg(QDir::toNativeSeparators(d->targetDir), DeployLabels::layoutShort(d->layout));
    if (!d->reloadCommand.isEmpty())
        text += tr(", then %1").arg(d->reloadCommand);
    if (spec().issuerKind == core::IssuerKind::External)
        text += tr(" (once the signed certificate is imported: use Deploy… on it)");
    return text;
}

std::optional<core::DeploymentSpec> RequestWizard::deploymentSpec() const
{
    const QString folder = QDir::fromNativeSeparators(m_deployFolder->text().trimmed());
    if (folder.isEmpty())
        return std::nullopt;
    core::DeploymentSpec spec;
    spec.targetDir = folder;
    spec.layout = core::deployLayoutFromName(m_deployLayout->currentData().toString()).value_or(core::DeployLayout::Nginx);
    spec.reloadCommand = m_deployReload->text().trimmed();
    return spec;
}

ValidatedPage::Problem RequestWizard::optionsProblem() const
{
    if (const auto deploy = deploymentSpec(); deploy && !QDir::isAbsolutePath(deploy->targetDir))
        return {tr("The deployment folder must be an absolute path."), true};
    if (m_tags.size() > core::TagLimits::kMaxTags)
        return {tr("At most %1 tags.").arg(core::TagLimits::kMaxTags), true};
    for (const core::Tag &t : m_tags) {
        if (t.first.size() > core::TagLimits::kMaxKeyLength)
            return {tr("The tag key %1… is longer than %2 characters.").arg(t.first.left(20)).arg(core::TagLimits::kMaxKeyLength), true};
        if (t.second.size() > core::TagLimits::kMaxValueLength)
            return {tr("The value of %1 is longer than %2 characters.").arg(t.first).arg(core::TagLimits::kMaxValueLength), true};
    }
    return {};
}

// ---- Review ------------------------------------------------------------------------------------

ValidatedPage *RequestWizard::createReviewPage()
{
    auto *page = new ValidatedPage(this);
    page->setTitle(tr("Review"));
    page->setSubTitle(tr("Request the certificate with these settings. The key is generated now; RSA keys take a "
                         "few seconds."));
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
    m_progress->setAccessibleName(tr("Requesting the certificate"));
    m_progress->hide();
    m_error = new QLabel(page);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    page->body()->addWidget(m_progress);
    page->body()->addWidget(m_error);
    return page;
}

core::RequestSpec RequestWizard::spec() const
{
    core::RequestSpec s;
    s.domainName = m_domain->text().trimmed();
    for (const core::DomainNameCheck &c : m_check.additionalNames)
        s.additionalNames << c.input;
    s.keyAlgorithm = keyAlgorithm();
    s.issuerKind = issuerKind();
    if (s.issuerKind == core::IssuerKind::Acme) {
        s.issuer = m_account->currentData().toString();
        s.acme = m_validationPage->validation();
        s.validationMethod = s.acme.method;
    }
    if (s.issuerKind == core::IssuerKind::PrivateCa) {
        if (const core::CaInfo *ca = chosenCa())
            s.issuer = ca->name;
        s.templateName = m_template->currentData().toString();
        if (const auto v = m_validity->validity())
            s.validity = *v;
    }
    s.tags = m_tags;
    const core::ManagedCertificates::Settings renewal = m_renewal->settings();
    s.renewBeforeDays = renewal.renewBeforeDays;
    s.reuseKey = renewal.reuseKey;
    s.exportAllowed = renewal.exportAllowed;
    s.token = m_token;
    return s;
}

void RequestWizard::updateReview()
{
    const core::RequestSpec s = spec();
    const QString none = QStringLiteral("—");
    QStringList names;
    const auto shown = [](const core::DomainNameCheck &c) {
        return conversion(c).isEmpty() ? c.ascii : conversion(c);
    };
    constexpr int kListed = 12; // the rest as a count: the list was checked on the first page
    for (const core::DomainNameCheck &c : m_check.additionalNames) {
        if (names.size() < kListed)
            names << shown(c);
    }
    if (m_check.additionalNames.size() > kListed)
        names << tr("and %n more", nullptr, int(m_check.additionalNames.size()) - kListed);
    QString issuer;
    switch (s.issuerKind) {
    case core::IssuerKind::PrivateCa:
        issuer = tr("Private CA %1, template %2").arg(s.issuer, Labels::templateName(s.templateName));
        break;
    case core::IssuerKind::External:
        issuer = tr("External CA: certdesk makes the key and a CSR");
        break;
    case core::IssuerKind::Acme:
        issuer = tr("ACME account %1; %2").arg(m_account->currentText(), s.acme.describe());
        break;
    }
    QString renewal = s.renewBeforeDays ? tr("%n days before expiry", nullptr, *s.renewBeforeDays)
                                        : tr("automatically (at most 60 days or a third of the lifetime left)");
    renewal += s.reuseKey ? tr(", same key") : tr(", new key each time");
    QStringList tags;
    for (const core::Tag &t : s.tags)
        tags << (t.second.isEmpty() ? t.first : QStringLiteral("%1=%2").arg(t.first, t.second));
    const QList<QPair<QString, QString>> rows{
        {tr("Domain name"), shown(m_check.domainName)},
        {tr("Additional names"), names.isEmpty() ? none : names.join(QStringLiteral(", "))},
        {tr("Key"), Labels::keyAlgorithm(s.keyAlgorithm)},
        {tr("Issuer"), issuer},
        {tr("Valid"), s.issuerKind == core::IssuerKind::PrivateCa
                          ? tr("%1, until %2").arg(m_validity->text(), m_validity->end().toUTC().toString(QStringLiteral("yyyy-MM-dd")))
                          : tr("as the CA signs it")},
        {tr("Renewal"), renewal},
        {tr("Key export"), s.exportAllowed ? tr("allowed") : tr("not allowed")},
        {tr("Tags"), tags.isEmpty() ? none : tags.join(QStringLiteral(", "))},
        {tr("Deploy to"), deployment()},
    };
    const QString muted = dialogcolors::muted(palette()).name();
    QString text = QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    for (const auto &[label, value] : rows)
        text += QStringLiteral("<tr><td style='color:%1; padding-right:14px' align='right'>%2</td><td>%3</td></tr>")
                    .arg(muted, html(label), html(value));
    text += QStringLiteral("</table>");
    if (s.issuerKind == core::IssuerKind::External)
        text += QStringLiteral("<p>%1</p>").arg(html(tr("Next: save the CSR from the Requests page, have it signed, "
                                                         "then import the certificate; certdesk matches it to this request.")));
    m_review->setText(text);
    m_error->hide();
}

bool RequestWizard::validateCurrentPage()
{
    if (currentId() == ProgressPage) {
        m_done = true;
        return true; // Close
    }
    if (currentId() == ReviewPage && issuerKind() == core::IssuerKind::Acme && !m_done) {
        m_session = nullptr;
        Q_EMIT submitted(spec()); // runs on a worker; its progress shows on the next page
        return m_session != nullptr; // else failed() says why, here
    }
    if (currentId() != ReviewPage || m_done)
        return QWizard::validateCurrentPage();
    if (!m_busy) {
        setBusy(true);
        Q_EMIT submitted(spec());
    }
    return false;
}

void RequestWizard::setBusy(bool busy)
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

void RequestWizard::requested(const core::ManagedCertificate &managed)
{
    if (managed.status == core::ManagedStatus::Failed) {
        failed(tr("%1 was stored as failed: %2").arg(managed.ref(), managed.failureReason));
        return;
    }
    if (currentId() == ProgressPage) {
        m_progressPage->finish(true, tr("%1: issued for %2, valid until %3. It renews automatically.")
                                          .arg(managed.ref(), managed.domainName,
                                               managed.notAfter.toUTC().toString(QStringLiteral("yyyy-MM-dd"))));
        return;
    }
    setBusy(false);
    m_done = true;
    accept();
}

void RequestWizard::failed(const QString &message)
{
    if (currentId() == ProgressPage) {
        if (m_session && m_session->isCancelled()) {
            m_done = true;
            QWizard::reject(); // cancelled by the administrator: the order has stopped
            return;
        }
        m_progressPage->finish(false, tr("The certificate was not issued: %1").arg(message));
        return;
    }
    setBusy(false);
    m_token = newToken(); // a changed request is a new one
    m_error->setText(tr("The certificate was not issued: %1").arg(message));
    m_error->setStyleSheet(dialogcolors::css(dialogcolors::error(palette())));
    m_error->show();
}

void RequestWizard::reject()
{
    if (currentId() == ProgressPage && m_progressPage->isRunning()) {
        // Stop the order; the wizard closes when the worker has ended (failed() with Cancelled).
        if (m_session)
            m_session->cancel();
        m_progressPage->cancelling();
        return;
    }
    if (m_busy)
        return; // the key is being made: wait for it
    QWizard::reject();
}

} // namespace certdesk::ui
