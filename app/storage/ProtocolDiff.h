#pragma once

#include "../domain/Contest.h"
#include "../domain/Protocol.h"
#include "../domain/ProtocolChange.h"

#include <QList>

#include <optional>

namespace saylau {

// What a save changes: every figure slot in paper order, then the source fields, each from what to what.
// The history table stores exactly this list, so "nothing is overwritten without a trace" is one function.
class ProtocolDiff
{
public:
    static QList<ProtocolChange> between(const Contest &contest, const Protocol &before, const Protocol &after);
    static QList<ProtocolChange> betweenFigures(const Contest &contest, const Figures &before, const Figures &after);

    // A figure as stored in a change: plain digits, empty when the line was left empty.
    static QString figureText(std::optional<qint64> value);
    static std::optional<qint64> figureFromText(const QString &text);
};

} // namespace saylau
