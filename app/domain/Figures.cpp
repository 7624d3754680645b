#include "Figures.h"

namespace saylau {

void Figures::set(int slot, std::optional<qint64> value)
{
    if (slot >= size())
        resize(slot + 1);
    m_values[size_t(slot)] = value.value_or(missing);
}

} // namespace saylau
