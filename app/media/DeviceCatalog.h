#pragma once

#include <QAudioDevice>
#include <QCameraDevice>
#include <QObject>

class QMediaDevices;

namespace rehearse::media {

// The cameras and microphones the user can choose from, and the remembered choice.
// Qt 6.4's defaultAudioInput() is the first non-monitor source rather than the system
// default, so the choice is stored by id and falls back to the default only when the
// remembered device is gone.
class DeviceCatalog final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceCatalog)

public:
    explicit DeviceCatalog(QObject *parent = nullptr);

    QList<QCameraDevice> cameras() const;
    QList<QAudioDevice> microphones() const;

    // The device whose id matches, else the default, else a null device.
    QCameraDevice camera(const QByteArray &preferredId) const;
    QAudioDevice microphone(const QByteArray &preferredId) const;

signals:
    void camerasChanged();
    void microphonesChanged();

private:
    QMediaDevices *m_devices;
};

} // namespace rehearse::media
