#include "ui/PracticePanel.h"

#include "core/AttemptRepository.h"
#include "core/DataStamp.h"
#include "core/QuestionRepository.h"
#include "media/AnswerRecorder.h"
#include "media/DeviceCatalog.h"
#include "media/LevelMeter.h"
#include "media/PracticeController.h"
#include "ui/AnswerPlayer.h"
#include "ui/RubricDialog.h"
#include "ui/SettingsDialog.h"
#include "ui/ThemeColors.h"

#include <QComboBox>
#include <QDir>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>
#include <QVideoWidget>
#include <QtConcurrent>

namespace rehearse::ui {

namespace {

using State = core::PracticeSession::State;

constexpr int YourStage = -1;

QFont scaled(QFont font, qreal factor, bool bold)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

QString categoryName(const QString &category)
{
    if (category == QLatin1String("intro"))
        return PracticePanel::tr("Introduction");
    if (category == QLatin1String("behavioural"))
        return PracticePanel::tr("Behavioural");
    if (category == QLatin1String("technical"))
        return PracticePanel::tr("Technical");
    if (category == QLatin1String("system-design"))
        return PracticePanel::tr("System design");
    if (category == QLatin1String("coding"))
        return PracticePanel::tr("Coding");
    if (category == QLatin1String("motivation"))
        return PracticePanel::tr("Motivation");
    return category;
}

} // namespace

PracticePanel::PracticePanel(QSqlDatabase db, QString dataDir, const core::PracticeClock &clock, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_dataDir(std::move(dataDir))
    , m_preferences(core::Preferences::load())
    , m_controller(new media::PracticeController(m_db, m_dataDir, clock, this))
{
    buildUi();
    applyPreferences();

    core::PracticeSession *session = m_controller->session();
    connect(session, &core::PracticeSession::stateChanged, this, &PracticePanel::onStateChanged);
    connect(session, &core::PracticeSession::timeChanged, this, &PracticePanel::updateClock);
    connect(session, &core::PracticeSession::warningReached, this, &PracticePanel::updateClock);
    connect(session, &core::PracticeSession::failed, this,
            [this](const QString &message) { showMessage(message, true); });
    connect(m_controller, &media::PracticeController::attemptSaved, this, &PracticePanel::onAttemptSaved);
    connect(m_controller, &media::PracticeController::notice, this,
            [this](const QString &message) { showMessage(message, true); });
    connect(m_controller, &media::PracticeController::error, this,
            [this](const QString &message) { showMessage(message, true); });

    refreshQuestions();
    onStateChanged(State::Idle);
}

PracticePanel::~PracticePanel()
{
    // Qt 6.4's audio source runs a nested event loop while it is destroyed: end the media
    // objects while every widget is still whole.
    delete m_meter;
    m_meter = nullptr;
    delete m_controller;
    m_controller = nullptr;
}

void PracticePanel::buildUi()
{
    // Choosing what to practise.
    m_type = new QComboBox(this);
    m_type->setAccessibleName(tr("Interview type"));
    m_type->addItem(tr("Mixed"), int(core::InterviewType::Mixed));
    m_type->addItem(tr("Tell me about yourself"), int(core::InterviewType::TellMeAboutYourself));
    m_type->addItem(tr("Behavioural"), int(core::InterviewType::Behavioural));
    m_type->addItem(tr("Technical"), int(core::InterviewType::Technical));
    m_type->addItem(tr("System design"), int(core::InterviewType::SystemDesign));
    m_questions = new QComboBox(this);
    m_questions->setObjectName(QStringLiteral("questionChoice"));
    m_questions->setAccessibleName(tr("Question to practise, next up first"));
    m_questions->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_questions->setMinimumContentsLength(14); // wider when there is room (stretch)
    m_mock = new QPushButton(this);
    m_mock->setObjectName(QStringLiteral("mockButton"));
    m_settings = new QPushButton(tr("Settings…"), this);
    auto *typeLabel = new QLabel(tr("&Type:"), this);
    typeLabel->setBuddy(m_type);
    auto *questionLabel = new QLabel(tr("&Question:"), this);
    questionLabel->setBuddy(m_questions);
    auto *chooser = new QHBoxLayout;
    chooser->addWidget(typeLabel);
    chooser->addWidget(m_type);
    chooser->addWidget(questionLabel);
    chooser->addWidget(m_questions, 1);
    chooser->addWidget(m_mock);
    chooser->addWidget(m_settings);

    // The question and the clock.
    m_question = new QLabel(this);
    m_question->setObjectName(QStringLiteral("practiceQuestion"));
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::PlainText);
    m_question->setFont(scaled(m_question->font(), 1.7, true));
    m_question->setMinimumHeight(60);
    m_meta = new QLabel(this);
    ThemeColors::applyTone(m_meta, ThemeColors::Tone::Secondary);
    m_meta->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("practiceStatus"));
    m_status->setFont(scaled(m_status->font(), 1.2, true));
    m_clock = new QLabel(this);
    m_clock->setObjectName(QStringLiteral("practiceClock"));
    m_clock->setFont(scaled(m_clock->font(), 3.2, true));
    m_clock->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_clock->setAccessibleName(tr("Time"));

