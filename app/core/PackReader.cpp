#include "core/PackReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace rehearse::core {

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return PackReader::tr("a boolean");
    case QJsonValue::Double:
        return PackReader::tr("a number");
    case QJsonValue::String:
        return PackReader::tr("a string");
    case QJsonValue::Array:
        return PackReader::tr("an array");
    case QJsonValue::Object:
        return PackReader::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return PackReader::tr("nothing");
}

// Walks one JSON document and collects every defect with its path.
class Checker {
public:
    PackIssues issues;

    void add(const QString &path, const QString &message) { issues.append({path, message}); }

    QString string(const QJsonObject &object, const QString &path, const char *key, bool required = true)
    {
        const QString name = QString::fromLatin1(key);
        const QString at = path + QLatin1Char('.') + name;
        const QJsonValue value = object.value(name);
        if (value.isUndefined()) {
            if (required)
                add(at, PackReader::tr("required field is missing"));
            return {};
        }
        if (!value.isString()) {
            add(at, PackReader::tr("expected a string, found %1").arg(typeName(value)));
            return {};
        }
        const QString text = value.toString().trimmed();
        if (required && text.isEmpty())
            add(at, PackReader::tr("must not be empty"));
        return text;
    }

    int integer(const QJsonObject &object, const QString &path, const char *key, int minimum)
    {
        const QString name = QString::fromLatin1(key);
        const QString at = path + QLatin1Char('.') + name;
        const QJsonValue value = object.value(name);
        if (value.isUndefined()) {
            add(at, PackReader::tr("required field is missing"));
            return 0;
        }
        const double number = value.toDouble(-1e300);
        // The range first: converting a double outside long long's range is undefined.
        if (!value.isDouble() || number < minimum || number > 1e9 || number != std::trunc(number)) {
            add(at,
                PackReader::tr("expected a whole number of at least %1, found %2").arg(minimum).arg(typeName(value)));
            return 0;
        }
        return static_cast<int>(number);
    }

    // Returns the array when present and of the right type; reports otherwise.
    QJsonArray array(const QJsonObject &object, const QString &path, const char *key, bool required,
                     bool nonEmpty = false)
    {
        const QString name = QString::fromLatin1(key);
        const QString at = path + QLatin1Char('.') + name;
        const QJsonValue value = object.value(name);
        if (value.isUndefined()) {
            if (required)
                add(at, PackReader::tr("required field is missing"));
            return {};
        }
        if (!value.isArray()) {
            add(at, PackReader::tr("expected an array, found %1").arg(typeName(value)));
            return {};
        }
        if (nonEmpty && value.toArray().isEmpty())
            add(at, PackReader::tr("must not be empty"));
        return value.toArray();
    }

    QStringList strings(const QJsonObject &object, const QString &path, const char *key, bool required)
    {
        const QJsonArray items = array(object, path, key, required);
        QStringList result;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString at = QStringLiteral("%1.%2[%3]").arg(path, QString::fromLatin1(key)).arg(i);
            if (!items[i].isString()) {
                add(at, PackReader::tr("expected a string, found %1").arg(typeName(items[i])));
            } else if (items[i].toString().trimmed().isEmpty()) {
                add(at, PackReader::tr("must not be empty"));
            } else {
                result.append(items[i].toString().trimmed());
            }
        }
        return result;
    }

    // Each element of an array of objects, with its path; non-objects are reported.
    template<typename Fn> void objects(const QJsonArray &items, const QString &path, Fn &&fn)
    {
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString at = QStringLiteral("%1[%2]").arg(path).arg(i);
            if (!items[i].isObject()) {
                add(at, PackReader::tr("expected an object, found %1").arg(typeName(items[i])));
                continue;
            }
            fn(items[i].toObject(), at);
        }
    }

    QString id(const QJsonObject &object, const QString &path, QSet<QString> &seen)
    {
        static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
        const QString value = string(object, path, "id");
        if (value.isEmpty())
            return value;
        if (!pattern.match(value).hasMatch())
            add(path + QStringLiteral(".id"), PackReader::tr("\"%1\" may hold only a-z, 0-9 and -").arg(value));
        if (seen.contains(value))
            add(path + QStringLiteral(".id"), PackReader::tr("duplicate id \"%1\"").arg(value));
        seen.insert(value);
        return value;
    }
};

} // namespace

QStringList PackReader::categories()
{
    return {QStringLiteral("intro"),         QStringLiteral("behavioural"), QStringLiteral("technical"),
            QStringLiteral("system-design"), QStringLiteral("coding"),      QStringLiteral("motivation")};
}

PackReader::Result PackReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {{}, {{QStringLiteral("$"), tr("file not found: %1").arg(path)}}};
    if (file.size() > MaxFileSize) {
        return {{},
                {{QStringLiteral("$"),
                  tr("file is %1 bytes; a pack may be at most %2 bytes (5 MB)").arg(file.size()).arg(MaxFileSize)}}};
    }
    if (!file.open(QIODevice::ReadOnly))
        return {{}, {{QStringLiteral("$"), tr("cannot read the file: %1").arg(file.errorString())}}};
    return read(file.read(MaxFileSize + 1));
}

