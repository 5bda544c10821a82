#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace certdesk::core {

// ACM's limits on the names of a certificate request.
struct DomainNameLimits
{
    static constexpr int kMaxNameOctets = 253;      // a whole name, in its ASCII (punycode) form
    static constexpr int kMaxLabelOctets = 63;      // one label
    static constexpr int kMaxCommonNameOctets = 64; // the domain name, which becomes the CN
    static constexpr int kMaxNames = 100;           // the domain name and the additional names together
};

// One name of a request, checked. Internationalised names are converted to punycode: ascii is
// what goes into the certificate, unicode what a person reads (the same for plain ASCII names).
struct DomainNameCheck
{
    QString input;        // as given, trimmed
    QString ascii;        // lower case, punycode ("" when the name cannot be converted)
    QString unicode;      // lower case, for display
    bool wildcard = false;
    bool ipAddress = false;
    QString problem;      // "" = fine; else a sentence a person can act on
    bool ok() const { return problem.isEmpty(); }
};

// Checks one name: characters, label and name lengths, wildcard placement ("*." as the whole
// leftmost label, over at least two labels), IDN conversion. IP addresses are accepted only with
// allowIpAddresses (private and external CAs; not ACME).
DomainNameCheck checkDomainName(const QString &name, bool allowIpAddresses = false);

// The names of one request, checked together: each name as above, the domain name also against
// the CN limit, duplicates (after conversion, any case) and the total count. The domain name is
// always a name: allowIpAddresses admits IP addresses among the additional names only.
// Every problem starts with the name it is about ("x.example: ..."); the GUI relies on that.
struct RequestNamesCheck
{
    DomainNameCheck domainName;
    QList<DomainNameCheck> additionalNames; // in the order given
    QStringList problems;                   // every problem, each naming its name
    bool ok() const { return problems.isEmpty(); }
    QStringList asciiNames() const;         // the domain name first, then the additional names (ASCII)
};
RequestNamesCheck checkRequestNames(const QString &domainName, const QStringList &additionalNames,
                                    bool allowIpAddresses = false);

// Splits a pasted list (one name per line, or separated by commas, semicolons or blanks).
QStringList splitNameList(const QString &text);

} // namespace certdesk::core
