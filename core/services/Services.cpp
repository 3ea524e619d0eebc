#include "services/AuditService.h"
#include "services/ChangeNotifier.h"
#include "services/ConfigService.h"
#include "services/ReportService.h"
#include "services/StaffService.h"

namespace antre {

// The interfaces' destructors, defined once so that each has one home for its vtable.
StaffService::~StaffService() = default;
ConfigService::~ConfigService() = default;
AuditService::~AuditService() = default;
ReportService::~ReportService() = default;

ChangeNotifier::ChangeNotifier(QObject* parent) : QObject(parent) {}
ChangeNotifier::~ChangeNotifier() = default;

} // namespace antre
