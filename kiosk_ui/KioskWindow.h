#pragma once

#include "core/QueueService.h"
#include "core/Result.h"
#include "core/complaint/Complaint.h"
#include "kiosk_ui/KioskSnapshot.h"
#include "kiosk_ui/ScreenLock.h"

#include <QList>
#include <QWidget>

class QTimer;

namespace antre {
class Clock;
class ComplaintService;
class I18n;
class QueueService;
class StaffService;
class SurveyService;
} // namespace antre

namespace antre::ui {
class PageStack;
}

namespace antre::kiosk {

class ConfirmPage;
class ExitPanel;
class HomePage;
class IssuedPage;
class KioskController;
class KioskHeader;
class PrintQueue;
class ReconnectPage;
class ServicesPage;
class StandardPage;
class VoicePage;

// The citizen kiosk: agency → service → (standard) → confirm → issued, with live availability, a visible
// language switch, idle return to the start, and the supervisor-only exit.
class KioskWindow final : public QWidget
{
    Q_OBJECT
public:
    KioskWindow(QueueService& queue, StaffService& staff, I18n& i18n, const Clock& clock,
                KioskController& controller, QWidget* parent = nullptr);
    ~KioskWindow() override;
    Q_DISABLE_COPY_MOVE(KioskWindow)

    // Offers "Survei & Pengaduan" on the start screen: the satisfaction survey and the complaint form.
    void enableVoice(SurveyService& survey, ComplaintService& complaints);
    // "home", "services:AGENCY", "standard:SERVICE", "confirm:SERVICE", "issued:SERVICE[:priority]" (this
    // one issues and prints a real ticket, exactly as the taps would), "reconnecting[:pending]" (the outage
    // screen, as after a press whose ticket is still being taken); with enableVoice also "voice",
    // "voice:ticket", "voice:survey" (the questionnaire without a visit) and "voice:complaint".
    Status showScreen(const QString& spec);
    // The same notation for the screen shown now.
    QString currentScreen() const;
    // Frameless, always on top, no cursor, and closing needs the supervisor exit.
    void setKioskMode(bool on);
    // Reads the hall from core now. Database changes and the minute tick call it by themselves.
    void refresh();
    // Coalesces bursts of change notifications into one refresh.
    void scheduleRefresh();
    const KioskSnapshot& snapshot() const;

Q_SIGNALS:
    void exitAuthorized(const QString& staffId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // Every page change goes through here: the idle countdown starts again with each new page.
    void showPage(QWidget* page);
    void goHome();
    void showAgency(const QString& agencyCode);
    void showStandard(const QString& serviceCode, QWidget* returnTo);
    void showConfirm(const QString& serviceCode);
    Status issue(const QString& serviceCode, bool priority);
    void showIssued(const IssuedTicket& ticket);
    // The hall cannot be reached (or a press's outcome is unknown): the reconnecting screen, and attempts
    // every second until the pending press commits, or the hall reads again.
    void enterOutage();
    void tryReconnect();
    bool inOutage() const;
    void printTicket();
    void printComplaintSlip(const Complaint& complaint);
    void setLanguage(const QString& language);
    void idleTimedOut();
    void cornerTapped();
    void tick();
    void applyUnit();

    QueueService& m_queue;
    I18n& m_i18n;
    const Clock& m_clock;
    KioskController& m_controller;
    QString m_defaultLanguage;
    KioskSnapshot m_snapshot;

    KioskHeader* m_header;
    ui::PageStack* m_stack;
    HomePage* m_home;
    ServicesPage* m_services;
    StandardPage* m_standard;
    ConfirmPage* m_confirm;
    IssuedPage* m_issued;
    ReconnectPage* m_reconnect;
    ExitPanel* m_exit;
    PrintQueue* m_printing;
    VoicePage* m_voice = nullptr;
    QWidget* m_standardReturn = nullptr;

    QTimer* m_idle;
    QTimer* m_ticker;
    QTimer* m_refreshSoon;
    QTimer* m_reconnectTimer;
    quint64 m_lastPressStamp = 0;
    int m_lastMinute = -1;
    double m_unit = 0;
    ScreenLock m_lock;
};

} // namespace antre::kiosk
