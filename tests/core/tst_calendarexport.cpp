#include "testcertificates.h"
#include "testutil.h"

#include "inventory/calendarexport.h"
#include "x509/certificate.h"
#include "x509/pem.h"

#include <QtTest>

using namespace certdesk::core;
using namespace certdesk::test;

namespace {

Certificate load(const QByteArray &pem)
{
    const QList<PemBlock> blocks = scanPem(pem);
    if (blocks.isEmpty())
        qFatal("no PEM block");
    auto c = Certificate::fromDer(blocks.first().der);
    if (!c)
        qFatal("%s", qPrintable(c.error().message));
    return *c;
}

// RFC 5545 3.1: a CRLF followed by one space or tab is removed when reading.
QByteArray unfold(QByteArray text)
{
    text.replace("\r\n ", "");
    text.replace("\r\n\t", "");
    return text;
}

} // namespace

class TestCalendarExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The whole file for a fixture that regenerating the fixtures leaves byte for byte
    // (root-ca.pem: RSA signatures are deterministic).
    void exactOutput()
    {
        const Certificate root = load(readData(QStringLiteral("root-ca.pem")));
        const auto ics = expiryCalendar({root}, 30, testTime());
        QVERIFY2(ics, ics ? "" : qPrintable(ics.error().message));
        const QByteArray expected =
            "BEGIN:VCALENDAR\r\n"
            "VERSION:2.0\r\n"
            "PRODID:-//certdesk//Certificate expiry calendar//EN\r\n"
            "CALSCALE:GREGORIAN\r\n"
            "METHOD:PUBLISH\r\n"
            "BEGIN:VEVENT\r\n"
            "UID:f1dcb3e0ab7fb6ba5d9d498b83fe7ddd81f0875d11bae56f087c774310be27fb@certde\r\n" // 75 octets
            " sk\r\n"
            "DTSTAMP:20260601T000000Z\r\n"
            "DTSTART:20440101T000000Z\r\n"
            "SUMMARY:Certificate expires: certdesk Test Root CA\r\n"
            "DESCRIPTION:Subject: CN=certdesk Test Root CA\\,O=certdesk Tests\\,C=DE\\nIssu\r\n"
            " er: CN=certdesk Test Root CA\\,O=certdesk Tests\\,C=DE\\nSerial: 01\\nSHA-256:\r\n"
            "  F1:DC:B3:E0:AB:7F:B6:BA:5D:9D:49:8B:83:FE:7D:DD:81:F0:87:5D:11:BA:E5:6F:0\r\n" // the space is content
            " 8:7C:77:43:10:BE:27:FB\\nNot after: 2044-01-01T00:00:00Z\r\n"
            "TRANSP:TRANSPARENT\r\n"
            "CATEGORIES:Certificates\r\n"
            "BEGIN:VALARM\r\n"
            "ACTION:DISPLAY\r\n"
            "TRIGGER:-P30D\r\n"
            "DESCRIPTION:Certificate certdesk Test Root CA expires in 30 days\r\n"
            "END:VALARM\r\n"
            "END:VEVENT\r\n"
            "END:VCALENDAR\r\n";
        QCOMPARE(*ics, expected);
    }

    void everyCertificateOnce()
    {
        const QDateTime now = testTime();
        const QList<Certificate> certs{
            load(makeCertificatePem(QStringLiteral("a.example.test"), now.addDays(-10), now.addDays(10), 1)),
            load(makeCertificatePem(QStringLiteral("b.example.test"), now.addDays(-10), now.addSecs(86400 * 3 + 61), 2)),
            load(readData(QStringLiteral("leaf-rsa.pem"))),
        };
        const QByteArray ics = expiryCalendar(certs, 0, now).value();
        QCOMPARE(ics.count("BEGIN:VEVENT\r\n"), 3);
        QCOMPARE(ics.count("END:VEVENT\r\n"), 3);
        QCOMPARE(ics.count("BEGIN:VALARM\r\n"), 3);
        QCOMPARE(ics.count("TRIGGER:PT0S\r\n"), 3);
        const QByteArray text = unfold(ics);
        for (const Certificate &c : certs) {
            QVERIFY(text.contains("UID:" + c.sha256Hex().toLatin1() + "@certdesk\r\n"));
            QVERIFY(text.contains("SUMMARY:Certificate expires: " + c.domainName().toUtf8() + "\r\n"));
        }
        QVERIFY(text.contains("DTSTART:20260604T000101Z\r\n"));
        QVERIFY(text.contains("\\nSerial: 1001\\n"));
        // The same certificates give the same UIDs: importing the file again updates, not duplicates.
        QCOMPARE(expiryCalendar(certs, 0, now.addDays(1)).value().count("UID:"), 3);
    }

    void lineRules()
    {
        const QDateTime now = testTime();
        // A long name with multi-byte characters and characters that must be escaped.
        // (a common name has at most 64 characters; in UTF-8 these are far more than 75 octets)
        const QString name = QStringLiteral("Prüfung; Größe, Maß \\ Äquivalenz – ") + QString(16, QChar(0x00FC))
                             + QStringLiteral(" 証明書");
        const Certificate cert = load(makeCertificatePem(name, now, now.addDays(5), 7));
        QCOMPARE(cert.domainName(), name);
        const QByteArray ics = expiryCalendar({cert}, 3, now).value();
        QVERIFY(ics.endsWith("\r\n"));
        QVERIFY(!ics.contains("\r\r"));
        const QList<QByteArray> lines = ics.split('\n');
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            const QByteArray &l = lines.at(i);
            QVERIFY2(l.endsWith('\r'), l.constData());                  // every LF is part of a CRLF
            QVERIFY2(l.size() - 1 <= 75, l.constData());                 // 75 octets without the CRLF
            QVERIFY2(QString::fromUtf8(l).toUtf8() == l, l.constData()); // never split inside a UTF-8 character
        }
        const QString unfolded = QString::fromUtf8(unfold(ics));
        QString escapedName = name;
        escapedName.replace(QStringLiteral("\\"), QStringLiteral("\\\\"))
            .replace(QStringLiteral(";"), QStringLiteral("\\;"))
            .replace(QStringLiteral(","), QStringLiteral("\\,"));
        const QString summary = QStringLiteral("SUMMARY:Certificate expires: ") + escapedName + QStringLiteral("\r\n");
        QVERIFY(unfolded.contains(summary));
        QVERIFY(!ics.contains(summary.toUtf8())); // it had to be folded
        QVERIFY(unfolded.contains(QStringLiteral("TRIGGER:-P3D\r\n")));
    }

    void escapeText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << QStringLiteral("www.example.test") << QStringLiteral("www.example.test");
        QTest::newRow("comma and semicolon") << QStringLiteral("a,b;c") << QStringLiteral("a\\,b\\;c");
        QTest::newRow("backslash first") << QStringLiteral("C:\\x;") << QStringLiteral("C:\\\\x\\;");
        QTest::newRow("newline") << QStringLiteral("one\ntwo") << QStringLiteral("one\\ntwo");
        QTest::newRow("crlf is one newline") << QStringLiteral("one\r\ntwo") << QStringLiteral("one\\ntwo");
        QTest::newRow("colon and quote stay") << QStringLiteral("k:\"v\"") << QStringLiteral("k:\"v\"");
        QTest::newRow("control character") << QStringLiteral("a\tb\x01") << QStringLiteral("a b ");
    }

    void escapeText()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(ical::escapeText(text), escaped);
    }

    void foldLine_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("folded");
        const QByteArray a75(75, 'a');
        QTest::newRow("75 octets stay") << a75 << a75 + "\r\n";
        QTest::newRow("76 octets fold") << a75 + "b" << a75 + "\r\n b\r\n";
        QTest::newRow("continuations hold 74") << a75 + QByteArray(74, 'b') + "c"
                                               << a75 + "\r\n " + QByteArray(74, 'b') + "\r\n c\r\n";
        // "ü" is two octets: at octet 74 it would be cut in half, so it moves to the next line.
        QTest::newRow("utf-8 not split") << QByteArray(74, 'a') + "\xc3\xbc" + "z"
                                         << QByteArray(74, 'a') + "\r\n \xc3\xbcz\r\n";
        QTest::newRow("empty") << QByteArray() << QByteArray("\r\n");
    }

    void foldLine()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, folded);
        QCOMPARE(ical::foldLine(line), folded);
        QCOMPARE(unfold(folded), line + "\r\n");
    }

    void rejects()
    {
        const Certificate root = load(readData(QStringLiteral("root-ca.pem")));
        QCOMPARE(expiryCalendar({}, 30, testTime()).error().code, ErrorCode::InvalidInput);
        QCOMPARE(expiryCalendar({root}, -1, testTime()).error().code, ErrorCode::InvalidInput);
        QCOMPARE(expiryCalendar({root}, 3651, testTime()).error().code, ErrorCode::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestCalendarExport)
#include "tst_calendarexport.moc"
