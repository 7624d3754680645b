#include "ReportProvenance.h"

#include "SummaryReport.h"

#include "../domain/Protocol.h"
#include "../entry/EntryStore.h"
#include "../storage/CampaignStore.h"

#include <QDir>

namespace saylau {

ReportProvenance ReportProvenance::collect(CampaignStore &store, const QString &contestId,
                                           const QList<SourceKind> &sources)
{
    ReportProvenance provenance;
    provenance.file = QDir::toNativeSeparators(store.path());
    provenance.generatedAt = QDateTime::currentDateTimeUtc();
    provenance.imports = int(store.imports(contestId).size());
    for (SourceKind kind : sources) {
        Source source;
        source.source = kind;
        store.forEachProtocol(contestId, kind, [&source](const Protocol &p) {
            ++source.protocols;
            const auto widen = [](QDateTime &first, QDateTime &last, const QDateTime &at) {
                if (!at.isValid())
                    return;
                if (!first.isValid() || at < first)
                    first = at;
                if (!last.isValid() || at > last)
                    last = at;
            };
            QDateTime unused;
            widen(source.firstReceived, source.lastReceived, p.receivedAt);
            widen(unused, source.lastChanged, p.updatedAt);
        });
        if (kind == SourceKind::Observer) {
            EntryStore(store).forEachObserverState(contestId, [&source](const EntryStore::ObserverState &state) {
                source.verified += state.status == EntryStatus::Verified ? 1 : 0;
            });
        }
        provenance.sources.append(source);
    }
    return provenance;
}

QStringList ReportProvenance::lines(const QLocale &locale) const
{
    const auto when = [&locale](const QDateTime &at) {
        return at.isValid() ? locale.toString(at.toUTC(), QStringLiteral("d MMMM yyyy, HH:mm 'UTC'")) : tr("unknown");
    };
    QStringList lines;
    for (const Source &s : sources) {
        QString line = tr("%1: %Ln protocol(s)", nullptr, s.protocols).arg(SummaryReport::sourceLabel(s.source));
        if (s.source == SourceKind::Observer)
            line += tr(", %n verified by a second entry", nullptr, s.verified);
        if (s.firstReceived.isValid())
            line += tr(", received from %1 to %2").arg(when(s.firstReceived), when(s.lastReceived));
        if (s.lastChanged.isValid())
            line += tr(", last changed %1").arg(when(s.lastChanged));
        lines.append(line + QLatin1Char('.'));
    }
    lines.append(tr("%n import(s) of files into this contest.", nullptr, imports));
    lines.append(tr("Campaign file: %1. Report made %2.").arg(file, when(generatedAt)));
    return lines;
}

} // namespace saylau
