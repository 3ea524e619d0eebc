#include "core/services/AuditService.h"
#include "core/services/BackupService.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/ComplaintService.h"
#include "core/services/ConfigService.h"
#include "core/services/ReportService.h"
#include "core/services/StaffService.h"
#include "core/services/SurveyService.h"

namespace antre {

// The interfaces' destructors, defined once so that each has one home for its vtable.
StaffService::~StaffService() = default;
ConfigService::~ConfigService() = default;
AuditService::~AuditService() = default;
ReportService::~ReportService() = default;
ComplaintService::~ComplaintService() = default;
SurveyService::~SurveyService() = default;
BackupService::~BackupService() = default;

ChangeNotifier::ChangeNotifier(QObject* parent) : QObject(parent) {}
ChangeNotifier::~ChangeNotifier() = default;

} // namespace antre
