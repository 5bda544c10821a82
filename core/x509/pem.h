#pragma once

#include "crypto/error.h"

#include <QByteArray>
#include <QList>

namespace certdesk::core {

// One "-----BEGIN LABEL-----" ... "-----END LABEL-----" block of a PEM file.
struct PemBlock
{
    QByteArray label;   // "CERTIFICATE", "PRIVATE KEY", ...
    QByteArray der;     // decoded body (empty when the block is broken, see error)
    QByteArray text;    // the whole block as written, for OpenSSL readers that need headers
    bool encryptedHeaders = false; // "Proc-Type: 4,ENCRYPTED" (traditional encrypted key)
    int firstLine = 0;  // 1-based line of the BEGIN line
    std::optional<Error> error; // set when the block could not be decoded
};

// Splits text into PEM blocks, skipping anything between them (comments,
// "subject=" lines). Base64 errors are reported per block with the line number.
// Returns an empty list when the data has no BEGIN line at all.
QList<PemBlock> scanPem(const QByteArray &data);

bool looksLikePem(const QByteArray &data);

} // namespace certdesk::core
