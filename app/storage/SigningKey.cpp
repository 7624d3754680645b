#include "SigningKey.h"

#include "../domain/SaylauError.h"

#include <sodium.h>

namespace saylau {

void SigningKey::initialise()
{
    // Safe to call any number of times; fails only when the system has no source of randomness.
    if (sodium_init() < 0)
        throw SaylauError(tr("the signing library (libsodium) cannot start: no source of randomness"));
}

SigningKey SigningKey::generate()
{
    initialise();
    SigningKey key;
    key.m_public.resize(crypto_sign_PUBLICKEYBYTES);
    key.m_secret.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(key.m_public.data()),
                        reinterpret_cast<unsigned char *>(key.m_secret.data()));
    return key;
}

SigningKey SigningKey::fromSecretHex(QByteArrayView hex)
{
    initialise();
    const QByteArray secret = QByteArray::fromHex(hex.toByteArray());
    if (secret.size() != int(crypto_sign_SECRETKEYBYTES))
        throw SaylauError(tr("the campaign's signing key is damaged"));
    SigningKey key;
    key.m_secret = secret;
    key.m_public.resize(crypto_sign_PUBLICKEYBYTES);
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char *>(key.m_public.data()),
                                 reinterpret_cast<const unsigned char *>(key.m_secret.constData()));
    return key;
}

QByteArray SigningKey::secretHex() const
{
    return m_secret.toHex();
}

QByteArray SigningKey::sign(QByteArrayView message) const
{
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.data()), quint64(message.size()),
                         reinterpret_cast<const unsigned char *>(m_secret.constData()));
    return signature;
}

bool SigningKey::verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature)
{
    initialise();
    if (publicKey.size() != publicKeySize || signature.size() != signatureSize)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.data()),
                                       reinterpret_cast<const unsigned char *>(message.data()),
                                       quint64(message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.data()))
        == 0;
}

QString SigningKey::fingerprint(QByteArrayView publicKey)
{
    return QString::fromLatin1(publicKey.toByteArray().toHex().left(16));
}

} // namespace saylau
