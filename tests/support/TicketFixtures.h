#pragma once

#include <QDate>

namespace antre::test {

class TestHall;

// Fills `days` days from `first` with `perDay` tickets each, in SQL: one ticket every 3 s from 08:00, waits
// of 0–59 min, service of 0–19 min; one ticket in ten is a no-show and one expired. Fails the test when the
// insert fails. Fast enough for years of history in a unit test.
void fillTickets(TestHall& hall, QDate first, int days, int perDay);

} // namespace antre::test
