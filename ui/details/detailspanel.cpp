#include "details/detailspanel.h"

#include "details/chainview.h"
#include "details/inuseview.h"
#include "details/lifetimebar.h"
#include "models/certificatetablemodel.h"
#include "models/deploylabels.h"
#include "models/labels.h"
#include "uiresources.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace certdesk::ui {

namespace {

QString dateText(const QDateTime &t) { return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")); }

QString kindLabel(core::GeneralName::Kind kind)
{
    using K = core::GeneralName::Kind;
    switch (kind) {
    case K::Dns:
        return DetailsPanel::tr("DNS name");
    case K::Ip:
        return DetailsPanel::tr("IP address");
    case K::Email:
        return DetailsPanel::tr("Email");
    case K::Uri:
        return DetailsPanel::tr("URI");
    case K::DirectoryName:
        return DetailsPanel::tr("Directory name");
    case K::RegisteredId:
        return DetailsPanel::tr("Registered ID");
    case K::OtherName:
        return DetailsPanel::tr("Other name");
    case K::Unknown:
        break;
    }
    return DetailsPanel::tr("Unknown");
}

QTreeWidget *makeTree(const QStringList &headers, const QString &accessibleName, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setAccessibleName(accessibleName);
    tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    tree->header()->setStretchLastSection(true);
    return tree;
}

} // namespace

DetailsPanel::DetailsPanel(core::Inventory &inventory, QWidget *parent)
    : QWidget(parent)
    , m_inventory(inventory)
    , m_thresholdDays(CertificateTableModel::kDefaultNotificationDays)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Certificate details"));
    m_tabs->tabBar()->setAccessibleName(tr("Certificate details"));
    layout->addWidget(m_tabs);

    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Overview"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_overview = new QWidget(scroll);
    auto *overviewLayout = new QVBoxLayout(m_overview);
    overviewLayout->setContentsMargins(14, 10, 14, 10);
    m_title = new QLabel(m_overview);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(m_overview);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    overviewLayout->addWidget(m_title);
    overviewLayout->addWidget(m_subtitle);
    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(18);
    m_grid->setVerticalSpacing(5);
    m_grid->setColumnStretch(1, 1);
    overviewLayout->addLayout(m_grid);
    overviewLayout->addStretch(1);
    scroll->setWidget(m_overview);
    m_tabs->addTab(scroll, tr("Overview"));

    m_names = makeTree({tr("Kind"), tr("Name")}, tr("Subject alternative names"), this);
    m_tabs->addTab(m_names, tr("Names"));

    m_chain = new ChainView(inventory.path(), inventory.clock(), this);
    connect(m_chain, &ChainView::loaded, this, &DetailsPanel::chainLoaded);
    m_tabs->addTab(m_chain, tr("Chain"));

    m_extensions = makeTree({tr("Extension"), tr("OID"), tr("Critical"), tr("Value")}, tr("Extensions"), this);
    m_extensions->setWordWrap(true);
    m_extensions->setUniformRowHeights(false);
    m_tabs->addTab(m_extensions, tr("Extensions"));

    auto *pemPage = new QWidget(this);
    auto *pemLayout = new QVBoxLayout(pemPage);
    pemLayout->setContentsMargins(8, 8, 8, 8);
    m_pem = new QPlainTextEdit(pemPage);
    m_pem->setReadOnly(true);
    m_pem->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_pem->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_pem->setAccessibleName(tr("PEM"));
    auto *copy = new QPushButton(tr("&Copy PEM"), pemPage);
    copy->setIcon(svgIcon(QStringLiteral("copy")));
    copy->setToolTip(tr("Copy the certificate in PEM to the clipboard"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_pem->toPlainText()); });
    auto *pemButtons = new QHBoxLayout;
    pemButtons->addStretch(1);
    pemButtons->addWidget(copy);
    pemLayout->addWidget(m_pem, 1);
    pemLayout->addLayout(pemButtons);
    m_tabs->addTab(pemPage, tr("PEM"));

    m_inUse = new InUseView(inventory.path(), inventory.clock(), this);
    connect(m_inUse, &InUseView::deployRequested, this, &DetailsPanel::deployRequested);
    connect(m_inUse, &InUseView::deploymentActivated, this, &DetailsPanel::deploymentActivated);
    connect(m_inUse, &InUseView::loaded, this, [this] {
        if (m_inUseValue && m_inUse->certificateId() == m_id)
            m_inUseValue->setText(InUseView::describe(m_inUse->inUse()));
        Q_EMIT inUseLoaded();
    });
    m_tabs->addTab(m_inUse, tr("Deployments"));

    m_history = makeTree({tr("Time"), tr("Event"), tr("Detail"), tr("By")}, tr("History"), this);
    m_tabs->addTab(m_history, tr("History"));

    showEmpty(tr("Select a certificate to see its details."));
}

