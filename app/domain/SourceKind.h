#pragma once

#include <QString>

#include <optional>

namespace saylau {

// Who a protocol's figures come from. A precinct may have several observer copies but one official record.
enum class SourceKind { Observer, Official };

QString sourceKindName(SourceKind kind);
std::optional<SourceKind> sourceKindFromName(const QString &name);

} // namespace saylau
