#pragma once

#include "crypto/privatekey.h"

#include <QByteArray>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace certdesk::core {

enum class MasterPasswordPurpose { Create, Unlock };

// Asked for the inventory's master password: to set it (the first key arrives)
// or to unlock the key store. Return nullopt when none is available.
using MasterPasswordCallback = std::function<std::optional<QByteArray>(MasterPasswordPurpose)>;

// The encrypted key store of one inventory (envelope encryption).
//
// A random 256-bit data key encrypts every private key as PKCS#8
// EncryptedPrivateKeyInfo (PBES2: PBKDF2-HMAC-SHA256 + AES-256-CBC). The data
// key itself is stored only wrapped (AES-256-GCM) under a key derived from the
// master password with scrypt. Changing the password rewraps the data key.
// The data key lives in memory only while the store is unlocked.
class KeyStore
{
public:
    explicit KeyStore(QSqlDatabase db);
    ~KeyStore();
    KeyStore(const KeyStore &) = delete;
    KeyStore &operator=(const KeyStore &) = delete;

    bool isInitialized() const;
    bool isUnlocked() const { return !m_dataKey.isEmpty(); }

    // Sets the master password (only when no key store exists yet) and unlocks.
    Result<void> initialize(const QByteArray &password);
    // Wrong password: ErrorCode::WrongPassword, store stays locked, nothing changes.
    Result<void> unlock(const QByteArray &password);
    Result<void> changePassword(const QByteArray &oldPassword, const QByteArray &newPassword);
    void lock();

    // Unlocks with the data key of another, unlocked store of the same inventory (another
    // thread's connection): what one connection unlocked, the others need not ask again.
    // Both stores must not be in use by another thread during the call.
    Result<void> unlockFrom(const KeyStore &other);

    // Unlocks (or initialises) through the callback when needed. The callback may instead
    // unlock this store itself (unlockFrom) and return any value: the store is then used as is.
    Result<void> ensureUnlocked(const MasterPasswordCallback &ask);

    Result<QByteArray> encrypt(const PrivateKey &key) const;
    // A short secret that is not a key (a TSIG key for DNS updates), sealed with the data key
    // (AES-256-GCM, nonce || ciphertext || tag). Locked when the store is.
    Result<QByteArray> seal(const QByteArray &secret) const;
    Result<QByteArray> unseal(const QByteArray &sealed) const;
    Result<PrivateKey> decrypt(const QByteArray &encryptedPkcs8) const;

    // scrypt cost; lowered only by tests and benchmarks that create many stores.
    void setScryptCost(quint64 n) { m_scryptN = n; }

private:
    QByteArray passphrase() const; // the data key as the PKCS#8 passphrase

    QSqlDatabase m_db;
    QByteArray m_dataKey;
    quint64 m_scryptN = 1 << 16;
};

} // namespace certdesk::core
