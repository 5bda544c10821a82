#pragma once

#include "crypto/error.h"
#include "inventory/certificatefilter.h"
#include "inventory/inventory.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <array>

namespace certdesk::core {

class Database;

// The numbers of the expiry dashboard, each one an SQL aggregate. Every number has a filter
// (dashboardFilter, DashboardStats::weekFilter, ...) under which Inventory::count gives it
// again, so a click on it lists exactly the certificates it counted.
struct DashboardStats
{
    // The tiles.
    enum class Count {
        Total,
        Valid,         // status ISSUED: not revoked, within its validity
        Expired,       // status EXPIRED: not revoked, past not_after
        Expiring7,     // not_after within 7 days from now (expiresWithinDays)
        Expiring30,
        Expiring60,
        Expiring90,
        WithPrivateKey,
        WithoutTrustedChain, // see trustedChainSql
    };
    static constexpr std::array<int, 4> kExpiryWindows{7, 30, 60, 90};
    static constexpr int kWeeks = 52;
    static constexpr int kTopIssuers = 10;
    static constexpr int kNextToExpire = 10;

    struct Share
    {
        QString key;
        qint64 count = 0;
    };

    QDateTime at; // the time the numbers are for
    qint64 total = 0;
    qint64 valid = 0;
    qint64 expired = 0;
    qint64 notYetValid = 0;
    qint64 revoked = 0;
    std::array<qint64, kExpiryWindows.size()> expiringWithin{}; // by kExpiryWindows
    qint64 withPrivateKey = 0;
    qint64 withoutTrustedChain = 0;

    // Valid certificates whose not_after falls in week w = [at + w weeks, at + w + 1 weeks),
    // w < kWeeks, by type (IMPORTED, PRIVATE, PUBLIC). types: those present, sorted.
    QStringList types;
    std::array<QHash<QString, qint64>, kWeeks> expiringPerWeek;
    QList<Share> byStatus;       // ISSUED, EXPIRED, NOT_YET_VALID, REVOKED (all four, zeros too)
    QList<Share> byIssuer;       // the kTopIssuers largest by issuer CN, largest first
    qint64 otherIssuers = 0;     // the certificates of every other issuer
    QList<Share> byKeyAlgorithm; // largest first
    QList<CertificateSummary> nextToExpire; // valid, soonest first (id, sha256, names, dates, ...)

    qint64 count(Count which) const;
    qint64 expiringInWeek(int week) const; // all types
    QDateTime weekStart(int week) const { return at.addSecs(qint64(week) * 7 * 86400); }

    static CertificateFilter filter(Count which, const QList<TrustedIssuer> &trusted = {});
    CertificateFilter weekFilter(int week, const QString &type = {}) const;
    static CertificateFilter statusFilter(const QString &status);
    static CertificateFilter issuerFilter(const QString &issuerCommonName);
    static CertificateFilter keyAlgorithmFilter(const QString &keyAlgorithm);
};

// Computes the numbers on db (any thread's own connection) at the time now. trusted: issuers
// outside the inventory that count as trusted roots (loadTrustedIssuers), besides the
// inventory's self-signed certificates.
[[nodiscard]] Result<DashboardStats> computeDashboardStats(Database &db, const QDateTime &now,
                                                           const QList<TrustedIssuer> &trusted = {});

// The certificates of a system store as trusted issuers: the bundle dir/ca-certificates.crt when
// there is one, else every PEM or DER file in dir. Unreadable entries are skipped.
QList<TrustedIssuer> loadTrustedIssuers(const QString &dir = QStringLiteral("/etc/ssl/certs"));

} // namespace certdesk::core
