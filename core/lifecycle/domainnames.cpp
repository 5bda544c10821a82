#include "lifecycle/domainnames.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace certdesk::core {

namespace {

bool isLdhLabel(const QString &label)
{
    for (const QChar c : label) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                        || c == QLatin1Char('-');
        if (!ok)
            return false;
    }
    return true;
}

QString firstBadCharacter(const QString &label)
{
    for (const QChar c : label) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                        || c == QLatin1Char('-');
        if (!ok)
            return c == QLatin1Char(' ') ? QStringLiteral("a space") : QStringLiteral("\"%1\"").arg(c);
    }
    return {};
}

} // namespace

DomainNameCheck checkDomainName(const QString &name, bool allowIpAddresses)
{
    DomainNameCheck out;
    out.input = name.trimmed();
    const QString &in = out.input;
    if (in.isEmpty()) {
        out.problem = QStringLiteral("the name is empty");
        return out;
    }
    // IP addresses (v4 dotted quad or v6): valid for private and external CAs only.
    const QHostAddress ip(in);
    if (!ip.isNull() && (in.contains(QLatin1Char(':')) || in.count(QLatin1Char('.')) == 3)) {
        out.ipAddress = true;
        out.ascii = out.unicode = ip.toString();
        if (!allowIpAddresses)
            out.problem = QStringLiteral("%1 is an IP address: this issuer certifies domain names only").arg(in);
        return out;
    }
    if (in.endsWith(QLatin1Char('.'))) {
        out.problem = QStringLiteral("%1 ends with a dot: leave the dot off").arg(in);
        return out;
    }
    QString rest = in.toLower();
    if (rest.startsWith(QLatin1String("*."))) {
        out.wildcard = true;
        rest = rest.mid(2);
    }
    if (rest.contains(QLatin1Char('*'))) {
        out.problem = QStringLiteral("%1: a wildcard may only be the whole leftmost label (*.example.com)").arg(in);
        return out;
    }
    if (rest.startsWith(QLatin1Char('.')) || rest.contains(QLatin1String(".."))) {
        out.problem = QStringLiteral("%1 has an empty label (two dots in a row)").arg(in);
        return out;
    }
    // Internationalised labels become punycode (IDNA, as QUrl does for host names).
    QStringList asciiLabels;
    const QStringList labels = rest.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        bool plain = true;
        for (const QChar c : label)
            plain = plain && c.unicode() < 0x80;
        QString ascii = label;
        if (!plain) {
            ascii = QString::fromLatin1(QUrl::toAce(label, QUrl::AceProcessingOption::IgnoreIDNWhitelist));
            if (ascii.isEmpty()) {
                out.problem = QStringLiteral("%1: the label \"%2\" is not a valid internationalised name").arg(in, label);
                return out;
            }
            ascii = ascii.toLower();
        }
        if (!isLdhLabel(ascii)) {
            out.problem = QStringLiteral("%1 contains %2: a name may hold letters, digits, hyphens and dots")
                              .arg(in, firstBadCharacter(ascii));
            return out;
        }
        if (ascii.size() > DomainNameLimits::kMaxLabelOctets) {
            out.problem = QStringLiteral("%1: the label \"%2…\" is %3 characters long (at most %4)")
                              .arg(in, label.left(20))
                              .arg(ascii.size())
                              .arg(DomainNameLimits::kMaxLabelOctets);
            return out;
        }
        if (ascii.startsWith(QLatin1Char('-')) || ascii.endsWith(QLatin1Char('-'))) {
            out.problem = QStringLiteral("%1: the label \"%2\" starts or ends with a hyphen").arg(in, label);
            return out;
        }
        asciiLabels << ascii;
    }
    if (out.wildcard && asciiLabels.size() < 2) {
        out.problem = QStringLiteral("%1: a wildcard needs at least two labels after it (*.example.com)").arg(in);
        return out;
    }
    out.ascii = (out.wildcard ? QStringLiteral("*.") : QString()) + asciiLabels.join(QLatin1Char('.'));
    QStringList unicodeLabels;
    for (const QString &label : std::as_const(asciiLabels))
        unicodeLabels << (label.startsWith(QLatin1String("xn--")) ? QUrl::fromAce(label.toLatin1(), QUrl::AceProcessingOption::IgnoreIDNWhitelist) : label);
    out.unicode = (out.wildcard ? QStringLiteral("*.") : QString()) + unicodeLabels.join(QLatin1Char('.'));
    if (out.ascii.size() > DomainNameLimits::kMaxNameOctets)
        out.problem = QStringLiteral("%1 is %2 characters long (at most %3)")
                          .arg(in.left(40) + (in.size() > 40 ? QStringLiteral("…") : QString()))
                          .arg(out.ascii.size())
                          .arg(DomainNameLimits::kMaxNameOctets);
    return out;
}

QStringList RequestNamesCheck::asciiNames() const
{
    QStringList out{domainName.ascii};
    for (const DomainNameCheck &c : additionalNames)
        out << c.ascii;
    return out;
}

RequestNamesCheck checkRequestNames(const QString &domainName, const QStringList &additionalNames, bool allowIpAddresses)
{
    RequestNamesCheck out;
    out.domainName = checkDomainName(domainName, allowIpAddresses);
    if (out.domainName.ok() && out.domainName.ipAddress)
        out.domainName.problem = QStringLiteral("%1 is an IP address: the domain name must be a name (add addresses as additional names)")
                                     .arg(out.domainName.input);
    if (out.domainName.ok() && out.domainName.ascii.size() > DomainNameLimits::kMaxCommonNameOctets)
        out.domainName.problem = QStringLiteral("%1 is %2 characters long: the domain name becomes the common name, "
                                                "which holds at most %3 (put the long name among the additional names)")
                                     .arg(out.domainName.input)
                                     .arg(out.domainName.ascii.size())
                                     .arg(DomainNameLimits::kMaxCommonNameOctets);
    if (!out.domainName.ok())
        out.problems << out.domainName.problem;
    QSet<QString> seen;
    if (out.domainName.ok())
        seen.insert(out.domainName.ascii);
    for (const QString &name : additionalNames) {
        DomainNameCheck c = checkDomainName(name, allowIpAddresses);
        if (c.ok() && seen.contains(c.ascii))
            c.problem = c.ascii == c.input.toLower() ? QStringLiteral("%1 is listed twice").arg(c.input)
                                                     : QStringLiteral("%1 is listed twice (as %2)").arg(c.input, c.ascii);
        if (c.ok())
            seen.insert(c.ascii);
        else
            out.problems << c.problem;
        out.additionalNames << c;
    }
    const int total = 1 + additionalNames.size();
    if (total > DomainNameLimits::kMaxNames)
        out.problems << QStringLiteral("%1 names: a certificate holds at most %2 (the domain name and %3 more)")
                            .arg(total)
                            .arg(DomainNameLimits::kMaxNames)
                            .arg(DomainNameLimits::kMaxNames - 1);
    return out;
}

QStringList splitNameList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList out;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts))
        out << part.trimmed();
    return out;
}

} // namespace certdesk::core
