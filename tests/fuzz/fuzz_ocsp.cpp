// libFuzzer target over the OCSP responder, CertificateAuthorities::ocspResponse(request):
// the one part of certdesk that parses bytes from the network (certdesk-cli ca serve).
//
// A CA with a few issued certificates (one revoked) is set up once in a temporary inventory.
// The first input byte picks the mode:
//   even  the rest is the DER request as it arrives (mostly malformed);
//   odd   a well-formed request is built from the rest: 1-3 certificate ids for the CA (SHA-1
//         or SHA-256 issuer hashes), serials taken from the input or from issued certificates,
//         an optional nonce. These reach the serial look-up and the signing.
// Besides sanitizer reports, a broken promise aborts: every request gets a response that
// parses; a well-formed request for the CA gets a successful response that verifies
// against the CA certificate and carries the nonce sent.

#include "ca/certificateauthority.h"
#include "crypto/ossl.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

using namespace certdesk::core;
using namespace certdesk::core::ossl;

namespace {

struct World
{
    QTemporaryDir dir;
    FixedClock clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<Inventory> inventory;
    std::unique_ptr<CertificateAuthorities> cas;
    Certificate caCert;
    QList<QByteArray> serials; // DER contents of issued serials (big-endian bytes)
};

World *world = nullptr;

[[noreturn]] void broken(const char *what)
{
    std::fprintf(stderr, "fuzz_ocsp: %s\n", what);
    std::abort();
}

void setUp()
{
    world = new World;
    auto inv = Inventory::open(world->dir.filePath(QStringLiteral("fuzz.db")), world->clock);
    if (!inv)
        broken("cannot open the inventory");
    world->inventory = std::move(*inv);
    world->inventory->keyStore().setScryptCost(1 << 10);
    world->cas = std::make_unique<CertificateAuthorities>(*world->inventory, [](MasterPasswordPurpose) {
        return std::optional<QByteArray>("fuzz");
    });
    CaConfig config;
    config.name = QStringLiteral("fuzz");
    config.subject = QStringLiteral("CN=Fuzz CA");
    auto ca = world->cas->create(config);
    if (!ca)
        broken("cannot create the CA");
    world->caCert = *world->inventory->certificate(*ca->certificateId);
    for (int i = 0; i < 3; ++i) {
        IssueRequest r;
        r.keyAlgorithm = QStringLiteral("EC_prime256v1");
        r.subject = QStringLiteral("CN=leaf%1.fuzz.test").arg(i);
        auto issued = world->cas->issue(ca->id, r);
        if (!issued)
            broken("cannot issue");
        world->serials.append(QByteArray::fromHex(issued->serial.toLatin1()));
        if (i == 1 && !world->cas->revoke(issued->certificateId, QStringLiteral("keyCompromise")))
            broken("cannot revoke");
    }
}

using OcspRequestPtr = std::unique_ptr<OCSP_REQUEST, OsslFree<&OCSP_REQUEST_free>>;
using OcspResponsePtr = std::unique_ptr<OCSP_RESPONSE, OsslFree<&OCSP_RESPONSE_free>>;
using OcspBasicRespPtr = std::unique_ptr<OCSP_BASICRESP, OsslFree<&OCSP_BASICRESP_free>>;

// A request for the CA built from the input; the nonce it carries in *nonce.
QByteArray buildRequest(const uint8_t *data, size_t size, QByteArray *nonce)
{
    size_t pos = 0;
    auto next = [&]() -> uint8_t { return pos < size ? data[pos++] : 0; };
    OcspRequestPtr req(OCSP_REQUEST_new());
    const int count = 1 + next() % 3;
    for (int i = 0; i < count; ++i) {
        const uint8_t how = next();
        const EVP_MD *md = how & 1 ? EVP_sha256() : EVP_sha1();
        OCSP_CERTID *id = OCSP_cert_to_id(md, nullptr, world->caCert.handle());
        QByteArray serial;
        if (how & 2) {
            serial = world->serials.at((how >> 2) % world->serials.size());
        } else {
            const size_t len = 1 + next() % 20;
            for (size_t k = 0; k < len; ++k)
                serial += char(next());
        }
        BignumPtr bn(BN_bin2bn(reinterpret_cast<const unsigned char *>(serial.constData()), int(serial.size()), nullptr));
        ASN1_INTEGER *sn = nullptr;
        OCSP_id_get0_info(nullptr, nullptr, nullptr, &sn, id);
        BN_to_ASN1_INTEGER(bn.get(), sn);
        if (!OCSP_request_add0_id(req.get(), id))
            broken("cannot add an id");
    }
    if (next() & 1) {
        const size_t len = 1 + next() % 32;
        for (size_t k = 0; k < len; ++k)
            *nonce += char(next());
        OCSP_request_add1_nonce(req.get(), reinterpret_cast<unsigned char *>(nonce->data()), int(nonce->size()));
    }
    unsigned char *der = nullptr;
    const int len = i2d_OCSP_REQUEST(req.get(), &der);
    QByteArray out(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    setUp();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const bool built = data[0] & 1;
    QByteArray nonce;
    const QByteArray request = built ? buildRequest(data + 1, size - 1, &nonce)
                                     : QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    auto response = world->cas->ocspResponse(request);
    if (!response || response->isEmpty())
        broken("no response");
    const auto *p = reinterpret_cast<const unsigned char *>(response->constData());
    OcspResponsePtr resp(d2i_OCSP_RESPONSE(nullptr, &p, long(response->size())));
    if (!resp)
        broken("a response that does not parse");
    if (!built)
        return 0;
    if (OCSP_response_status(resp.get()) != OCSP_RESPONSE_STATUS_SUCCESSFUL)
        broken("a well-formed request for the CA was not answered");
    OcspBasicRespPtr basic(OCSP_response_get1_basic(resp.get()));
    X509StorePtr store(X509_STORE_new());
    X509_STORE_add_cert(store.get(), world->caCert.handle());
    STACK_OF(X509) *certs = sk_X509_new_null();
    sk_X509_push(certs, world->caCert.handle());
    const int ok = basic ? OCSP_basic_verify(basic.get(), certs, store.get(), OCSP_TRUSTOTHER) : 0;
    sk_X509_free(certs);
    if (ok != 1)
        broken("a response that does not verify against the CA");
    OcspRequestPtr req(d2i_OCSP_REQUEST(nullptr, &(p = reinterpret_cast<const unsigned char *>(request.constData())), long(request.size())));
    if (!nonce.isEmpty() && OCSP_check_nonce(req.get(), basic.get()) != 1)
        broken("the nonce was not answered");
    ERR_clear_error();
    return 0;
}
