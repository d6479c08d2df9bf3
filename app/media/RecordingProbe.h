#pragma once

#include <QObject>

class QMediaPlayer;
class QTimer;

namespace rehearse::media {

// Reads a finished recording back through QMediaPlayer: its duration and whether it holds
// video and audio. A second reader, so a file counts only when it can really be played.
class RecordingProbe final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingProbe)

public:
    struct Result {
        bool ok = false;
        qint64 durationMs = 0;
        bool hasVideo = false;
        bool hasAudio = false;
        QString error;
    };

    explicit RecordingProbe(QObject *parent = nullptr);

    // Asynchronous; done() follows, within timeoutMs at the latest.
    void probe(const QString &path, int timeoutMs = 8000);

signals:
    void done(const rehearse::media::RecordingProbe::Result &result);

private:
    void finish(bool ok, const QString &error = {});

    QMediaPlayer *m_player = nullptr;
    QTimer *m_timeout;
    bool m_running = false;
};

} // namespace rehearse::media

Q_DECLARE_METATYPE(rehearse::media::RecordingProbe::Result)