    // The picture: live preview, or the recorded answer.
    m_screen = new QStackedWidget(this);
    m_preview = new QVideoWidget(this);
    m_preview->setAccessibleName(tr("Camera preview"));
    m_noCamera = new QLabel(this);
    m_noCamera->setAlignment(Qt::AlignCenter);
    m_noCamera->setWordWrap(true);
    m_player = new AnswerPlayer(this);
    m_screen->addWidget(m_preview);
    m_screen->addWidget(m_noCamera);
    m_screen->addWidget(m_player);
    m_screen->setMinimumSize(320, 180); // the window fits 960x540 (1920x1080 at 200 %)

    // Beside the picture: level, cue card, tip.
    m_level = new QProgressBar(this);
    m_level->setObjectName(QStringLiteral("micLevel"));
    m_level->setRange(0, 100);
    m_level->setTextVisible(false);
    m_level->setMaximumHeight(12);
    m_level->setAccessibleName(tr("Microphone level"));
    auto *levelLabel = new QLabel(tr("Microphone"), this);
    m_cue = new QLabel(this);
    m_cue->setObjectName(QStringLiteral("cueCard"));
    m_cue->setWordWrap(true);
    m_cue->setTextFormat(Qt::PlainText);
    m_cue->setFrameShape(QFrame::StyledPanel);
    m_cue->setMargin(8);
    m_cue->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_tip = new QLabel(this);
    m_tip->setObjectName(QStringLiteral("practiceTip"));
    m_tip->setWordWrap(true);
    m_tip->setTextFormat(Qt::PlainText);
    m_tip->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *side = new QVBoxLayout;
    side->addWidget(levelLabel);
    side->addWidget(m_level);
    side->addSpacing(8);
    side->addWidget(m_cue);
    side->addWidget(m_tip);
    side->addStretch();

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("practiceMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    m_primary = new QPushButton(this);
    m_primary->setObjectName(QStringLiteral("primaryButton"));
    m_primary->setDefault(true);
    m_primary->setMinimumHeight(40);
    m_primary->setFont(scaled(m_primary->font(), 1.1, true));
    m_cancel = new QPushButton(tr("Cancel (Esc)"), this);
    m_retake = new QPushButton(tr("Retake (Ctrl+R)"), this);
    m_next = new QPushButton(tr("Next question (Ctrl+N)"), this);
    m_score = new QPushButton(tr("Score it (Ctrl+E)"), this);
    m_score->setObjectName(QStringLiteral("scoreButton"));
    m_score->setToolTip(tr("Replay this answer in History and score it against the rubric"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_primary, 2);
    buttons->addWidget(m_cancel, 1);
    buttons->addWidget(m_retake, 1);
    buttons->addWidget(m_next, 1);
    buttons->addWidget(m_score, 1);

    auto *head = new QGridLayout;
    head->addWidget(m_question, 0, 0);
    head->addWidget(m_clock, 0, 1, 2, 1);
    head->addWidget(m_meta, 1, 0);
    head->addWidget(m_status, 2, 0, 1, 2);
    head->setColumnStretch(0, 1);

    auto *middle = new QHBoxLayout;
    middle->addWidget(m_screen, 3);
    middle->addLayout(side, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addLayout(chooser);
    layout->addSpacing(8);
    layout->addLayout(head);
    layout->addLayout(middle, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_type, &QComboBox::currentIndexChanged, this, &PracticePanel::refreshQuestions);
    connect(m_questions, &QComboBox::currentIndexChanged, this, [this] {
        if (m_controller->session()->state() == State::Idle)
            showQuestion(currentChoice());
    });
    connect(m_mock, &QPushButton::clicked, this, &PracticePanel::startMockInterview);
    connect(m_settings, &QPushButton::clicked, this, &PracticePanel::openSettings);
    connect(m_primary, &QPushButton::clicked, this, &PracticePanel::advance);
    connect(m_cancel, &QPushButton::clicked, this, &PracticePanel::cancel);
    connect(m_retake, &QPushButton::clicked, this, &PracticePanel::retake);
    connect(m_next, &QPushButton::clicked, this, &PracticePanel::nextQuestion);
    connect(m_score, &QPushButton::clicked, this, &PracticePanel::scoreLastAnswer);

    const auto shortcut = [this](const QKeySequence &keys, void (PracticePanel::*slot)()) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WindowShortcut); // active only while the panel is visible
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), &PracticePanel::advance);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), &PracticePanel::advance);
    shortcut(QKeySequence(Qt::Key_Escape), &PracticePanel::cancel);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_R), &PracticePanel::retake);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_N), &PracticePanel::nextQuestion);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_E), &PracticePanel::scoreLastAnswer);
    setFocusPolicy(Qt::StrongFocus);
}

