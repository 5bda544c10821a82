// libFuzzer target over the request name checks (checkRequestNames / checkDomainName): what a
// person types or pastes into the request wizard and `certdesk-cli request`, including IDN
// conversion through QUrl::toAce.
//
// The input is UTF-8 text (invalid sequences become U+FFFD); the first byte's low bit allows IP
// addresses; the rest is split with splitNameList, the first name being the domain name.
// Besides sanitizer reports, a broken promise aborts: a name that passes is non-empty lower-case
// ASCII of letters, digits, '-', '.' (and a leading "*.") within ACM's limits; checking its ASCII
// form again gives the same name (conversion is idempotent); the domain name fits the CN.

#include "lifecycle/domainnames.h"

#include <cstdio>
#include <cstdlib>

using namespace certdesk::core;

namespace {

[[noreturn]] void broken(const char *what, const QString &name)
{
    std::fprintf(stderr, "fuzz_names: %s: \"%s\"\n", what, qPrintable(name));
    std::abort();
}

void checkAccepted(const DomainNameCheck &c)
{
    if (!c.ok())
        return;
    if (c.ipAddress)
        return;
    const QString &a = c.ascii;
    if (a.isEmpty())
        broken("accepted an empty name", c.input);
    if (a.size() > DomainNameLimits::kMaxNameOctets)
        broken("accepted a name over 253 octets", c.input);
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QChar ch = a.at(i);
        const bool ok = (ch >= QLatin1Char('a') && ch <= QLatin1Char('z')) || (ch >= QLatin1Char('0') && ch <= QLatin1Char('9'))
                        || ch == QLatin1Char('-') || ch == QLatin1Char('.') || (ch == QLatin1Char('*') && i == 0);
        if (!ok)
            broken("accepted a character outside LDH", c.input);
    }
    for (const QString &label : a.split(QLatin1Char('.'))) {
        if (label.isEmpty() || label.size() > DomainNameLimits::kMaxLabelOctets)
            broken("accepted an empty or long label", c.input);
    }
    const DomainNameCheck again = checkDomainName(a, true);
    if (!again.ok() || again.ascii != a)
        broken("the ASCII form does not check to itself", c.input);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const bool allowIp = data[0] & 1;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QStringList names = splitNameList(text);
    if (names.isEmpty())
        return 0;
    const RequestNamesCheck r = checkRequestNames(names.first(), names.mid(1), allowIp);
    checkAccepted(r.domainName);
    if (r.domainName.ok() && r.domainName.ascii.size() > DomainNameLimits::kMaxCommonNameOctets)
        broken("accepted a domain name too long for the CN", r.domainName.input);
    for (const DomainNameCheck &c : r.additionalNames)
        checkAccepted(c);
    if (r.ok() && names.size() > DomainNameLimits::kMaxNames)
        broken("accepted more than 100 names", text.left(40));
    return 0;
}
