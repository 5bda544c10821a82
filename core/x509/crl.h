#pragma once

#include "x509/certificate.h"

namespace certdesk::core {

struct RevokedEntry
{
    QString serial; // upper-case hex
    QDateTime revokedAt;
    QString reason; // RFC 5280 name: keyCompromise, ... ("" when absent)
};

// An X.509 certificate revocation list. Immutable value.
class Crl
{
public:
    static Result<Crl> fromDer(const QByteArray &der);

    const QByteArray &der() const { return m_der; }
    QByteArray toPem() const;
    const DistinguishedName &issuer() const { return m_issuer; }
    QDateTime thisUpdate() const { return m_thisUpdate; }
    QDateTime nextUpdate() const { return m_nextUpdate; }
    QByteArray authorityKeyId() const { return m_aki; }
    QString crlNumber() const { return m_number; }
    const QList<RevokedEntry> &revoked() const { return m_revoked; }
    QByteArray sha256() const { return m_sha256; }
    // Whether issuer's key signed this CRL.
    bool isSignedBy(const Certificate &issuer) const;

private:
    QByteArray m_der;
    DistinguishedName m_issuer;
    QDateTime m_thisUpdate;
    QDateTime m_nextUpdate;
    QByteArray m_aki;
    QString m_number;
    QList<RevokedEntry> m_revoked;
    QByteArray m_sha256;
};

QString revocationReasonName(int code);

} // namespace certdesk::core
