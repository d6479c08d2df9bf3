#include "ui/StoryGuidance.h"

#include "ui/BalanceBar.h"
#include "ui/ThemeColors.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rehearse::ui {

namespace {

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    ThemeColors::applyTone(label, ThemeColors::Tone::Secondary);
    label->setWordWrap(true);
    return label;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

StoryGuidance::StoryGuidance(QWidget *parent)
    : QWidget(parent)
    , m_analysis(core::Story{})
    , m_time(new QLabel(this))
    , m_timeNote(new QLabel(this))
    , m_pace(new QSpinBox(this))
    , m_balance(new BalanceBar(this))
    , m_balanceNote(new QLabel(this))
    , m_hints(new QLabel(this))
{
    m_time->setObjectName(QStringLiteral("storyTime"));
    QFont big = m_time->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_time->setFont(big);
    m_timeNote->setObjectName(QStringLiteral("storyTimeNote"));
    m_timeNote->setWordWrap(true);

    m_pace->setObjectName(QStringLiteral("storyPace"));
    m_pace->setAccessibleName(tr("Speaking pace in words a minute"));
    m_pace->setRange(core::StoryAnalysis::MinWordsPerMinute, core::StoryAnalysis::MaxWordsPerMinute);
    m_pace->setSingleStep(5);
    m_pace->setValue(core::StoryAnalysis::DefaultWordsPerMinute);
    m_pace->setSuffix(tr(" words a minute"));
    m_pace->setToolTip(tr("How fast you speak. 140 is a calm interview pace; time yourself reading a story aloud to "
                          "find yours. For Chinese or Japanese, count characters."));
    auto *paceRow = new QHBoxLayout;
    auto *paceLabel = new QLabel(tr("&Pace:"), this);
    paceLabel->setBuddy(m_pace);
    paceRow->addWidget(paceLabel);
    paceRow->addWidget(m_pace);
    paceRow->addStretch();

    // Words per part: the names above, the counts below.
    auto *words = new QGridLayout;
    words->setHorizontalSpacing(12);
    words->setVerticalSpacing(0);
    const QStringList names{core::partName(core::StoryPart::Situation), core::partName(core::StoryPart::Task),
                            core::partName(core::StoryPart::Action), core::partName(core::StoryPart::Result),
                            tr("Total")};
    for (int i = 0; i < int(m_words.size()); ++i) {
        words->addWidget(caption(names[i], this), 0, i);
        m_words[i] = new QLabel(this);
        m_words[i]->setObjectName(QStringLiteral("storyWords")
                                  + (i < 4 ? core::partKey(core::StarParts[i]) : QStringLiteral("Total")));
        QFont font = m_words[i]->font();
        font.setBold(true);
        m_words[i]->setFont(font);
        words->addWidget(m_words[i], 1, i);
    }
    words->setColumnStretch(int(m_words.size()), 1);

    m_hints->setObjectName(QStringLiteral("storyHints"));
    m_hints->setWordWrap(true);
    m_hints->setTextFormat(Qt::PlainText);
    m_hints->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_hints->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(heading(tr("Speaking time"), this));
    layout->addWidget(m_time);
    layout->addWidget(m_timeNote);
    layout->addLayout(paceRow);
    layout->addSpacing(4);
    layout->addWidget(heading(tr("Words per part"), this));
    layout->addLayout(words);
    layout->addSpacing(4);
    layout->addWidget(heading(tr("Balance"), this));
    layout->addWidget(m_balance);
    ThemeColors::applyTone(m_balanceNote, ThemeColors::Tone::Secondary);
    m_balanceNote->setWordWrap(true);
    layout->addWidget(m_balanceNote);
    layout->addSpacing(4);
    layout->addWidget(heading(tr("Hints"), this));
    layout->addWidget(m_hints);

    connect(m_pace, &QSpinBox::valueChanged, this, [this](int value) {
        refresh();
        emit wordsPerMinuteChanged(value);
    });
    refresh();
}

void StoryGuidance::setStory(const core::Story &story)
{
    m_story = story;
    refresh();
}

void StoryGuidance::setWordsPerMinute(int wordsPerMinute)
{
    m_pace->setValue(wordsPerMinute);
}

int StoryGuidance::wordsPerMinute() const
{
    return m_pace->value();
}

void StoryGuidance::setLimitSeconds(int seconds)
{
    m_limitSeconds = seconds;
    refresh();
}

void StoryGuidance::refresh()
{
    m_analysis = core::StoryAnalysis(m_story, m_pace->value(), m_limitSeconds);
    const int seconds = m_analysis.seconds();
    const QString limit = core::StoryAnalysis::clock(m_limitSeconds);
    m_time->setText(tr("%1 of %2").arg(core::StoryAnalysis::clock(seconds), limit));
    if (m_analysis.overLimit()) {
        ThemeColors::applyTone(m_time, ThemeColors::Tone::Problem);
        m_timeNote->setText(
            tr("%1 over the limit: cut until it fits.").arg(core::StoryAnalysis::clock(seconds - m_limitSeconds)));
    } else {
        ThemeColors::applyTone(m_time, ThemeColors::Tone::Normal);
        m_timeNote->setText(seconds == 0
                                ? tr("Estimated from the words as you type.")
                                : tr("%1 to spare.").arg(core::StoryAnalysis::clock(m_limitSeconds - seconds)));
    }

    for (int i = 0; i < 4; ++i)
        m_words[i]->setText(QString::number(m_analysis.words(core::StarParts[i])));
    m_words[4]->setText(QString::number(m_analysis.totalWords()));
    m_balance->setAnalysis(m_analysis);
    m_balanceNote->setText(m_analysis.totalWords() < core::StoryAnalysis::BalanceMinWords
                               ? tr("Green band: the share interviewers expect. Judged from %1 words on.")
                                     .arg(core::StoryAnalysis::BalanceMinWords)
                               : tr("Green band: the share interviewers expect."));

    QStringList lines;
    for (const core::StoryAnalysis::Hint &hint : m_analysis.hints())
        lines << QStringLiteral("• ") + hint.text;
    m_hints->setText(lines.isEmpty() ? tr("✓ Nothing to fix: the parts are balanced, the result has a number, and "
                                          "it fits the time.")
                                     : lines.join(QLatin1Char('\n')));
}

} // namespace rehearse::ui
