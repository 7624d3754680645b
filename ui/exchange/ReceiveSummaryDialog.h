#pragma once

#include "storage/PackageMerger.h"

#include <QDialog>

namespace saylau {

// What the packages just received brought, one row per package: its office, new, updated, unchanged and
// disputed protocols, photos; and below, what was set aside (outside an office's regions) line by line.
class ReceiveSummaryDialog : public QDialog
{
    Q_OBJECT

public:
    ReceiveSummaryDialog(const QList<PackageMerger::Summary> &summaries, QWidget *parent = nullptr);
};

} // namespace saylau
