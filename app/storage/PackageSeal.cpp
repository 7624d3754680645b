#include "PackageSeal.h"

#include "SigningKey.h"

#include "../domain/SaylauError.h"

#include <QFile>
#include <QtEndian>

#include <sodium.h>

namespace saylau {

namespace {

const QByteArray magic("SAYLAU-PACKAGE\0\x01", 16);
constexpr qint64 chunkSize = 1 << 20;

} // namespace

QByteArray PackageSeal::digest(const QString &path, qint64 length)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw SaylauError(tr("%1: cannot read the package: %2").arg(path, file.errorString()));
    crypto_hash_sha512_state state;
    crypto_hash_sha512_init(&state);
    QByteArray buffer(chunkSize, '\0');
    qint64 left = length;
    while (left > 0) {
        const qint64 got = file.read(buffer.data(), qMin(left, chunkSize));
        if (got <= 0)
            throw SaylauError(tr("%1: cannot read the package: %2").arg(path, file.errorString()));
        crypto_hash_sha512_update(&state, reinterpret_cast<const unsigned char *>(buffer.constData()), quint64(got));
        left -= got;
    }
    QByteArray result(crypto_hash_sha512_BYTES, '\0');
    crypto_hash_sha512_final(&state, reinterpret_cast<unsigned char *>(result.data()));
    return result;
}

QByteArray PackageSeal::signedMessage(qint64 length, const QByteArray &digestBytes)
{
    QByteArray lengthBytes(8, '\0');
    qToBigEndian<quint64>(quint64(length), lengthBytes.data());
    return QByteArray("saylau-package-1\n") + lengthBytes + digestBytes;
}

void PackageSeal::seal(const QString &path, const SigningKey &key)
{
    const qint64 length = QFile(path).size();
    const QByteArray signature = key.sign(signedMessage(length, digest(path, length)));
    QByteArray trailer = magic;
    QByteArray lengthBytes(8, '\0');
    qToBigEndian<quint64>(quint64(length), lengthBytes.data());
    trailer += lengthBytes + key.publicKey() + signature + QByteArray(8, '\0');
    QFile file(path);
    if (!file.open(QIODevice::Append) || file.write(trailer) != trailerSize || !file.flush())
        throw SaylauError(tr("%1: cannot write the signature: %2").arg(path, file.errorString()));
}

PackageSeal::Inspection PackageSeal::inspectCopying(const QString &path, const QString &copyTo)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw SaylauError(tr("%1: cannot read the package: %2").arg(path, file.errorString()));
    QFile copy(copyTo);
    if (!copy.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw SaylauError(tr("%1: cannot copy the package aside to check it: %2").arg(path, copy.errorString()));
    // Everything but the last trailerSize bytes read so far is hashed as it passes: the trailer is only known
    // to be the trailer at the end of the file.
    crypto_hash_sha512_state state;
    crypto_hash_sha512_init(&state);
    QByteArray header;
    QByteArray held;
    qint64 size = 0;
    QByteArray buffer(chunkSize, '\0');
    for (;;) {
        const qint64 got = file.read(buffer.data(), chunkSize);
        if (got < 0)
            throw SaylauError(tr("%1: cannot read the package: %2").arg(path, file.errorString()));
        if (got == 0)
            break;
        if (copy.write(buffer.constData(), got) != got)
            throw SaylauError(tr("%1: cannot copy the package aside to check it: %2").arg(path, copy.errorString()));
        size += got;
        if (header.size() < 100)
            header += QByteArrayView(buffer.constData(), qMin<qint64>(got, 100 - header.size()));
        held += QByteArrayView(buffer.constData(), got);
        const qsizetype hashable = held.size() - trailerSize;
        if (hashable > 0) {
            crypto_hash_sha512_update(&state, reinterpret_cast<const unsigned char *>(held.constData()), quint64(hashable));
            held.remove(0, hashable);
        }
    }
    if (!copy.flush())
        throw SaylauError(tr("%1: cannot copy the package aside to check it: %2").arg(path, copy.errorString()));
    if (header.size() < 100 || !header.startsWith(QByteArray("SQLite format 3\0", 16)))
        throw SaylauError(tr("%1 is not a SaylauDesk package (not an SQLite file, or its first bytes are damaged)")
                              .arg(path));
    const QByteArray &trailer = held;
    const bool sealed = trailer.size() == trailerSize && trailer.startsWith(magic);
    if (!sealed || qFromBigEndian<quint64>(trailer.constData() + 16) != quint64(size - trailerSize)) {
        // Not whole: tell a cut-off file (the database's own length, page size times page count, from its
        // header, is longer than what arrived) from one altered at its end.
        const quint16 pageField = qFromBigEndian<quint16>(header.constData() + 16);
        const qint64 pageSize = pageField == 1 ? 65536 : pageField;
        const qint64 expected = pageSize * qFromBigEndian<quint32>(header.constData() + 28) + trailerSize;
        if (size < expected)
            throw SaylauError(tr("%1 is truncated: %2 bytes of the %3 it was written with; ask for it again")
                                  .arg(path).arg(size).arg(expected));
        if (sealed)
            throw SaylauError(tr("%1: its signature names another length; it was altered after signing").arg(path));
        throw SaylauError(tr("%1 carries no SaylauDesk signature (its last bytes were altered, or it is a plain "
                             "SQLite file)")
                              .arg(path));
    }
    QByteArray digestBytes(crypto_hash_sha512_BYTES, '\0');
    crypto_hash_sha512_final(&state, reinterpret_cast<unsigned char *>(digestBytes.data()));
    Inspection inspection;
    inspection.publicKey = trailer.mid(24, SigningKey::publicKeySize);
    const QByteArray signature = trailer.mid(24 + SigningKey::publicKeySize, SigningKey::signatureSize);
    inspection.signatureValid =
        SigningKey::verify(inspection.publicKey, signedMessage(size - trailerSize, digestBytes), signature);
    return inspection;
}

} // namespace saylau
