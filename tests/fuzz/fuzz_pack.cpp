// The pack reader on any bytes: it never crashes, and a pack it accepts is consistent.
#include "FuzzCheck.h"

#include "core/PackReader.h"

#include <QSet>

using namespace rehearse;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const core::PackReader::Result result = core::PackReader::read(fuzz::bytes(data, size));
    for (const core::PackIssue &issue : result.issues) {
        FUZZ_CHECK(issue.path.startsWith(u'$'));
        FUZZ_CHECK(!issue.message.isEmpty());
    }
    if (!result.ok())
        return 0;
    const core::Pack &pack = result.pack;
    FUZZ_CHECK(pack.format == core::PackReader::SupportedFormat);
    FUZZ_CHECK(!pack.id.isEmpty() && pack.version >= 1);
    FUZZ_CHECK(pack.minWeeks <= pack.maxWeeks);
    FUZZ_CHECK(!pack.stages.isEmpty() && !pack.qualities.isEmpty());
    QSet<QString> stages, qualities;
    for (const core::PackStage &stage : pack.stages)
        stages.insert(stage.id);
    for (const core::PackQuality &quality : pack.qualities)
        qualities.insert(quality.id);
    FUZZ_CHECK(stages.size() == pack.stages.size() && qualities.size() == pack.qualities.size());
    for (const core::PackQuestion &question : pack.questions) {
        FUZZ_CHECK(stages.contains(question.stage));
        FUZZ_CHECK(core::PackReader::categories().contains(question.category));
        for (const QString &quality : question.qualities)
            FUZZ_CHECK(qualities.contains(quality));
    }
    return 0;
}
