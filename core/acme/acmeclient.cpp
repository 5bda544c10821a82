#include "acme/acmeclient.h"

#include "crypto/ossl.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

namespace certdesk::core {

namespace {

constexpr int kMaxNonceRetries = 20;
constexpr const char *kProblemPrefix = "urn:ietf:params:acme:error:";

QDateTime parseTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    // RFC 3339 with up to nanoseconds (pebble, Boulder): Qt reads at most milliseconds.
    static const QRegularExpression fraction(QStringLiteral("\\.(\\d{1,3})\\d*"));
    QString t = text;
    t.replace(fraction, QStringLiteral(".\\1"));
    QDateTime d = QDateTime::fromString(t, Qt::ISODateWithMs);
    return d.isValid() ? d.toUTC() : d;
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        out << e.toString();
    return out;
}

std::optional<AcmeProblem> problemOf(const QJsonValue &v)
{
    if (!v.isObject())
        return std::nullopt;
    return AcmeProblem::fromJson(v.toObject());
}

AcmeOrder orderFrom(const QJsonObject &o, const QString &url)
{
    AcmeOrder order;
    order.url = url;
    order.status = o.value(QLatin1String("status")).toString();
    order.expires = parseTime(o.value(QLatin1String("expires")).toString());
    for (const QJsonValue &id : o.value(QLatin1String("identifiers")).toArray())
        order.identifiers << id.toObject().value(QLatin1String("value")).toString();
    order.authorizations = stringList(o.value(QLatin1String("authorizations")));
    order.finalize = o.value(QLatin1String("finalize")).toString();
    order.certificate = o.value(QLatin1String("certificate")).toString();
    order.error = problemOf(o.value(QLatin1String("error")));
    return order;
}

AcmeChallenge challengeFrom(const QJsonObject &o)
{
    AcmeChallenge c;
    c.type = o.value(QLatin1String("type")).toString();
    c.url = o.value(QLatin1String("url")).toString();
    c.token = o.value(QLatin1String("token")).toString();
    c.status = o.value(QLatin1String("status")).toString();
    c.error = problemOf(o.value(QLatin1String("error")));
    return c;
}

AcmeAuthorization authorizationFrom(const QJsonObject &o, const QString &url)
{
    AcmeAuthorization a;
    a.url = url;
    a.identifier = o.value(QLatin1String("identifier")).toObject().value(QLatin1String("value")).toString();
    a.wildcard = o.value(QLatin1String("wildcard")).toBool();
    a.status = o.value(QLatin1String("status")).toString();
    a.expires = parseTime(o.value(QLatin1String("expires")).toString());
    for (const QJsonValue &c : o.value(QLatin1String("challenges")).toArray())
        a.challenges.append(challengeFrom(c.toObject()));
    return a;
}

} // namespace

// --- Problems ------------------------------------------------------------------------------

AcmeProblem AcmeProblem::fromJson(const QJsonObject &o, int httpStatus)
{
    AcmeProblem p;
    p.type = o.value(QLatin1String("type")).toString();
    p.detail = o.value(QLatin1String("detail")).toString();
    p.httpStatus = httpStatus ? httpStatus : o.value(QLatin1String("status")).toInt();
    p.identifier = o.value(QLatin1String("identifier")).toObject().value(QLatin1String("value")).toString();
    for (const QJsonValue &s : o.value(QLatin1String("subproblems")).toArray())
        p.subproblems.append(fromJson(s.toObject()));
    return p;
}

QString AcmeProblem::shortType() const
{
    return type.startsWith(QLatin1String(kProblemPrefix)) ? type.mid(int(qstrlen(kProblemPrefix))) : type;
}

