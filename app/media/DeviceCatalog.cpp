#include "media/DeviceCatalog.h"

#include "media/Logging.h"

#include <QMediaDevices>

namespace rehearse::media {

DeviceCatalog::DeviceCatalog(QObject *parent)
    : QObject(parent)
    , m_devices(new QMediaDevices(this))
{
    connect(m_devices, &QMediaDevices::videoInputsChanged, this, &DeviceCatalog::camerasChanged);
    connect(m_devices, &QMediaDevices::audioInputsChanged, this, &DeviceCatalog::microphonesChanged);
}

QList<QCameraDevice> DeviceCatalog::cameras() const
{
    return QMediaDevices::videoInputs();
}

QList<QAudioDevice> DeviceCatalog::microphones() const
{
    return QMediaDevices::audioInputs();
}

QCameraDevice DeviceCatalog::camera(const QByteArray &preferredId) const
{
    const QList<QCameraDevice> all = cameras();
    for (const QCameraDevice &device : all) {
        if (device.id() == preferredId)
            return device;
    }
    if (!preferredId.isEmpty())
        qCInfo(logDevices) << "remembered camera" << preferredId << "is gone; using the default";
    return all.isEmpty() ? QCameraDevice() : QMediaDevices::defaultVideoInput();
}

QAudioDevice DeviceCatalog::microphone(const QByteArray &preferredId) const
{
    const QList<QAudioDevice> all = microphones();
    for (const QAudioDevice &device : all) {
        if (device.id() == preferredId)
            return device;
    }
    if (!preferredId.isEmpty())
        qCInfo(logDevices) << "remembered microphone" << preferredId << "is gone; using the default";
    return all.isEmpty() ? QAudioDevice() : QMediaDevices::defaultAudioInput();
}

} // namespace rehearse::media
