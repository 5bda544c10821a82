#include "dialogs/revokedialog.h"

#include "ca/certificateauthority.h"
#include "dialogs/dialogcolors.h"
#include "models/labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace certdesk::ui {

RevokeDialog::RevokeDialog(const QString &name, const QString &detail, const QDateTime &now, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Revoke Certificate"));
    auto *layout = new QVBoxLayout(this);
    auto *headline = new QLabel(tr("Revoke %1").arg(name), this);
    headline->setTextFormat(Qt::PlainText);
    QFont bold = headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    headline->setFont(bold);
    layout->addWidget(headline);
    auto *subline = new QLabel(detail, this);
    subline->setTextFormat(Qt::PlainText);
    subline->setForegroundRole(QPalette::PlaceholderText);
    subline->setWordWrap(true);
    layout->addWidget(subline);
    layout->addSpacing(6);

    auto *form = new QFormLayout;
    m_reason = new QComboBox(this);
    m_reason->setAccessibleName(tr("Revocation reason"));
    for (const QString &r : core::revocationReasons()) {
        if (r == QLatin1String("removeFromCRL"))
            continue; // releases a hold: its own action
        m_reason->addItem(Labels::revocationReason(r), r);
    }
    form->addRow(tr("&Reason:"), m_reason);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_note);
    m_since = new QCheckBox(tr("&Key not trusted since:"), this);
    m_sinceEdit = new QDateTimeEdit(now.toUTC(), this);
    m_sinceEdit->setTimeSpec(Qt::UTC);
    m_sinceEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    m_sinceEdit->setMaximumDateTime(now.toUTC());
    m_sinceEdit->setCalendarPopup(true);
    m_sinceEdit->setAccessibleName(tr("Invalidity date"));
    m_sinceEdit->setEnabled(false);
    auto *sinceRow = new QHBoxLayout;
    sinceRow->addWidget(m_since);
    sinceRow->addWidget(m_sinceEdit);
    sinceRow->addStretch(1);
    form->addRow(sinceRow);
    layout->addLayout(form);

    auto *warning = new QLabel(tr("Clients that check the CRL or OCSP stop trusting the certificate. The CA publishes "
                                  "a new CRL now."),
                               this);
    warning->setWordWrap(true);
    layout->addWidget(warning);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_revoke = buttons->addButton(tr("&Revoke"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // Cancel is the default: Enter must not revoke by accident.
    if (QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel)) {
        cancel->setDefault(true);
        cancel->setFocus();
    }
    connect(m_since, &QCheckBox::toggled, m_sinceEdit, &QWidget::setEnabled);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &RevokeDialog::reasonChanged);
    setReason(QStringLiteral("superseded"));
    m_reason->setFocus();
}

QString RevokeDialog::reason() const { return m_reason->currentData().toString(); }

std::optional<QDateTime> RevokeDialog::invalidityDate() const
{
    if (!m_since->isChecked())
        return std::nullopt;
    return m_sinceEdit->dateTime().toUTC();
}

void RevokeDialog::setReason(const QString &reason)
{
    const int index = m_reason->findData(reason);
    if (index >= 0)
        m_reason->setCurrentIndex(index);
    reasonChanged();
}

void RevokeDialog::reasonChanged()
{
    const QString r = reason();
    if (r == QLatin1String("certificateHold")) {
        m_note->setText(tr("Suspends the certificate; Release Hold makes it valid again."));
        m_note->setStyleSheet({});
    } else {
        m_note->setText(r == QLatin1String("keyCompromise") || r == QLatin1String("cACompromise")
                            ? tr("Final. Say since when the key may have been in other hands, if you know it.")
                            : tr("Final: a revoked certificate cannot be made valid again."));
        m_note->setStyleSheet(dialogcolors::css(dialogcolors::warning(palette())));
    }
    const bool compromise = r == QLatin1String("keyCompromise") || r == QLatin1String("cACompromise")
        || r == QLatin1String("aACompromise");
    m_since->setEnabled(compromise);
    if (!compromise)
        m_since->setChecked(false);
}

} // namespace certdesk::ui
