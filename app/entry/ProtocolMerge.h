#pragma once

#include "../domain/Contest.h"
#include "../domain/Protocol.h"
#include "../domain/ProtocolChange.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace saylau {

// What a person typed, set against what someone else saved meanwhile, line by line against the protocol the
// typing started from (a three-way merge). A line only one of them changed takes that change; a line both
// changed to different values is disputed, and the person decides those. Without the protocol the typing
// started from (a draft whose revision the history cannot rebuild) every line on which the two differ is
// disputed: nothing of either is taken unseen.
class ProtocolMerge
{
    Q_DECLARE_TR_FUNCTIONS(ProtocolMerge)

public:
    // A line or source field both changed differently: its name for people, then the stored value as
    // change.before and the typed one as change.after (as the history keeps them: figures as plain digits).
    struct Dispute
    {
        QString name;
        ProtocolChange change;
    };

    enum class OnDisputed { KeepMine, TakeStored };

    ProtocolMerge(const Contest &contest, const std::optional<Protocol> &base, const Protocol &mine,
                  const Protocol &stored);

    const Protocol &stored() const { return m_stored; }
    const QList<Dispute> &disputes() const { return m_disputes; }
    // The names of the lines and fields only the other save changed, which the merge takes from it.
    const QStringList &takenFromStored() const { return m_takenFromStored; }
    // Based on the stored revision, ready to be saved over it.
    Protocol merged(OnDisputed choice) const;

    // A line as a person finds it on the paper form: a party by its short name, a line by its number and label.
    static QString lineName(const Contest &contest, int slot);

private:
    enum class Pick { Mine, Stored, Disputed };
    static Pick pick(bool baseKnown, bool mineIsBase, bool storedIsBase, bool same);
    template <typename Value>
    void mergeField(const std::optional<Protocol> &base, const Protocol &mine, Value Protocol::*field,
                    const QString &key, const QString &name, QString (*text)(const Value &));

    Protocol m_stored;
    Protocol m_keepingMine;
    Protocol m_takingStored;
    QList<Dispute> m_disputes;
    QStringList m_takenFromStored;
};

} // namespace saylau
