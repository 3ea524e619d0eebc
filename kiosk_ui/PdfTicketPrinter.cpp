#include "kiosk_ui/PdfTicketPrinter.h"

#include "kiosk_ui/TicketLayout.h"

#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace antre::kiosk {

namespace {
constexpr int kPdfDpi = 300;
}

PdfTicketPrinter::PdfTicketPrinter(QString folder, int paperMm)
    : m_folder(std::move(folder)), m_paperMm(paperMm)
{}

QString PdfTicketPrinter::description() const
{
    return tr("PDF files in %1, %2 mm").arg(QDir::toNativeSeparators(m_folder)).arg(m_paperMm);
}

Status PdfTicketPrinter::print(const TicketContent& ticket)
{
    if (!QDir().mkpath(m_folder))
        return makeError(ErrorKind::Internal, ErrorCode::PrinterFolder,
                         tr("%1: cannot create the ticket folder").arg(QDir::toNativeSeparators(m_folder)));
    // One file per print: a reprint never overwrites the evidence of the first one.
    const QString stem = ticket.businessDay.toString(Qt::ISODate) + u'_' + ticket.number;
    QString path = QDir(m_folder).filePath(stem + u".pdf"_s);
    for (int copy = 2; QFileInfo::exists(path); ++copy)
        path = QDir(m_folder).filePath(u"%1_%2.pdf"_s.arg(stem).arg(copy));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(
            ErrorKind::Internal, ErrorCode::PrinterWrite,
            tr("%1: cannot write the ticket: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setResolution(kPdfDpi);
        writer.setCreator(u"Antre"_s);
        writer.setTitle(ticket.number);
        const TicketLayout layout(ticket, m_paperMm, writer);
        writer.setPageLayout(QPageLayout(QPageSize(QSizeF(layout.widthMm(), layout.heightMm()),
                                                   QPageSize::Millimeter, {}, QPageSize::ExactMatch),
                                         QPageLayout::Portrait, QMarginsF()));
        QPainter painter;
        if (!painter.begin(&writer))
            return makeError(ErrorKind::Internal, ErrorCode::PrinterWrite,
                             tr("%1: cannot draw the ticket").arg(QDir::toNativeSeparators(path)));
        layout.paint(painter);
        painter.end();
    }
    if (!file.commit())
        return makeError(
            ErrorKind::Internal, ErrorCode::PrinterWrite,
            tr("%1: cannot write the ticket: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    m_lastFile = path;
    return Done{};
}

QString PdfTicketPrinter::lastFile() const
{
    return m_lastFile;
}

} // namespace antre::kiosk
