#pragma once

#include <QString>

namespace antre {

// The booth's style sheet. Two scales: the full window, read from an arm's length or more, and the
// compact one (about 360×520) that sits beside the agency's own application.
class CounterStyle final
{
public:
    static QString sheet(bool compact);
};

} // namespace antre
