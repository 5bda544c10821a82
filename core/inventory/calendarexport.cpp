#include "inventory/calendarexport.h"

namespace certdesk::core {

namespace ical {

QString escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case ';':
            out += QStringLiteral("\\;");
            break;
        case ',':
            out += QStringLiteral("\\,");
            break;
        case '\r':
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QStringLiteral("\\n");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        default:
            // Other control characters are not allowed in TEXT (RFC 5545 3.3.11).
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QLatin1Char(' ');
            else
                out += c;
        }
    }
    return out;
}

QByteArray foldLine(const QByteArray &line)
{
    constexpr qsizetype kMax = 75; // octets per physical line, CRLF not counted
    QByteArray out;
    out.reserve(line.size() + line.size() / 70 * 3 + 2);
    qsizetype pos = 0;
    qsizetype room = kMax;
    while (line.size() - pos > room) {
        qsizetype cut = pos + room;
        // Back up to the start of a UTF-8 character (continuation bytes are 10xxxxxx).
        while (cut > pos && (uchar(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += QByteArrayView(line).sliced(pos, cut - pos);
        out += "\r\n ";
        pos = cut;
        room = kMax - 1; // the leading space of a continuation line counts
    }
    out += QByteArrayView(line).sliced(pos);
    out += "\r\n";
    return out;
}

QByteArray dateTime(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

} // namespace ical

namespace {

void property(QByteArray &out, const char *name, const QString &value)
{
    out += ical::foldLine(QByteArray(name) + ':' + value.toUtf8());
}

void textProperty(QByteArray &out, const char *name, const QString &text)
{
    property(out, name, ical::escapeText(text));
}

QString displayName(const Certificate &c)
{
    if (!c.domainName().isEmpty())
        return c.domainName();
    if (!c.subject().rfc4514.isEmpty())
        return c.subject().rfc4514;
    return c.sha256Hex().left(16);
}

} // namespace

Result<QByteArray> expiryCalendar(const QList<Certificate> &certificates, int alarmDaysBefore, const QDateTime &now)
{
    if (certificates.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("no certificates to put in the calendar"));
    if (alarmDaysBefore < 0 || alarmDaysBefore > 3650)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("the reminder must be 0 to 3650 days before expiry, not %1").arg(alarmDaysBefore));
    const QByteArray stamp = ical::dateTime(now);
    QByteArray out;
    out += "BEGIN:VCALENDAR\r\n"
           "VERSION:2.0\r\n"
           "PRODID:-//certdesk//Certificate expiry calendar//EN\r\n"
           "CALSCALE:GREGORIAN\r\n"
           "METHOD:PUBLISH\r\n";
    for (const Certificate &c : certificates) {
        const QString name = displayName(c);
        out += "BEGIN:VEVENT\r\n";
        property(out, "UID", c.sha256Hex() + QStringLiteral("@certdesk"));
        out += "DTSTAMP:" + stamp + "\r\n";
        out += "DTSTART:" + ical::dateTime(c.notAfter()) + "\r\n";
        textProperty(out, "SUMMARY", QStringLiteral("Certificate expires: %1").arg(name));
        QStringList description{
            QStringLiteral("Subject: %1").arg(c.subject().rfc4514),
            QStringLiteral("Issuer: %1").arg(c.issuer().rfc4514),
            QStringLiteral("Serial: %1").arg(c.serial()),
            QStringLiteral("SHA-256: %1").arg(toColonHex(c.sha256())),
            QStringLiteral("Not after: %1").arg(c.notAfter().toUTC().toString(Qt::ISODate)),
        };
        const QStringList dns = c.dnsNames();
        if (!dns.isEmpty())
            description.insert(1, QStringLiteral("DNS names: %1").arg(dns.join(QStringLiteral(", "))));
        textProperty(out, "DESCRIPTION", description.join(QLatin1Char('\n')));
        out += "TRANSP:TRANSPARENT\r\n"
               "CATEGORIES:Certificates\r\n";
        out += "BEGIN:VALARM\r\n"
               "ACTION:DISPLAY\r\n";
        out += alarmDaysBefore > 0 ? "TRIGGER:-P" + QByteArray::number(alarmDaysBefore) + "D\r\n" : "TRIGGER:PT0S\r\n";
        textProperty(out, "DESCRIPTION",
                     alarmDaysBefore == 0   ? QStringLiteral("Certificate %1 expires now").arg(name)
                     : alarmDaysBefore == 1 ? QStringLiteral("Certificate %1 expires in 1 day").arg(name)
                                            : QStringLiteral("Certificate %1 expires in %2 days").arg(name).arg(alarmDaysBefore));
        out += "END:VALARM\r\n"
               "END:VEVENT\r\n";
    }
    out += "END:VCALENDAR\r\n";
    return out;
}

} // namespace certdesk::core
