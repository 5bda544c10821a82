#pragma once

#include "inventory/certificaterows.h"

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

// Writes parsed files into the inventory with prepared statements and indexed
// look-ups only: the cost per certificate does not grow with the size of the
// inventory. Batches go into one transaction until it holds transactionSize
// entries (or finish() is called): large transactions write each index page
// once for many certificates. A transaction that fails in the database is
// rolled back whole and every entry written in it is reported as failed.
class ImportWriter
{
public:
    ImportWriter(Inventory &inventory, MasterPasswordCallback masterPassword, bool dryRun, int transactionSize = 50000);
    ~ImportWriter();

    void write(QList<ParsedFile> &batch, ImportReport &report);
    // Call once after the last batch: commits and settles the counts that need the whole run.
    void finish(ImportReport &report);

private:
    struct Statements;
    struct IssuerInfo
    {
        qint64 id = 0;
        Certificate certificate;
    };

    struct PendingFile
    {
        QString source;
        int entries = 0;
        QList<Error> errors;
    };

    void commit(ImportReport &report);
    void rollBack(ImportReport &report, const Error &error);
    Result<void> writeFile(ParsedFile &file, ImportReport &report);
    Result<void> writeCertificate(const Certificate &cert, const QString &source, ImportReport &report);
    // PostgreSQL: leaf certificates wait in m_deferred and go in one statement (a round trip per
    // certificate made the import three times slower than SQLite's). Flushed before anything
    // else is written, so what follows sees them, and at the end of every batch.
    Result<void> flushDeferred(ImportReport &report);
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
    int m_transactionSize;
    std::unique_ptr<Statements> m_sql;
    std::unique_ptr<Database::Transaction> m_dryRunTx; // never committed
    std::unique_ptr<Database::Transaction> m_tx;       // open until transactionSize entries or finish()
    ImportReport m_before;                             // the report when m_tx began
    QSet<QByteArray> m_newKeysBefore, m_pairedBefore;
    QList<PendingFile> m_pending;                      // written into m_tx, for a roll-back's report
    int m_pendingCertificates = 0;
    std::optional<Error> m_keyStoreError;
    QHash<QString, IssuerInfo> m_issuerCache; // "aki|issuer" -> confirmed issuer
    QSet<QString> m_noIssuer;                 // "aki|issuer" known to have no issuer in the inventory
    QSet<QByteArray> m_newKeys;               // spki hashes of keys stored by this run
    QSet<QByteArray> m_paired;                // spki hashes paired by this run
    bool m_hasCrls = false;
    bool m_keysExist = false; // any private key in the inventory (else no key look-ups)
    qint64 m_now = 0;
    QList<CertificateRows::Row> m_deferred;
};

} // namespace certdesk::core
