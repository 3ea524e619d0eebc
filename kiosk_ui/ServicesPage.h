#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace antre::kiosk {

struct KioskSnapshot;
class TileGrid;

// One agency's services: a big tile per service (greyed with the reason when it cannot issue now) and,
// beside it, the service standard one tap away.
class ServicesPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ServicesPage(QWidget* parent = nullptr);

    void setAgency(const QString& agencyCode);
    QString agency() const;
    void setSnapshot(const KioskSnapshot& snapshot);
    void setUnit(double unit);

Q_SIGNALS:
    void serviceChosen(const QString& serviceCode);
    void standardRequested(const QString& serviceCode);
    void backRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void equalize();

    QPushButton* m_back;
    QLabel* m_title;
    QLabel* m_hint;
    TileGrid* m_grid;
    QString m_agency;
    QStringList m_codes;
    QList<QPushButton*> m_standardButtons;
    double m_unit = 1.0;
};

} // namespace antre::kiosk
