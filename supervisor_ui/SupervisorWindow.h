#pragma once

#include "core/services/StaffService.h"
#include "supervisor_ui/HallAccess.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QLabel;
class QStackedWidget;
class QTimer;

namespace antre {

class ElidedLabel;

class ComplaintDesk;
class ConfigEditor;
class DashboardView;
class LoginView;
class LookupView;
class RecapView;
class ReportView;
class StaffView;
class VoiceView;

// The supervisor program: sign-in first, then a header with the pages (dashboard, reports, recap, ticket
// lookup, configuration, staff, complaints) and who is signed in.
class SupervisorWindow final : public QWidget
{
    Q_OBJECT
public:
    enum class View
    {
        Dashboard,
        Report,
        Voice, // the satisfaction index (IKM) and the complaint report
        Recap,
        Lookup,
        Config,
        Staff
    };

    explicit SupervisorWindow(HallAccess& hall, QWidget* parent = nullptr);
    ~SupervisorWindow() override;
    Q_DISABLE_COPY_MOVE(SupervisorWindow)

    // Opens the pages for a member who may use the program (LoginView::mayUse); refuses anyone else.
    Status signIn(const StaffMember& member);
    void signOut();
    bool isSignedIn() const { return m_member.has_value(); }
    const std::optional<StaffMember>& member() const { return m_member; }
    // Shows a page; before sign-in, remembers it for after.
    void showView(View view);
    static std::optional<View> viewFromKey(const QString& key);

    LoginView* login() const { return m_login; }
    DashboardView* dashboard() const { return m_dashboard; }
    ReportView* reportView() const { return m_report; }
    VoiceView* voiceView() const { return m_voice; }
    RecapView* recapView() const { return m_recap; }
    LookupView* lookupView() const { return m_lookup; }
    ConfigEditor* configEditor() const { return m_config; }
    StaffView* staffView() const { return m_staff; }
    ComplaintDesk* complaintDesk() const;

private:
    QWidget* buildHeader();
    void updateClock();

    HallAccess& m_hall;
    std::optional<StaffMember> m_member;
    View m_pending = View::Dashboard;
    QStackedWidget* m_pages;
    LoginView* m_login;
    QWidget* m_main;
    QStackedWidget* m_views;
    QButtonGroup* m_nav;
    ElidedLabel* m_hallName;
    QLabel* m_clock;
    ElidedLabel* m_user;
    QTimer* m_clockTimer;
    DashboardView* m_dashboard = nullptr;
    ReportView* m_report = nullptr;
    VoiceView* m_voice = nullptr;
    RecapView* m_recap = nullptr;
    LookupView* m_lookup = nullptr;
    ConfigEditor* m_config = nullptr;
    StaffView* m_staff = nullptr;
};

} // namespace antre
