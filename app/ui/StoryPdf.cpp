#include "ui/StoryPdf.h"

#include "core/StoryAnalysis.h"

#include <QDate>
#include <QDir>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace rehearse::ui {

namespace {

QString paragraphs(const QString &text)
{
    return text.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString list(const QList<core::StoryEntry::Item> &items)
{
    QString html = QStringLiteral("<ul>");
    for (const core::StoryEntry::Item &item : items)
        html += QStringLiteral("<li>%1</li>").arg(item.text.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

} // namespace

QString StoryPdf::html(const QList<core::StoryEntry> &entries, int wordsPerMinute, int limitSeconds)
{
    const QString count = entries.size() == 1 ? tr("1 story") : tr("%1 stories").arg(entries.size());
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(tr("STAR stories").toHtmlEscaped());
    html += QStringLiteral("<p style=\"color:#666666\">%1</p>")
                .arg(tr("Exported from Rehearse on %1: %2.")
                         .arg(QDate::currentDate().toString(Qt::ISODate), count)
                         .toHtmlEscaped());
    bool first = true;
    for (const core::StoryEntry &entry : entries) {
        const core::StoryAnalysis analysis(entry.story, wordsPerMinute, limitSeconds);
        const QString title = entry.story.title.trimmed().isEmpty() ? tr("(untitled)") : entry.story.title.trimmed();
        html += QStringLiteral("<h2%1>%2</h2>")
                    .arg(first ? QString() : QStringLiteral(" style=\"page-break-before: always\""),
                         title.toHtmlEscaped());
        first = false;
        const QString words = analysis.totalWords() == 1 ? tr("1 word") : tr("%1 words").arg(analysis.totalWords());
        html += QStringLiteral("<p style=\"color:#666666\">%1</p>")
                    .arg(tr("%1, about %2 to say at %3 words a minute.")
                             .arg(words, core::StoryAnalysis::clock(analysis.seconds()))
                             .arg(wordsPerMinute)
                             .toHtmlEscaped());
        for (core::StoryPart part : core::StarParts) {
            html += QStringLiteral("<h3>%1</h3>").arg(core::partName(part).toHtmlEscaped());
            const QString text = entry.story.text(part);
            html += text.trimmed().isEmpty()
                ? QStringLiteral("<p style=\"color:#999999\">%1</p>").arg(tr("(not written yet)").toHtmlEscaped())
                : QStringLiteral("<p>%1</p>").arg(paragraphs(text));
        }
        if (!entry.qualities.isEmpty())
            html
                += QStringLiteral("<h3>%1</h3>%2").arg(tr("Qualities it shows").toHtmlEscaped(), list(entry.qualities));
        if (!entry.questions.isEmpty()) {
            html += QStringLiteral("<h3>%1</h3>%2")
                        .arg(tr("Questions it answers").toHtmlEscaped(), list(entry.questions));
        }
    }
    return html + QStringLiteral("</body></html>");
}

bool StoryPdf::write(const QString &html, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error
            = tr("Cannot write %1 (%2). Nothing was exported.").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 18, 20, 18), QPageLayout::Millimeter);
        writer.setTitle(tr("STAR stories"));
        writer.setCreator(QStringLiteral("Rehearse"));
        QTextDocument document;
        QFont font = document.defaultFont();
        font.setPointSizeF(11);
        document.setDefaultFont(font);
        document.setHtml(html);
        document.print(&writer);
    }
    if (!file.commit()) {
        *error
            = tr("Cannot write %1 (%2). Nothing was exported.").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace rehearse::ui