void PracticePanel::applyPreferences()
{
    core::PracticeSession::Settings settings = m_controller->session()->settings();
    settings.prepMs = m_preferences.prepSeconds * 1000LL;
    settings.limitMs = m_preferences.limitSeconds * 1000LL;
    m_controller->session()->setSettings(settings);
    m_mock->setText(tr("Mock interview (%1 questions)").arg(m_preferences.mockQuestions));
    updateClock();
}

void PracticePanel::startDevices()
{
    // Device probing is slow: it happens when Practice is first shown, not at start-up.
    if (!m_devices) {
        m_devices = new media::DeviceCatalog(this);
        m_meter = new media::LevelMeter(this);
        connect(m_meter, &media::LevelMeter::levelChanged, this,
                [this](qreal level) { m_level->setValue(int(level * 100)); });
        const auto replug = [this] {
            const State state = m_controller->session()->state();
            if (state == State::Idle || state == State::Review)
                startDevices();
        };
        connect(m_devices, &media::DeviceCatalog::camerasChanged, this, replug);
        connect(m_devices, &media::DeviceCatalog::microphonesChanged, this, replug);
        m_controller->recorder()->setVideoOutput(m_preview);
    }
    const QCameraDevice camera
        = m_preferences.cameraDisabled ? QCameraDevice() : m_devices->camera(m_preferences.cameraId);
    const QAudioDevice microphone = m_devices->microphone(m_preferences.microphoneId);
    m_controller->recorder()->setDevices(camera, microphone);
    m_meter->start(microphone);
    m_devicesStarted = true;

    QString problem;
    if (!m_controller->recorder()->canRecord(&problem)) {
        showMessage(problem, true);
    } else if (camera.isNull()) {
        m_noCamera->setText(m_preferences.cameraDisabled
                                ? tr("Sound only: the camera is switched off in Settings.")
                                : tr("No camera found: answers will be recorded as sound only."));
        showMessage(m_noCamera->text(), false);
    } else {
        m_message->hide();
    }
    if (m_controller->session()->state() != State::Review)
        m_screen->setCurrentWidget(camera.isNull() ? static_cast<QWidget *>(m_noCamera) : m_preview);
}

void PracticePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The panel paints first; the camera and microphone start on the next turn of the
    // event loop (unless Practice was left meanwhile, or an answer started them).
    if (!m_devicesStarted) {
        QTimer::singleShot(0, this, [this] {
            if (isVisible() && !m_devicesStarted)
                startDevices();
        });
    }
    refreshQuestions();
    m_primary->setFocus();
}

void PracticePanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // The camera light goes off when the candidate leaves Practice, unless recording.
    const State state = m_controller->session()->state();
    if (state == State::Idle || state == State::Review) {
        m_controller->recorder()->stopPreview();
        if (m_meter)
            m_meter->stop();
        m_player->player()->pause();
        m_devicesStarted = false;
    }
}

void PracticePanel::refreshQuestions()
{
    const core::InterviewType type = interviewType();
    const QString stage = m_type->currentData().toInt() == YourStage ? m_stageSlug : QString();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Due questions come first, so the order also changes with the time of day.
    const QString stamp = QStringLiteral("%1|%2|%3|%4|%5")
                              .arg(core::DataStamp::of(m_db))
                              .arg(int(type))
                              .arg(stage, m_packSlug, now.toString(QStringLiteral("yyyyMMddhhmm")));
    if (stamp == m_choicesStamp)
        return;
    m_choicesStamp = stamp;
    const int generation = ++m_choicesGeneration;
    m_choicesPending = true;
    m_choices = QtConcurrent::run([path = m_db.databaseName(), type, stage, pack = m_packSlug, now] {
        Choices choices;
        const core::WorkerConnection connection(path);
        core::QuestionRepository repository(connection.database());
        repository.setStage(stage);
        choices.ids = repository.forInterview(type, ChooserSize, now, pack);
        const QHash<qint64, QString> texts = repository.texts(choices.ids);
        for (const qint64 id : std::as_const(choices.ids))
            choices.texts << texts.value(id);
        return choices;
    });
    auto *watcher = new QFutureWatcher<Choices>(this);
    connect(watcher, &QFutureWatcher<Choices>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_choicesGeneration && m_choicesPending)
            applyQuestions(m_choices.result());
    });
    watcher->setFuture(m_choices);
}

void PracticePanel::waitForQuestions()
{
    if (m_choicesPending)
        applyQuestions(m_choices.result()); // result() waits
}

void PracticePanel::applyQuestions(const Choices &choices)
{
    m_choicesPending = false;
    const qint64 keep = currentChoice();
    QSignalBlocker blocker(m_questions);
    m_questions->clear();
    for (int i = 0; i < choices.ids.size(); ++i)
        m_questions->addItem(choices.texts.at(i), choices.ids.at(i));
    const int index = m_questions->findData(keep);
    m_questions->setCurrentIndex(index >= 0 ? index : 0);
    if (m_controller->session()->state() == State::Idle)
        showQuestion(currentChoice());
}

void PracticePanel::setPlan(const QString &packSlug, const QString &stageSlug, const QString &stageTitle)
{
    m_packSlug = packSlug;
    m_stageSlug = stageSlug;
    {
        const QSignalBlocker blocker(m_type);
        if (m_type->itemData(0).toInt() == YourStage)
            m_type->removeItem(0);
        if (!stageSlug.isEmpty()) {
            m_type->insertItem(0, tr("Your stage: %1").arg(stageTitle), YourStage);
            m_type->setCurrentIndex(0);
        }
    }
    if (m_controller->session()->state() == State::Idle || m_controller->session()->state() == State::Review)
        refreshQuestions();
}

