#pragma once

// Inside core/deploy: the TCP side of a TLS probe (tlsprobe.cpp). Not a public API.

#include "deploy/tlsprobe.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <expected>
#include <optional>

#include <sys/socket.h>

namespace certdesk::core {

// Why a probe stopped before it had a chain: the status and the plain words for it.
struct ProbeFailure
{
    ProbeStatus status = ProbeStatus::Unreachable;
    QString error;
};

// A non-blocking TCP connection that never waits past one deadline (the probe's), and speaks
// the plaintext part of STARTTLS protocols. Writes use MSG_NOSIGNAL: a peer that hangs up
// never raises SIGPIPE. Closes the socket when destroyed.
class ProbeSocket
{
public:
    using Clock = std::chrono::steady_clock;

    // What went wrong with a read or write.
    struct IoError
    {
        enum class Kind { Timeout, Closed, Failed } kind = Kind::Failed;
        int err = 0; // errno for Failed
    };

    ProbeSocket(Clock::time_point deadline, int timeoutMs);
    ~ProbeSocket();
    ProbeSocket(const ProbeSocket &) = delete;
    ProbeSocket &operator=(const ProbeSocket &) = delete;

    // TCP connect to address (IPv4 or IPv6): Closed for "connection refused", Timeout,
    // Unreachable for no route, no such address here, no socket.
    std::optional<ProbeFailure> connectTo(const sockaddr *address, socklen_t length);

    // The protocol's plaintext steps up to where the TLS handshake starts (None: nothing).
    std::optional<ProbeFailure> startTls(StartTls mode);

    std::optional<IoError> sendAll(const QByteArray &data);
    // Whatever arrives next (bytes read ahead by startTls first), up to 16 KiB; IoError Closed at
    // the end of the stream.
    std::expected<QByteArray, IoError> receive();

    int remainingMs() const;
    int timeoutMs() const { return m_timeoutMs; }

private:
    std::expected<QByteArray, IoError> readLine();
    std::expected<QByteArray, IoError> readBytes(int count);
    // A reply of the form "250-...", "250 ..." (SMTP): all lines, the code of the last.
    std::expected<QList<QByteArray>, IoError> readSmtpReply();
    bool waitFor(short events);
    std::optional<IoError> fillBuffer();

    ProbeFailure ioFailure(const IoError &e, const QString &stage) const;
    std::optional<ProbeFailure> smtp();
    std::optional<ProbeFailure> imap();
    std::optional<ProbeFailure> pop3();
    std::optional<ProbeFailure> postgres();

    int m_fd = -1;
    Clock::time_point m_deadline;
    int m_timeoutMs = 0;
    QByteArray m_buffer; // read but not yet consumed
};

// The first bytes of a non-TLS answer, for a person: "the server answered, but not with TLS
// (plain HTTP? it sent "HTTP/1.1 400 Bad Request")".
QString describeNonTlsAnswer(const QByteArray &bytes);

} // namespace certdesk::core
