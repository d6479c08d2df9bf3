#include "core/StoryAnalysis.h"

#include <QRegularExpression>
#include <QSet>
#include <QTextBoundaryFinder>

#include <cmath>

namespace rehearse::core {

namespace {

// Chinese and Japanese are written without spaces; Qt's word finder leaves them out.
bool isCjk(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
        return true;
    default:
        return false;
    }
}

bool hasLetterOrNumber(QStringView word)
{
    for (QChar c : word) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

// The words of the text, as the Unicode word rules split them.
QStringList wordsOf(const QString &text)
{
    QStringList words;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    // toNextBoundary() moves past position 0, so a word there is seen here.
    qsizetype start = finder.boundaryReasons() & QTextBoundaryFinder::StartOfItem ? 0 : -1;
    while (finder.toNextBoundary() != -1) {
        const qsizetype position = finder.position();
        const auto reasons = finder.boundaryReasons();
        if ((reasons & QTextBoundaryFinder::EndOfItem) && start >= 0) {
            const QStringView word = QStringView(text).mid(start, position - start);
            if (hasLetterOrNumber(word))
                words << word.toString();
            start = -1;
        }
        if (reasons & QTextBoundaryFinder::StartOfItem)
            start = position;
    }
    return words;
}

QString normalized(const QString &word)
{
    QString lower = word.toLower();
    lower.replace(QChar(0x2019), QLatin1Char('\''));
    return lower;
}

int countOf(const QString &text, const QSet<QString> &forms)
{
    int count = 0;
    for (const QString &word : wordsOf(text)) {
        // "US" is a country, not "us".
        if (word != QLatin1String("US") && forms.contains(normalized(word)))
            ++count;
    }
    return count;
}

QString percentRange(StoryAnalysis::Target target)
{
    return QStringLiteral("%1–%2%").arg(target.min).arg(target.max);
}

} // namespace

StoryAnalysis::Target StoryAnalysis::target(Share share)
{
    switch (share) {
    case Share::Setup:
        return {20, 30};
    case Share::Action:
        return {50, 60};
    case Share::Result:
        break;
    }
    return {15, 20};
}

QString StoryAnalysis::shareName(Share share)
{
    switch (share) {
    case Share::Setup:
        return tr("Situation + Task");
    case Share::Action:
        return partName(StoryPart::Action);
    case Share::Result:
        break;
    }
    return partName(StoryPart::Result);
}

StoryAnalysis::StoryAnalysis(const Story &story, int wordsPerMinute, int limitSeconds)
    : m_wordsPerMinute(std::clamp(wordsPerMinute, MinWordsPerMinute, MaxWordsPerMinute))
    , m_limitSeconds(std::max(1, limitSeconds))
{
    m_words[int(StoryPart::Title)] = countWords(story.title);
    for (StoryPart part : StarParts) {
        m_words[int(part)] = countWords(story.text(part));
        m_total += m_words[int(part)];
    }
    addHints(story);
}

int StoryAnalysis::words(StoryPart part) const
{
    return m_words[int(part)];
}

int StoryAnalysis::seconds() const
{
    return int(std::lround(m_total * 60.0 / m_wordsPerMinute));
}

int StoryAnalysis::percent(Share share) const
{
    if (m_total == 0)
        return 0;
    int words = 0;
    switch (share) {
    case Share::Setup:
        words = m_words[int(StoryPart::Situation)] + m_words[int(StoryPart::Task)];
        break;
    case Share::Action:
        words = m_words[int(StoryPart::Action)];
        break;
    case Share::Result:
        words = m_words[int(StoryPart::Result)];
        break;
    }
    return int(std::lround(100.0 * words / m_total));
}

StoryAnalysis::Fit StoryAnalysis::fit(Share share) const
{
    const int value = percent(share);
    const Target range = target(share);
    if (value >= range.min && value <= range.max)
        return Fit::InTarget;
    if (value >= range.min - BalanceSlack && value <= range.max + BalanceSlack)
        return Fit::Close;
    return Fit::Off;
}

QList<StoryAnalysis::Hint::Kind> StoryAnalysis::hintKinds() const
{
    QList<Hint::Kind> kinds;
    for (const Hint &hint : m_hints)
        kinds << hint.kind;
    return kinds;
}

void StoryAnalysis::addHints(const Story &story)
{
    using Kind = Hint::Kind;
    if (m_total == 0) {
        m_hints.append({Kind::Empty, StoryPart::Situation,
                        tr("Start with the Situation: where and when did this happen? Then the Task, what you did "
                           "(Action) and how it ended (Result).")});
        return;
    }

    bool complete = true;
    for (StoryPart part : StarParts) {
        if (m_words[int(part)] > 0)
            continue;
        complete = false;
        QString text;
        switch (part) {
        case StoryPart::Situation:
            text = tr("The Situation is empty: say where and when, in a sentence or two.");
            break;
        case StoryPart::Task:
            text = tr("The Task is empty: what were you responsible for, or what had to be solved?");
            break;
        case StoryPart::Action:
            text = tr("The Action is empty: it is the heart of the story. What did you do, step by step?");
            break;
        default:
            text = tr("The Result is empty: how did it end? Give a number if you can.");
            break;
        }
        m_hints.append({Kind::EmptyPart, part, text});
    }

    if (overLimit()) {
        const int fits = m_limitSeconds * m_wordsPerMinute / 60;
        const int cut = std::max(1, m_total - fits);
        const QString over = tr("About %1 at %2 words a minute: over the %3 limit.")
                                 .arg(clock(seconds()))
                                 .arg(m_wordsPerMinute)
                                 .arg(clock(m_limitSeconds));
        const QString advice = cut == 1 ? tr("Cut a word or two, starting with the Situation and Task.")
                                        : tr("Cut about %1 words, starting with the Situation and Task.").arg(cut);
        m_hints.append({Kind::OverLimit, StoryPart::Title, over + QLatin1Char(' ') + advice});
    }

    const int we = firstPersonPlural(story.action);
    const int i = firstPersonSingular(story.action);
    if (we > i) {
        m_hints.append({Kind::WeOverI, StoryPart::Action,
                        tr("The Action says “we” more often than “I” (%1 to %2): make clear what you did yourself.")
                            .arg(we)
                            .arg(i)});
    }

    if (m_words[int(StoryPart::Result)] > 0 && !hasNumber(story.result)) {
        m_hints.append({Kind::NoNumberInResult, StoryPart::Result,
                        tr("The Result has no number in it: how much, how many, how fast, how often?")});
    }

    if (complete && m_total >= BalanceMinWords) {
        const auto off = [this](Share share, Kind tooShort, Kind tooLong, StoryPart part, const QString &shortText,
                                const QString &longText) {
            if (fit(share) != Fit::Off)
                return;
            const bool under = percent(share) < target(share).min;
            m_hints.append({under ? tooShort : tooLong, part,
                            (under ? shortText : longText).arg(percent(share)).arg(percentRange(target(share)))});
        };
        off(Share::Setup, Kind::SetupShort, Kind::SetupLong, StoryPart::Situation,
            tr("Situation and Task take %1% of the story (aim for %2): give enough context to follow it."),
            tr("Situation and Task take %1% of the story (aim for %2): trim the background."));
        off(Share::Action, Kind::ActionShort, Kind::ActionLong, StoryPart::Action,
            tr("The Action is %1% of the story (aim for %2): say more about what you did and why."),
            tr("The Action is %1% of the story (aim for %2): keep the steps that mattered most."));
        off(Share::Result, Kind::ResultShort, Kind::ResultLong, StoryPart::Result,
            tr("The Result is %1% of the story (aim for %2): say what changed, and what you learned."),
            tr("The Result is %1% of the story (aim for %2): keep the outcome and one lesson."));
    }

    if (complete && seconds() < ShortSeconds) {
        m_hints.append({Kind::Short, StoryPart::Title,
                        tr("About %1: short for a behavioural answer. Add what you did and how you know it worked.")
                            .arg(clock(seconds()))});
    }

    if (story.title.trimmed().isEmpty()) {
        m_hints.append({Kind::NoTitle, StoryPart::Title,
                        tr("Give the story a short title, so you can find it and link it to questions.")});
    }
}

int StoryAnalysis::countWords(const QString &text)
{
    int count = 0;
    for (const QString &word : wordsOf(text)) {
        if (!isCjk(word.at(0).unicode()))
            ++count;
    }
    for (char32_t c : text.toUcs4()) {
        if (isCjk(c))
            ++count;
    }
    return count;
}

int StoryAnalysis::firstPersonSingular(const QString &text)
{
    static const QSet<QString> forms{QStringLiteral("i"),   QStringLiteral("i'm"),  QStringLiteral("i've"),
                                     QStringLiteral("i'd"), QStringLiteral("i'll"), QStringLiteral("me"),
                                     QStringLiteral("my"),  QStringLiteral("mine"), QStringLiteral("myself")};
    return countOf(text, forms);
}

int StoryAnalysis::firstPersonPlural(const QString &text)
{
    static const QSet<QString> forms{QStringLiteral("we"),   QStringLiteral("we're"), QStringLiteral("we've"),
                                     QStringLiteral("we'd"), QStringLiteral("we'll"), QStringLiteral("us"),
                                     QStringLiteral("our"),  QStringLiteral("ours"),  QStringLiteral("ourselves")};
    return countOf(text, forms);
}

bool StoryAnalysis::hasNumber(const QString &text)
{
    for (char32_t c : text.toUcs4()) {
        if (QChar::isDigit(c) || c == U'%' || c == U'\u066A' || c == U'\uFF05')
            return true;
    }
    static const QSet<QString> numberWords{
        QStringLiteral("zero"),    QStringLiteral("one"),       QStringLiteral("two"),      QStringLiteral("three"),
        QStringLiteral("four"),    QStringLiteral("five"),      QStringLiteral("six"),      QStringLiteral("seven"),
        QStringLiteral("eight"),   QStringLiteral("nine"),      QStringLiteral("ten"),      QStringLiteral("eleven"),
        QStringLiteral("twelve"),  QStringLiteral("thirteen"),  QStringLiteral("fourteen"), QStringLiteral("fifteen"),
        QStringLiteral("sixteen"), QStringLiteral("seventeen"), QStringLiteral("eighteen"), QStringLiteral("nineteen"),
        QStringLiteral("twenty"),  QStringLiteral("thirty"),    QStringLiteral("forty"),    QStringLiteral("fifty"),
        QStringLiteral("sixty"),   QStringLiteral("seventy"),   QStringLiteral("eighty"),   QStringLiteral("ninety"),
        QStringLiteral("hundred"), QStringLiteral("hundreds"),  QStringLiteral("thousand"), QStringLiteral("thousands"),
        QStringLiteral("million"), QStringLiteral("millions"),  QStringLiteral("billion"),  QStringLiteral("dozen"),
        QStringLiteral("dozens"),  QStringLiteral("half"),      QStringLiteral("halved"),   QStringLiteral("third"),
        QStringLiteral("quarter"), QStringLiteral("twice"),     QStringLiteral("double"),   QStringLiteral("doubled"),
        QStringLiteral("triple"),  QStringLiteral("tripled"),   QStringLiteral("percent"),  QStringLiteral("cent")};
    for (const QString &word : wordsOf(text)) {
        if (numberWords.contains(word.toLower()))
            return true;
    }
    return false;
}

QString StoryAnalysis::cue(const QString &text, int maxWords)
{
    static const QRegularExpression bullet(QStringLiteral("^\\s*(?:[-*•]|\\d+[.)])\\s+"));
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?](?=\\s)|[。！？]"));
    QString line;
    for (const QString &candidate : text.split(QLatin1Char('\n'))) {
        if (!candidate.trimmed().isEmpty()) {
            line = candidate;
            break;
        }
    }
    line.remove(bullet);
    line = line.simplified();
    const QRegularExpressionMatch stop = sentenceEnd.match(line);
    if (stop.hasMatch() && stop.capturedStart() > 0)
        line = line.left(stop.capturedEnd());

    static const QRegularExpression trailing(QStringLiteral("[\\s,;:–—-]+$"));
    const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() > maxWords)
        line = words.first(maxWords).join(QLatin1Char(' ')).remove(trailing) + QStringLiteral("…");
    // Text without spaces (Chinese, Japanese, a pasted URL) is cut by length instead.
    constexpr int MaxCharacters = 90;
    if (line.size() > MaxCharacters)
        line = line.left(MaxCharacters - 1).remove(trailing) + QStringLiteral("…");
    return line;
}

QString StoryAnalysis::clock(int seconds)
{
    seconds = std::max(0, seconds);
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace rehearse::core
