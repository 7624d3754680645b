#pragma once

#include "LocalizedText.h"

#include <QString>

namespace saylau {

// One line of a contest's ballot: a party list (or a candidate) at its position on the ballot paper.
struct BallotEntry
{
    int position = 0; // 1-based, as printed on the ballot
    QString name;
    QString shortName;
    QString color; // "#rrggbb", used by every chart of this party
    // Last and defaulted, so that {position, name, short, color} still initialises an entry.
    LocalizedText nameTranslations = {};
    LocalizedText shortNameTranslations = {};

    QString displayName() const { return nameTranslations.text(name); }
    // The short name where there is one, else the name.
    QString displayShortName() const
    {
        return shortName.isEmpty() ? displayName() : shortNameTranslations.text(shortName);
    }
};

} // namespace saylau
