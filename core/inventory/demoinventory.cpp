#include "inventory/demoinventory.h"

#include "crypto/ossl.h"
#include "crypto/privatekey.h"
#include "inventory/importjob.h"
#include "inventory/inventory.h"

#include <openssl/rand.h>

#include <QElapsedTimer>
#include <QThread>
#include <QUuid>

#include <array>

namespace certdesk::core {

using namespace ossl;

namespace {

enum class KeyKind { P256, P384, Rsa2048 };

Result<EvpPkeyPtr> generateKey(KeyKind kind)
{
    clearErrors();
    EvpPkeyPtr key;
    switch (kind) {
    case KeyKind::P256:
        key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
        break;
    case KeyKind::P384:
        key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384"));
        break;
    case KeyKind::Rsa2048:
        key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048)));
        break;
    }
    if (!key)
        return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("cannot generate a demo key")));
    return key;
}

Result<X509NamePtr> makeName(std::initializer_list<std::pair<const char *, QString>> parts)
{
    X509NamePtr name(X509_NAME_new());
    for (const auto &[type, value] : parts) {
        const QByteArray utf8 = value.toUtf8();
        if (!name
            || X509_NAME_add_entry_by_txt(name.get(), type, MBSTRING_UTF8,
                                          reinterpret_cast<const unsigned char *>(utf8.constData()), int(utf8.size()),
                                          -1, 0)
                != 1)
            return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("cannot build the name %1").arg(value)));
    }
    return name;
}

Result<void> addExtension(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuer ? issuer : cert, cert, nullptr, nullptr, 0);
    X509ExtensionPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData()));
    if (!ext || X509_add_ext(cert, ext.get(), -1) != 1)
        return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("cannot add the extension \"%1\"")
                                                                .arg(QString::fromLatin1(value))));
    return {};
}

struct Issued
{
    X509Ptr cert;
    EvpPkeyPtr key;
};

struct CertSpec
{
    QString commonName;
    QString organization;   // empty for leaves
    KeyKind key = KeyKind::P256;
    QDateTime notBefore;
    QDateTime notAfter;
    QStringList sans;       // "DNS:…", "IP:…"
    bool ca = false;
    bool clientAuth = false;
    QString pkiName;        // the issuer's short name, for CRL and AIA URLs
};

// issuer == nullptr: self-signed.
Result<Issued> issue(const CertSpec &spec, const Issued *issuer)
{
    auto key = generateKey(spec.key);
    if (!key)
        return std::unexpected(key.error());
    auto subject = spec.organization.isEmpty()
        ? makeName({{"CN", spec.commonName}})
        : makeName({{"C", QStringLiteral("US")}, {"O", spec.organization}, {"CN", spec.commonName}});
    if (!subject)
        return std::unexpected(subject.error());

    clearErrors();
    Issued out{X509Ptr(X509_new()), std::move(*key)};
    X509 *x = out.cert.get();
    std::array<unsigned char, 16> serial{};
    if (!x || RAND_bytes(serial.data(), int(serial.size())) != 1)
        return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("cannot start a demo certificate")));
    serial[0] = (serial[0] & 0x7f) | 0x10; // positive, and 16 bytes long
    BignumPtr serialBn(BN_bin2bn(serial.data(), int(serial.size()), nullptr));
    X509 *issuerCert = issuer ? issuer->cert.get() : nullptr;
    if (X509_set_version(x, X509_VERSION_3) != 1 || !serialBn
        || !BN_to_ASN1_INTEGER(serialBn.get(), X509_get_serialNumber(x))
        || !ASN1_TIME_set(X509_getm_notBefore(x), time_t(spec.notBefore.toSecsSinceEpoch()))
        || !ASN1_TIME_set(X509_getm_notAfter(x), time_t(spec.notAfter.toSecsSinceEpoch()))
        || X509_set_subject_name(x, subject->get()) != 1
        || X509_set_issuer_name(x, issuerCert ? X509_get_subject_name(issuerCert) : subject->get()) != 1
        || X509_set_pubkey(x, out.key.get()) != 1)
        return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("cannot fill in a demo certificate")));

    QList<std::pair<int, QByteArray>> extensions{
        {NID_basic_constraints, spec.ca ? (issuer ? "critical,CA:TRUE,pathlen:0" : "critical,CA:TRUE")
                                        : "critical,CA:FALSE"},
        {NID_key_usage, spec.ca ? "critical,keyCertSign,cRLSign"
                                : (spec.key == KeyKind::Rsa2048 ? "critical,digitalSignature,keyEncipherment"
                                                                : "critical,digitalSignature")},
        {NID_subject_key_identifier, "hash"},
    };
    if (issuer) {
        extensions.append({NID_authority_key_identifier, "keyid"});
        extensions.append({NID_crl_distribution_points,
                           QStringLiteral("URI:http://pki.example.com/crl/%1.crl").arg(spec.pkiName).toLatin1()});
        extensions.append({NID_info_access, QStringLiteral("caIssuers;URI:http://pki.example.com/ca/%1.cer")
                                                .arg(spec.pkiName)
                                                .toLatin1()});
    }
    if (!spec.ca)
        extensions.append({NID_ext_key_usage, spec.clientAuth ? "serverAuth,clientAuth" : "serverAuth"});
    if (!spec.sans.isEmpty())
        extensions.append({NID_subject_alt_name, spec.sans.join(QLatin1Char(',')).toLatin1()});
    for (const auto &[nid, value] : extensions) {
        if (auto r = addExtension(x, issuerCert, nid, value); !r)
            return std::unexpected(r.error());
    }

    EVP_PKEY *signer = issuer ? issuer->key.get() : out.key.get();
    const EVP_MD *digest = EVP_PKEY_get_bits(signer) >= 384 && EVP_PKEY_get_base_id(signer) == EVP_PKEY_EC
        ? EVP_sha384()
        : EVP_sha256();
    clearErrors();
    if (X509_sign(x, signer, digest) <= 0)
        return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("cannot sign %1").arg(spec.commonName)));
    return out;
}

