#pragma once

#include <QtGlobal>

#include <optional>
#include <vector>

namespace saylau {

// The numbers of one protocol, one per slot of its contest (see Contest). A line left empty on the paper
// (or absent from an imported file) is missing, which is not the same as zero: relations over it cannot be
// checked and sums say how many protocols they cover.
class Figures
{
public:
    // The largest count one protocol cell may hold: 10^9, above the voters of any country's whole election
    // (India's 2024 roll was 0.97 * 10^9), so a region's or TIK's published total always fits. Bounding cells
    // keeps every sum exact: 10^9 times even a billion protocols stays far inside qint64.
    static constexpr qint64 maxCount = 1'000'000'000;

    Figures() = default;
    explicit Figures(int slotCount) : m_values(size_t(slotCount)) {}

    int size() const { return int(m_values.size()); }
    bool has(int slot) const { return slot < size() && m_values[size_t(slot)].has_value(); }
    std::optional<qint64> value(int slot) const
    {
        return slot < size() ? m_values[size_t(slot)] : std::nullopt;
    }
    qint64 valueOr(int slot, qint64 fallback) const { return value(slot).value_or(fallback); }
    void set(int slot, std::optional<qint64> value);
    void resize(int slotCount) { m_values.resize(size_t(slotCount)); }

    bool operator==(const Figures &other) const = default;

private:
    std::vector<std::optional<qint64>> m_values;
};

} // namespace saylau
