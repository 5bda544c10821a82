#include "deploy/probesocket.h"

#include <QList>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <utility>

#include <poll.h>
#include <unistd.h>

namespace certdesk::core {

namespace {

constexpr int kMaxLine = 4096;     // longer lines are not the protocol we expect
constexpr int kMaxReplyLines = 100; // multi-line greetings and capability lists
constexpr int kReadChunk = 16384;

bool printable(const QByteArray &bytes)
{
    for (char c : bytes)
        if (uchar(c) < 0x20 || uchar(c) > 0x7e)
            return false;
    return !bytes.isEmpty();
}

// For quoting a server's line in a message: printable ASCII, at most 80 characters.
QString quoteLine(const QByteArray &line)
{
    QByteArray l = line.left(80);
    for (char &c : l)
        if (uchar(c) < 0x20 || uchar(c) > 0x7e)
            c = '?';
    return QLatin1Char('"') + QString::fromLatin1(l) + QLatin1Char('"');
}

QString errnoText(int err) { return QString::fromLocal8Bit(std::strerror(err)).toLower(); }

} // namespace

QString describeNonTlsAnswer(const QByteArray &bytes)
{
    qsizetype end = bytes.indexOf('\n');
    QByteArray line = bytes.left(end < 0 ? qsizetype(80) : end);
    if (line.endsWith('\r'))
        line.chop(1);
    if (printable(line.left(80))) {
        if (line.startsWith("HTTP/"))
            return QStringLiteral("the server answered, but not with TLS (plain HTTP? it sent %1)").arg(quoteLine(line));
        return QStringLiteral("the server answered, but not with TLS (it sent %1)").arg(quoteLine(line));
    }
    return QStringLiteral("the server answered, but not with TLS (first bytes %1)")
        .arg(QString::fromLatin1(bytes.left(8).toHex(' ')));
}

ProbeSocket::ProbeSocket(Clock::time_point deadline, int timeoutMs) : m_deadline(deadline), m_timeoutMs(timeoutMs) {}

ProbeSocket::~ProbeSocket()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

int ProbeSocket::remainingMs() const
{
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(m_deadline - Clock::now()).count();
    return left <= 0 ? 0 : int(left);
}

bool ProbeSocket::waitFor(short events)
{
    for (;;) {
        const int left = remainingMs();
        if (left <= 0)
            return false;
        pollfd p{m_fd, events, 0};
        const int r = ::poll(&p, 1, left);
        if (r > 0)
            return true; // readable, writable, or an error the next call reports
        if (r == 0)
            return false;
        if (errno != EINTR)
            return true;
    }
}

std::optional<ProbeFailure> ProbeSocket::connectTo(const sockaddr *address, socklen_t length)
{
    m_fd = ::socket(address->sa_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        return ProbeFailure{ProbeStatus::Unreachable, QStringLiteral("cannot open a socket: ") + errnoText(errno)};
    int err = 0;
    if (::connect(m_fd, address, length) != 0) {
        err = errno;
        if (err == EINPROGRESS || err == EINTR) {
            if (!waitFor(POLLOUT))
                return ProbeFailure{ProbeStatus::Timeout,
                                    QStringLiteral("no answer within %1 ms (TCP connect)").arg(m_timeoutMs)};
            socklen_t len = sizeof(err);
            if (::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &err, &len) != 0)
                err = errno;
        }
    }
    switch (err) {
    case 0:
        return std::nullopt;
    case ECONNREFUSED:
        return ProbeFailure{ProbeStatus::Closed, QStringLiteral("connection refused")};
    case ETIMEDOUT:
        return ProbeFailure{ProbeStatus::Timeout, QStringLiteral("no answer (TCP connect timed out)")};
    default:
        return ProbeFailure{ProbeStatus::Unreachable, QStringLiteral("cannot connect: ") + errnoText(err)};
    }
}

std::optional<ProbeSocket::IoError> ProbeSocket::sendAll(const QByteArray &data)
{
    qsizetype sent = 0;
    while (sent < data.size()) {
        const ssize_t n = ::send(m_fd, data.constData() + sent, size_t(data.size() - sent), MSG_NOSIGNAL);
        if (n > 0) {
            sent += n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            if (!waitFor(POLLOUT))
                return IoError{IoError::Kind::Timeout};
            continue;
        }
        const int err = errno;
        return err == EPIPE ? IoError{IoError::Kind::Closed} : IoError{IoError::Kind::Failed, err};
    }
    return std::nullopt;
}

std::optional<ProbeSocket::IoError> ProbeSocket::fillBuffer()
{
    char chunk[kReadChunk];
    for (;;) {
        const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
        if (n > 0) {
            m_buffer.append(chunk, n);
            return std::nullopt;
        }
        if (n == 0)
            return IoError{IoError::Kind::Closed};
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            return IoError{IoError::Kind::Failed, errno};
        if (!waitFor(POLLIN))
            return IoError{IoError::Kind::Timeout};
    }
}

std::expected<QByteArray, ProbeSocket::IoError> ProbeSocket::receive()
{
    if (m_buffer.isEmpty())
        if (auto e = fillBuffer())
            return std::unexpected(*e);
    return std::exchange(m_buffer, QByteArray());
}

std::expected<QByteArray, ProbeSocket::IoError> ProbeSocket::readLine()
{
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n');
        if (nl >= 0) {
            QByteArray line = m_buffer.left(nl);
            m_buffer.remove(0, nl + 1);
            if (line.endsWith('\r'))
                line.chop(1);
            return line;
        }
        if (m_buffer.size() > kMaxLine) // no line ends: hand back what is there, the caller rejects it
            return std::exchange(m_buffer, QByteArray());
        if (auto e = fillBuffer())
            return std::unexpected(*e);
    }
}

