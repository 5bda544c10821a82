#pragma once

#include "x509/certificate.h"

#include <memory>

typedef struct X509_req_st X509_REQ;

namespace certdesk::core {

// A PKCS#10 certificate signing request. Immutable value.
class Csr
{
public:
    static Result<Csr> fromDer(const QByteArray &der);

    const QByteArray &der() const { return m_der; }
    QByteArray toPem() const;
    const DistinguishedName &subject() const { return m_subject; }
    const QList<GeneralName> &requestedNames() const { return m_names; }
    QString keyAlgorithm() const { return m_keyAlgorithm; }
    QByteArray publicKeySha256() const { return m_spkiSha256; }
    QByteArray sha256() const { return m_sha256; }
    bool signatureValid() const { return m_signatureValid; }
    // The parsed request (inside core: issuing builds on it instead of parsing again); shared, do not modify.
    X509_REQ *handle() const { return m_req.get(); }

private:
    QByteArray m_der;
    DistinguishedName m_subject;
    QList<GeneralName> m_names;
    QString m_keyAlgorithm;
    QByteArray m_spkiSha256;
    QByteArray m_sha256;
    bool m_signatureValid = false;
    std::shared_ptr<X509_REQ> m_req;
};

} // namespace certdesk::core