QString AcmeProblem::plainWords() const
{
    static const QHash<QString, QString> words = {
        {QStringLiteral("accountDoesNotExist"), QStringLiteral("the CA has no account for this key")},
        {QStringLiteral("alreadyRevoked"), QStringLiteral("the certificate is revoked already")},
        {QStringLiteral("alreadyReplaced"), QStringLiteral("the certificate was already renewed by another order")},
        {QStringLiteral("badCSR"), QStringLiteral("the CA refused the certificate request")},
        {QStringLiteral("badNonce"), QStringLiteral("the CA refused the request's nonce")},
        {QStringLiteral("badPublicKey"), QStringLiteral("the CA does not accept this key")},
        {QStringLiteral("badRevocationReason"), QStringLiteral("the CA does not accept this revocation reason")},
        {QStringLiteral("badSignatureAlgorithm"), QStringLiteral("the CA does not accept the account key's signature algorithm")},
        {QStringLiteral("caa"), QStringLiteral("a CAA record forbids this CA to issue for the name")},
        {QStringLiteral("compound"), QStringLiteral("several problems")},
        {QStringLiteral("connection"), QStringLiteral("the CA could not connect to the server to validate the name")},
        {QStringLiteral("dns"), QStringLiteral("the CA's DNS look-up for the validation failed")},
        {QStringLiteral("externalAccountRequired"), QStringLiteral("the CA requires External Account Binding (a key id and HMAC key from the CA's website)")},
        {QStringLiteral("incorrectResponse"), QStringLiteral("the CA received a wrong validation response")},
        {QStringLiteral("invalidContact"), QStringLiteral("the CA does not accept the contact address")},
        {QStringLiteral("malformed"), QStringLiteral("the CA found the request malformed")},
        {QStringLiteral("orderNotReady"), QStringLiteral("the order is not ready to be finalized")},
        {QStringLiteral("rateLimited"), QStringLiteral("the CA's rate limit was reached")},
        {QStringLiteral("rejectedIdentifier"), QStringLiteral("the CA will not issue for this name")},
        {QStringLiteral("serverInternal"), QStringLiteral("the ACME server had an internal error")},
        {QStringLiteral("tls"), QStringLiteral("a TLS error occurred while the CA validated the name")},
        {QStringLiteral("unauthorized"), QStringLiteral("the CA could not confirm control of the name")},
        {QStringLiteral("unsupportedContact"), QStringLiteral("the CA does not support this kind of contact")},
        {QStringLiteral("unsupportedIdentifier"), QStringLiteral("the CA does not issue for this kind of name")},
        {QStringLiteral("userActionRequired"), QStringLiteral("the CA asks you to act on its website (new terms of service?)")},
    };
    const QString t = shortType();
    QString out = words.value(t, t.isEmpty() ? QStringLiteral("the ACME server refused the request") : QStringLiteral("the CA reported \"%1\"").arg(t));
    if (!identifier.isEmpty())
        out = identifier + QStringLiteral(": ") + out;
    if (!detail.isEmpty())
        out += QStringLiteral(" (%1)").arg(detail.simplified().left(500));
    for (const AcmeProblem &s : subproblems)
        out += QStringLiteral("; ") + s.plainWords();
    return out;
}

const AcmeChallenge *AcmeAuthorization::challenge(const QString &type) const
{
    for (const AcmeChallenge &c : challenges)
        if (c.type == type)
            return &c;
    return nullptr;
}

std::optional<AcmeProblem> AcmeAuthorization::problem() const
{
    for (const AcmeChallenge &c : challenges)
        if (c.error) {
            AcmeProblem p = *c.error;
            if (p.identifier.isEmpty())
                p.identifier = wildcard ? QStringLiteral("*.") + identifier : identifier;
            return p;
        }
    return std::nullopt;
}

// --- HTTP ----------------------------------------------------------------------------------

struct AcmeClient::Response
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[k, v] : headers)
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        return {};
    }
    // Link header targets with rel=REL (the header may repeat, or hold several links).
    QStringList links(const QString &rel) const
    {
        static const QRegularExpression link(QStringLiteral("<([^>]*)>\\s*;[^,<]*rel=\"?([^\";,]+)\"?"));
        QStringList out;
        for (const auto &[k, v] : headers) {
            if (k.compare("link", Qt::CaseInsensitive) != 0)
                continue;
            auto it = link.globalMatch(QString::fromLatin1(v));
            while (it.hasNext()) {
                const auto m = it.next();
                if (m.captured(2) == rel)
                    out << m.captured(1);
            }
        }
        return out;
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

AcmeClient::AcmeClient(Options options)
    : m_options(std::move(options))
{
}

AcmeClient::~AcmeClient() = default;

QNetworkAccessManager &AcmeClient::network()
{
    if (!m_network) {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }
    return *m_network;
}

Result<void> AcmeClient::wait(int msecs)
{
    QEventLoop loop;
    QTimer done;
    done.setSingleShot(true);
    QObject::connect(&done, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (m_options.cancelled && m_options.cancelled())
            loop.quit();
    });
    done.start(std::max(0, msecs));
    poll.start(100);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (m_options.cancelled && m_options.cancelled())
        return fail(ErrorCode::Cancelled, QStringLiteral("cancelled"));
    return {};
}

