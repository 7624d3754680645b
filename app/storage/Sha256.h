#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace saylau {

// SHA-256 through OpenSSL, which uses the processor's SHA instructions: five times the speed of
// QCryptographicHash, and an import fingerprints every file it reads (100,000 rows are 33 MB).
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView bytes);
    // The digest in lowercase hex; call once, after the last addData().
    QByteArray hexResult();

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace saylau
