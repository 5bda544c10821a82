#pragma once

#include "ca/certificateauthority.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

namespace certdesk::core {

// The CAs' HTTP face (Qt HTTP Server): OCSP (RFC 6960: POST /ocsp with a DER request, or
// GET /ocsp/<base64 request>), each CA's newest CRL (GET /crl/<name>.crl DER, .pem PEM) and
// certificate (GET /ca/<name>.crt DER, /ca/<name>.pem the chain in PEM), and an index at /.
// Runs on the thread that owns the CertificateAuthorities object.
class CaHttpServer : public QObject
{
public:
    explicit CaHttpServer(CertificateAuthorities &cas, QObject *parent = nullptr);
    ~CaHttpServer() override;
    // Listens (port 0: any free port); the port listened on.
    Result<quint16> listen(const QHostAddress &address, quint16 port);
    qint64 requestsServed() const { return m_served; }

private:
    class Server;
    friend class Server;
    QByteArray handle(const QString &method, const QString &path, const QByteArray &body, QByteArray *contentType,
                      int *status);
    CertificateAuthorities &m_cas;
    std::unique_ptr<Server> m_server;
    qint64 m_served = 0;
};

} // namespace certdesk::core
