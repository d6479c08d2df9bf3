#include "ui/SaveTimer.h"

namespace rehearse::ui {

SaveTimer::SaveTimer(int delayMs, QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(delayMs);
    connect(&m_timer, &QTimer::timeout, this, &SaveTimer::timeout);
}

void SaveTimer::start()
{
    m_timer.start();
}

void SaveTimer::stop()
{
    m_timer.stop();
}

void SaveTimer::fire()
{
    m_timer.stop();
    emit timeout();
}

} // namespace rehearse::ui
