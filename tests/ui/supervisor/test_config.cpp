#include "core/ConfigIo.h"
#include "core/HallStore.h"
#include "supervisor_ui/ConfigEditor.h"
#include "tests/support/QtStringMakers.h"
#include "tests/ui/supervisor/SupervisorTestSupport.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using namespace antre::test;

namespace {

HallConfig stored(SupervisorHall& s)
{
    auto config = HallStore(*s.hall.db, s.hall.clock).load();
    REQUIRE(config.ok());
    return config.value();
}

void selectEntry(ConfigEditor& editor, const QString& section, int row)
{
    child<QListWidget>(&editor, u"config."_s + section + u".list"_s)->setCurrentRow(row);
}

} // namespace

TEST_CASE("config editor shows a validation error next to the field and saves nothing", "[config]")
{
    SupervisorHall s;
    ConfigEditor editor(s.access, u"SPV"_s);
    editor.show();
    child<QTabWidget>(&editor, u"config.tabs"_s)->setCurrentIndex(2);
    selectEntry(editor, u"services"_s, 0);
    auto* save = child<QPushButton>(&editor, u"config.save"_s);
    CHECK_FALSE(save->isEnabled());

    typeInto(child<QLineEdit>(&editor, u"config.services.prefix"_s), u"A1"_s);
    typeInto(child<QLineEdit>(&editor, u"config.services.name"_s), u"Layanan Satu"_s);
    CHECK(editor.isDirty());
    REQUIRE(save->isEnabled());
    save->click();

    auto* prefixError = child<QLabel>(&editor, u"config.services.prefix.error"_s);
    CHECK(prefixError->isVisible());
    CHECK(prefixError->text().contains(u"1 to 3 letters"_s));
    CHECK_FALSE(child<QLabel>(&editor, u"config.services.name.error"_s)->isVisible());
    CHECK(child<QLabel>(&editor, u"config.status"_s)->text().contains(u"Nothing was saved"_s));
    keepScreenshot(&editor, u"config-error"_s);
    CHECK(child<QListWidget>(&editor, u"config.services.list"_s)->item(0)->data(Qt::UserRole).toBool());
    CHECK(child<QTabWidget>(&editor, u"config.tabs"_s)->tabText(2).contains(u"1"_s));
    // Nothing reached the database, not even the valid name change.
    CHECK(stored(s).service(u"S1"_s)->prefix == u"A");
    CHECK(stored(s).service(u"S1"_s)->name == u"Service One");

    // Switching to another service and back keeps the message with its field.
    selectEntry(editor, u"services"_s, 1);
    CHECK_FALSE(prefixError->isVisible());
    selectEntry(editor, u"services"_s, 0);
    CHECK(prefixError->isVisible());
}

TEST_CASE("config editor marks unreadable opening hours on their weekday", "[config]")
{
    SupervisorHall s;
    ConfigEditor editor(s.access, u"SPV"_s);
    editor.show();
    child<QTabWidget>(&editor, u"config.tabs"_s)->setCurrentIndex(2);
    selectEntry(editor, u"services"_s, 1);
    typeInto(child<QLineEdit>(&editor, u"config.services.hours.fri"_s), u"08:00-11:30, 1300-1500"_s);
    REQUIRE_FALSE(editor.save().ok());
    CHECK(child<QLabel>(&editor, u"config.services.hours.fri.error"_s)->isVisible());
    CHECK_FALSE(child<QLabel>(&editor, u"config.services.hours.mon.error"_s)->isVisible());
    CHECK(child<QLineEdit>(&editor, u"config.services.hours.fri"_s)->text() == u"08:00-11:30, 1300-1500");

    // Indonesian style "13.00-15.00" is read as 13:00-15:00.
    typeInto(child<QLineEdit>(&editor, u"config.services.hours.fri"_s), u"08.00-11.30, 13.00-15.00"_s);
    REQUIRE(editor.save().ok());
    const auto friday = stored(s).service(u"S2"_s)->hours.value(5);
    REQUIRE(friday.size() == 2);
    CHECK(friday.at(1) == TimeRange{QTime(13, 0), QTime(15, 0)});
}

