#pragma once

#include "supervisor_ui/HallAccess.h"
#include "tests/support/TestHall.h"
#include "tests/support/Wait.h"
#include "tests/support/Widgets.h"

#include <QString>

#include <memory>

class QWidget;

namespace antre::test {

// TestHall (manual clock, small hall) plus what the supervisor screens need: a HallAccess over the hall's
// services, their change notifier running. Adds an administrator, ADM (PIN 4444).
class SupervisorHall final
{
public:
    SupervisorHall();
    ~SupervisorHall();
    Q_DISABLE_COPY_MOVE(SupervisorHall)

    StaffMember member(const QString& staffId);

    TestHall hall;
    HallAccess access;
};

// Plays a Monday (2026-11-23) with known figures in the small hall: see the .cpp for the script.
void playKnownMonday(TestHall& hall);

// With ANTRE_UI_SHOTS=DIR set, saves the widget as DIR/name.png so that a person can look at the state a
// test has reached (error messages next to fields, …). Does nothing otherwise.
void keepScreenshot(QWidget* widget, const QString& name);

} // namespace antre::test
