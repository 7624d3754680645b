#pragma once

#include "../domain/SourceKind.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QStringList>

namespace saylau {

class CampaignStore;

// Where a report's figures come from, for its first page: how many protocols of each source, how many of the
// observers' were verified by a second entry, when they were received and last changed, and how many
// imports brought them.
class ReportProvenance
{
    Q_DECLARE_TR_FUNCTIONS(ReportProvenance)

public:
    struct Source
    {
        SourceKind source = SourceKind::Observer;
        int protocols = 0;
        int verified = 0;
        QDateTime firstReceived;
        QDateTime lastReceived;
        QDateTime lastChanged;
    };

    QString file;
    QDateTime generatedAt;
    QList<Source> sources;
    int imports = 0;

    static ReportProvenance collect(CampaignStore &store, const QString &contestId, const QList<SourceKind> &sources);
    QStringList lines(const QLocale &locale = QLocale()) const;
};

} // namespace saylau
