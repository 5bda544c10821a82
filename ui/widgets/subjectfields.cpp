#include "widgets/subjectfields.h"

#include "x509/certificate.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>

namespace certdesk::ui {

SubjectFields::SubjectFields(QFormLayout *form, QWidget *parent)
    : QObject(parent)
{
    const auto edit = [parent](const QString &accessibleName, const QString &placeholder) {
        auto *e = new QLineEdit(parent);
        e->setAccessibleName(accessibleName);
        e->setPlaceholderText(placeholder);
        e->setMaxLength(64); // the ub-common-name etc. of RFC 5280
        return e;
    };
    m_cn = edit(tr("Common name"), tr("Example Issuing CA"));
    m_o = edit(tr("Organization"), tr("optional"));
    m_ou = edit(tr("Organizational unit"), tr("optional"));
    m_c = edit(tr("Country"), tr("two letters, e.g. DE"));
    m_c->setMaxLength(2);
    m_c->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), m_c));
    m_c->setMaximumWidth(m_c->fontMetrics().horizontalAdvance(QStringLiteral("two letters, e.g. DE")) + 24);
    m_preview = new QLabel(parent);
    m_preview->setForegroundRole(QPalette::PlaceholderText);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(false); // a wrapped label in a form row takes far more height than it needs
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Common &name:"), m_cn);
    form->addRow(tr("&Organization:"), m_o);
    form->addRow(tr("Organizational &unit:"), m_ou);
    form->addRow(tr("Countr&y:"), m_c);
    form->addRow(QString(), m_preview);
    for (QLineEdit *e : {m_cn, m_o, m_ou, m_c}) {
        connect(e, &QLineEdit::textEdited, this, [this] { m_edited = true; });
        connect(e, &QLineEdit::textChanged, this, &SubjectFields::update);
    }
    update();
}

QString SubjectFields::escape(const QString &value)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        const bool special = c == QLatin1Char(',') || c == QLatin1Char('+') || c == QLatin1Char('"')
            || c == QLatin1Char('\\') || c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char(';')
            || c == QLatin1Char('=') || (i == 0 && (c == QLatin1Char('#') || c == QLatin1Char(' ')))
            || (i == value.size() - 1 && c == QLatin1Char(' '));
        if (special)
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString SubjectFields::distinguishedName() const
{
    QStringList parts;
    const struct
    {
        const char *type;
        QLineEdit *edit;
    } fields[] = {{"CN", m_cn}, {"OU", m_ou}, {"O", m_o}, {"C", m_c}};
    for (const auto &f : fields) {
        const QString value = f.edit->text().trimmed();
        if (!value.isEmpty())
            parts << QString::fromLatin1(f.type) + QLatin1Char('=')
                    + escape(f.edit == m_c ? value.toUpper() : value);
    }
    return parts.join(QLatin1Char(','));
}

bool SubjectFields::hasCommonName() const { return !m_cn->text().trimmed().isEmpty(); }

QString SubjectFields::problem() const
{
    if (!hasCommonName())
        return tr("Enter a common name.");
    if (!m_c->text().isEmpty() && m_c->text().size() != 2)
        return tr("The country is a two-letter code (ISO 3166), such as DE or US.");
    return {};
}

void SubjectFields::setName(const core::DistinguishedName &name)
{
    const QSignalBlocker b1(m_cn), b2(m_o), b3(m_ou), b4(m_c);
    m_cn->setText(name.value(QStringLiteral("CN")));
    m_o->setText(name.value(QStringLiteral("O")));
    m_ou->setText(name.value(QStringLiteral("OU")));
    m_c->setText(name.value(QStringLiteral("C")));
    m_edited = false;
    update();
}

void SubjectFields::setCommonName(const QString &text)
{
    m_cn->setText(text);
}

void SubjectFields::update()
{
    const QString dn = distinguishedName();
    m_preview->setText(dn.isEmpty() ? tr("Subject: —") : tr("Subject: %1").arg(dn));
    m_preview->setToolTip(dn);
    Q_EMIT changed();
}

} // namespace certdesk::ui
