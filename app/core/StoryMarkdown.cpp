#include "core/StoryMarkdown.h"

#include <QHash>

#include <optional>

namespace rehearse::core {

namespace {

const auto QualitiesKey = QStringLiteral("Qualities");
const auto QuestionsKey = QStringLiteral("Questions");
constexpr int MaxIssues = 20;

qsizetype firstNonSpace(const QString &line)
{
    qsizetype at = 0;
    while (at < line.size() && (line.at(at) == QLatin1Char(' ') || line.at(at) == QLatin1Char('\t')))
        ++at;
    return at;
}

QString escaped(const QString &line)
{
    const qsizetype at = firstNonSpace(line);
    if (at < line.size() && (line.at(at) == QLatin1Char('#') || line.at(at) == QLatin1Char('\\'))) {
        QString copy = line;
        copy.insert(at, QLatin1Char('\\'));
        return copy;
    }
    return line;
}

QString unescaped(const QString &line)
{
    const qsizetype at = firstNonSpace(line);
    if (at + 1 < line.size() && line.at(at) == QLatin1Char('\\')
        && (line.at(at + 1) == QLatin1Char('#') || line.at(at + 1) == QLatin1Char('\\'))) {
        QString copy = line;
        copy.remove(at, 1);
        return copy;
    }
    return line;
}

bool isBlank(const QString &line)
{
    return line.trimmed().isEmpty();
}

// The part's lines without the blank lines around them.
QString joined(QStringList lines)
{
    while (!lines.isEmpty() && isBlank(lines.first()))
        lines.removeFirst();
    while (!lines.isEmpty() && isBlank(lines.last()))
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

QString oneLine(const QString &text)
{
    QString line = text;
    line.replace(QLatin1Char('\r'), QLatin1Char(' '));
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return line.trimmed();
}

// A heading of the given level: "## Title" or a bare "##".
std::optional<QString> heading(const QString &line, int level)
{
    const QString marks(level, QLatin1Char('#'));
    if (line == marks)
        return QString();
    if (line.startsWith(marks + QLatin1Char(' ')))
        return line.mid(level + 1).trimmed();
    return std::nullopt;
}

} // namespace

QString StoryEntry::qualityText(const QString &name, const QString &pack)
{
    return pack.isEmpty() ? oneLine(name) : QStringLiteral("%1 (%2)").arg(oneLine(name), oneLine(pack));
}

std::pair<QString, QString> StoryEntry::splitQuality(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype open = trimmed.lastIndexOf(QStringLiteral(" ("));
    if (!trimmed.endsWith(QLatin1Char(')')) || open <= 0)
        return {trimmed, QString()};
    return {trimmed.left(open).trimmed(), trimmed.mid(open + 2, trimmed.size() - open - 3).trimmed()};
}

QString StoryMarkdown::Issue::toString() const
{
    return line > 0 ? tr("Line %1: %2").arg(line).arg(reason) : reason;
}

QString StoryMarkdown::write(const QList<StoryEntry> &entries, const QString &preamble)
{
    QString md = QStringLiteral("# %1\n\n").arg(tr("STAR stories"));
    if (!preamble.trimmed().isEmpty())
        md += preamble.trimmed() + QStringLiteral("\n\n");
    for (const StoryEntry &entry : entries) {
        const QString title = oneLine(entry.story.title);
        md += title.isEmpty() ? QStringLiteral("##\n\n") : QStringLiteral("## %1\n\n").arg(title);
        for (StoryPart part : StarParts) {
            md += QStringLiteral("### %1\n\n").arg(partKey(part));
            const QString text = joined(entry.story.text(part).split(QLatin1Char('\n')));
            if (!text.isEmpty()) {
                for (const QString &line : text.split(QLatin1Char('\n')))
                    md += escaped(line) + QLatin1Char('\n');
                md += QLatin1Char('\n');
            }
        }
        const std::pair<QString, const QList<StoryEntry::Item> *> lists[]
            = {{QualitiesKey, &entry.qualities}, {QuestionsKey, &entry.questions}};
        for (const auto &[key, items] : lists) {
            if (items->isEmpty())
                continue;
            md += QStringLiteral("### %1\n\n").arg(key);
            for (const StoryEntry::Item &item : *items)
                md += QStringLiteral("- %1\n").arg(oneLine(item.text));
            md += QLatin1Char('\n');
        }
    }
    return md;
}

StoryMarkdown::Parsed StoryMarkdown::parse(const QString &markdown)
{
    // Skip: the lines under a section already reported as malformed.
    enum class Section { None, Part, Qualities, Questions, Skip };
    Parsed parsed;
    std::optional<StoryEntry> current;
    Section section = Section::None;
    StoryPart part = StoryPart::Situation;
    QStringList partLines;
    QHash<QString, int> seen; // section key → line, in the current story

    const auto issue = [&parsed](int line, const QString &reason) {
        if (parsed.issues.size() < MaxIssues)
            parsed.issues.append({line, reason});
    };
    const auto endSection = [&] {
        if (current && section == Section::Part)
            current->story.setText(part, joined(partLines));
        partLines.clear();
        section = Section::None;
    };
    const auto endStory = [&] {
        endSection();
        if (current)
            parsed.entries.append(*current);
        current.reset();
        seen.clear();
    };

    QStringList lines = markdown.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    for (int index = 0; index < lines.size(); ++index) {
        const QString &line = lines.at(index);
        const int number = index + 1;
        if (const std::optional<QString> title = heading(line, 2)) {
            endStory();
            current = StoryEntry{};
            current->story.title = *title;
            current->line = number;
            continue;
        }
        if (const std::optional<QString> name = heading(line, 3)) {
            if (!current) {
                issue(number,
                      tr("“%1” comes before the first story; a story starts with a line “## Title”.").arg(line));
                continue;
            }
            endSection();
            std::optional<Section> next;
            QString key;
            for (StoryPart candidate : StarParts) {
                if (name->compare(partKey(candidate), Qt::CaseInsensitive) == 0) {
                    next = Section::Part;
                    part = candidate;
                    key = partKey(candidate);
                }
            }
            if (name->compare(QualitiesKey, Qt::CaseInsensitive) == 0) {
                next = Section::Qualities;
                key = QualitiesKey;
            } else if (name->compare(QuestionsKey, Qt::CaseInsensitive) == 0) {
                next = Section::Questions;
                key = QuestionsKey;
            }
            if (!next) {
                issue(number,
                      tr("Unknown section “%1”: expected Situation, Task, Action, Result, Qualities or "
                         "Questions.")
                          .arg(*name));
                section = Section::Skip;
                continue;
            }
            if (seen.contains(key)) {
                issue(number,
                      tr("“%1” appears twice in the story on line %2 (first on line %3).")
                          .arg(key)
                          .arg(current->line)
                          .arg(seen.value(key)));
                section = Section::Skip;
                continue;
            }
            seen.insert(key, number);
            section = *next;
            continue;
        }
        if (!current)
            continue; // the preamble
        if (line.startsWith(QLatin1Char('#'))) {
            issue(number,
                  tr("“%1” is not a story heading. Start a story with “## ”, a part with “### ”, or "
                     "write “\\#” to keep the line as text.")
                      .arg(line));
            continue;
        }
        switch (section) {
        case Section::Skip:
            break;
        case Section::None:
            if (!isBlank(line)) {
                issue(number,
                      tr("Text outside a section: put it under “### Situation”, “### Task”, “### Action” or "
                         "“### Result”."));
            }
            break;
        case Section::Part:
            partLines << unescaped(line);
            break;
        case Section::Qualities:
        case Section::Questions: {
            if (isBlank(line))
                break;
            const QString trimmed = line.trimmed();
            if (!trimmed.startsWith(QStringLiteral("- ")) && !trimmed.startsWith(QStringLiteral("* "))) {
                issue(number, tr("Expected a list item starting with “- ”."));
                break;
            }
            const StoryEntry::Item item{trimmed.mid(2).trimmed(), number};
            QList<StoryEntry::Item> &items = section == Section::Qualities ? current->qualities : current->questions;
            if (!item.text.isEmpty() && !items.contains(item))
                items.append(item);
            break;
        }
        }
    }
    endStory();
    if (parsed.entries.isEmpty() && parsed.issues.isEmpty())
        issue(0, tr("No story found: each story starts with a line “## Title”."));
    return parsed;
}

} // namespace rehearse::core
