#pragma once

#include "SampleEstimate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace saylau {

// The estimate as text for the terminal, CSV and JSON (column and key sets documented in README.md).
class SampleEstimateWriter
{
    Q_DECLARE_TR_FUNCTIONS(SampleEstimateWriter)

public:
    explicit SampleEstimateWriter(const SampleEstimate &estimate);

    QString text() const;
    // The summary report's section: the statement, then the estimates against the official figures, or
    // the coverage when the copies are not a random sample.
    QStringList summaryLines() const;
    // Columns: scope,name,figure,estimate,standard_error,low,high,official,official_inside,precincts,
    // reported_precincts,reported_voters,voters,precincts_with_official_voters,observed_voters_counted,
    // voters_published. Estimate rows (scope total / stratum) when the copies come
    // from a random sample; coverage rows (figure "coverage") always.
    QByteArray csv() const;
    QJsonObject json() const;

private:
    // "The copies cover 20 of 150 precincts (13.3%) and …": the voter share said over the set of precincts
    // the official voters belong to, which may differ from all the precincts.
    QString coverageSentence() const;
    // Regions left out of the coverage; empty when none is.
    QString leftOutSentence() const;

    const SampleEstimate &m_estimate;
};

} // namespace saylau
