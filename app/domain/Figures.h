#pragma once

#include <QtGlobal>

#include <limits>
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
    explicit Figures(int slotCount) : m_values(size_t(slotCount), missing) {}

    int size() const { return int(m_values.size()); }
    bool has(int slot) const { return slot < size() && m_values[size_t(slot)] != missing; }
    std::optional<qint64> value(int slot) const
    {
        if (!has(slot))
            return std::nullopt;
        return m_values[size_t(slot)];
    }
    qint64 valueOr(int slot, qint64 fallback) const { return has(slot) ? m_values[size_t(slot)] : fallback; }
    void set(int slot, std::optional<qint64> value)
    {
        if (slot >= size())
            resize(slot + 1);
        m_values[size_t(slot)] = value.value_or(missing);
    }
    void resize(int slotCount) { m_values.resize(size_t(slotCount), missing); }
    // Every line missing, slotCount lines, keeping the memory held (a reader that decodes row after row).
    void clear(int slotCount) { m_values.assign(size_t(slotCount), missing); }

    bool operator==(const Figures &other) const = default;

private:
    // A missing line is stored as a value no count can take, not as std::optional: 8 bytes a line instead
    // of 16 halves what a whole country's figures take in memory (the comparison holds two per precinct).
    static constexpr qint64 missing = std::numeric_limits<qint64>::min();

    std::vector<qint64> m_values;
};

} // namespace saylau
