#pragma once

#include "inventory/database.h"
#include "inventory/importreport.h"
#include "inventory/keystore.h"
#include "x509/importparser.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <memory>

namespace certdesk::core {

class Inventory;

// Writes parsed files into the inventory, one transaction per batch, with
// prepared statements and indexed look-ups only: the cost per certificate does
// not grow with the size of the inventory. A batch that fails in the database
// is rolled back whole and every entry in it is reported as failed.
class ImportWriter
{
public:
    ImportWriter(Inventory &inventory, MasterPasswordCallback masterPassword, bool dryRun);
    ~ImportWriter();

    void write(QList<ParsedFile> &batch, ImportReport &report);
    // Call once after the last batch: settles the counts that need the whole run.
    void finish(ImportReport &report);

private:
    struct Statements;
    struct IssuerInfo
    {
        qint64 id = 0;
        Certificate certificate;
    };

    Result<void> writeFile(ParsedFile &file, ImportReport &report);
    Result<void> writeCertificate(const Certificate &cert, const QString &source, ImportReport &report);
    Result<void> writeKey(const PrivateKey &key, const QString &source, ImportReport &report);
    Result<void> writeCsr(const Csr &csr, ImportReport &report);
    Result<void> writeCrl(const Crl &crl, ImportReport &report);
    Result<std::optional<qint64>> findIssuer(const Certificate &cert);
    Result<void> adoptChildren(qint64 caId, const Certificate &ca, ImportReport &report);
    Result<void> applyCrl(qint64 crlId, qint64 caId, ImportReport &report);
    Result<void> event(const QString &kind, std::optional<qint64> certId, const QString &subject, const QString &detail);
    bool unlockKeyStore(QString *why);

    Inventory &m_inventory;
    MasterPasswordCallback m_masterPassword;
    bool m_dryRun;
    std::unique_ptr<Statements> m_sql;
    std::unique_ptr<Database::Transaction> m_dryRunTx; // never committed
    std::optional<Error> m_keyStoreError;
    QHash<QString, IssuerInfo> m_issuerCache; // "aki|issuer" -> confirmed issuer
    QSet<QString> m_noIssuer;                 // "aki|issuer" known to have no issuer in the inventory
    QSet<QString> m_newKeys;                  // spki hashes of keys stored by this run
    QSet<QString> m_paired;                   // spki hashes paired by this run
    bool m_hasCrls = false;
    bool m_keysExist = false; // any private key in the inventory (else no key look-ups)
    qint64 m_now = 0;
};

} // namespace certdesk::core
