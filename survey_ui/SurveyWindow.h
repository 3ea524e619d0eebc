#pragma once

#include "core/Result.h"
#include "core/survey/SurveyTypes.h"
#include "kiosk_ui/ScreenLock.h"

#include <QList>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace antre {
class I18n;
class StaffService;
class SurveyService;
} // namespace antre

namespace antre::kiosk {
class ExitPanel;
class SurveyFlow;
} // namespace antre::kiosk

namespace antre::survey {

class BoothWatcher;

// The citizen's screen at a booth: idle it names the booth and asks "how was our service?"; when the booth
// finishes a ticket it offers the questionnaire for that visit (the kiosk's, one element per screen), then
// thanks. Without a touch for a while it returns to idle and forgets an unfinished response.
class SurveyWindow final : public QWidget
{
    Q_OBJECT
public:
    SurveyWindow(SurveyService& survey, StaffService& staff, I18n& i18n, QWidget* parent = nullptr);
    ~SurveyWindow() override;
    Q_DISABLE_COPY_MOVE(SurveyWindow)

    void setBooth(const QString& code, const QString& name);
    // Shows that booth and offers the survey for each ticket it finishes.
    void follow(BoothWatcher& booth);
    // The booth finished this ticket: offers its survey now, or once the citizen before has finished.
    void offer(const TicketNumber& ticket, QDate businessDay);
    // "idle", "offer", "survey", "thanks", "rated" (the ticket had been rated already) or "failed" (not
    // stored).
    QString currentScreen() const;
    // For screenshots: "idle", "offer", "survey[:STEP[:PART]]" (STEP 0–10, the questionnaire with sample
    // answers; PART 0–3 of a compact profile; shown once the window has its size),
    // "thanks" or "rated", with the sample ticket A-012; nothing shown this way is stored.
    Status showScreen(const QString& spec);
    // Without a touch this long, back to idle (unfinished answers discarded). Tests shorten it.
    void setIdleTimeout(int ms);
    int idleTimeout() const;
    // How long "thank you" (or "already rated") stays before idle.
    void setDoneTimeout(int ms);
    // Frameless, always on top, no cursor; closing needs a supervisor's sign-in (five taps top left).
    void setKioskMode(bool on);

Q_SIGNALS:
    void exitAuthorized(const QString& staffId);
    void responseRecorded(qint64 responseId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    enum class DoneKind
    {
        Thanks,
        Rated,
        Failed,
    };

    QWidget* buildHeader();
    QWidget* buildIdle();
    QWidget* buildOffer();
    QWidget* buildDone();
    void showPage(QWidget* page);
    void goIdle();
    void start();
    void completed(const SurveyAnswers& answers, const SurveyProfile& profile, const QString& saran);
    void showDone(DoneKind kind);
    void toggleLanguage();
    void cornerTapped();
    void applyUnit();
    void retranslate();

    SurveyService& m_survey;
    I18n& m_i18n;
    QString m_defaultLanguage;
    QString m_boothCode;
    QString m_boothName;
    QStackedWidget* m_pages;
    QWidget* m_header = nullptr;
    QLabel* m_headerBooth = nullptr;
    QPushButton* m_language = nullptr;
    QWidget* m_idle = nullptr;
    QLabel* m_idleBooth = nullptr;
    QLabel* m_idleTitle = nullptr;
    QLabel* m_idleHint = nullptr;
    QWidget* m_offer = nullptr;
    QLabel* m_offerTitle = nullptr;
    QLabel* m_offerService = nullptr;
    QLabel* m_offerHint = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_skip = nullptr;
    kiosk::SurveyFlow* m_flow;
    QWidget* m_done = nullptr;
    QLabel* m_doneTitle = nullptr;
    QLabel* m_doneText = nullptr;
    kiosk::ExitPanel* m_exit;
    QTimer* m_idleTimer;
    QTimer* m_doneTimer;
    std::optional<SurveyVisit> m_visit;
    std::optional<std::pair<TicketNumber, QDate>> m_pending;
    DoneKind m_doneKind = DoneKind::Thanks;
    TicketNumber m_doneTicket; // the ticket of the "already rated" message
    QString m_failure;         // why the answers were not stored
    bool m_preview = false;
    quint64 m_lastPressStamp = 0;
    double m_unit = 0;
    kiosk::ScreenLock m_lock;
};

} // namespace antre::survey
