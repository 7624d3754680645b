#pragma once

#include "BallotEntry.h"
#include "ProtocolForm.h"

#include <QList>
#include <QString>

namespace saylau {

// One race of an election (the Mazhilis party list, an oblast maslikhat, ...): its protocol form and ballot.
//
// Figures of a protocol are addressed by slot: the form's lines first, in paper order, then the ballot's
// entries in ballot order. A slot's key is the line key ("10") or "p" and the ballot position ("p3"); the
// keys are what storage and formulas use, the slots what the hot loops index.
class Contest
{
public:
    QString id; // short slug: "mazhilis", "city-maslikhat"
    QString name; // as stored; shown through displayName()
    ProtocolForm form;
    QList<BallotEntry> ballot;
    // Seats shared among party lists (0 when the contest allocates none).
    int seats = 0;
    LocalizedText nameTranslations = {};

    int lineCount() const { return int(form.lines.size()); }
    int slotCount() const { return lineCount() + int(ballot.size()); }
    int partySlot(int ballotIndex) const { return lineCount() + ballotIndex; }
    bool isPartySlot(int slot) const { return slot >= lineCount(); }

    QString displayName() const { return nameTranslations.text(name); }

    // -1 when the key names neither a line nor a ballot position.
    int slotOf(const QString &key) const;
    QString slotKey(int slot) const;
    // A slot's label and short label in the program's language, for people; keys are for files and formulas.
    QString slotLabel(int slot) const;
    QString slotShortLabel(int slot) const;
    // A slot's label as stored (the form's line as printed, the party's name), the same in every language.
    QString slotStoredLabel(int slot) const;

    // The ballot index of a party named by its short name, name or slot key ("p2"), case-insensitively;
    // -1 when none matches. Parties are found by name, never by position: the order is drawn by lot.
    int findParty(const QString &nameOrKey) const;

    static QString partyKey(int position);
};

} // namespace saylau
