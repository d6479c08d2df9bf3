#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace rehearse::core {

// What the question bank shows: words to search for (each matched as a word prefix in
// the question and its tags) and filters.
struct BankFilter {
    enum class Practice { Any, Never, Due, Practised };

    QString search;
    QString packSlug; // empty: every pack and own questions
    QString category;
    QString stage; // stage title
    QString quality; // quality name
    Practice practice = Practice::Any;
    bool ownOnly = false;
    bool includeHidden = false;

    bool operator==(const BankFilter &) const = default;
};

// One line of the bank.
struct BankRow {
    qint64 id = 0;
    QString text;
    QString category;
    QString stage;
    QStringList qualities;
    QString tags;
    int practised = 0;
    std::optional<int> lastScore;
    QDateTime nextDue;
    bool own = false;
    bool hidden = false;
};

// A question as the user writes it.
struct QuestionDraft {
    QString text;
    QString category;
    qint64 stageId = 0;
    QList<qint64> qualityIds;
    QString tags; // words separated by spaces
    QString tip;
    QString why;
};

// The question bank: search, filter and sort in SQL so that it stays fast with a hundred
// thousand questions, and the user's own questions and tags. Pack questions are read
// only; they can be hidden, tagged, or copied into an own question.
class QuestionBank final {
public:
    enum Column { Text, Category, Stage, Qualities, Tags, Practised, LastScore, NextDue, ColumnCount };
    enum class Removal { Deleted, Archived, Failed };

    struct Choice {
        qint64 id = 0;
        QString name;
        QString pack;
    };

    explicit QuestionBank(QSqlDatabase db);

    // The FTS5 query for what the user typed: each word a quoted prefix, all required;
    // empty when there is no word. Nothing the user types can change the query's syntax.
    static QString matchExpression(const QString &search);
    // The words of a search, as matched (for highlighting).
    static QStringList searchWords(const QString &search);

    int count(const BankFilter &filter, const QDateTime &now) const;
    QList<BankRow> rows(const BankFilter &filter, const QDateTime &now, int sortColumn, Qt::SortOrder order, int offset,
                        int limit) const;
    QList<qint64> ids(const BankFilter &filter, const QDateTime &now, int sortColumn = Text,
                      Qt::SortOrder order = Qt::AscendingOrder) const;

    QStringList categories() const;
    QList<Choice> stages() const;
    QList<Choice> qualities() const;

    std::optional<QuestionDraft> draft(qint64 id) const;
    bool isOwn(qint64 id) const;
    qint64 add(const QuestionDraft &draft);
    bool update(qint64 id, const QuestionDraft &draft);
    // A copy as an own question: of an own question with " (copy)" after its text, of a
    // pack question as it is (then hide the original if you like).
    qint64 copy(qint64 id);
    // Own questions only. A question with recorded answers is archived instead, so that
    // its answers keep their question.
    Removal remove(qint64 id);
    bool setHidden(qint64 id, bool hidden);
    // The user's tags: in the question for own questions, beside it for pack questions.
    bool setTags(qint64 id, const QString &tags);

    QString lastError() const { return m_error; }

private:
    QString where(const BankFilter &filter, const QDateTime &now, QVariantList *binds) const;
    bool writeLinks(qint64 id, const QList<qint64> &qualityIds);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace rehearse::core
