#pragma once

#include "crypto/privatekey.h"
#include "x509/certificate.h"

#include <QList>

namespace certdesk::bench {

// Where the time of CertificateAuthorities::issue goes, measured from outside the core: each
// step that issue() takes is run on its own over the same CSRs, and timed (wall clock, µs per
// certificate). What is left of issue() after them is mostly SQL: reading the CA's row, writing
// the certificate's rows, its serial, the audit entries, and the commit. The raw loop is split
// the same way.
struct IssueSplits
{
    double csrReparseUs = 0;  // d2i_X509_REQ of the CSR that issue() was given parsed (it parses the DER again)
    double buildSignUs = 0;   // ca::buildCertificate with the template's extensions: build + sign
    double fromX509Us = 0;    // Certificate::fromX509 of the signed certificate
    double rawParseVerifyUs = 0; // raw loop: d2i_X509_REQ + X509_REQ_verify
};

IssueSplits measureIssueSplits(const core::Certificate &caCert, const core::PrivateKey &caKey,
                               const QString &signingAlgorithm, const QList<QByteArray> &csrs);

} // namespace certdesk::bench
