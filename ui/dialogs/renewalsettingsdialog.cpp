#include "dialogs/renewalsettingsdialog.h"

#include "widgets/renewalsettingsfields.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace certdesk::ui {

RenewalSettingsDialog::RenewalSettingsDialog(const core::ManagedCertificate &managed, QWidget *parent)
    : QDialog(parent)
    , m_managed(managed)
{
    const QString name = QUrl::fromAce(managed.domainName.toLatin1());
    setWindowTitle(tr("Renewal Settings of %1").arg(managed.ref()));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    auto *intro = new QLabel(tr("How <b>%1</b> (%2) renews. The changes apply from its next renewal on.")
                                 .arg(name.toHtmlEscaped(), managed.ref()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addSpacing(4);
    m_fields = new RenewalSettingsFields(this);
    m_fields->setSettings({managed.renewBeforeDays, managed.reuseKey, managed.exportAllowed, std::nullopt});
    layout->addWidget(m_fields);
    m_preview = new QLabel(this);
    m_preview->setWordWrap(true);
    layout->addWidget(m_preview);
    layout->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Save"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fields, &RenewalSettingsFields::changed, this, &RenewalSettingsDialog::updatePreview);
    updatePreview();
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

core::ManagedCertificates::Settings RenewalSettingsDialog::settings() const { return m_fields->settings(); }

void RenewalSettingsDialog::updatePreview()
{
    if (!m_managed.notBefore.isValid() || !m_managed.notAfter.isValid()) {
        m_preview->setText(tr("It renews once it has a certificate."));
        return;
    }
    const QDateTime at = core::ManagedCertificates::renewalTime(m_managed.notBefore, m_managed.notAfter,
                                                                settings().renewBeforeDays);
    m_preview->setText(tr("The current certificate expires %1; with these settings it renews from %2.")
                           .arg(m_managed.notAfter.toUTC().toString(QStringLiteral("yyyy-MM-dd")),
                                at.toUTC().toString(QStringLiteral("yyyy-MM-dd"))));
}

} // namespace certdesk::ui
