// libFuzzer target over the import entry point, ImportParser::parse(source, bytes).
//
// The first input byte picks how password requests are answered; the rest is
// the file:
//   0 (mod 3)  no password callback: encrypted input must fail cleanly;
//   1          the fixtures' passwords (tests/data: PKCS#12 "test-p12-pass",
//              keys "test-key-pass"), so mutations reach decrypted contents;
//   2          a wrong password every time, up to the parser's retry limit.
// run-fuzz.sh seeds the corpus with every tests/data file under modes 0 and 1.
//
// Besides crashes, leaks and sanitizer reports, a broken promise of the parser
// aborts: every input gives at least one item or one error, and every error is
// a non-empty message that names the source.

#include "x509/importparser.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace certdesk::core;

namespace {

const QString kSource = QStringLiteral("fuzz-input.bin");

PasswordCallback passwordsFor(uint8_t mode)
{
    switch (mode % 3) {
    case 1:
        return [](const PasswordRequest &req) -> std::optional<QByteArray> {
            if (req.attempt > 0)
                return std::nullopt;
            return req.kind == PasswordRequest::Kind::Pkcs12 ? QByteArray("test-p12-pass")
                                                             : QByteArray("test-key-pass");
        };
    case 2:
        return [](const PasswordRequest &) -> std::optional<QByteArray> { return QByteArray("not-the-password"); };
    default:
        return {};
    }
}

[[noreturn]] void broken(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz_import: %s: %s\n", what, qPrintable(detail));
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const ImportParser parser(passwordsFor(data[0]));
    const ParsedFile parsed = parser.parse(kSource, bytes);

    if (parsed.isEmpty() && parsed.errors.isEmpty())
        broken("neither an item nor an error", parsed.format);
    for (const Error &e : parsed.errors) {
        if (e.message.trimmed().isEmpty() || !e.message.startsWith(kSource))
            broken("error message that does not name the source", e.message);
    }
    // What the inventory reads right after an import.
    for (const Certificate &c : parsed.certificates) {
        if (c.der().isEmpty() || c.sha256().size() != 32)
            broken("certificate without DER or fingerprint", c.subject().rfc4514);
        (void)c.toPem();
    }
    for (const PrivateKey &k : parsed.keys) {
        if (k.isNull())
            broken("null private key", parsed.format);
        (void)k.algorithm();
        (void)k.publicKeySha256();
    }
    return 0;
}
