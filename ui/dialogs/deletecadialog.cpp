#include "dialogs/deletecadialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace certdesk::ui {

DeleteCaDialog::DeleteCaDialog(const QString &name, qint64 issued, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Delete CA"));
    auto *layout = new QVBoxLayout(this);
    auto *headline = new QLabel(tr("Delete the CA %1?").arg(name), this);
    headline->setTextFormat(Qt::PlainText);
    QFont bold = headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    headline->setFont(bold);
    layout->addWidget(headline);
    auto *text = new QLabel(tr("It is disabled and stops signing CRLs now. Until the restore window ends it can be "
                               "restored (disabled); then it is purged and its private key destroyed.")
                                + QLatin1Char(' ')
                                + (issued == 1 ? tr("The certificate it issued stays in the inventory.")
                                               : tr("The %n certificates it issued stay in the inventory.", nullptr, int(issued))),
                            this);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *form = new QFormLayout;
    m_days = new QSpinBox(this);
    m_days->setRange(kMinDays, kMaxDays);
    m_days->setValue(kMaxDays);
    m_days->setSuffix(tr(" days"));
    m_days->setAccessibleName(tr("Restore window"));
    form->addRow(tr("&Restore window:"), m_days);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_delete = buttons->addButton(tr("&Delete"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel))
        cancel->setDefault(true);
    m_days->setFocus();
}

int DeleteCaDialog::restoreDays() const { return m_days->value(); }

} // namespace certdesk::ui
