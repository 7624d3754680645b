#pragma once

#include "../domain/ExchangeConflict.h"
#include "../domain/Figures.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace saylau {

class CampaignStore;

// Settles a conflict the way a blind second entry is reconciled: a person chooses, field by field, what the
// protocol says. The choice becomes a revision made from every disputed version (so the conflict is over here
// and, once it travels, everywhere), the protocol row shows it, and the protocol's history records who settled
// what and when, like any save.
class ConflictResolver
{
    Q_DECLARE_TR_FUNCTIONS(ConflictResolver)

public:
    explicit ConflictResolver(CampaignStore &store);

    // The other fields (observer, remarks…) are those of the version the protocol shows. Throws SaylauError,
    // changing nothing, when the conflict is no longer as the person saw it (another merge or resolution), or
    // when the chosen figures break an error-level control relation that acknowledgedBreaks does not name
    // (RelationBreaks: the person was shown the broken relations and confirmed them anyway).
    void resolve(const ExchangeConflict &conflict, const Figures &chosen, const QString &operatorName,
                 const QStringList &acknowledgedBreaks = {});

private:
    CampaignStore &m_store;
};

} // namespace saylau
