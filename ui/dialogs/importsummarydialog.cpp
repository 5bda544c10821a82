#include "dialogs/importsummarydialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStyle>
#include <QVBoxLayout>

namespace certdesk::ui {

ImportSummaryDialog::ImportSummaryDialog(const core::ImportReport &report, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(report.cancelled ? tr("Import Cancelled") : tr("Import Finished"));
    auto *layout = new QVBoxLayout(this);

    auto *header = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const bool problems = report.failed() > 0;
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()
                        ->standardIcon(problems ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation,
                                       nullptr, this)
                        .pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);
    header->addWidget(icon);
    auto *headline = new QLabel(oneLine(report), this);
    headline->setWordWrap(true);
    QFont bold = headline->font();
    bold.setBold(true);
    headline->setFont(bold);
    header->addWidget(headline, 1);
    layout->addLayout(header);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    const QLocale locale;
    const auto addRow = [&](const QString &label, int value, bool always) {
        if (!always && value == 0)
            return;
        auto *number = new QLabel(locale.toString(value), this);
        number->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        number->setMinimumWidth(number->fontMetrics().horizontalAdvance(QStringLiteral("000000")));
        form->addRow(label, number);
    };
    addRow(tr("Inputs read:"), report.sources, true);
    addRow(tr("New certificates:"), report.imported, true);
    addRow(tr("Already in the inventory:"), report.duplicates, true);
    addRow(tr("Private keys stored (encrypted):"), report.keysImported, false);
    addRow(tr("Keys matched to a certificate:"), report.keysAttached, true);
    addRow(tr("Keys without a certificate yet:"), report.keysWithoutCertificate, false);
    addRow(tr("Certificate requests:"), report.csrs, false);
    addRow(tr("Revocation lists:"), report.crls, false);
    addRow(tr("Revocations applied:"), report.revocationsApplied, false);
    addRow(tr("Failed:"), report.failed(), true);
    layout->addLayout(form);

    if (problems) {
        layout->addWidget(new QLabel(tr("Failures:"), this));
        auto *failures = new QPlainTextEdit(this);
        failures->setReadOnly(true);
        failures->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        QStringList lines;
        for (const core::Error &e : report.failures)
            lines << e.message;
        failures->setPlainText(lines.join(QLatin1Char('\n')));
        failures->setMinimumSize(failures->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 80,
                                 failures->fontMetrics().lineSpacing() * 8);
        layout->addWidget(failures, 1);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(buttons);
}

QString ImportSummaryDialog::oneLine(const core::ImportReport &report)
{
    const QLocale locale;
    QStringList parts;
    parts << (report.imported == 1 ? tr("Imported 1 certificate")
                                   : tr("Imported %1 certificates").arg(locale.toString(report.imported)));
    if (report.duplicates > 0)
        parts << tr("%1 already present").arg(locale.toString(report.duplicates));
    if (report.keysAttached > 0)
        parts << (report.keysAttached == 1 ? tr("1 key attached")
                                           : tr("%1 keys attached").arg(locale.toString(report.keysAttached)));
    if (report.failed() > 0)
        parts << tr("%1 failed").arg(locale.toString(report.failed()));
    QString line = parts.join(QStringLiteral(", "));
    if (report.cancelled)
        line = tr("Cancelled. ") + line;
    return line + QLatin1Char('.');
}

} // namespace certdesk::ui