PackReader::Result PackReader::read(const QByteArray &data)
{
    Result result;
    Checker check;
    const auto fail = [&](const QString &message) {
        result.issues.append({QStringLiteral("$"), message});
        return result;
    };

    if (data.size() > MaxFileSize)
        return fail(tr("file is larger than 5 MB"));
    if (data.trimmed().isEmpty())
        return fail(tr("file is empty"));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(tr("not valid JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    }
    if (!document.isObject())
        return fail(tr("expected a JSON object at the top level"));

    const QJsonObject root = document.object();
    const QString top = QStringLiteral("$");
    Pack &pack = result.pack;

    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.isUndefined())
        return fail(tr("no \"format\" field; this is not a Rehearse pack"));
    if (!format.isDouble() || format.toDouble() != SupportedFormat) {
        result.issues.append({QStringLiteral("$.format"),
                              tr("unsupported format %1; this version of Rehearse reads format %2")
                                  .arg(format.isDouble() ? QString::number(format.toDouble()) : typeName(format))
                                  .arg(SupportedFormat)});
        return result;
    }
    pack.format = SupportedFormat;

    QSet<QString> unused;
    pack.id = check.id(root, top, unused);
    pack.version = check.integer(root, top, "version", 1);
    pack.company = check.string(root, top, "company");
    pack.role = check.string(root, top, "role");
    pack.sector = check.string(root, top, "sector", false);
    pack.summary = check.string(root, top, "summary");
    pack.overview = check.strings(root, top, "overview", false);

    const QJsonValue timeline = root.value(QStringLiteral("timeline"));
    if (timeline.isUndefined()) {
        check.add(QStringLiteral("$.timeline"), tr("required field is missing"));
    } else if (!timeline.isObject()) {
        check.add(QStringLiteral("$.timeline"), tr("expected an object, found %1").arg(typeName(timeline)));
    } else {
        const QString at = QStringLiteral("$.timeline");
        pack.minWeeks = check.integer(timeline.toObject(), at, "minWeeks", 0);
        pack.maxWeeks = check.integer(timeline.toObject(), at, "maxWeeks", 0);
        if (pack.minWeeks > pack.maxWeeks)
            check.add(at, tr("minWeeks (%1) is more than maxWeeks (%2)").arg(pack.minWeeks).arg(pack.maxWeeks));
    }

    QSet<QString> stageIds;
    check.objects(check.array(root, top, "stages", true, true), QStringLiteral("$.stages"),
                  [&](const QJsonObject &object, const QString &at) {
                      PackStage stage;
                      stage.id = check.id(object, at, stageIds);
                      stage.title = check.string(object, at, "title");
                      stage.what = check.string(object, at, "what");
                      stage.prepare = check.string(object, at, "prepare");
                      stage.duration = check.string(object, at, "duration", false);
                      pack.stages.append(stage);
                  });

    QSet<QString> qualityIds;
    check.objects(check.array(root, top, "qualities", true, true), QStringLiteral("$.qualities"),
                  [&](const QJsonObject &object, const QString &at) {
                      PackQuality quality;
                      quality.id = check.id(object, at, qualityIds);
                      quality.name = check.string(object, at, "name");
                      quality.why = check.string(object, at, "why");
                      quality.how = check.string(object, at, "how");
                      pack.qualities.append(quality);
                  });

    QSet<QString> questionIds;
    const QStringList allowedCategories = categories();
    check.objects(check.array(root, top, "questions", true), QStringLiteral("$.questions"),
                  [&](const QJsonObject &object, const QString &at) {
                      PackQuestion question;
                      question.id = check.id(object, at, questionIds);
                      question.text = check.string(object, at, "text");
                      question.category = check.string(object, at, "category");
                      if (!question.category.isEmpty() && !allowedCategories.contains(question.category)) {
                          check.add(at + QStringLiteral(".category"),
                                    tr("unknown category \"%1\"; expected one of %2")
                                        .arg(question.category, allowedCategories.join(QStringLiteral(", "))));
                      }
                      question.stage = check.string(object, at, "stage");
                      if (!question.stage.isEmpty() && !stageIds.contains(question.stage)) {
                          check.add(at + QStringLiteral(".stage"), tr("unknown stage \"%1\"").arg(question.stage));
                      }
                      question.qualities = check.strings(object, at, "qualities", true);
                      for (qsizetype i = 0; i < question.qualities.size(); ++i) {
                          if (!qualityIds.contains(question.qualities[i])) {
                              check.add(QStringLiteral("%1.qualities[%2]").arg(at).arg(i),
                                        tr("unknown quality \"%1\"").arg(question.qualities[i]));
                          }
                      }
                      question.why = check.string(object, at, "why");
                      question.tip = check.string(object, at, "tip");
                      question.tags = check.strings(object, at, "tags", false);
                      pack.questions.append(question);
                  });

    QSet<QString> checklistIds;
    check.objects(check.array(root, top, "checklist", true), QStringLiteral("$.checklist"),
                  [&](const QJsonObject &object, const QString &at) {
                      PackChecklistItem item;
                      item.id = check.id(object, at, checklistIds);
                      item.text = check.string(object, at, "text");
                      pack.checklist.append(item);
                  });

    pack.mistakes = check.strings(root, top, "mistakes", true);

    check.objects(check.array(root, top, "faq", true), QStringLiteral("$.faq"),
                  [&](const QJsonObject &object, const QString &at) {
                      pack.faq.append({check.string(object, at, "question"), check.string(object, at, "answer")});
                  });

    const QJsonValue compensation = root.value(QStringLiteral("compensation"));
    if (compensation.isObject()) {
        const QString at = QStringLiteral("$.compensation");
        pack.compensation.range = check.string(compensation.toObject(), at, "range");
        pack.compensation.summary = check.string(compensation.toObject(), at, "summary", false);
        pack.compensation.benefits = check.strings(compensation.toObject(), at, "benefits", false);
    } else if (!compensation.isUndefined()) {
        check.add(QStringLiteral("$.compensation"), tr("expected an object, found %1").arg(typeName(compensation)));
    }
    pack.application = check.strings(root, top, "application", false);

    result.issues += check.issues;
    return result;
}

} // namespace rehearse::core
