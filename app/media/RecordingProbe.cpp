#include "media/RecordingProbe.h"

#include "media/Logging.h"

#include <QAudioOutput>
#include <QMediaPlayer>
#include <QTimer>
#include <QUrl>

namespace rehearse::media {

RecordingProbe::RecordingProbe(QObject *parent)
    : QObject(parent)
    , m_timeout(new QTimer(this))
{
    qRegisterMetaType<Result>();
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        // A file whose duration is known but slow to settle still counts.
        if (m_player && m_player->duration() > 0)
            finish(true);
        else
            finish(false, tr("the file could not be read back in time"));
    });
}

void RecordingProbe::probe(const QString &path, int timeoutMs)
{
    if (m_player)
        m_player->deleteLater();
    auto *player = new QMediaPlayer(this);
    // Qt 6.4 cannot preroll an audio-only file without an audio output: a silent one.
    auto *output = new QAudioOutput(player);
    output->setMuted(true);
    player->setAudioOutput(output);
    m_player = player;
    m_running = true;
    // A player being deleted may still report; only the current one counts.
    connect(player, &QMediaPlayer::mediaStatusChanged, this, [this, player](QMediaPlayer::MediaStatus status) {
        if (player != m_player)
            return;
        if (status == QMediaPlayer::LoadedMedia && player->duration() > 0)
            finish(true);
        else if (status == QMediaPlayer::InvalidMedia)
            finish(false, player->errorString());
    });
    connect(player, &QMediaPlayer::durationChanged, this, [this, player](qint64 duration) {
        if (player == m_player && duration > 0 && player->mediaStatus() == QMediaPlayer::LoadedMedia)
            finish(true);
    });
    connect(player, &QMediaPlayer::errorOccurred, this, [this, player](QMediaPlayer::Error, const QString &text) {
        if (player == m_player)
            finish(false, text);
    });
    m_timeout->start(timeoutMs);
    m_player->setSource(QUrl::fromLocalFile(path));
}

void RecordingProbe::finish(bool ok, const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_timeout->stop();
    Result result;
    result.ok = ok;
    result.error = error;
    if (m_player) {
        result.durationMs = m_player->duration();
        result.hasVideo = m_player->hasVideo();
        result.hasAudio = m_player->hasAudio();
        m_player->deleteLater();
        m_player = nullptr;
    }
    qCDebug(logCapture) << "probe" << ok << result.durationMs << result.hasVideo << result.hasAudio << error;
    emit done(result);
}

} // namespace rehearse::media
