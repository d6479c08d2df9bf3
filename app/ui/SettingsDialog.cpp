#include "ui/SettingsDialog.h"

#include "ui_SettingsDialog.h"

#include "core/Languages.h"
#include "media/DeviceCatalog.h"

namespace rehearse::ui {

namespace {

const auto SoundOnly = QByteArrayLiteral("-sound-only-");

} // namespace

SettingsDialog::SettingsDialog(const core::Preferences &preferences, media::DeviceCatalog *devices, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_preferences(preferences)
    , m_devices(devices)
{
    m_ui->setupUi(this);
    m_ui->prepSeconds->setRange(core::Preferences::MinPrepSeconds, core::Preferences::MaxPrepSeconds);
    m_ui->limitSeconds->setRange(core::Preferences::MinLimitSeconds, core::Preferences::MaxLimitSeconds);
    m_ui->prepSeconds->setValue(preferences.prepSeconds);
    m_ui->limitSeconds->setValue(preferences.limitSeconds);
    m_ui->mockQuestions->setValue(preferences.mockQuestions);
    fillLanguages();
    fillCameras();
    fillMicrophones();
    connect(m_devices, &media::DeviceCatalog::camerasChanged, this, &SettingsDialog::fillCameras);
    connect(m_devices, &media::DeviceCatalog::microphonesChanged, this, &SettingsDialog::fillMicrophones);
    connect(m_ui->editRubric, &QPushButton::clicked, this, &SettingsDialog::rubricRequested);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::fillLanguages()
{
    const QLocale system = QLocale::system();
    // The C locale (no LANG set) has no name to show.
    const QString systemName = system.nativeLanguageName();
    m_ui->language->addItem(systemName.isEmpty() ? tr("System default") : tr("System default (%1)").arg(systemName),
                            QString());
    const QList<core::Languages::Language> languages = core::Languages::available();
    for (const core::Languages::Language &language : languages)
        m_ui->language->addItem(language.nativeName, language.code);
    const int index = m_ui->language->findData(m_preferences.language);
    m_ui->language->setCurrentIndex(index >= 0 ? index : 0);
}

void SettingsDialog::fillCameras()
{
    const QByteArray current = m_ui->camera->count()
        ? m_ui->camera->currentData().toByteArray()
        : (m_preferences.cameraDisabled ? SoundOnly : m_preferences.cameraId);
    m_ui->camera->clear();
    const QList<QCameraDevice> cameras = m_devices->cameras();
    for (const QCameraDevice &camera : cameras)
        m_ui->camera->addItem(camera.description(), camera.id());
    if (!current.isEmpty() && current != SoundOnly && m_ui->camera->findData(current) < 0)
        m_ui->camera->addItem(tr("%1 (not connected)").arg(m_preferences.cameraName), current);
    m_ui->camera->addItem(tr("No camera — record sound only"), SoundOnly);
    const int index = m_ui->camera->findData(current);
    m_ui->camera->setCurrentIndex(index >= 0 ? index : 0);
}

void SettingsDialog::fillMicrophones()
{
    const QByteArray current
        = m_ui->microphone->count() ? m_ui->microphone->currentData().toByteArray() : m_preferences.microphoneId;
    m_ui->microphone->clear();
    const QList<QAudioDevice> microphones = m_devices->microphones();
    for (const QAudioDevice &microphone : microphones)
        m_ui->microphone->addItem(microphone.description(), microphone.id());
    if (!current.isEmpty() && m_ui->microphone->findData(current) < 0)
        m_ui->microphone->addItem(tr("%1 (not connected)").arg(m_preferences.microphoneName), current);
    if (m_ui->microphone->count() == 0)
        m_ui->microphone->addItem(tr("No microphone found"), QByteArray());
    const int index = m_ui->microphone->findData(current);
    m_ui->microphone->setCurrentIndex(index >= 0 ? index : 0);
}

core::Preferences SettingsDialog::preferences() const
{
    core::Preferences p = m_preferences;
    p.prepSeconds = m_ui->prepSeconds->value();
    p.limitSeconds = m_ui->limitSeconds->value();
    p.mockQuestions = m_ui->mockQuestions->value();
    const QByteArray camera = m_ui->camera->currentData().toByteArray();
    p.cameraDisabled = camera == SoundOnly;
    p.cameraId = p.cameraDisabled ? QByteArray() : camera;
    p.cameraName = p.cameraDisabled ? QString() : m_ui->camera->currentText();
    p.microphoneId = m_ui->microphone->currentData().toByteArray();
    p.microphoneName = m_ui->microphone->currentText();
    p.language = m_ui->language->currentData().toString();
    return p;
}

} // namespace rehearse::ui
