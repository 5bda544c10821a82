#include "crypto/privatekey.h"

#include "crypto/keyinfo.h"
#include "crypto/ossl.h"

#include <openssl/pem.h>
#include <openssl/rand.h>

namespace certdesk::core {

using namespace ossl;

namespace {

std::shared_ptr<EVP_PKEY> share(EvpPkeyPtr key) { return std::shared_ptr<EVP_PKEY>(key.release(), EVP_PKEY_free); }

struct PassState
{
    const std::optional<QByteArray> *passphrase = nullptr;
    bool asked = false;
};

int passCallback(char *buf, int size, int, void *u)
{
    auto *state = static_cast<PassState *>(u);
    state->asked = true;
    if (!state->passphrase || !state->passphrase->has_value())
        return -1;
    const QByteArray &p = **state->passphrase;
    if (p.size() > size)
        return -1;
    memcpy(buf, p.constData(), size_t(p.size()));
    return int(p.size());
}

} // namespace

bool isEncryptedPkcs8(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509SigPtr sig(d2i_X509_SIG(nullptr, &p, long(der.size())));
    ERR_clear_error();
    return sig && p == reinterpret_cast<const unsigned char *>(der.constData()) + der.size();
}

Result<PrivateKey> PrivateKey::fromDer(const QByteArray &der, const std::optional<QByteArray> &passphrase)
{
    clearErrors();
    if (isEncryptedPkcs8(der)) {
        const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
        X509SigPtr sig(d2i_X509_SIG(nullptr, &p, long(der.size())));
        const X509_ALGOR *alg = nullptr;
        X509_SIG_get0(sig.get(), &alg, nullptr);
        if (const qint64 iterations = pbeIterations(alg); iterations > kMaxKdfIterations)
            return fail(ErrorCode::LimitExceeded,
                        QStringLiteral("the key's encryption asks for %1 key-derivation iterations, more than the "
                                       "limit of %2 (it would take minutes to hours to open)")
                            .arg(iterations)
                            .arg(kMaxKdfIterations));
        if (!passphrase)
            return fail(ErrorCode::PasswordRequired, QStringLiteral("the private key is encrypted and needs its password"));
        Pkcs8InfoPtr info(PKCS8_decrypt(sig.get(), passphrase->constData(), int(passphrase->size())));
        if (!info) {
            const QString reason = drainErrors();
            if (reason.contains(QStringLiteral("unsupported"))
                || reason.contains(QStringLiteral("unknown pbe algorithm")))
                return fail(ErrorCode::UnsupportedFormat,
                            QStringLiteral("the key's encryption algorithm is not supported (%1)").arg(reason));
            return fail(ErrorCode::WrongPassword, QStringLiteral("wrong password for the encrypted private key"));
        }
        EvpPkeyPtr key(EVP_PKCS82PKEY(info.get()));
        if (!key)
            return std::unexpected(lastError(ErrorCode::InvalidInput, QStringLiteral("the decrypted private key is malformed")));
        PrivateKey out;
        out.m_key = share(std::move(key));
        return out;
    }
    EVP_PKEY *raw = nullptr;
    OsslDecoderCtxPtr dctx(
        OSSL_DECODER_CTX_new_for_pkey(&raw, "DER", nullptr, nullptr, EVP_PKEY_KEYPAIR, nullptr, nullptr));
    if (!dctx)
        return std::unexpected(lastError(ErrorCode::Internal, QStringLiteral("cannot create a key decoder")));
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    size_t len = size_t(der.size());
    if (!OSSL_DECODER_from_data(dctx.get(), &data, &len) || !raw) {
        ERR_clear_error();
        return fail(ErrorCode::InvalidInput, QStringLiteral("not a private key"));
    }
    EvpPkeyPtr key(raw);
    if (len != 0)
        return fail(ErrorCode::InvalidInput, QStringLiteral("trailing bytes after the private key"));
    PrivateKey out;
    out.m_key = share(std::move(key));
    return out;
}

Result<PrivateKey> PrivateKey::fromPem(const QByteArray &pem, const std::optional<QByteArray> &passphrase)
{
    clearErrors();
    BioPtr bio = readBio(pem);
    PassState state{&passphrase, false};
    EvpPkeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, passCallback, &state));
    if (!key) {
        const QString reason = drainErrors();
        if (state.asked && !passphrase)
            return fail(ErrorCode::PasswordRequired, QStringLiteral("the private key is encrypted and needs its password"));
        if (state.asked)
            return fail(ErrorCode::WrongPassword, QStringLiteral("wrong password for the encrypted private key"));
        return fail(ErrorCode::InvalidInput, QStringLiteral("malformed private key (%1)").arg(reason));
    }
    PrivateKey out;
    out.m_key = share(std::move(key));
    return out;
}

