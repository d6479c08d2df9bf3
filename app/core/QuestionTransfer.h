#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace rehearse::core {

// The user's own questions in and out of CSV and JSON files; the columns, the fields and
// the rules are in docs/question-files.md. Reading a file never writes anything; import()
// writes a preview's questions in one transaction, so a cancel or an error leaves the
// database as it was. Construct it with the connection of the thread it runs on
// (Database::connection() called on that thread), so it can work off the GUI thread.
class QuestionTransfer final {
public:
    enum class Format { Csv, Json };

    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;
    static constexpr int MaxTextLength = 2000;
    static constexpr int ProgressStep = 1000;

    // One question as the files hold it: the stage and the qualities by the names a pack
    // shows (or their ids in the pack), tags as single words.
    struct Record {
        int line = 0; // where it is in the file: CSV line or JSON item, from 1
        QString text;
        QString category;
        QString stage;
        QStringList qualities;
        QStringList tags;
        QString tip;
        QString why;

        bool operator==(const Record &) const = default;
    };

    struct Issue {
        int line = 0; // CSV line or JSON item, from 1; 0 for the whole file
        QString reason;
        bool item = false; // line counts JSON items

        // "line 3: reason", "item 3: reason", or the reason alone.
        QString toString() const;
        bool operator==(const Issue &) const = default;
    };

    struct Preview {
        Format format = Format::Csv;
        QList<Record> toAdd; // in file order, without duplicates and malformed rows
        int rows = 0; // questions in the file: added, duplicate or malformed
        int duplicates = 0;
        QList<Issue> issues; // malformed rows, left out of toAdd
        QList<Issue> warnings; // rows kept in toAdd with something ignored
        QString error; // the file cannot be read at all; nothing else is set

        bool ok() const { return error.isEmpty() && issues.isEmpty(); }
    };

    struct Result {
        int added = 0;
        int duplicates = 0; // the preview's, and any the database gained since
        QList<Issue> issues; // stage and quality names not found, so not linked
        QString error; // nothing was written
        bool cancelled = false; // nothing was written

        bool ok() const { return error.isEmpty() && !cancelled; }
    };

    explicit QuestionTransfer(QSqlDatabase db);

    // The format a file name says (.csv or .json, any case); nullopt for anything else.
    static std::optional<Format> formatFor(const QString &path);
    // Whether the file is a question file rather than a pack: a .csv file, or a .json
    // file whose top level is a list or says "format": "rehearse-questions".
    static bool isQuestionFile(const QString &path);

    // Reads and checks a file without the database: malformed rows, and duplicates
    // within the file.
    static Preview read(const QString &path);
    static Preview readData(const QByteArray &data, Format format);
    // The same, then against the database: drops the questions it already has and
    // warns about stage and quality names that no installed pack has.
    Preview preview(const QString &path) const;
    Preview previewData(const QByteArray &data, Format format) const;
    Preview againstDatabase(Preview preview) const;

    // Adds preview.toAdd as own questions in one transaction, after checking again for
    // duplicates (the database may have changed since the preview). progress(done, total)
    // is called after every ProgressStep questions written and after the last one, total
    // being the questions to write; returning false cancels, and nothing is written.
    // Stage and quality names no installed pack has are left out and listed in issues.
    Result import(const Preview &preview, const std::function<bool(int done, int total)> &progress = {});

    // The questions with these ids, in this order; ids that no longer exist are skipped.
    // Tags are the pack's plus the user's. On a database error, *error is set.
    QList<Record> load(const QList<qint64> &questionIds, QString *error = nullptr) const;
    static QByteArray toCsv(const QList<Record> &records);
    static QByteArray toJson(const QList<Record> &records);
    // Write the file completely or not at all; false with a readable reason in *error.
    bool exportCsv(const QList<qint64> &questionIds, const QString &path, QString *error) const;
    bool exportJson(const QList<qint64> &questionIds, const QString &path, QString *error) const;

    // Case-folded, with every character that is not a letter or digit taken as a space
    // and spaces collapsed: the key under which two questions are duplicates.
    static QString normalized(const QString &text);

private:
    bool exportTo(const QList<qint64> &questionIds, const QString &path, Format format, QString *error) const;

    QSqlDatabase m_db;
};

} // namespace rehearse::core
