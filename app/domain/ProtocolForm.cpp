#include "ProtocolForm.h"

#include "SaylauError.h"

#include <QJsonArray>

namespace saylau {

namespace {

QString requiredString(const QJsonObject &object, const QString &field, const QString &where)
{
    const QJsonValue value = object.value(field);
    if (!value.isString() || value.toString().trimmed().isEmpty())
        throw SaylauError(ProtocolForm::tr("%1: the field \"%2\" is missing or empty").arg(where, field));
    return value.toString();
}

Measure measureField(const QJsonObject &object, const QString &field, Measure fallback, const QString &where)
{
    if (!object.contains(field))
        return fallback;
    const auto measure = measureFromName(object.value(field).toString());
    if (!measure)
        throw SaylauError(ProtocolForm::tr("%1: \"%2\" names no known measure: %3")
                              .arg(where, field, object.value(field).toString()));
    return *measure;
}

} // namespace

bool ProtocolForm::hasLine(const QString &key) const
{
    return line(key) != nullptr;
}

const FormLine *ProtocolForm::line(const QString &key) const
{
    for (const FormLine &l : lines) {
        if (l.key == key)
            return &l;
    }
    return nullptr;
}

ProtocolForm ProtocolForm::fromJson(const QJsonObject &object)
{
    ProtocolForm form;
    form.id = requiredString(object, QStringLiteral("id"), tr("protocol form"));
    const QString where = tr("protocol form %1").arg(form.id);
    form.name = requiredString(object, QStringLiteral("name"), where);
    form.nameTranslations = LocalizedText::fromJson(object, QStringLiteral("name"));
    form.citation = object.value(QStringLiteral("citation")).toString();

    const QJsonArray lines = object.value(QStringLiteral("lines")).toArray();
    if (lines.isEmpty())
        throw SaylauError(tr("%1: the form has no lines").arg(where));
    for (const QJsonValue &value : lines) {
        const QJsonObject o = value.toObject();
        FormLine line;
        line.key = requiredString(o, QStringLiteral("key"), where);
        line.label = requiredString(o, QStringLiteral("label"), tr("%1, line %2").arg(where, line.key));
        line.shortLabel = o.value(QStringLiteral("short")).toString(line.label);
        line.labelTranslations = LocalizedText::fromJson(o, QStringLiteral("label"));
        line.shortLabelTranslations = LocalizedText::fromJson(o, QStringLiteral("short"));
        // A line without a short label is headed by its label, in every language.
        for (const QString &language : LocalizedText::languages()) {
            if (line.shortLabelTranslations.translation(language).isEmpty())
                line.shortLabelTranslations.setTranslation(language, line.labelTranslations.translation(language));
        }
        if (form.hasLine(line.key))
            throw SaylauError(tr("%1: line %2 appears twice").arg(where, line.key));
        form.lines.append(line);
    }

    for (const QJsonValue &value : object.value(QStringLiteral("relations")).toArray()) {
        const QJsonObject o = value.toObject();
        ControlRelation relation;
        relation.formula = requiredString(o, QStringLiteral("formula"), tr("%1, relation").arg(where));
        bool ok = true;
        relation.severity = severityFromName(o.value(QStringLiteral("severity")).toString(QStringLiteral("error")), &ok);
        if (!ok)
            throw SaylauError(tr("%1, relation %2: severity must be \"error\" or \"warning\"")
                                  .arg(where, relation.formula));
        relation.note = o.value(QStringLiteral("note")).toString();
        form.relations.append(relation);
    }

    const QJsonObject measures = object.value(QStringLiteral("measures")).toObject();
    for (auto it = measures.begin(); it != measures.end(); ++it) {
        const auto measure = measureFromName(it.key());
        if (!measure)
            throw SaylauError(tr("%1: unknown measure \"%2\"").arg(where, it.key()));
        form.measures.insert(*measure, it.value().toString());
    }
    for (Measure required : {Measure::Voters, Measure::Cast})
        if (!form.measures.contains(required))
            throw SaylauError(tr("%1: the measure \"%2\" must be defined").arg(where, measureName(required)));

    form.turnoutMeasure = measureField(object, QStringLiteral("turnout"), Measure::Cast, where);
    const QJsonObject threshold = object.value(QStringLiteral("threshold")).toObject();
    form.thresholdPercent = threshold.value(QStringLiteral("percent")).toDouble(0.0);
    form.thresholdBase = measureField(threshold, QStringLiteral("of"), Measure::Cast, where);
    return form;
}

QJsonObject ProtocolForm::toJson() const
{
    QJsonArray lineArray;
    for (const FormLine &l : lines) {
        QJsonObject o{{QStringLiteral("key"), l.key}, {QStringLiteral("label"), l.label}};
        if (l.shortLabel != l.label)
            o.insert(QStringLiteral("short"), l.shortLabel);
        l.labelTranslations.addTo(o, QStringLiteral("label"));
        l.shortLabelTranslations.addTo(o, QStringLiteral("short"));
        lineArray.append(o);
    }
    QJsonArray relationArray;
    for (const ControlRelation &r : relations) {
        QJsonObject o{{QStringLiteral("formula"), r.formula}, {QStringLiteral("severity"), severityName(r.severity)}};
        if (!r.note.isEmpty())
            o.insert(QStringLiteral("note"), r.note);
        relationArray.append(o);
    }
    QJsonObject measureObject;
    for (auto it = measures.begin(); it != measures.end(); ++it)
        measureObject.insert(measureName(it.key()), it.value());

    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("lines"), lineArray},
                       {QStringLiteral("relations"), relationArray},
                       {QStringLiteral("measures"), measureObject},
                       {QStringLiteral("turnout"), measureName(turnoutMeasure)}};
    nameTranslations.addTo(object, QStringLiteral("name"));
    if (!citation.isEmpty())
        object.insert(QStringLiteral("citation"), citation);
    if (thresholdPercent > 0)
        object.insert(QStringLiteral("threshold"),
                      QJsonObject{{QStringLiteral("percent"), thresholdPercent},
                                  {QStringLiteral("of"), measureName(thresholdBase)}});
    return object;
}

} // namespace saylau
