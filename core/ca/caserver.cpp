#include "ca/caserver.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>

namespace certdesk::core {

// Every request goes to CaHttpServer::handle: the OCSP GET form carries base64 with '/' in the
// path, which Qt's route patterns cannot capture.
class CaHttpServer::Server : public QAbstractHttpServer
{
public:
    explicit Server(CaHttpServer &owner) : m_owner(owner) {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        QByteArray type;
        int status = 200;
        const QString method = request.method() == QHttpServerRequest::Method::Post ? QStringLiteral("POST")
                               : request.method() == QHttpServerRequest::Method::Get ? QStringLiteral("GET")
                                                                                      : QStringLiteral("OTHER");
        const QByteArray body = m_owner.handle(method, request.url().path(QUrl::FullyEncoded), request.body(), &type, &status);
        QHttpServerResponder responder = makeResponder(request, socket);
        responder.write(body, {{"Content-Type", type}, {"Cache-Control", "max-age=60"}},
                        static_cast<QHttpServerResponder::StatusCode>(status));
        return true;
    }
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
    }

private:
    CaHttpServer &m_owner;
};

CaHttpServer::CaHttpServer(CertificateAuthorities &cas, QObject *parent)
    : QObject(parent), m_cas(cas), m_server(std::make_unique<Server>(*this))
{
}

CaHttpServer::~CaHttpServer() = default;

Result<quint16> CaHttpServer::listen(const QHostAddress &address, quint16 port)
{
    const quint16 bound = m_server->listen(address, port);
    if (bound == 0)
        return fail(ErrorCode::Io, QStringLiteral("cannot listen on %1:%2 (in use, or not an address of this machine)")
                                       .arg(address.toString())
                                       .arg(port));
    return bound;
}

QByteArray CaHttpServer::handle(const QString &method, const QString &path, const QByteArray &body, QByteArray *type,
                                int *status)
{
    ++m_served;
    *type = "text/plain; charset=utf-8";
    auto notFound = [&](const QString &why) {
        *status = 404;
        return (why + QLatin1Char('\n')).toUtf8();
    };
    // OCSP: POST /ocsp (any path under it), or GET /ocsp/<url-encoded base64 DER>.
    if (path == QLatin1String("/ocsp") || path.startsWith(QLatin1String("/ocsp/"))) {
        QByteArray request;
        if (method == QLatin1String("POST")) {
            request = body;
        } else if (method == QLatin1String("GET")) {
            const QByteArray encoded = QByteArray::fromPercentEncoding(path.mid(6).toLatin1());
            request = QByteArray::fromBase64(encoded);
        } else {
            *status = 405;
            return "OCSP takes GET or POST\n";
        }
        auto response = m_cas.ocspResponse(request);
        *type = "application/ocsp-response";
        if (!response) {
            // internalError (2): the responder cannot answer now (a locked key store, a database error).
            static const QByteArray internalError = QByteArray::fromHex("30030a0102");
            return internalError;
        }
        return *response;
    }
    if (method != QLatin1String("GET")) {
        *status = 405;
        return "only GET here\n";
    }
    auto cas = m_cas.list(false);
    if (!cas) {
        *status = 500;
        return (cas.error().message + QLatin1Char('\n')).toUtf8();
    }
    if (path == QLatin1String("/")) {
        QString index = QStringLiteral("certdesk CA server\n\n");
        for (const CaInfo &ca : *cas)
            if (ca.certificateId)
                index += QStringLiteral("%1 (%2)\n  /ca/%1.crt  /ca/%1.pem  /crl/%1.crl  /crl/%1.pem\n").arg(ca.name, caStateName(ca.state));
        index += QStringLiteral("\nOCSP: POST /ocsp\n");
        return index.toUtf8();
    }
    const bool caPath = path.startsWith(QLatin1String("/ca/"));
    const bool crlPath = path.startsWith(QLatin1String("/crl/"));
    if (!caPath && !crlPath)
        return notFound(QStringLiteral("not found"));
    const QString file = path.mid(caPath ? 4 : 5);
    const qsizetype dot = file.lastIndexOf(QLatin1Char('.'));
    const QString name = file.left(dot);
    const QString ext = dot < 0 ? QString() : file.mid(dot + 1);
    const auto ca = std::find_if(cas->cbegin(), cas->cend(), [&](const CaInfo &c) { return c.name == name; });
    if (ca == cas->cend() || !ca->certificateId)
        return notFound(QStringLiteral("no CA named %1").arg(name));
    if (caPath) {
        auto chain = m_cas.chain(ca->id);
        if (!chain)
            return notFound(chain.error().message);
        if (ext == QLatin1String("crt") || ext == QLatin1String("cer") || ext == QLatin1String("der")) {
            *type = "application/pkix-cert";
            return chain->first().der();
        }
        if (ext == QLatin1String("pem")) {
            *type = "application/x-pem-file";
            QByteArray pem;
            for (const Certificate &c : *chain)
                pem += c.toPem();
            return pem;
        }
        return notFound(QStringLiteral("use .crt (DER) or .pem (chain)"));
    }
    auto crl = m_cas.currentCrl(ca->id);
    if (!crl)
        return notFound(crl.error().message);
    if (ext == QLatin1String("crl")) {
        *type = "application/pkix-crl";
        return crl->der();
    }
    if (ext == QLatin1String("pem")) {
        *type = "application/x-pem-file";
        return crl->toPem();
    }
    return notFound(QStringLiteral("use .crl (DER) or .pem"));
}

} // namespace certdesk::core