Result<AcmeClient::Response> AcmeClient::http(const QByteArray &method, const QString &url, const QByteArray &body)
{
    const QUrl target(url);
    if (!target.isValid() || (target.scheme() != QLatin1String("https") && target.scheme() != QLatin1String("http")))
        return fail(ErrorCode::InvalidInput, QStringLiteral("not an ACME URL: %1").arg(url));
    QNetworkRequest req(target);
    req.setHeader(QNetworkRequest::UserAgentHeader, m_options.userAgent);
    req.setRawHeader("Accept-Language", "en");
    req.setTransferTimeout(m_options.timeoutMs);
    if (method == "POST")
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/jose+json"));
    if (target.scheme() == QLatin1String("https") && !m_options.extraTrustPem.isEmpty()) {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.addCaCertificates(QSslCertificate::fromData(m_options.extraTrustPem, QSsl::Pem));
        req.setSslConfiguration(conf);
    }
    QNetworkReply *reply = method == "GET" ? network().get(req) : method == "HEAD" ? network().head(req) : network().post(req, body);
    std::unique_ptr<QNetworkReply> owner(reply);
    QStringList sslErrors;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            sslErrors << e.errorString();
    });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    bool cancelled = false;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (m_options.cancelled && m_options.cancelled()) {
            cancelled = true;
            reply->abort();
        }
    });
    poll.start(100);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (cancelled)
        return fail(ErrorCode::Cancelled, QStringLiteral("cancelled"));

    Response r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (r.status == 0) {
        const QString host = target.host() + (target.port() > 0 ? QStringLiteral(":%1").arg(target.port()) : QString());
        if (!sslErrors.isEmpty())
            return fail(ErrorCode::Io, QStringLiteral("the TLS certificate of the ACME server %1 is not trusted (%2): give the "
                                                      "server's CA as the account's extra trust anchor")
                                           .arg(host, sslErrors.join(QStringLiteral("; "))));
        if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError)
            return fail(ErrorCode::Io, QStringLiteral("the ACME server %1 did not answer within %2 s").arg(host).arg(m_options.timeoutMs / 1000));
        return fail(ErrorCode::Io, QStringLiteral("cannot reach the ACME server %1: %2").arg(host, reply->errorString()));
    }
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    if (const QByteArray n = r.header("Replay-Nonce"); !n.isEmpty())
        m_nonce = QString::fromLatin1(n);
    return r;
}

Error AcmeClient::problemError(const Response &r, const QString &what) const
{
    const QJsonObject o = r.json();
    AcmeProblem p = AcmeProblem::fromJson(o, r.status);
    if (p.type.isEmpty() && p.detail.isEmpty())
        p.detail = QStringLiteral("HTTP %1 %2").arg(r.status).arg(QString::fromUtf8(r.body.left(200)).simplified());
    const QString t = p.shortType();
    const ErrorCode code = t == QLatin1String("rateLimited")           ? ErrorCode::LimitExceeded
                           : t == QLatin1String("accountDoesNotExist") ? ErrorCode::NotFound
                           : t == QLatin1String("serverInternal") || r.status >= 500 ? ErrorCode::Io
                                                                                     : ErrorCode::InvalidInput;
    return Error{code, what + QStringLiteral(": ") + p.plainWords()};
}

Result<AcmeDirectory> AcmeClient::directory()
{
    if (m_directory)
        return *m_directory;
    auto r = http("GET", m_options.directoryUrl);
    if (!r)
        return std::unexpected(r.error());
    if (r->status != 200)
        return std::unexpected(problemError(*r, QStringLiteral("cannot read the ACME directory %1").arg(m_options.directoryUrl)));
    const QJsonObject o = r->json();
    AcmeDirectory d;
    d.newNonce = o.value(QLatin1String("newNonce")).toString();
    d.newAccount = o.value(QLatin1String("newAccount")).toString();
    d.newOrder = o.value(QLatin1String("newOrder")).toString();
    d.newAuthz = o.value(QLatin1String("newAuthz")).toString();
    d.revokeCert = o.value(QLatin1String("revokeCert")).toString();
    d.keyChange = o.value(QLatin1String("keyChange")).toString();
    d.renewalInfo = o.value(QLatin1String("renewalInfo")).toString();
    const QJsonObject meta = o.value(QLatin1String("meta")).toObject();
    d.termsOfService = meta.value(QLatin1String("termsOfService")).toString();
    d.website = meta.value(QLatin1String("website")).toString();
    d.caaIdentities = stringList(meta.value(QLatin1String("caaIdentities")));
    d.externalAccountRequired = meta.value(QLatin1String("externalAccountRequired")).toBool();
    if (d.newNonce.isEmpty() || d.newAccount.isEmpty() || d.newOrder.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("%1 is not an ACME directory (no newNonce, newAccount or newOrder)")
                                                 .arg(m_options.directoryUrl));
    m_directory = d;
    return d;
}

