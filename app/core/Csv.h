#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace rehearse::core {

// Comma-separated values as RFC 4180 describes them: fields separated by commas, records
// by LF or CRLF (a lone CR also ends a line), and fields in double quotes when they hold
// a comma, a quote (doubled) or a line break. The reader is strict where a mistake would
// shift data into the wrong column, and says on which line each record starts.
class Csv final {
public:
    struct Record {
        int line = 0; // the physical line, from 1, where the record starts
        QStringList fields;
        QString error; // why the record is malformed; empty when it is not
    };

    struct Table {
        QList<Record> records;
        QString error; // the data is not text this reader can decode; records is empty
    };

    // Decodes UTF-8 (an initial byte order mark is skipped) and parses it.
    static Table read(const QByteArray &data);
    // Empty lines between records are skipped. A quoted field that is never closed ends
    // the list with a record that carries the error; text after a closing quote marks
    // its record malformed and parsing goes on with the next field.
    static QList<Record> parse(QStringView text);

    // One record as a line ending in "\n", each field quoted when it needs to be.
    static QString line(const QStringList &fields);
    // UTF-8, without a byte order mark: the header, then the rows.
    static QByteArray write(const QStringList &header, const QList<QStringList> &rows);
};

} // namespace rehearse::core
