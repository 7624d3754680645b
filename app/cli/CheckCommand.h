#pragma once

#include "CampaignCommand.h"
#include "analysis/RelationChecker.h"
#include "domain/TerritoryIndex.h"

#include <QJsonArray>

namespace saylau {

// `saylau check FILE`: every protocol's control relations, listed per violation and tallied per relation.
class CheckCommand : public CampaignCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    CheckCommand();

private:
    // The severity in the program's language, for the text output (CSV and JSON keep its key).
    static QString severityText(Severity severity);
    // What --format json collects, printed at the end as one document.
    struct Json
    {
        QJsonArray violations;
        QJsonArray summary;
    };

    int runOn(CampaignStore &store, QTextStream &out, QTextStream &err) override;
    void printViolation(QTextStream &out, Json &json, const Contest &contest, const TerritoryIndex &territory,
                        const ControlRelation &relation, const RelationChecker::Violation &v) const;
    void printTally(QTextStream &out, Json &json, const Contest &contest, const ControlRelation &relation,
                    const RelationChecker::RelationTally &tally) const;
};

} // namespace saylau
