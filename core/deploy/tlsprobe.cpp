#include "deploy/tlsprobe.h"

#include "crypto/ossl.h"
#include "deploy/probesocket.h"

#include <QElapsedTimer>
#include <QHostAddress>

#include <condition_variable>
#include <cstring>
#include <memory>
#include <mutex>
#include <system_error>
#include <thread>

#include <netdb.h>

namespace certdesk::core {

namespace {

using Clock = ProbeSocket::Clock;

struct Address
{
    sockaddr_storage storage{};
    socklen_t length = 0;
    QString text; // numeric
};

std::optional<Address> fromAddrinfo(const addrinfo *ai)
{
    if (!ai || ai->ai_addrlen > sizeof(sockaddr_storage))
        return std::nullopt;
    Address a;
    std::memcpy(&a.storage, ai->ai_addr, ai->ai_addrlen);
    a.length = ai->ai_addrlen;
    char host[NI_MAXHOST];
    if (::getnameinfo(ai->ai_addr, ai->ai_addrlen, host, sizeof host, nullptr, 0, NI_NUMERICHOST) == 0)
        a.text = QString::fromLatin1(host);
    return a;
}

using AddrinfoPtr = std::unique_ptr<addrinfo, ossl::OsslFree<&::freeaddrinfo>>;

// A name lookup that gives up at the deadline: getaddrinfo has no time limit, so it runs on a
// thread of its own that finishes (and frees its result) whenever the resolver is done.
std::expected<Address, ProbeFailure> resolve(const QString &name, quint16 port, Clock::time_point deadline, int timeoutMs)
{
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_NUMERICSERV;
    const QByteArray service = QByteArray::number(port);
    if (!QHostAddress(name).isNull()) {
        hints.ai_flags |= AI_NUMERICHOST;
        addrinfo *res = nullptr;
        const int rc = ::getaddrinfo(name.toLatin1().constData(), service.constData(), &hints, &res);
        AddrinfoPtr owned(res);
        if (rc != 0 || !owned)
            return std::unexpected(ProbeFailure{ProbeStatus::Unreachable, QStringLiteral("%1: not an address").arg(name)});
        return *fromAddrinfo(owned.get());
    }

    struct Lookup
    {
        std::mutex mutex;
        std::condition_variable done;
        bool finished = false;
        int rc = 0;
        AddrinfoPtr result;
    };
    auto lookup = std::make_shared<Lookup>();
    try {
        std::thread([lookup, host = name.toUtf8(), service, hints] {
            addrinfo *res = nullptr;
            const int rc = ::getaddrinfo(host.constData(), service.constData(), &hints, &res);
            const std::lock_guard lock(lookup->mutex);
            lookup->rc = rc;
            lookup->result.reset(res);
            lookup->finished = true;
            lookup->done.notify_all();
        }).detach();
    } catch (const std::system_error &) {
        return std::unexpected(ProbeFailure{ProbeStatus::Unreachable, QStringLiteral("cannot look up %1: no thread").arg(name)});
    }
    std::unique_lock lock(lookup->mutex);
    if (!lookup->done.wait_until(lock, deadline, [&] { return lookup->finished; }))
        return std::unexpected(ProbeFailure{ProbeStatus::Timeout, QStringLiteral("the name %1 did not resolve within %2 ms")
                                                                      .arg(name)
                                                                      .arg(timeoutMs)});
    if (lookup->rc != 0 || !lookup->result)
        return std::unexpected(ProbeFailure{ProbeStatus::Unreachable, QStringLiteral("cannot resolve %1: %2")
                                                                          .arg(name, QString::fromLocal8Bit(::gai_strerror(lookup->rc)))});
    const auto a = fromAddrinfo(lookup->result.get());
    if (!a)
        return std::unexpected(ProbeFailure{ProbeStatus::Unreachable, QStringLiteral("cannot resolve %1").arg(name)});
    return *a;
}

// One client context for every probe, made once and never changed afterwards (SSL_new on a
// configured SSL_CTX is thread-safe). It records what a server serves, so it accepts anything a
// server may choose: no verification, TLS 1.0 and up at security level 0, servers without secure
// renegotiation; anonymous suites are left out (they have no certificate to record).
SSL_CTX *probeContext(QString *why)
{
    static QString failure;
    static const ossl::SslCtxPtr ctx = [] {
        ossl::clearErrors();
        ossl::SslCtxPtr c(SSL_CTX_new(TLS_client_method()));
        if (!c || !SSL_CTX_set_min_proto_version(c.get(), TLS1_VERSION)
            || !SSL_CTX_set_cipher_list(c.get(), "ALL:!aNULL:!eNULL:@SECLEVEL=0")) {
            failure = QStringLiteral("cannot set up TLS: ") + ossl::drainErrors();
            return ossl::SslCtxPtr();
        }
        SSL_CTX_set_security_level(c.get(), 0);
        SSL_CTX_set_verify(c.get(), SSL_VERIFY_NONE, nullptr);
        SSL_CTX_set_options(c.get(), SSL_OP_LEGACY_SERVER_CONNECT | SSL_OP_NO_TICKET);
        SSL_CTX_set_session_cache_mode(c.get(), SSL_SESS_CACHE_OFF);
        return c;
    }();
    if (!ctx && why)
        *why = failure;
    return ctx.get();
}

// A TLS record starts with its content type (20-24) and major version 3.
bool looksLikeTls(const QByteArray &bytes)
{
    if (bytes.isEmpty() || uchar(bytes[0]) < 20 || uchar(bytes[0]) > 24)
        return false;
    return bytes.size() < 2 || bytes[1] == 3;
}

// Sends what OpenSSL wrote into its memory BIO.
std::optional<ProbeSocket::IoError> flush(ProbeSocket &socket, BIO *wbio)
{
    char chunk[16384];
    QByteArray out;
    int n = 0;
    while ((n = BIO_read(wbio, chunk, sizeof chunk)) > 0)
        out.append(chunk, n);
    return out.isEmpty() ? std::nullopt : socket.sendAll(out);
}

ProbeFailure transportFailure(const ProbeSocket::IoError &e, bool answered, int timeoutMs)
{
    using Kind = ProbeSocket::IoError::Kind;
    switch (e.kind) {
    case Kind::Timeout:
        return {ProbeStatus::Timeout, answered ? QStringLiteral("the TLS handshake did not finish within %1 ms").arg(timeoutMs)
                                               : QStringLiteral("connected, but no TLS answer within %1 ms").arg(timeoutMs)};
    case Kind::Closed:
        return {ProbeStatus::HandshakeFailed, answered ? QStringLiteral("the server closed the connection during the TLS handshake")
                                                       : QStringLiteral("the server closed the connection without answering the TLS handshake")};
    case Kind::Failed:
        break;
    }
    return {ProbeStatus::HandshakeFailed, QStringLiteral("%1 during the TLS handshake").arg(QString::fromLocal8Bit(std::strerror(e.err)).toLower())};
}

// The TLS handshake over memory BIOs: we move the bytes, so every wait keeps to the deadline
// and every write goes out with MSG_NOSIGNAL.
std::optional<ProbeFailure> handshake(ProbeSocket &socket, const QString &sni, ProbeResult &result)
{
    QString why;
    SSL_CTX *ctx = probeContext(&why);
    if (!ctx)
        return ProbeFailure{ProbeStatus::HandshakeFailed, why};
    ossl::clearErrors();
    ossl::SslPtr ssl(SSL_new(ctx));
    ossl::BioPtr in(BIO_new(BIO_s_mem())), out(BIO_new(BIO_s_mem()));
    if (!ssl || !in || !out)
        return ProbeFailure{ProbeStatus::HandshakeFailed, QStringLiteral("cannot set up TLS: ") + ossl::drainErrors()};
    BIO_set_mem_eof_return(in.get(), -1); // empty means "wait for more", not end of stream
    BIO *rbio = in.get();
    BIO *wbio = out.get();
    SSL_set_bio(ssl.get(), in.release(), out.release());
    SSL_set_connect_state(ssl.get());
    if (!sni.isEmpty() && !SSL_set_tlsext_host_name(ssl.get(), sni.toUtf8().constData()))
        return ProbeFailure{ProbeStatus::HandshakeFailed, QStringLiteral("cannot send the server name %1: %2").arg(sni, ossl::drainErrors())};

    bool answered = false;
    for (;;) {
        ossl::clearErrors();
        const int rc = SSL_do_handshake(ssl.get());
        const int code = rc == 1 ? SSL_ERROR_NONE : SSL_get_error(ssl.get(), rc);
        const QString reason = code == SSL_ERROR_SSL ? ossl::drainErrors() : QString();
        const auto sent = flush(socket, wbio); // the ClientHello, our Finished, or an alert we send
        if (code == SSL_ERROR_SSL)
            return ProbeFailure{ProbeStatus::HandshakeFailed,
                                QStringLiteral("handshake failed: ") + (reason.isEmpty() ? QStringLiteral("TLS error") : reason)};
        if (sent)
            return transportFailure(*sent, answered, socket.timeoutMs());
        if (code == SSL_ERROR_NONE)
            break;
        if (code != SSL_ERROR_WANT_READ)
            return ProbeFailure{ProbeStatus::HandshakeFailed, QStringLiteral("handshake failed (OpenSSL error %1)").arg(code)};
        const auto data = socket.receive();
        if (!data)
            return transportFailure(data.error(), answered, socket.timeoutMs());
        if (!answered && !looksLikeTls(*data))
            return ProbeFailure{ProbeStatus::NotTls, describeNonTlsAnswer(*data)};
        answered = true;
        BIO_write(rbio, data->constData(), int(data->size()));
    }

    if (const STACK_OF(X509) *chain = SSL_get_peer_cert_chain(ssl.get())) {
        for (int i = 0; i < sk_X509_num(chain); ++i)
            if (auto cert = Certificate::fromX509(sk_X509_value(chain, i)))
                result.chain.append(*cert);
    }
    result.tlsVersion = QString::fromLatin1(SSL_get_version(ssl.get()));
    if (const SSL_CIPHER *cipher = SSL_get_current_cipher(ssl.get()))
        result.cipher = QString::fromLatin1(SSL_CIPHER_get_name(cipher));
    // Say goodbye (close_notify), without waiting for the server's.
    SSL_shutdown(ssl.get());
    (void)flush(socket, wbio);
    ossl::clearErrors();
    return std::nullopt;
}

bool issuedBy(const Certificate &subject, const Certificate &issuer)
{
    X509 *s = subject.handle();
    X509 *i = issuer.handle();
    if (!s || !i)
        return false;
    ossl::clearErrors();
    bool ok = X509_check_issued(i, s) == X509_V_OK;
    if (ok) {
        EVP_PKEY *key = X509_get0_pubkey(i);
        ok = key && X509_verify(s, key) == 1;
    }
    ossl::clearErrors();
    return ok;
}

QString day(const QDateTime &t) { return t.toUTC().toString(QStringLiteral("yyyy-MM-dd")); }

} // namespace

QString startTlsName(StartTls mode)
{
    switch (mode) {
    case StartTls::None: return QStringLiteral("none");
    case StartTls::Smtp: return QStringLiteral("smtp");
    case StartTls::Imap: return QStringLiteral("imap");
    case StartTls::Pop3: return QStringLiteral("pop3");
    case StartTls::Postgres: return QStringLiteral("postgres");
    }
    return QStringLiteral("none");
}

std::optional<StartTls> startTlsFromName(const QString &name)
{
    for (StartTls mode : {StartTls::None, StartTls::Smtp, StartTls::Imap, StartTls::Pop3, StartTls::Postgres})
        if (name.compare(startTlsName(mode), Qt::CaseInsensitive) == 0)
            return mode;
    if (name.isEmpty())
        return StartTls::None;
    return std::nullopt;
}

StartTls startTlsForPort(quint16 port)
{
    switch (port) {
    case 25:
    case 587: return StartTls::Smtp;
    case 143: return StartTls::Imap;
    case 110: return StartTls::Pop3;
    case 5432: return StartTls::Postgres;
    default: return StartTls::None;
    }
}

QString ProbeTarget::label() const
{
    const QString h = host.isEmpty() ? address : host;
    QString out = h.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(h).arg(port) : QStringLiteral("%1:%2").arg(h).arg(port);
    if (!sni.isEmpty() && sni != host)
        out += QStringLiteral(" (%1)").arg(sni);
    return out;
}

QString probeStatusName(ProbeStatus status)
{
    switch (status) {
    case ProbeStatus::Tls: return QStringLiteral("TLS");
    case ProbeStatus::Closed: return QStringLiteral("CLOSED");
    case ProbeStatus::Timeout: return QStringLiteral("TIMEOUT");
    case ProbeStatus::NotTls: return QStringLiteral("NOT_TLS");
    case ProbeStatus::HandshakeFailed: return QStringLiteral("HANDSHAKE_FAILED");
    case ProbeStatus::Unreachable: return QStringLiteral("UNREACHABLE");
    }
    return QStringLiteral("UNREACHABLE");
}

ProbeResult probeEndpoint(const ProbeTarget &target, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    timeoutMs = qMax(1, timeoutMs);
    const auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
    ProbeResult result;
    result.target = target;

    const auto failure = [&]() -> std::optional<ProbeFailure> {
        const QString where = target.address.isEmpty() ? target.host : target.address;
        if (where.isEmpty())
            return ProbeFailure{ProbeStatus::Unreachable, QStringLiteral("no host or address")};
        const auto address = resolve(where, target.port, deadline, timeoutMs);
        if (!address)
            return address.error();
        result.target.address = address->text;
        ProbeSocket socket(deadline, timeoutMs);
        if (auto f = socket.connectTo(reinterpret_cast<const sockaddr *>(&address->storage), address->length))
            return f;
        if (auto f = socket.startTls(target.startTls))
            return f;
        const bool hostIsName = !target.host.isEmpty() && QHostAddress(target.host).isNull();
        return handshake(socket, !target.sni.isEmpty() ? target.sni : hostIsName ? target.host : QString(), result);
    }();

    if (failure) {
        result.status = failure->status;
        result.error = failure->error;
        result.chain.clear();
    } else {
        result.status = ProbeStatus::Tls;
    }
    result.elapsedMs = timer.elapsed();
    result.at = QDateTime::currentDateTimeUtc();
    return result;
}

QStringList servedChainProblems(const QList<Certificate> &chain, const QList<Certificate> &anchors, const QDateTime &now)
{
    QStringList problems;
    const auto name = [](const Certificate &c) { return c.subject().rfc4514; };
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const Certificate &c = chain[i];
        if (c.isExpiredAt(now))
            problems.append(QStringLiteral("%1: %2 (expired %3)")
                                .arg(i == 0 ? QStringLiteral("expired certificate")
                                     : c.isSelfSigned() ? QStringLiteral("expired root")
                                                        : QStringLiteral("expired intermediate"),
                                     name(c), day(c.notAfter())));
        if (c.isNotYetValidAt(now))
            problems.append(QStringLiteral("not yet valid: %1 (valid from %2)").arg(name(c), day(c.notBefore())));
    }
    const auto anchored = [&](const Certificate &c) {
        for (const Certificate &a : anchors)
            if (a == c || issuedBy(c, a))
                return true;
        return false;
    };
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const Certificate &c = chain[i];
        if (c.isSelfSigned() || (i + 1 < chain.size() && issuedBy(c, chain[i + 1])))
            continue;
        qsizetype issuer = -1;
        for (qsizetype j = 0; j < chain.size() && issuer < 0; ++j)
            if (j != i && issuedBy(c, chain[j]))
                issuer = j;
        if (issuer > i)
            problems.append(QStringLiteral("wrong order: the issuer %1 of %2 is sent as certificate %3, not right after it")
                                .arg(name(chain[issuer]), name(c))
                                .arg(issuer + 1));
        else if (issuer >= 0 && !chain[issuer].isSelfSigned()) // a root sent too early was reported with what it follows
            problems.append(QStringLiteral("wrong order: the issuer %1 of %2 is sent before it (as certificate %3)")
                                .arg(name(chain[issuer]), name(c))
                                .arg(issuer + 1));
        else if (issuer < 0 && !anchored(c))
            problems.append(QStringLiteral("missing intermediate: the issuer %1 of %2 is not sent").arg(c.issuer().rfc4514, name(c)));
    }
    return problems;
}

} // namespace certdesk::core