core::InterviewType PracticePanel::interviewType() const
{
    const int type = m_type->currentData().toInt();
    return type == YourStage ? core::InterviewType::Mixed : core::InterviewType(type);
}

core::QuestionRepository PracticePanel::questionSource() const
{
    core::QuestionRepository repository(m_db);
    if (m_type->currentData().toInt() == YourStage)
        repository.setStage(m_stageSlug);
    return repository;
}

qint64 PracticePanel::currentChoice() const
{
    return m_questions->currentData().toLongLong();
}

qint64 PracticePanel::selectedQuestion()
{
    waitForQuestions();
    return currentChoice();
}

void PracticePanel::showQuestion(qint64 questionId)
{
    const std::optional<core::Question> question = core::QuestionRepository(m_db).get(questionId);
    if (!question && m_choicesPending) { // the chooser is still reading: no "no questions" yet
        m_question->clear();
        m_meta->clear();
        return;
    }
    if (!question) {
        m_question->setText(tr("No questions to practise yet. Import a pack with File › Import Pack…"));
        m_meta->clear();
        m_tip->clear();
        m_cue->hide();
        return;
    }
    m_question->setText(question->text);
    QStringList meta{categoryName(question->category)};
    if (!question->stage.isEmpty())
        meta << question->stage;
    if (!question->qualities.isEmpty())
        meta << question->qualities.join(QStringLiteral(", "));
    core::PracticeSession *session = m_controller->session();
    if (session->isMockInterview())
        meta.prepend(tr("Question %1 of %2").arg(session->position() + 1).arg(session->queue().size()));
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    m_tip->setText(question->tip.isEmpty() ? QString() : tr("Tip: %1").arg(question->tip));

    const std::optional<core::StoryCue> cue = core::QuestionRepository(m_db).cueFor(questionId);
    if (cue) {
        QStringList lines{tr("Your story: %1").arg(cue->title)};
        for (const QString &point : cue->points)
            lines << QStringLiteral("• ") + point;
        m_cue->setText(lines.join(QLatin1Char('\n')));
        m_cue->show();
        m_controller->setStory(cue->storyId);
    } else {
        m_cue->hide();
        m_controller->setStory(0);
    }
}

void PracticePanel::prepareQueue(const QList<qint64> &questionIds, const QString &mockId)
{
    if (questionIds.isEmpty()) {
        showMessage(tr("There is no question to practise. Import a pack or add your own questions."), true);
        return;
    }
    core::PracticeSession *session = m_controller->session();
    if (session->state() != State::Idle && session->state() != State::Review)
        return;
    if (!m_devicesStarted)
        startDevices();
    m_player->clear();
    session->setQueue(questionIds);
    m_controller->setMockId(mockId);
    showQuestion(session->currentQuestion());
    m_message->hide();
    // A warning, not a question: the answer goes ahead, and a full disk keeps what it got.
    const QString lowSpace = m_freeSpace.warning(QDir(m_dataDir).filePath(QStringLiteral("recordings")));
    if (!lowSpace.isEmpty())
        showMessage(lowSpace, true);
    session->prepare();
}

void PracticePanel::practise(qint64 questionId)
{
    waitForQuestions();
    int index = m_questions->findData(questionId);
    if (index < 0) { // beyond the first ChooserSize of the next-up order
        if (const std::optional<core::Question> question = core::QuestionRepository(m_db).get(questionId)) {
            const QSignalBlocker blocker(m_questions);
            m_questions->insertItem(0, question->text, questionId);
            index = 0;
        }
    }
    if (index >= 0)
        m_questions->setCurrentIndex(index);
    prepareQueue({questionId}, {});
}

