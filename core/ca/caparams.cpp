// The value types of the private CA: names of kinds and states, key and signing algorithms,
// validity periods, name constraints.
#include "ca/certificateauthority.h"
#include "crypto/ossl.h"
#include "x509/crl.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace certdesk::core {

using namespace ossl;

QString caKindName(CaKind kind)
{
    return kind == CaKind::Root ? QStringLiteral("ROOT") : QStringLiteral("SUBORDINATE");
}

QString caStateName(CaState state)
{
    switch (state) {
    case CaState::Active: return QStringLiteral("ACTIVE");
    case CaState::Disabled: return QStringLiteral("DISABLED");
    case CaState::Expired: return QStringLiteral("EXPIRED");
    case CaState::PendingCertificate: return QStringLiteral("PENDING_CERTIFICATE");
    case CaState::Deleted: return QStringLiteral("DELETED");
    }
    return {};
}

QStringList caKeyAlgorithms()
{
    return {QStringLiteral("RSA_2048"),      QStringLiteral("RSA_3072"),     QStringLiteral("RSA_4096"),
            QStringLiteral("EC_prime256v1"), QStringLiteral("EC_secp384r1"), QStringLiteral("EC_secp521r1"),
            QStringLiteral("ED25519")};
}

QStringList signingAlgorithmsFor(const QString &keyAlgorithm)
{
    if (keyAlgorithm.startsWith(QLatin1String("RSA_")))
        return {QStringLiteral("SHA256WITHRSA"),    QStringLiteral("SHA384WITHRSA"),    QStringLiteral("SHA512WITHRSA"),
                QStringLiteral("SHA256WITHRSAPSS"), QStringLiteral("SHA384WITHRSAPSS"), QStringLiteral("SHA512WITHRSAPSS")};
    QStringList ecdsa = {QStringLiteral("SHA256WITHECDSA"), QStringLiteral("SHA384WITHECDSA"),
                         QStringLiteral("SHA512WITHECDSA")};
    if (keyAlgorithm == QLatin1String("EC_prime256v1"))
        return ecdsa;
    if (keyAlgorithm == QLatin1String("EC_secp384r1"))
        return {ecdsa[1], ecdsa[0], ecdsa[2]};
    if (keyAlgorithm == QLatin1String("EC_secp521r1"))
        return {ecdsa[2], ecdsa[1], ecdsa[0]};
    if (keyAlgorithm == QLatin1String("ED25519"))
        return {QStringLiteral("ED25519")};
    return {};
}

Result<PrivateKey> generatePrivateKey(const QString &keyAlgorithm)
{
    clearErrors();
    EvpPkeyPtr key;
    if (keyAlgorithm == QLatin1String("RSA_2048") || keyAlgorithm == QLatin1String("RSA_3072")
        || keyAlgorithm == QLatin1String("RSA_4096"))
        key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(keyAlgorithm.mid(4).toInt())));
    else if (keyAlgorithm == QLatin1String("EC_prime256v1"))
        key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    else if (keyAlgorithm == QLatin1String("EC_secp384r1"))
        key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384"));
    else if (keyAlgorithm == QLatin1String("EC_secp521r1"))
        key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-521"));
    else if (keyAlgorithm == QLatin1String("ED25519"))
        key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    else
        return fail(ErrorCode::InvalidInput, QStringLiteral("unknown key algorithm \"%1\" (one of %2)")
                                                 .arg(keyAlgorithm, caKeyAlgorithms().join(QStringLiteral(", "))));
    if (!key)
        return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("cannot generate a %1 key").arg(keyAlgorithm)));
    return PrivateKey::fromHandle(key.get());
}

QStringList revocationReasons()
{
    QStringList out;
    for (int code : {0, 1, 2, 3, 4, 5, 6, 8, 9, 10})
        out << revocationReasonName(code);
    return out;
}

// --- Validity ---------------------------------------------------------------------------

