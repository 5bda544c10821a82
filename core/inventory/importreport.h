#pragma once

#include "crypto/error.h"

#include <QList>

namespace certdesk::core {

// What an import did, in numbers, plus every failure with its reason.
struct ImportReport
{
    int sources = 0;            // files or pasted texts read
    int imported = 0;           // new certificates
    int duplicates = 0;         // certificates (and CSRs/CRLs/keys) already in the inventory
    int keysImported = 0;       // new private keys stored (encrypted)
    int keysAttached = 0;       // certificate/key pairs completed by this import
    int keysWithoutCertificate = 0; // new keys whose certificate is not (yet) in the inventory
    int csrs = 0;
    int crls = 0;
    int revocationsApplied = 0;
    int requestsMatched = 0;    // managed certificates whose CSR (external CA) got its certificate
    QList<Error> failures;      // one per failed entry, naming the file and entry
    QList<qint64> importedIds;
    bool cancelled = false;
    bool dryRun = false;

    int failed() const { return int(failures.size()); }
};

} // namespace certdesk::core
