#pragma once

#include <QString>

namespace saylau {

enum class Severity { Error, Warning };

// A check printed on (or prescribed for) a protocol form, kept as the formula text over line keys, e.g.
// "2 = 3 + 4 + 5 + 6 + 17 - 18" or "10 = sum(parties)". RelationEvaluator compiles and evaluates it.
struct ControlRelation
{
    QString formula;
    Severity severity = Severity::Error;
    // Where the relation comes from (a law's article, the CEC's instruction), or why it is only a warning.
    QString note;
};

QString severityName(Severity severity);
Severity severityFromName(const QString &name, bool *ok = nullptr);

} // namespace saylau
