// libFuzzer target over what certdesk reads from ACME servers and DNS administrators: problem
// documents (RFC 7807 JSON, with subproblems) turned into plain words, Retry-After values, the
// ARI certificate id of a DER certificate, TSIG key files (BIND key statements and NAME:SECRET)
// and DNS server addresses.
//
// The first byte picks the reader; the rest is its input. Besides sanitizer reports, a broken
// promise aborts: an accepted TSIG key has a name, a secret and a known algorithm; an accepted
// server address prints to a form that parses to the same server; a problem's plain words are
// never empty.

#include "acme/acmeclient.h"
#include "acme/dnsclient.h"

#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>

using namespace certdesk::core;

namespace {
[[noreturn]] void broken(const char *what)
{
    std::fprintf(stderr, "fuzz_acme: %s\n", what);
    std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    switch (data[0] % 5) {
    case 0: {
        const QJsonDocument doc = QJsonDocument::fromJson(input);
        const AcmeProblem p = AcmeProblem::fromJson(doc.object(), 400);
        if (p.plainWords().isEmpty())
            broken("a problem in no words");
        break;
    }
    case 1: {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
        const QDateTime t = parseRetryAfter(input, now);
        if (t.isValid() && t.timeSpec() != Qt::UTC)
            broken("a Retry-After outside UTC");
        break;
    }
    case 2: {
        auto id = ariCertificateId(input);
        if (id && !id->contains(QLatin1Char('.')))
            broken("an ARI id without its two parts");
        break;
    }
    case 3: {
        auto key = parseTsigKey(input);
        if (key) {
            if (key->name.isEmpty() || key->secret.isEmpty())
                broken("a TSIG key without name or secret");
            static const QStringList known{QStringLiteral("hmac-md5"), QStringLiteral("hmac-sha1"), QStringLiteral("hmac-sha256"),
                                           QStringLiteral("hmac-sha384"), QStringLiteral("hmac-sha512")};
            if (!known.contains(key->algorithm))
                broken("a TSIG key with an unknown algorithm");
        }
        break;
    }
    default: {
        auto server = parseDnsServer(QString::fromUtf8(input));
        if (server) {
            auto again = parseDnsServer(server->toString());
            if (!again || !(*again == *server))
                broken("a DNS server that does not print to itself");
        }
        break;
    }
    }
    return 0;
}
