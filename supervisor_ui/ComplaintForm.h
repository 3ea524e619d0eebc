#pragma once

#include "core/Result.h"
#include "core/complaint/Complaint.h"
#include "supervisor_ui/HallAccess.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace antre {

// A complaint recorded by staff at the desk: how it arrived (in person, phone, letter, e-mail, social media,
// SP4N-LAPOR! with its tracking number), what it is about and, when the citizen says, where. The SLA class
// follows the category until it is chosen by hand.
class ComplaintForm final : public QWidget
{
    Q_OBJECT
public:
    ComplaintForm(HallAccess& hall, QString actorId, QWidget* parent = nullptr);
    ~ComplaintForm() override;
    Q_DISABLE_COPY_MOVE(ComplaintForm)

    // Empties the fields and reads the agencies, services and booths again.
    void reset();
    // Records what the fields say; the core's refusal is shown under the form.
    Result<Complaint> submit();

Q_SIGNALS:
    void recorded(const QString& reference);
    void cancelled();

private:
    void channelChanged();
    void categoryChanged();
    NewComplaint fields() const;

    HallAccess& m_hall;
    QString m_actorId;
    bool m_slaByHand = false;
    QComboBox* m_channel;
    QLineEdit* m_laporId;
    QLabel* m_laporLabel;
    QComboBox* m_category;
    QComboBox* m_sla;
    QPlainTextEdit* m_text;
    QLineEdit* m_contact;
    QComboBox* m_agency;
    QComboBox* m_service;
    QComboBox* m_counter;
    QLineEdit* m_ticket;
    QLabel* m_message;
    QPushButton* m_save;
    QPushButton* m_cancel;
};

} // namespace antre
