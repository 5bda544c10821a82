#include "dialogs/importprogressdialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace certdesk::ui {

ImportProgressDialog::ImportProgressDialog(Unit unit, QWidget *parent)
    : QDialog(parent)
    , m_unit(unit)
{
    setWindowTitle(tr("Importing"));
    auto *layout = new QVBoxLayout(this);
    m_headline = new QLabel(tr("Importing certificates and keys…"), this);
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_headline->setFont(bold);
    layout->addWidget(m_headline);

    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Import progress"));
    layout->addWidget(m_bar);

    auto *numbers = new QHBoxLayout;
    m_count = new QLabel(tr("Looking for files…"), this);
    m_count->setObjectName(QStringLiteral("count"));
    numbers->addWidget(m_count, 1);
    m_rate = new QLabel(this);
    m_rate->setForegroundRole(QPalette::PlaceholderText);
    m_rate->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    numbers->addWidget(m_rate);
    layout->addLayout(numbers);

    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("current"));
    m_current->setForegroundRole(QPalette::PlaceholderText);
    m_current->setTextFormat(Qt::PlainText);
    const int width = fontMetrics().horizontalAdvance(QLatin1Char('x')) * 64;
    m_current->setFixedWidth(width);
    layout->addWidget(m_current);

    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setText(tr("&Cancel"));
    connect(m_cancel, &QPushButton::clicked, this, &ImportProgressDialog::reject);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);
    m_started.start();
}

void ImportProgressDialog::setProgress(int done, int total)
{
    if (m_cancelling)
        return;
    const QLocale locale;
    m_bar->setRange(0, std::max(total, 1));
    m_bar->setValue(std::min(done, std::max(total, 1)));
    m_count->setText(m_unit == Unit::Files
                         ? tr("%1 of %Ln files", nullptr, total).arg(locale.toString(done))
                         : tr("%1 of %Ln texts", nullptr, total).arg(locale.toString(done)));
    const qint64 ms = m_started.elapsed();
    if (done > 0 && ms > 1000)
        m_rate->setText(tr("%1 per second").arg(locale.toString(qRound64(done * 1000.0 / ms))));
}

void ImportProgressDialog::setCurrentItem(const QString &name)
{
    if (m_cancelling || name.isEmpty())
        return;
    const QString shown = QFileInfo(name).fileName().isEmpty() ? name : QFileInfo(name).fileName();
    m_current->setText(m_current->fontMetrics().elidedText(shown, Qt::ElideMiddle, m_current->width()));
    m_current->setToolTip(name);
}

QString ImportProgressDialog::countText() const { return m_count->text(); }

void ImportProgressDialog::setCancelling()
{
    if (m_cancelling)
        return;
    m_cancelling = true;
    m_headline->setText(tr("Cancelling the import…"));
    m_current->setWordWrap(true);
    m_current->setToolTip({});
    m_current->setText(tr("Finishing the batch being written; what was written stays in the inventory."));
    m_cancel->setEnabled(false);
}

void ImportProgressDialog::reject()
{
    // The dialog stays until the job has really stopped: the owner closes it.
    if (m_cancelling)
        return;
    setCancelling();
    Q_EMIT cancelRequested();
}

} // namespace certdesk::ui
