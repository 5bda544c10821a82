#include "inventory/keystore.h"

#include "crypto/ossl.h"
#include "inventory/database.h"

#include <openssl/core_names.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>

#include <QDateTime>
#include <QSqlQuery>

namespace certdesk::core {

using namespace ossl;

namespace {

constexpr int kKeyBytes = 32;
constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;
const QByteArray kAad = QByteArrayLiteral("certdesk keystore v1");
const QByteArray kSecretAad = QByteArrayLiteral("certdesk sealed secret v1");

using KdfPtr = std::unique_ptr<EVP_KDF, OsslFree<&EVP_KDF_free>>;
using KdfCtxPtr = std::unique_ptr<EVP_KDF_CTX, OsslFree<&EVP_KDF_CTX_free>>;

struct Wrapped
{
    QByteArray salt;
    quint64 n = 0;
    quint32 r = 8;
    quint32 p = 1;
    QByteArray nonce;
    QByteArray wrapped;
};

Result<QByteArray> scrypt(const QByteArray &password, const QByteArray &salt, uint64_t n, uint32_t r, uint32_t p)
{
    clearErrors();
    KdfPtr kdf(EVP_KDF_fetch(nullptr, "SCRYPT", nullptr));
    KdfCtxPtr ctx(kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr);
    if (!ctx)
        return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("scrypt is not available")));
    uint64_t maxmem = 1024ull * 1024 * 1024;
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, const_cast<char *>(password.constData()), size_t(password.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char *>(salt.constData()), size_t(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxmem),
        OSSL_PARAM_construct_end(),
    };
    QByteArray out(kKeyBytes, '\0');
    if (EVP_KDF_derive(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()), params) != 1)
        return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("scrypt failed")));
    return out;
}

// AES-256-GCM; encrypt when plaintext given, returns ciphertext || tag.
Result<QByteArray> gcm(bool encrypt, const QByteArray &key, const QByteArray &nonce, const QByteArray &input,
                       const QByteArray &aad = kAad)
{
    clearErrors();
    EvpCipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    const EVP_CIPHER *cipher = EVP_aes_256_gcm();
    const auto *k = reinterpret_cast<const unsigned char *>(key.constData());
    const auto *iv = reinterpret_cast<const unsigned char *>(nonce.constData());
    int len = 0;
    if (encrypt) {
        QByteArray out(input.size() + kTagBytes, '\0');
        auto *o = reinterpret_cast<unsigned char *>(out.data());
        if (EVP_EncryptInit_ex2(ctx.get(), cipher, k, iv, nullptr) != 1
            || EVP_EncryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char *>(aad.constData()), int(aad.size())) != 1
            || EVP_EncryptUpdate(ctx.get(), o, &len, reinterpret_cast<const unsigned char *>(input.constData()), int(input.size())) != 1
            || EVP_EncryptFinal_ex(ctx.get(), o + len, &len) != 1
            || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, o + input.size()) != 1)
            return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("cannot wrap the data key")));
        return out;
    }
    if (input.size() < kTagBytes)
        return fail(ErrorCode::Crypto, QStringLiteral("the wrapped data key is damaged"));
    const qsizetype bodyLen = input.size() - kTagBytes;
    QByteArray out(bodyLen, '\0');
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    QByteArray tag = input.right(kTagBytes);
    if (EVP_DecryptInit_ex2(ctx.get(), cipher, k, iv, nullptr) != 1
        || EVP_DecryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char *>(aad.constData()), int(aad.size())) != 1
        || EVP_DecryptUpdate(ctx.get(), o, &len, reinterpret_cast<const unsigned char *>(input.constData()), int(bodyLen)) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) != 1
        || EVP_DecryptFinal_ex(ctx.get(), o + len, &len) != 1) {
        ERR_clear_error();
        OPENSSL_cleanse(out.data(), size_t(out.size()));
        return fail(ErrorCode::WrongPassword, QStringLiteral("wrong master password"));
    }
    return out;
}