Result<QString> AcmeClient::nonce()
{
    if (!m_nonce.isEmpty())
        return std::exchange(m_nonce, QString());
    auto dir = directory();
    if (!dir)
        return std::unexpected(dir.error());
    auto r = http("HEAD", dir->newNonce);
    if (!r)
        return std::unexpected(r.error());
    if (m_nonce.isEmpty())
        return fail(ErrorCode::Io, QStringLiteral("the ACME server gave no nonce (HTTP %1 from %2)").arg(r->status).arg(dir->newNonce));
    return std::exchange(m_nonce, QString());
}

Result<AcmeClient::Response> AcmeClient::post(const QString &url, const QByteArray &payload, bool useJwk)
{
    if (!m_key)
        return fail(ErrorCode::InvalidInput, QStringLiteral("no ACME account key"));
    if (!useJwk && m_kid.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("the ACME account is not registered yet"));
    for (int attempt = 0;; ++attempt) {
        auto n = nonce();
        if (!n)
            return std::unexpected(n.error());
        auto jws = m_key->sign(payload, url, *n, useJwk ? QString() : m_kid);
        if (!jws)
            return std::unexpected(jws.error());
        auto r = http("POST", url, *jws);
        if (!r)
            return r;
        if (r->status == 400 && attempt < kMaxNonceRetries
            && r->json().value(QLatin1String("type")).toString() == QLatin1String("urn:ietf:params:acme:error:badNonce"))
            continue; // RFC 8555 section 6.5: retry with the nonce that came with the error
        return r;
    }
}

Result<AcmeClient::Response> AcmeClient::call(const QString &url, const QByteArray &payload, const QString &what, std::initializer_list<int> ok)
{
    auto r = post(url, payload);
    if (!r)
        return r;
    if (std::find(ok.begin(), ok.end(), r->status) == ok.end())
        return std::unexpected(problemError(*r, what));
    return r;
}

Result<AcmeClient::Response> AcmeClient::postJson(const QString &url, const QJsonObject &payload, bool useJwk)
{
    return post(url, QJsonDocument(payload).toJson(QJsonDocument::Compact), useJwk);
}

void AcmeClient::setAccount(const JwsSigner &key, const QString &accountUrl)
{
    m_key = key;
    m_kid = accountUrl;
}

Result<AcmeAccountState> AcmeClient::accountFrom(const Response &r)
{
    const QJsonObject o = r.json();
    AcmeAccountState a;
    a.url = QString::fromLatin1(r.header("Location"));
    if (a.url.isEmpty())
        a.url = m_kid;
    a.status = o.value(QLatin1String("status")).toString();
    a.contacts = stringList(o.value(QLatin1String("contact")));
    a.orders = o.value(QLatin1String("orders")).toString();
    return a;
}

