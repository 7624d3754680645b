#pragma once

#include "Command.h"

namespace saylau {

// `saylau bench merge [--offices N] [--protocols N] [--photo-mb N] [--full] [--dir DIR]`, reached through
// `saylau bench`: generates headquarters and N offices (untimed), each office with protocols and one photo per
// protocol; then times each office's package, the merge of all packages at headquarters in one `saylau merge`
// process (its peak memory too), and, as the reference in the same run, copying the same package bytes with
// `cp` and with the sqlite3 shell's `.backup`. Prints seconds per 1,000 protocols and per GB of photos, and the
// ratios. The default is scaled down for a shared machine; --full is the 20 × 1,000 × 2 MB (40 GB).
class BenchMergeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BenchMergeCommand)

public:
    BenchMergeCommand();

private:
    void readOptions() override;
    int run(QTextStream &out, QTextStream &err) override;

    int m_offices = 20;
    int m_protocols = 25;
    int m_photoMb = 2;
};

} // namespace saylau
