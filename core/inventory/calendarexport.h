#pragma once

#include "crypto/error.h"
#include "x509/certificate.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace certdesk::core {

// An iCalendar file (RFC 5545) with one event per certificate at its notAfter (UTC):
// SUMMARY "Certificate expires: <domain name>", a DESCRIPTION with issuer, serial and
// SHA-256, UID "<sha256 hex>@certdesk" (stable, so importing again updates the event),
// and a display alarm alarmDaysBefore days before (0: at expiry). now is the DTSTAMP.
// CRLF line ends, lines folded at 75 octets (never inside a UTF-8 character), text escaped.
// Fails on an empty list (a calendar needs one component) or alarmDaysBefore outside 0..3650.
[[nodiscard]] Result<QByteArray> expiryCalendar(const QList<Certificate> &certificates, int alarmDaysBefore,
                                                const QDateTime &now);

namespace ical {
// TEXT value escaping: backslash, semicolon, comma; newlines become "\n".
QString escapeText(const QString &text);
// One content line: folded to 75 octets per line, each line ending in CRLF.
QByteArray foldLine(const QByteArray &line);
// UTC DATE-TIME form: 20300101T000000Z.
QByteArray dateTime(const QDateTime &t);
} // namespace ical

} // namespace certdesk::core
