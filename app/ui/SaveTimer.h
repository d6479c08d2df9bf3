#pragma once

#include <QObject>
#include <QTimer>

namespace rehearse::ui {

// The pause after the last keystroke before text is saved: every start() begins the
// pause again, and timeout() comes once when it ends. fire() ends it at once, the way
// the pause would; tests use it instead of waiting.
class SaveTimer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaveTimer)

public:
    explicit SaveTimer(int delayMs, QObject *parent = nullptr);

    void start();
    void stop();
    void fire();
    bool isPending() const { return m_timer.isActive(); }
    int delayMs() const { return m_timer.interval(); }

signals:
    void timeout();

private:
    QTimer m_timer;
};

} // namespace rehearse::ui
