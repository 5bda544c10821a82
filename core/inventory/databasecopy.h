#pragma once

#include "crypto/error.h"

#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace certdesk::core {

struct CopyReport
{
    QString from, to;                     // locations (URLs without password)
    QList<QPair<QString, qint64>> tables; // rows copied per table, in copy order
    qint64 rows = 0;
    QString keyDigest;                    // SHA-256 over every encrypted key and the wrapped data key, equal on both sides
};

// Copies a whole inventory into an empty one: SQLite -> PostgreSQL (to share a local inventory
// with a team), PostgreSQL -> SQLite (a backup), or any other pair. Every table, row for row, in
// one transaction on the destination; encrypted keys are copied as they are (no master password
// is needed, none is ever decrypted). At the end the row counts of every table and a digest of
// all encrypted key material are compared on both sides; any difference rolls the copy back.
// Team membership (PostgreSQL roles) is the server's and is not copied.
Result<CopyReport> copyInventory(const QString &from, const QString &to,
                                 const std::function<void(const QString &table, qint64 rows)> &progress = {});

} // namespace certdesk::core
