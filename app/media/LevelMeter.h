#pragma once

#include <QAudioDevice>
#include <QObject>

class QAudioSource;
class QIODevice;

namespace rehearse::media {

// The live microphone level for the meter beside the preview: the peak of each block of
// samples, 0 (silence) to 1 (full scale). Reads its own stream from the device, so it
// works whether or not a recording is running.
class LevelMeter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LevelMeter)

public:
    explicit LevelMeter(QObject *parent = nullptr);
    ~LevelMeter() override;

    void start(const QAudioDevice &device);
    void stop();
    qreal level() const { return m_level; }

    // The peak of 16-bit samples, 0 to 1.
    static qreal peak(const char *data, qsizetype bytes);

signals:
    void levelChanged(qreal level);

private:
    void read();

    QAudioSource *m_source = nullptr;
    QIODevice *m_io = nullptr;
    qreal m_level = 0;
};

} // namespace rehearse::media
