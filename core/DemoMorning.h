#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QTime>

namespace antre {

class Database;

// What happens in the morning that DemoMorning plays.
struct MorningOptions
{
    QDateTime until;         // UTC: the morning runs from the hall's opening up to here (the program's now)
    quint32 seed = 20261123; // the same seed gives the same morning
    // Tickets taken per hour, by service code; a service missing here gets kDefaultPerHour.
    QHash<QString, int> arrivalsPerHour;
    static constexpr int kDefaultPerHour = 4;
    QStringList emptyBooths; // booths left without an officer although their services are open
    QString breakBooth;      // a booth whose officer goes on a break at breakAt (local time) and stays out
    QTime breakAt;
    QString breakReason;
    QString faultKiosk;   // at faultAt (local time) this kiosk's printer fails on the ticket it issues
    QTime faultAt;        // invalid: no fault
    QString callingBooth; // at the end this booth has just called the next number

    // The demo hall's morning (resources/demo/hall.json): two of its busiest services get more people than
    // their booths can take, L7 goes on a prayer break at 09.12, L5, L14 and L16 stay empty, the lobby
    // kiosk runs out of paper at 08.47, and Loket 1 has just called a number.
    static MorningOptions demo(const QDateTime& until);
};

struct MorningResult
{
    QDate day;           // the hall's business day of `until`
    bool played = false; // false: the hall does not open that day, or has not opened yet
    int boothsOpened = 0;
    int issued = 0;
    int served = 0;       // finished at a booth, any outcome
    QString calledTicket; // the number callingBooth has just called, empty when none
};

// Plays the current business day of a hall from its opening until a given time through the real queue
// engine with a simulated clock, minute by minute: officers open their booths ten minutes before the
// first service opens (the first free officer assigned to each booth), citizens take tickets at the given
// rates (the engine refuses what its rules refuse: a closed service, a full quota), and each booth calls,
// serves (4 to 12 minutes) and finishes, with an occasional citizen who does not come. For the demo
// database (antre demo --morning): screenshots, training and drills of the booth, the display and the
// supervisor's dashboard.
//
// The hall must be set up; run it on a demo database only. The whole morning is one transaction.
class DemoMorning final
{
    Q_DECLARE_TR_FUNCTIONS(DemoMorning)
public:
    explicit DemoMorning(Database& db);
    ~DemoMorning();
    Q_DISABLE_COPY_MOVE(DemoMorning)

    Result<MorningResult> run(const MorningOptions& options);

private:
    Database& m_db;
};

} // namespace antre
