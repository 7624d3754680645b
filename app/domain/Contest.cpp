#include "Contest.h"

namespace saylau {

QString Contest::partyKey(int position)
{
    return QLatin1Char('p') + QString::number(position);
}

int Contest::slotOf(const QString &key) const
{
    for (int i = 0; i < lineCount(); ++i) {
        if (form.lines.at(i).key == key)
            return i;
    }
    for (int i = 0; i < ballot.size(); ++i) {
        if (partyKey(ballot.at(i).position) == key)
            return partySlot(i);
    }
    return -1;
}

QString Contest::slotKey(int slot) const
{
    if (slot < lineCount())
        return form.lines.at(slot).key;
    return partyKey(ballot.at(slot - lineCount()).position);
}

QString Contest::slotLabel(int slot) const
{
    if (slot < lineCount())
        return form.lines.at(slot).displayLabel();
    return ballot.at(slot - lineCount()).displayName();
}

QString Contest::slotShortLabel(int slot) const
{
    if (slot < lineCount())
        return form.lines.at(slot).displayShortLabel();
    return ballot.at(slot - lineCount()).displayShortName();
}

QString Contest::slotStoredLabel(int slot) const
{
    if (slot < lineCount())
        return form.lines.at(slot).label;
    return ballot.at(slot - lineCount()).name;
}

int Contest::findParty(const QString &nameOrKey) const
{
    const QString wanted = nameOrKey.trimmed();
    for (int i = 0; i < ballot.size(); ++i) {
        const BallotEntry &entry = ballot.at(i);
        if (entry.shortName.compare(wanted, Qt::CaseInsensitive) == 0
            || entry.name.compare(wanted, Qt::CaseInsensitive) == 0 || partyKey(entry.position) == wanted)
            return i;
    }
    return -1;
}

} // namespace saylau
