#include "wizards/acmevalidationpage.h"

#include "acme/dnsclient.h"
#include "acme/dnssolver.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace certdesk::ui {

namespace {

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QWidget *indented(QWidget *parent, int indent, QLayout *content)
{
    auto *w = new QWidget(parent);
    content->setContentsMargins(indent, 0, 0, 0);
    w->setLayout(content);
    return w;
}

QString withoutWildcard(const QString &name) { return name.startsWith(QLatin1String("*.")) ? name.mid(2) : name; }

} // namespace

AcmeValidationPage::AcmeValidationPage(std::function<QStringList()> names, QWidget *parent)
    : ValidatedPage(parent)
    , m_names(std::move(names))
{
    setTitle(tr("Validation"));
    setSubTitle(tr("How the CA checks that the names are yours. The settings are kept: every renewal validates "
                   "the same way."));
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, this)
        + style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing, nullptr, this);

    auto *methods = new QButtonGroup(this);
    m_http = new QRadioButton(tr("&HTTP: the CA fetches a file from each name's web server (port 80)"), this);
    m_dns = new QRadioButton(tr("D&NS: a TXT record under each name; works for wildcards and hosts the CA cannot reach"),
                             this);
    methods->addButton(m_http);
    methods->addButton(m_dns);

    // HTTP.
    auto *httpLayout = new QGridLayout;
    auto *httpModes = new QButtonGroup(this);
    m_responder = new QRadioButton(tr("certdesk answers &itself, listening on:"), this);
    m_webroot = new QRadioButton(tr("Write the answer into a &web root folder:"), this);
    httpModes->addButton(m_responder);
    httpModes->addButton(m_webroot);
    m_listen = new QLineEdit(QStringLiteral("0.0.0.0:80"), this);
    m_listen->setAccessibleName(tr("Responder address and port"));
    m_webrootPath = new QLineEdit(this);
    m_webrootPath->setAccessibleName(tr("Web root folder"));
    m_webrootPath->setPlaceholderText(tr("/var/www/html"));
    m_webrootBrowse = new QPushButton(tr("Bro&wse…"), this);
    m_webrootBrowse->setAutoDefault(false);
    httpLayout->addWidget(m_responder, 0, 0);
    httpLayout->addWidget(m_listen, 0, 1, 1, 2);
    httpLayout->addWidget(m_webroot, 1, 0);
    httpLayout->addWidget(m_webrootPath, 1, 1);
    httpLayout->addWidget(m_webrootBrowse, 1, 2);
    httpLayout->addWidget(note(tr("The responder needs the port the CA connects to (80) on this machine, or a "
                                  "forward to it. A web root suits a web server already running here."),
                               this),
                          2, 0, 1, 3);
    httpLayout->setColumnStretch(1, 1);
    m_responder->setChecked(true);
    m_httpBox = indented(this, indent, httpLayout);

    // DNS.
    auto *dnsLayout = new QVBoxLayout;
    auto *dnsModes = new QButtonGroup(this);
    m_manual = new QRadioButton(tr("I create the records &by hand (certdesk shows them while the request runs)"), this);
    m_rfc2136 = new QRadioButton(tr("certdesk &updates the DNS server (RFC 2136 dynamic update with a TSIG key)"), this);
    dnsModes->addButton(m_manual);
    dnsModes->addButton(m_rfc2136);
    m_manual->setChecked(true);
    dnsLayout->addWidget(m_manual);
    dnsLayout->addWidget(m_rfc2136);

    auto *updateForm = new QFormLayout;
    updateForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_server = new QLineEdit(this);
    m_server->setAccessibleName(tr("DNS server"));
    m_server->setPlaceholderText(tr("IP address and port, e.g. 192.0.2.53:53"));
    updateForm->addRow(tr("&Server:"), m_server);
    auto *tsigRow = new QHBoxLayout;
    m_tsigPath = new QLineEdit(this);
    m_tsigPath->setReadOnly(true);
    m_tsigPath->setAccessibleName(tr("TSIG key file"));
    m_tsigPath->setPlaceholderText(tr("a key file as tsig-keygen or dnssec-keygen writes it"));
    auto *tsigBrowse = new QPushButton(tr("Choose &Key…"), this);
    tsigBrowse->setAutoDefault(false);
    tsigRow->addWidget(m_tsigPath, 1);
    tsigRow->addWidget(tsigBrowse);
    updateForm->addRow(tr("TSIG &key:"), tsigRow);
    m_tsigInfo = new QLabel(this);
    m_tsigInfo->setWordWrap(true);
    m_tsigInfo->setForegroundRole(QPalette::PlaceholderText);
    updateForm->addRow(QString(), m_tsigInfo);
    m_zone = new QLineEdit(this);
    m_zone->setAccessibleName(tr("Zone"));
    m_zone->setPlaceholderText(tr("optional: found from the names"));
    updateForm->addRow(tr("&Zone:"), m_zone);
    m_updateBox = indented(this, indent, updateForm);
    dnsLayout->addWidget(m_updateBox);

    auto *commonForm = new QFormLayout;
    commonForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_resolver = new QLineEdit(this);
    m_resolver->setAccessibleName(tr("Resolver to check through"));
    m_resolver->setPlaceholderText(tr("optional: HOST:PORT (else the zone's own servers)"));
    commonForm->addRow(tr("&Check through:"), m_resolver);
    m_delegation = new QLineEdit(this);
    m_delegation->setAccessibleName(tr("CNAME delegation zone"));
    m_delegation->setPlaceholderText(tr("optional: acme.example.net — the records go there, through a CNAME"));
    commonForm->addRow(tr("&Delegate to:"), m_delegation);
    dnsLayout->addLayout(commonForm);
    m_cnames = new QTreeWidget(this);
    m_cnames->setAccessibleName(tr("CNAMEs to create once"));
    m_cnames->setHeaderLabels({tr("Create once: CNAME at"), tr("pointing to")});
    m_cnames->setRootIsDecorated(false);
    m_cnames->setUniformRowHeights(true);
    m_cnames->header()->setStretchLastSection(true);
    m_cnames->setColumnWidth(0, fontMetrics().horizontalAdvance(QStringLiteral("_acme-challenge.www.example.com.")) + 24);
    m_cnames->setMaximumHeight(fontMetrics().height() * 6);
    m_copyCnames = new QPushButton(tr("Co&py CNAMEs"), this);
    m_copyCnames->setAutoDefault(false);
    m_copyCnames->setToolTip(tr("Copy the CNAME records as zone file lines"));
    dnsLayout->addWidget(m_cnames);
    dnsLayout->addWidget(m_copyCnames, 0, Qt::AlignRight);
    m_dnsBox = indented(this, indent, dnsLayout);

    m_wildcardNote = new QLabel(this);
    m_wildcardNote->setWordWrap(true);

    body()->addWidget(m_http);
    body()->addWidget(m_httpBox);
    body()->addSpacing(4);
    body()->addWidget(m_dns);
    body()->addWidget(m_dnsBox);
    body()->addWidget(m_wildcardNote);
    m_http->setChecked(true);

    for (QRadioButton *b : {m_http, m_dns, m_responder, m_webroot, m_manual, m_rfc2136})
        connect(b, &QRadioButton::toggled, this, &AcmeValidationPage::update);
    for (QLineEdit *e : {m_listen, m_webrootPath, m_server, m_zone, m_resolver, m_delegation})
        connect(e, &QLineEdit::textChanged, this, &AcmeValidationPage::update);
    connect(m_webrootBrowse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Web Root Folder"),
                                                              m_webrootPath->text().isEmpty() ? QDir::homePath() : m_webrootPath->text());
        if (!dir.isEmpty())
            m_webrootPath->setText(QDir::toNativeSeparators(dir));
    });
    connect(tsigBrowse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("TSIG Key File"), QDir::homePath(),
                                                          tr("Key files (*.key *.conf);;All files (*)"));
        if (!path.isEmpty())
            setTsigKeyFile(path);
    });
    connect(m_copyCnames, &QPushButton::clicked, this, [this] {
        QStringList lines;
        for (const auto &[from, to] : delegationCnames())
            lines << QStringLiteral("%1 CNAME %2").arg(from, to);
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });
    setCheck([this] { return check(); });
    update();
}

