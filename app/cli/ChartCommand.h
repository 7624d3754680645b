#pragma once

#include "Command.h"

#include "domain/SourceKind.h"

#include <QList>

namespace saylau {

// `saylau chart`: one press chart of a contest, written as PNG, SVG or PDF with the desktop program's renderer.
class ChartCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ChartCommand)

public:
    QString name() const override;
    QString description() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

    // "observer", "official" or "both" (observer first); empty when the name is none of these.
    static QList<SourceKind> sourcesFromName(const QString &name);
};

} // namespace saylau
