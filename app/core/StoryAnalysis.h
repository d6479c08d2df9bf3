#pragma once

#include "core/Story.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>

namespace rehearse::core {

// What the guidance beside the story editor says about a story: words per part, how long
// it takes to say, how the parts share the time against the shares interviewers expect,
// and hints. Pure functions of the text, so they are tested as tables.
class StoryAnalysis final {
    Q_DECLARE_TR_FUNCTIONS(StoryAnalysis)

public:
    static constexpr int DefaultWordsPerMinute = 140;
    static constexpr int MinWordsPerMinute = 60;
    static constexpr int MaxWordsPerMinute = 400;
    static constexpr int DefaultLimitSeconds = 120;
    // Balance hints wait until a story has this many words: shares of a few words say
    // nothing yet.
    static constexpr int BalanceMinWords = 30;
    // How far (in percentage points) a share may stray from its target before a hint
    // says so; the bar shows "close" in between.
    static constexpr int BalanceSlack = 5;
    // Below this, a complete story is probably too thin for a behavioural answer.
    static constexpr int ShortSeconds = 60;
    static constexpr int CueWords = 12;

    // The three shares the time is split into. Situation and Task together set the scene.
    enum class Share { Setup, Action, Result };
    static constexpr std::array<Share, 3> Shares{Share::Setup, Share::Action, Share::Result};
    struct Target {
        int min = 0; // percent
        int max = 0;
    };
    static Target target(Share share);
    static QString shareName(Share share);
    enum class Fit { InTarget, Close, Off };

    struct Hint {
        enum class Kind {
            Empty, // nothing written yet
            NoTitle,
            EmptyPart,
            OverLimit,
            Short,
            SetupLong,
            SetupShort,
            ActionShort,
            ActionLong,
            ResultShort,
            ResultLong,
            NoNumberInResult,
            WeOverI,
        };
        Kind kind;
        StoryPart part; // the part the hint is about (Title when it is about the whole)
        QString text;
    };

    StoryAnalysis(const Story &story, int wordsPerMinute = DefaultWordsPerMinute,
                  int limitSeconds = DefaultLimitSeconds);

    int words(StoryPart part) const;
    int totalWords() const { return m_total; }
    int wordsPerMinute() const { return m_wordsPerMinute; }
    int limitSeconds() const { return m_limitSeconds; }
    int seconds() const;
    bool overLimit() const { return seconds() > m_limitSeconds; }
    // The share's part of all words, 0–100, rounded; 0 for an empty story.
    int percent(Share share) const;
    Fit fit(Share share) const;
    const QList<Hint> &hints() const { return m_hints; }
    QList<Hint::Kind> hintKinds() const;

    // Words as a person would count them: runs of letters or digits ("I'm", "3,000" and
    // "12.5" are one word each); each Chinese or Japanese character counts as a word.
    static int countWords(const QString &text);
    // "I", "me", "my"… and "we", "us", "our"… in the text (English only).
    static int firstPersonSingular(const QString &text);
    static int firstPersonPlural(const QString &text);
    // A digit in any script, a percent sign, or an English number word.
    static bool hasNumber(const QString &text);
    // A part as one short cue: its first line, its first sentence, at most maxWords words.
    static QString cue(const QString &text, int maxWords = CueWords);
    // m:ss
    static QString clock(int seconds);

private:
    void addHints(const Story &story);

    std::array<int, 5> m_words{}; // indexed by StoryPart
    int m_total = 0; // the four STAR parts
    int m_wordsPerMinute;
    int m_limitSeconds;
    QList<Hint> m_hints;
};

} // namespace rehearse::core
