#include "acme/challengesolver.h"

#include <QAbstractHttpServer>
#include <QDir>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QRegularExpression>
#include <QTcpSocket>

namespace certdesk::core {

namespace {
const QString kChallengePath = QStringLiteral("/.well-known/acme-challenge/");

bool validToken(const QString &token)
{
    // base64url characters only (RFC 8555 section 8.3): never a path separator or "..".
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,256}$"));
    return pattern.match(token).hasMatch();
}
} // namespace

class HttpResponderSolver::Server : public QAbstractHttpServer
{
public:
    explicit Server(HttpResponderSolver &owner) : m_owner(owner) {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        const QString path = request.url().path();
        QHttpServerResponder responder = makeResponder(request, socket);
        if (request.method() == QHttpServerRequest::Method::Get && path.startsWith(kChallengePath)) {
            const auto it = m_owner.m_answers.constFind(path.mid(kChallengePath.size()));
            if (it != m_owner.m_answers.cend()) {
                ++m_owner.m_served;
                responder.write(*it, {{"Content-Type", "application/octet-stream"}}, QHttpServerResponder::StatusCode::Ok);
                return true;
            }
        }
        responder.write(QHttpServerResponder::StatusCode::NotFound);
        return true;
    }
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
    }

private:
    HttpResponderSolver &m_owner;
};

HttpResponderSolver::HttpResponderSolver(QHostAddress address, quint16 port)
    : m_address(std::move(address)), m_port(port)
{
}

HttpResponderSolver::~HttpResponderSolver() = default;

Result<void> HttpResponderSolver::prepare()
{
    if (m_server)
        return {};
    m_server = std::make_unique<Server>(*this);
    const quint16 bound = m_server->listen(m_address, m_port);
    if (bound == 0) {
        m_server.reset();
        return fail(ErrorCode::Io, QStringLiteral("the http-01 responder cannot listen on %1:%2 (the port is in use, needs "
                                                  "privileges, or the address is not this machine's)")
                                       .arg(m_address.toString())
                                       .arg(m_port));
    }
    m_port = bound;
    return {};
}

Result<void> HttpResponderSolver::present(const ChallengeTask &task)
{
    if (!validToken(task.token))
        return fail(ErrorCode::InvalidInput, QStringLiteral("the CA sent a malformed challenge token for %1").arg(task.identifier));
    m_answers.insert(task.token, task.keyAuthorization);
    return {};
}

void HttpResponderSolver::cleanUp(const ChallengeTask &task)
{
    m_answers.remove(task.token);
}

WebrootSolver::WebrootSolver(QString webroot)
    : m_root(std::move(webroot))
{
}

Result<void> WebrootSolver::prepare()
{
    if (!QFileInfo(m_root).isDir())
        return fail(ErrorCode::Io, QStringLiteral("the web root %1 is not a folder").arg(m_root));
    QString path = m_root;
    for (const QString &part : {QStringLiteral(".well-known"), QStringLiteral("acme-challenge")}) {
        path += QLatin1Char('/') + part;
        if (QFileInfo(path).isDir())
            continue;
        if (!QDir().mkdir(path))
            return fail(ErrorCode::Io, QStringLiteral("cannot create %1 (permissions?)").arg(path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                        | QFile::ReadOther | QFile::ExeOther);
        m_createdDirs << path;
    }
    return {};
}

Result<void> WebrootSolver::present(const ChallengeTask &task)
{
    if (!validToken(task.token))
        return fail(ErrorCode::InvalidInput, QStringLiteral("the CA sent a malformed challenge token for %1").arg(task.identifier));
    const QString path = m_root + kChallengePath + task.token;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(task.keyAuthorization) != task.keyAuthorization.size())
        return fail(ErrorCode::Io, QStringLiteral("cannot write the http-01 answer %1: %2").arg(path, f.errorString()));
    f.close();
    // The web server reads it, whoever it runs as.
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return {};
}

void WebrootSolver::cleanUp(const ChallengeTask &task)
{
    if (!validToken(task.token))
        return;
    const QString path = m_root + kChallengePath + task.token;
    if (QFile::exists(path) && !QFile::remove(path))
        m_leftovers << path;
    // The folders it created go once they are empty (the last clean-up removes them).
    for (auto it = m_createdDirs.crbegin(); it != m_createdDirs.crend(); ++it)
        if (QDir(*it).isEmpty())
            QDir().rmdir(*it);
}

Result<std::pair<QHostAddress, quint16>> parseListenAddress(const QString &text)
{
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint port = colon >= 0 ? text.mid(colon + 1).toUInt(&ok) : 0;
    if (colon < 0 || !ok || port > 65535)
        return fail(ErrorCode::InvalidInput, QStringLiteral("\"%1\" is not ADDRESS:PORT (like 0.0.0.0:80, [::]:80 or :8080)").arg(text));
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    QHostAddress address = host.isEmpty() ? QHostAddress(QHostAddress::Any) : QHostAddress(host);
    if (address.isNull())
        return fail(ErrorCode::InvalidInput, QStringLiteral("\"%1\" is not an IP address to listen on").arg(host));
    return std::pair{address, quint16(port)};
}

} // namespace certdesk::core
