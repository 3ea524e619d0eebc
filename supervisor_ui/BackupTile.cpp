#include "supervisor_ui/BackupTile.h"

#include "core/Clock.h"
#include "core/hall/Hall.h"
#include "core/services/BackupService.h"
#include "supervisor_ui/HallAccess.h"
#include "supervisor_ui/ReportFormat.h"
#include "ui_common/Style.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace antre {

BackupTile::BackupTile(HallAccess& hall, QWidget* parent)
    : QFrame(parent), m_hall(hall), m_text(new QLabel(this))
{
    setObjectName(u"dashboard.backup"_s);
    m_text->setObjectName(u"dashboard.backup.text"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    QFont font = m_text->font();
    font.setPointSize(11);
    m_text->setFont(font);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 4, 12, 4);
    layout->addWidget(m_text, 1);
    setAutoFillBackground(true);
    // "Last night" becomes "yesterday", and a missed night shows, without any commit to wake the dashboard.
    auto* timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &BackupTile::refresh);
    timer->start(5 * 60 * 1000);
}

QString BackupTile::text() const
{
    return m_text->text();
}

void BackupTile::refresh()
{
    const QDateTime now = m_hall.clock.now();
    auto latest = m_hall.all.backups.latest(now.addDays(-kMissingAfterDays));
    if (!latest.ok()) {
        show(State::Unknown, tr("Backups: not readable (%1)").arg(latest.error().message), {});
        return;
    }
    if (!latest.value()) {
        show(State::Missing, tr("No backup in %n days", nullptr, kMissingAfterDays),
             tr("The nightly backup has recorded nothing: check the antre-backup timer (journalctl -u "
                "antre-backup)"));
        return;
    }
    const BackupRun& run = *latest.value();
    if (!run.ok) {
        show(State::Failed, tr("Backup failed: %1").arg(run.reason),
             tr("Backup failed %1; the journal of antre-backup says more").arg(when(run.at)));
        return;
    }
    show(State::Ok, tr("Last backup: %1, checked").arg(when(run.at)), run.file);
}

void BackupTile::show(State state, const QString& text, const QString& description)
{
    m_state = state;
    m_text->setText(text);
    const bool bad = state != State::Ok;
    const QColor edge = bad ? Style::danger() : Style::ok();
    setStyleSheet(
        u"antre--BackupTile { background: %1; border-left: 6px solid %2; border-radius: 4px; }"_s.arg(
            Style::surface().name(), edge.name()));
    m_text->setStyleSheet(u"color: %1;%2"_s.arg(bad ? Style::danger().name() : Style::text().name(),
                                                bad ? u" font-weight: bold;"_s : QString()));
    setAccessibleName(text);
    setAccessibleDescription(description);
    setToolTip(description);
}

QString BackupTile::when(const QDateTime& atUtc) const
{
    const QTimeZone zone = m_hall.zone();
    const QDateTime local = atUtc.toTimeZone(zone);
    const QDate today = m_hall.localNow().date();
    const QString time = ReportFormat::time(atUtc, zone);
    // The nightly run is before opening: "last night 02.00" reads better than "today 02.00".
    if (local.date() == today)
        return local.time().hour() < 6 ? tr("last night %1").arg(time) : tr("today %1").arg(time);
    if (local.date() == today.addDays(-1))
        return local.time().hour() >= 18 ? tr("last night %1").arg(time) : tr("yesterday %1").arg(time);
    return ReportFormat::dateTime(atUtc, zone);
}

} // namespace antre
