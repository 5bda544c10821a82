#pragma once
// PROTOCOL STAND-INS, not mail servers: no SMTP, IMAP or POP3 server is installed here (and
// Debian's dovecot and postfix want root and system paths), so these answer just the part of
// each protocol a certificate check uses: the greeting, EHLO/capabilities, STARTTLS (RFC 3207),
// a STARTTLS (RFC 3501), STLS (RFC 2595), then a real OpenSSL TLS handshake serving a chain from
// a file. They run on their own thread on 127.0.0.1 or ::1, one connection at a time.

#include "crypto/ossl.h"

#include <QByteArray>
#include <QString>

#include <openssl/ssl.h>

#include <atomic>
#include <thread>

#include <cerrno>
#include <cstring>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

namespace certdesk::test {

class StartTlsResponder
{
public:
    enum class Protocol {
        Tls,            // TLS at once
        Smtp,           // multi-line 220 greeting, EHLO offers STARTTLS, 220 to STARTTLS
        SmtpNoStartTls, // EHLO without STARTTLS
        Imap,           // * OK greeting, tagged OK to STARTTLS
        Pop3,           // +OK greeting, +OK to STLS
    };

    ~StartTlsResponder() { stop(); }

    // Listens on address ("127.0.0.1" or "::1"), on a port the system picks, and serves the
    // chain in certChainFile (leaf first) with keyFile. Empty on success, else why not.
    QString start(Protocol protocol, const QString &certChainFile, const QString &keyFile,
                  const QString &address = QStringLiteral("127.0.0.1"))
    {
        m_protocol = protocol;
        m_ctx.reset(SSL_CTX_new(TLS_server_method()));
        if (!m_ctx || SSL_CTX_use_certificate_chain_file(m_ctx.get(), certChainFile.toLocal8Bit().constData()) != 1
            || SSL_CTX_use_PrivateKey_file(m_ctx.get(), keyFile.toLocal8Bit().constData(), SSL_FILETYPE_PEM) != 1)
            return QStringLiteral("cannot load %1 / %2: %3").arg(certChainFile, keyFile, core::ossl::drainErrors());
        SSL_CTX_set_num_tickets(m_ctx.get(), 0);

        const bool v6 = address.contains(QLatin1Char(':'));
        m_listen = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_storage ss{};
        socklen_t len = 0;
        if (v6) {
            auto *a = reinterpret_cast<sockaddr_in6 *>(&ss);
            a->sin6_family = AF_INET6;
            ::inet_pton(AF_INET6, address.toLatin1().constData(), &a->sin6_addr);
            len = sizeof(sockaddr_in6);
        } else {
            auto *a = reinterpret_cast<sockaddr_in *>(&ss);
            a->sin_family = AF_INET;
            ::inet_pton(AF_INET, address.toLatin1().constData(), &a->sin_addr);
            len = sizeof(sockaddr_in);
        }
        if (m_listen < 0 || ::bind(m_listen, reinterpret_cast<sockaddr *>(&ss), len) != 0 || ::listen(m_listen, 16) != 0
            || ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&ss), &len) != 0 || ::pipe2(m_wake, O_CLOEXEC) != 0)
            return QStringLiteral("cannot listen on %1: %2").arg(address, QString::fromLocal8Bit(strerror(errno)));
        m_port = ntohs(v6 ? reinterpret_cast<sockaddr_in6 *>(&ss)->sin6_port : reinterpret_cast<sockaddr_in *>(&ss)->sin_port);
        m_thread = std::thread([this] { run(); });
        return {};
    }

    void stop()
    {
        if (m_thread.joinable()) {
            (void)::write(m_wake[1], "x", 1);
            m_thread.join();
        }
        for (int *fd : {&m_listen, &m_wake[0], &m_wake[1]})
            if (*fd >= 0) {
                ::close(*fd);
                *fd = -1;
            }
    }

    quint16 port() const { return m_port; }
    int served() const { return m_served.load(); } // connections that completed the TLS handshake

private:
    void run()
    {
        // The client may hang up at any point: a write then fails with EPIPE instead of a
        // SIGPIPE (blocked for this thread only).
        sigset_t set;
        sigemptyset(&set);
        sigaddset(&set, SIGPIPE);
        pthread_sigmask(SIG_BLOCK, &set, nullptr);
        for (;;) {
            pollfd p[2] = {{m_listen, POLLIN, 0}, {m_wake[0], POLLIN, 0}};
            if (::poll(p, 2, -1) < 0 && errno != EINTR)
                return;
            if (p[1].revents)
                return;
            if (!(p[0].revents & POLLIN))
                continue;
            const int fd = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
            if (fd < 0)
                continue;
            timeval limit{5, 0}; // a silent client does not keep the stand-in forever
            ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, sizeof limit);
            ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &limit, sizeof limit);
            serve(fd);
            ::close(fd);
        }
    }

    static bool say(int fd, const QByteArray &text) { return ::send(fd, text.constData(), size_t(text.size()), MSG_NOSIGNAL) == text.size(); }

    static QByteArray readLine(int fd)
    {
        QByteArray line;
        char c = 0;
        while (line.size() < 1000 && ::recv(fd, &c, 1, 0) == 1) {
            if (c == '\n')
                return line.endsWith('\r') ? line.chopped(1) : line;
            line += c;
        }
        return {};
    }

    void serve(int fd)
    {
        switch (m_protocol) {
        case Protocol::Tls:
            break;
        case Protocol::Smtp:
        case Protocol::SmtpNoStartTls: {
            const bool offer = m_protocol == Protocol::Smtp;
            if (!say(fd, "220-mail.certdesk.test ESMTP stand-in\r\n220 ready\r\n") || !readLine(fd).toUpper().startsWith("EHLO ")
                || !say(fd, offer ? "250-mail.certdesk.test\r\n250-PIPELINING\r\n250-STARTTLS\r\n250 8BITMIME\r\n"
                                  : "250-mail.certdesk.test\r\n250 8BITMIME\r\n"))
                return;
            const QByteArray command = readLine(fd).toUpper();
            if (!offer || command != "STARTTLS") {
                say(fd, "502 5.5.1 not offered\r\n");
                return;
            }
            if (!say(fd, "220 2.0.0 Ready to start TLS\r\n"))
                return;
            break;
        }
        case Protocol::Imap: {
            if (!say(fd, "* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] stand-in ready\r\n"))
                return;
            const QByteArray command = readLine(fd);
            const qsizetype space = command.indexOf(' ');
            if (space < 0 || command.mid(space + 1).toUpper() != "STARTTLS"
                || !say(fd, command.left(space) + " OK Begin TLS negotiation now\r\n"))
                return;
            break;
        }
        case Protocol::Pop3:
            if (!say(fd, "+OK stand-in POP3 ready\r\n") || readLine(fd).toUpper() != "STLS"
                || !say(fd, "+OK Begin TLS negotiation\r\n"))
                return;
            break;
        }
        core::ossl::SslPtr ssl(SSL_new(m_ctx.get()));
        SSL_set_fd(ssl.get(), fd);
        if (SSL_accept(ssl.get()) == 1) {
            ++m_served;
            SSL_shutdown(ssl.get());
        }
        ERR_clear_error();
    }

    Protocol m_protocol = Protocol::Tls;
    core::ossl::SslCtxPtr m_ctx;
    int m_listen = -1;
    int m_wake[2] = {-1, -1};
    quint16 m_port = 0;
    std::thread m_thread;
    std::atomic<int> m_served{0};
};

} // namespace certdesk::test
