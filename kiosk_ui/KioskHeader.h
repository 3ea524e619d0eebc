#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace antre::kiosk {

struct KioskSnapshot;

// The blue band on every screen: logo and hall name, date and time in the hall's language, and the
// always-visible ID/EN switch.
class KioskHeader final : public QWidget
{
    Q_OBJECT
public:
    explicit KioskHeader(const QString& logoPath, QWidget* parent = nullptr);

    void setSnapshot(const KioskSnapshot& snapshot);
    void setLanguage(const QString& language);
    void setUnit(double unit);

Q_SIGNALS:
    void languageChosen(const QString& language);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_logo;
    QLabel* m_hallName;
    QLabel* m_tagline;
    QLabel* m_date;
    QLabel* m_clock;
    QPushButton* m_indonesian;
    QPushButton* m_english;
    QPixmap m_logoImage;
};

} // namespace antre::kiosk