Result<Certificate> toCertificate(const Issued &issued) { return Certificate::fromX509(issued.cert.get()); }

struct Host
{
    const char *name;
    int kind; // 0: public web (TLS CA), 1: mail, 2: corporate, 3: operations, 4: data, 5: staging
};

// Fifty-nine hosts; the sixtieth leaf is the one with the missing issuer.
constexpr Host kHosts[] = {
    {"www.example.com", 0},           {"api.example.com", 0},          {"shop.example.com", 0},
    {"auth.example.com", 0},          {"cdn.example.com", 0},          {"status.example.com", 0},
    {"m.example.com", 0},             {"static.example.com", 0},       {"pay.example.com", 0},
    {"checkout.example.com", 0},      {"blog.example.com", 0},         {"docs.example.com", 0},
    {"support.example.com", 0},       {"admin.example.com", 0},        {"portal.example.com", 0},
    {"partners.example.com", 0},      {"www.example.org", 0},          {"mail.example.org", 1},
    {"lists.example.org", 1},         {"files.example.org", 0},        {"smtp.example.org", 1},
    {"imap.example.org", 1},          {"events.example.org", 0},       {"sftp.example.org", 1},
    {"autodiscover.example.org", 1},  {"vpn.corp.example.net", 2},     {"ldap.corp.example.net", 2},
    {"intranet.corp.example.net", 2}, {"wiki.corp.example.net", 2},    {"git.corp.example.net", 2},
    {"jira.corp.example.net", 2},     {"chat.corp.example.net", 2},    {"sso.corp.example.net", 2},
    {"mdm.corp.example.net", 2},      {"radius.corp.example.net", 2},  {"print.corp.example.net", 2},
    {"grafana.ops.example.net", 3},   {"prometheus.ops.example.net", 3}, {"kibana.ops.example.net", 3},
    {"vault.ops.example.net", 3},     {"registry.ops.example.net", 3}, {"jenkins.ci.example.net", 3},
    {"nexus.ci.example.net", 3},      {"db01.internal.example.net", 4}, {"db02.internal.example.net", 4},
    {"kafka-1.internal.example.net", 4}, {"kafka-2.internal.example.net", 4}, {"kafka-3.internal.example.net", 4},
    {"redis.internal.example.net", 4}, {"mq.internal.example.net", 4}, {"backup.internal.example.net", 4},
    {"s3.internal.example.net", 4},   {"proxy.internal.example.net", 4}, {"ntp.internal.example.net", 4},
    {"www.staging.example.com", 5},   {"api.staging.example.com", 5},  {"auth.staging.example.com", 5},
    {"shop.staging.example.com", 5},  {"mail.staging.example.org", 5},
};
constexpr int kHostCount = int(std::size(kHosts));

// Days from now to notAfter, 59 values: 8 expired, 6 within 7 days, 10 within 30, 14 within 90, 21 later.
constexpr int kDaysLeft[] = {
    -3,  -12, -27, -45, -80, -130, -210, -400,                            //
    1,   2,   3,   4,   5,   6,                                           //
    9,   11,  13,  16,  19,  21,  24,  26,  28,  29,                      //
    33,  38,  41,  45,  48,  52,  57,  61,  64,  69,  74,  79,  83,  88,  //
    95,  104, 118, 126, 140, 155, 170, 183, 199, 214, 230,                //
    247, 265, 281, 300, 318, 335, 352, 365, 380, 395,
};
static_assert(std::size(kDaysLeft) == std::size(kHosts));