Result<Validity> Validity::parse(const QString &text)
{
    const QString t = text.trimmed();
    static const QRegularExpression amount(QStringLiteral("^(\\d{1,5})\\s*([dmyDMY]|days?|months?|years?)$"));
    if (const auto m = amount.match(t); m.hasMatch()) {
        const int n = m.captured(1).toInt();
        const QChar unit = m.captured(2).at(0).toLower();
        if (n <= 0)
            return fail(ErrorCode::InvalidInput, QStringLiteral("a validity of %1 is empty").arg(t));
        Validity v;
        v.amount = n;
        v.unit = unit == QLatin1Char('d') ? Unit::Days : unit == QLatin1Char('m') ? Unit::Months : Unit::Years;
        if ((v.unit == Unit::Days && n > 36525) || (v.unit == Unit::Months && n > 1200) || (v.unit == Unit::Years && n > 100))
            return fail(ErrorCode::InvalidInput, QStringLiteral("a validity of %1 is more than 100 years").arg(t));
        return v;
    }
    QDateTime end;
    if (const QDate d = QDate::fromString(t, Qt::ISODate); d.isValid() && t.size() == 10)
        end = QDateTime(d, QTime(23, 59, 59), Qt::UTC);
    else
        end = QDateTime::fromString(t, Qt::ISODate);
    if (!end.isValid())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("\"%1\" is not a validity: write 90d, 6m, 2y or an end date 2027-03-31").arg(t));
    Validity v;
    v.unit = Unit::EndDate;
    v.end = end.toUTC();
    return v;
}

QDateTime Validity::endFrom(const QDateTime &start) const
{
    switch (unit) {
    case Unit::Days: return start.addDays(amount);
    case Unit::Months: return start.addMonths(amount);
    case Unit::Years: return start.addYears(amount);
    case Unit::EndDate: return end;
    }
    return end;
}

QString Validity::toString() const
{
    switch (unit) {
    case Unit::Days: return QStringLiteral("%1d").arg(amount);
    case Unit::Months: return QStringLiteral("%1m").arg(amount);
    case Unit::Years: return QStringLiteral("%1y").arg(amount);
    case Unit::EndDate: return end.toString(Qt::ISODate);
    }
    return {};
}

// --- Name constraints ---------------------------------------------------------------------

bool NameConstraints::isEmpty() const
{
    return permittedDns.isEmpty() && excludedDns.isEmpty() && permittedIp.isEmpty() && excludedIp.isEmpty()
        && permittedEmail.isEmpty() && excludedEmail.isEmpty();
}

namespace {

bool dnsWithin(const QString &name, const QString &constraint)
{
    QString c = constraint.toLower();
    const QString n = name.toLower();
    if (c.startsWith(QLatin1Char('.')))
        return n.endsWith(c);
    return n == c || n.endsWith(QLatin1Char('.') + c);
}

bool ipWithin(const QString &address, const QString &cidr)
{
    const QHostAddress a(address);
    const auto subnet = QHostAddress::parseSubnet(cidr);
    return !a.isNull() && !subnet.first.isNull() && a.isInSubnet(subnet);
}

bool emailWithin(const QString &mailbox, const QString &constraint)
{
    const QString m = mailbox.toLower();
    const QString c = constraint.toLower();
    if (c.contains(QLatin1Char('@')))
        return m == c;
    const QString host = m.section(QLatin1Char('@'), -1);
    if (c.startsWith(QLatin1Char('.')))
        return host.endsWith(c);
    return host == c;
}

} // namespace

bool NameConstraints::allows(const GeneralName &name, QString *why) const
{
    const QStringList *permitted = nullptr;
    const QStringList *excluded = nullptr;
    bool (*within)(const QString &, const QString &) = nullptr;
    switch (name.kind) {
    case GeneralName::Kind::Dns:
        permitted = &permittedDns, excluded = &excludedDns, within = dnsWithin;
        break;
    case GeneralName::Kind::Ip:
        permitted = &permittedIp, excluded = &excludedIp, within = ipWithin;
        break;
    case GeneralName::Kind::Email:
        permitted = &permittedEmail, excluded = &excludedEmail, within = emailWithin;
        break;
    default:
        return true;
    }
    for (const QString &e : *excluded) {
        if (within(name.value, e)) {
            if (why)
                *why = QStringLiteral("%1:%2 is excluded by the CA's name constraint %3")
                           .arg(GeneralName::kindName(name.kind), name.value, e);
            return false;
        }
    }
    if (permitted->isEmpty())
        return true;
    for (const QString &p : *permitted)
        if (within(name.value, p))
            return true;
    if (why)
        *why = QStringLiteral("%1:%2 is outside the CA's permitted names (%3)")
                   .arg(GeneralName::kindName(name.kind), name.value, permitted->join(QStringLiteral(", ")));
    return false;
}

} // namespace certdesk::core
