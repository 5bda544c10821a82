#pragma once

#include "inventory/importreport.h"
#include "inventory/keystore.h"
#include "x509/importparser.h"

#include <QStringList>

#include <atomic>
#include <functional>

namespace certdesk::core {

class Inventory;

struct ImportOptions
{
    bool dryRun = false;        // parse and report; store nothing
    int threads = 0;            // parser threads; 0 = one per core
    int batchSize = 10000;      // certificates handed to the writer at once (bounds memory)
    int transactionSize = 50000; // certificates per write transaction (see bench/RESULTS.md)
    PasswordCallback filePasswords;      // PKCS#12 and encrypted key passwords (thread-safe)
    MasterPasswordCallback masterPassword; // the inventory's master password (called on the importing thread)
};

struct ImportSource
{
    QString name;
    QByteArray data;
};

// (entries done, entries in total, the one being written)
using ImportProgress = std::function<void(int done, int total, const QString &current)>;

// Imports files, folders or in-memory texts into an inventory.
//
// Parsing runs on worker threads, each with its own OpenSSL library context
// (the shared default context serialises threads on OpenSSL 3.0); the calling
// thread writes batches through ImportWriter on the inventory's connection.
// Memory stays bounded: at most a few batches are in flight at once.
class ImportJob
{
public:
    ImportJob(Inventory &inventory, ImportOptions options);

    ImportReport importPaths(const QStringList &paths, const ImportProgress &progress = {},
                             const std::atomic_bool *cancel = nullptr);
    ImportReport importData(const QList<ImportSource> &sources, const ImportProgress &progress = {},
                            const std::atomic_bool *cancel = nullptr);

    // Files under the given paths (folders recursively, symbolic links to folders not followed), sorted.
    static QStringList expandPaths(const QStringList &paths, QList<Error> *errors);

private:
    using Producer = std::function<ParsedFile(int index, const ImportParser &parser)>;
    ImportReport run(int total, const Producer &produce,
                     const ImportProgress &progress, const std::atomic_bool *cancel, QList<Error> preFailures);

    Inventory &m_inventory;
    ImportOptions m_options;
};

} // namespace certdesk::core