QByteArray randomBytes(int n)
{
    QByteArray out(n, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), n) != 1)
        return {};
    return out;
}

std::optional<Wrapped> loadWrapped(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT salt, cost, block_size, parallelism, nonce, wrapped_key FROM keystore WHERE id = 1"))
        || !q.next())
        return std::nullopt;
    return Wrapped{q.value(0).toByteArray(), q.value(1).toULongLong(), q.value(2).toUInt(), q.value(3).toUInt(),
                   q.value(4).toByteArray(), q.value(5).toByteArray()};
}

Result<Wrapped> wrap(const QByteArray &password, const QByteArray &dataKey, quint64 n)
{
    Wrapped w;
    w.salt = randomBytes(16);
    w.nonce = randomBytes(kNonceBytes);
    w.n = n;
    if (w.salt.isEmpty() || w.nonce.isEmpty())
        return fail(ErrorCode::Crypto, QStringLiteral("no random bytes available"));
    auto kek = scrypt(password, w.salt, w.n, w.r, w.p);
    if (!kek)
        return std::unexpected(kek.error());
    auto wrapped = gcm(true, *kek, w.nonce, dataKey);
    OPENSSL_cleanse(kek->data(), size_t(kek->size()));
    if (!wrapped)
        return std::unexpected(wrapped.error());
    w.wrapped = *wrapped;
    return w;
}

Result<void> storeWrapped(QSqlDatabase &db, const Wrapped &w)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO keystore (id, kdf, salt, cost, block_size, parallelism, nonce, "
                             "wrapped_key, created_at) VALUES (1, 'scrypt', ?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (id) DO UPDATE SET kdf = excluded.kdf, salt = excluded.salt, cost = excluded.cost, "
                             "block_size = excluded.block_size, parallelism = excluded.parallelism, nonce = excluded.nonce, "
                             "wrapped_key = excluded.wrapped_key, created_at = excluded.created_at"));
    q.addBindValue(w.salt);
    q.addBindValue(qint64(w.n));
    q.addBindValue(w.r);
    q.addBindValue(w.p);
    q.addBindValue(w.nonce);
    q.addBindValue(w.wrapped);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!q.exec())
        return std::unexpected(sqlError(QStringLiteral("cannot save the key store"), q));
    return {};
}

} // namespace

KeyStore::KeyStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

KeyStore::~KeyStore() { lock(); }

bool KeyStore::isInitialized() const { return loadWrapped(m_db).has_value(); }

void KeyStore::lock()
{
    if (!m_dataKey.isEmpty())
        OPENSSL_cleanse(m_dataKey.data(), size_t(m_dataKey.size()));
    m_dataKey.clear();
}

Result<void> KeyStore::initialize(const QByteArray &password)
{
    if (isInitialized())
        return fail(ErrorCode::Duplicate, QStringLiteral("the inventory already has a master password"));
    if (password.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("the master password must not be empty"));
    QByteArray dataKey = randomBytes(kKeyBytes);
    if (dataKey.isEmpty())
        return fail(ErrorCode::Crypto, QStringLiteral("no random bytes available"));
    auto w = wrap(password, dataKey, m_scryptN);
    if (!w)
        return std::unexpected(w.error());
    if (auto r = storeWrapped(m_db, *w); !r)
        return r;
    m_dataKey = dataKey;
    return {};
}

Result<void> KeyStore::unlock(const QByteArray &password)
{
    const auto w = loadWrapped(m_db);
    if (!w)
        return fail(ErrorCode::NotFound, QStringLiteral("the inventory has no master password yet"));
    auto kek = scrypt(password, w->salt, w->n, w->r, w->p);
    if (!kek)
        return std::unexpected(kek.error());
    auto dataKey = gcm(false, *kek, w->nonce, w->wrapped);
    OPENSSL_cleanse(kek->data(), size_t(kek->size()));
    if (!dataKey)
        return std::unexpected(dataKey.error());
    lock();
    m_dataKey = *dataKey;
    return {};
}