std::expected<QByteArray, ProbeSocket::IoError> ProbeSocket::readBytes(int count)
{
    while (m_buffer.size() < count)
        if (auto e = fillBuffer())
            return std::unexpected(*e);
    QByteArray out = m_buffer.left(count);
    m_buffer.remove(0, count);
    return out;
}

ProbeFailure ProbeSocket::ioFailure(const IoError &e, const QString &stage) const
{
    switch (e.kind) {
    case IoError::Kind::Timeout:
        return {ProbeStatus::Timeout, QStringLiteral("no answer within %1 ms (%2)").arg(m_timeoutMs).arg(stage)};
    case IoError::Kind::Closed:
        return {ProbeStatus::NotTls, QStringLiteral("the server closed the connection during %1").arg(stage)};
    case IoError::Kind::Failed:
        break;
    }
    return {ProbeStatus::NotTls, QStringLiteral("%1 during %2").arg(errnoText(e.err), stage)};
}

std::optional<ProbeFailure> ProbeSocket::startTls(StartTls mode)
{
    std::optional<ProbeFailure> failure;
    switch (mode) {
    case StartTls::None:
        return std::nullopt;
    case StartTls::Smtp:
        failure = smtp();
        break;
    case StartTls::Imap:
        failure = imap();
        break;
    case StartTls::Pop3:
        failure = pop3();
        break;
    case StartTls::Postgres:
        failure = postgres();
        break;
    }
    // Bytes after the server agreed to TLS were sent in the clear before the handshake: never
    // treat them as part of it (the STARTTLS command injection problem, CVE-2011-0411).
    m_buffer.clear();
    return failure;
}

std::expected<QList<QByteArray>, ProbeSocket::IoError> ProbeSocket::readSmtpReply()
{
    QList<QByteArray> lines;
    while (lines.size() < kMaxReplyLines) {
        auto line = readLine();
        if (!line)
            return std::unexpected(line.error());
        lines.append(*line);
        // "250-more follows", "250 last"; anything else ends the reply (and fails the check).
        if (line->size() < 4 || line->at(3) != '-')
            break;
    }
    return lines;
}

std::optional<ProbeFailure> ProbeSocket::smtp()
{
    const auto isCode = [](const QByteArray &line, const char *code) {
        return line.startsWith(code) && (line.size() == 3 || line.at(3) == ' ' || line.at(3) == '-');
    };
    const auto greeting = readSmtpReply();
    if (!greeting)
        return ioFailure(greeting.error(), QStringLiteral("the SMTP greeting"));
    if (!isCode(greeting->constFirst(), "220")) {
        const QByteArray &l = greeting->constFirst();
        if (l.size() >= 3 && std::isdigit(uchar(l[0])) && std::isdigit(uchar(l[1])) && std::isdigit(uchar(l[2])))
            return ProbeFailure{ProbeStatus::NotTls, QStringLiteral("the SMTP server refused the session: %1").arg(quoteLine(l))};
        return ProbeFailure{ProbeStatus::NotTls, QStringLiteral("not an SMTP server: ") + describeNonTlsAnswer(l)};
    }
    if (auto e = sendAll("EHLO certdesk\r\n"))
        return ioFailure(*e, QStringLiteral("EHLO"));
    const auto ehlo = readSmtpReply();
    if (!ehlo)
        return ioFailure(ehlo.error(), QStringLiteral("the answer to EHLO"));
    if (!isCode(ehlo->constLast(), "250"))
        return ProbeFailure{ProbeStatus::NotTls, QStringLiteral("the SMTP server refused EHLO: %1").arg(quoteLine(ehlo->constLast()))};
    bool offered = false;
    for (const QByteArray &line : *ehlo)
        offered = offered || line.mid(4).trimmed().toUpper() == "STARTTLS";
    if (!offered)
        return ProbeFailure{ProbeStatus::NotTls, QStringLiteral("the SMTP server does not offer STARTTLS")};
    if (auto e = sendAll("STARTTLS\r\n"))
        return ioFailure(*e, QStringLiteral("STARTTLS"));
    const auto reply = readSmtpReply();
    if (!reply)
        return ioFailure(reply.error(), QStringLiteral("the answer to STARTTLS"));
    if (!isCode(reply->constLast(), "220"))
        return ProbeFailure{ProbeStatus::NotTls, QStringLiteral("the SMTP server refused STARTTLS: %1").arg(quoteLine(reply->constLast()))};
    return std::nullopt;
}

