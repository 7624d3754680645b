#pragma once

#include <QString>

#include <optional>

namespace saylau {

// The quantities every analysis needs, whatever the form numbers its lines. A form defines each one as an
// expression over its own lines (the Russian form's ballots issued are "3 + 4 + 5", the Kazakh one has a
// single line), so reports, turnout and thresholds never hard-code a line number.
enum class Measure {
    Voters,     // voters on the list
    Received,   // ballots received by the commission
    Issued,     // ballots issued to voters
    Cast,       // ballots found in the boxes: the voters who took part
    Invalid,    // invalid (spoiled) ballots
    Valid,      // valid ballots
    Unused,     // unused and cancelled ballots
    AgainstAll, // votes "against all", where the form has that line
};

inline constexpr Measure allMeasures[] = {Measure::Voters, Measure::Received, Measure::Issued, Measure::Cast,
                                          Measure::Invalid, Measure::Valid, Measure::Unused, Measure::AgainstAll};

QString measureName(Measure measure);
std::optional<Measure> measureFromName(const QString &name);

} // namespace saylau
