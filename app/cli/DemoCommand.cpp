#include "DemoCommand.h"

#include "io/DemoCampaign.h"

namespace saylau {

DemoCommand::DemoCommand()
    : Command(QStringLiteral("demo"),
              tr("Create the demo campaign (synthetic data: the 2021 Kazakh elections) in a new file"))
{
    addArgument(QStringLiteral("FILE"), tr("The campaign file to create."));
}

int DemoCommand::run(QTextStream &out, QTextStream &)
{
    const QString path = argument(0);
    DemoCampaign::create(path);
    out << tr("Created the demo campaign in %1 (synthetic data, not real results); contests: %2")
               .arg(path, DemoCampaign::contestIds().join(QStringLiteral(", ")))
        << Qt::endl;
    return Success;
}

} // namespace saylau
