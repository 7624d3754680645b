#pragma once

#include "domain/Contest.h"
#include "domain/Protocol.h"

#include <QAbstractTableModel>
#include <QList>

namespace saylau {

// The figures of one territory in one contest, read-only: a row per slot (the form's lines in paper order,
// then the parties in ballot order) and a column per protocol (observer copies first, then the official
// record), so that the copy brought from the precinct and the published figures stand side by side.
class ProtocolFiguresModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, LabelColumn, FirstProtocolColumn };
    // The raw figure (qint64, or invalid when the line is empty) beside the grouped text.
    static constexpr int ValueRole = Qt::UserRole + 1;

    explicit ProtocolFiguresModel(QObject *parent = nullptr);

    // Protocols are shown in the order given; see ProtocolView for the order chosen.
    void setProtocols(const Contest &contest, const QList<Protocol> &protocols);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Lines on which the protocols shown do not all agree.
    int disagreementCount() const;

    // "Observer copy", "Observer copy B", "Official": also the column titles of the relation checks.
    static QString protocolTitle(const Protocol &protocol);

private:
    bool sourcesDisagree(int slot) const;
    // The protocol the others are compared with on the page: the first observer copy, else the first shown.
    int referenceProtocol() const;

    Contest m_contest;
    QList<Protocol> m_protocols;
};

} // namespace saylau
