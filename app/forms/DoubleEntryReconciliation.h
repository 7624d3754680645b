#pragma once

#include "../domain/Contest.h"
#include "../domain/Figures.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace saylau {

// The second, blind entry of a protocol set against the first: every slot where the two operators typed
// different values, each to be resolved on its own (to either value, or to a third when both misread the
// paper). Only when none is left open does the protocol count as verified.
class DoubleEntryReconciliation
{
    Q_DECLARE_TR_FUNCTIONS(DoubleEntryReconciliation)

public:
    struct Mismatch
    {
        int slot = -1;
        std::optional<qint64> first;
        std::optional<qint64> second;
        bool resolved = false;
        std::optional<qint64> resolution;
    };

    DoubleEntryReconciliation(const Contest &contest, const Figures &first, const Figures &second);

    const QList<Mismatch> &mismatches() const { return m_mismatches; }
    int unresolvedCount() const;
    bool isComplete() const { return unresolvedCount() == 0; }

    void resolve(int mismatchIndex, std::optional<qint64> value);
    // The first entry with every resolution applied. Throws SaylauError while a mismatch is open.
    Figures result() const;

private:
    Figures m_first;
    QList<Mismatch> m_mismatches;
};

} // namespace saylau
