#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace saylau {

// A random sample of precincts drawn before election day (a parallel vote tabulation's design): strata,
// how many precincts each gives, the seed, the method, and which precincts were drawn. Stored with the
// campaign so that the estimates after the count know each precinct's inclusion probability.
struct SampleDesign
{
    enum class Stratification { Region, None };
    enum class Allocation { Proportional, Equal };

    struct Stratum
    {
        QString key;  // the stable key the frame is sorted by (region code or name); empty without strata
        QString name; // for the reader
        qint64 territoryId = 0; // the region; 0 when the stratum is the whole contest
        int populationPrecincts = 0;
        qint64 populationVoters = 0; // voters known in the frame (official figures, else observer copies)
        int sampleSize = 0;
        double inclusionProbability() const
        {
            return populationPrecincts > 0 ? double(sampleSize) / populationPrecincts : 0.0;
        }
    };

    struct Member
    {
        qint64 territoryId = 0;
        int stratum = 0;   // index into strata
        int drawOrder = 0; // 0-based position in the order the generator picked the precincts
    };

    QString contestId;
    quint64 seed = 0;
    Stratification stratification = Stratification::Region;
    Allocation allocation = Allocation::Proportional;
    // What proportional allocation was proportional to: "voters", or "precincts" when no voter figure is known.
    QString sizeMeasure;
    int requestedSize = 0;
    QString generator; // the PRNG and draw procedure, named for the record
    QDateTime drawnAt;
    QList<Stratum> strata;
    QList<Member> members; // in the frame's order (stratum, then precinct key)

    int sampleSize() const { return int(members.size()); }

    static QString stratificationName(Stratification s)
    {
        return s == Stratification::Region ? QStringLiteral("region") : QStringLiteral("none");
    }
    static QString allocationName(Allocation a)
    {
        return a == Allocation::Proportional ? QStringLiteral("proportional") : QStringLiteral("equal");
    }
    static std::optional<Stratification> stratificationFromName(const QString &name)
    {
        for (Stratification s : {Stratification::Region, Stratification::None})
            if (stratificationName(s) == name)
                return s;
        return std::nullopt;
    }
    static std::optional<Allocation> allocationFromName(const QString &name)
    {
        for (Allocation a : {Allocation::Proportional, Allocation::Equal})
            if (allocationName(a) == name)
                return a;
        return std::nullopt;
    }
};

} // namespace saylau
