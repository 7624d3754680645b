#include "SaylauError.h"

namespace saylau {

SaylauError::SaylauError(QString message)
    : m_message(std::move(message))
    , m_utf8(m_message.toUtf8())
{
}

} // namespace saylau