Result<AcmeAccountState> AcmeClient::newAccount(const NewAccount &request)
{
    auto dir = directory();
    if (!dir)
        return std::unexpected(dir.error());
    if (!m_key)
        return fail(ErrorCode::InvalidInput, QStringLiteral("no ACME account key"));
    QJsonObject payload;
    if (request.onlyReturnExisting) {
        payload.insert(QStringLiteral("onlyReturnExisting"), true);
    } else {
        QJsonArray contacts;
        for (const QString &c : request.contacts)
            contacts.append(c.contains(QLatin1Char(':')) ? c : QStringLiteral("mailto:") + c);
        if (!contacts.isEmpty())
            payload.insert(QStringLiteral("contact"), contacts);
        if (!dir->termsOfService.isEmpty() && !request.termsAgreed)
            return fail(ErrorCode::InvalidInput, QStringLiteral("the CA's terms of service must be agreed to first: %1").arg(dir->termsOfService));
        if (request.termsAgreed)
            payload.insert(QStringLiteral("termsOfServiceAgreed"), true);
        if (!request.eabKeyId.isEmpty()) {
            auto eab = externalAccountBinding(request.eabKeyId, request.eabHmacKey, m_key->jwk(), dir->newAccount);
            if (!eab)
                return std::unexpected(eab.error());
            payload.insert(QStringLiteral("externalAccountBinding"), *eab);
        } else if (dir->externalAccountRequired) {
            return fail(ErrorCode::InvalidInput, QStringLiteral("this CA requires External Account Binding: give the key id and "
                                                                "HMAC key from the CA's website"));
        }
    }
    auto r = postJson(dir->newAccount, payload, true);
    if (!r)
        return std::unexpected(r.error());
    if (r->status != 200 && r->status != 201)
        return std::unexpected(problemError(*r, request.onlyReturnExisting ? QStringLiteral("cannot look the account up")
                                                                           : QStringLiteral("cannot create the account")));
    auto a = accountFrom(*r);
    if (a && !a->url.isEmpty())
        m_kid = a->url;
    return a;
}

Result<AcmeAccountState> AcmeClient::account()
{
    auto r = post(m_kid, {});
    if (!r)
        return std::unexpected(r.error());
    if (r->status != 200)
        return std::unexpected(problemError(*r, QStringLiteral("cannot read the account %1").arg(m_kid)));
    return accountFrom(*r);
}

Result<AcmeAccountState> AcmeClient::updateContacts(const QStringList &contacts)
{
    QJsonArray list;
    for (const QString &c : contacts)
        list.append(c.contains(QLatin1Char(':')) ? c : QStringLiteral("mailto:") + c);
    auto r = postJson(m_kid, {{QStringLiteral("contact"), list}});
    if (!r)
        return std::unexpected(r.error());
    if (r->status != 200)
        return std::unexpected(problemError(*r, QStringLiteral("cannot update the account's contacts")));
    return accountFrom(*r);
}

Result<AcmeAccountState> AcmeClient::deactivateAccount()
{
    auto r = postJson(m_kid, {{QStringLiteral("status"), QStringLiteral("deactivated")}});
    if (!r)
        return std::unexpected(r.error());
    if (r->status != 200)
        return std::unexpected(problemError(*r, QStringLiteral("cannot deactivate the account")));
    return accountFrom(*r);
}

Result<void> AcmeClient::changeKey(const JwsSigner &newKey)
{
    auto dir = directory();
    if (!dir)
        return std::unexpected(dir.error());
    if (dir->keyChange.isEmpty())
        return fail(ErrorCode::UnsupportedFormat, QStringLiteral("this ACME server offers no key change"));
    const QJsonObject inner{{QStringLiteral("account"), m_kid}, {QStringLiteral("oldKey"), m_key->jwk()}};
    auto innerJws = newKey.signWithHeader({{QStringLiteral("alg"), newKey.algorithm()},
                                           {QStringLiteral("jwk"), newKey.jwk()},
                                           {QStringLiteral("url"), dir->keyChange}},
                                          QJsonDocument(inner).toJson(QJsonDocument::Compact));
    if (!innerJws)
        return std::unexpected(innerJws.error());
    auto r = postJson(dir->keyChange, *innerJws);
    if (!r)
        return std::unexpected(r.error());
    if (r->status != 200)
        return std::unexpected(problemError(*r, QStringLiteral("cannot change the account key")));
    m_key = newKey;
    return {};
}

// --- Orders --------------------------------------------------------------------------------

Result<AcmeOrder> AcmeClient::newOrder(const QStringList &dnsNames, const QString &replaces)
{
    auto dir = directory();
    if (!dir)
        return std::unexpected(dir.error());
    QJsonArray ids;
    for (const QString &n : dnsNames)
        ids.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("dns")}, {QStringLiteral("value"), n}});
    QJsonObject payload{{QStringLiteral("identifiers"), ids}};
    if (!replaces.isEmpty() && !dir->renewalInfo.isEmpty())
        payload.insert(QStringLiteral("replaces"), replaces);
    auto r = postJson(dir->newOrder, payload);
    if (!r)
        return std::unexpected(r.error());
    if (r->status != 201 && r->status != 200)
        return std::unexpected(problemError(*r, QStringLiteral("the CA refused the order")));
    return orderFrom(r->json(), QString::fromLatin1(r->header("Location")));
}

