#pragma once

#include "ControlRelation.h"
#include "FormLine.h"
#include "LocalizedText.h"
#include "Measure.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace saylau {

// A protocol form as data: its numbered lines, the control relations that bind them, and how the common
// measures (voters, ballots cast, ...) are read off its lines. Forms are loaded from JSON presets
// (resources/forms/*.json) and stored with every contest, so a campaign file carries its own forms.
class ProtocolForm
{
    Q_DECLARE_TR_FUNCTIONS(ProtocolForm)

public:
    QString id;
    // The form's title as its preset writes it (in English), with its Russian and Kazakh titles beside.
    QString name;
    LocalizedText nameTranslations;
    // The legal source of the lines and relations (law, article, CEC decision), shown in About/help.
    QString citation;
    QList<FormLine> lines;
    QList<ControlRelation> relations;
    // Measure -> expression over line keys, e.g. Issued -> "3 + 4 + 5".
    QMap<Measure, QString> measures;
    // Which measure turnout is counted from (ballots issued on the Russian form, voters who took part on the
    // Kazakh one), over Voters.
    Measure turnoutMeasure = Measure::Cast;
    // Threshold for a party list to win seats, in percent of thresholdBase (0 when the contest has none).
    double thresholdPercent = 0.0;
    Measure thresholdBase = Measure::Cast;

    QString displayName() const { return nameTranslations.text(name); }
    bool hasLine(const QString &key) const;
    const FormLine *line(const QString &key) const;

    // Throws SaylauError naming the field that is wrong.
    static ProtocolForm fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

} // namespace saylau
