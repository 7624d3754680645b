#pragma once

#include "../domain/Figures.h"

#include <QHash>
#include <QList>

namespace saylau {

// Tells a TIK's subtotal from the votes the TIK counted itself. Both come as a row with the TIK and no
// precinct; a subtotal's counts are the sum of the TIK's precincts in the file (or of its precincts and its
// other rows without a precinct, when the TIK's total row includes remote or postal votes), and importing it
// as a unit of its own would count every vote of the TIK twice.
class TikSubtotals
{
public:
    // A precinct row of the file, imported under the TIK districtId.
    void addPrecinct(qint64 districtId, const Figures &figures);

    // Of the rows without a precinct of the TIK districtId, the indexes of those that are subtotals. A row is
    // one when every count of it equals the sum over the TIK's precincts (a count empty in every precinct
    // must be empty in the row too) and one count at least is above zero; else when it equals the sum over
    // the precincts and the TIK's other rows that are no subtotal.
    QList<int> subtotals(qint64 districtId, const QList<const Figures *> &rows) const;

private:
    // By TIK: the sum of its precincts' figures, each count over the precincts where it is filled.
    QHash<qint64, Figures> m_sums;
};

} // namespace saylau
