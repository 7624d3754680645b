#include "CountArithmetic.h"

#include "Figures.h"
#include "SaylauError.h"

namespace saylau {

void CountArithmetic::overflow()
{
    throw SaylauError(tr("a sum of counts does not fit in 64 bits: the campaign holds a count far above %1, the "
                         "largest a protocol cell can hold; correct it and try again")
                          .arg(QString::number(Figures::maxCount)));
}

} // namespace saylau