void DetailsPanel::setNotificationThresholdDays(int days)
{
    m_thresholdDays = days;
    if (m_id != 0)
        showCertificate(m_id);
}

void DetailsPanel::addRow(const QString &label, const QString &value, bool monospace)
{
    const int row = m_grid->rowCount();
    auto *name = new QLabel(label, m_overview);
    name->setForegroundRole(QPalette::PlaceholderText);
    name->setAlignment(Qt::AlignRight | Qt::AlignTop);
    auto *text = new QLabel(value.isEmpty() ? QStringLiteral("—") : value, m_overview);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    if (monospace)
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    name->setBuddy(text);
    m_grid->addWidget(name, row, 0);
    m_grid->addWidget(text, row, 1);
}

QString DetailsPanel::overviewValue(const QString &label) const
{
    for (int row = 0; row < m_grid->rowCount(); ++row) {
        auto *name = m_grid->itemAtPosition(row, 0) ? qobject_cast<QLabel *>(m_grid->itemAtPosition(row, 0)->widget()) : nullptr;
        if (name && name->text() == label) {
            auto *value = qobject_cast<QLabel *>(m_grid->itemAtPosition(row, 1)->widget());
            return value ? value->text() : QString();
        }
    }
    return {};
}

void DetailsPanel::showEmpty(const QString &message)
{
    m_id = 0;
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_lifetime = nullptr;
    m_inUseValue = nullptr;
    m_inUse->clear();
    m_title->setText(message);
    m_subtitle->clear();
    m_names->clear();
    m_extensions->clear();
    m_pem->clear();
    m_history->clear();
    m_chain->clear();
}

