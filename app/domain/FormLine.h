#pragma once

#include "LocalizedText.h"

#include <QString>

namespace saylau {

// One numbered line of a paper protocol. The key is the number printed on the form ("1", "10", "9a"); the
// label is the line's text as printed, so that a coordinator typing from paper sees the same words.
struct FormLine
{
    QString key;
    QString label;
    // Short label for narrow table headers and chart axes.
    QString shortLabel;
    // Last and defaulted, so that {key, label, short} still initialises a line.
    LocalizedText labelTranslations = {};
    LocalizedText shortLabelTranslations = {};

    QString displayLabel() const { return labelTranslations.text(label); }
    QString displayShortLabel() const { return shortLabelTranslations.text(shortLabel); }
};

} // namespace saylau
