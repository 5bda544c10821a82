#pragma once

#include "crypto/error.h"
#include "x509/certificate.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace certdesk::core {

// How a connection reaches TLS: at once (HTTPS, LDAPS, IMAPS ...) or after the protocol's
// own STARTTLS step.
enum class StartTls {
    None,     // implicit TLS
    Smtp,     // 220 greeting, EHLO, STARTTLS (RFC 3207)
    Imap,     // * OK greeting, a STARTTLS (RFC 3501)
    Pop3,     // +OK greeting, STLS (RFC 2595)
    Postgres, // SSLRequest, answered 'S' (PostgreSQL protocol 3)
};
QString startTlsName(StartTls mode);                      // none smtp imap pop3 postgres
std::optional<StartTls> startTlsFromName(const QString &name);
// What a well-known port speaks: 25/587 smtp, 143 imap, 110 pop3, 5432 postgres, else none.
StartTls startTlsForPort(quint16 port);

// One endpoint to look at.
struct ProbeTarget
{
    QString host;     // as the administrator wrote it (name or address)
    QString address;  // the IP address to connect to ("" = resolve host)
    quint16 port = 0;
    QString sni;      // the server name sent ("" = host when it is a name, none for an address)
    StartTls startTls = StartTls::None;

    QString label() const; // host:port, [v6]:port, plus " (SNI name)" when it differs from host
};

enum class ProbeStatus {
    Tls,             // handshake done: chain, version and cipher are known
    Closed,          // connection refused
    Timeout,         // no answer (connect or handshake) within the time limit
    NotTls,          // something answered, but not TLS (plain HTTP, no STARTTLS offered ...)
    HandshakeFailed, // TLS began but did not complete (alert, no shared cipher ...)
    Unreachable,     // name did not resolve, no route
};
QString probeStatusName(ProbeStatus status); // TLS CLOSED TIMEOUT NOT_TLS HANDSHAKE_FAILED UNREACHABLE

struct ProbeResult
{
    ProbeTarget target;          // address filled in
    ProbeStatus status = ProbeStatus::Unreachable;
    QString error;               // plain words for everything but Tls ("connection refused", "server sent an HTTP answer")
    QList<Certificate> chain;    // as served: leaf first, in the order the server sent
    QString tlsVersion;          // TLSv1.3 ...
    QString cipher;              // TLS_AES_256_GCM_SHA384 ...
    qint64 elapsedMs = 0;
    QDateTime at;                // when the probe finished (UTC)

    bool served() const { return status == ProbeStatus::Tls && !chain.isEmpty(); }
};

// Connects (TCP, then STARTTLS when asked, then a TLS handshake with SNI), records what the
// server sends, and hangs up. Does not verify the chain (a check reports what is served,
// trusted or not). Never blocks longer than timeoutMs in all. Thread-safe: many probes run at once.
ProbeResult probeEndpoint(const ProbeTarget &target, int timeoutMs);

// What is wrong with a served chain, in plain words, one entry a problem (empty: none):
//  - "expired certificate: CN=... (expired 2026-01-01)" (leaf or any intermediate; "expired intermediate" for the latter)
//  - "wrong order: ..." when a certificate is not followed by its issuer but the issuer is sent later
//  - "missing intermediate: the issuer CN=... of CN=... is not sent" when the last certificate sent
//    is not self-signed and its issuer is neither sent nor one of the trust anchors
//  - "not yet valid: ..."
// anchors: root certificates the client would trust (the inventory's self-signed CAs and/or the
// system store); a chain ending in a certificate issued by one of them is complete.
QStringList servedChainProblems(const QList<Certificate> &chain, const QList<Certificate> &anchors,
                                const QDateTime &now);

} // namespace certdesk::core