void DetailsPanel::showCertificate(qint64 id)
{
    if (id == 0) {
        showEmpty(tr("Select a certificate to see its details."));
        return;
    }
    auto rec = m_inventory.record(id);
    if (!rec) {
        showEmpty(tr("Cannot show the certificate: %1").arg(rec.error().message));
        return;
    }
    showEmpty({});
    m_id = id;
    const core::CertificateSummary &s = rec->summary;
    const core::Certificate &c = rec->certificate;
    const QDateTime now = m_inventory.clock().now();
    const qint64 days = CertificateTableModel::daysLeft(s.notAfter, now);
    const auto health = CertificateTableModel::healthOf(s, now, m_thresholdDays);

    // Overview: the fields of ACM's DescribeCertificate, in its order where it has them.
    m_title->setText(s.domainName.isEmpty() ? s.subject : s.domainName);
    QString daysText = days < 0 ? tr("expired %n days ago", nullptr, int(-days)) : tr("%n days left", nullptr, int(days));
    m_subtitle->setText(QStringLiteral("%1 · %2 · %3").arg(Labels::status(s.status), Labels::type(s.type), daysText));
    QString status = Labels::status(s.status);
    if (rec->revokedAt.isValid())
        status = rec->revocationReason.isEmpty()
            ? tr("%1 (revoked %2)").arg(status, dateText(rec->revokedAt))
            : tr("%1 (revoked %2, %3)").arg(status, dateText(rec->revokedAt), rec->revocationReason);
    addRow(tr("Status"), status);
    addRow(tr("Type"), Labels::type(s.type));
    addRow(tr("Domain name"), s.domainName);
    QStringList names;
    for (const core::GeneralName &n : c.subjectAlternativeNames())
        names << n.value;
    addRow(tr("Additional names"), names.join(QStringLiteral(", ")));

    const int row = m_grid->rowCount();
    auto *validityName = new QLabel(tr("Validity"), m_overview);
    validityName->setForegroundRole(QPalette::PlaceholderText);
    validityName->setAlignment(Qt::AlignRight | Qt::AlignTop);
    auto *validity = new QWidget(m_overview);
    auto *validityLayout = new QVBoxLayout(validity);
    validityLayout->setContentsMargins(0, 0, 0, 0);
    validityLayout->setSpacing(4);
    auto *period = new QLabel(tr("%1  →  %2").arg(dateText(s.notBefore), dateText(s.notAfter)), validity);
    period->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lifetime = new LifetimeBar(validity);
    m_lifetime->setPeriod(s.notBefore, s.notAfter, now);
    m_lifetime->setColor(CertificateTableModel::accentColor(health, palette()));
    m_lifetime->setMaximumWidth(360);
    const int percent = qRound(m_lifetime->elapsedFraction() * 100);
    m_lifetimeText = new QLabel(tr("%1% of the lifetime elapsed · %2").arg(percent).arg(daysText), validity);
    m_lifetimeText->setForegroundRole(QPalette::PlaceholderText);
    validityLayout->addWidget(period);
    validityLayout->addWidget(m_lifetime);
    validityLayout->addWidget(m_lifetimeText);
    m_grid->addWidget(validityName, row, 0);
    m_grid->addWidget(validity, row, 1);

    addRow(tr("Key algorithm"), Labels::keyAlgorithm(s.keyAlgorithm) + QStringLiteral(" (%1)").arg(s.keyAlgorithm));
    addRow(tr("Signature algorithm"), c.signatureAlgorithm());
    const QString serialHex = s.serial.size() % 2 ? QLatin1Char('0') + s.serial : s.serial;
    addRow(tr("Serial number"), core::toColonHex(QByteArray::fromHex(serialHex.toLatin1())), true);
    addRow(tr("SHA-256 fingerprint"), core::toColonHex(c.sha256()), true);
    addRow(tr("SHA-1 fingerprint"), core::toColonHex(c.sha1()), true);
    addRow(tr("Issuer"), c.issuer().rfc4514);
    addRow(tr("Subject"), c.subject().rfc4514);
    addRow(tr("Key usage"), c.keyUsages().join(QStringLiteral(", ")));
    QStringList ekus;
    for (const core::ExtendedKeyUsage &e : c.extendedKeyUsages())
        ekus << (e.name == QLatin1String("CUSTOM") ? e.oid : e.name);
    addRow(tr("Extended key usage"), ekus.join(QStringLiteral(", ")));
    QStringList tags;
    for (const core::Tag &t : rec->tags)
        tags << t.first + QLatin1Char('=') + t.second;
    addRow(tr("Tags"), tags.join(QStringLiteral(", ")));
    addRow(tr("Private key"), s.hasPrivateKey ? tr("Yes, encrypted in the inventory") : tr("No"));
    // The counts now (one indexed query), the places when the Deployments tab has read them.
    QString inUse;
    if (const auto extras = m_inventory.summaryExtras({id}, 0); extras && extras->contains(id)) {
        const core::SummaryExtras e = extras->value(id);
        inUse = e.inUse() == 0 ? tr("Not in use as far as certdesk knows")
                               : DeployLabels::inUse(e.deployments, e.endpoints, e.fileLocations);
    }
    addRow(tr("In use by"), inUse);
    m_inUseValue = qobject_cast<QLabel *>(m_grid->itemAtPosition(m_grid->rowCount() - 1, 1)->widget());
    addRow(tr("Imported"), dateText(rec->importedAt));

    for (const core::GeneralName &n : c.subjectAlternativeNames())
        new QTreeWidgetItem(m_names, {kindLabel(n.kind), n.value});
    m_names->resizeColumnToContents(0);

    for (const core::Extension &e : c.extensions()) {
        QString name = e.name.isEmpty() ? e.oid : e.name;
        if (name.startsWith(QLatin1String("X509v3 ")))
            name = name.mid(7); // OpenSSL's long names carry the version; the OID column says enough
        auto *item = new QTreeWidgetItem(m_extensions, {name, e.oid,
                                                        e.critical ? tr("Critical") : QString(),
                                                        core::describeExtension(e).trimmed()});
        item->setToolTip(3, item->text(3));
    }
    m_extensions->resizeColumnToContents(0);
    m_extensions->resizeColumnToContents(1);
    m_extensions->resizeColumnToContents(2);

    m_pem->setPlainText(QString::fromLatin1(c.toPem()));

    if (auto events = m_inventory.events(id, 500); events) {
        for (const core::Event &e : *events) {
            new QTreeWidgetItem(m_history, {e.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                            Labels::eventKind(e.kind), e.detail, e.actor});
        }
        m_history->resizeColumnToContents(0);
        m_history->resizeColumnToContents(1);
    }

    m_chain->showChain(id);
    m_inUse->showCertificate(id);
}

} // namespace certdesk::ui
