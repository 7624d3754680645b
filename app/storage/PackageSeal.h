#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace saylau {

class SigningKey;

// The signature of an exchange package: a 128-byte trailer after the SQLite database that is the package.
//
//   bytes 0-15   "SAYLAU-PACKAGE" 0x00 0x01 (the 01 is the seal's version)
//   bytes 16-23  length of the database part in bytes, big-endian
//   bytes 24-55  the signer's Ed25519 public key
//   bytes 56-119 Ed25519 signature of "saylau-package-1\n" + bytes 16-23 + SHA-512 of the database part
//   bytes 120-127 zero
//
// Why the file's bytes and not a digest of its rows: SQLite leaves free space inside pages that no query
// reads, and a byte changed there would pass a content digest; signing every byte refuses any change at all.
// SQLite reads the database part by the page count in its own header and ignores the trailer, so
// `sqlite3 PACKAGE` still opens the package as it stands.
class PackageSeal
{
    Q_DECLARE_TR_FUNCTIONS(PackageSeal)

public:
    static constexpr int trailerSize = 128;

    struct Inspection
    {
        QByteArray publicKey;
        bool signatureValid = false;
    };

    // Appends the trailer to a finished database file, hashing it as a stream. Throws SaylauError.
    static void seal(const QString &path, const SigningKey &key);
    // Reads the file once, copying every byte to copyTo, and checks the signature of the bytes it copied
    // against the key the trailer names: the copy, in a folder only this program writes, is then exactly what
    // was verified, whatever happens to the file at path afterwards. Throws SaylauError saying which when the
    // file is not a package at all, or truncated, or longer than its database says.
    static Inspection inspectCopying(const QString &path, const QString &copyTo);

private:
    static QByteArray digest(const QString &path, qint64 length);
    static QByteArray signedMessage(qint64 length, const QByteArray &digest);
};

} // namespace saylau
