#include "core/Csv.h"

#include <QObject>
#include <QStringDecoder>

namespace rehearse::core {

namespace {

bool isLineEnd(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// Line breaks in text, counted the way the reader ends lines: CRLF, LF or a lone CR.
int lineBreaks(QStringView text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n' || (text[i] == u'\r' && (i + 1 == text.size() || text[i + 1] != u'\n')))
            ++count;
    }
    return count;
}

// Skips one line ending at i (CRLF counts as one).
qsizetype afterLineEnd(QStringView text, qsizetype i)
{
    return text[i] == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n' ? i + 2 : i + 1;
}

bool needsQuotes(const QString &field)
{
    for (const QChar c : field) {
        if (c == u',' || c == u'"' || isLineEnd(c))
            return true;
    }
    // Other readers trim unquoted fields; quotes keep the spaces.
    return !field.isEmpty() && (field.front().isSpace() || field.back().isSpace());
}

} // namespace

Csv::Table Csv::read(const QByteArray &data)
{
    Table table;
    QByteArrayView bytes(data);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        table.error = QObject::tr("the file is not UTF-8 text; save it as \"CSV UTF-8\" and try again");
        return table;
    }
    table.records = parse(text);
    return table;
}

QList<Csv::Record> Csv::parse(QStringView text)
{
    QList<Record> records;
    const qsizetype size = text.size();
    qsizetype i = 0;
    int line = 1;
    while (i < size) {
        if (isLineEnd(text[i])) {
            i = afterLineEnd(text, i);
            ++line;
            continue;
        }
        Record record;
        record.line = line;
        for (;;) {
            QString field;
            if (i < size && text[i] == u'"') {
                const int opened = line;
                ++i;
                bool closed = false;
                while (!closed) {
                    const qsizetype quote = text.indexOf(u'"', i);
                    const QStringView chunk = text.sliced(i, (quote < 0 ? size : quote) - i);
                    field += chunk;
                    line += lineBreaks(chunk);
                    if (quote < 0)
                        break;
                    if (quote + 1 < size && text[quote + 1] == u'"') {
                        field += u'"';
                        i = quote + 2;
                    } else {
                        i = quote + 1;
                        closed = true;
                    }
                }
                if (!closed) {
                    record.fields << field;
                    record.error = QObject::tr("the quoted field opened on line %1 is never closed, so the rest "
                                               "of the file could not be read")
                                       .arg(opened);
                    records << record;
                    return records;
                }
                if (i < size && text[i] != u',' && !isLineEnd(text[i])) {
                    if (record.error.isEmpty())
                        record.error = QObject::tr("text follows the closing quote of field %1; a quote inside a "
                                                   "quoted field must be doubled")
                                           .arg(record.fields.size() + 1);
                    const qsizetype start = i;
                    while (i < size && text[i] != u',' && !isLineEnd(text[i]))
                        ++i;
                    field += text.sliced(start, i - start);
                }
            } else {
                const qsizetype start = i;
                while (i < size && text[i] != u',' && !isLineEnd(text[i]))
                    ++i;
                field = text.sliced(start, i - start).toString();
            }
            record.fields << field;
            if (i >= size)
                break;
            if (text[i] == u',') {
                ++i;
                if (i >= size) {
                    record.fields << QString();
                    break;
                }
                continue;
            }
            i = afterLineEnd(text, i);
            ++line;
            break;
        }
        records << record;
    }
    return records;
}

QString Csv::line(const QStringList &fields)
{
    QString out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += u',';
        const QString &field = fields[i];
        if (needsQuotes(field)) {
            QString quoted = field;
            quoted.replace(u'"', QStringLiteral("\"\""));
            out += u'"' + quoted + u'"';
        } else {
            out += field;
        }
    }
    out += u'\n';
    return out;
}

QByteArray Csv::write(const QStringList &header, const QList<QStringList> &rows)
{
    QString text = line(header);
    for (const QStringList &row : rows)
        text += line(row);
    return text.toUtf8();
}

} // namespace rehearse::core
