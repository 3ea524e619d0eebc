#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace antre::kiosk {

struct KioskSnapshot;
class TileGrid;

// First screen: one big tile per agency, each saying how many of its services are open now.
class HomePage final : public QWidget
{
    Q_OBJECT
public:
    explicit HomePage(QWidget* parent = nullptr);

    void setSnapshot(const KioskSnapshot& snapshot);
    void setUnit(double unit);
    // Shown instead of the tiles when the hall's state cannot be read.
    void setProblem(const QString& message);
    // Shows the "Survei & Pengaduan" entry.
    void setVoiceAvailable(bool available);

Q_SIGNALS:
    void agencyChosen(const QString& agencyCode);
    void voiceRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void equalize();

    QLabel* m_title;
    QLabel* m_hint;
    QLabel* m_problem;
    TileGrid* m_grid;
    QLabel* m_help;
    QPushButton* m_voice;
    QStringList m_codes;
    double m_unit = 1.0;
};

} // namespace antre::kiosk
