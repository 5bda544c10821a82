#include "acme/acmeorder.h"

#include "ca/certificateauthority.h"
#include "ca/x509build.h"
#include "crypto/ossl.h"
#include "x509/pem.h"

namespace certdesk::core {

namespace {

Result<QList<Certificate>> parseChain(const QByteArray &pem)
{
    QList<Certificate> out;
    for (const PemBlock &b : scanPem(pem)) {
        if (b.label != "CERTIFICATE")
            continue;
        if (b.error)
            return std::unexpected(b.error->prefixed(QStringLiteral("certificate %1 of the CA's chain").arg(out.size() + 1)));
        auto cert = Certificate::fromDer(b.der);
        if (!cert)
            return std::unexpected(cert.error().prefixed(QStringLiteral("certificate %1 of the CA's chain").arg(out.size() + 1)));
        out.append(*cert);
    }
    if (out.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("the CA's chain holds no certificate"));
    return out;
}

// Takes the answers away on every path out of run().
class CleanUp
{
public:
    explicit CleanUp(ChallengeSolver &solver) : m_solver(solver) {}
    ~CleanUp()
    {
        for (const ChallengeTask &t : std::as_const(m_tasks))
            m_solver.cleanUp(t);
    }
    void add(const ChallengeTask &t) { m_tasks.append(t); }
    const QList<ChallengeTask> &tasks() const { return m_tasks; }

private:
    ChallengeSolver &m_solver;
    QList<ChallengeTask> m_tasks;
};

} // namespace

AcmeOrderRunner::AcmeOrderRunner(AcmeClient &client, ChallengeSolver &solver, AcmeProgressCallback progress)
    : m_client(client), m_solver(solver), m_progress(std::move(progress))
{
}

void AcmeOrderRunner::report(const QString &step, const QString &identifier, const QString &detail)
{
    if (m_progress)
        m_progress(AcmeProgress{step, identifier, detail});
}

Result<AcmeIssued> AcmeOrderRunner::run(const QStringList &names, const PrivateKey &key, const QString &replaces)
{
    if (names.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("an order needs at least one name"));
    const QString type = m_solver.challengeType();
    if (type == QLatin1String("http-01"))
        for (const QString &n : names)
            if (n.startsWith(QLatin1String("*.")))
                return fail(ErrorCode::InvalidInput, QStringLiteral("%1: a wildcard name can only be validated through DNS (dns-01)").arg(n));

    report(QStringLiteral("ORDER"), {}, QStringLiteral("ordering %1").arg(names.join(QStringLiteral(", "))));
    auto order = m_client.newOrder(names, replaces);
    if (!order)
        return std::unexpected(order.error());
    AcmeIssued issued;
    issued.orderUrl = order->url;
    if (order->status == QLatin1String("invalid"))
        return fail(ErrorCode::InvalidInput, QStringLiteral("the CA created the order invalid: %1")
                                                 .arg(order->error ? order->error->plainWords() : QStringLiteral("no reason given")));

    if (auto p = m_solver.prepare(); !p)
        return std::unexpected(p.error());
    CleanUp cleanUp(m_solver);
    QList<std::pair<AcmeChallenge, QString>> toAnswer; // challenge, authorization URL
    for (const QString &authzUrl : std::as_const(order->authorizations)) {
        auto authz = m_client.authorization(authzUrl);
        if (!authz)
            return std::unexpected(authz.error());
        const QString name = authz->wildcard ? QStringLiteral("*.") + authz->identifier : authz->identifier;
        if (authz->status == QLatin1String("valid")) {
            report(QStringLiteral("VALID"), name, QStringLiteral("validated earlier"));
            continue;
        }
        if (authz->status != QLatin1String("pending"))
            return fail(ErrorCode::InvalidInput, QStringLiteral("%1: the authorization is %2%3").arg(name, authz->status,
                        authz->problem() ? QStringLiteral(": ") + authz->problem()->plainWords() : QString()));
        const AcmeChallenge *challenge = authz->challenge(type);
        if (!challenge) {
            QStringList offered;
            for (const AcmeChallenge &c : std::as_const(authz->challenges))
                offered << c.type;
            return fail(ErrorCode::InvalidInput, QStringLiteral("%1: the CA offers no %2 challenge (it offers %3)")
                                                     .arg(name, type, offered.join(QStringLiteral(", "))));
        }
        ChallengeTask task;
        task.identifier = name;
        task.type = type;
        task.token = challenge->token;
        task.keyAuthorization = m_client.keyAuthorization(challenge->token);
        task.recordName = QStringLiteral("_acme-challenge.") + authz->identifier + QLatin1Char('.');
        task.txtValue = dnsTxtValue(task.keyAuthorization);
        if (auto p = m_solver.present(task); !p)
            return std::unexpected(p.error().prefixed(name));
        cleanUp.add(task);
        toAnswer.append({*challenge, authzUrl});
        report(QStringLiteral("CHALLENGE"), name, type == QLatin1String("dns-01")
                                                      ? QStringLiteral("TXT %1 \"%2\"").arg(task.recordName, task.txtValue)
                                                      : QStringLiteral("answer ready for token %1").arg(task.token));
    }
    if (auto r = m_solver.ready(cleanUp.tasks()); !r)
        return std::unexpected(r.error());

    for (const auto &[challenge, authzUrl] : std::as_const(toAnswer))
        if (auto r = m_client.respond(challenge.url); !r)
            return std::unexpected(r.error());
    for (const auto &[challenge, authzUrl] : std::as_const(toAnswer)) {
        auto done = m_client.waitForAuthorization(authzUrl, [&](const AcmeAuthorization &a) {
            report(QStringLiteral("VALIDATING"), a.wildcard ? QStringLiteral("*.") + a.identifier : a.identifier, a.status);
        });
        if (!done)
            return std::unexpected(done.error());
        const QString name = done->wildcard ? QStringLiteral("*.") + done->identifier : done->identifier;
        if (done->status != QLatin1String("valid")) {
            const QString why = done->problem() ? done->problem()->plainWords()
                                                : QStringLiteral("%1: the authorization ended %2").arg(name, done->status);
            report(QStringLiteral("INVALID"), name, why);
            return fail(ErrorCode::InvalidInput, QStringLiteral("validation failed: %1").arg(why));
        }
        report(QStringLiteral("VALID"), name, QStringLiteral("validated"));
    }

    auto ready = m_client.waitForOrder(order->url, {QStringLiteral("pending")});
    if (!ready)
        return std::unexpected(ready.error());
    if (ready->status != QLatin1String("ready") && ready->status != QLatin1String("valid"))
        return fail(ErrorCode::InvalidInput, QStringLiteral("the order is %1 after validation%2").arg(ready->status,
                    ready->error ? QStringLiteral(": ") + ready->error->plainWords() : QString()));

    AcmeOrder finalized = *ready;
    if (ready->status == QLatin1String("ready")) {
        report(QStringLiteral("FINALIZE"), {}, QStringLiteral("sending the certificate request"));
        // The CN is the first name when it fits (64 octets); the SANs carry every name.
        const QString cn = names.first().size() > 64 ? QStringLiteral("certdesk") : names.first();
        auto subject = ca::parseDistinguishedName(QStringLiteral("CN=") + cn);
        if (!subject)
            return std::unexpected(subject.error());
        QList<GeneralName> sans;
        for (const QString &n : names)
            sans.append(GeneralName{GeneralName::Kind::Dns, n});
        auto csr = ca::buildRequestCsr(subject->get(), key.handle(), signingAlgorithmsFor(key.algorithm()).value(0), sans);
        if (!csr)
            return std::unexpected(csr.error());
        auto f = m_client.finalize(*ready, *csr);
        if (!f)
            return std::unexpected(f.error());
        auto done = m_client.waitForOrder(order->url, {QStringLiteral("ready"), QStringLiteral("processing")});
        if (!done)
            return std::unexpected(done.error());
        finalized = *done;
    }
    if (finalized.status != QLatin1String("valid") || finalized.certificate.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("the CA did not issue: the order is %1%2").arg(finalized.status,
                    finalized.error ? QStringLiteral(": ") + finalized.error->plainWords() : QString()));

    report(QStringLiteral("DOWNLOAD"), {}, finalized.certificate);
    auto chain = m_client.downloadChain(finalized.certificate);
    if (!chain)
        return std::unexpected(chain.error());
    auto certs = parseChain(chain->pem);
    if (!certs)
        return std::unexpected(certs.error());
    if (!m_preferredRoot.isEmpty() && certs->last().issuer().value(QStringLiteral("CN")) != m_preferredRoot) {
        for (const QString &alt : std::as_const(chain->alternates)) {
            auto other = m_client.downloadChain(alt);
            if (!other)
                continue;
            auto parsed = parseChain(other->pem);
            if (parsed && parsed->last().issuer().value(QStringLiteral("CN")) == m_preferredRoot) {
                certs = parsed;
                break;
            }
        }
    }
    if (certs->first().publicKeySha256() != key.publicKeySha256())
        return fail(ErrorCode::InvalidInput, QStringLiteral("the CA returned a certificate for another key"));
    issued.chain = *certs;
    issued.certificateUrl = finalized.certificate;
    issued.cleanUpLeftovers = m_solver.leftovers();
    report(QStringLiteral("DONE"), {}, QStringLiteral("serial %1, valid until %2")
                                           .arg(certs->first().serial(), certs->first().notAfter().toString(Qt::ISODate)));
    return issued;
}

} // namespace certdesk::core
