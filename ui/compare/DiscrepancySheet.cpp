#include "DiscrepancySheet.h"

#include "DiscrepancyColors.h"

#include "analysis/ComparisonInput.h"
#include "domain/BuildInfo.h"
#include "domain/SaylauError.h"
#include "storage/AttachmentStore.h"
#include "storage/CampaignStore.h"

#include <QDateTime>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

#include <cstdlib>

namespace saylau {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

DiscrepancySheet::DiscrepancySheet(CampaignStore &store, const DiscrepancyResult &result,
                                   const Discrepancy &discrepancy)
    : m_store(store)
    , m_result(result)
    , m_discrepancy(discrepancy)
{
}

QString DiscrepancySheet::title() const
{
    const TerritoryIndex &territory = m_result.input().territory();
    const QString path = territory.path(m_discrepancy.territoryId);
    return tr("Discrepancy sheet: %1").arg(path.isEmpty() ? territory.label(m_discrepancy.territoryId) : path);
}

QString DiscrepancySheet::figuresTable() const
{
    const Contest &contest = m_result.contest();
    const Figures observer = m_result.observerFigures(m_discrepancy);
    const Figures official = m_result.officialFigures(m_discrepancy);
    qint64 largest = 0;
    for (const std::optional<qint64> &difference : m_discrepancy.differences)
        largest = std::max(largest, std::llabs(difference.value_or(0)));
    const auto cell = [this](std::optional<qint64> value) { return value ? m_format.count(*value) : QString(); };

    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
    for (const QString &header : {tr("Line"), tr("Label"),
                                  m_discrepancy.aggregate ? tr("Sum of observer copies") : tr("Observer copy"),
                                  tr("Official"), tr("Difference")})
        html += QStringLiteral("<th>%1</th>").arg(escaped(header));
    html += QStringLiteral("</tr>");
    for (int slot = 0; slot < contest.slotCount(); ++slot) {
        const std::optional<qint64> difference =
            size_t(slot) < m_discrepancy.differences.size() ? m_discrepancy.differences[size_t(slot)] : std::nullopt;
        const QColor color = DiscrepancyColors::background(difference.value_or(0), largest);
        const QString style = color.isValid()
                                  ? QStringLiteral(" style=\"background-color:%1; font-weight:bold\"")
                                        .arg(QColor::fromRgbF(1 - (1 - color.redF()) * color.alphaF(),
                                                              1 - (1 - color.greenF()) * color.alphaF(),
                                                              1 - (1 - color.blueF()) * color.alphaF())
                                                 .name())
                                  : QString();
        html += QStringLiteral("<tr%1><td>%2</td><td>%3</td><td align=\"right\">%4</td><td align=\"right\">%5</td>"
                               "<td align=\"right\">%6</td></tr>")
                    .arg(style, escaped(contest.slotKey(slot)), escaped(contest.slotLabel(slot)),
                         cell(observer.value(slot)), cell(official.value(slot)),
                         difference ? m_format.signedCount(*difference) : QString());
    }
    return html + QStringLiteral("</table>");
}

QString DiscrepancySheet::copiesSection() const
{
    QString html;
    for (const Discrepancy::Copy &copy : m_discrepancy.copies) {
        const std::optional<Protocol> protocol = m_store.protocol(copy.protocolId);
        if (!protocol)
            continue;
        html += QStringLiteral("<h3>%1</h3><p>")
                    .arg(escaped(copy.label.isEmpty() ? tr("Observer copy") : tr("Observer copy %1").arg(copy.label)));
        const QList<std::pair<QString, QString>> facts = {
            {tr("Brought by"), protocol->observerName},
            {tr("Contact"), protocol->observerContact},
            {tr("Received"), protocol->receivedAt.isValid()
                                 ? QLocale().toString(protocol->receivedAt.toLocalTime(), QLocale::LongFormat) : QString()},
            {tr("Received how"), protocol->receivedHow},
            {tr("Entered by"), protocol->enteredBy},
            {tr("Remarks"), protocol->remarks},
        };
        for (const auto &[label, value] : facts) {
            if (!value.isEmpty())
                html += QStringLiteral("<b>%1:</b> %2<br>").arg(escaped(label), escaped(value));
        }
        if (copy.failedRelations > 0)
            html += escaped(tr("The copy breaks %n control relation(s) of its form: it may carry a slip.", nullptr,
                               copy.failedRelations))
                  + QStringLiteral("<br>");
        if (copy.votersFarOff)
            html += escaped(tr("Its voters on the list differ by %1 from the official figure: it may be the "
                               "protocol of another precinct.")
                                .arg(m_format.count(std::llabs(copy.votersDifference.value_or(0)))))
                  + QStringLiteral("<br>");
        html += QStringLiteral("</p>");
    }
    return html;
}

QString DiscrepancySheet::photoUrl(int index)
{
    return QStringLiteral("saylau-photo:%1").arg(index);
}

QList<DiscrepancySheet::Photo> DiscrepancySheet::photos() const
{
    QList<Photo> photos;
    const AttachmentStore attachments(m_store);
    for (const Discrepancy::Copy &copy : m_discrepancy.copies) {
        const ProtocolKey key{m_result.contest().id, m_discrepancy.territoryId, SourceKind::Observer, copy.label};
        for (const Attachment &listed : attachments.list(key)) {
            if (!listed.mimeType.startsWith(QLatin1String("image/")))
                continue;
            QImage image = QImage::fromData(attachments.attachment(listed.id).data);
            if (image.isNull())
                continue;
            if (image.width() > maxPhotoSide || image.height() > maxPhotoSide)
                image = image.scaled(maxPhotoSide, maxPhotoSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            const QString added = listed.addedAt.isValid() ? QLocale().toString(listed.addedAt.toLocalTime(), QLocale::LongFormat)
                                                           : QString();
            photos.append({tr("%1, added by %2 %3").arg(listed.fileName, listed.addedBy, added).trimmed(), image});
        }
    }
    return photos;
}

void DiscrepancySheet::fill(QTextDocument &document) const
{
    const QList<Photo> list = photos();
    for (int i = 0; i < list.size(); ++i)
        document.addResource(QTextDocument::ImageResource, QUrl(photoUrl(i)), list.at(i).image);
    document.setHtml(html(list));
}

QString DiscrepancySheet::html() const
{
    return html(photos());
}

QString DiscrepancySheet::html(const QList<Photo> &photos) const
{
    const Election election = m_store.election();
    const Contest &contest = m_result.contest();
    const TerritoryNode *node = m_result.input().territory().node(m_discrepancy.territoryId);
    QString html = QStringLiteral("<html><body><h1>%1</h1>").arg(escaped(title()));
    if (election.synthetic)
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(escaped(tr("SYNTHETIC DATA: a demonstration, not real election results.")));
    html += QStringLiteral("<p><b>%1:</b> %2, %3<br><b>%4:</b> %5<br>")
                .arg(escaped(tr("Election")), escaped(election.displayName()),
                     escaped(QLocale().toString(election.date, QLocale::LongFormat)), escaped(tr("Contest")),
                     escaped(contest.displayName()));
    if (node && node->level == TerritoryNode::Level::Precinct && !node->countedByCommission) {
        html += QStringLiteral("<b>%1:</b> %2<br>").arg(escaped(tr("Precinct")), escaped(node->code));
        if (!node->address.isEmpty())
            html += QStringLiteral("<b>%1:</b> %2<br>").arg(escaped(tr("Address")), escaped(node->address));
    }
    html += QStringLiteral("<b>%1:</b> %2").arg(escaped(tr("Finding")), escaped(Discrepancy::kindLabel(m_discrepancy.kind)));
    if (m_discrepancy.doubtful)
        html += QStringLiteral(" (%1)").arg(escaped(tr("resting on a doubtful copy")));
    html += QStringLiteral("</p>");
    if (m_discrepancy.aggregate)
        html += QStringLiteral("<p>%1</p>")
                    .arg(escaped(tr("Official figures published for this territory as a whole, against the sum of the "
                                    "observer copies of %1 of the %2 precincts under it.")
                                     .arg(m_format.count(m_discrepancy.precinctsCovered),
                                          m_format.count(m_discrepancy.precinctsUnder))));
    if (m_discrepancy.compared())
        html += QStringLiteral("<p>%1</p>")
                    .arg(escaped(tr("Differences are the official figures minus the observer's copy: %1 votes added, "
                                    "%2 votes taken.")
                                     .arg(m_format.count(m_discrepancy.votesAdded),
                                          m_format.count(m_discrepancy.votesTaken))));
    html += figuresTable();
    html += copiesSection();
    for (int i = 0; i < photos.size(); ++i) {
        // Printed a page wide (the page is some 700 points between the margins), never enlarged.
        const int width = std::min(photos.at(i).image.width(), 700);
        html += QStringLiteral("<p><img src=\"%1\" width=\"%2\"><br><small>%3</small></p>")
                    .arg(photoUrl(i))
                    .arg(width)
                    .arg(escaped(photos.at(i).caption));
    }
    html += QStringLiteral("<p><small>%1</small></p></body></html>")
                .arg(escaped(tr("Prepared with SaylauDesk on %1 from %2.")
                                 .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat),
                                      m_store.path())));
    return html;
}

void DiscrepancySheet::writePdf(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw SaylauError(tr("cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setTitle(title());
        writer.setCreator(BuildInfo::madeBy());
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        QTextDocument document;
        fill(document);
        document.print(&writer);
    }
    if (!file.commit())
        throw SaylauError(tr("cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace saylau
