#pragma once

#include "acme/acmeclient.h"
#include "acme/challengesolver.h"
#include "x509/certificate.h"

#include <functional>

namespace certdesk::core {

// What an order is doing, for a live view: one line per authorization and step.
struct AcmeProgress
{
    QString step;       // ORDER, CHALLENGE, VALIDATING, VALID, INVALID, FINALIZE, DOWNLOAD, DONE
    QString identifier; // the name concerned ("" for the whole order)
    QString detail;
};
using AcmeProgressCallback = std::function<void(const AcmeProgress &)>;

struct AcmeIssued
{
    QList<Certificate> chain;   // end entity first
    QString orderUrl;
    QString certificateUrl;
    QStringList cleanUpLeftovers; // answers that could not be taken away
};

// Runs one order through (RFC 8555 section 7.4): new order, the challenges through the solver,
// validation, finalize with a CSR for the key, the chain (the alternate whose top issuer is
// preferredRoot, when set and offered). Every failure says which name and why, in plain words;
// the answers are taken away whatever happens.
class AcmeOrderRunner
{
public:
    AcmeOrderRunner(AcmeClient &client, ChallengeSolver &solver, AcmeProgressCallback progress = {});
    void setPreferredRoot(const QString &commonName) { m_preferredRoot = commonName; }

    // names: ASCII DNS names, the first becomes the CN (when it fits in 64 octets).
    // replaces: the ARI id of the certificate this renews ("" for none).
    Result<AcmeIssued> run(const QStringList &names, const PrivateKey &certificateKey, const QString &replaces = {});

private:
    void report(const QString &step, const QString &identifier, const QString &detail);

    AcmeClient &m_client;
    ChallengeSolver &m_solver;
    AcmeProgressCallback m_progress;
    QString m_preferredRoot;
};

} // namespace certdesk::core
