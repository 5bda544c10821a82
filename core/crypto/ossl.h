#pragma once

// The one place that owns the RAII aliases for OpenSSL objects.
// No raw owning pointer crosses a function boundary: wrap it here.

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/decoder.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/ocsp.h>
#include <openssl/pkcs12.h>
#include <openssl/pkcs7.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <QByteArray>
#include <QString>

#include <memory>

#include "crypto/error.h"

namespace certdesk::core::ossl {

template<auto F>
struct OsslFree
{
    void operator()(auto *p) const noexcept { F(p); }
};

using X509Ptr = std::unique_ptr<X509, OsslFree<&X509_free>>;
using X509ReqPtr = std::unique_ptr<X509_REQ, OsslFree<&X509_REQ_free>>;
using X509CrlPtr = std::unique_ptr<X509_CRL, OsslFree<&X509_CRL_free>>;
using X509StorePtr = std::unique_ptr<X509_STORE, OsslFree<&X509_STORE_free>>;
using X509StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, OsslFree<&X509_STORE_CTX_free>>;
using X509VerifyParamPtr = std::unique_ptr<X509_VERIFY_PARAM, OsslFree<&X509_VERIFY_PARAM_free>>;
using X509ExtensionPtr = std::unique_ptr<X509_EXTENSION, OsslFree<&X509_EXTENSION_free>>;
using X509NamePtr = std::unique_ptr<X509_NAME, OsslFree<&X509_NAME_free>>;
using X509SigPtr = std::unique_ptr<X509_SIG, OsslFree<&X509_SIG_free>>;
using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, OsslFree<&EVP_PKEY_free>>;
using EvpPkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, OsslFree<&EVP_PKEY_CTX_free>>;
using EvpMdPtr = std::unique_ptr<EVP_MD, OsslFree<&EVP_MD_free>>;
using EvpMdCtxPtr = std::unique_ptr<EVP_MD_CTX, OsslFree<&EVP_MD_CTX_free>>;
using EvpCipherPtr = std::unique_ptr<EVP_CIPHER, OsslFree<&EVP_CIPHER_free>>;
using EvpCipherCtxPtr = std::unique_ptr<EVP_CIPHER_CTX, OsslFree<&EVP_CIPHER_CTX_free>>;
using BioPtr = std::unique_ptr<BIO, OsslFree<&BIO_free_all>>;
using Pkcs12Ptr = std::unique_ptr<PKCS12, OsslFree<&PKCS12_free>>;
using Pkcs7Ptr = std::unique_ptr<PKCS7, OsslFree<&PKCS7_free>>;
using Pkcs8InfoPtr = std::unique_ptr<PKCS8_PRIV_KEY_INFO, OsslFree<&PKCS8_PRIV_KEY_INFO_free>>;
using Asn1IntegerPtr = std::unique_ptr<ASN1_INTEGER, OsslFree<&ASN1_INTEGER_free>>;
using Asn1EnumeratedPtr = std::unique_ptr<ASN1_ENUMERATED, OsslFree<&ASN1_ENUMERATED_free>>;
using Asn1TimePtr = std::unique_ptr<ASN1_TIME, OsslFree<&ASN1_TIME_free>>;
using Asn1ObjectPtr = std::unique_ptr<ASN1_OBJECT, OsslFree<&ASN1_OBJECT_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, OsslFree<&BN_free>>;
using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, OsslFree<&GENERAL_NAMES_free>>;
using CrlDistPointsPtr = std::unique_ptr<CRL_DIST_POINTS, OsslFree<&CRL_DIST_POINTS_free>>;
using AuthorityInfoAccessPtr = std::unique_ptr<AUTHORITY_INFO_ACCESS, OsslFree<&AUTHORITY_INFO_ACCESS_free>>;
using CertificatePoliciesPtr = std::unique_ptr<CERTIFICATEPOLICIES, OsslFree<&CERTIFICATEPOLICIES_free>>;
using ExtKeyUsagePtr = std::unique_ptr<EXTENDED_KEY_USAGE, OsslFree<&EXTENDED_KEY_USAGE_free>>;
using Asn1BitStringPtr = std::unique_ptr<ASN1_BIT_STRING, OsslFree<&ASN1_BIT_STRING_free>>;
using Asn1OctetStringPtr = std::unique_ptr<ASN1_OCTET_STRING, OsslFree<&ASN1_OCTET_STRING_free>>;
using BasicConstraintsPtr = std::unique_ptr<BASIC_CONSTRAINTS, OsslFree<&BASIC_CONSTRAINTS_free>>;
using AuthorityKeyIdPtr = std::unique_ptr<AUTHORITY_KEYID, OsslFree<&AUTHORITY_KEYID_free>>;
using OsslDecoderCtxPtr = std::unique_ptr<OSSL_DECODER_CTX, OsslFree<&OSSL_DECODER_CTX_free>>;
using LibCtxPtr = std::unique_ptr<OSSL_LIB_CTX, OsslFree<&OSSL_LIB_CTX_free>>;
using SslCtxPtr = std::unique_ptr<SSL_CTX, OsslFree<&SSL_CTX_free>>;
using SslPtr = std::unique_ptr<SSL, OsslFree<&SSL_free>>;

inline void freeX509Stack(STACK_OF(X509) * s) { sk_X509_pop_free(s, X509_free); }
inline void freeCrlStack(STACK_OF(X509_CRL) * s) { sk_X509_CRL_pop_free(s, X509_CRL_free); }
using X509StackPtr = std::unique_ptr<STACK_OF(X509), OsslFree<&freeX509Stack>>;
using X509CrlStackPtr = std::unique_ptr<STACK_OF(X509_CRL), OsslFree<&freeCrlStack>>;
inline void freeExtensionStack(STACK_OF(X509_EXTENSION) * s) { sk_X509_EXTENSION_pop_free(s, X509_EXTENSION_free); }
using X509ExtensionStackPtr = std::unique_ptr<STACK_OF(X509_EXTENSION), OsslFree<&freeExtensionStack>>;
inline void freePkcs7Stack(STACK_OF(PKCS7) * s) { sk_PKCS7_pop_free(s, PKCS7_free); }
inline void freeSafeBagStack(STACK_OF(PKCS12_SAFEBAG) * s) { sk_PKCS12_SAFEBAG_pop_free(s, PKCS12_SAFEBAG_free); }
using Pkcs7StackPtr = std::unique_ptr<STACK_OF(PKCS7), OsslFree<&freePkcs7Stack>>;
using SafeBagStackPtr = std::unique_ptr<STACK_OF(PKCS12_SAFEBAG), OsslFree<&freeSafeBagStack>>;

// The most key-derivation iterations we run for one password-based encryption or MAC. The
// count comes from the file and OpenSSL 3.0 sets no limit: 2^31 iterations stall an import for
// an hour. Ten million is seven times OWASP's highest recommendation (1.3 M, PBKDF2-HMAC-SHA1).
inline constexpr qint64 kMaxKdfIterations = 10'000'000;

// Iterations the key derivation of a password-based encryption algorithm asks for (PBES1,
// PKCS#12 PBE, PBES2 with PBKDF2); 0 when it names none (scrypt: OpenSSL bounds its memory).
qint64 pbeIterations(const X509_ALGOR *alg);

// Drains OpenSSL's error queue into one line ("" when empty).
QString drainErrors();

// Clears the error queue; call before an operation whose failure you will report.
inline void clearErrors() { ERR_clear_error(); }

// An Error for the call that just failed, with the OpenSSL reason appended when there is one.
Error lastError(ErrorCode code, const QString &what);

// Memory BIO over a byte array (read-only, no copy: keep the array alive).
BioPtr readBio(const QByteArray &data);
// Empty memory BIO for writing; contents() copies out what was written.
BioPtr writeBio();
QByteArray bioContents(BIO *bio);

QString asn1StringToQString(const ASN1_STRING *s);
QString objectToOid(const ASN1_OBJECT *obj);
// Short or long name when OpenSSL knows the object, else the dotted OID.
QString objectName(const ASN1_OBJECT *obj);

} // namespace certdesk::core::ossl