constexpr const char *kTeams[] = {"web", "messaging", "it", "platform", "data", "web"};
constexpr const char *kOwners[] = {"ana.silva@example.com", "j.okafor@example.com", "m.novak@example.com",
                                   "li.wei@example.com", "p.kowalski@example.com", "ana.silva@example.com"};

QStringList sansFor(const QString &host, int index)
{
    QStringList sans{QStringLiteral("DNS:") + host};
    const QString first = host.section(QLatin1Char('.'), 0, 0);
    const QString domain = host.section(QLatin1Char('.'), 1);
    if (first == QLatin1String("www"))
        sans << QStringLiteral("DNS:") + domain;
    else if (first == QLatin1String("api"))
        sans << QStringLiteral("DNS:api-eu.%1").arg(domain) << QStringLiteral("DNS:api-us.%1").arg(domain);
    else if (first == QLatin1String("cdn") || first == QLatin1String("static"))
        sans << QStringLiteral("DNS:*.%1.%2").arg(first, domain);
    else if (host.contains(QLatin1String(".internal.")))
        sans << QStringLiteral("IP:10.20.%1.%2").arg(index / 10).arg(10 + index % 200);
    return sans;
}

} // namespace

Result<DemoInventory> populateDemoInventory(Inventory &inventory)
{
    QElapsedTimer total;
    total.start();
    auto existing = inventory.count();
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing > 0)
        return fail(ErrorCode::Duplicate, QStringLiteral("%1 already holds %2 certificates; the demo inventory needs "
                                                         "an empty one")
                                              .arg(inventory.path())
                                              .arg(*existing));

    const QDateTime now = inventory.clock().now().toUTC();
    const auto day = [&now](double days) { return now.addSecs(qint64(days * 86400)); };
    const QString org = QStringLiteral("Example Corp");

    QElapsedTimer generation;
    generation.start();
    auto root = issue({QStringLiteral("Example Corp Root CA R1"), org, KeyKind::P384, day(-1100), day(5470), {}, true,
                       false, {}},
                      nullptr);
    if (!root)
        return std::unexpected(root.error());
    auto tlsCa = issue({QStringLiteral("Example Corp TLS CA 1"), org, KeyKind::P256, day(-1000), day(2650), {}, true,
                        false, QStringLiteral("root-r1")},
                       &*root);
    if (!tlsCa)
        return std::unexpected(tlsCa.error());
    auto internalCa = issue({QStringLiteral("Example Corp Internal CA 2"), org, KeyKind::Rsa2048, day(-1000),
                             day(2650), {}, true, false, QStringLiteral("root-r1")},
                            &*root);
    if (!internalCa)
        return std::unexpected(internalCa.error());
    // Issues the broken-chain leaf and is then left out of the inventory.
    auto legacyCa = issue({QStringLiteral("Example Corp Legacy CA"), org, KeyKind::P256, day(-2000), day(1200), {},
                           true, false, QStringLiteral("root-r1")},
                          &*root);
    if (!legacyCa)
        return std::unexpected(legacyCa.error());

    // The keys travel to the importer encrypted under a throw-away passphrase (cheap KDF: it never leaves memory).
    QByteArray transfer = QUuid::createUuid().toRfc4122().toHex();
    QList<ImportSource> sources;
    for (const auto *ca : {&*root, &*tlsCa, &*internalCa}) {
        auto cert = toCertificate(*ca);
        if (!cert)
            return std::unexpected(cert.error());
        sources.append({QStringLiteral("%1.pem").arg(cert->commonName()), cert->toPem()});
    }

    struct Planned
    {
        QString sha256;
        QList<Tag> tags;
    };
    QList<Planned> planned;
    DemoInventory out;
    out.authorities = 3;
    QString brokenSha;
    for (int i = 0; i <= kHostCount; ++i) {
        const bool broken = i == kHostCount;
        const QString host = broken ? QStringLiteral("legacy-erp.corp.example.net") : QString::fromLatin1(kHosts[i].name);
        const int kind = broken ? 2 : kHosts[i].kind;
        const int daysLeft = broken ? 150 : kDaysLeft[(i * 37) % kHostCount];
        const bool rsa = broken || i % 9 == 1; // RSA keys take the time: a few are enough
        const bool withKey = !broken && i % 3 == 0;
        const bool internal = kind >= 2 && kind <= 4;
        // Expired ones ended a whole number of days ago; the others end a quarter day short of
        // the day count, so no certificate sits on a bucket's boundary.
        const QDateTime notAfter = daysLeft < 0 ? day(daysLeft) : day(daysLeft - 0.25);
        const int lifetime = kind == 0 || kind == 5 ? (daysLeft % 2 == 0 ? 90 : 397) : 730;
        QDateTime notBefore = notAfter.addDays(-lifetime);
        if (notBefore > now)
            notBefore = day(-(5 + i % 40));
        const Issued &issuer = broken ? *legacyCa : (internal ? *internalCa : *tlsCa);
        auto leaf = issue({host, {}, rsa ? KeyKind::Rsa2048 : KeyKind::P256, notBefore, notAfter, sansFor(host, i),
                           false, internal,
                           broken ? QStringLiteral("legacy-ca") : (internal ? QStringLiteral("internal-ca-2")
                                                                            : QStringLiteral("tls-ca-1"))},
                          &issuer);
        if (!leaf)
            return std::unexpected(leaf.error());
        auto cert = toCertificate(*leaf);
        if (!cert)
            return std::unexpected(cert.error());
        QByteArray data = cert->toPem();
        if (withKey) {
            auto pem = PrivateKey::fromHandle(leaf->key.get()).toEncryptedPkcs8Pem(transfer, 1);
            if (!pem)
                return std::unexpected(pem.error());
            data += *pem;
            ++out.privateKeys;
        }
        sources.append({host + QStringLiteral(".pem"), data});

        Planned plan{cert->sha256Hex(), {}};
        if (broken) {
            brokenSha = plan.sha256;
            plan.tags = {{QStringLiteral("env"), QStringLiteral("prod")}, {QStringLiteral("team"), QStringLiteral("finance")}};
        } else if (i % 5 != 4) {
            const bool staging = kind == 5 || i % 7 == 0;
            plan.tags = {{QStringLiteral("env"), staging ? QStringLiteral("staging") : QStringLiteral("prod")},
                         {QStringLiteral("team"), QString::fromLatin1(kTeams[kind])}};
            if (i % 2 == 0)
                plan.tags.append({QStringLiteral("owner"), QString::fromLatin1(kOwners[kind])});
        }
        if (!plan.tags.isEmpty())
            ++out.tagged;
        planned.append(plan);

        ++out.leaves;
        if (daysLeft < 0)
            ++out.expired;
        else if (daysLeft <= 7)
            ++out.within7Days;
        else if (daysLeft <= 30)
            ++out.within30Days;
        else if (daysLeft <= 90)
            ++out.within90Days;
        else
            ++out.later;
    }
    out.generationMs = generation.elapsed();

    ImportOptions options;
    options.filePasswords = [&transfer](const PasswordRequest &request) -> std::optional<QByteArray> {
        if (request.attempt > 0)
            return std::nullopt;
        return transfer;
    };
    options.masterPassword = [](MasterPasswordPurpose) { return std::optional<QByteArray>(kDemoMasterPassword); };
    const ImportReport report = ImportJob(inventory, options).importData(sources);
    OPENSSL_cleanse(transfer.data(), size_t(transfer.size()));
    if (!report.failures.isEmpty())
        return std::unexpected(report.failures.first().prefixed(QStringLiteral("demo inventory")));
    out.certificates = report.imported;

    for (const Planned &plan : planned) {
        auto id = inventory.resolve(plan.sha256);
        if (!id)
            return std::unexpected(id.error());
        if (plan.sha256 == brokenSha)
            out.brokenChainId = *id;
        if (!plan.tags.isEmpty()) {
            if (auto r = inventory.addTags(*id, plan.tags); !r)
                return std::unexpected(r.error());
        }
    }
    for (const auto *ca : {&*root, &*tlsCa, &*internalCa}) {
        auto cert = toCertificate(*ca);
        if (!cert)
            return std::unexpected(cert.error());
        auto id = inventory.resolve(cert->sha256Hex());
        if (!id)
            return std::unexpected(id.error());
        if (ca == &*root)
            out.rootId = *id;
        else
            out.intermediateIds.append(*id);
    }
    inventory.keyStore().lock();
    out.totalMs = total.elapsed();
    return out;
}

Result<DemoInventory> createDemoInventory(const QString &path, const Clock &clock)
{
    const QString connection = QStringLiteral("certdesk-demo-%1-%2")
                                   .arg(quintptr(QThread::currentThreadId()))
                                   .arg(QUuid::createUuid().toString(QUuid::Id128));
    auto inventory = Inventory::open(path, clock, connection);
    if (!inventory)
        return std::unexpected(inventory.error());
    return populateDemoInventory(**inventory);
}

} // namespace certdesk::core
