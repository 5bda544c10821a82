#include "widgets/renewalsettingsfields.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace certdesk::ui {

namespace {

QLabel *note(const QString &text, QWidget *parent, int indent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setContentsMargins(indent, 0, 0, 4);
    return label;
}

} // namespace

RenewalSettingsFields::RenewalSettingsFields(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, this)
        + style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing, nullptr, this);

    auto *group = new QButtonGroup(this);
    m_automatic = new QRadioButton(tr("&Automatically"), this);
    m_automatic->setChecked(true);
    group->addButton(m_automatic);
    layout->addWidget(m_automatic);
    layout->addWidget(note(tr("When at most 60 days or a third of the lifetime is left, whichever is less (a 90-day "
                              "certificate 30 days before it expires)."),
                           this, indent));
    auto *fixedRow = new QHBoxLayout;
    m_fixed = new QRadioButton(tr("&Days before expiry:"), this);
    group->addButton(m_fixed);
    m_days = new QSpinBox(this);
    m_days->setRange(1, 3650);
    m_days->setValue(30);
    m_days->setSuffix(tr(" days"));
    m_days->setAccessibleName(tr("Days before expiry"));
    m_days->setEnabled(false);
    fixedRow->setSpacing(8);
    fixedRow->addWidget(m_fixed);
    fixedRow->addWidget(m_days);
    fixedRow->addStretch(1);
    layout->addLayout(fixedRow);
    layout->addSpacing(6);

    m_reuseKey = new QCheckBox(tr("Re&use the key when renewing"), this);
    layout->addWidget(m_reuseKey);
    layout->addWidget(note(tr("Off (recommended): a new key pair each time. On: for servers that pin the key."),
                           this, indent));
    m_export = new QCheckBox(tr("Allow e&xporting the private key"), this);
    m_export->setChecked(true);
    layout->addWidget(m_export);
    layout->addWidget(note(tr("Off: the private key never leaves the inventory's key store."), this, indent));

    connect(m_fixed, &QRadioButton::toggled, m_days, &QWidget::setEnabled);
    for (QAbstractButton *b : {static_cast<QAbstractButton *>(m_automatic), static_cast<QAbstractButton *>(m_fixed),
                               static_cast<QAbstractButton *>(m_reuseKey), static_cast<QAbstractButton *>(m_export)})
        connect(b, &QAbstractButton::toggled, this, &RenewalSettingsFields::changed);
    connect(m_days, &QSpinBox::valueChanged, this, &RenewalSettingsFields::changed);
}

core::ManagedCertificates::Settings RenewalSettingsFields::settings() const
{
    core::ManagedCertificates::Settings s;
    if (m_fixed->isChecked())
        s.renewBeforeDays = m_days->value();
    s.reuseKey = m_reuseKey->isChecked();
    s.exportAllowed = m_export->isChecked();
    return s;
}

void RenewalSettingsFields::setSettings(const core::ManagedCertificates::Settings &settings)
{
    if (settings.renewBeforeDays) {
        m_fixed->setChecked(true);
        m_days->setValue(*settings.renewBeforeDays);
    } else {
        m_automatic->setChecked(true);
    }
    m_reuseKey->setChecked(settings.reuseKey);
    m_export->setChecked(settings.exportAllowed);
}

} // namespace certdesk::ui
