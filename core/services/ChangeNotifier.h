#pragma once

#include <QObject>

namespace antre {

// Tells a program that some process has committed a change to the hall, so that its screens re-read what
// they show. How it learns is the storage's business (SQLite: PRAGMA data_version; a server: a
// notification); a front end only connects to changed().
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    explicit ChangeNotifier(QObject* parent = nullptr);
    ~ChangeNotifier() override;
    Q_DISABLE_COPY_MOVE(ChangeNotifier)

    virtual void start() = 0;
    virtual void stop() = 0;
    virtual bool isActive() const = 0;

Q_SIGNALS:
    void changed();
};

} // namespace antre