Result<void> KeyStore::changePassword(const QByteArray &oldPassword, const QByteArray &newPassword)
{
    if (newPassword.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("the master password must not be empty"));
    if (auto r = unlock(oldPassword); !r)
        return r;
    auto w = wrap(newPassword, m_dataKey, m_scryptN);
    if (!w)
        return std::unexpected(w.error());
    return storeWrapped(m_db, *w);
}

Result<void> KeyStore::ensureUnlocked(const MasterPasswordCallback &ask)
{
    if (isUnlocked())
        return {};
    const bool creating = !isInitialized();
    const auto password = ask ? ask(creating ? MasterPasswordPurpose::Create : MasterPasswordPurpose::Unlock) : std::nullopt;
    if (isUnlocked())
        return {}; // the callback unlocked this store itself (see unlockFrom)
    if (!password)
        return fail(ErrorCode::PasswordRequired,
                    creating ? QStringLiteral("a master password must be set before private keys can be stored")
                             : QStringLiteral("the key store is locked and no master password was given"));
    return creating ? initialize(*password) : unlock(*password);
}

Result<void> KeyStore::unlockFrom(const KeyStore &other)
{
    if (!other.isUnlocked())
        return fail(ErrorCode::Locked, QStringLiteral("the key store to unlock from is locked"));
    if (&other == this)
        return {};
    lock();
    m_dataKey = other.m_dataKey;
    m_dataKey.detach();
    return {};
}

QByteArray KeyStore::passphrase() const { return m_dataKey.toBase64(); }

Result<QByteArray> KeyStore::seal(const QByteArray &secret) const
{
    if (!isUnlocked())
        return fail(ErrorCode::Locked, QStringLiteral("the key store is locked"));
    const QByteArray nonce = randomBytes(kNonceBytes);
    if (nonce.isEmpty())
        return fail(ErrorCode::Crypto, QStringLiteral("no random bytes available"));
    auto sealed = gcm(true, m_dataKey, nonce, secret, kSecretAad);
    if (!sealed)
        return std::unexpected(sealed.error());
    return nonce + *sealed;
}

Result<QByteArray> KeyStore::unseal(const QByteArray &sealed) const
{
    if (!isUnlocked())
        return fail(ErrorCode::Locked, QStringLiteral("the key store is locked"));
    if (sealed.size() < kNonceBytes + kTagBytes)
        return fail(ErrorCode::Crypto, QStringLiteral("the sealed secret is damaged"));
    auto plain = gcm(false, m_dataKey, sealed.left(kNonceBytes), sealed.mid(kNonceBytes), kSecretAad);
    if (!plain)
        return fail(ErrorCode::Crypto, QStringLiteral("the sealed secret is damaged or belongs to another inventory"));
    return *plain;
}

Result<QByteArray> KeyStore::encrypt(const PrivateKey &key) const
{
    if (!isUnlocked())
        return fail(ErrorCode::Locked, QStringLiteral("the key store is locked"));
    QByteArray pass = passphrase();
    auto out = key.toEncryptedPkcs8Der(pass);
    OPENSSL_cleanse(pass.data(), size_t(pass.size()));
    return out;
}

Result<PrivateKey> KeyStore::decrypt(const QByteArray &encryptedPkcs8) const
{
    if (!isUnlocked())
        return fail(ErrorCode::Locked, QStringLiteral("the key store is locked"));
    QByteArray pass = passphrase();
    auto out = PrivateKey::fromDer(encryptedPkcs8, pass);
    OPENSSL_cleanse(pass.data(), size_t(pass.size()));
    if (!out && out.error().code == ErrorCode::WrongPassword)
        return fail(ErrorCode::Crypto, QStringLiteral("a stored private key does not decrypt with this inventory's data key"));
    return out;
}

} // namespace certdesk::core
