// libFuzzer target over what deployments and discovery read from people and from servers:
// reload command lines (splitCommandLine), port lists (parsePortList), scan targets
// (expandScanTargets on addresses and CIDR ranges: no DNS), and chains as a TLS server sends
// them (servedChainProblems over whatever DER a hostile server puts in its Certificate message).
//
// The first byte picks the reader (mod 4); the rest is the input (UTF-8 text, or for chains a
// sequence of 2-byte big-endian lengths each followed by that many bytes of DER).
// Besides sanitizer reports, a broken promise aborts: a split command line is never empty and,
// quoted word by word again, splits to the same words; every port parsed is 1..65535; a target
// list never expands beyond its limit.

#include "deploy/deploywriter.h"
#include "deploy/endpointscanner.h"
#include "deploy/tlsprobe.h"

#include <QRegularExpression>

#include <cstdio>
#include <cstdlib>

using namespace certdesk::core;

namespace {

[[noreturn]] void broken(const char *what, const QString &input)
{
    std::fprintf(stderr, "fuzz_deploy: %s: \"%s\"\n", what, qPrintable(input));
    std::abort();
}

void commandLine(const QString &text)
{
    auto argv = splitCommandLine(text);
    if (!argv)
        return;
    if (argv->isEmpty())
        broken("split to no words", text);
    QStringList quoted;
    for (const QString &word : std::as_const(*argv)) {
        if (word.contains(QLatin1Char('\'')))
            return; // single quotes cannot hold a single quote: nothing to compare
        quoted << QLatin1Char('\'') + word + QLatin1Char('\'');
    }
    auto again = splitCommandLine(quoted.join(QLatin1Char(' ')));
    if (!again || *again != *argv)
        broken("quoting the words again splits differently", text);
}

void ports(const QString &text)
{
    auto list = parsePortList(text);
    if (!list)
        return;
    for (quint16 p : std::as_const(*list)) {
        if (p == 0)
            broken("port 0 accepted", text);
    }
}

void targets(const QString &text)
{
    // Addresses and ranges only: a name would be looked up in DNS.
    static const QRegularExpression addressesOnly(QStringLiteral("^[0-9a-fA-F:./ ,]*$"));
    if (!addressesOnly.match(text).hasMatch())
        return;
    ScanSpec spec;
    spec.targets = text.split(QRegularExpression(QStringLiteral("[ ,]")), Qt::SkipEmptyParts);
    spec.ports = {443};
    // Keep each run small: skip ranges wider than 4,096 addresses.
    static const QRegularExpression prefix(QStringLiteral("/(\\d+)"));
    for (auto it = prefix.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int bits = m.captured(1).toInt();
        if ((bits < 20 && !text.contains(QLatin1Char(':'))) || (bits < 116 && text.contains(QLatin1Char(':'))))
            return;
    }
    auto expanded = expandScanTargets(spec);
    if (expanded && expanded->size() > ScanSpec::kMaxEndpoints)
        broken("expanded beyond the limit", text);
}

void chain(const QByteArray &data)
{
    QList<Certificate> served;
    qsizetype at = 0;
    while (at + 2 <= data.size() && served.size() < 8) {
        const int len = (quint8(data[at]) << 8) | quint8(data[at + 1]);
        at += 2;
        auto c = Certificate::fromDer(data.mid(at, len));
        at += len;
        if (c)
            served << *c;
    }
    if (served.isEmpty())
        return;
    const QDateTime now = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
    (void)servedChainProblems(served, {}, now);
    (void)servedChainProblems(served, {served.last()}, now);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray rest(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (data[0] % 4) {
    case 0:
        commandLine(QString::fromUtf8(rest));
        break;
    case 1:
        ports(QString::fromUtf8(rest));
        break;
    case 2:
        targets(QString::fromUtf8(rest));
        break;
    default:
        chain(rest);
        break;
    }
    return 0;
}
