#include "testutil.h"
#include "testinventory.h"

#include <QDirIterator>
#include <QUrl>

#include "inventory/clock.h"
#include "inventory/inventory.h"
#include "inventory/importjob.h"

#include <QtTest>

using namespace certdesk::core;
using namespace certdesk::test;

class TestKeyStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<Inventory> openInventory(const QString &path)
    {
        auto inv = Inventory::open(certdesk::test::inventoryLocation(path), m_clock);
        if (!inv)
            qFatal("%s", qPrintable(inv.error().message));
        (*inv)->keyStore().setScryptCost(1 << 10);
        return std::move(*inv);
    }

    FixedClock m_clock{testTime()};

private Q_SLOTS:
    void setUnlockLock()
    {
        QTemporaryDir dir;
        auto inv = openInventory(dir.filePath(QStringLiteral("inv.db")));
        KeyStore &ks = inv->keyStore();
        QVERIFY(!ks.isInitialized());
        QVERIFY(!ks.isUnlocked());
        QVERIFY(ks.initialize("correct horse"));
        QVERIFY(ks.isInitialized());
        QVERIFY(ks.isUnlocked());
        const auto second = ks.initialize("again");
        QVERIFY(!second);
        QCOMPARE(second.error().code, ErrorCode::Duplicate);
        ks.lock();
        QVERIFY(!ks.isUnlocked());
        const auto wrong = ks.unlock("wrong");
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::WrongPassword);
        QCOMPARE(wrong.error().message, QStringLiteral("wrong master password"));
        QVERIFY(!ks.isUnlocked());
        QVERIFY(ks.unlock("correct horse"));
        QVERIFY(ks.isUnlocked());
    }

    void encryptDecryptRoundTrip()
    {
        QTemporaryDir dir;
        auto inv = openInventory(dir.filePath(QStringLiteral("inv.db")));
        KeyStore &ks = inv->keyStore();
        auto key = PrivateKey::fromPem(readData(QStringLiteral("keys/leaf-ec256.key")));
        QVERIFY(key);
        QVERIFY(!ks.encrypt(*key)); // locked
        QVERIFY(ks.initialize("pw"));
        auto encrypted = ks.encrypt(*key);
        QVERIFY(encrypted);
        QVERIFY(isEncryptedPkcs8(*encrypted));
        auto back = ks.decrypt(*encrypted);
        QVERIFY(back);
        QCOMPARE(back->publicKeySha256(), key->publicKeySha256());
    }

    void changePasswordKeepsKeys()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inv.db"));
        QByteArray encrypted;
        QByteArray spki;
        {
            auto inv = openInventory(path);
            QVERIFY(inv->keyStore().initialize("old"));
            auto key = PrivateKey::fromPem(readData(QStringLiteral("keys/leaf-rsa2048.key")));
            encrypted = *inv->keyStore().encrypt(*key);
            spki = key->publicKeySha256();
            QVERIFY(!inv->keyStore().changePassword("not-old", "new"));
            QVERIFY(inv->keyStore().changePassword("old", "new"));
        }
        auto inv = openInventory(path);
        QVERIFY(!inv->keyStore().unlock("old"));
        QVERIFY(inv->keyStore().unlock("new"));
        auto key = inv->keyStore().decrypt(encrypted);
        QVERIFY(key);
        QCOMPARE(key->publicKeySha256(), spki);
    }

    void keysNeverInTheClearOnDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inv.db"));
        auto inv = openInventory(path);
        ImportOptions options;
        options.masterPassword = [](MasterPasswordPurpose) { return std::optional<QByteArray>("master"); };
        ImportJob job(*inv, options);
        const ImportReport report = job.importPaths({dataPath(QStringLiteral("keys")), dataPath(QStringLiteral("leaf-rsa.pem"))});
        QCOMPARE(report.keysImported, 7);
        QCOMPARE(report.keysAttached, 1);
        QCOMPARE(report.failed(), 0);

        // Every key's plain PKCS#8 DER, its PEM base64 and its raw private scalar must be absent
        // from the database file and its WAL.
        QList<QByteArray> secrets;
        const QStringList keyFiles = QDir(dataPath(QStringLiteral("keys"))).entryList({QStringLiteral("*.key")});
        QCOMPARE(keyFiles.size(), 7);
        for (const QString &name : keyFiles) {
            const QByteArray pem = readData(QStringLiteral("keys/") + name);
            const auto blocks = scanPemForTest(pem);
            secrets << blocks << blocks.toBase64().left(60);
            // The last 32 bytes of a PKCS#8 EC/Ed25519 key are the private scalar or seed region; look for a
            // 24-byte window in the middle too (RSA private exponent area).
            secrets << blocks.mid(blocks.size() / 2, 24);
        }
        QByteArray disk;
        if (postgresBackend()) {
            // The server's files: the database's tables and indexes, and the write-ahead log.
            auto &pg = TestPostgres::instance();
            QSqlQuery q(pg.connect(QStringLiteral("postgres")));
            QVERIFY(q.exec(QStringLiteral("CHECKPOINT")));
            const QString name = QUrl(inv->path()).path().mid(1);
            QVERIFY(q.exec(QStringLiteral("SELECT current_setting('data_directory'), oid FROM pg_database WHERE datname = '%1'").arg(name)));
            QVERIFY(q.next());
            const QString data = q.value(0).toString();
            for (const QString &folder : {data + QStringLiteral("/base/") + q.value(1).toString(), data + QStringLiteral("/pg_wal")}) {
                QDirIterator it(folder, QDir::Files);
                while (it.hasNext()) {
                    QFile f(it.next());
                    if (f.open(QIODevice::ReadOnly))
                        disk += f.readAll();
                }
            }
        } else {
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                QFile f(path + suffix);
                if (f.open(QIODevice::ReadOnly))
                    disk += f.readAll();
            }
        }
        QVERIFY(disk.size() > 10000);
        for (const QByteArray &secret : secrets)
            QVERIFY2(!disk.contains(secret), "a private key is stored in the clear");
        // And the keys are really there, encrypted.
        auto id = inv->resolve(QStringLiteral("1"));
        QVERIFY(id);
        QVERIFY(inv->hasPrivateKey(*id));
    }

private:
    static QByteArray scanPemForTest(const QByteArray &pem)
    {
        QByteArray b64;
        for (const QByteArray &line : pem.split('\n')) {
            if (!line.startsWith("-----"))
                b64 += line.trimmed();
        }
        return QByteArray::fromBase64(b64);
    }
};

QTEST_GUILESS_MAIN(TestKeyStore)
#include "tst_keystore.moc"
