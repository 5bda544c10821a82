#include "x509/certificatejson.h"

#include <QJsonArray>

namespace certdesk::core {

namespace {

QJsonObject dnToJson(const DistinguishedName &dn)
{
    QJsonArray components;
    for (const NameComponent &c : dn.components)
        components.append(QJsonObject{{QStringLiteral("type"), c.type}, {QStringLiteral("oid"), c.oid}, {QStringLiteral("value"), c.value}});
    return QJsonObject{{QStringLiteral("rfc4514"), dn.rfc4514}, {QStringLiteral("components"), components}};
}

QJsonArray strings(const QStringList &list) { return QJsonArray::fromStringList(list); }

} // namespace

QString formatUtc(const QDateTime &t) { return t.toUTC().toString(Qt::ISODate); }

QJsonObject certificateToJson(const Certificate &c)
{
    QJsonArray sans;
    for (const GeneralName &n : c.subjectAlternativeNames())
        sans.append(QJsonObject{{QStringLiteral("type"), GeneralName::kindName(n.kind)}, {QStringLiteral("value"), n.value}});
    QJsonArray ekus;
    for (const ExtendedKeyUsage &e : c.extendedKeyUsages())
        ekus.append(QJsonObject{{QStringLiteral("Name"), e.name}, {QStringLiteral("OID"), e.oid}});
    QJsonArray extensions;
    for (const Extension &e : c.extensions())
        extensions.append(QJsonObject{{QStringLiteral("oid"), e.oid},
                                      {QStringLiteral("name"), e.name},
                                      {QStringLiteral("critical"), e.critical},
                                      {QStringLiteral("value"), QString::fromLatin1(e.value.toBase64())},
                                      {QStringLiteral("text"), describeExtension(e)}});
    const BasicConstraints &bc = c.basicConstraints();
    QJsonObject basic{{QStringLiteral("present"), bc.present}, {QStringLiteral("critical"), bc.critical},
                      {QStringLiteral("ca"), bc.ca}};
    if (bc.pathLength >= 0)
        basic.insert(QStringLiteral("pathLength"), bc.pathLength);
    return QJsonObject{
        {QStringLiteral("DomainName"), c.domainName()},
        {QStringLiteral("SubjectAlternativeNames"), sans},
        {QStringLiteral("Serial"), c.serial()},
        {QStringLiteral("Subject"), dnToJson(c.subject())},
        {QStringLiteral("Issuer"), dnToJson(c.issuer())},
        {QStringLiteral("NotBefore"), formatUtc(c.notBefore())},
        {QStringLiteral("NotAfter"), formatUtc(c.notAfter())},
        {QStringLiteral("KeyAlgorithm"), c.keyAlgorithm()},
        {QStringLiteral("SignatureAlgorithm"), c.signatureAlgorithm()},
        {QStringLiteral("SignatureAlgorithmOid"), c.signatureAlgorithmOid()},
        {QStringLiteral("KeyUsages"), strings(c.keyUsages())},
        {QStringLiteral("ExtendedKeyUsages"), ekus},
        {QStringLiteral("Version"), c.version()},
        {QStringLiteral("FingerprintSha256"), toColonHex(c.sha256())},
        {QStringLiteral("FingerprintSha1"), toColonHex(c.sha1())},
        {QStringLiteral("SubjectKeyIdentifier"), toColonHex(c.subjectKeyId())},
        {QStringLiteral("AuthorityKeyIdentifier"), toColonHex(c.authorityKeyId())},
        {QStringLiteral("PublicKeySha256"), toHex(c.publicKeySha256())},
        {QStringLiteral("BasicConstraints"), basic},
        {QStringLiteral("SelfSigned"), c.isSelfSigned()},
        {QStringLiteral("CrlDistributionPoints"), strings(c.crlDistributionPoints())},
        {QStringLiteral("OcspUrls"), strings(c.ocspUrls())},
        {QStringLiteral("CaIssuerUrls"), strings(c.caIssuerUrls())},
        {QStringLiteral("Policies"), strings(c.policies())},
        {QStringLiteral("Extensions"), extensions},
    };
}

} // namespace certdesk::core
