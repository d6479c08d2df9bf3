// The CSV reader on any bytes: it never crashes, says where each record starts, and what
// it read writes back to the same fields.
#include "FuzzCheck.h"

#include "core/Csv.h"

using namespace rehearse;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const core::Csv::Table table = core::Csv::read(fuzz::bytes(data, size));
    if (!table.error.isEmpty()) {
        FUZZ_CHECK(table.records.isEmpty());
        return 0;
    }
    int line = 0;
    QList<QStringList> rows;
    for (const core::Csv::Record &record : table.records) {
        FUZZ_CHECK(record.line > line);
        FUZZ_CHECK(!record.fields.isEmpty());
        line = record.line;
        // A record of one empty field is written as an empty line, which readers skip.
        if (record.error.isEmpty() && record.fields != QStringList{QString()})
            rows.append(record.fields);
    }
    QString text;
    for (const QStringList &fields : std::as_const(rows))
        text += core::Csv::line(fields);
    const QList<core::Csv::Record> again = core::Csv::parse(text);
    FUZZ_CHECK(again.size() == rows.size());
    for (qsizetype i = 0; i < again.size(); ++i) {
        FUZZ_CHECK(again[i].error.isEmpty());
        FUZZ_CHECK(again[i].fields == rows[i]);
    }
    return 0;
}
