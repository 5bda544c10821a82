#include "issuesplits.h"

#include "ca/x509build.h"

#include <QElapsedTimer>

#include <vector>

namespace certdesk::bench {

using namespace core;
using namespace core::ossl;

namespace {

X509ReqPtr parseRequest(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return X509ReqPtr(d2i_X509_REQ(nullptr, &p, long(der.size())));
}

// Runs step once per CSR; µs per call.
template<typename Step>
double timed(qsizetype n, Step step)
{
    QElapsedTimer timer;
    timer.start();
    for (qsizetype i = 0; i < n; ++i)
        step(i);
    return double(timer.nsecsElapsed()) / 1e3 / double(qMax<qsizetype>(1, n));
}

} // namespace

IssueSplits measureIssueSplits(const Certificate &caCert,
                               const PrivateKey &caKey, const QString &signingAlgorithm,
                               const QList<QByteArray> &csrs)
{
    const qsizetype n = csrs.size();
    IssueSplits s;
    std::vector<X509ReqPtr> requests(static_cast<size_t>(n));
    s.csrReparseUs = timed(n, [&](qsizetype i) { requests[size_t(i)] = parseRequest(csrs[i]); });
    s.rawParseVerifyUs = timed(n, [&](qsizetype i) {
        X509ReqPtr req = parseRequest(csrs[i]);
        Q_UNUSED(X509_REQ_verify(req.get(), X509_REQ_get0_pubkey(req.get())));
    });

    // The template's part of the specification, as issue() fills it for EndEntityServerAuth.
    std::vector<QList<GeneralName>> names(static_cast<size_t>(n));
    for (qsizetype i = 0; i < n; ++i) {
        if (auto csr = Csr::fromDer(csrs[i]))
            names[size_t(i)] = csr->requestedNames();
    }
    const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    std::vector<X509Ptr> built(static_cast<size_t>(n));
    s.buildSignUs = timed(n, [&](qsizetype i) {
        auto serial = ca::randomSerial();
        ca::CertificateSpec spec;
        spec.subject = X509_REQ_get_subject_name(requests[size_t(i)].get());
        spec.publicKey = X509_REQ_get0_pubkey(requests[size_t(i)].get());
        spec.serial = serial ? serial->get() : nullptr;
        spec.notBefore = now.addSecs(-3600);
        spec.notAfter = now.addDays(90);
        spec.keyUsages = {QStringLiteral("DIGITAL_SIGNATURE"), QStringLiteral("KEY_ENCIPHERMENT")};
        spec.extendedKeyUsages = {QStringLiteral("TLS_WEB_SERVER_AUTHENTICATION")};
        spec.sans = names[size_t(i)];
        if (auto x = ca::buildCertificate(spec, caCert.handle(), caKey.handle(), signingAlgorithm))
            built[size_t(i)] = std::move(*x);
    });
    s.fromX509Us = timed(n, [&](qsizetype i) { Q_UNUSED(Certificate::fromX509(built[size_t(i)].get())); });
    return s;
}

} // namespace certdesk::bench
