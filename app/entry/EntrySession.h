#pragma once

#include "EntryStore.h"
#include "ProtocolMerge.h"

#include "../domain/Contest.h"
#include "../domain/Protocol.h"
#include "../domain/ProtocolDraft.h"
#include "../domain/ProtocolKey.h"
#include "../storage/DraftStore.h"

#include <QString>

#include <optional>

namespace saylau {

class CampaignStore;

// One operator typing one protocol at a time: the stored protocol it started from, the values typed since,
// each change written through to the operator's draft at once (so a crash loses at most the field in hand),
// and the save that checks the starting revision. No widgets: the GUI tests and the entry window share it.
class EntrySession
{
public:
    EntrySession(CampaignStore &store, const QString &operatorName);

    const QString &operatorName() const { return m_operator; }
    // Another person takes the keyboard. What the previous one typed stays in their draft; call open() again
    // to show the protocol as the new operator finds it.
    void setOperatorName(const QString &name) { m_operator = name; }
    CampaignStore &store() const { return m_store; }
    EntryStore &entries() { return m_entries; }
    DraftStore &drafts() { return m_drafts; }

    // Starts on a protocol: the stored one, or an empty one of the contest's shape. The operator's draft of
    // it, if any, is offered through pendingDraft() and applied only by applyDraft().
    void open(const Contest &contest, const ProtocolKey &key);
    bool isOpen() const { return m_open; }
    // No protocol on screen (a district chosen in the navigator, say).
    void close();
    const Contest &contest() const { return m_contest; }
    const std::optional<ProtocolDraft> &pendingDraft() const { return m_pendingDraft; }
    void applyDraft();
    void discardDraft();

    // The values on screen; revision is the revision they were based on (0: new).
    const Protocol &current() const { return m_current; }
    // What the file held when the protocol was opened (or last saved).
    const Protocol &stored() const { return m_stored; }
    bool exists() const { return m_stored.id != 0; }
    bool isModified() const;

    void setFigure(int slot, std::optional<qint64> value);
    // The source fields (observer, received when and how, remarks) of the given protocol, figures ignored.
    void setSourceFields(const Protocol &fields);

    // Throws SaveConflict when someone else saved the protocol meanwhile; nothing is written then and the
    // typed values stay (and stay in the draft). Values as stored are not saved again (isModified()).
    Protocol save();
    // After a conflict: what was typed set against what is stored now, line by line against the protocol the
    // typing started from.
    ProtocolMerge mergeWithStored() const;
    // The person decided the disputed lines: the merge is what is on screen now, a change of the newer revision.
    void takeMerge(const ProtocolMerge &merge, ProtocolMerge::OnDisputed choice);

private:
    void writeDraft();

    CampaignStore &m_store;
    QString m_operator;
    EntryStore m_entries;
    DraftStore m_drafts;
    Contest m_contest;
    bool m_open = false;
    Protocol m_stored;
    // The protocol the typing started from: a merge tells by it who changed a line. Unknown for a draft of a
    // revision the history cannot rebuild.
    std::optional<Protocol> m_base;
    Protocol m_current;
    std::optional<ProtocolDraft> m_pendingDraft;
};

} // namespace saylau
