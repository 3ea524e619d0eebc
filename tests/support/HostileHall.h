#pragma once

#include "core/HallConfig.h"
#include "core/config/TextRules.h"

#include <QString>

namespace antre::test {

// Text as long as the configuration allows for `kind`, without a single space, made of what widens or breaks
// a screen: wide letters, 4-byte emoji, stacked combining marks, and a right-to-left override at its start.
// `seed` (a letter) tells the names of one hall apart. Accepted by TextRules::problem(text, kind).
QString hostileText(TextRules::Kind kind, char16_t seed = u'W');
QString hostileText(qsizetype codePoints, char16_t seed = u'W');

// `base` with every text field (hall name, agencies, services and their standards, booths, staff names,
// footer, running text, call phrase) at its maximum and hostile; codes, hours and staff stay as they were, so
// the test's logins and booths still work.
HallConfig hostileConfig(HallConfig base);

} // namespace antre::test
