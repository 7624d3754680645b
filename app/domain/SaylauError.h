#pragma once

#include <QString>

#include <exception>

namespace saylau {

// The core reports failures (a refused file, a bad row, a broken formula) by throwing this; the CLI and the
// desktop program catch it at the edge and show message() as it is. The message is already translated and
// names what failed and where (file, line, field), so callers never need to rebuild it.
class SaylauError : public std::exception
{
public:
    explicit SaylauError(QString message);

    const QString &message() const noexcept { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
};

} // namespace saylau
