#include "DemoCommand.h"

#include "io/DemoCampaign.h"

namespace saylau {

QString DemoCommand::name() const
{
    return QStringLiteral("demo");
}

QString DemoCommand::description() const
{
    return tr("Create the demo campaign (synthetic data: the 2021 Kazakh elections) in a new file");
}

int DemoCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    if (const auto exit = parse(parser, arguments, 1, tr("Usage: saylau demo FILE"), out, err))
        return *exit;
    const QString path = parser.positionalArguments().constFirst();
    DemoCampaign::create(path);
    out << tr("Created the demo campaign in %1 (synthetic data, not real results); contests: %2")
               .arg(path, DemoCampaign::contestIds().join(QStringLiteral(", ")))
        << Qt::endl;
    return Success;
}

} // namespace saylau
