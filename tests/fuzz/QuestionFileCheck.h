#pragma once

#include "FuzzCheck.h"

#include "core/QuestionTransfer.h"

#include <QSet>

namespace rehearse::fuzz {

// Qt 6.4's JSON reader drops a U+FEFF at the start of a string that its writer wrote, so
// the round trip is compared without that invisible character.
inline core::QuestionTransfer::Record withoutByteOrderMarks(core::QuestionTransfer::Record record)
{
    const auto clean = [](QString &text) { text.remove(QChar(0xFEFF)); };
    for (QString *text : {&record.text, &record.category, &record.stage, &record.tip, &record.why})
        clean(*text);
    // Without the mark, U+FEFF "x" and "x" are one tag, and the reader keeps the first.
    for (QStringList *list : {&record.qualities, &record.tags}) {
        QStringList kept;
        for (QString item : std::as_const(*list)) {
            clean(item);
            if (!item.isEmpty() && !kept.contains(item, Qt::CaseInsensitive))
                kept << item;
        }
        *list = kept;
    }
    record.line = 0;
    return record;
}

// What holds for the preview of any question file, and that the questions it would add
// export to a file that reads back to the same questions.
inline void checkQuestionFile(const QByteArray &data, core::QuestionTransfer::Format format)
{
    using core::QuestionTransfer;
    const QuestionTransfer::Preview preview = QuestionTransfer::readData(data, format);
    FUZZ_CHECK(preview.format == format);
    if (!preview.error.isEmpty()) {
        FUZZ_CHECK(preview.toAdd.isEmpty() && preview.issues.isEmpty() && preview.warnings.isEmpty());
        FUZZ_CHECK(preview.rows == 0 && preview.duplicates == 0);
        return;
    }
    FUZZ_CHECK(preview.rows == preview.toAdd.size() + preview.duplicates + preview.issues.size());
    QSet<QString> keys;
    for (const QuestionTransfer::Record &record : preview.toAdd) {
        FUZZ_CHECK(record.line > 0);
        FUZZ_CHECK(!record.text.isEmpty() && record.text.size() <= QuestionTransfer::MaxTextLength);
        FUZZ_CHECK(!record.category.isEmpty());
        const QString key = QuestionTransfer::normalized(record.text);
        FUZZ_CHECK(!key.isEmpty() && !keys.contains(key));
        keys.insert(key);
        for (const QString &tag : record.tags) {
            FUZZ_CHECK(!tag.isEmpty());
            for (const QChar c : tag)
                FUZZ_CHECK(!c.isSpace() && c != u';' && c != u',');
        }
    }
    for (const QuestionTransfer::Issue &issue : preview.issues)
        FUZZ_CHECK(issue.line > 0 && !issue.reason.isEmpty());
    if (preview.toAdd.isEmpty())
        return;

    const QByteArray exported = format == QuestionTransfer::Format::Csv ? QuestionTransfer::toCsv(preview.toAdd)
                                                                        : QuestionTransfer::toJson(preview.toAdd);
    const QuestionTransfer::Preview again = QuestionTransfer::readData(exported, format);
    FUZZ_CHECK(again.error.isEmpty() && again.issues.isEmpty() && again.duplicates == 0);
    FUZZ_CHECK(again.toAdd.size() == preview.toAdd.size());
    for (qsizetype i = 0; i < again.toAdd.size(); ++i)
        FUZZ_CHECK(withoutByteOrderMarks(again.toAdd[i]) == withoutByteOrderMarks(preview.toAdd[i]));
}

} // namespace rehearse::fuzz
