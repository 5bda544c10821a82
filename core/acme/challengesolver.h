#pragma once

#include "crypto/error.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <memory>

namespace certdesk::core {

// One challenge to answer: for http-01, serve keyAuthorization at
// /.well-known/acme-challenge/TOKEN; for dns-01, put txtValue in a TXT record at recordName.
struct ChallengeTask
{
    QString identifier;       // the name validated ("example.org"; "*.example.org" for a wildcard)
    QString type;             // http-01 or dns-01
    QString token;
    QByteArray keyAuthorization;
    QString recordName;       // dns-01: "_acme-challenge.example.org." (absolute)
    QString txtValue;         // dns-01
};

// Puts the answers to a set of challenges where the CA looks for them, and takes them away
// afterwards. Runs on the thread of the order (blocking calls, event loop spun by the client).
class ChallengeSolver
{
public:
    virtual ~ChallengeSolver() = default;
    virtual QString challengeType() const = 0;
    // Before the first challenge: open the listener, check the folder ...
    virtual Result<void> prepare() { return {}; }
    virtual Result<void> present(const ChallengeTask &task) = 0;
    // All tasks presented: wait until the CA can see them (DNS propagation), or return at once.
    virtual Result<void> ready(const QList<ChallengeTask> &tasks)
    {
        Q_UNUSED(tasks);
        return {};
    }
    // Takes one answer away; never fails loudly (left-overs are reported, not fatal).
    virtual void cleanUp(const ChallengeTask &task) = 0;
    // What cleanUp could not remove, for the log.
    virtual QStringList leftovers() const { return {}; }
};

// http-01 answered by certdesk's own responder (Qt HTTP Server) on an address and port the CA
// reaches (usually port 80, or a port a reverse proxy forwards /.well-known/acme-challenge/ to).
// Answers only the tokens presented; everything else is 404.
class HttpResponderSolver : public ChallengeSolver
{
public:
    HttpResponderSolver(QHostAddress address, quint16 port);
    ~HttpResponderSolver() override;
    QString challengeType() const override { return QStringLiteral("http-01"); }
    Result<void> prepare() override;
    Result<void> present(const ChallengeTask &task) override;
    void cleanUp(const ChallengeTask &task) override;
    quint16 port() const { return m_port; }
    int requestsServed() const { return m_served; }

private:
    class Server;
    QHostAddress m_address;
    quint16 m_port;
    std::unique_ptr<Server> m_server;
    QHash<QString, QByteArray> m_answers;
    int m_served = 0;
};

// http-01 answered by files in a web server's document root: ROOT/.well-known/acme-challenge/TOKEN
// (mode 0644), removed afterwards together with the folders it had to create.
class WebrootSolver : public ChallengeSolver
{
public:
    explicit WebrootSolver(QString webroot);
    QString challengeType() const override { return QStringLiteral("http-01"); }
    Result<void> prepare() override;
    Result<void> present(const ChallengeTask &task) override;
    void cleanUp(const ChallengeTask &task) override;
    QStringList leftovers() const override { return m_leftovers; }

private:
    QString m_root;
    QStringList m_createdDirs; // deepest last
    QStringList m_leftovers;
};

// "ADDR:PORT" or "[V6]:PORT" or ":PORT" (all addresses) for the http-01 responder.
Result<std::pair<QHostAddress, quint16>> parseListenAddress(const QString &text);

} // namespace certdesk::core
