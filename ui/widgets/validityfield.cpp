#include "widgets/validityfield.h"

#include "dialogs/dialogcolors.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace certdesk::ui {

ValidityField::ValidityField(const QString &initial, const QDateTime &now, QWidget *parent)
    : QWidget(parent)
    , m_now(now)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit = new QLineEdit(initial, this);
    m_edit->setAccessibleName(tr("Validity"));
    m_edit->setToolTip(tr("A period such as 90d, 6m or 2y, or the last day, such as 2027-03-31"));
    m_edit->setMaximumWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("2027-03-31T12:00:00Z")) + 24);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    layout->addWidget(m_edit);
    layout->addWidget(m_note);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &ValidityField::update);
    update();
}

std::optional<core::Validity> ValidityField::validity() const
{
    auto v = core::Validity::parse(m_edit->text().trimmed());
    if (!v)
        return std::nullopt;
    return *v;
}

QDateTime ValidityField::end() const
{
    const auto v = validity();
    return v ? v->endFrom(m_now) : QDateTime();
}

QString ValidityField::problem() const
{
    if (m_edit->text().trimmed().isEmpty())
        return tr("Enter a validity period, such as 1y or 90d.");
    const QDateTime e = end();
    if (!e.isValid())
        return tr("\"%1\" is not a validity: write 90d, 6m, 2y or a date such as 2027-03-31.").arg(m_edit->text().trimmed());
    if (e <= m_now)
        return tr("The validity must end in the future.");
    return {};
}

void ValidityField::setText(const QString &text) { m_edit->setText(text); }

QString ValidityField::text() const { return m_edit->text().trimmed(); }

void ValidityField::setLimit(const QDateTime &limit, const QString &limitName)
{
    m_limit = limit;
    m_limitName = limitName;
    update();
}

void ValidityField::update()
{
    const QString p = problem();
    if (!p.isEmpty()) {
        m_note->setText(p);
        m_note->setStyleSheet(dialogcolors::css(dialogcolors::error(palette())));
    } else {
        const QDateTime e = end();
        const qint64 days = m_now.daysTo(e);
        QString text = tr("Until %1 (%n days)", nullptr, int(days)).arg(e.toUTC().toString(QStringLiteral("yyyy-MM-dd")));
        const bool beyond = m_limit.isValid() && e > m_limit;
        if (beyond)
            text += QLatin1Char('\n') + tr("Ends after %1 (%2).").arg(m_limitName, m_limit.toUTC().toString(QStringLiteral("yyyy-MM-dd")));
        m_note->setText(text);
        m_note->setStyleSheet(beyond ? dialogcolors::css(dialogcolors::warning(palette()))
                                     : dialogcolors::css(dialogcolors::muted(palette())));
    }
    Q_EMIT changed();
}

} // namespace certdesk::ui