PrivateKey PrivateKey::fromHandle(EVP_PKEY *key)
{
    PrivateKey out;
    if (key && EVP_PKEY_up_ref(key))
        out.m_key = std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free);
    return out;
}

QString PrivateKey::algorithm() const { return keyAlgorithmName(m_key.get()); }

QByteArray PrivateKey::publicKeyDer() const
{
    if (!m_key)
        return {};
    unsigned char *buf = nullptr;
    const int len = i2d_PUBKEY(m_key.get(), &buf);
    if (len <= 0) {
        ERR_clear_error();
        return {};
    }
    QByteArray out(reinterpret_cast<const char *>(buf), len);
    OPENSSL_free(buf);
    return out;
}

QByteArray PrivateKey::publicKeySha256() const
{
    const QByteArray spki = publicKeyDer();
    if (spki.isEmpty())
        return {};
    unsigned char md[32];
    unsigned int len = 0;
    EVP_Digest(spki.constData(), size_t(spki.size()), md, &len, EVP_sha256(), nullptr);
    return QByteArray(reinterpret_cast<const char *>(md), int(len));
}

namespace {

Result<X509SigPtr> encryptPkcs8(EVP_PKEY *key, const QByteArray &passphrase, int iterations)
{
    clearErrors();
    Pkcs8InfoPtr info(EVP_PKEY2PKCS8(key));
    if (!info)
        return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("cannot encode the private key")));
    unsigned char salt[16];
    if (RAND_bytes(salt, sizeof salt) != 1)
        return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("no random bytes for the salt")));
    X509SigPtr sig(PKCS8_encrypt(-1, EVP_aes_256_cbc(), passphrase.constData(), int(passphrase.size()), salt,
                                 int(sizeof salt), iterations, info.get()));
    if (!sig)
        return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("cannot encrypt the private key")));
    return sig;
}

} // namespace

Result<QByteArray> PrivateKey::toEncryptedPkcs8Der(const QByteArray &passphrase, int iterations) const
{
    if (!m_key)
        return fail(ErrorCode::Internal, QStringLiteral("no key"));
    auto sig = encryptPkcs8(m_key.get(), passphrase, iterations);
    if (!sig)
        return std::unexpected(sig.error());
    unsigned char *buf = nullptr;
    const int len = i2d_X509_SIG(sig->get(), &buf);
    if (len <= 0)
        return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("cannot encode the encrypted key")));
    QByteArray out(reinterpret_cast<const char *>(buf), len);
    OPENSSL_free(buf);
    return out;
}

Result<QByteArray> PrivateKey::toEncryptedPkcs8Pem(const QByteArray &passphrase, int iterations) const
{
    if (!m_key)
        return fail(ErrorCode::Internal, QStringLiteral("no key"));
    auto sig = encryptPkcs8(m_key.get(), passphrase, iterations);
    if (!sig)
        return std::unexpected(sig.error());
    BioPtr bio = writeBio();
    if (!PEM_write_bio_PKCS8(bio.get(), sig->get()))
        return std::unexpected(lastError(ErrorCode::Crypto, QStringLiteral("cannot write the encrypted key")));
    return bioContents(bio.get());
}

} // namespace certdesk::core
