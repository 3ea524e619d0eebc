#pragma once

#include "core/Result.h"
#include "core/ombudsman/OmbudsmanReport.h"

#include <QCoreApplication>
#include <QString>

namespace antre {

// The Ombudsman report as an A4 PDF: the same sections as its CSV files, as tables, with the key figures
// first. Needs a QGuiApplication (fonts); no chart, so no QApplication.
class OmbudsmanPdf final
{
    Q_DECLARE_TR_FUNCTIONS(OmbudsmanPdf)
public:
    static Status write(const OmbudsmanReport& report, const QString& path);
};

} // namespace antre
