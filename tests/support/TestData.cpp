#include "support/TestData.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace rehearse::test {

QString TestData::sourcePath(const QString &relative)
{
    return QStringLiteral(REHEARSE_SOURCE_DIR "/") + relative;
}

QByteArray TestData::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(path));
    return file.readAll();
}

QJsonObject TestData::miniPack()
{
    return QJsonDocument::fromJson(read(dataPath(QStringLiteral("mini-pack.json")))).object();
}

QByteArray TestData::toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

int TestData::count(const QSqlDatabase &db, const QString &table, const QString &where)
{
    QSqlQuery query(db);
    QString sql = QStringLiteral("SELECT count(*) FROM ") + table;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace rehearse::test