Result<AcmeOrder> AcmeClient::order(const QString &url)
{
    auto r = call(url, {}, QStringLiteral("cannot read the order"));
    if (!r)
        return std::unexpected(r.error());
    return orderFrom(r->json(), url);
}

Result<AcmeAuthorization> AcmeClient::authorization(const QString &url)
{
    auto r = call(url, {}, QStringLiteral("cannot read the authorization"));
    if (!r)
        return std::unexpected(r.error());
    return authorizationFrom(r->json(), url);
}

Result<AcmeChallenge> AcmeClient::respond(const QString &challengeUrl)
{
    auto r = call(challengeUrl, QByteArrayLiteral("{}"), QStringLiteral("the CA refused the challenge response"));
    if (!r)
        return std::unexpected(r.error());
    return challengeFrom(r->json());
}

Result<AcmeOrder> AcmeClient::finalize(const AcmeOrder &order, const QByteArray &csrDer)
{
    auto r = postJson(order.finalize, {{QStringLiteral("csr"), QString::fromLatin1(base64Url(csrDer))}});
    if (!r)
        return std::unexpected(r.error());
    if (r->status != 200)
        return std::unexpected(problemError(*r, QStringLiteral("the CA refused to finalize the order")));
    return orderFrom(r->json(), order.url);
}

namespace {
// The next poll: Retry-After when the server gave one (within the time left), else a backoff from
// a quarter of a second growing by half each time up to 5 s.
int pollDelay(const QDateTime &retryAfter, int attempt, qint64 leftMs)
{
    qint64 ms = 250;
    for (int i = 0; i < attempt && ms < 5000; ++i)
        ms = ms * 3 / 2;
    ms = std::min<qint64>(ms, 5000);
    if (retryAfter.isValid())
        ms = std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(retryAfter), 100, 60000);
    return int(std::max<qint64>(0, std::min(ms, leftMs)));
}
} // namespace

// Reads url (POST-as-GET) until done(parse(answer)) or the time runs out; between reads waits the
// server's Retry-After or pollDelay's backoff.
template<typename T>
Result<T> AcmeClient::poll(const QString &url, const QString &what, const std::function<T(const QJsonObject &)> &parse,
                           const std::function<bool(const T &)> &done, const std::function<QString(const T &)> &timedOut)
{
    QElapsedTimer clock;
    clock.start();
    for (int attempt = 0;; ++attempt) {
        auto r = call(url, {}, what);
        if (!r)
            return std::unexpected(r.error());
        T value = parse(r->json());
        if (done(value))
            return value;
        const qint64 left = qint64(m_options.maxPollSeconds) * 1000 - clock.elapsed();
        if (left <= 0)
            return fail(ErrorCode::Io, timedOut(value));
        if (auto w = wait(pollDelay(parseRetryAfter(r->header("Retry-After"), QDateTime::currentDateTimeUtc()), attempt, left)); !w)
            return std::unexpected(w.error());
    }
}

Result<AcmeAuthorization> AcmeClient::waitForAuthorization(const QString &url, const std::function<void(const AcmeAuthorization &)> &progress)
{
    return poll<AcmeAuthorization>(
        url, QStringLiteral("cannot read the authorization"), [&](const QJsonObject &o) { return authorizationFrom(o, url); },
        [&](const AcmeAuthorization &a) {
            if (progress)
                progress(a);
            return a.status != QLatin1String("pending") && a.status != QLatin1String("processing");
        },
        [&](const AcmeAuthorization &a) {
            return QStringLiteral("the CA did not finish validating %1 within %2 s").arg(a.identifier).arg(m_options.maxPollSeconds);
        });
}

Result<AcmeOrder> AcmeClient::waitForOrder(const QString &url, const QStringList &untilNot)
{
    return poll<AcmeOrder>(
        url, QStringLiteral("cannot read the order"), [&](const QJsonObject &o) { return orderFrom(o, url); },
        [&](const AcmeOrder &o) { return !untilNot.contains(o.status); },
        [&](const AcmeOrder &o) { return QStringLiteral("the CA's order stayed %1 for %2 s").arg(o.status).arg(m_options.maxPollSeconds); });
}

