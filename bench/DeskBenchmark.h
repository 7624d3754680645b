#pragma once

#include "domain/Contest.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QTextStream>

namespace saylau {

class LanguageManager;

// Times the desktop program as a user feels it, on one campaign (issue 17's goals): opening the file until the
// navigator and the overview are filled, the navigator and the overview after a protocol is saved, and each
// chart of the charts window redrawn. Each figure is wall time, in the program's own process, from the action
// to the moment the event loop has nothing left to do. In the same runs the sqlite3 shell sums the same file
// per region (storage/ReferenceAnalysisQuery), the floor the `saylau bench` commands compare with.
class DeskBenchmark
{
    Q_DECLARE_TR_FUNCTIONS(DeskBenchmark)

public:
    // The file is changed (a protocol is saved in every run): give a copy.
    DeskBenchmark(LanguageManager &languages, const QString &campaignPath, const QString &sqlite3);

    // One run of every measurement, in a new main window.
    void run(int index);
    // The medians of the runs so far, each beside its goal; input names the file as the user gave it.
    void print(QTextStream &out, const QString &input) const;

private:
    void measureReference();

    LanguageManager &m_languages;
    QString m_path;
    QString m_sqlite3;
    Contest m_contest;
    QString m_referenceSql;
    qint64 m_protocols = 0;
    // The precinct whose observer copy every run saves.
    qint64 m_precinctId = 0;
    QList<double> m_reference;
    QList<double> m_opening;
    QList<double> m_save;
    // By the chart's kind name, in the order of ChartSpec::allKinds().
    QMap<QString, QList<double>> m_charts;
    QSet<QString> m_undrawn;
};

} // namespace saylau