std::optional<ProbeFailure> ProbeSocket::imap()
{
    const auto greeting = readLine();
    if (!greeting)
        return ioFailure(greeting.error(), QStringLiteral("the IMAP greeting"));
    if (greeting->startsWith("* BYE"))
        return ProbeFailure{ProbeStatus::NotTls, QStringLiteral("the IMAP server refused the session: %1").arg(quoteLine(*greeting))};
    if (!greeting->startsWith("* OK") && !greeting->startsWith("* PREAUTH"))
        return ProbeFailure{ProbeStatus::NotTls, QStringLiteral("not an IMAP server: ") + describeNonTlsAnswer(*greeting)};
    if (auto e = sendAll("a1 STARTTLS\r\n"))
        return ioFailure(*e, QStringLiteral("STARTTLS"));
    for (int i = 0; i < kMaxReplyLines; ++i) {
        const auto line = readLine();
        if (!line)
            return ioFailure(line.error(), QStringLiteral("the answer to STARTTLS"));
        if (line->startsWith("* ")) // untagged data (a capability list ...)
            continue;
        if (line->startsWith("a1 OK"))
            return std::nullopt;
        return ProbeFailure{ProbeStatus::NotTls, QStringLiteral("the IMAP server refused STARTTLS: %1").arg(quoteLine(*line))};
    }
    return ProbeFailure{ProbeStatus::NotTls, QStringLiteral("the IMAP server did not answer STARTTLS")};
}

std::optional<ProbeFailure> ProbeSocket::pop3()
{
    const auto greeting = readLine();
    if (!greeting)
        return ioFailure(greeting.error(), QStringLiteral("the POP3 greeting"));
    if (greeting->startsWith("-ERR"))
        return ProbeFailure{ProbeStatus::NotTls, QStringLiteral("the POP3 server refused the session: %1").arg(quoteLine(*greeting))};
    if (!greeting->startsWith("+OK"))
        return ProbeFailure{ProbeStatus::NotTls, QStringLiteral("not a POP3 server: ") + describeNonTlsAnswer(*greeting)};
    if (auto e = sendAll("STLS\r\n"))
        return ioFailure(*e, QStringLiteral("STLS"));
    const auto reply = readLine();
    if (!reply)
        return ioFailure(reply.error(), QStringLiteral("the answer to STLS"));
    if (!reply->startsWith("+OK"))
        return ProbeFailure{ProbeStatus::NotTls, QStringLiteral("the POP3 server refused STLS: %1").arg(quoteLine(*reply))};
    return std::nullopt;
}

std::optional<ProbeFailure> ProbeSocket::postgres()
{
    // SSLRequest: length 8, then the code 1234 5679 (80877103), both big-endian.
    static constexpr char kSslRequest[] = {0, 0, 0, 8, 0x04, char(0xd2), 0x16, 0x2f};
    if (auto e = sendAll(QByteArray(kSslRequest, sizeof kSslRequest)))
        return ioFailure(*e, QStringLiteral("the PostgreSQL SSL request"));
    const auto answer = readBytes(1);
    if (!answer)
        return ioFailure(answer.error(), QStringLiteral("the PostgreSQL SSL request"));
    switch (answer->at(0)) {
    case 'S':
        return std::nullopt;
    case 'N':
        return ProbeFailure{ProbeStatus::NotTls, QStringLiteral("the PostgreSQL server does not offer TLS (ssl = off)")};
    case 'E':
        return ProbeFailure{ProbeStatus::NotTls, QStringLiteral("the server answered the PostgreSQL SSL request with an error "
                                                                "(a PostgreSQL server older than 7.0, or not PostgreSQL)")};
    default:
        break;
    }
    const QByteArray more = *answer + m_buffer; // one byte tells little: what else came already
    return ProbeFailure{ProbeStatus::NotTls, QStringLiteral("not a PostgreSQL server: ") + describeNonTlsAnswer(more)};
}

} // namespace certdesk::core
