#pragma once

#include "io/PresetLibrary.h"

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace saylau {

// `saylau bench import DATA.csv --target postgresql://...`: the import benchmark against a server. In one run it
// times `psql \copy` of the file into a plain table of text columns (the reference: the server's own raw
// load) and the whole `saylau import` process into a fresh campaign on the same server, each in a database of
// its own made for the run and dropped after, and prints both (wall, CPU, peak memory) and their ratio.
class ServerImportBench
{
    Q_DECLARE_TR_FUNCTIONS(ServerImportBench)

public:
    // target: a server address whose user may create databases (its database is only connected to).
    ServerImportBench(QString csv, PresetLibrary::CampaignPreset preset, QString target, int runs);

    // Throws SaylauError when psql is missing or a run fails.
    void run(QTextStream &out, QTextStream &err) const;

private:
    QString m_csv;
    PresetLibrary::CampaignPreset m_preset;
    QString m_target;
    int m_runs;
};

} // namespace saylau
