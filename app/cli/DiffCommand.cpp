#include "DiffCommand.h"

#include "analysis/ComparisonInput.h"
#include "analysis/DiscrepancyFinder.h"
#include "analysis/DiscrepancyReportWriter.h"

#include <limits>

namespace saylau {

DiffCommand::DiffCommand()
    : CampaignCommand(QStringLiteral("diff"),
                      tr("Compare observer copies with official figures (exit code 1 when they differ)"),
                      CampaignStore::Access::ReadOnly, QStringLiteral("FILE.db"))
{
    addContestOption(tr("Contest to compare (may be left out when the file has one)."));
    addFormatOption();
    addOption({QStringLiteral("without-doubtful"),
               tr("Set aside doubtful copies (breaking their own control relations, or with voters far from the "
                  "official figure).")});
    addOption({QStringLiteral("top"), tr("How many of the largest shifts to list."), tr("N"), QStringLiteral("10")});
    addOption({QStringLiteral("all"), tr("List matching precincts and precincts without a copy too.")});
    addOption({QStringLiteral("all-regions"), tr("List every region by region, those without a copy too.")});
}

void DiffCommand::readOptions()
{
    m_top = int(wholeNumber(QStringLiteral("top"), 0, std::numeric_limits<int>::max(),
                            tr("--top must be a whole number, 0 or more")));
}

int DiffCommand::runOn(CampaignStore &store, QTextStream &out, QTextStream &err)
{
    const Contest contest = selectedContest(store);
    const ComparisonInput input = ComparisonInput::load(store, contest.id);
    DiscrepancyFinder::Options options;
    options.includeDoubtful = !isSet(QStringLiteral("without-doubtful"));
    DiscrepancyReportWriter::Options writerOptions;
    writerOptions.top = m_top;
    writerOptions.listAll = isSet(QStringLiteral("all"));
    writerOptions.allRegions = isSet(QStringLiteral("all-regions"));
    const DiscrepancyFinder finder(input);
    // Only what the report lists is kept: a comparison of every precinct held whole would be most of the
    // command's memory.
    const DiscrepancyResult result = finder.run(options, [&writerOptions](const Discrepancy &d) {
        return DiscrepancyReportWriter::listed(d, writerOptions);
    });
    // With the doubtful copies in, the total without them is shown too (it is cheap: no second read, and
    // nothing of it kept but the summaries).
    std::optional<DiscrepancyResult> withoutDoubtful;
    if (options.includeDoubtful && result.total().doubtfulCopies > 0) {
        DiscrepancyFinder::Options trusted = options;
        trusted.includeDoubtful = false;
        withoutDoubtful.emplace(finder.run(trusted, [](const Discrepancy &) { return false; }));
    }
    if (input.orphanProtocols() > 0)
        err << tr("saylau diff: %n protocol(s) name a territory that is not in the file; left out", nullptr,
                  input.orphanProtocols())
            << Qt::endl;

    DiscrepancyReportWriter writer(result, store.election(), writerOptions);
    if (withoutDoubtful)
        writer.setWithoutDoubtful(&*withoutDoubtful);
    print(out, writer);
    return result.hasDifferences() ? Findings : Success;
}

} // namespace saylau
