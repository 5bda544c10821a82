#include "dialogs/importsummarydialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace certdesk::ui {

namespace {

struct Row
{
    QString label;
    int value;
    bool always;
};

QList<Row> rows(const core::ImportReport &report)
{
    return {
        {ImportSummaryDialog::tr("Inputs read"), report.sources, true},
        {ImportSummaryDialog::tr("New certificates"), report.imported, true},
        {ImportSummaryDialog::tr("Already in the inventory"), report.duplicates, true},
        {ImportSummaryDialog::tr("Private keys stored (encrypted)"), report.keysImported, false},
        {ImportSummaryDialog::tr("Keys attached to a certificate"), report.keysAttached, true},
        {ImportSummaryDialog::tr("Keys without a certificate yet"), report.keysWithoutCertificate, false},
        {ImportSummaryDialog::tr("Certificate requests"), report.csrs, false},
        {ImportSummaryDialog::tr("Revocation lists"), report.crls, false},
        {ImportSummaryDialog::tr("Revocations applied"), report.revocationsApplied, false},
        {ImportSummaryDialog::tr("Failed"), report.failed(), true},
    };
}

} // namespace

ImportSummaryDialog::ImportSummaryDialog(const core::ImportReport &report, QWidget *parent)
    : QDialog(parent)
    , m_report(report)
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
    form->setContentsMargins(iconSize + layout->spacing(), 0, 0, 0);
    const QLocale locale;
    for (const Row &row : rows(report)) {
        if (!row.always && row.value == 0)
            continue;
        auto *number = new QLabel(locale.toString(row.value), this);
        number->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        number->setMinimumWidth(number->fontMetrics().horizontalAdvance(QStringLiteral("0000000")));
        form->addRow(row.label + QLatin1Char(':'), number);
    }
    layout->addLayout(form);

    if (problems) {
        auto *failuresLabel = new QLabel(tr("Failures:"), this);
        layout->addWidget(failuresLabel);
        m_failures = new QTreeWidget(this);
        m_failures->setRootIsDecorated(false);
        m_failures->setAlternatingRowColors(true);
        m_failures->setHeaderLabels({tr("File"), tr("Reason")});
        m_failures->setAccessibleName(tr("Failures"));
        m_failures->setSelectionMode(QAbstractItemView::ExtendedSelection);
        m_failures->setWordWrap(true);
        for (const core::Error &e : report.failures) {
            const auto [what, why] = splitFailure(e.message);
            auto *item = new QTreeWidgetItem(m_failures, {what, why});
            item->setToolTip(0, what);
            item->setToolTip(1, why);
        }
        m_failures->header()->setStretchLastSection(true);
        m_failures->resizeColumnToContents(0);
        const int charWidth = fontMetrics().horizontalAdvance(QLatin1Char('x'));
        m_failures->setColumnWidth(0, std::min(m_failures->columnWidth(0) + charWidth, charWidth * 48));
        m_failures->setMinimumSize(charWidth * 100, fontMetrics().lineSpacing() * 9);
        failuresLabel->setBuddy(m_failures);
        layout->addWidget(m_failures, 1);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy Report"), QDialogButtonBox::ActionRole);
    m_copy->setToolTip(tr("Copy the whole report as text"));
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(reportText(m_report));
        m_copy->setText(tr("Copied"));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
}

std::pair<QString, QString> ImportSummaryDialog::splitFailure(const QString &message)
{
    const qsizetype colon = message.indexOf(QStringLiteral(": "));
    if (colon <= 0)
        return {QString(), message};
    return {message.left(colon), message.mid(colon + 2)};
}

QString ImportSummaryDialog::oneLine(const core::ImportReport &report)
{
    const QLocale locale;
    QStringList parts;
    parts << (report.imported == 1 ? tr("Imported 1 certificate")
                                   : tr("Imported %Ln certificates", nullptr, int(report.imported)));
    if (report.duplicates > 0)
        parts << tr("%1 already present").arg(locale.toString(report.duplicates));
    if (report.keysAttached > 0)
        parts << (report.keysAttached == 1 ? tr("1 key attached")
                                           : tr("%Ln keys attached", nullptr, int(report.keysAttached)));
    if (report.failed() > 0)
        parts << tr("%1 failed").arg(locale.toString(report.failed()));
    QString line = parts.join(QStringLiteral(", "));
    if (report.cancelled)
        line = tr("Cancelled. %1").arg(line);
    return line + QLatin1Char('.');
}

QString ImportSummaryDialog::reportText(const core::ImportReport &report)
{
    const QLocale locale;
    QStringList lines{oneLine(report), QString()};
    int width = 0;
    const QList<Row> all = rows(report);
    for (const Row &row : all)
        width = std::max(width, int(row.label.size()));
    for (const Row &row : all) {
        if (row.always || row.value != 0)
            lines << QStringLiteral("%1  %2").arg(row.label + QLatin1Char(':'), -(width + 1)).arg(locale.toString(row.value), 7);
    }
    if (!report.failures.isEmpty()) {
        lines << QString() << tr("Failures:");
        for (const core::Error &e : report.failures)
            lines << QStringLiteral("  ") + e.message;
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace certdesk::ui
