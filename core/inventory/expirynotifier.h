#pragma once

#include "crypto/error.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace certdesk::core {

class Inventory;

// One certificate that crossed an expiry threshold and is announced now.
struct ExpiryNotice
{
    qint64 certificateId = 0;
    QString domainName;
    QDateTime notAfter; // UTC
    int threshold = 0;  // days: the smallest threshold the certificate has crossed
    int daysLeft = 0;   // whole days until notAfter (rounded down)
};

// Decides which certificates to announce as "approaching expiration", like ACM's
// events at 45, 30, 15, 7, 3 and 1 days before expiry.
//
// A certificate crosses threshold T when it is valid now (not revoked, not before
// its notBefore) and expires within T days: notAfter <= now + T * 86400 s. Each
// certificate is announced once per threshold, remembered in the notifications
// table (so a restart or a second front end does not repeat it). A certificate that
// crossed several thresholds since the last check (imported with two days left, or
// a machine that was off for a week) is announced once, for the smallest threshold
// it crossed; the larger ones are marked done with it.
//
// Certificates that were renewed are not announced: the inventory holds another
// certificate for the same domain name, not revoked, that expires later.
//
// Everything is SQL over the not_after index: only the certificates within the
// largest threshold are read, whatever the size of the inventory.
class ExpiryNotifier
{
public:
    static QList<int> defaultThresholds() { return {45, 30, 15, 7, 3, 1}; }
    static constexpr int kMaxThreshold = 365;

    // Thresholds in days (1..kMaxThreshold, any order, duplicates ignored). Now is the inventory's clock.
    explicit ExpiryNotifier(Inventory &inventory, QList<int> thresholds = defaultThresholds());

    const QList<int> &thresholds() const { return m_thresholds; } // descending, unique

    // What check() would announce now, without recording anything. Soonest expiry first.
    [[nodiscard]] Result<QList<ExpiryNotice>> pending();

    // Announces: records every crossed threshold of the pending certificates and logs one
    // "expiry-notice" event per certificate, in one transaction. Returns the notices.
    [[nodiscard]] Result<QList<ExpiryNotice>> check();

private:
    Inventory &m_inventory;
    QList<int> m_thresholds;
    QString m_invalid; // why the given thresholds are unusable ("" when they are fine)
};

} // namespace certdesk::core
