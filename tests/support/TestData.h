#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace rehearse::test {

// Paths and fixtures shared by the test suites.
class TestData final {
public:
    static QString sourcePath(const QString &relative);
    static QString dataPath(const QString &file) { return sourcePath(QStringLiteral("tests/data/") + file); }
    static QByteArray read(const QString &path);
    static QJsonObject miniPack();
    static QByteArray toJson(const QJsonObject &object);
    // Counts the rows of a table (optionally with a WHERE clause written by the test);
    // -1 on error.
    static int count(const QSqlDatabase &db, const QString &table, const QString &where = {});
};

} // namespace rehearse::test