Result<AcmeChain> AcmeClient::downloadChain(const QString &url)
{
    auto r = call(url, {}, QStringLiteral("cannot download the certificate"));
    if (!r)
        return std::unexpected(r.error());
    if (!r->body.contains("-----BEGIN CERTIFICATE-----"))
        return fail(ErrorCode::InvalidInput, QStringLiteral("the CA sent no PEM certificate chain from %1").arg(url));
    AcmeChain chain;
    chain.pem = r->body;
    chain.alternates = r->links(QStringLiteral("alternate"));
    return chain;
}

Result<void> AcmeClient::revoke(const QByteArray &certificateDer, int reason)
{
    auto dir = directory();
    if (!dir)
        return std::unexpected(dir.error());
    QJsonObject payload{{QStringLiteral("certificate"), QString::fromLatin1(base64Url(certificateDer))}};
    if (reason != 0)
        payload.insert(QStringLiteral("reason"), reason);
    auto r = postJson(dir->revokeCert, payload);
    if (!r)
        return std::unexpected(r.error());
    if (r->status != 200)
        return std::unexpected(problemError(*r, QStringLiteral("the CA refused the revocation")));
    return {};
}

Result<AcmeRenewalInfo> AcmeClient::renewalInfo(const QString &certificateId)
{
    auto dir = directory();
    if (!dir)
        return std::unexpected(dir.error());
    if (dir->renewalInfo.isEmpty())
        return fail(ErrorCode::UnsupportedFormat, QStringLiteral("this ACME server offers no renewal information (ARI)"));
    QString base = dir->renewalInfo;
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    auto r = http("GET", base + certificateId);
    if (!r)
        return std::unexpected(r.error());
    if (r->status != 200)
        return std::unexpected(problemError(*r, QStringLiteral("cannot read the renewal information")));
    const QJsonObject window = r->json().value(QLatin1String("suggestedWindow")).toObject();
    AcmeRenewalInfo info;
    info.start = parseTime(window.value(QLatin1String("start")).toString());
    info.end = parseTime(window.value(QLatin1String("end")).toString());
    info.explanationUrl = r->json().value(QLatin1String("explanationURL")).toString();
    info.retryAfter = parseRetryAfter(r->header("Retry-After"), QDateTime::currentDateTimeUtc());
    if (!info.start.isValid() || !info.end.isValid() || info.end < info.start)
        return fail(ErrorCode::InvalidInput, QStringLiteral("the renewal information has no valid suggested window"));
    return info;
}

// --- Helpers -------------------------------------------------------------------------------

Result<QString> ariCertificateId(const QByteArray &certificateDer)
{
    const auto *p = reinterpret_cast<const unsigned char *>(certificateDer.constData());
    ossl::X509Ptr x(d2i_X509(nullptr, &p, certificateDer.size()));
    if (!x)
        return fail(ErrorCode::InvalidInput, QStringLiteral("not a DER certificate"));
    const ASN1_OCTET_STRING *aki = X509_get0_authority_key_id(x.get());
    if (!aki)
        return fail(ErrorCode::InvalidInput, QStringLiteral("the certificate has no authority key identifier (ARI needs one)"));
    unsigned char *der = nullptr;
    const int len = i2d_ASN1_INTEGER(X509_get0_serialNumber(x.get()), &der);
    if (len <= 2)
        return fail(ErrorCode::InvalidInput, QStringLiteral("cannot encode the serial number"));
    QByteArray serial(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    // Strip the INTEGER's tag and length: ARI wants the content octets.
    int header = 2;
    if (quint8(serial.at(1)) & 0x80)
        header += quint8(serial.at(1)) & 0x7f;
    const QByteArray keyId(reinterpret_cast<const char *>(ASN1_STRING_get0_data(aki)), ASN1_STRING_length(aki));
    return QString::fromLatin1(base64Url(keyId) + '.' + base64Url(serial.mid(header)));
}

QDateTime parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return {};
    bool ok = false;
    const qint64 secs = v.toLongLong(&ok);
    if (ok)
        return secs >= 0 ? now.addSecs(secs) : QDateTime();
    // An HTTP date (RFC 9110 IMF-fixdate: "Fri, 27 Nov 2026 12:30:00 GMT"); Qt reads numeric zones only.
    QString date = QString::fromLatin1(v);
    if (date.endsWith(QLatin1String(" GMT")))
        date = date.left(date.size() - 4) + QStringLiteral(" +0000");
    QDateTime d = QDateTime::fromString(date, Qt::RFC2822Date);
    return d.isValid() ? d.toUTC() : QDateTime();
}

} // namespace certdesk::core