void AcmeValidationPage::initializePage() { update(); }

void AcmeValidationPage::setTsigKeyFile(const QString &path)
{
    m_tsigPath->setText(QDir::toNativeSeparators(path));
    m_tsig.reset();
    m_tsigProblem.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024) {
        m_tsigProblem = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    } else if (auto key = core::parseTsigKey(file.readAll()); !key) {
        m_tsigProblem = tr("%1: %2").arg(QFileInfo(path).fileName(), key.error().message);
    } else {
        m_tsig = *key;
    }
    update();
}

bool AcmeValidationPage::hasWildcard() const
{
    for (const QString &n : m_names())
        if (n.startsWith(QLatin1String("*.")))
            return true;
    return false;
}

QList<std::pair<QString, QString>> AcmeValidationPage::delegationCnames() const
{
    QList<std::pair<QString, QString>> out;
    const QString zone = m_delegation->text().trimmed();
    if (zone.isEmpty() || !m_dns->isChecked())
        return out;
    QStringList seen;
    for (const QString &n : m_names()) {
        const QString base = withoutWildcard(n);
        if (seen.contains(base))
            continue; // example.com and *.example.com share one record name
        seen << base;
        out << core::DnsSolver::delegationCname(base, zone);
    }
    return out;
}

core::AcmeValidation AcmeValidationPage::validation() const
{
    core::AcmeValidation v;
    if (m_http->isChecked()) {
        v.method = QStringLiteral("HTTP");
        if (m_responder->isChecked())
            v.httpListen = m_listen->text().trimmed();
        else
            v.webroot = QDir::fromNativeSeparators(m_webrootPath->text().trimmed());
        return v;
    }
    v.method = QStringLiteral("DNS");
    if (m_rfc2136->isChecked()) {
        v.dnsUpdate = m_server->text().trimmed();
        v.tsig = m_tsig;
        v.dnsZone = m_zone->text().trimmed();
    }
    v.dnsResolver = m_resolver->text().trimmed();
    v.delegationZone = m_delegation->text().trimmed();
    return v;
}

