#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace saylau {

// An Ed25519 key pair through libsodium: each office and headquarters signs its packages with its own, and
// a receiving campaign knows the public keys of the peers it exchanges with.
class SigningKey
{
    Q_DECLARE_TR_FUNCTIONS(SigningKey)

public:
    static constexpr int publicKeySize = 32;
    static constexpr int signatureSize = 64;

    static SigningKey generate();
    // From secretHex() of an earlier key. Throws SaylauError when it is not one.
    static SigningKey fromSecretHex(QByteArrayView hex);

    QByteArray publicKey() const { return m_public; }
    QByteArray secretHex() const;
    QByteArray sign(QByteArrayView message) const;

    static bool verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);
    // A short, readable name of a public key for messages: its first 16 hex digits.
    static QString fingerprint(QByteArrayView publicKey);

private:
    SigningKey() = default;
    static void initialise();

    QByteArray m_public;
    QByteArray m_secret;
};

} // namespace saylau
