#include "EntrySession.h"

#include "../domain/SaylauError.h"

namespace saylau {

EntrySession::EntrySession(CampaignStore &store, const QString &operatorName)
    : m_store(store)
    , m_operator(operatorName)
    , m_entries(store)
    , m_drafts(store)
{
}

void EntrySession::open(const Contest &contest, const ProtocolKey &key)
{
    const std::optional<Protocol> stored = m_entries.find(key);
    Protocol protocol;
    if (stored) {
        protocol = *stored;
    } else {
        protocol.contestId = key.contestId;
        protocol.territoryId = key.territoryId;
        protocol.source = key.source;
        protocol.copy = key.copy;
    }
    protocol.figures.resize(contest.slotCount());
    m_contest = contest;
    m_stored = protocol;
    m_base = protocol;
    m_current = protocol;
    m_pendingDraft = m_drafts.draft(key, m_operator);
    m_open = true;
}

void EntrySession::close()
{
    m_open = false;
    m_stored = Protocol();
    m_base.reset();
    m_current = Protocol();
    m_pendingDraft.reset();
}

void EntrySession::applyDraft()
{
    if (!m_pendingDraft)
        return;
    const Protocol &draft = m_pendingDraft->protocol;
    m_current.figures = draft.figures;
    m_current.figures.resize(m_contest.slotCount());
    setSourceFields(draft);
    // Typed against that revision: if the file moved on since, the save says so.
    m_current.revision = draft.revision;
    if (draft.revision != m_stored.revision)
        m_base = exists() ? m_entries.atRevision(m_stored, draft.revision) : std::nullopt;
    m_pendingDraft.reset();
}

void EntrySession::discardDraft()
{
    if (m_pendingDraft)
        m_drafts.remove(ProtocolKey::of(m_current), m_operator);
    m_pendingDraft.reset();
}

bool EntrySession::isModified() const
{
    const Protocol &a = m_current;
    const Protocol &b = m_stored;
    return a.figures != b.figures || a.observerName != b.observerName || a.observerContact != b.observerContact
        || a.receivedAt != b.receivedAt || a.receivedHow != b.receivedHow || a.remarks != b.remarks;
}

void EntrySession::setFigure(int slot, std::optional<qint64> value)
{
    if (m_current.figures.value(slot) == value)
        return;
    m_current.figures.set(slot, value);
    writeDraft();
}

void EntrySession::setSourceFields(const Protocol &fields)
{
    m_current.observerName = fields.observerName;
    m_current.observerContact = fields.observerContact;
    m_current.receivedAt = fields.receivedAt;
    m_current.receivedHow = fields.receivedHow;
    m_current.remarks = fields.remarks;
    writeDraft();
}

void EntrySession::writeDraft()
{
    if (!m_open)
        return;
    // An untouched protocol needs no draft; a stale one would be offered again at the next start.
    if (!isModified()) {
        m_drafts.remove(ProtocolKey::of(m_current), m_operator);
        return;
    }
    m_drafts.save({m_current, m_operator, QDateTime::currentDateTimeUtc()});
}

Protocol EntrySession::save()
{
    if (!m_open)
        throw SaylauError(QCoreApplication::translate("EntrySession", "no protocol is open"));
    const Protocol saved = m_entries.save(m_current, m_operator);
    m_stored = saved;
    m_stored.figures.resize(m_contest.slotCount());
    m_base = m_stored;
    m_current = m_stored;
    m_pendingDraft.reset();
    return saved;
}

ProtocolMerge EntrySession::mergeWithStored() const
{
    std::optional<Protocol> stored = m_entries.find(ProtocolKey::of(m_current));
    if (!stored) {
        // Gone since (a program replaced the file): what was typed is a new protocol again.
        stored = m_current;
        stored->id = 0;
        stored->revision = 0;
    }
    return ProtocolMerge(m_contest, m_base, m_current, *stored);
}

void EntrySession::takeMerge(const ProtocolMerge &merge, ProtocolMerge::OnDisputed choice)
{
    m_stored = merge.stored();
    m_base = m_stored;
    m_current = merge.merged(choice);
    writeDraft();
}

} // namespace saylau