TEST_CASE("a booth referring to a removed service is caught at the booth", "[config]")
{
    SupervisorHall s;
    ConfigEditor editor(s.access, u"SPV"_s);
    editor.show();
    child<QTabWidget>(&editor, u"config.tabs"_s)->setCurrentIndex(2);
    selectEntry(editor, u"services"_s, 2); // S3, served at L3
    child<QPushButton>(&editor, u"config.services.remove"_s)->click();
    REQUIRE(editor.draft().services.size() == 2);
    REQUIRE_FALSE(editor.save().ok());
    child<QTabWidget>(&editor, u"config.tabs"_s)->setCurrentIndex(3);
    selectEntry(editor, u"counters"_s, 2);
    keepScreenshot(&editor, u"config-booth-error"_s);
    auto* error = child<QLabel>(&editor, u"config.counters.services.error"_s);
    CHECK(error->isVisible());
    CHECK(error->text().contains(u"S3"_s));
    CHECK(stored(s).services.size() == 3);

    // The booth shows the removed service ticked, so that it can be unticked; then all is well.
    auto* services = child<QListWidget>(&editor, u"config.counters.services"_s);
    REQUIRE(services->count() == 3);
    CHECK(services->item(2)->data(Qt::UserRole).toString() == u"S3");
    services->item(2)->setCheckState(Qt::Unchecked);
    REQUIRE(editor.save().ok());
    CHECK(stored(s).services.size() == 2);
    CHECK(stored(s).counter(u"L3"_s)->services == QStringList{u"S2"_s});
}

TEST_CASE("a valid change is saved in one go and every engine sees it", "[config]")
{
    SupervisorHall s;
    // A second process's view of the hall: its own connection and engine, like a kiosk.
    auto kioskDb = Database::open(s.hall.path());
    REQUIRE(kioskDb.ok());
    QueueEngine kiosk(*kioskDb.value(), s.hall.clock);
    REQUIRE(kiosk.config().value().service(u"S1"_s)->targetWaitMin == 15);

    ConfigEditor editor(s.access, u"SPV"_s);
    editor.show();
    child<QTabWidget>(&editor, u"config.tabs"_s)->setCurrentIndex(2);
    selectEntry(editor, u"services"_s, 0);
    child<QSpinBox>(&editor, u"config.services.target_wait_min"_s)->setValue(20);
    child<QSpinBox>(&editor, u"config.services.daily_quota"_s)->setValue(0); // no limit
    child<QTabWidget>(&editor, u"config.tabs"_s)->setCurrentIndex(0);
    typeInto(child<QLineEdit>(&editor, u"config.site.name"_s), u"MPP Uji"_s);
    REQUIRE(editor.save().ok());
    CHECK_FALSE(editor.isDirty());
    CHECK(child<QLabel>(&editor, u"config.status"_s)->text().contains(u"Saved"_s));

    const HallConfig seen = kiosk.config().value();
    CHECK(seen.service(u"S1"_s)->targetWaitMin == 20);
    CHECK_FALSE(seen.service(u"S1"_s)->dailyQuota.has_value());
    CHECK(seen.site.name == u"MPP Uji");
    // The staff were not touched by the configuration save.
    CHECK(s.hall.staff->login(u"OFF1"_s, u"1234"_s).ok());

    // The export is a configuration file that reads back as what is stored, staff included, PINs not.
    QTemporaryDir dir;
    REQUIRE(editor.exportJson(dir.filePath(u"hall.json"_s)).ok());
    auto exported = ConfigIo::readFile(dir.filePath(u"hall.json"_s));
    REQUIRE(exported.ok());
    CHECK(exported.value().site.name == u"MPP Uji");
    CHECK(exported.value().service(u"S1"_s)->targetWaitMin == 20);
    CHECK(exported.value().staff.size() == 4);
    QFile file(dir.filePath(u"hall.json"_s));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK_FALSE(file.readAll().contains("\"pin\""));
}

TEST_CASE("a new booth gets its services and is saved", "[config]")
{
    SupervisorHall s;
    ConfigEditor editor(s.access, u"SPV"_s);
    editor.show();
    child<QTabWidget>(&editor, u"config.tabs"_s)->setCurrentIndex(3);
    child<QPushButton>(&editor, u"config.counters.add"_s)->click();
    REQUIRE(editor.draft().counters.size() == 4);
    typeInto(child<QLineEdit>(&editor, u"config.counters.code"_s), u"L4"_s);
    typeInto(child<QLineEdit>(&editor, u"config.counters.name"_s), u"Loket 4"_s);
    auto* services = child<QListWidget>(&editor, u"config.counters.services"_s);
    services->item(1)->setCheckState(Qt::Checked);
    REQUIRE(editor.save().ok());
    const auto* booth = stored(s).counter(u"L4"_s);
    REQUIRE(booth);
    CHECK(booth->name == u"Loket 4");
    CHECK(booth->services == QStringList{u"S2"_s});
    // Stored codes can no longer be edited.
    child<QTabWidget>(&editor, u"config.tabs"_s)->setCurrentIndex(3);
    selectEntry(editor, u"counters"_s, 3);
    CHECK(child<QLineEdit>(&editor, u"config.counters.code"_s)->isReadOnly());
}
