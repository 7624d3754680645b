#pragma once

#include "analysis/Percentage.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QWidget>

namespace saylau {

// The overview's small chart: each party's share as two bars, the observers' copies (solid, in the party's
// colour) over the official figures (pale), on one 0–100% scale, so that a gap between the sources shows at a
// glance. The numbers are in the table beside it; this only draws them.
class OverviewChart : public QWidget
{
    Q_OBJECT

public:
    struct Bar
    {
        QString label;
        QColor color;
        Percentage observer;
        Percentage official;
    };

    explicit OverviewChart(QWidget *parent = nullptr);

    void setBars(const QList<Bar> &bars);
    const QList<Bar> &bars() const { return m_bars; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Bar> m_bars;
};

} // namespace saylau
