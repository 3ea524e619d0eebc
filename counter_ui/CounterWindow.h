#pragma once

#include "core/Result.h"
#include "counter_ui/BoothMemory.h"
#include "counter_ui/CounterOptions.h"

#include <QRect>
#include <QWidget>

#include <optional>

class QStackedWidget;
class QTimer;

namespace antre {

class BoothPage;
class ChangeNotifier;
class Clock;
class CounterSession;
class I18n;
class IdleLock;
class LockPage;
class LoginPage;
class PickerPage;
class QueueService;
class ReportService;
class StaffService;
struct HallServices;

// What the counter window works with: core interfaces only. The program takes them from its AppContext's
// HallServices (fromHall), tests from a TestHall or fakes.
struct CounterDeps
{
    QueueService& queue;
    StaffService& staff;
    ReportService& reports;
    const Clock& clock;
    ChangeNotifier* changes = nullptr; // live updates from other processes
    I18n* i18n = nullptr;              // run-time language switch

    static CounterDeps fromHall(HallServices& hall, I18n* i18n = nullptr);
};

// The officer's window: login → counter picker → booth, with the idle lock over it, live updates from
// the change notifier, and the compact mode.
class CounterWindow final : public QWidget
{
    Q_OBJECT
public:
    enum class Page
    {
        Login,
        Picker,
        Booth,
        Lock
    };

    CounterWindow(const CounterDeps& deps, const CounterOptions& options, QWidget* parent = nullptr);
    ~CounterWindow() override;
    Q_DISABLE_COPY_MOVE(CounterWindow)

    // Applies --staff, --pin-stdin, --counter and the screenshot login. An error is for stderr.
    Status start();

    Page page() const { return m_page; }
    CounterSession& session() { return *m_session; }
    LoginPage& loginPage() { return *m_login; }
    PickerPage& pickerPage() { return *m_picker; }
    BoothPage& boothPage() { return *m_booth; }
    LockPage& lockPage() { return *m_lock; }
    IdleLock& idleLock() { return *m_idle; }

    bool isCompact() const { return m_compact; }
    void setCompact(bool compact);
    // Fits the window to the mode once shown: the compact window is a normal window of about 360×520
    // (above others with --on-top); the full one goes back to full screen. sizeGiven: --size was used.
    void applyWindowMode(bool sizeGiven = false);
    void lock();

Q_SIGNALS:
    void pageChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void setPage(Page page);
    void onLoginRequested(const QString& staffId, const QString& pin);
    void afterLogin(const QString& preferredCounter);
    void showPicker(const QString& message, bool error = true);
    void enterBooth(const QString& code);
    void onBoothLost(const QString& message);
    void onUnlock(const QString& pin);
    void logout();
    void toggleLanguage();
    void refreshNow();
    void retranslate();

    CounterOptions m_options;
    I18n* m_i18n;
    BoothMemory m_memory;
    CounterSession* m_session;
    IdleLock* m_idle;
    QStackedWidget* m_stack;
    LoginPage* m_login;
    PickerPage* m_picker;
    BoothPage* m_booth;
    LockPage* m_lock;
    QTimer* m_refresh;
    QTimer* m_tick;
    Page m_page = Page::Login;
    Page m_beforeLock = Page::Booth;
    bool m_compact = false;
    bool m_sizeGiven = false;
    bool m_wasFullScreen = false;
    std::optional<QRect> m_fullGeometry; // set while compact, when the window was full before
    QString m_siteName;
};

} // namespace antre
