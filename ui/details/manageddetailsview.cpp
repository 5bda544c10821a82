#include "details/manageddetailsview.h"

#include "dialogs/dialogcolors.h"
#include "models/labels.h"
#include "models/managedcertificatesmodel.h"
#include "uiresources.h"

#include <QAction>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace certdesk::ui {

namespace {

QString day(const QDateTime &t) { return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd")) : QString(); }
QString minute(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString();
}

QString readable(const QString &ascii)
{
    const QString unicode = QUrl::fromAce(ascii.toLatin1());
    return unicode.isEmpty() ? ascii : unicode;
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

ManagedDetailsView::ManagedDetailsView(const Actions &actions, QWidget *parent)
    : QWidget(parent)
    , m_actions(actions)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(6);
    auto *header = new QHBoxLayout;
    header->setSpacing(10);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    header->addWidget(m_title, 1);
    header->addWidget(m_status, 0, Qt::AlignBottom);
    layout->addLayout(header);
    m_subtitle = new QLabel(this);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setWordWrap(true);
    layout->addWidget(m_subtitle);

    // The actions, as buttons (the page's actions: enabled and shown as they are), two by two so
    // the panel stays narrow.
    m_buttons = new QWidget(this);
    auto *buttons = new QGridLayout(m_buttons);
    buttons->setContentsMargins(0, 2, 0, 2);
    buttons->setHorizontalSpacing(6);
    buttons->setVerticalSpacing(4);
    const auto button = [this](QAction *a) {
        auto *b = new QToolButton(m_buttons);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        // Deactivate and Reactivate share a place: the one whose action shows.
        b->setVisible(a->isVisible());
        connect(a, &QAction::changed, b, [a, b] { b->setVisible(a->isVisible()); });
        return b;
    };
    if (m_actions.renew)
        buttons->addWidget(button(m_actions.renew), 0, 0);
    if (m_actions.settings)
        buttons->addWidget(button(m_actions.settings), 0, 1);
    if (m_actions.deactivate)
        buttons->addWidget(button(m_actions.deactivate), 1, 0);
    if (m_actions.reactivate)
        buttons->addWidget(button(m_actions.reactivate), 1, 0);
    m_showCertificate = new QPushButton(svgIcon(QStringLiteral("details")), tr("Show &Certificate"), m_buttons);
    m_showCertificate->setToolTip(tr("Show the current certificate on the Certificates page"));
    buttons->addWidget(m_showCertificate, 1, 1);
    if (m_actions.acmeRevoke)
        buttons->addWidget(button(m_actions.acmeRevoke), 2, 0);
    buttons->setColumnStretch(2, 1);
    layout->addWidget(m_buttons);
    connect(m_showCertificate, &QPushButton::clicked, this, [this] {
        if (m_certificateId)
            Q_EMIT showCertificateRequested(*m_certificateId);
    });

    m_form = new QFormLayout;
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form->setHorizontalSpacing(12);
    m_form->setVerticalSpacing(5);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow); // long values wrap at the panel's edge
    layout->addSpacing(4);
    layout->addLayout(m_form);

    // Validation: how the CA made sure of the names; for an external CA the CSR to take there.
    m_validationBox = new QWidget(this);
    auto *validation = new QVBoxLayout(m_validationBox);
    validation->setContentsMargins(0, 6, 0, 0);
    validation->setSpacing(4);
    validation->addWidget(sectionTitle(tr("Validation"), m_validationBox));
    m_validation = new QLabel(m_validationBox);
    m_validation->setWordWrap(true);
    validation->addWidget(m_validation);
    m_csr = new QPlainTextEdit(m_validationBox);
    m_csr->setReadOnly(true);
    m_csr->setAccessibleName(tr("Certificate signing request"));
    m_csr->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_csr->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_csr->setMaximumHeight(fontMetrics().height() * 8);
    validation->addWidget(m_csr);
    m_saveCsr = new QPushButton(svgIcon(QStringLiteral("export")), tr("&Save CSR…"), m_validationBox);
    if (m_actions.saveCsr) {
        m_saveCsr->setToolTip(m_actions.saveCsr->toolTip());
        connect(m_saveCsr, &QPushButton::clicked, m_actions.saveCsr, &QAction::trigger);
    }
    validation->addWidget(m_saveCsr, 0, Qt::AlignLeft);
    layout->addWidget(m_validationBox);

    m_historyTitle = sectionTitle(tr("History"), this);
    layout->addSpacing(6);
    layout->addWidget(m_historyTitle);
    m_history = new QTreeWidget(this);
    m_history->setAccessibleName(tr("History"));
    m_history->setHeaderLabels({tr("When (UTC)"), tr("What"), tr("Detail")});
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->setWordWrap(false);
    m_history->header()->setStretchLastSection(true);
    m_history->setColumnWidth(0, fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31 23:59")) + 16);
    m_history->setColumnWidth(1, fontMetrics().horizontalAdvance(QStringLiteral("Renewal failed")) + 16);
    m_history->setMinimumHeight(fontMetrics().height() * 6);
    layout->addWidget(m_history, 1);
    showEmpty(tr("Select a request to see its details."));
}

void ManagedDetailsView::clearForm()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
}

void ManagedDetailsView::addField(const QString &label, const QString &value, const QColor &colour, bool wrap)
{
    auto *field = new QLabel(value, this);
    field->setTextFormat(Qt::PlainText);
    field->setWordWrap(wrap); // short values stay on their line (lines are broken where they must be)
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    field->setProperty("fieldLabel", label);
    if (colour.isValid())
        field->setStyleSheet(dialogcolors::css(colour));
    auto *name = new QLabel(label, this);
    name->setForegroundRole(QPalette::PlaceholderText);
    name->setAlignment(Qt::AlignRight | Qt::AlignTop); // beside the first line of a longer value
    m_form->addRow(name, field);
}

QString ManagedDetailsView::value(const QString &label) const
{
    for (int row = 0; row < m_form->rowCount(); ++row) {
        QLayoutItem *item = m_form->itemAt(row, QFormLayout::FieldRole);
        auto *field = item ? qobject_cast<QLabel *>(item->widget()) : nullptr;
        if (field && field->property("fieldLabel").toString() == label)
            return field->text();
    }
    return {};
}

QString ManagedDetailsView::title() const { return m_title->text(); }

void ManagedDetailsView::showEmpty(const QString &message)
{
    m_id = 0;
    m_certificateId.reset();
    clearForm();
    m_title->setText(message);
    QFont f = m_title->font();
    f.setBold(false);
    m_title->setFont(f);
    m_status->clear();
    m_subtitle->clear();
    m_buttons->hide();
    m_validationBox->hide();
    m_historyTitle->hide();
    m_history->hide();
}

void ManagedDetailsView::showManaged(const core::ManagedCertificate &m, const QList<core::ManagedHistoryEntry> &history,
                                     const QByteArray &csrPem)
{
    m_id = m.id;
    m_certificateId = m.certificateId;
    const QPalette &pal = palette();
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_title->setText(readable(m.domainName));
    m_status->setText(Labels::managedStatus(m.status));
    m_status->setStyleSheet(dialogcolors::css(ManagedCertificatesModel::statusColor(m.status, pal)));
    m_subtitle->setText(tr("%1 · requested %2").arg(m.ref(), day(m.requestedAt.isValid() ? m.requestedAt : m.createdAt)));
    m_buttons->show();
    m_showCertificate->setEnabled(m.certificateId.has_value());

    clearForm();
    if (m.status == core::ManagedStatus::Failed && !m.failureReason.isEmpty())
        addField(tr("Failure"), m.failureReason, dialogcolors::error(pal), true);
    QStringList names;
    for (const QString &n : m.additionalNames)
        names << (readable(n) == n ? n : tr("%1 (%2)").arg(readable(n), n));
    if (readable(m.domainName) != m.domainName)
        addField(tr("In the certificate"), m.domainName);
    addField(tr("Additional names"), names.isEmpty() ? QStringLiteral("—") : names.join(QLatin1Char('\n')));
    addField(tr("Key"), Labels::keyAlgorithm(m.keyAlgorithm));
    QString issuer = Labels::issuerKind(core::issuerKindName(m.issuerKind));
    if (m.issuerKind == core::IssuerKind::PrivateCa)
        issuer = tr("%1\ntemplate %2, %3").arg(m.issuer, Labels::templateName(m.templateName), m.validity);
    else if (m.issuerKind == core::IssuerKind::Acme)
        issuer = tr("ACME account %1").arg(m.issuer);
    addField(tr("Issuer"), issuer);
    if (m.notAfter.isValid())
        addField(tr("Valid"), tr("%1 to %2").arg(day(m.notBefore), day(m.notAfter)));
    if (!m.renewalStatus.isEmpty())
        addField(tr("Renewal"),
                 Labels::renewalStatus(m.renewalStatus)
                     + (m.renewalUpdatedAt.isValid() ? tr(" (%1)").arg(minute(m.renewalUpdatedAt)) : QString()),
                 ManagedCertificatesModel::renewalColor(m.renewalStatus, pal));
    if (!m.renewalReason.isEmpty())
        addField(tr("Renewal reason"), m.renewalReason,
                 m.renewalStatus == core::RenewalStatus::Failed ? dialogcolors::error(pal) : QColor(), true);
    if (m.status == core::ManagedStatus::Inactive)
        addField(tr("Renews"), tr("never: it is inactive"));
    else if (m.nextAttemptAt.isValid() && m.failedAttempts > 0)
        addField(tr("Renews"), tr("next attempt %1 (%n failed in a row)", nullptr, m.failedAttempts).arg(minute(m.nextAttemptAt)));
    else if (m.renewAt.isValid())
        addField(tr("Renews"), tr("from %1").arg(day(m.renewAt)));
    if (m.ariWindowStart.isValid() && m.ariWindowEnd.isValid())
        addField(tr("CA's window"), tr("renew between %1 and %2 (suggested by the CA)").arg(minute(m.ariWindowStart), minute(m.ariWindowEnd)),
                 {}, true);
    if (!m.preflightProblem.isEmpty())
        addField(tr("Pre-flight"),
                 m.preflightAt.isValid() ? tr("%1 (checked %2)").arg(m.preflightProblem, minute(m.preflightAt)) : m.preflightProblem,
                 dialogcolors::warning(pal), true);
    addField(tr("Renewal eligibility"), Labels::renewalEligibility(m.renewalEligibility));
    QStringList settings;
    settings << (m.renewBeforeDays ? tr("%n days before expiry", nullptr, *m.renewBeforeDays) : tr("automatic window"));
    settings << (m.reuseKey ? tr("same key") : tr("new key each time"));
    settings << (m.exportAllowed ? tr("key export allowed") : tr("key export not allowed"));
    addField(tr("Settings"), settings.join(QLatin1Char('\n')));
    QStringList tags;
    for (const core::Tag &t : m.tags)
        tags << (t.second.isEmpty() ? t.first : QStringLiteral("%1=%2").arg(t.first, t.second));
    if (!tags.isEmpty())
        addField(tr("Tags"), tags.join(QStringLiteral(", ")), {}, true);

    m_validationBox->show();
    switch (m.issuerKind) {
    case core::IssuerKind::PrivateCa:
        m_validation->setText(tr("Validated by the private CA %1 when it signs: no domain validation is needed for "
                                 "your own CA.")
                                  .arg(m.issuer));
        break;
    case core::IssuerKind::Acme:
        m_validation->setText(m.manualValidation
                                  ? tr("%1.\nThe DNS records are made by hand, so it does not renew by itself. Renewing "
                                       "needs you: press Renew Now and create the DNS records it shows.")
                                        .arg(m.validationDetail)
                                  : m.validationDetail.isEmpty() ? tr("Validated by the ACME CA (%1).").arg(m.validationMethod)
                                                                 : tr("%1.").arg(m.validationDetail));
        break;
    case core::IssuerKind::External:
        m_validation->setText(!csrPem.isEmpty()
                                  ? tr("Waiting for the certificate. Take this CSR to the CA; import the certificate "
                                       "it returns and certdesk matches it to this request by its public key.")
                                  : tr("The external CA's certificate was imported and matched by its public key."));
        break;
    }
    m_csr->setPlainText(QString::fromLatin1(csrPem));
    m_csr->moveCursor(QTextCursor::Start);
    m_csr->setVisible(!csrPem.isEmpty());
    m_saveCsr->setVisible(!csrPem.isEmpty());
    m_saveCsr->setEnabled(m_actions.saveCsr && m_actions.saveCsr->isEnabled());

    m_history->clear();
    for (const core::ManagedHistoryEntry &h : history) {
        QString detail = h.detail;
        if (!h.serial.isEmpty())
            detail = detail.isEmpty() ? tr("serial %1").arg(h.serial) : tr("serial %1 · %2").arg(h.serial, detail);
        const QString what = Labels::managedAction(h.action);
        auto *item = new QTreeWidgetItem(m_history, {h.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")), what, detail});
        item->setToolTip(1, what);
        item->setToolTip(2, detail);
        if (h.action.endsWith(QLatin1String("FAILED")))
            item->setForeground(1, dialogcolors::error(pal));
    }
    m_historyTitle->show();
    m_history->show();
}

} // namespace certdesk::ui
