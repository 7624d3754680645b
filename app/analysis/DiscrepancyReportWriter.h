#pragma once

#include "ComparisonInput.h"
#include "DiscrepancyResult.h"
#include "NumberFormat.h"

#include "../domain/Election.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace saylau {

// Writes a DiscrepancyResult for people (text, in the user's locale) and for machines (CSV and JSON, whose
// keys, numbers and stored_ names are the same on every machine beside the names shown in the user's
// language; columns and keys are documented in the README under "saylau diff").
//
// Listed are the findings: differing precincts and aggregates, copies that disagree, observer copies without
// official figures (unless an aggregate's figures cover them), partial aggregates, matches with a line given on
// one side only. Other matches and precincts without a copy are only counted, unless listAll is set.
class DiscrepancyReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(DiscrepancyReportWriter)

public:
    struct Options
    {
        int top = 10;         // precincts with the largest shifts, in the text and JSON
        bool listAll = false; // list matches and precincts without copies too
        bool allRegions = false; // the by-region table and JSON list regions without a copy too
    };

    // The result must keep at least the comparisons listed() lists (the largest shifts are among them).
    DiscrepancyReportWriter(const DiscrepancyResult &result, const Election &election, const Options &options,
                            const QLocale &locale = QLocale());

    // Whether the report lists the comparison: what a DiscrepancyFinder::Keep for this writer keeps.
    static bool listed(const Discrepancy &d, const Options &options);

    // The same comparison with the doubtful copies set aside, whose total the text and JSON show beside the
    // main one, so that a press release can see at once what does not rest on a possible typo. Must outlive
    // the writer.
    void setWithoutDoubtful(const DiscrepancyResult *result) { m_withoutDoubtful = result; }

    QString text() const;
    QByteArray csv() const;
    QJsonObject json() const;

    // Version of the CSV columns and the JSON layout; bumped when either changes incompatibly.
    static constexpr int formatVersion = 1;
    static QStringList csvColumns();
    static QString measureLabel(Measure measure);

private:
    // The regions the by-region table shows: those with an observer copy, or all with allRegions.
    QList<const DiscrepancySummary *> listedRegions() const;
    QString regionName(qint64 regionId) const;
    QString nodeName(qint64 territoryId) const;
    // As the campaign stores them (TerritoryNode::storedLabel), the same in every language.
    QString storedRegionName(qint64 regionId) const;
    QString storedNodeName(qint64 territoryId) const;
    QString levelName(const Discrepancy &d) const;
    QString precinctCode(const Discrepancy &d) const;
    // Machine tokens for why the comparison's copy is doubtful: "relations", "voters".
    QStringList doubtTokens(const Discrepancy &d) const;
    QString doubtText(const Discrepancy &d) const;
    // Each differing line, each line given on one side only, each line the copies disagree on.
    QString differenceText(const Discrepancy &d) const;
    static QString copyName(const Discrepancy::Copy &copy);
    // The figures of a precinct's copies, in the order of Discrepancy::copies (none for an aggregate).
    const QList<ComparisonInput::Copy> &copyFigures(const Discrepancy &d) const;
    QString textSummary(const DiscrepancySummary &summary) const;
    QString textRegions() const;
    QJsonObject jsonSummary(const DiscrepancySummary &summary) const;
    QJsonObject jsonDiscrepancy(const Discrepancy &d) const;
    // The options' top precincts by shift, of one region or (nullopt) of the whole contest.
    QJsonArray jsonLargestShifts(std::optional<qint64> regionId) const;

    const DiscrepancyResult &m_result;
    const DiscrepancyResult *m_withoutDoubtful = nullptr;
    Election m_election;
    Options m_options;
    NumberFormat m_format;
    NumberFormat m_machine;
};

} // namespace saylau
