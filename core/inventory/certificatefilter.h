#pragma once

#include "crypto/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <optional>
#include <utility>

namespace certdesk::core {

// Derived status names, as shown everywhere.
namespace Status {
inline const QString Issued = QStringLiteral("ISSUED");
inline const QString Expired = QStringLiteral("EXPIRED");
inline const QString NotYetValid = QStringLiteral("NOT_YET_VALID");
inline const QString Revoked = QStringLiteral("REVOKED");
} // namespace Status

struct TagFilter
{
    QString key;
    std::optional<QString> value; // nullopt: the key with any value
};

// An issuer outside the inventory that is trusted, such as a root of the system store: its
// subject as certificates.issuer stores it (RFC 4514), that subject's CN (or O without a CN, as
// certificates.issuer_cn) and its subject key identifier (empty when it has none).
struct TrustedIssuer
{
    QString subject;
    QString commonName;
    QByteArray keyId;
};

// What a list of certificates is narrowed to. Everything combines (AND).
struct CertificateFilter
{
    QString search;        // CN/domain, SANs, subject, issuer, serial, fingerprint prefix
    QString status;        // ISSUED, EXPIRED, NOT_YET_VALID, REVOKED ("" = any)
    QString type;          // IMPORTED, PRIVATE, PUBLIC
    QString keyAlgorithm;  // RSA_2048, EC_prime256v1, ...
    std::optional<int> expiresWithinDays; // valid now and ending within N days
    QList<TagFilter> tags;
    std::optional<bool> hasPrivateKey;
    QDateTime expiresAfter;      // not_after >= this (null: no bound)
    QDateTime expiresBefore;     // not_after < this (null: no bound)
    QString issuerCommonName;    // exactly this issuer CN (or O), case-insensitive
    // Whether a certificate's chain in the inventory reaches a trusted root (see
    // trustedChainSql): true = only those that do, false = only those that do not.
    std::optional<bool> chainsToTrustedRoot;
    QList<TrustedIssuer> trustedIssuers; // besides the inventory's self-signed certificates
    // The free-text search resolved to the ids it matches (Inventory::resolveSearch): when set,
    // the query uses these instead of scanning for `search`. Valid until the inventory changes.
    std::optional<QList<qint64>> searchIds;
};

struct SortSpec
{
    QString column = QStringLiteral("not_after"); // see sortColumns()
    bool descending = false;
};

// SQL text for the filter, written against "certificates c", with its bound values in order.
struct SqlFilter
{
    QString where; // "" or "WHERE ..."
    QVariantList values;
};

Result<SqlFilter> buildFilter(const QSqlDatabase &db, const CertificateFilter &filter, const QDateTime &now);
Result<QString> buildOrderBy(const QSqlDatabase &db, const SortSpec &sort, const QDateTime &now);
// The SQL expression a sort column orders by (without direction or the id tie-break).
Result<QString> sortExpression(const QSqlDatabase &db, const SortSpec &sort, const QDateTime &now);
QStringList sortColumns();
QStringList statusNames();

// A SELECT of the ids of the certificates that have a chain to a trusted root, its bound values
// appended to values. A certificate has one when following its issuer links (certificates.
// issuer_id, set at import when an issuer's signature verifies) ends at a self-signed certificate
// of the inventory, or at a certificate issued by one of trusted: issuer name and authority key
// id equal to the trusted issuer's subject and key id (the name alone when either has no key id).
// Time and revocation play no part; certificates in an issuer cycle have no root.
QString trustedChainSql(const QSqlDatabase &db, const QList<TrustedIssuer> &trusted, QVariantList &values);

// The free-text search covers these, lower-cased (Unicode, as Qt does it) and separated by
// newlines; stored per certificate in certificate_search at import. searchNeedle() is the
// typed text in the same form.
QString searchText(const QString &subject, const QString &issuer, const QStringList &names);
QString searchNeedle(const QString &text);
// The pieces of a free-text search: LIKE pattern over certificate_search.text, and for hex
// text the serial and fingerprint ranges it may also be.
struct SearchTerms
{
    QString pattern;
    QString serial;                              // empty: not hex
    std::optional<std::pair<QByteArray, QByteArray>> fingerprint; // [low, high), high empty: open
};
SearchTerms searchTerms(const QString &text);
// The exact matches a search may also be (serial number, SHA-256 or SHA-1 prefix), each a
// condition on "certificates c" with its bound values.
struct SqlCondition
{
    QString sql;
    QVariantList values;
};
QList<SqlCondition> exactSearchConditions(const SearchTerms &terms);
// Hex digits from which the free-text search also matches SHA-256/SHA-1 fingerprint prefixes.
inline constexpr int kMinFingerprintDigits = 6;
// The byte range [low, high) of fingerprints starting with these hex digits (an odd count
// allowed); high is empty when the range runs to the end (a prefix of only "f"s).
std::pair<QByteArray, QByteArray> hexPrefixRange(QString hex);

// The status CASE expression for a moment (epoch seconds).
QString statusExpression(qint64 now);
QString deriveStatus(const QDateTime &notBefore, const QDateTime &notAfter, bool revoked, const QDateTime &now);

} // namespace certdesk::core