void AcmeValidationPage::update()
{
    const bool http = m_http->isChecked();
    // Only the chosen method's settings show: the page stays short enough for the wizard.
    m_httpBox->setVisible(http);
    m_dnsBox->setVisible(!http);
    m_listen->setEnabled(http && m_responder->isChecked());
    m_webrootPath->setEnabled(http && m_webroot->isChecked());
    m_webrootBrowse->setEnabled(http && m_webroot->isChecked());
    m_updateBox->setVisible(!http && m_rfc2136->isChecked());
    if (!m_tsigProblem.isEmpty())
        m_tsigInfo->setText(m_tsigProblem);
    else if (m_tsig)
        m_tsigInfo->setText(tr("Key %1 (%2)").arg(m_tsig->name, m_tsig->algorithm));
    else
        m_tsigInfo->setText(tr("No key chosen."));

    const QList<std::pair<QString, QString>> cnames = delegationCnames();
    m_cnames->clear();
    for (const auto &[from, to] : cnames)
        new QTreeWidgetItem(m_cnames, {from, to});
    m_cnames->setVisible(!cnames.isEmpty());
    m_copyCnames->setVisible(!cnames.isEmpty());

    if (hasWildcard()) {
        m_wildcardNote->setText(tr("A wildcard name can only be validated over DNS."));
        m_wildcardNote->setVisible(true);
    } else {
        m_wildcardNote->setVisible(false);
    }
    m_wildcardNote->setForegroundRole(http ? QPalette::WindowText : QPalette::PlaceholderText);
    recheck();
}

ValidatedPage::Problem AcmeValidationPage::check() const
{
    if (m_http->isChecked() && hasWildcard())
        return {tr("The names include a wildcard: choose DNS validation."), true};
    if (m_http->isChecked() && m_webroot->isChecked() && m_webrootPath->text().trimmed().isEmpty())
        return {tr("Choose the web root folder."), false};
    if (m_dns->isChecked() && m_rfc2136->isChecked()) {
        if (m_server->text().trimmed().isEmpty())
            return {tr("Enter the DNS server that takes the updates (HOST:PORT)."), false};
        if (!m_tsigProblem.isEmpty())
            return {m_tsigProblem, true};
        if (!m_tsig)
            return {tr("Choose the TSIG key file for the updates."), false};
    }
    if (auto ok = validation().check(); !ok)
        return {ok.error().message, true};
    return {};
}

} // namespace certdesk::ui
