#pragma once

#include "LocalizedText.h"

#include <QDate>
#include <QString>

namespace saylau {

// The election a campaign file is about. One file holds one election and its contests.
struct Election
{
    QString name; // as stored; shown through displayName()
    QDate date;
    QString country; // ISO 3166 code: "KZ", "RU"
    // Synthetic data (the demo) is labelled as such wherever it is shown or exported.
    bool synthetic = false;
    QString notes;
    LocalizedText nameTranslations = {};

    QString displayName() const { return nameTranslations.text(name); }
};

} // namespace saylau