void PracticePanel::advance()
{
    core::PracticeSession *session = m_controller->session();
    switch (session->state()) {
    case State::Idle:
        prepareQueue({selectedQuestion()}, {});
        break;
    case State::Review:
        nextQuestion();
        break;
    case State::Preparing:
    case State::Recording:
        session->advance();
        break;
    case State::Finalizing:
        break;
    }
}

void PracticePanel::cancel()
{
    core::PracticeSession *session = m_controller->session();
    if (session->state() == State::Recording) {
        const auto answer
            = QMessageBox::question(this, tr("Discard this answer?"), tr("The recording so far will be deleted."),
                                    QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    if (session->cancel())
        showMessage(tr("Cancelled. Nothing was saved."), false);
}

void PracticePanel::retake()
{
    core::PracticeSession *session = m_controller->session();
    if (session->state() != State::Review)
        return;
    m_player->clear();
    m_message->hide();
    session->retake();
}

void PracticePanel::nextQuestion()
{
    core::PracticeSession *session = m_controller->session();
    if (session->state() != State::Idle && session->state() != State::Review)
        return;
    if (session->state() == State::Review && session->hasNext()) {
        m_player->clear();
        m_message->hide();
        session->next();
        showQuestion(session->currentQuestion());
        return;
    }
    // The next question in next-up order after the one just answered.
    const qint64 current = session->state() == State::Review ? session->currentQuestion() : selectedQuestion();
    refreshQuestions();
    waitForQuestions();
    int index = m_questions->findData(current);
    index = index < 0 ? 0 : (index + 1) % std::max(1, m_questions->count());
    if (m_questions->itemData(index).toLongLong() == current && m_questions->count() > 1)
        index = (index + 1) % m_questions->count();
    m_questions->setCurrentIndex(index);
    prepareQueue({selectedQuestion()}, {});
}

void PracticePanel::startMockInterview()
{
    const QList<qint64> ids = questionSource().forInterview(interviewType(), m_preferences.mockQuestions,
                                                            QDateTime::currentDateTimeUtc(), m_packSlug);
    prepareQueue(ids, QUuid::createUuid().toString(QUuid::WithoutBraces));
}

void PracticePanel::openSettings()
{
    const State state = m_controller->session()->state();
    if (state != State::Idle && state != State::Review) {
        showMessage(tr("Settings can be changed between answers."), false);
        return;
    }
    if (!m_devices)
        startDevices();
    SettingsDialog dialog(m_preferences, m_devices, this);
    connect(&dialog, &SettingsDialog::rubricRequested, &dialog, [this, &dialog] {
        RubricDialog rubric(m_db, &dialog);
        rubric.exec();
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_preferences = dialog.preferences();
    m_preferences.save();
    applyPreferences();
    startDevices();
}

void PracticePanel::onStateChanged(State state)
{
    const bool busy = state == State::Preparing || state == State::Recording || state == State::Finalizing;
    m_type->setEnabled(!busy);
    m_questions->setEnabled(!busy);
    m_mock->setEnabled(!busy);
    m_settings->setEnabled(!busy);
    m_cancel->setEnabled(state == State::Preparing || state == State::Recording);
    m_retake->setEnabled(state == State::Review);
    if (state == State::Recording)
        m_lastAttempt = 0; // until this recording is saved
    m_score->setEnabled(state == State::Review && m_lastAttempt > 0);
    m_next->setEnabled(state == State::Idle || state == State::Review);
    m_primary->setEnabled(state != State::Finalizing);
    ThemeColors::applyTone(m_status, ThemeColors::Tone::Normal);

    core::PracticeSession *session = m_controller->session();
    switch (state) {
    case State::Idle:
        m_primary->setText(tr("Start preparing (Ctrl+Return)"));
        m_status->setText(tr("Ready when you are."));
        if (m_screen->currentWidget() == m_player) {
            m_player->clear();
            m_screen->setCurrentWidget(m_controller->recorder()->hasCamera() ? static_cast<QWidget *>(m_preview)
                                                                             : m_noCamera);
        }
        showQuestion(currentChoice());
        break;
    case State::Preparing:
        m_primary->setText(tr("Record now (Ctrl+Return)"));
        m_status->setText(tr("Prepare your answer. Recording starts by itself when the time is up."));
        m_screen->setCurrentWidget(m_controller->recorder()->hasCamera() ? static_cast<QWidget *>(m_preview)
                                                                         : m_noCamera);
        break;
    case State::Recording:
        m_primary->setText(tr("Stop (Ctrl+Return)"));
        m_status->setText(tr("● Recording"));
        ThemeColors::applyTone(m_status, ThemeColors::Tone::Problem);
        break;
    case State::Finalizing:
        m_primary->setText(tr("Saving…"));
        m_status->setText(tr("Saving the recording…"));
        break;
    case State::Review:
        m_primary->setText(session->hasNext() ? tr("Next question (Ctrl+Return)")
                                              : tr("Practise the next question (Ctrl+Return)"));
        break;
    }
    updateClock();
    m_primary->setFocus();
}

void PracticePanel::onAttemptSaved(qint64 attemptId)
{
    const std::optional<core::Attempt> attempt = core::AttemptRepository(m_db, m_dataDir).get(attemptId);
    if (!attempt)
        return;
    m_lastAttempt = attemptId;
    m_score->setEnabled(true);
    m_player->open(QDir(m_dataDir).filePath(attempt->file), attempt->mode == core::Attempt::Mode::Audio);
    m_screen->setCurrentWidget(m_player);
    core::PracticeSession *session = m_controller->session();
    QString text = tr("Saved: %1 answer.").arg(AnswerPlayer::formatTime(attempt->durationMs));
    if (session->stoppedAtLimit())
        text += QLatin1Char(' ') + tr("The time limit stopped it.");
    text += QLatin1Char(' ')
        + (session->hasNext() ? tr("Ctrl+Return for the next question, Ctrl+R to retake.")
                              : tr("Ctrl+R to retake, Ctrl+Return for another question."));
    m_status->setText(text);
    emit attemptSaved(attemptId);
}

void PracticePanel::updateClock()
{
    core::PracticeSession *session = m_controller->session();
    QString text;
    auto tone = ThemeColors::Tone::Normal;
    switch (session->state()) {
    case State::Idle:
        text = AnswerPlayer::formatTime(session->settings().prepMs);
        break;
    case State::Preparing:
        // Round up, so "0:01" shows until the last moment and "0:00" means now.
        text = AnswerPlayer::formatTime(session->prepRemainingMs() + 999);
        break;
    case State::Recording:
        text = AnswerPlayer::formatTime(session->recordingRemainingMs() + 999);
        tone = session->isWarning() ? ThemeColors::Tone::Warning : ThemeColors::Tone::Problem;
        if (session->isWarning())
            m_status->setText(tr("● Recording — less than %1 seconds left").arg(session->settings().warningMs / 1000));
        break;
    case State::Finalizing:
    case State::Review:
        text = AnswerPlayer::formatTime(session->recordingElapsedMs());
        break;
    }
    m_clock->setText(text);
    ThemeColors::applyTone(m_clock, tone);
}

void PracticePanel::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    ThemeColors::applyBox(m_message, problem ? ThemeColors::Tone::Problem : ThemeColors::Tone::Normal);
    m_message->show();
}

void PracticePanel::scoreLastAnswer()
{
    if (m_controller->session()->state() != State::Review || m_lastAttempt == 0)
        return;
    m_player->player()->pause();
    emit reviewRequested(m_lastAttempt);
}

QString PracticePanel::statusText() const
{
    return m_status->text();
}

QString PracticePanel::clockText() const
{
    return m_clock->text();
}

} // namespace rehearse::ui
