#pragma once

#include "SaylauError.h"

#include <QCoreApplication>
#include <QDateTime>

namespace saylau {

// A save based on a revision that is no longer the stored one: someone else (another copy of the program on
// the same file, or another window) saved the protocol in between. Nothing was written; the caller shows
// both versions and lets the person decide.
class SaveConflict : public SaylauError
{
    Q_DECLARE_TR_FUNCTIONS(SaveConflict)

public:
    SaveConflict(int baseRevision, int storedRevision, const QString &storedBy, const QDateTime &storedAt);

    int baseRevision() const { return m_baseRevision; }
    int storedRevision() const { return m_storedRevision; }
    const QString &storedBy() const { return m_storedBy; }
    const QDateTime &storedAt() const { return m_storedAt; }

private:
    int m_baseRevision;
    int m_storedRevision;
    QString m_storedBy;
    QDateTime m_storedAt;
};

} // namespace saylau
